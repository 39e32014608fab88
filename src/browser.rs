//! Browser glue: reading the page address, finding what is under the pointer, freeing listeners
//! after the event that uses them. Nothing here holds state.

use crate::drag::DropTarget;
use crate::state::{Playback, Speed};
use hafen_core::{PlatformKind, SimTime};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What the page address asks for: `?preset=…&autoplay=1&speed=10`, and for an embed
/// `?embed=1&loop=1&t=1m&show=compose,kubernetes`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlParams {
    /// Preset id.
    pub preset: Option<String>,
    /// The chrome-less view for iframes.
    pub embed: bool,
    /// Presenter mode (`present=1`).
    pub present: bool,
    /// The built-in story to present (`story=`).
    pub story: Option<String>,
    /// The speaker's notes window (`notes=1`).
    pub notes: bool,
    /// The language asked for (`lang=de`), if any.
    pub lang: Option<String>,
    /// How to play: `autoplay`, `speed`, `loop`, `t` (a start time: `90s`, `1m30s`, `1:30`),
    /// `show` (`compose,kubernetes`: two or three different platforms, in order).
    pub play: Playback,
}

impl UrlParams {
    /// Reads a query string (with or without its `?`); unknown keys and bad values are ignored.
    pub fn parse(search: &str) -> Self {
        let mut p = UrlParams::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let yes = v == "1" || v == "true";
            match k {
                "preset" => p.preset = Some(v.to_string()),
                "autoplay" => p.play.autoplay = yes,
                "speed" => p.play.speed = Speed::from_param(v),
                "embed" => p.embed = yes,
                "present" => p.present = yes,
                "notes" => p.notes = yes,
                // A story's id: lowercase letters and dashes only (it is also written into the address).
                "story" if !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => p.story = Some(v.to_string()),
                "lang" if !v.is_empty() && v.len() <= 35 => p.lang = Some(v.to_string()),
                "loop" => p.play.looping = yes,
                "t" => p.play.start = start_time(&v.replace("%3A", ":").replace("%3a", ":")),
                "show" => p.play.show = platforms(&v.replace("%2C", ",").replace("%2c", ",")),
                _ => {}
            }
        }
        p
    }

    /// The page's own address.
    pub fn of_page() -> Self {
        Self::parse(&web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default())
    }
}

/// `90s`, `1m30s` (the scenario file's durations) or a clock, `1:30`, `1:02:03`.
fn start_time(v: &str) -> Option<SimTime> {
    if v.contains(':') {
        let mut secs: u64 = 0;
        for part in v.split(':') {
            let n: u64 = part.parse().ok()?;
            secs = secs.checked_mul(60)?.checked_add(n)?;
        }
        return secs.checked_mul(1_000).map(SimTime);
    }
    hafen_core::file::parse_duration(v).ok().map(|d| SimTime::ZERO.plus(d))
}

/// `compose,kubernetes`: two or three different platforms, in that order.
fn platforms(v: &str) -> Option<Vec<PlatformKind>> {
    let mut shown = Vec::new();
    for id in v.split(',') {
        let kind = PlatformKind::ALL.into_iter().find(|k| k.id() == id)?;
        if shown.contains(&kind) {
            return None;
        }
        shown.push(kind);
    }
    (shown.len() >= crate::state::MIN_SHOWN).then_some(shown)
}

/// The `data-drop-*` attributes under the point (client coordinates), nearest first.
pub fn drop_target(x: i32, y: i32) -> DropTarget {
    let mut target = DropTarget::default();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return target };
    let mut el = doc.element_from_point(x as f32, y as f32);
    while let Some(e) = el {
        if target.node.is_none() {
            target.node = e.get_attribute("data-drop-node");
        }
        if target.platform.is_none() {
            target.platform = e.get_attribute("data-drop-platform");
        }
        if e.has_attribute("data-drop-palette") {
            target.palette = true;
        }
        el = e.parent_element();
    }
    target
}

/// Copies the `data-style` attribute of every element under `root` into that element's style,
/// through the CSSOM. A strict Content-Security-Policy (`style-src 'self'`) refuses `style="…"`
/// in markup, which is how Yew writes a `style` attribute, but not styles set from a script.
pub fn apply_data_styles(root: &web_sys::Element) {
    let Ok(list) = root.query_selector_all("[data-style]") else { return };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let css = el.get_attribute("data-style").unwrap_or_default();
        if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
            svg.style().set_css_text(&css);
        } else if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
            html.style().set_css_text(&css);
        }
    }
}

/// Moves the keyboard focus to the first element that matches one of `selectors`, tried in
/// order (a selector list would take the first match in document order instead); false if none.
pub fn focus_first(selectors: &[&str]) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let found = selectors.iter().find_map(|s| doc.query_selector(s).ok().flatten());
    match found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// `done`, for several callbacks of which one will fire (a promise's two, an image's load and
