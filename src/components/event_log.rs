//! The trace in plain words; entries after the cursor are shown as still to come.

use crate::state::{Shared, Side};
use hafen_core::SimTime;
use yew::prelude::*;

/// Props of [`EventLog`].
#[derive(Properties, PartialEq)]
pub struct EventLogProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// Jump the cursor to an entry's time.
    pub onseek: Callback<SimTime>,
}

/// The log.
#[component]
pub fn EventLog(props: &EventLogProps) -> Html {
    let Ok(run) = &props.side.run else { return html! {} };
    if run.trace.is_empty() {
        return html! {};
    }
    let items = run.trace.iter().map(|e| {
        let t = e.t;
        let onclick = props.onseek.reform(move |_: MouseEvent| t);
        let future = e.t > props.cursor;
        html! {
            <li class={classes!("event", e.kind, future.then_some("future"))}>
                <button class="at" {onclick} title="show the diagram at this moment">{e.t.clock()}</button>
                <span class="cause">{e.cause.clone()}</span>
            </li>
        }
    });
    html! {
        <details class="event-log" open=true>
            <summary>{format!("What happens, step by step ({} events)", run.trace.len())}</summary>
            <ol>{ for items }</ol>
        </details>
    }
}
