//! The decision: which platform fits the team's situation, which migration triggers are met, and
//! the path onwards. Every input the advisor uses is shown here and can be changed (each change is
//! an edit of the document).

use crate::state::Shared;
use hafen_core::advisor::{Advice, Trigger};
use hafen_core::scenario::Situation;
use hafen_core::text::advice as text;
use hafen_core::text::message::Message;
use hafen_core::{message, say};
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
    let w = crate::i18n::use_words();
    let a = &*props.advice;
    let s = &a.inputs.situation;
    // Why the last value typed here was refused, shown beside the fields until a valid one comes.
    let refusal = use_state(|| None::<Message>);
    // One change handler per field: a copy of the situation with that field set, checked here so a
    // refusal is shown where it was typed.
    let set = |f: fn(&mut Situation, &Event) -> bool| {
        let (base, cb, refusal) = (s.clone(), props.onsituation.clone(), refusal.clone());
        Callback::from(move |e: Event| {
            let mut next = base.clone();
            if !f(&mut next, &e) {
                refusal.set(Some(message!("advisor-not-a-number")));
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
        <li class={classes!(if t.met { "met" } else { "not-met" })}>{say!(w, "advisor-trigger", mark = if t.met { "✔" } else { "✘" }, trigger = text::trigger(&w, t.kind), figure = text::figure(&w, &t.figure))}</li>
    };
    let today = s.today;
    let path_title = match today {
        PlatformKind::Compose => say!(w, "advisor-path-compose"),
        PlatformKind::Swarm => say!(w, "advisor-path-swarm"),
        PlatformKind::Kubernetes => say!(w, "advisor-path-kubernetes"),
    };
    html! {
        <section class="economics-part advisor-panel" aria-label={say!(w, "advisor-aria")}>
            <h2>{say!(w, "advisor-heading")}</h2>
            <p class="note">{say!(w, "advisor-note")}</p>
            <div class="inputs situation">
                <label>{say!(w, "advisor-today")}{" "}
                    <select class="today" onchange={ontoday}>
                        { for PlatformKind::ALL.iter().map(|k| html! { <option value={k.id()} selected={*k == today}>{k.label()}</option> }) }
                    </select>
                </label>
                <label>{say!(w, "advisor-machines")}{" "}<input class="machines" type="number" min="1" value={s.machines.to_string()} disabled={today == PlatformKind::Compose} onchange={onmachines} /></label>
                <label>{say!(w, "advisor-team")}{" "}<input class="team" type="number" min="1" value={s.team.to_string()} onchange={onteam} /></label>
                <label>{say!(w, "advisor-deploys")}{" "}<input class="deploys" type="number" min="0" value={s.deploys_per_day.to_string()} onchange={ondeploys} /></label>
                <label>{say!(w, "advisor-uptime")}{" "}<input class="uptime" type="number" min="50" max="99.999" step="0.01" value={s.uptime_percent().to_string()} onchange={onuptime} /></label>
                <label>{say!(w, "advisor-traffic")}{" "}<input class="traffic" type="number" min="0" value={props.rps_start.to_string()} onchange={ontraffic} /></label>
                <label class="check"><input class="zero-downtime" type="checkbox" checked={s.zero_downtime_deploys} onchange={onzero} />{say!(w, "advisor-zero-downtime")}</label>
                <label class="check"><input class="node-autoscaling" type="checkbox" checked={s.node_autoscaling} onchange={onautoscale} />{say!(w, "advisor-node-autoscaling")}</label>
                <span class="from-doc">{say!(w, "advisor-from-doc", rps = a.inputs.rps, containers = a.inputs.containers, platform = today.label())}</span>
            </div>
            { crate::forms::refusal_line(&w, &refusal, "situation") }
            <p class="recommendation" data-platform={a.recommendation.id()}>{say!(w, "advisor-recommendation", platform = a.recommendation.label())}</p>
            <ul class="reasons">{ for a.reasons.iter().map(|r| html! { <li>{text::reason(&w, r)}</li> }) }</ul>
            { for a.notes.iter().map(|n| html! { <p class="advice-note">{text::note(&w, n)}</p> }) }
            <div class="triggers">
                <div><h3>{say!(w, "advisor-stay")}</h3><ul>{ for a.stay.iter().map(trigger) }</ul></div>
                <div><h3>{say!(w, "advisor-consider")}</h3><ul>{ for a.move_on.iter().map(trigger) }</ul></div>
            </div>
            <h3>{path_title}</h3>
            <ol class="path">
                { for a.path.iter().map(|st| html! {
                    <li><strong>{format!("{} → {}", st.from.label(), st.to.label())}</strong>
                        <ul>{ for text::changes(&w, *st).into_iter().map(|c| html! { <li>{c}</li> }) }</ul></li>
                }) }
            </ol>
            <p class="note">{say!(w, "advisor-triggers-source")}</p>
        </section>
    }
}
