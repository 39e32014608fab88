//! The decision: which platform fits the team's situation, from the figures the Availability and
//! Costs tabs show (the same engine runs and [`Economics`]), with each platform's reasons, the hard
//! requirements, what a platform would need, the design documents' rules of thumb and the path
//! onwards. Every input the advisor uses is shown here and can be changed (each change is an edit
//! of the document). The advice is derived only while this panel is shown; its sentences are the
//! text layer's (`text::advice`), as `hafen-sim advise` prints them.

use crate::hooks::use_estimates::Estimates;
use crate::state::{Economics, Shared};
use hafen_core::advisor::{Inputs, Trigger};
use hafen_core::document::Pricing;
use hafen_core::scenario::{Scenario, Situation};
use hafen_core::advisor::Advice;
use hafen_core::text::advice as text;
use hafen_core::text::{costs, percent};
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use hafen_core::{message, say};
use hafen_core::PlatformKind;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the advisor section shows and does.
pub struct AdvisorPanelProps {
    /// The document: its situation and what it runs.
    pub doc: Shared<Scenario>,
    /// The engine's runs the Availability and Costs tabs use, once made.
    pub runs: Option<Estimates>,
    /// The figures derived from them (the Availability and Costs tabs').
    pub economics: Option<Shared<Economics>>,
    /// The runs are for the document before the last edit, and new ones are being made.
    pub updating: bool,
    /// The pricing inputs (the totals, the failure rates).
    pub costs: Pricing,
    /// Change the situation.
    pub onsituation: Callback<Situation>,
    /// Change the traffic at the start [requests/s].
    pub ontraffic: Callback<u64>,
    /// Why the last value typed here was refused (the parent's state: it outlives a redraw).
    pub refusal: UseStateHandle<Option<Message>>,
}

/// A whole number typed in the input that fired `e`.
fn whole(e: &Event) -> Option<u64> {
    e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().trim().parse::<u64>().ok())
}

/// The advisor section. A view, not a component of its own (each component type costs the page
/// ~1.2 KB gzipped of wasm): its parent holds the refusal and draws it again only when its inputs
/// change.
pub fn advisor_panel(w: &Words, props: &AdvisorPanelProps) -> Html {
    // The advice, from the runs and figures on screen and the situation.
    let view = props.runs.as_ref().zip(props.economics.as_ref()).map(|(runs, eco)| {
        let mut sc = (*runs.key.doc).clone();
        sc.situation = props.doc.situation.clone();
        hafen_core::economics::advice(&sc, &runs.platforms, eco, &props.costs)
    });
    let inputs = Inputs::of(&props.doc);
    let s = &inputs.situation;
    // Shown beside the fields until a valid value comes.
    let refusal = props.refusal.clone();
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
        <li class={classes!(if t.met { "met" } else { "not-met" })}>{say!(w, "advisor-trigger", mark = if t.met { "✔" } else { "✘" }, trigger = text::trigger(w, t.kind), figure = text::figure(w, &t.figure))}</li>
    };
    let today = s.today;
    let rps = props.doc.traffic.as_ref().map_or(0, |t| t.rps);
    let verdict = match &view {
        Some(a) => verdict(w, a, props.costs.usd_per_eur, props.updating),
        None => html! { <p class="updating-note" aria-live="polite">{say!(w, "app-estimating")}</p> },
    };
    let (stay, move_on) = hafen_core::advisor::rules_of_thumb(&inputs);
    let path_title = match today {
        PlatformKind::Compose => say!(w, "advisor-path-compose"),
        PlatformKind::Swarm => say!(w, "advisor-path-swarm"),
        PlatformKind::Kubernetes => say!(w, "advisor-path-kubernetes"),
    };
    let path = match today {
        PlatformKind::Compose => vec![(PlatformKind::Compose, PlatformKind::Swarm), (PlatformKind::Swarm, PlatformKind::Kubernetes)],
        PlatformKind::Swarm => vec![(PlatformKind::Swarm, PlatformKind::Kubernetes)],
        PlatformKind::Kubernetes => Vec::new(),
    };
    html! {
        <section class={classes!("economics-part", "advisor-panel", props.updating.then_some("updating"))} aria-label={say!(w, "advisor-aria")} aria-busy={props.updating.to_string()}>
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
                <label>{say!(w, "advisor-uptime")}{" "}<input class="uptime" type="text" inputmode="decimal" value={crate::forms::decimal(w, s.uptime_percent())} onchange={onuptime} /></label>
                <label>{say!(w, "advisor-traffic")}{" "}<input class="traffic" type="number" min="0" value={rps.to_string()} onchange={ontraffic} /></label>
                <label class="check"><input class="zero-downtime" type="checkbox" checked={s.zero_downtime_deploys} onchange={onzero} />{say!(w, "advisor-zero-downtime")}</label>
                <label class="check"><input class="node-autoscaling" type="checkbox" checked={s.node_autoscaling} onchange={onautoscale} />{say!(w, "advisor-node-autoscaling")}</label>
                <span class="from-doc">{say!(w, "advisor-from-doc", rps = inputs.rps, containers = inputs.containers, platform = today.label())}</span>
            </div>
            { crate::forms::refusal_line(w, &refusal, "situation") }
            { verdict }
            <h3>{path_title}</h3>
            <ol class="path">
                { for path.into_iter().map(|(from, to)| html! {
                    <li><strong>{format!("{} → {}", from.label(), to.label())}</strong>
                        <ul>{ for text::changes(w, hafen_core::advisor::Step { from, to }).into_iter().map(|c| html! { <li>{c}</li> }) }</ul></li>
                }) }
            </ol>
            <details class="rules">
                <summary>{say!(w, "advisor-rules")}</summary>
                <p class="note">{say!(w, "advisor-rules-note")}</p>
                <div class="triggers">
                    <div><h4>{say!(w, "advisor-stay")}</h4><ul>{ for stay.iter().map(trigger) }</ul></div>
                    <div><h4>{say!(w, "advisor-consider")}</h4><ul>{ for move_on.iter().map(trigger) }</ul></div>
                </div>
                <p class="note">{say!(w, "advisor-triggers-source")}</p>
            </details>
        </section>
    }
}

