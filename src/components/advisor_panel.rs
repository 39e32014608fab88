//! The decision: which platform fits the team's situation, which migration triggers are met, and
//! the path onwards. Every input the advisor uses is shown here and can be changed (each change is
//! an edit of the document).

use crate::state::Shared;
use hafen_core::advisor::{Advice, Trigger};
use hafen_core::scenario::Situation;
use hafen_core::text::en as text;
use hafen_core::PlatformKind;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`AdvisorPanel`].
#[derive(Properties, PartialEq)]
pub struct AdvisorPanelProps {
    /// The advice, with the inputs it was computed from.
    pub advice: Shared<Advice>,
    /// Requests per second at the start of the scenario (the traffic field edits it).
    pub rps_start: u64,
    /// Change the situation.
    pub onsituation: Callback<Situation>,
    /// Change the traffic at the start [requests/s].
    pub ontraffic: Callback<u64>,
}

/// A whole number typed in the input that fired `e`.
fn whole(e: &Event) -> Option<u64> {
    e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().trim().parse::<u64>().ok())
}

/// The advisor section.
#[component]
pub fn AdvisorPanel(props: &AdvisorPanelProps) -> Html {
    let a = &*props.advice;
    let s = &a.inputs.situation;
    // Why the last value typed here was refused, shown beside the fields until a valid one comes.
    let refusal = use_state(|| None::<String>);
    // One change handler per field: a copy of the situation with that field set, checked here so a
    // refusal is shown where it was typed.
    let set = |f: fn(&mut Situation, &Event) -> bool| {
        let (base, cb, refusal) = (s.clone(), props.onsituation.clone(), refusal.clone());
        Callback::from(move |e: Event| {
            let mut next = base.clone();
            if !f(&mut next, &e) {
                refusal.set(Some("not a number".to_string()));
                return;
            }
            match next.validate() {
                Ok(()) => {
                    refusal.set(None);
                    cb.emit(next)
                }
                Err(why) => refusal.set(Some(why.message)),
            }
        })
    };
    let ontoday = set(|n, e| {
        let Some(v) = e.target_dyn_into::<HtmlSelectElement>().map(|x| x.value()) else { return false };
        n.today = match v.as_str() {
            "compose" => PlatformKind::Compose,
            "swarm" => PlatformKind::Swarm,
            _ => PlatformKind::Kubernetes,
        };
        if n.today == PlatformKind::Compose {
            n.machines = 1;
        }
        true
    });
    let onmachines = set(|n, e| whole(e).and_then(|v| u32::try_from(v).ok()).map(|v| n.machines = v).is_some());
    let onteam = set(|n, e| whole(e).and_then(|v| u32::try_from(v).ok()).map(|v| n.team = v).is_some());
    let ondeploys = set(|n, e| whole(e).and_then(|v| u32::try_from(v).ok()).map(|v| n.deploys_per_day = v).is_some());
    let onuptime = set(|n, e| match crate::forms::number(e, 0.0) {
        Some(v) if v <= 100.0 => {
            n.uptime_target = (v * 1_000.0).round() as u32;
            true
        }
        _ => false,
    });
    let onzero = set(|n, e| e.target_dyn_into::<HtmlInputElement>().map(|i| n.zero_downtime_deploys = i.checked()).is_some());
    let onautoscale = set(|n, e| e.target_dyn_into::<HtmlInputElement>().map(|i| n.node_autoscaling = i.checked()).is_some());
    let ontraffic = {
        let cb = props.ontraffic.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = whole(&e) {
                cb.emit(v)
            }
        })
    };
    let trigger = |t: &Trigger| html! {
        <li class={classes!(if t.met { "met" } else { "not-met" })}>{format!("{} {} — {}", if t.met { "✔" } else { "✘" }, text::trigger(t.kind), text::figure(&t.figure))}</li>
    };
    let today = s.today;
    let path_title = match today {
        PlatformKind::Compose => "The path: Compose now → Swarm → Kubernetes",
        PlatformKind::Swarm => "The path: Swarm now → Kubernetes",
        PlatformKind::Kubernetes => "Already on Kubernetes",
    };
    html! {
        <section class="economics-part advisor-panel" aria-label="Advisor">
            <h2>{"Which platform fits"}</h2>
            <p class="note">{"Your situation today, not the clusters drawn for comparison. Each figure is yours to change."}</p>
            <div class="inputs situation">
                <label>{"Runs today on "}
                    <select class="today" onchange={ontoday}>
                        { for PlatformKind::ALL.iter().map(|k| html! { <option value={k.id()} selected={*k == today}>{k.label()}</option> }) }
                    </select>
                </label>
                <label>{"Machines "}<input class="machines" type="number" min="1" value={s.machines.to_string()} disabled={today == PlatformKind::Compose} onchange={onmachines} /></label>
                <label>{"Team size "}<input class="team" type="number" min="1" value={s.team.to_string()} onchange={onteam} /></label>
                <label>{"Deploys a day "}<input class="deploys" type="number" min="0" value={s.deploys_per_day.to_string()} onchange={ondeploys} /></label>
                <label>{"Uptime target % "}<input class="uptime" type="number" min="50" max="99.999" step="0.01" value={s.uptime_percent().to_string()} onchange={onuptime} /></label>
                <label>{"Traffic at the start, req/s "}<input class="traffic" type="number" min="0" value={props.rps_start.to_string()} onchange={ontraffic} /></label>
                <label class="check"><input class="zero-downtime" type="checkbox" checked={s.zero_downtime_deploys} onchange={onzero} />{"zero-downtime deploys are business-critical"}</label>
                <label class="check"><input class="node-autoscaling" type="checkbox" checked={s.node_autoscaling} onchange={onautoscale} />{"machines must be added and removed automatically"}</label>
                <span class="from-doc">{format!("from the scenario: peak {} req/s, {} containers on {}", a.inputs.rps, a.inputs.containers, today.label())}</span>
            </div>
            if let Some(why) = &*refusal {
                <p class="refusal" role="alert">{format!("Not changed: {why}")}</p>
            }
            <p class="recommendation" data-platform={a.recommendation.id()}>{format!("Recommendation: {}", a.recommendation.label())}</p>
            <ul class="reasons">{ for a.reasons.iter().map(|r| html! { <li>{text::reason(r)}</li> }) }</ul>
            { for a.notes.iter().map(|n| html! { <p class="advice-note">{text::note(n)}</p> }) }
            <div class="triggers">
                <div><h3>{"Stay on Compose while"}</h3><ul>{ for a.stay.iter().map(trigger) }</ul></div>
                <div><h3>{"Consider Kubernetes above"}</h3><ul>{ for a.move_on.iter().map(trigger) }</ul></div>
            </div>
            <h3>{path_title}</h3>
            <ol class="path">
                { for a.path.iter().map(|st| html! {
                    <li><strong>{format!("{} → {}", st.from.label(), st.to.label())}</strong>
                        <ul>{ for text::changes(*st).iter().map(|c| html! { <li>{*c}</li> }) }</ul></li>
                }) }
            </ol>
            <p class="note">{"Triggers from the design documents (prices.md): stay below a team of 3, 100 req/s, 1–2 machines and tolerated deploy downtime; consider Kubernetes above a team of 3, 1000 req/s, 5 machines, 20 containers, 10 deploys a day, a 99.9 % SLA, or when zero-downtime deploys are business-critical."}</p>
        </section>
    }
}
