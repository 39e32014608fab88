//! Keeps the document and shares it: after every change the address's `#…` says what is on screen
//! and the browser's storage keeps it for the next visit; a link pasted into the address opens
//! (undoably); another tab saving over this tab's scenario is noticed.

use crate::persist;
use crate::state::{Action, AppState, Instead, Notice};
use hafen_core::document::Document;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What this tab last wrote: the address and the storage.
#[derive(Default)]
struct Written {
    hash: String,
    saved: String,
}

/// Writes the document to the address and the storage when it changes (once its runs are made: the
/// address never names a document the page does not show yet); listens for links pasted into the
/// address and for other tabs' saves.
#[hook]
pub fn use_persistence(state: &AppState, dispatcher: UseReducerDispatcher<AppState>) {
    let written = use_mut_ref(|| None::<Written>);
    let key = (state.doc.clone(), state.recomputing());
    {
        let written = written.clone();
        let bad_link = matches!(state.notice, Some(Notice::BadLink { .. }));
        use_effect_with(key, move |(doc, recomputing)| {
            if *recomputing {
                return;
            }
            let encoded = doc.document().encode();
            let mut w = written.borrow_mut();
            match w.as_mut() {
                // The page as it opened: the address says what is shown (unless it holds a link
                // that could not be opened: it stays for the user to see until the first change);
                // nothing is saved, for nothing was edited.
                None => {
                    if !bad_link && persist::hash() != encoded {
                        persist::write_hash(&encoded);
                    }
                    *w = Some(Written { hash: encoded.clone(), saved: String::new() });
                }
                Some(w) => {
                    if w.hash != encoded {
                        persist::write_hash(&encoded);
                        w.hash = encoded.clone();
                    }
                    if w.saved != encoded && persist::save(&encoded) {
                        w.saved = encoded;
                    }
                }
            }
        });
    }
    use_effect_with((), move |_| listen(written, dispatcher));
}

/// The `hashchange` and `storage` listeners, for the app's lifetime.
fn listen(written: Rc<RefCell<Option<Written>>>, dispatcher: UseReducerDispatcher<AppState>) -> impl FnOnce() {
    let on_hash = {
        let (written, dispatcher) = (written.clone(), dispatcher.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            let hash = persist::hash();
            if hash.is_empty() || written.borrow().as_ref().is_some_and(|w| w.hash == hash) {
                return;
            }
            match Document::decode_counting(&hash) {
                Ok(d) => {
                    dispatcher.dispatch(Action::Open(Rc::new(d.doc)));
                    if d.not_understood > 0 {
                        dispatcher.dispatch(Action::Notify(Some(Notice::Newer(d.not_understood))));
                    }
                }
                Err(e) => dispatcher.dispatch(Action::Notify(Some(Notice::BadLink { why: hafen_core::text::link_error(&e), instead: Instead::Unchanged }))),
            }
        })
    };
    let on_storage = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
        let ours = written.borrow().as_ref().map(|w| w.saved.clone()).unwrap_or_default();
        // Only once this tab has saved something of its own: before, there is nothing to clobber.
        if e.key().as_deref() == Some(persist::SAVED) && !ours.is_empty() && e.new_value().as_deref() != Some(ours.as_str()) {
            dispatcher.dispatch(Action::Notify(Some(Notice::OtherTab)));
        }
    });
    crate::browser::listen_on_window(vec![("hashchange", on_hash), ("storage", on_storage)])
}
