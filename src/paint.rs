//! The first paint: drawn by a small module of its own (`bin/hafen-paint.rs`) before the app has
//! loaded, so a phone on a slow connection sees the diagrams in seconds. It opens the document
//! the app will open (the link, the preset, the saved state: [`AppState::start`]), simulates each
//! platform shown and writes the platforms' columns — titles and diagrams, with the markup the
//! app draws ([`crate::diagram_parts::draw`]) — into the page, then loads the app (`hafen.js`,
//! `hafen_bg.wasm`), which draws the same in their place and takes over. Nothing is stored,
//! nothing is sent anywhere; a page it does not draw (the presenter, the speaker's notes, a
//! story) waits for the app as before. In another language than English it draws once the
//! language's catalog is here (the app then finds it in the browser's cache).

use crate::browser::UrlParams;
use crate::components::platform_panel::{brief_title, failing_share, sub, title};
use crate::diagram_parts::{draw, At, Look};
use crate::markup::{escape, Html};
use crate::state::{AppState, Side};
use hafen_core::SimTime;
use hafen_core::text::Words;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The app's start (the global its script defines): loads its module and runs it.
    #[wasm_bindgen(js_name = wasm_bindgen)]
    fn start_app(module: &str);
}

/// The app's script and module (Trunk builds it as `data-type="worker"`: a classic script that
/// defines `wasm_bindgen`), next to the page.
const APP_JS: &str = "./hafen.js";
const APP_WASM: &str = "./hafen_bg.wasm";
/// The app's own stylesheet: what the first paint does not show (`styles/app.css`).
const APP_CSS: &str = "./app.css";

/// Draws the first paint where the page is one it draws, and loads the app.
pub fn start() {
    load_app();
    let params = UrlParams::of_page();
    if params.present || params.notes || params.story.is_some() {
        return;
    }
    let (state, _) = AppState::start(&crate::persist::opening(params.preset, params.embed));
    let state = state.played_as(&params.play);
    let embed = params.embed;
    match crate::i18n::opening(params.lang.as_deref()) {
        hafen_core::locale::Lang::EN => {
            let _ = paint(&hafen_core::text::EN, &state, embed);
        }
        // Another language's words are fetched first (the app then finds them in the cache); a
        // catalog that cannot be read leaves the page to the app, which says why.
        lang => wasm_bindgen_futures::spawn_local(async move {
            if let Ok(words) = crate::i18n::load(lang).await {
                let _ = paint(&words, &state, embed);
            }
        }),
    }
}

/// Appends the app's stylesheet and script; once both are here, starts the app (a stylesheet that
/// cannot be loaded does not stop it).
fn load_app() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    // Both at the end of the body: the stylesheet after styles/main.css (linked in the body), so its
    // rules come after that one's in the cascade, as they did in one file.
    let Some(body) = doc.body() else { return };
    let waiting = std::rc::Rc::new(std::cell::Cell::new(2u8));
    // Called once by the stylesheet and once by the script: the second starts the app.
    let arrived = move || {
        let left = waiting.get().saturating_sub(1);
        waiting.set(left);
        if left == 0 {
            start_app(APP_WASM);
        }
    };
    if let Ok(link) = doc.create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", APP_CSS);
        // Loaded or not, whichever comes first counts.
        let arrived = arrived.clone();
        let css = crate::browser::first_call(move |()| arrived());
        for event in ["load", "error"] {
            let css = css.clone();
            let f = Closure::once_into_js(move || css(()));
            let _ = link.add_event_listener_with_callback(event, f.unchecked_ref());
        }
        let _ = body.append_child(&link);
    } else {
        arrived();
    }
    let Ok(script) = doc.create_element("script") else { return };
    let _ = script.set_attribute("src", APP_JS);
    let onload = Closure::once_into_js(arrived);
    let _ = script.add_event_listener_with_callback("load", onload.unchecked_ref());
    let _ = body.append_child(&script);
}

