//! Under a platform's consequences: what an operator types there for each action on the timeline,
//! or that it heals by itself (the Commands tab shows all platforms side by side).

use super::commands_panel::cell;
use hafen_core::commands::{Answer, Row, ORDER};
use hafen_core::say;
use hafen_core::text::fault_on;
use hafen_core::text::Words;
use hafen_core::{PlatformKind, SimTime};
use yew::prelude::*;

/// The folded list of `platform`'s answers to the actions of `timeline` (the document's
/// [`rows`](hafen_core::commands::rows), made once per document by the page). A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn platform_commands(w: &Words, timeline: &[(SimTime, Row)], platform: PlatformKind) -> Html {
    let Some(column) = ORDER.iter().position(|k| *k == platform) else { return html! {} };
    if timeline.is_empty() {
        return html! {};
    }
    let typed = timeline.iter().filter(|(_, r)| matches!(r.answers[column], Answer::Commands(_) | Answer::After(..))).count();
    let summary = match (typed, timeline.len() - typed) {
        (0, healed) => say!(w, "operator-nothing-to-type", healed = healed),
        (t, 0) => say!(w, "operator-commands", typed = t),
        (t, h) => say!(w, "operator-commands-and-healed", typed = t, healed = h),
    };
    html! {
        <details class="platform-commands">
            <summary>{summary}</summary>
            <ol>
                { for timeline.iter().map(|(at, row)| html! {
                    <li><span class="at">{at.clock()}</span>{" "}{fault_on(w, &row.action, platform)}{cell(w, &row.answers[column])}</li>
                }) }
            </ol>
        </details>
    }
}
