//! Availability from the diagram: nines, downtime per month and year, the SLA's error budget, and the
//! single points of failure.

use crate::state::{CostSettings, Economics, Shared, PLATFORMS};
use yew::prelude::*;

/// Props of [`AvailabilityPanel`].
#[derive(Properties, PartialEq)]
pub struct AvailabilityPanelProps {
    /// The inputs.
    pub settings: CostSettings,
    /// The figures.
    pub economics: Shared<Economics>,
    /// Change the inputs.
    pub onchange: Callback<CostSettings>,
    /// The document, for the Monte Carlo runs.
    pub doc: Shared<hafen_core::Scenario>,
}

fn minutes(m: f64) -> String {
    if m >= 120.0 {
        return format!("{:.1} h", m / 60.0);
    }
    let secs = (m * 60.0).round() as u64;
    if secs >= 60 {
        format!("{} min {:02} s", secs / 60, secs % 60)
    } else {
        format!("{secs} s")
    }
}

/// The availability section.
#[component]
pub fn AvailabilityPanel(props: &AvailabilityPanelProps) -> Html {
    let s = &props.settings;
    let set = |f: fn(&mut CostSettings, f64)| crate::forms::set_number(s, &props.onchange, f64::MIN_POSITIVE, f);
    let rows = PLATFORMS.iter().zip(props.economics.platforms.iter()).map(|(k, (a, _))| {
        let (budget, used) = a.budget(s.sla);
        let spof: Vec<String> = a.services.iter().filter(|x| x.single_point_of_failure).map(|x| x.name.clone()).collect();
        html! {
            <tr data-platform={k.id()}>
                <th scope="row">{k.label()}</th>
                <td>{format!("{:.4} %", a.availability * 100.0)}</td>
                <td>{format!("{:.1}", a.nines())}</td>
                <td>{minutes(a.month_minutes)}</td>
                <td>{minutes(a.year_minutes)}</td>
                <td class={classes!(if used > 1.0 { "over" } else { "within" })}>{format!("{:.0} % of {}", used * 100.0, minutes(budget))}</td>
                <td class="spof">{if spof.is_empty() { "none".to_string() } else { spof.join(", ") }}</td>
            </tr>
        }
    });
    let mttr = props.economics.platforms.iter().zip(PLATFORMS.iter()).map(|((a, _), k)| {
        html! {
            <li>{format!("{}: {}", k.label(), a.services.iter().map(|x| format!("{} crash {}, node {}", x.name, x.mttr_crash.human(), x.mttr_node.human())).collect::<Vec<_>>().join("; "))}</li>
        }
    });
    html! {
        <section class="economics-part availability-panel" aria-label="Availability">
            <h2>{"What availability it buys"}</h2>
            <div class="inputs">
                <label>{"Node fails every (h) "}<input class="node-mtbf" type="number" min="1" value={s.node_mtbf_hours.to_string()} onchange={set(|n, v| n.node_mtbf_hours = v)} /></label>
                <label>{"A replica crashes every (h) "}<input class="replica-mtbf" type="number" min="1" value={s.replica_mtbf_hours.to_string()} onchange={set(|n, v| n.replica_mtbf_hours = v)} /></label>
                <label>{"SLA target % "}<input class="sla" type="number" min="50" max="99.999" step="0.01" value={s.sla.to_string()} onchange={set(|n, v| n.sla = v.min(99.9999))} /></label>
            </div>
            <p class="note">{"Failure rates are your assumptions. Repair times come from the simulation with the documented defaults (operator reaction included where the platform does not heal). Replicas in parallel: 1 − (1 − a)ⁿ; the entry and what it depends on in series."}</p>
            <table class="availability-table">
                <caption>{"Availability users see (the entry service and its dependencies)"}</caption>
                <thead><tr><th scope="col">{""}</th><th scope="col">{"availability"}</th><th scope="col">{"nines"}</th><th scope="col">{"down / month"}</th><th scope="col">{"down / year"}</th><th scope="col">{"error budget used"}</th><th scope="col">{"single points of failure"}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <details class="sources"><summary>{"Repair times from the simulation"}</summary><ul>{ for mttr }</ul></details>
            <super::monte_carlo::MonteCarlo doc={props.doc.clone()} node_mtbf_hours={s.node_mtbf_hours} replica_mtbf_hours={s.replica_mtbf_hours} />
        </section>
    }
}