/// Writes the platforms' columns into the page: first their frames (the widths then known), then
/// each diagram laid out for its column's width.
fn paint(words: &Words, state: &AppState, embed: bool) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    // The app came first (a catalog that took longer than the app): nothing to draw.
    if doc.query_selector(".app, .embed").ok()?.is_some() {
        return None;
    }
    let body = doc.body()?;
    body.insert_adjacent_html("beforeend", &frame(words, state, embed)).ok()?;
    crate::browser::apply_data_styles(&body);
    let phone = crate::browser::narrow();
    // Every width read before any diagram is drawn: one layout of the page, not one per diagram.
    let wraps: Vec<_> = state.sides.iter().filter_map(|side| doc.query_selector(&format!("[data-first=\"{}\"]", side.platform.id())).ok().flatten().map(|w| (side, f64::from(w.client_width()).max(1.0), w))).collect();
    for (side, width, wrap) in wraps {
        let Some((svg, legend)) = diagram(words, side, state.cursor, &Look { width, dense: embed, zoom: 1.0, phone, pods: usize::MAX }) else { continue };
        wrap.set_inner_html(&svg);
        if let Some(legend) = legend {
            wrap.insert_adjacent_html("afterend", &legend).ok()?;
        }
        crate::browser::apply_data_styles(&wrap);
    }
    Some(())
}

/// The page's frame around the platforms' columns (the app's, or an embed's: its caption), each
/// column with its titles and an empty place for its diagram (`data-first`: its platform).
pub fn frame(words: &Words, state: &AppState, embed: bool) -> String {
    let mut page = String::new();
    let cols = state.sides.len();
    if embed {
        page.push_str("<div class=\"embed first-paint\" aria-busy=\"true\"><header class=\"embed-head\"><p class=\"caption\">");
        escape(&hafen_core::text::caption(words, &state.doc.scenario), &mut page);
        page.push_str(&format!("</p></header><main class=\"embed-sides cols-{cols}\">"));
    } else {
        page.push_str("<div class=\"app first-paint\" aria-busy=\"true\"><div class=\"scroller\"><header class=\"topbar\"><h1>Hafen<span class=\"tagline\"> — ");
        escape(&hafen_core::say!(words, "tagline"), &mut page);
        // The room the app's bars and the application's graph take above the platforms, kept
        // empty: the diagrams stay where they are when the app takes over.
        let (graph_w, graph_h) = crate::components::app_graph::size(&state.doc.scenario);
        page.push_str(&format!("</span></h1></header><div class=\"body\"><div class=\"workspace\"><div class=\"middle\"><div class=\"first-chrome\" aria-hidden=\"true\"><div class=\"graph-row first-graph\"><div data-style=\"width:{graph_w}px;height:{graph_h}px\"></div></div></div><main class=\"sides cols-{cols}\">"));
    }
    for side in &state.sides {
        let kind = side.platform.id();
        let p = &side.scenario.platform;
        let wide = if !embed { "" } else if side.run.as_ref().is_ok_and(|r| r.nodes.len() > 1) { " wide" } else { " narrow" };
        page.push_str(&format!("<section class=\"platform {kind}{wide}\" aria-label=\"{}\"><header><h2>", side.platform.label()));
        escape(&if embed { brief_title(words, p) } else { title(words, p) }, &mut page);
        page.push_str("</h2>");
        if !embed {
            page.push_str("<p class=\"sub\">");
            escape(&sub(words, side), &mut page);
            page.push_str("</p>");
        }
        page.push_str(&format!("</header><div class=\"diagram-wrap\" data-first=\"{kind}\"></div></section>"));
    }
    page.push_str(if embed { "</main></div>" } else { "</main></div></div></div></div></div>" });
    page
}

/// `side`'s diagram at `cursor`, shown as `look` says, and its legend: the app's markup (a
/// diagram's root without the app's `data-platform`, which the app's own carries).
pub fn diagram(words: &Words, side: &Side, cursor: SimTime, look: &Look) -> Option<(String, Option<String>)> {
    let run = side.run.as_ref().ok()?;
    let at = At { upto: run.changes_until(cursor), rps: side.scenario.rps_at(cursor), failing: failing_share(run, side.entry, cursor) };
    let drawn = draw::<Html>(words, side, run, &at, look, None, &[]);
    let mut svg = format!("<svg class=\"{}\" viewBox=\"{}\" role=\"group\" aria-label=\"", drawn.class, drawn.view);
    escape(&drawn.aria, &mut svg);
    svg.push_str(&format!("\">{}</svg><svg class=\"traffic-layer\" viewBox=\"{}\" aria-hidden=\"true\">{}</svg>", drawn.inner, drawn.view, drawn.dots));
    Some((svg, drawn.legend))
}
