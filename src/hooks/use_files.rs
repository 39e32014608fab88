//! Scenario files: Download writes the document as a scenario file (the format `hafen-sim`
//! reads); a file picked or dropped anywhere on the page opens (undoably) — a scenario file, or a
//! docker-compose.yml imported with its warnings; pasted outside a text field, too — or is refused
//! with its line and field and the document stays as it was.

use crate::files;
use crate::state::{as_cluster, Action, AppState, Notice};
use crate::offload;
use hafen_core::file::MAX_FILE_BYTES;
use hafen_core::offload::{Done, FileOut, Job};
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
        Ok(text) => open(name, text, false, dispatcher),
        Err(why) => dispatcher.dispatch(Action::Notify(Some(Notice::BadFile(why)))),
    });
}

/// Has the file worker read `text` (from the file `name`, or `pasted`), and opens what it read: a
/// compose file imported (its warnings listed), a scenario file as it is; or says why not. The
/// document stays as it was until then.
fn open(name: String, text: String, pasted: bool, dispatcher: UseReducerDispatcher<AppState>) {
    let job = Job::Open { name: name.clone(), text, pasted };
    offload::ask(&job, move |done| match done {
        Done::Opened { doc, warnings: Some(warnings) } => {
            let services = doc.scenario.topology.services.len();
            dispatcher.dispatch(Action::Open(Rc::new(*doc)));
            dispatcher.dispatch(Action::Notify(Some(Notice::Imported { file: name, services, warnings })));
        }
        Done::Opened { mut doc, warnings: None } => {
            doc.scenario = as_cluster(doc.scenario);
            dispatcher.dispatch(Action::Open(Rc::new(*doc)));
        }
        Done::Refused(why) => dispatcher.dispatch(Action::Notify(Some(Notice::BadFile(why)))),
        Done::Ignored | Done::Text(_) => {}
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
        let d2 = d.clone();
        FileHandlers {
            download: Callback::from(move |_| {
                let doc = current.borrow().document();
                let file = crate::share::file_name(&doc.scenario.name, "", "yaml");
                let d = d2.clone();
                offload::ask(&Job::Write { file: FileOut::Scenario, doc: Box::new(doc) }, move |done| match done {
                    Done::Text(yaml) => {
                        let _ = files::download(&file, &yaml, "application/yaml");
                    }
                    Done::Refused(why) => d.dispatch(Action::Notify(Some(Notice::BadFile(why)))),
                    Done::Opened { .. } | Done::Ignored => {}
                });
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
        open(hafen_core::say!(crate::i18n::current(), "file-pasted"), text, true, dispatcher.clone());
    });
    crate::browser::listen_on_window(vec![("dragover", over), ("drop", drop), ("paste", paste)])
}