/// The verdict, the figures it follows, the requirements, each platform's reasons and the notes.
fn verdict(w: &Words, a: &Advice, rate: Option<f64>, updating: bool) -> Html {
    let yes_no = |b: bool| if b { say!(w, "advisor-yes") } else { say!(w, "advisor-no") };
    // The table as text first, then drawn by one loop (each literal element costs the page bytes).
    let head = [
        say!(w, "advisor-col-availability"),
        say!(w, "advisor-col-requests"),
        say!(w, "advisor-col-deploy"),
        say!(w, "advisor-col-monthly"),
        say!(w, "advisor-col-horizon", months = a.horizon),
        say!(w, "advisor-col-target", target = text::target(w, a.target)),
        say!(w, "advisor-col-fails"),
    ];
    const CLASSES: [&str; 7] = ["availability", "requests", "deploy", "monthly", "horizon", "meets", "fails"];
    let rows = PlatformKind::ALL.iter().map(|&k| {
        let p = a.platforms.get(k);
        let fails: Vec<String> = p.excluded_by.iter().map(|r| text::requirement(w, *r)).collect();
        let cells = [
            percent(w, p.availability),
            percent(w, p.request_success),
            w.duration(p.deploy_down),
            costs::money(w, p.monthly, rate),
            text::total(w, p, rate),
            yes_no(p.meets_target),
            if fails.is_empty() { "—".to_string() } else { fails.join(", ") },
        ];
        (k, p.meets_target, cells)
    });
    html! {
        <>
            { crate::forms::updating_note(w, updating) }
            <p class="recommendation" data-platform={a.recommendation().map_or("none", PlatformKind::id)}>{text::recommendation(w, a)}</p>
            <p class="verdict">{text::verdict(w, a, rate)}</p>
            <table class="advisor-figures">
                <caption>{say!(w, "advisor-figures")}</caption>
                <thead><tr><th scope="col">{""}</th>{ for head.into_iter().map(|h| html! { <th scope="col">{h}</th> }) }</tr></thead>
                <tbody>{ for rows.map(|(k, meets, cells)| html! {
                    <tr data-platform={k.id()} class={classes!((a.recommendation() == Some(k)).then_some("recommended"), if meets { "meets-target" } else { "misses-target" })}>
                        <th scope="row">{k.label()}</th>
                        { for cells.into_iter().zip(CLASSES).map(|(c, class)| html! { <td class={class}>{c}</td> }) }
                    </tr>
                }) }</tbody>
            </table>
            if !a.requirements.is_empty() {
                <h3>{say!(w, "advisor-requirements")}</h3>
                <ul class="requirements">{ for a.requirements.iter().map(|r| html! {
                    <li data-requirement={r.requirement.id()}><strong>{text::requirement(w, r.requirement)}</strong>
                        <ul>{ for r.platforms.iter().map(|(k, c)| html! {
                            <li class={if c.satisfied { "met" } else { "not-met" }}>{say!(w, "advisor-requirement-platform", mark = if c.satisfied { "✔" } else { "✘" }, platform = k.label(), why = text::why(w, c.why, &a.entry))}</li>
                        }) }</ul>
                    </li>
                }) }</ul>
            }
            { for a.notes.iter().map(|n| html! { <p class="advice-note">{text::note(w, n)}</p> }) }
            <h3>{say!(w, "advisor-why")}</h3>
            <div class="reasons">{ for PlatformKind::ALL.iter().map(|&k| html! {
                <div class="platform-reasons" data-platform={k.id()}>
                    <h4>{k.label()}</h4>
                    <ul>{ for text::platform_reasons(w, a, k, rate).into_iter().map(|r| html! { <li>{r}</li> }) }</ul>
                </div>
            }) }</div>
        </>
    }
}
