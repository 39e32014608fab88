//! The embed's side of the postMessage contract with the page that frames it (README, "Embed"):
//! it posts `{type:"hafen:ready"}` once, `{type:"hafen:height", px}` when the height its content
//! needs changes (not while it plays), `{type:"hafen:time", t_ms}` as time moves (at most about
//! five times a second while playing, at once on a seek, a pause or a loop), `{type:"hafen:ended"}`
//! when a run reaches its end and `{type:"hafen:loop"}` when it starts again; it obeys
//! `{type:"hafen:play"}`, `{type:"hafen:pause"}`, `{type:"hafen:seek", t_ms}` and
//! `{type:"hafen:show", platforms}` and, telling a story, `{type:"hafen:step", n}` from its parent
//! page only, and ignores anything else. Messages carry nothing but these numbers, so they go to any origin
//! (`"*"`): the host is not known in advance.

use crate::state::{Action, AppState};
use hafen_core::{PlatformKind, SimTime};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Object, Reflect};
use yew::prelude::*;

/// Wall-clock time between two `hafen:time` messages while playing [ms].
const TIME_EVERY_MS: f64 = 200.0;
/// The most a frame moves the cursor (100 ms of wall-clock time at 60×) [ms]: a jump back to the
/// loop's start from closer than this to the end is the loop, a longer move forward a seek.
const LAST_FRAME_MS: u64 = 6_000;

/// The page that frames this one, if any.
fn host() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    (!Object::is(&parent, &w)).then_some(parent)
}

/// Posts `{type, <key>: value}` to the host page, if there is one.
pub fn post(kind: &str, field: Option<(&str, f64)>) {
    let Some(parent) = host() else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((key, value)) = field {
        let _ = Reflect::set(&message, &key.into(), &value.into());
    }
    let _ = parent.post_message(&message, "*");
}

/// What a host asks for.
enum Command {
    /// An action on the page's state.
    Do(Action),
    /// Show these platforms (two or three, different).
    Show(Vec<PlatformKind>),
    /// Show and play a story's step (index).
    Step(usize),
}

/// A whole number ≥ 0 in `data[key]`, if there is one.
fn whole(data: &JsValue, key: &str) -> Option<f64> {
    Reflect::get(data, &key.into()).ok()?.as_f64().filter(|t| t.is_finite() && *t >= 0.0 && t.fract() == 0.0)
}

/// What a host's message asks for, if it is one of ours and well formed.
fn command(data: &JsValue) -> Option<Command> {
    if !data.is_object() {
        return None;
    }
    let kind = Reflect::get(data, &"type".into()).ok()?.as_string()?;
    Some(match kind.as_str() {
        "hafen:play" => Command::Do(Action::SetPlaying(true)),
        "hafen:pause" => Command::Do(Action::SetPlaying(false)),
        "hafen:seek" => Command::Do(Action::Seek(SimTime(whole(data, "t_ms")?.min(u64::MAX as f64) as u64))),
        "hafen:show" => {
            let list = Reflect::get(data, &"platforms".into()).ok()?.dyn_into::<Array>().ok()?;
            let mut shown = Vec::new();
            for id in list.iter() {
                let kind = PlatformKind::ALL.into_iter().find(|k| id.as_string().as_deref() == Some(k.id()))?;
                if shown.contains(&kind) {
                    return None;
                }
                shown.push(kind);
            }
            if !(2..=3).contains(&shown.len()) {
                return None;
            }
            Command::Show(shown)
        }
        // Counted from 1, as the step's address and caption count them.
        "hafen:step" => Command::Step((whole(data, "n")? as usize).checked_sub(1)?),
        _ => return None,
    })
}

