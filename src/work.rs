//! Work that would block the page, done in slices: a job advances a bounded number of engine events
//! per call, and the driver calls it until a slice's time is used up, then lets the browser paint
//! and handle input before the next slice. No slice runs longer than one job call past
//! [`SLICE_MS`], so no interaction waits more than a few milliseconds behind a simulation.

use std::cell::Cell;
use std::rc::Rc;

/// Time a slice may use before the browser gets the thread back [ms] (a 60 Hz frame is 16.7 ms).
pub const SLICE_MS: f64 = 8.0;

/// Engine events one job call handles: about 1–3 ms of work on the Large cluster in wasm.
pub const EVENTS_PER_CALL: u64 = 400;

/// Milliseconds since the page started (performance.now()); 0 outside a browser.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Runs `step` (true when the work is done) in slices of [`SLICE_MS`] until it is done or
/// `cancelled` is set; the first slice runs at once. `step` must do a bounded amount of work.
pub fn run_in_slices(mut step: impl FnMut() -> bool + 'static, cancelled: Rc<Cell<bool>>) {
    if slice(&mut step, &cancelled) {
        return;
    }
    yew::platform::spawn_local(async move {
        loop {
            // Let the page paint and handle input between slices.
            yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
            if slice(&mut step, &cancelled) {
                return;
            }
        }
    });
}

/// One slice; true when there is nothing left to do.
fn slice(step: &mut impl FnMut() -> bool, cancelled: &Cell<bool>) -> bool {
    let start = now_ms();
    loop {
        if cancelled.get() || step() {
            return true;
        }
        if now_ms() - start >= SLICE_MS {
            return false;
        }
    }
}
