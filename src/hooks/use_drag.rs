//! The drag session: a ghost follows the pointer (moved directly, no re-render) and only the drop
//! dispatches an edit. Window listeners live exactly as long as the drag.

use crate::browser::{drop_after_event, drop_target};
use crate::drag::{drop_edit, DragKind, DropTarget};
use crate::state::{Action, AppState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

type PointerListener = Closure<dyn FnMut(web_sys::PointerEvent)>;

/// An in-progress drag: what, where it started, and the window listeners to remove at the end.
struct DragSession {
    kind: DragKind,
    start: (i32, i32),
    moved: bool,
    /// Each listener with every window event it is registered for.
    listeners: Vec<(&'static [&'static str], PointerListener)>,
    /// The drop target under the pointer at the last move: label and highlight change only
    /// when it does.
    over: Option<DropTarget>,
    /// The drop target highlighted under the pointer.
    lit: Option<web_sys::Element>,
}

/// Highlights where a drop at `at` would land (the node, or the whole diagram), and only there.
fn highlight(lit: &mut Option<web_sys::Element>, at: &DropTarget, kind: &DragKind) {
    let target = drop_edit(kind, at).and_then(|_| {
        let doc = web_sys::window()?.document()?;
        let platform = at.platform.as_deref()?;
        let node = at.node.as_deref().filter(|_| !matches!(kind, DragKind::NewNode));
        let selector = match node {
            Some(n) => format!("svg[data-drop-platform=\"{platform}\"] g.node[data-node=\"{n}\"]"),
            None => format!("svg[data-drop-platform=\"{platform}\"]"),
        };
        doc.query_selector(&selector).ok().flatten()
    });
    if lit.as_ref() == target.as_ref() {
        return;
    }
    if let Some(old) = lit.take() {
        let _ = old.remove_attribute("data-drop-here");
    }
    if let Some(new) = &target {
        let _ = new.set_attribute("data-drop-here", "");
    }
    *lit = target;
}

/// The drag's ghost (attach the ref to an element) and the callback that starts a drag.
#[hook]
pub fn use_drag(dispatcher: UseReducerDispatcher<AppState>) -> (NodeRef, Callback<(DragKind, PointerEvent)>) {
    let ghost = use_node_ref();
    let session: Rc<RefCell<Option<DragSession>>> = use_mut_ref(|| None);
    let words = crate::i18n::use_words();
    let start = use_callback((dispatcher, ghost.clone(), words), move |(kind, e): (DragKind, PointerEvent), (dispatcher, ghost, words)| {
        if e.button() != 0 || session.borrow().is_some() {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        // No text is selected while dragging (an attribute on <html> for the drag's length).
        let root = window.document().and_then(|d| d.document_element());
        if let Some(r) = &root {
            let _ = r.set_attribute("data-dragging", "");
        }
        let move_ghost = {
            let ghost = ghost.clone();
            let words = words.clone();
            let session = session.clone();
            PointerListener::new(move |e: web_sys::PointerEvent| {
                let mut s = session.borrow_mut();
                let Some(s) = s.as_mut() else { return };
                let (dx, dy) = (e.client_x() - s.start.0, e.client_y() - s.start.1);
                if !s.moved && dx * dx + dy * dy < 25 {
                    return;
                }
                s.moved = true;
                let at = drop_target(e.client_x(), e.client_y());
                let changed = s.over.as_ref() != Some(&at);
                if changed {
                    highlight(&mut s.lit, &at, &s.kind);
                }
                if let Some(g) = ghost.cast::<web_sys::HtmlElement>() {
                    if changed {
                        g.set_text_content(Some(&s.kind.label(&words, &at)));
                    }
                    let style = g.style();
                    let _ = style.set_property("display", "block");
                    let _ = style.set_property("transform", &format!("translate({}px, {}px)", e.client_x() + 12, e.client_y() + 12));
                }
                s.over = Some(at);
            })
        };
        let up = {
            let ghost = ghost.clone();
            let session = session.clone();
            let dispatcher = dispatcher.clone();
            PointerListener::new(move |e: web_sys::PointerEvent| {
                let Some(mut s) = session.borrow_mut().take() else { return };
                highlight(&mut s.lit, &DropTarget::default(), &s.kind);
                if let Some(r) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                    let _ = r.remove_attribute("data-dragging");
                }
                if let Some(g) = ghost.cast::<web_sys::HtmlElement>() {
                    let _ = g.style().set_property("display", "none");
                }
                if let Some(w) = web_sys::window() {
                    for (names, l) in &s.listeners {
                        for name in names.iter() {
                            let _ = w.remove_event_listener_with_callback(name, l.as_ref().unchecked_ref());
                        }
                    }
                }
                if s.moved && e.type_() == "pointerup" {
                    if let Some(edit) = drop_edit(&s.kind, &drop_target(e.client_x(), e.client_y())) {
                        dispatcher.dispatch(Action::Edit(edit));
                    }
                }
                drop_after_event(s.listeners);
            })
        };
        // One list both registers and (in `up`) removes them, so no registration is left behind.
        let listeners: Vec<(&'static [&'static str], PointerListener)> = vec![(&["pointermove"], move_ghost), (&["pointerup", "pointercancel"], up)];
        for (names, l) in &listeners {
            for name in names.iter() {
                let _ = window.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
            }
        }
        *session.borrow_mut() = Some(DragSession { kind, start: (e.client_x(), e.client_y()), moved: false, listeners, over: None, lit: None });
    });
    (ghost, start)
}
