//! Scenario files: Download writes the document as a scenario file (the format `hafen-sim`
//! reads); a file picked or dropped anywhere on the page opens (undoably) — a scenario file, or a
//! docker-compose.yml imported with its warnings; pasted outside a text field, too — or is refused
//! with its line and field and the document stays as it was.

use crate::files;
use crate::state::{as_cluster, Action, AppState, Notice};
use hafen_core::export::scenario::scenario_yaml;
use hafen_core::file::{parse_document, MAX_FILE_BYTES};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the toolbar's file buttons call.
pub struct FileHandlers {
    /// Save the document as `<name>.yaml`.
    pub download: Callback<()>,
    /// Open this file.
    pub open: Callback<web_sys::File>,
}

/// Reads `file` and opens it, or says why not: a Hafen scenario file, or a docker-compose.yml
/// (imported, with its warnings listed).
fn open_file(file: web_sys::File, dispatcher: UseReducerDispatcher<AppState>) {
    let name = file.name();
    files::read_text(file, MAX_FILE_BYTES, move |text| match text {
        Ok(t) => open_text(&name, &t, &dispatcher),
        Err(why) => dispatcher.dispatch(Action::Notify(Some(Notice::BadFile(why)))),
    });
}

/// Opens `text` (from file `name`): a compose file is imported, anything else read as a scenario.
fn open_text(name: &str, text: &str, dispatcher: &UseReducerDispatcher<AppState>) {
    if !open_compose(name, text, dispatcher) {
        open_scenario(name, text, dispatcher);
    }
}

/// Imports `text` if it is a compose file (the YAML read once); false if it is not one.
fn open_compose(name: &str, text: &str, dispatcher: &UseReducerDispatcher<AppState>) -> bool {
    // "docker-compose.yml" names no application (the folder does, which a browser does not say);
    // a `name:` in the file wins over either.
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = if stem.contains("compose") { "my-app" } else { stem };
    let Some(imported) = hafen_core::compose::import_if_compose(text, stem) else { return false };
    match imported {
        Ok(imported) => {
            let services = imported.document.scenario.topology.services.len();
            let warnings = imported.warnings.iter().map(hafen_core::text::en::compose_warning).collect();
            dispatcher.dispatch(Action::Open(Rc::new(imported.document)));
            dispatcher.dispatch(Action::Notify(Some(Notice::Imported { file: name.to_string(), services, warnings })));
        }
        Err(e) => dispatcher.dispatch(Action::Notify(Some(Notice::BadFile(format!("{name}: {e}"))))),
    }
    true
}

/// Opens `text` as a Hafen scenario file, or says why not.
fn open_scenario(name: &str, text: &str, dispatcher: &UseReducerDispatcher<AppState>) {
    dispatcher.dispatch(match parse_document(text) {
        Ok(mut doc) => {
            doc.scenario = as_cluster(doc.scenario);
            Action::Open(Rc::new(doc))
        }
        Err(e) => Action::Notify(Some(Notice::BadFile(format!("{name}: {e}")))),
    });
}

/// The file callbacks, and a drop target over the whole window for scenario files.
#[hook]
pub fn use_files(state: &UseReducerHandle<AppState>) -> Rc<FileHandlers> {
    // The page's state as of the last render, read when Download is pressed (the callback itself is
    // made once).
    let current = use_mut_ref(|| state.clone());
    *current.borrow_mut() = state.clone();
    let dispatcher = state.dispatcher();
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| listen_for_drops(dispatcher));
    }
    use_memo(dispatcher, move |d| {
        let d = d.clone();
        FileHandlers {
            download: Callback::from(move |_| {
                let doc = current.borrow().document();
                let _ = files::download(&crate::share::file_name(&doc.scenario.name, "", "yaml"), &scenario_yaml(&doc), "application/yaml");
            }),
            open: Callback::from(move |f| open_file(f, d.clone())),
        }
    })
}

/// Files dropped anywhere on the page open; other drops (the palette's drags) are not touched.
/// A compose or scenario file pasted outside a text field opens too.
fn listen_for_drops(dispatcher: UseReducerDispatcher<AppState>) -> impl FnOnce() {
    let transfer = |e: &web_sys::Event| e.dyn_ref::<web_sys::DragEvent>().and_then(web_sys::DragEvent::data_transfer);
    let over = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if transfer(&e).is_some_and(|t| t.types().includes(&"Files".into(), 0)) {
            // Without this the browser would open the file itself, leaving Hafen.
            e.prevent_default();
        }
    });
    let dropped = dispatcher.clone();
    let drop = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(file) = transfer(&e).and_then(|t| t.files()).and_then(|f| f.get(0)) {
            e.prevent_default();
            open_file(file, dropped.clone());
        }
    });
    let paste = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let in_field = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.closest("input, textarea, select, [contenteditable]").ok().flatten().is_some());
        let text = e.dyn_ref::<web_sys::ClipboardEvent>().and_then(web_sys::ClipboardEvent::clipboard_data).and_then(|d| d.get_data("text").ok()).unwrap_or_default();
        if in_field || text.len() > MAX_FILE_BYTES {
            return;
        }
        // A compose file, or a scenario (it says where it runs); other pastes are left alone.
        let name = "pasted text";
        let opened = if open_compose(name, &text, &dispatcher) {
            true
        } else if text.lines().any(|l| l.starts_with("platform:")) {
            open_scenario(name, &text, &dispatcher);
            true
        } else {
            false
        };
        if opened {
            e.prevent_default();
        }
    });
    crate::browser::listen_on_window(vec![("dragover", over), ("drop", drop), ("paste", paste)])
}
