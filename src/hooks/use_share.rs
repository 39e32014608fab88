//! The Share dialog's effects: whether it is open, the link and iframe snippet while it is,
//! copying them to the clipboard, and saving pictures of the diagrams (SVG, PNG) with the
//! caption and the time.

use crate::state::AppState;
use hafen_core::message;
use hafen_core::say;
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use crate::{files, picture, share};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What can be copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// The link to the document.
    Link,
    /// The iframe snippet.
    Snippet,
}

/// A picture format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Scalable, for wikis.
    Svg,
    /// Pixels (twice the size on screen), for slide decks.
    Png,
}

/// The dialog's state and callbacks.
pub struct Share {
    /// While the dialog is open: the link to the document and the iframe snippet.
    pub texts: Option<(AttrValue, AttrValue)>,
    /// What the last action did ("Link copied", "Saved feastflow-02-57.png") or why it failed.
    pub status: Option<Message>,
    /// Open the dialog.
    pub onopen: Callback<()>,
    /// Close it.
    pub onclose: Callback<()>,
    /// Copy the link or the snippet (its text).
    pub oncopy: Callback<(Copied, String)>,
    /// Save a picture of the diagrams.
    pub onpicture: Callback<Format>,
}

/// "at 02:57 of 1:00:00 simulated · Hafen, documented defaults".
fn time_line(w: &Words, state: &AppState) -> String {
    say!(w, "picture-time-line", at = state.cursor, end = state.end())
}

/// The Share dialog's state, for the page `state`.
#[hook]
pub fn use_share(state: &UseReducerHandle<AppState>) -> Share {
    let open = use_state_eq(|| false);
    let status = use_state_eq(|| None::<Message>);
    // The page's state as of the last render, read when a picture is asked for.
    let current = use_mut_ref(|| state.clone());
    *current.borrow_mut() = state.clone();
    let words = crate::i18n::use_words();
    let onopen = {
        let (open, status) = (open.clone(), status.clone());
        use_callback((), move |_: (), _| {
            status.set(None);
            open.set(true);
        })
    };
    let onclose = {
        let open = open.clone();
        use_callback((), move |_: (), _| open.set(false))
    };
    let oncopy = {
        let status = status.clone();
        use_callback((), move |(what, text): (Copied, String), _| {
            let field = match what {
                Copied::Link => ".share-link",
                Copied::Snippet => ".share-snippet",
            };
            // Selected either way: if the browser refuses the clipboard, Ctrl+C is one key away.
            select_field(field);
            let status = status.clone();
            crate::browser::copy_text(&text, move |ok| {
                status.set(Some(match (what, ok) {
                    (Copied::Link, true) => message!("share-link-copied"),
                    (Copied::Link, false) => message!("share-link-selected"),
                    (Copied::Snippet, true) => message!("share-snippet-copied"),
                    (Copied::Snippet, false) => message!("share-snippet-selected"),
                }))
            });
        })
    };
    let onpicture = {
        let status = status.clone();
        use_callback((), move |format: Format, _| {
            let s = current.borrow().clone();
            // The page's words when the picture is asked for (the callback is made once).
            let w = crate::i18n::current();
            let caption = hafen_core::text::caption(&w, &s.doc.scenario);
            let name = |ext| share::file_name(&s.doc.scenario.name, &s.cursor.clock(), ext);
            let pic = match picture::diagrams(&caption, &time_line(&w, &s)) {
                Ok(p) => p,
                Err(why) => return status.set(Some(message!("share-no-picture", why = why))),
            };
            let saved = |file: String, done: Result<(), Message>| match done {
                Ok(()) => message!("share-saved", file = file),
                Err(why) => message!("share-no-picture", why = why),
            };
            match format {
                Format::Svg => {
                    let file = name("svg");
                    let done = files::download(&file, &pic.svg, "image/svg+xml");
                    status.set(Some(saved(file, done)));
                }
                Format::Png => {
                    let (file, status) = (name("png"), status.clone());
                    picture::png(&pic, 2.0, move |png| {
                        let done = png.and_then(|b| files::download_blob(&file, &b));
                        status.set(Some(saved(file, done)));
                    });
                }
            }
        })
    };
    // Encoded only while the dialog is open, and again only when the document changes (nothing is
    // cloned for the key while it is closed).
    let key = open.then(|| (state.doc.clone(), words.lang()));
    let texts = use_memo(key, move |key| {
        key.as_ref().map(|(doc, _)| {
            let encoded = doc.document().encode();
            let page = crate::persist::page();
            let title = share::embed_title(&words, &doc.scenario);
            let snippet = share::embed_snippet(&page, &encoded, &title, doc.shown.len(), words.lang());
            (AttrValue::from(share::link(&page, &encoded, words.lang())), AttrValue::from(snippet))
        })
    });
    Share { texts: (*texts).clone(), status: (*status).clone(), onopen, onclose, oncopy, onpicture }
}

/// Selects the text of the field matching `selector` (so a failed copy leaves it ready for Ctrl+C).
pub fn select_field(selector: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(input) = el.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>()) {
        input.select();
    } else if let Some(area) = el.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>()) {
        area.select();
    }
}
