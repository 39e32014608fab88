//! Availability from the diagram: nines, downtime per month and year, the SLA's error budget, and the
//! single points of failure.

use crate::state::{Pricing, Economics, Shared, Side};
use hafen_core::costs::Figure;
use hafen_core::scenario::Situation;
use crate::i18n::use_words;
use hafen_core::text::message::Message;
use hafen_core::{message, say};
use hafen_core::text::minutes;
use hafen_core::text::percent;
use yew::prelude::*;

/// Props of [`AvailabilityPanel`].
#[derive(Properties, PartialEq)]
pub struct AvailabilityPanelProps {
    /// The inputs.
    pub settings: Pricing,
    /// The figures.
    pub economics: Shared<Economics>,
    /// The figures are for the document before the last edit, and new ones are being estimated.
    #[prop_or_default]
    pub updating: bool,
    /// Change the inputs.
    pub onchange: Callback<Pricing>,
    /// The document, for the Monte Carlo runs and the uptime target.
    pub doc: Shared<hafen_core::Scenario>,
    /// The simulated platforms on screen, for what this scenario did.
    pub sides: Vec<Shared<Side>>,
    /// Change the situation (the uptime target is part of it).
    pub onsituation: Callback<Situation>,
}

/// The availability section.
#[component]
pub fn AvailabilityPanel(props: &AvailabilityPanelProps) -> Html {
    let w = use_words();
    let s = &props.settings;
    let rates_refusal = use_state(|| None::<Message>);
    let set = |label: Message, f: fn(&mut Pricing, f64)| crate::forms::set_figure(s, &props.onchange, &rates_refusal, Figure::Mtbf, label, f);
    let situation = &props.doc.situation;
    let sla = situation.uptime_percent();
    let refusal = use_state(|| None::<Message>);
    let onsla = {
        let (base, cb, refusal) = (situation.clone(), props.onsituation.clone(), refusal.clone());
        Callback::from(move |e: Event| {
            let next = crate::forms::number(&e, 0.0).filter(|v| *v <= 100.0).map(|v| Situation { uptime_target: (v * 1_000.0).round() as u32, ..base.clone() });
            match next.map(|n| n.validate().map(|()| n)) {
                Some(Ok(n)) => {
                    refusal.set(None);
                    cb.emit(n)
                }
                Some(Err(why)) => refusal.set(Some(why.message)),
                None => refusal.set(Some(message!("availability-target-refused"))),
            }
        })
    };
    // What the scenario on screen did, per shown platform: both kinds of availability.
    let simulated = props.sides.iter().filter_map(|side| {
        let run = side.run.as_ref().ok()?;
        let entry = side.entry.unwrap_or(0);
        let r = run.services.get(entry)?;
        let duration = run.end.since(hafen_core::SimTime::ZERO);
        let answered = r.request_success().map_or_else(|| say!(w, "availability-no-traffic"), |v| percent(&w, v));
        Some(html! {
            <tr data-platform={side.platform.id()}>
                <th scope="row">{side.platform.label()}</th>
                <td class="time-up">{percent(&w, r.availability(duration))}</td>
                <td>{w.duration(hafen_core::text::readable(r.downtime))}</td>
                <td class="answered">{answered}</td>
                <td class="failed">{w.count(r.failed_requests)}</td>
            </tr>
        })
    });
    let rows = props.economics.platforms.iter().map(|(k, (a, _))| {
        let (budget, used) = a.budget(sla);
        let spof: Vec<String> = a.services.iter().filter(|x| x.single_point_of_failure).map(|x| x.name.clone()).collect();
        html! {
            <tr data-platform={k.id()}>
                <th scope="row">{k.label()}</th>
                <td class="availability">{percent(&w, a.availability)}</td>
                <td class="requests">{percent(&w, a.request_success)}</td>
                <td>{w.number(a.nines(), 1)}</td>
                <td>{minutes(&w, a.month_minutes)}</td>
                <td>{minutes(&w, a.year_minutes)}</td>
                <td class={classes!(if used > 1.0 { "over" } else { "within" })}>{say!(w, "availability-budget-used", share = w.number(used * 100.0, 0), budget = minutes(&w, budget))}</td>
                <td class="deploy">{w.duration(a.deploy.down)}</td>
                <td class="spof">{if spof.is_empty() { say!(w, "availability-no-spof") } else { spof.join(", ") }}</td>
            </tr>
        }
    });
    // What the diagrams' SPOF badge and this column mean.
    let entry = props.doc.topology.services.get(hafen_core::availability::entry_index(&props.doc)).map(|x| x.name.as_str()).unwrap_or_default();
    let spof_title = say!(w, "spof-title", entry = entry);
    let mttr = props.economics.platforms.iter().map(|(k, (a, _))| {
        html! {
            <li>{say!(w, "cost-line", item = k.label(), amount = a.services.iter().map(|x| say!(w, "availability-repair", service = &x.name, crash = x.mttr_crash, hang = x.mttr_hang, node = x.mttr_node)).collect::<Vec<_>>().join("; "))}</li>
        }
    });
    html! {
        <section class={classes!("economics-part", "availability-panel", props.updating.then_some("updating"))} aria-label={say!(w, "availability-aria")} aria-busy={props.updating.to_string()}>
            <h2>{say!(w, "availability-heading")}</h2>
            { crate::forms::updating_note(&w, props.updating) }
            <div class="inputs">
                <label>{say!(w, "availability-node-mtbf")}{" "}<input class="node-mtbf" type="text" inputmode="decimal" value={crate::forms::decimal(&w, s.node_mtbf_hours)} onchange={set(message!("availability-node-mtbf-field"), |n, v| n.node_mtbf_hours = v)} /></label>
                <label>{say!(w, "availability-replica-mtbf")}{" "}<input class="replica-mtbf" type="text" inputmode="decimal" value={crate::forms::decimal(&w, s.replica_mtbf_hours)} onchange={set(message!("availability-replica-mtbf-field"), |n, v| n.replica_mtbf_hours = v)} /></label>
                <label>{say!(w, "availability-hang-mtbf")}{" "}<input class="hang-mtbf" type="text" inputmode="decimal" value={crate::forms::decimal(&w, s.hang_mtbf_hours)} onchange={set(message!("availability-hang-mtbf-field"), |n, v| n.hang_mtbf_hours = v)} /></label>
                <label>{say!(w, "availability-target")}{" "}<input class="sla" type="text" inputmode="decimal" value={crate::forms::decimal(&w, sla)} onchange={onsla} /></label>
            </div>
            { crate::forms::refusal_line(&w, &refusal, "uptime") }
            { crate::forms::refusal_line(&w, &rates_refusal, "rates") }
            <table class="simulated-table">
                <caption>{match props.doc.traffic.as_ref() {
                    Some(t) => say!(w, "availability-simulated", entry = &t.entry),
                    None => say!(w, "availability-simulated-first"),
                }}</caption>
                <thead><tr><th scope="col">{""}</th><th scope="col">{say!(w, "availability-time-up")}</th><th scope="col">{say!(w, "availability-downtime")}</th><th scope="col">{say!(w, "availability-requests-answered")}</th><th scope="col">{say!(w, "availability-failed-requests")}</th></tr></thead>
                <tbody>{ for simulated }</tbody>
            </table>
            <p class="note">{say!(w, "availability-note-kinds")}</p>
            <p class="note">{say!(w, "availability-note-rates")}</p>
            <table class="availability-table">
                <caption>{say!(w, "availability-estimated")}</caption>
                <thead><tr><th scope="col">{""}</th><th scope="col">{say!(w, "availability-availability")}</th><th scope="col">{say!(w, "availability-requests-estimated")}</th><th scope="col">{say!(w, "availability-nines")}</th><th scope="col">{say!(w, "availability-down-month")}</th><th scope="col">{say!(w, "availability-down-year")}</th><th scope="col">{say!(w, "availability-budget")}</th><th scope="col">{say!(w, "availability-deploy")}</th><th scope="col" title={spof_title}>{say!(w, "availability-spof")}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if props.economics.platforms.iter().any(|(_, (a, _))| a.services.iter().any(|x| x.data_left_behind)) {
                <p class="note data-left-behind">{say!(w, "availability-note-data-left-behind", operator = props.doc.timings.operator_reaction)}</p>
            }
            <details class="sources"><summary>{say!(w, "availability-repair-times")}</summary><ul>{ for mttr }</ul></details>
            <super::monte_carlo::MonteCarlo doc={props.doc.clone()} rates={s.rates()}
                deploys={hafen_core::PlatformKind::ALL.map(|k| hafen_core::montecarlo::deploy_minutes_per_year(&props.economics.platforms.get(k).0.deploy))} />
        </section>
    }
}
