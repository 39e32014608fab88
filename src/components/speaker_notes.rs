//! The speaker's notes (`?notes=1&story=…`, or `?notes=1#<document>` for the story a document
//! tells; opened by the presenter's S key in a second window):
//! the step on screen with its notes and narration, the answer its question will reveal, the next
//! step's title and a clock; whether the presenter's screen is blacked out, and when its window has
//! gone (it says so when closed or left; silent for [`SILENT`] it is taken as gone). Follows the
//! presenter over a BroadcastChannel; its own ← and → (and buttons) move the presenter.

use crate::hooks::use_clicker::{use_clicker, Clicker};
use crate::presenting::{self, Channel, Signal};
use hafen_core::story::{answer, builtin, Story};
use hafen_core::say;
use hafen_core::text::story::{outcome as said_outcome, target, title_of, words as step_words};
use std::rc::Rc;
use yew::prelude::*;

/// How long the presenter may stay silent before its window is taken as gone [ms] (the notes ask
/// where it is every other second).
const SILENT: f64 = 5_000.0;

/// Props of [`SpeakerNotes`].
#[derive(Properties, PartialEq)]
pub struct SpeakerNotesProps {
    /// The story the presenter shows (until it says it shows another, built-in one).
    pub story: Rc<Story>,
}

/// The notes window.
#[component]
pub fn SpeakerNotes(props: &SpeakerNotesProps) -> Html {
    let w = crate::i18n::use_words();
    // The story and step the presenter shows, and whether its screen is blacked out.
    let at = use_state(|| (props.story.id.clone(), None::<usize>, false));
    // When the presenter last spoke [ms since the epoch]; 0 once it said it has gone.
    let heard = use_mut_ref(|| 0.0);
    // The clock: time since the notes opened, and the time of day, every second.
    let started = use_state(crate::persist::now);
    let tick = use_state(crate::persist::now);
    {
        let (at, heard, tick) = (at.clone(), heard.clone(), tick.clone());
        use_effect_with((), move |_| {
            let channel = Channel::open(move |s| match s {
                Signal::At(story, i, black) => {
                    *heard.borrow_mut() = crate::persist::now();
                    at.set((story, Some(i), black));
                }
                Signal::Gone => {
                    *heard.borrow_mut() = 0.0;
                    tick.set(crate::persist::now());
                }
                _ => {}
            });
            presenting::announce(&Signal::Where);
            move || drop(channel)
        });
    }
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let interval = every_second(move || {
                let now = crate::persist::now();
                tick.set(now);
                // Every other second: where is the presenter? (Silent too long: it has gone.)
                if ((now / 1000.0) as u64).is_multiple_of(2) {
                    presenting::announce(&Signal::Where);
                }
            });
            move || drop(interval)
        });
    }
    let gone = at.1.is_some() && *tick - *heard.borrow() > SILENT;
    use_clicker(Callback::from(|c: Clicker| match c {
        Clicker::Next => presenting::announce(&Signal::Next),
        Clicker::Prev => presenting::announce(&Signal::Prev),
        _ => {}
    }));
    let elapsed = ((*tick - *started).max(0.0) / 1000.0) as u64;
    let date = web_sys::js_sys::Date::new_0();
    let clock = say!(
        w,
        "notes-clock",
        now = format!("{:02}:{:02}", date.get_hours(), date.get_minutes()),
        since = format!("{:02}:{:02}:{:02}", elapsed / 3600, elapsed / 60 % 60, elapsed % 60)
    );
    let (story_id, step, black) = &*at;
    // Built once per story, not on every tick of the clock.
    let first = props.story.clone();
    let story = use_memo(story_id.clone(), move |id| if *id == first.id { Some(first.clone()) } else { builtin::story(id).map(Rc::new) });
    // What the step's question will show: a built-in step's claim (checked by the tests), or the
    // simulation of a written step.
    let expected = use_memo((story_id.clone(), *step, w.lang()), {
        let (story, w) = (story.clone(), w.clone());
        move |(_, step, _)| {
            let s = story.as_ref().as_ref().and_then(|st| st.steps.get((*step)?))?;
            let q = s.question.as_ref()?;
            let outcome = match s.claims.iter().find(|c| c.platform == q.platform && c.target == q.target) {
                Some(c) => c.outcome,
                None => answer(s).ok().flatten()?,
            };
            Some(say!(w, "notes-expected", target = target(&w, q.platform, &q.target), outcome = said_outcome(&w, outcome)))
        }
    });
    let body = match (story.as_ref(), step) {
        (Some(story), Some(i)) if *i < story.steps.len() => {
            let s = &story.steps[*i];
            let said = step_words(&w, s);
            let next = story.steps.get(i + 1).map_or_else(|| say!(w, "notes-the-end"), |n| step_words(&w, n).title.to_string());
            let expected = (*expected).clone();
            html! {
                <>
                    <h1>{format!("{} / {} · ", i + 1, story.steps.len())}{said.title.to_string()}</h1>
                    <p class="notes-text">{said.notes.to_string()}</p>
                    if s.question.is_some() {
                        <p class="notes-question"><b>{say!(w, "notes-asks")}</b>{" "}{said.question.to_string()}</p>
                    }
                    if let Some(e) = expected { <p class="notes-answer"><b>{say!(w, "notes-will-show")}</b>{" "}{e}</p> }
                    <p class="notes-narration"><b>{say!(w, "notes-on-screen")}</b>{" "}{said.narration.to_string()}</p>
                    if let Some((title, rest)) = &said.after {
                        <p class="notes-after"><b>{say!(w, "notes-after-play")}</b>{" "}<i>{title.to_string()}</i>{" — "}{rest.to_string()}</p>
                    }
                    <p class="notes-next"><b>{say!(w, "notes-next")}</b>{" "}{next}</p>
                </>
            }
        }
        _ => html! { <p>{say!(w, "notes-waiting")}</p> },
    };
    let state = if gone { Some(("gone", say!(w, "notes-gone"))) } else { black.then(|| ("black", say!(w, "notes-blackout"))) };
    html! {
        <div class="speaker-notes">
            <header>
                <p class="notes-story">{story.as_ref().as_ref().map(|s| title_of(&w, s).into_owned()).unwrap_or_default()}</p>
                <p class="notes-clock">{clock}</p>
            </header>
            if let Some((class, said)) = state {
                <p class={classes!("notes-state", class)} role="status">{said}</p>
            }
            { body }
            <footer>
                <button onclick={Callback::from(|_: MouseEvent| presenting::announce(&Signal::Prev))}>{say!(w, "notes-back")}</button>
                <button onclick={Callback::from(|_: MouseEvent| presenting::announce(&Signal::Next))}>{say!(w, "notes-forward")}</button>
            </footer>
        </div>
    }
}

/// A timer that calls its closure every second until dropped.
struct Interval {
    id: i32,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.id);
        }
    }
}

/// Calls `f` every second until the returned timer is dropped.
fn every_second(f: impl FnMut() + 'static) -> Interval {
    use wasm_bindgen::JsCast;
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let id = web_sys::window().and_then(|w| w.set_interval_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), 1000).ok()).unwrap_or(0);
    Interval { id, _callback: callback }
}
