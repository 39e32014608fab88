//! Hafen, the browser app: the same application on Docker Compose and Kubernetes, side by side.
//! The simulation lives in the pure `hafen-core` crate; this crate is the Yew view over it.

#![warn(missing_docs)]

pub mod address;
pub mod browser;
pub mod chart;
pub mod components;
pub mod deck;
pub mod diagram_layout;
pub mod diagram_parts;
pub mod drag;
pub mod files;
pub mod forms;
pub mod hooks;
pub mod i18n;
pub mod markup;
pub mod icons;
pub mod offload;
pub mod paint;
pub mod panic;
pub mod persist;
pub mod picture;
pub mod presenting;
pub mod share;
pub mod state;
pub mod work;

/// Starts the app in index.html's `#page`, after installing the panic banner: the speaker's notes
/// for `?notes=1`, the embed for `?embed=1`, else the full app (or the presenter, `?present=1`).
pub fn start() {
    panic::install();
    let params = browser::UrlParams::of_page();
    let lang = i18n::opening(params.lang.as_deref());
    if lang == hafen_core::locale::Lang::EN {
        i18n::mark_page(&hafen_core::text::EN);
        mount(params, std::rc::Rc::new(hafen_core::text::EN), None);
        return;
    }
    // The loading indicator stays until the catalog is here; without it the page opens in English
    // and says why.
    yew::platform::spawn_local(async move {
        match i18n::load(lang).await {
            Ok(words) => {
                i18n::mark_page(&words);
                mount(params, std::rc::Rc::new(words), None);
            }
            Err(e) => mount(params, std::rc::Rc::new(hafen_core::text::EN), Some((lang, e))),
        }
    });
}

/// Renders the page for `params` in `words`.
fn mount(params: browser::UrlParams, words: std::rc::Rc<hafen_core::text::Words>, trouble: Option<(hafen_core::locale::Lang, i18n::LoadError)>) {
    use components::speaking::{Speaking, SpeakingProps};
    let page = if params.notes {
        // The story the address names (a built-in one, or the document's in the `#…`); FeastFlow's
        // when that document cannot be read, until the presenter says which.
        let first = presenting::Presentation::from_address(params.story.as_deref(), &persist::hash())
            .or_else(|| presenting::Presentation::builtin(hafen_core::story::builtin::IDS[0]))
            .map(|p| p.story);
        match first {
            Some(story) => yew::html! { <components::speaker_notes::SpeakerNotes {story} /> },
            None => return,
        }
    } else if params.embed {
        yew::html! { <components::embed::Embed /> }
    } else {
        yew::html! { <components::root::Root /> }
    };
    // The first paint (src/paint.rs) goes as the page is drawn: the whole page is drawn in the
    // microtask after this (Yew yields to the browser only once no render is pending), before any
    // frame shows the page without it or both at once.
    // A page without it is not index.html: said on the panic banner, not drawn over the body.
    let root = browser::clear_first_paint().expect("index.html's <div id=\"page\">");
    yew::Renderer::<Speaking>::with_root_and_props(root, SpeakingProps { words, trouble, children: page }).render();
    work::in_next_task(browser::mark_page_drawn);
}
