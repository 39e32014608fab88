//! The decision: which platform fits, which migration triggers are met, and the path onwards.

use crate::state::{CostSettings, Economics, Shared};
use yew::prelude::*;

/// Props of [`AdvisorPanel`].
#[derive(Properties, PartialEq)]
pub struct AdvisorPanelProps {
    /// The inputs.
    pub settings: CostSettings,
    /// The figures.
    pub economics: Shared<Economics>,
    /// Change the inputs.
    pub onchange: Callback<CostSettings>,
}

/// The advisor section.
#[component]
pub fn AdvisorPanel(props: &AdvisorPanelProps) -> Html {
    let s = &props.settings;
    let a = &props.economics.advice;
    let sit = props.economics.situation;
    let set = |f: fn(&mut CostSettings, f64)| crate::forms::set_number(s, &props.onchange, 0.0, f);
    let trigger = |t: &hafen_core::advisor::Trigger| html! {
        <li class={classes!(if t.met { "met" } else { "not-met" })}>{format!("{} {} — {}", if t.met { "✔" } else { "✘" }, t.label, t.detail)}</li>
    };
    html! {
        <section class="economics-part advisor-panel" aria-label="Advisor">
            <h2>{"Which platform fits"}</h2>
            <div class="inputs">
                <label>{"Team size "}<input class="team" type="number" min="1" value={s.team.to_string()} onchange={set(|n, v| n.team = v.round() as u32)} /></label>
                <label>{"Deploys a day "}<input class="deploys" type="number" min="0" step="0.5" value={s.deploys_per_day.to_string()} onchange={set(|n, v| n.deploys_per_day = v)} /></label>
                <span class="from-doc">{format!("from the diagram: {} req/s, {} nodes, {} containers; uptime target {} % (above)", sit.rps, sit.nodes, sit.containers, sit.uptime_target)}</span>
            </div>
            <p class="recommendation" data-platform={a.recommendation.id()}>{format!("Recommendation: {}", a.recommendation.label())}</p>
            <ul class="reasons">{ for a.reasons.iter().map(|r| html! { <li>{r.clone()}</li> }) }</ul>
            <div class="triggers">
                <div><h3>{"Stay on Compose while"}</h3><ul>{ for a.stay.iter().map(trigger) }</ul></div>
                <div><h3>{"Consider Kubernetes above"}</h3><ul>{ for a.move_on.iter().map(trigger) }</ul></div>
            </div>
            <h3>{"The path: Compose now → Swarm → Kubernetes"}</h3>
            <ol class="path">
                { for a.path.iter().map(|st| html! {
                    <li><strong>{format!("{} → {}", st.from.label(), st.to.label())}</strong>
                        <ul>{ for st.changes.iter().map(|c| html! { <li>{*c}</li> }) }</ul></li>
                }) }
            </ol>
            <p class="note">{"Triggers from the design documents (prices.md): stay below a team of 3, 100 req/s, 1–2 nodes and tolerated deploy downtime; consider Kubernetes above a team of 3, 1000 req/s, 5 nodes, 20 containers, 10 deploys a day or a 99.9 % SLA."}</p>
        </section>
    }
}
