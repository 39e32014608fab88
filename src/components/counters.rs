//! Live counters of one platform at the cursor: downtime, failed requests, availability so far.

use crate::state::{Shared, Side};
use hafen_core::SimTime;
use yew::prelude::*;

/// Props of [`Counters`].
#[derive(Properties, PartialEq)]
pub struct CountersProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
}

/// 1234567 → "1,234,567".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The counters row (for the service users call).
#[component]
pub fn Counters(props: &CountersProps) -> Html {
    let side = &props.side;
    let (Ok(run), Some(entry)) = (&side.run, side.entry.or(Some(0))) else { return html! {} };
    let name = side.scenario.topology.services.get(entry).map(|s| s.name.clone()).unwrap_or_default();
    // Users see the worst of the services they reach: the entry service counts its dependencies.
    let c = run.counters_at(entry, props.cursor);
    html! {
        <dl class={classes!("counters", c.down.then_some("down"))} data-downtime-ms={c.downtime.as_millis().to_string()} data-failed={c.failed.to_string()}>
            <div><dt>{"downtime"}</dt><dd>{if c.downtime.as_millis() == 0 { "0 s".to_string() } else { c.downtime.human() }}</dd></div>
            <div><dt>{"failed requests"}</dt><dd>{group(c.failed)}</dd></div>
            <div><dt>{"availability so far"}</dt><dd>{format!("{:.3} %", c.availability * 100.0)}</dd></div>
            <div class="who"><dt>{"for"}</dt><dd>{if c.down { format!("{name} (DOWN now)") } else { name }}</dd></div>
        </dl>
    }
}
