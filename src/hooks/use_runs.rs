//! The runs of the platforms shown, made after each change of the document or of the platforms
//! shown in slices between frames, never inside the reducer: the edit shows at once (the inspector,
//! the graph), each platform's diagram follows as its run is made — one platform per task, so no
//! task draws more than one diagram anew — and a change meanwhile cancels the work for the old
//! document. A platform whose scenario did not change keeps its run.

use crate::state::{Action, AppState, Shared, Side};
use crate::work::{in_next_task, run_in_slices, Next, EVENTS_PER_CALL};
use hafen_core::{PlatformKind, Scenario, Stepper};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// One platform's run being made.
struct Job {
    /// Where its side goes in the order of the platforms shown.
    at: usize,
    platform: PlatformKind,
    scenario: Scenario,
    stepper: Stepper,
}

/// Makes the runs `state` wants ([`AppState::runs_needed`]) and hands each to the reducer as it is
/// made ([`Action::Simulated`]).
#[hook]
pub fn use_runs(state: &UseReducerHandle<AppState>) {
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    let wanted = state.recomputing().then(|| state.runs_wanted());
    let state = state.clone();
    use_effect_with(wanted, move |wanted| {
        let flag = Rc::new(Cell::new(false));
        cancel.borrow().set(true);
        *cancel.borrow_mut() = flag.clone();
        if wanted.is_some() {
            let needed = state.runs_needed();
            let dispatcher = state.dispatcher();
            let mut jobs: Vec<Job> = Vec::new();
            // What each platform shows meanwhile: its new run once made, else its earlier one.
            let mut sides: Vec<Option<Shared<Side>>> = Vec::with_capacity(needed.sides.len());
            for (at, side) in needed.sides.into_iter().enumerate() {
                sides.push(match side {
                    Ok(made) => Some(made),
                    Err((platform, scenario)) => match Stepper::new(scenario.clone()) {
                        Ok(stepper) => {
                            jobs.push(Job { at, platform, scenario, stepper });
                            state.side(platform).cloned()
                        }
                        Err(e) => Some(Side::of_run(platform, scenario, Err(e.said()))),
                    },
                });
            }
            // Made in the order shown.
            jobs.reverse();
            let wanted = needed.wanted;
            // Begun in a task after the edit's: the edit is drawn first.
            let cancelled = flag.clone();
            in_next_task(move || run_in_slices(
                move || {
                    if let Some(job) = jobs.last_mut() {
                        if !job.stepper.advance(EVENTS_PER_CALL) {
                            return Next::More;
                        }
                        if let Some(Job { at, platform, scenario, stepper }) = jobs.pop() {
                            sides[at] = Some(Side::of_run(platform, scenario, Ok(stepper.finish())));
                        }
                    }
                    // Handed on, and the next run begun in a task of its own: a task draws at
                    // most one diagram anew.
                    let all = jobs.is_empty();
                    dispatcher.dispatch(Action::Simulated(wanted, Rc::new(sides.iter().flatten().cloned().collect()), all));
                    if all { Next::Done } else { Next::Yield }
                },
                cancelled,
            ));
        }
        move || flag.set(true)
    });
}