/// The height the embed's content needs [px, whole]: its height now, plus what the diagrams give
/// up to fit the frame (each is drawn at most at its width's natural height, less when the frame
/// is too short: see the embed's CSS).
fn needed(root: &web_sys::Element) -> i32 {
    let mut shrunk: f64 = 0.0;
    if let Ok(list) = root.query_selector_all("svg.diagram") {
        for i in 0..list.length() {
            let Some(svg) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            // "0 0 W H", whole pixels (the diagram writes them so).
            let view: Vec<u32> = svg.get_attribute("viewBox").unwrap_or_default().split(' ').filter_map(|v| v.parse().ok()).collect();
            let r = svg.get_bounding_client_rect();
            if let [_, _, w, h] = view[..] {
                if w > 0 {
                    shrunk = shrunk.max(r.width() * f64::from(h) / f64::from(w) - r.height());
                }
            }
        }
    }
    (root.get_bounding_client_rect().height() + shrunk).ceil() as i32
}

/// What the embed shows, for its messages to the host.
#[derive(Clone, Copy, PartialEq)]
pub struct Shown {
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// Playing.
    pub playing: bool,
    /// Where playing stops [ms].
    pub stop: SimTime,
    /// Where a loop starts again [ms].
    pub loop_from: SimTime,
}

/// Talks with the host page: `root` is the embed's outermost element (the height it needs is
/// reported); `onstep` shows a story's step (index; ignored when no story is told).
#[hook]
pub fn use_host(root: NodeRef, shown: Shown, dispatcher: UseReducerDispatcher<AppState>, onstep: Callback<usize>) {
    // The listener lives as long as the page; the callback changes with what is on screen.
    let step_to = use_mut_ref(|| onstep.clone());
    *step_to.borrow_mut() = onstep;
    {
        use_effect_with((), move |_| {
            let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
                let from_host = matches!((e.source(), host()), (Some(source), Some(parent)) if Object::is(&source, &parent));
                match command(&e.data()).filter(|_| from_host) {
                    Some(Command::Do(action)) => dispatcher.dispatch(action),
                    // Every platform asked for first, then the others away: never fewer than two.
                    Some(Command::Show(list)) => {
                        for on in [true, false] {
                            for k in PlatformKind::ALL.into_iter().filter(|k| list.contains(k) == on) {
                                dispatcher.dispatch(Action::Show(k, on));
                            }
                        }
                    }
                    Some(Command::Step(at)) => step_to.borrow().emit(at),
                    None => {}
                }
            });
            let stop = crate::browser::listen_on_window(vec![("message", on_message)]);
            let el = root.cast::<web_sys::Element>();
            let measured = el.clone();
            let last = std::cell::Cell::new(0);
            let resized = Closure::<dyn FnMut()>::new(move || {
                let px = measured.as_ref().map_or(0, needed);
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
    }
    // The time: throttled while playing, at once when it stops, jumps or loops; the end and the
    // loop said as they happen.
    let before = use_mut_ref(|| (None::<SimTime>, 0.0_f64, shown));
    use_effect_with((shown.cursor, shown.playing), move |_| {
        let now = web_sys::js_sys::Date::now();
        let mut b = before.borrow_mut();
        let was = b.2;
        let looped = shown.playing && was.playing && shown.cursor == shown.loop_from && was.cursor > shown.cursor && was.cursor.0.saturating_add(LAST_FRAME_MS) >= shown.stop.0;
        if looped || (was.playing && !shown.playing && shown.cursor >= shown.stop) {
            post("hafen:ended", None);
        }
        if looped {
            post("hafen:loop", None);
        }
        let jumped = shown.cursor < was.cursor || shown.cursor.0 > was.cursor.0.saturating_add(LAST_FRAME_MS);
        if looped || (b.0 != Some(shown.cursor) && (!shown.playing || jumped || now - b.1 >= TIME_EVERY_MS)) {
            post("hafen:time", Some(("t_ms", shown.cursor.as_millis() as f64)));
            (b.0, b.1) = (Some(shown.cursor), now);
        }
        b.2 = shown;
    });
}
