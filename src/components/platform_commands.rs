//! Under a platform's consequences: what an operator types there for each action on the timeline,
//! or that it heals by itself (the Commands tab shows all platforms side by side).

use super::commands_panel::cell;
use hafen_core::commands::{rows, Answer, ORDER};
use hafen_core::say;
use hafen_core::text::fault_on;
use hafen_core::{PlatformKind, Scenario};
use yew::prelude::*;

/// Props of [`PlatformCommands`].
#[derive(Properties, PartialEq)]
pub struct PlatformCommandsProps {
    /// The scenario on this platform.
    pub scenario: crate::state::Shared<Scenario>,
    /// The platform.
    pub platform: PlatformKind,
}

/// The folded list.
#[component]
pub fn PlatformCommands(props: &PlatformCommandsProps) -> Html {
    let w = crate::i18n::use_words();
    let timeline = use_memo(props.scenario.clone(), |sc| rows(sc));
    let Some(column) = ORDER.iter().position(|k| *k == props.platform) else { return html! {} };
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
                    <li><span class="at">{at.clock()}</span>{" "}{fault_on(&w, &row.action, props.platform)}{cell(&w, &row.answers[column])}</li>
                }) }
            </ol>
        </details>
    }
}
