//! Keyboard shortcuts (not while typing in a field); P presents the preset's story. The window
//! listener is registered once and reads the selection when a key is pressed, so a key right after
//! a click acts on what was clicked.

use crate::state::{fault_node, Action, AppState, Selection};
use hafen_core::edit::Edit;
use hafen_core::{Fault, SimTime};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A key pressed, with what the shortcuts depend on.
pub struct Key<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Ctrl or ⌘ held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
    /// Focus is in a text field or menu (keys are typing, not commands).
    pub typing: bool,
}

/// What a key does with this selection (None: nothing, the browser keeps the key).
pub fn shortcut(k: &Key, selected: Option<&Selection>) -> Option<Action> {
    match k.key {
        "z" | "Z" if k.ctrl && k.shift => Some(Action::Redo),
        "z" if k.ctrl => Some(Action::Undo),
        "y" if k.ctrl => Some(Action::Redo),
        _ if k.typing || k.ctrl || k.alt => None,
        " " => Some(Action::TogglePlay),
        "n" => Some(Action::NextEvent),
        "N" => Some(Action::PrevEvent),
        "Escape" => Some(Action::Select(None)),
        "Home" => Some(Action::Seek(SimTime::ZERO)),
        // The reducer stops the cursor at the run's end.
        "End" => Some(Action::Seek(SimTime(u64::MAX))),
        "Delete" | "Backspace" => match selected? {
            Selection::Service(s) => Some(Action::Edit(Edit::RemoveService(s.clone()))),
            Selection::Node(n) if n.starts_with("node-") => Some(Action::Edit(Edit::RemoveNode(n.clone()))),
            Selection::Node(_) => None,
        },
        // A service selected: the node running it, on every platform (as the actions bar's Kill).
        "k" => match selected? {
            Selection::Node(n) => Some(Action::Fault(Fault::kill_node(fault_node(n)))),
            Selection::Service(s) => Some(Action::Fault(Fault::kill_running(s.clone()))),
        },
        "r" => match selected? {
            Selection::Node(n) => Some(Action::Fault(Fault::restore_node(fault_node(n)))),
            Selection::Service(_) => None,
        },
        "c" => match selected? {
            Selection::Service(s) => Some(Action::Fault(Fault::crash(s.clone()))),
            Selection::Node(_) => None,
        },
        "h" => match selected? {
            Selection::Service(s) => Some(Action::Fault(Fault::hang(s.clone()))),
            Selection::Node(_) => None,
        },
        _ => None,
    }
}

/// Enter with something selected: focus the inspector's first field (never one of its buttons: the
/// Enter that opened it must not also crash a replica), or the inspector itself.
fn focus_inspector() {
    crate::browser::focus_first(&["#inspector input, #inspector select", "#inspector"]);
}

/// Registers the shortcuts on the window for the app's lifetime.
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>, selected: Option<Selection>, onpresent: Callback<()>) {
    let current = use_mut_ref(|| None::<Selection>);
    *current.borrow_mut() = selected;
    // P presents (the callback of the latest render: it names the preset shown now).
    let present = use_mut_ref(Callback::noop);
    *present.borrow_mut() = onpresent;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            let selected = current.borrow().clone();
            let tag = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.tag_name()).unwrap_or_default();
            let typing = matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA");
            let key = e.key();
            let k = Key { key: &key, ctrl: e.ctrl_key() || e.meta_key(), shift: e.shift_key(), alt: e.alt_key(), typing };
            if k.key == "Enter" && !(k.typing || k.ctrl || k.alt || tag == "BUTTON") && selected.is_some() {
                e.prevent_default();
                focus_inspector();
            }
            if k.key == "p" && !(k.typing || k.ctrl || k.alt) {
                e.prevent_default();
                // Cloned out first: presenting renders, and a render replaces `present`.
                let present = present.borrow().clone();
                present.emit(());
                return;
            }
            if let Some(a) = shortcut(&k, selected.as_ref()) {
                e.prevent_default();
                dispatcher.dispatch(a);
            }
        });
        crate::browser::listen_on_window(vec![("keydown", listener)])
    });
}
