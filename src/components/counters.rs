//! Live counters of one platform at the cursor: downtime, requests answered and failed, and the
//! share of the elapsed time the service could answer, in words that cannot be misread. Headed
//! "So far (at 01:30)" where the consequences below them cover the whole run, and say so. Taken at the
//! clock's whole second, so they read in whole seconds beside it (a cursor paused at 00:43.332
//! shows the counters of 00:43).

use crate::state::{Shared, Side};
use hafen_core::say;
use hafen_core::text::{percent, readable, so_far, Words};
use hafen_core::SimTime;
use yew::prelude::*;

/// What the counters show.
pub struct CountersProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// Headed "So far (at 01:30)": where the consequences of the whole run are shown below them
    /// (not in an embed or the presenter, which show the counters alone beside the clock).
    pub headed: bool,
}

/// The counters row (for the service users call). A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm): its inputs change with every frame anyway.
pub fn counters(w: &Words, props: &CountersProps) -> Html {
    let side = &props.side;
    let (Ok(run), Some(entry)) = (&side.run, side.entry.or(Some(0))) else { return html! {} };
    let name = side.scenario.topology.services.get(entry).map(|s| s.name.clone()).unwrap_or_default();
    // Users see the worst of the services they reach: the entry service counts its dependencies.
    let t = props.cursor.on_clock().min(run.end);
    let c = run.counters_at(entry, t);
    let total = c.served.saturating_add(c.failed);
    let answered = if total == 0 { say!(w, "counters-no-requests") } else { say!(w, "counters-answered", share = percent(w, c.served as f64 / total as f64)) };
    html! {
        <div class="figures-now">
        if props.headed {
            <p class="when">{say!(w, "counters-when", at = t)}</p>
        }
        <dl class={classes!("counters", c.down.then_some("down"))} data-downtime-ms={c.downtime.as_millis().to_string()} data-failed={c.failed.to_string()}>
            <div><dt>{say!(w, "counters-downtime")}</dt><dd>{w.duration(readable(c.downtime))}</dd></div>
            <div><dt>{say!(w, "counters-failed")}</dt><dd>{say!(w, "counters-failed-of", failed = w.count(c.failed), total = w.count(total))}</dd></div>
            <div class="answered"><dt>{say!(w, "counters-requests")}</dt><dd>{answered}</dd></div>
            <div class="so-far"><dt>{say!(w, "counters-time")}</dt><dd>{so_far(w, &c, t)}</dd></div>
            <div class="who"><dt>{say!(w, "counters-for")}</dt><dd>{if c.down { say!(w, "counters-down-now", service = name) } else { name }}</dd></div>
        </dl>
        </div>
    }
}