/// error): the first call reaches it, later ones do nothing.
pub fn first_call<T>(done: impl FnOnce(T)) -> std::rc::Rc<impl Fn(T)> {
    let done = std::cell::RefCell::new(Some(done));
    std::rc::Rc::new(move |value: T| {
        if let Some(f) = done.borrow_mut().take() {
            f(value);
        }
    })
}

/// Copies `text` to the clipboard and calls `done` with whether it worked (not in an insecure
/// context, nor when the browser refuses).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard()).filter(|c| !c.is_undefined());
    let Some(clipboard) = clipboard else { return done(false) };
    type Handlers = (Closure<dyn FnMut(wasm_bindgen::JsValue)>, Closure<dyn FnMut(wasm_bindgen::JsValue)>);
    let handlers: std::rc::Rc<std::cell::RefCell<Option<Handlers>>> = std::rc::Rc::new(std::cell::RefCell::new(None));
    let done = first_call(done);
    let settle = {
        let handlers = handlers.clone();
        std::rc::Rc::new(move |ok: bool| {
            done(ok);
            // Freed once this callback has returned.
            if let Some(h) = handlers.borrow_mut().take() {
                drop_after_event(h);
            }
        })
    };
    let (yes, no) = (settle.clone(), settle);
    let ok = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| yes(true));
    let failed = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| no(false));
    let _ = clipboard.write_text(text).then2(&ok, &failed);
    *handlers.borrow_mut() = Some((ok, failed));
}

/// Drops `value` (listeners, closures) once the current event has finished: a closure must not be
/// freed while it runs.
pub fn drop_after_event<T: 'static>(value: T) {
    let cleanup = Closure::once_into_js(move || drop(value));
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cleanup.unchecked_ref(), 0);
    }
}


/// A window event and what to do on it.
pub type WindowListener = (&'static str, Closure<dyn FnMut(web_sys::Event)>);

/// Listens on the window for each event until the returned function is called (a hook's effect
/// returns it as its clean-up).
pub fn listen_on_window(listeners: Vec<WindowListener>) -> impl FnOnce() {
    let window = web_sys::window();
    if let Some(w) = &window {
        for (name, l) in &listeners {
            let _ = w.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
        }
    }
    move || {
        if let Some(w) = window {
            for (name, l) in &listeners {
                let _ = w.remove_event_listener_with_callback(name, l.as_ref().unchecked_ref());
            }
        }
    }
}

/// The window is as narrow as the stylesheet's one-column layout (a phone): at most 700 CSS px.
pub fn narrow() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w <= 700.0)
}

/// Takes the first paint (src/paint.rs) and index.html's loading line and indicator away (the app
/// draws its own page in their place), and gives the element the app draws into (`#page`).
pub fn clear_first_paint() -> Option<web_sys::Element> {
    let doc = web_sys::window().and_then(|w| w.document())?;
    // The widths the first paint drew its diagrams at: the app's first drawing uses them until its
    // own are measured (a frame or two later), instead of a guess drawn at twice the size.
    if let Ok(wraps) = doc.query_selector_all("[data-first]") {
        let widths = (0..wraps.length())
            .filter_map(|i| wraps.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|w| Some((w.get_attribute("data-first")?, f64::from(w.client_width()))))
            .filter(|(_, width)| *width > 0.0)
            .collect();
        FIRST_WIDTHS.with(|f| *f.borrow_mut() = widths);
    }
    for gone in [".first-paint", "#loading-line", "#loading"] {
        if let Ok(Some(el)) = doc.query_selector(gone) {
            el.remove();
        }
    }
    // (Never the body: Yew empties what it draws into, and the stylesheets are in the body.)
    doc.get_element_by_id("page")
}

thread_local! {
    /// The width each platform's diagram was drawn at by the first paint, by platform id [CSS px]
    /// ([`clear_first_paint`]).
    static FIRST_WIDTHS: std::cell::RefCell<Vec<(String, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the page's first drawing is done (diagrams mounted after it lay themselves out once
    /// measured, [`page_drawn`]).
    static PAGE_DRAWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The width the first paint drew `platform`'s diagram at [CSS px], if it drew it.
pub fn first_width(platform: &str) -> Option<f64> {
    FIRST_WIDTHS.with(|f| f.borrow().iter().find(|(p, _)| p == platform).map(|(_, w)| *w))
}

/// Whether the page has been drawn once: a diagram mounted since (a platform shown, a story's step)
/// waits for its width before it draws its replicas, instead of drawing 500 of them for a guessed
/// width and again for the real one.
pub fn page_drawn() -> bool {
    PAGE_DRAWN.with(std::cell::Cell::get)
}

/// The page has been drawn once ([`page_drawn`]).
pub fn mark_page_drawn() {
    PAGE_DRAWN.with(|d| d.set(true));
}
