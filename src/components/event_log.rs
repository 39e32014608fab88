//! The trace in plain words, up to the cursor, with the latest entry announced to screen readers.

use super::glossed::marked;
use crate::state::{Shared, Side};
use crate::i18n::use_words;
use hafen_core::say;
use hafen_core::text::cause;
use hafen_core::SimTime;
use yew::prelude::*;

/// Props of [`EventLog`].
#[derive(Properties, PartialEq)]
pub struct EventLogProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// How many trace entries have happened at the cursor.
    pub upto: usize,
    /// Jump the cursor to an entry's time.
    pub onseek: Callback<SimTime>,
}

/// Entries listed: the box shows about ten at a time, and a seek rebuilds all of them on each
/// platform shown (100 cost the Large cluster ~10 ms per seek).
const SHOWN: usize = 50;
/// Entries a phone lists before its "Show all" button (the stylesheet hides the others).
const PHONE_SHOWN: usize = 5;

/// The log.
#[component]
pub fn EventLog(props: &EventLogProps) -> Html {
    let w = use_words();
    let glossary = crate::i18n::use_glossary();
    let Ok(run) = &props.side.run else { return html! {} };
    let past = run.trace.get(..props.upto).unwrap_or(&[]);
    let next = run.trace.get(props.upto);
    let latest = past.last().map(|e| say!(w, "log-latest", platform = props.side.platform.label(), at = e.t, cause = cause(&w, &e.cause))).unwrap_or_default();
    // Newest first, the last [`SHOWN`] (a long run's log is in the JSON report). Keyed by the
    // entry's place in the trace: playing on adds one item and drops one instead of rewriting all.
    // Each glossary term explained once, in the newest entry that names it.
    let mut seen = Vec::new();
    let items: Vec<Html> = past.iter().enumerate().rev().take(SHOWN).map(|(i, e)| {
        let t = e.t;
        let onclick = props.onseek.reform(move |_: MouseEvent| t);
        html! {
            <li key={i} class={classes!("event", e.kind.id())}>
                <button class="at" {onclick} title={say!(w, "log-seek")}>{e.t.clock()}</button>
                <span class="cause">{marked(&w, &glossary, &cause(&w, &e.cause), &mut seen)}</span>
            </li>
        }
    }).collect();
    html! {
        <div class="event-log">
            <p class="live" aria-live="polite" aria-atomic="true">{latest}</p>
            <details open=true>
                <summary>{match next {
                    Some(e) => say!(w, "log-summary-next", past = past.len(), all = run.trace.len(), next = e.t),
                    None => say!(w, "log-summary", past = past.len(), all = run.trace.len()),
                }}</summary>
                <ol>
                    { for items }
                    if past.len() > SHOWN {
                        <li class="earlier">{say!(w, "log-earlier", count = past.len() - SHOWN)}</li>
                    }
                </ol>
                // On a phone the log grows with the page instead of scrolling inside it: the newest
                // few entries, then this switch shows the rest (the stylesheet's doing).
                if past.len() > PHONE_SHOWN {
                    <label class="show-all"><input type="checkbox" />{say!(w, "log-show-all", count = past.len().min(SHOWN))}</label>
                }
            </details>
        </div>
    }
}
