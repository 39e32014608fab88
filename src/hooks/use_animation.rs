//! The animation loop: one [`Action::Frame`] per display frame while playing, stopped (and its
//! frame request cancelled) when playback stops or the app goes away.

use crate::state::{Action, AppState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// Dispatches a frame action on every animation frame while `playing`.
#[hook]
pub fn use_animation(playing: bool, dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with(playing, move |&playing| {
        let handle: Rc<RefCell<Option<i32>>> = Rc::new(RefCell::new(None));
        let tick: FrameCallback = Rc::new(RefCell::new(None));
        if playing {
            let (h, t) = (handle.clone(), tick.clone());
            *tick.borrow_mut() = Some(Closure::new(move |ts: f64| {
                dispatcher.dispatch(Action::Frame(ts));
                if let (Some(w), Some(cb)) = (web_sys::window(), t.borrow().as_ref()) {
                    *h.borrow_mut() = w.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
                }
            }));
            if let (Some(w), Some(cb)) = (web_sys::window(), tick.borrow().as_ref()) {
                *handle.borrow_mut() = w.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
            }
        }
        move || {
            if let (Some(w), Some(id)) = (web_sys::window(), handle.borrow_mut().take()) {
                let _ = w.cancel_animation_frame(id);
            }
            tick.borrow_mut().take();
        }
    });
}
