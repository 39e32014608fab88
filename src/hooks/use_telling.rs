//! A story told in the embed, one step at a time (`?embed=1&story=surprises#step=2`, or a
//! document's own story, `#<document>&step=2`): each step staged as the presenter stages it (its
//! application on its platforms, from its start to its end), played at once with `autoplay=1`,
//! the next one after it with `loop=1` (the first again after the last), and any one the host page
//! asks for (`hafen:step`, [`super::use_host`]).

use crate::presenting::Presentation;
use crate::state::{Action, AppState, Panel, Speed, Staged};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Wall-clock time a step's end stays on screen before a loop moves on to the next step [ms]: long
/// enough to read the counters once. A presentation choice, not a platform's timing.
const STEP_PAUSE_MS: i32 = 3_000;

/// The step shown and the round it was staged in (a host asking for the same step again replays
/// it), and whether it plays.
#[derive(Clone, Copy, PartialEq)]
struct Cue {
    at: usize,
    round: u32,
    play: bool,
}

/// The story being told and what the embed needs of it.
#[derive(Clone, PartialEq)]
pub struct Telling {
    /// The story, and where it comes from.
    pub shown: Rc<Presentation>,
    /// The step on screen (index).
    pub at: usize,
    /// The step has played to its end (a question step's answer may then be shown).
    pub played: bool,
    /// Show and play step `n` (index; one the story does not have is ignored).
    pub go: Callback<usize>,
}

/// The story the embed's address names, if it names one: `story=` for a built-in story, or a
/// document's `#…&step=N` for the story it tells; and the step to start at (index).
pub fn named(story: Option<&str>, hash: &str) -> Option<(Rc<Presentation>, usize)> {
    let step = crate::presenting::step_from_hash(hash);
    if story.is_none() && step.is_none() {
        return None;
    }
    let shown = Presentation::from_address(story, hash)?;
    let last = shown.story.steps.len().checked_sub(1)?;
    Some((Rc::new(shown), step.unwrap_or(0).min(last)))
}

/// Tells `told` from step `first` on `state`'s page: `autoplay` plays each step as it comes,
/// `looping` moves on after each. `None` when there is no story to tell (the embed plays its
/// document as before).
#[hook]
pub fn use_telling(told: Option<(Rc<Presentation>, usize)>, autoplay: bool, looping: bool, speed: Option<Speed>, state: &AppState, dispatcher: UseReducerDispatcher<AppState>) -> Option<Telling> {
    let first = told.as_ref().map_or(0, |(_, at)| *at);
    let cue = use_state(|| Cue { at: first, round: 0, play: autoplay });
    // The cue last staged: until the page shows it, what is on screen is the step before's.
    let staged = use_mut_ref(|| None::<Cue>);
    {
        let (told, dispatcher, staged) = (told.clone(), dispatcher.clone(), staged.clone());
        use_effect_with(*cue, move |&cue| {
            if let Some((shown, _)) = told {
                let s = &shown.story.steps[cue.at];
                // As the presenter plays it, or as the address says.
                let speed = speed.unwrap_or_else(|| crate::presenting::step_speed(s));
                dispatcher.dispatch(Action::Present(Rc::new(Staged { scenario: s.staged(), shown: s.shown.clone(), panel: Panel::Platforms, from: s.from, to: s.to, play: cue.play, speed })));
                *staged.borrow_mut() = Some(cue);
            }
        });
    }
    let on_screen = *staged.borrow() == Some(*cue);
    let ended = on_screen && !state.recomputing() && !state.playing && state.cursor >= state.stop();
    // Looping: the next step a moment after this one has played to its end (the first after the
    // last, which the host hears as `hafen:loop`).
    {
        let (cue, steps) = (cue.clone(), told.as_ref().map_or(0, |(s, _)| s.story.steps.len()));
        let moving_on = ended && looping && cue.play && steps > 0;
        use_effect_with((moving_on, *cue), move |&(moving_on, now)| {
            let timer = moving_on.then(|| {
                let next = Closure::once(move || {
                    let at = (now.at + 1) % steps;
                    if at == 0 {
                        super::use_host::post("hafen:loop", None);
                    }
                    cue.set(Cue { at, round: now.round + 1, play: true });
                });
                let id = web_sys::window().and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(next.as_ref().unchecked_ref(), STEP_PAUSE_MS).ok());
                (next, id)
            });
            move || {
                if let Some((_next, Some(id))) = timer {
                    if let Some(w) = web_sys::window() {
                        w.clear_timeout_with_handle(id);
                    }
                }
            }
        });
    }
    let go = {
        let (cue, steps) = (cue.clone(), told.as_ref().map_or(0, |(s, _)| s.story.steps.len()));
        Callback::from(move |at: usize| {
            if at < steps {
                cue.set(Cue { at, round: cue.round + 1, play: true });
            }
        })
    };
    told.map(|(shown, _)| Telling { shown, at: cue.at, played: ended, go })
}
