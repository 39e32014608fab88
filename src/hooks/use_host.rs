//! The embed's side of the postMessage contract with the page that frames it (README, "Embed"):
//! it posts `{type:"hafen:ready"}` once, `{type:"hafen:height", px}` whenever its content's height
//! changes, and `{type:"hafen:time", t_ms}` as time moves (at most about five times a second while
//! playing, at once on a seek or a pause); it obeys `{type:"hafen:play"}`, `{type:"hafen:pause"}`
//! and `{type:"hafen:seek", t_ms}` from its parent page only. Messages carry nothing but these
//! numbers, so they go to any origin (`"*"`): the host is not known in advance.

use crate::state::{Action, AppState};
use hafen_core::SimTime;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Object, Reflect};
use yew::prelude::*;

/// Wall-clock time between two `hafen:time` messages while playing [ms].
const TIME_EVERY_MS: f64 = 200.0;

/// The page that frames this one, if any.
fn host() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    (!Object::is(&parent, &w)).then_some(parent)
}

/// Posts `{type, <key>: value}` to the host page, if there is one.
fn post(kind: &str, field: Option<(&str, f64)>) {
    let Some(parent) = host() else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((key, value)) = field {
        let _ = Reflect::set(&message, &key.into(), &value.into());
    }
    let _ = parent.post_message(&message, "*");
}

/// What a host's message asks for, if it is one of ours and well formed.
fn command(data: &JsValue) -> Option<Action> {
    let kind = Reflect::get(data, &"type".into()).ok()?.as_string()?;
    match kind.as_str() {
        "hafen:play" => Some(Action::SetPlaying(true)),
        "hafen:pause" => Some(Action::SetPlaying(false)),
        "hafen:seek" => {
            let t = Reflect::get(data, &"t_ms".into()).ok()?.as_f64().filter(|t| t.is_finite() && *t >= 0.0)?;
            Some(Action::Seek(SimTime(t.min(u64::MAX as f64) as u64)))
        }
        _ => None,
    }
}

/// Talks with the host page: `root` is the embed's outermost element (its height is reported).
#[hook]
pub fn use_host(root: NodeRef, cursor: SimTime, playing: bool, dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with(root, move |root| {
        let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_host = matches!((e.source(), host()), (Some(source), Some(parent)) if Object::is(&source, &parent));
            if let Some(action) = command(&e.data()).filter(|_| from_host) {
                dispatcher.dispatch(action);
            }
        });
        let stop = crate::browser::listen_on_window(vec![("message", on_message)]);
        let el = root.cast::<web_sys::Element>();
        let last = std::cell::Cell::new(0);
        let measured = el.clone();
        let resized = Closure::<dyn FnMut()>::new(move || {
            let px = measured.as_ref().map_or(0, |el| el.get_bounding_client_rect().height().ceil() as i32);
            if px > 0 && px != last.replace(px) {
                post("hafen:height", Some(("px", f64::from(px))));
            }
        });
        let observer = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(el)) = (&observer, &el) {
            o.observe(el);
        }
        post("hafen:ready", None);
        move || {
            stop();
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(resized);
        }
    });
    // The time: throttled while playing, at once when it stops or jumps.
    let posted = use_mut_ref(|| (None::<SimTime>, 0.0_f64));
    use_effect_with((cursor, playing), move |&(cursor, playing)| {
        let now = web_sys::js_sys::Date::now();
        let mut p = posted.borrow_mut();
        if p.0 != Some(cursor) && (!playing || now - p.1 >= TIME_EVERY_MS) {
            post("hafen:time", Some(("t_ms", cursor.as_millis() as f64)));
            *p = (Some(cursor), now);
        }
    });
}
