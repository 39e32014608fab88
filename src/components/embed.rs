//! `?embed=1`: the chrome-less view for an iframe on a wiki page. A caption (one line, two where a language needs them) with an
//! "Open in Hafen" link, the platforms side by side (diagrams and counters) and the timeline;
//! nothing is saved in the browser. It plays as its address says (`autoplay`, `speed`, `loop`,
//! `t`, `show`, `lang`) and talks with its host page (`hooks::use_host`); with `story=` (or a
//! document's `#…&step=N`) it tells a story step by step (`hooks::use_telling`), captioned with
//! the story's and the step's titles. From 480×360 up,
//! everything fits the frame: the diagrams are laid out for the width a wider frame gives them and
//! drawn smaller where the frame is narrower or shorter (the stylesheet's `zoom`).

use super::notice_bar::notice_bar;
use super::platform_panel::{platform_panel, PlatformPanelProps};
use super::timeline::{timeline, TimelineProps};
use crate::hooks::use_action::use_handlers;
use crate::hooks::use_animation::use_animation;
use crate::hooks::use_host::{use_host, Shown};
use crate::hooks::use_telling::{named, use_telling};
use yew::prelude::*;

/// The embed.
#[component]
pub fn Embed() -> Html {
    let state = use_reducer(crate::persist::open_page);
    let dispatcher = state.dispatcher();
    crate::hooks::use_runs::use_runs(&state);
    use_animation(state.playing, dispatcher.clone());
    let root = use_node_ref();
    let told = use_memo((), |_| {
        let p = crate::browser::UrlParams::of_page();
        (named(p.story.as_deref(), &crate::persist::hash()), p.play)
    });
    let telling = use_telling(told.0.clone(), told.1.autoplay, told.1.looping, told.1.speed, &state, dispatcher.clone());
    let onstep = telling.as_ref().map_or_else(Callback::noop, |t| t.go.clone());
    use_host(root.clone(), Shown { cursor: state.cursor, playing: state.playing, stop: state.stop(), loop_from: state.loop_from }, dispatcher.clone(), onstep);
    let on = use_handlers(dispatcher);
    let words = crate::i18n::use_words();
    let page = || web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    // "Open in Hafen": the full app on this document, in the reader's language, or the presenter on
    // the story's step. Encoded once per change of the document, not per frame.
    let link = use_memo((state.doc.clone(), words.lang(), telling.as_ref().map(|t| t.at)), |(_, lang, at)| match (&telling, at) {
        (Some(t), Some(at)) => format!("{}{}", page(), t.shown.address(*at, *lang)),
        _ => crate::share::link(&page(), &state.document().encode(), *lang),
    });
    // The story, the step and its title (a question step's telling title only once it has played),
    // else what the document plays.
    let caption = match &telling {
        Some(t) => hafen_core::text::story::told(&words, &t.shown.story, t.at, t.played),
        None => hafen_core::text::caption(&words, &state.doc.scenario),
    };
    let faulted = !state.doc.scenario.faults.is_empty();
    let panels = state.sides.iter().map(|side| {
        platform_panel(&words, &PlatformPanelProps { side: side.clone(), commands: Default::default(), cursor: state.cursor, selected: state.selected.clone(), faulted, spof: Vec::new(),
            onselect: on.select.clone(), onpower: on.power.clone(), onseek: on.seek.clone(), ondragstart: Callback::noop(), brief: true, zoom: 1.0 })
    });
    html! {
        <div class="embed" ref={root}>
            <header class="embed-head">
                <p class={classes!("caption", telling.is_some().then_some("telling"))} title={caption.clone()}>{caption.clone()}</p>
                <a class="open-full" href={(*link).clone()} target="_blank" rel="noopener">{hafen_core::say!(words, "embed-open")}</a>
            </header>
            if let Some(notice) = state.notice.clone() {
                { notice_bar(&words, &notice, &on.fresh, &on.dismiss_notice) }
            }
            <main class={classes!("embed-sides", format!("cols-{}", state.sides.len()))} aria-busy={state.recomputing().then_some("true")}>{ for panels }</main>
            { timeline(&words, &TimelineProps { cursor: state.cursor, end: state.end(), playing: state.playing, speed: state.speed, onseek: on.seek.clone(),
                ontoggle: on.toggle.clone(), onspeed: on.speed.clone(), onnext: on.next.clone(), onprev: on.prev.clone(),
                has_prev: state.has_prev(), has_next: state.has_next() }) }
        </div>
    }
}
