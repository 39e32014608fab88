//! Work that would block the page, done in slices: a job advances a bounded number of engine events
//! per call, and the driver calls it until a slice's time is used up, then lets the browser paint
//! and handle input before the next slice. No slice runs longer than one job call past
//! [`SLICE_MS`], so no interaction waits more than a few milliseconds behind a simulation.

use crate::browser::drop_after_event;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Time a slice may use before the browser gets the thread back [ms] (a 60 Hz frame is 16.7 ms).
pub const SLICE_MS: f64 = 8.0;

/// Engine events one job call handles: about 1–3 ms of work on the Large cluster in wasm.
pub const EVENTS_PER_CALL: u64 = 400;

/// What a job says after a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// The work is done.
    Done,
    /// More to do; within this slice if its time allows.
    More,
    /// More to do, in the next slice: what this call did is drawn first.
    Yield,
}

impl From<bool> for Next {
    /// `true`: done.
    fn from(done: bool) -> Next {
        if done { Next::Done } else { Next::More }
    }
}

/// Where a job's message listener is kept until the job ends.
type Slot = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// Milliseconds since the page started (performance.now()); 0 outside a browser.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Runs `step` (true or [`Next::Done`] when the work is done) in slices of [`SLICE_MS`] until it is
/// done or `cancelled` is set; the first slice runs at once. `step` must do a bounded amount of
/// work.
///
/// Each later slice is a task of its own, started by a MessageChannel message: the browser handles
/// input and paints (when a frame is due) between two. Not `setTimeout(0)`: nested timeouts are
/// clamped to 4 ms (HTML standard), which left a third of the time between 8 ms slices idle.
pub fn run_in_slices<N: Into<Next>>(mut step: impl FnMut() -> N + 'static, cancelled: Rc<Cell<bool>>) {
    if slice(&mut step, &cancelled) {
        return;
    }
    let Ok(channel) = web_sys::MessageChannel::new() else { return };
    let (port1, port2) = (channel.port1(), channel.port2());
    // The listener frees itself (after the event that runs it) once the work is done.
    let holder: Slot = Rc::new(RefCell::new(None));
    let own = holder.clone();
    let (me, next) = (port1.clone(), port2.clone());
    let listener = Closure::<dyn FnMut()>::new(move || {
        if slice(&mut step, &cancelled) {
            me.set_onmessage(None);
            if let Some(l) = own.borrow_mut().take() {
                drop_after_event(l);
            }
        } else {
            let _ = next.post_message(&JsValue::NULL);
        }
    });
    port1.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    *holder.borrow_mut() = Some(listener);
    let _ = port2.post_message(&JsValue::NULL);
}

/// One slice; true when there is nothing left to do.
fn slice<N: Into<Next>>(step: &mut impl FnMut() -> N, cancelled: &Cell<bool>) -> bool {
    let start = now_ms();
    loop {
        if cancelled.get() {
            return true;
        }
        match step().into() {
            Next::Done => return true,
            Next::Yield => return false,
            Next::More if now_ms() - start >= SLICE_MS => return false,
            Next::More => {}
        }
    }
}

/// Runs `f` in a task of its own after this one (what this task changed is drawn first).
pub fn in_next_task(f: impl FnOnce() + 'static) {
    let (mut first, mut f) = (true, Some(f));
    run_in_slices(
        move || {
            if std::mem::take(&mut first) {
                return Next::Yield;
            }
            if let Some(f) = f.take() {
                f();
            }
            Next::Done
        },
        Rc::new(Cell::new(false)),
    );
}
