//! The Share dialog's effects: whether it is open, the link and iframe snippet while it is,
//! copying them to the clipboard, and saving pictures of the diagrams (SVG, PNG) with the
//! caption and the time.

use crate::state::AppState;
use hafen_core::document::Document;
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
    pub status: Option<AttrValue>,
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
fn time_line(state: &AppState) -> String {
    format!("at {} of {} simulated · Hafen: the documented defaults of Docker Compose, Docker Swarm and Kubernetes", state.cursor.clock(), state.end().clock())
}

/// The Share dialog's state, for the page `state`.
#[hook]
pub fn use_share(state: &UseReducerHandle<AppState>) -> Share {
    let open = use_state_eq(|| false);
    let status = use_state_eq(|| None::<AttrValue>);
    // The page's state as of the last render, read when a picture is asked for.
    let current = use_mut_ref(|| state.clone());
    *current.borrow_mut() = state.clone();
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
            let (name, field) = match what {
                Copied::Link => ("Link", ".share-link"),
                Copied::Snippet => ("Snippet", ".share-snippet"),
            };
            // Selected either way: if the browser refuses the clipboard, Ctrl+C is one key away.
            select_field(field);
            let status = status.clone();
            crate::browser::copy_text(&text, move |ok| status.set(Some(if ok { format!("{name} copied.") } else { format!("{name} selected: press Ctrl+C (⌘C) to copy it.") }.into())));
        })
    };
    let onpicture = {
        let status = status.clone();
        use_callback((), move |format: Format, _| {
            let s = current.borrow().clone();
            let caption = hafen_core::text::en::caption(&s.doc);
            let name = |ext| share::file_name(&s.doc.name, &s.cursor.clock(), ext);
            let pic = match picture::diagrams(&caption, &time_line(&s)) {
                Ok(p) => p,
                Err(why) => return status.set(Some(format!("No picture: {why}.").into())),
            };
            match format {
                Format::Svg => {
                    let file = name("svg");
                    status.set(Some(match files::download(&file, &pic.svg, "image/svg+xml") {
                        Ok(()) => format!("Saved {file}."),
                        Err(why) => format!("No picture: {why}."),
                    }.into()));
                }
                Format::Png => {
                    let (file, status) = (name("png"), status.clone());
                    picture::png(&pic, 2.0, move |png| {
                        status.set(Some(match png.and_then(|b| files::download_blob(&file, &b)) {
                            Ok(()) => format!("Saved {file}."),
                            Err(why) => format!("No picture: {why}."),
                        }.into()));
                    });
                }
            }
        })
    };
    // Encoded only while the dialog is open, and again only when the document changes (nothing is
    // cloned for the key while it is closed).
    let key = open.then(|| (state.doc.clone(), state.costs.clone(), state.shown.clone()));
    let texts = use_memo(key, |key| {
        key.as_ref().map(|(doc, pricing, shown)| {
            let encoded = Document { scenario: (**doc).clone(), pricing: pricing.clone(), shown: shown.clone() }.encode();
            let page = crate::persist::page();
            let snippet = share::embed_snippet(&page, &encoded, &hafen_core::text::en::caption(doc), shown.len());
            (AttrValue::from(format!("{page}#{encoded}")), AttrValue::from(snippet))
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
