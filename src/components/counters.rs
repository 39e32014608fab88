//! Live counters of one platform at the cursor: downtime, requests answered and failed, and the
//! share of the elapsed time the service could answer, in words that cannot be misread.

use crate::state::{Shared, Side};
use hafen_core::text::en::{group, percent, so_far};
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

/// The counters row (for the service users call).
#[component]
pub fn Counters(props: &CountersProps) -> Html {
    let side = &props.side;
    let (Ok(run), Some(entry)) = (&side.run, side.entry.or(Some(0))) else { return html! {} };
    let name = side.scenario.topology.services.get(entry).map(|s| s.name.clone()).unwrap_or_default();
    // Users see the worst of the services they reach: the entry service counts its dependencies.
    let t = props.cursor.min(run.end);
    let c = run.counters_at(entry, t);
    let total = c.served.saturating_add(c.failed);
    let answered = if total == 0 { "no requests yet".to_string() } else { format!("{} answered", percent(c.served as f64 / total as f64)) };
    html! {
        <dl class={classes!("counters", c.down.then_some("down"))} data-downtime-ms={c.downtime.as_millis().to_string()} data-failed={c.failed.to_string()}>
            <div><dt>{"downtime"}</dt><dd>{if c.downtime.as_millis() == 0 { "0 s".to_string() } else { c.downtime.human() }}</dd></div>
            <div><dt>{"failed requests"}</dt><dd>{format!("{} of {}", group(c.failed), group(total))}</dd></div>
            <div class="answered"><dt>{"requests"}</dt><dd>{answered}</dd></div>
            <div class="so-far"><dt>{"time"}</dt><dd>{so_far(&c, t)}</dd></div>
            <div class="who"><dt>{"for"}</dt><dd>{if c.down { format!("{name} (DOWN now)") } else { name }}</dd></div>
        </dl>
    }
}
