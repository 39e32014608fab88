//! What each platform costs per month and over the horizon, with the break-even month.

use crate::state::{Pricing, Economics, Shared};
use hafen_core::availability::AvailabilityEstimate;
use hafen_core::text::en as text;
use hafen_core::costs::{cumulative, price_tables, BreakEven, Figure, PlatformCost, PRICE_DATE};
use web_sys::HtmlSelectElement;
use hafen_core::PlatformKind;
use yew::prelude::*;

/// Props of [`CostPanel`].
#[derive(Properties, PartialEq)]
pub struct CostPanelProps {
    /// The inputs.
    pub settings: Pricing,
    /// The figures.
    pub economics: Shared<Economics>,
    /// The figures are for the document before the last edit, and new ones are being estimated.
    #[prop_or_default]
    pub updating: bool,
    /// Change the inputs.
    pub onchange: Callback<Pricing>,
}


/// The costs section.
#[component]
pub fn CostPanel(props: &CostPanelProps) -> Html {
    let s = &props.settings;
    let eco = &props.economics;
    let rate = s.usd_per_eur;
    let refusal = use_state(|| None::<String>);
    let set = |which: Figure, label: &'static str, f: fn(&mut Pricing, f64)| crate::forms::set_figure(s, &props.onchange, &refusal, which, label, f);
    let onprices = {
        let cb = props.onchange.clone();
        let base = s.clone();
        Callback::from(move |e: Event| {
            let mut n = base.clone();
            n.prices = e.target_dyn_into::<HtmlSelectElement>().map(|x| x.value()).unwrap_or_default();
            cb.emit(n)
        })
    };
    let onrate = {
        let cb = props.onchange.clone();
        let base = s.clone();
        let refusal = refusal.clone();
        Callback::from(move |e: Event| {
            // Empty keeps the currencies apart.
            let rate = match crate::forms::typed(&e) {
                None => Ok(None),
                Some(v) => v.and_then(|v| Figure::UsdPerEur.check(v)).map(Some),
            };
            match rate {
                Ok(r) => {
                    refusal.set(None);
                    cb.emit(Pricing { usd_per_eur: r, ..base.clone() })
                }
                Err(why) => refusal.set(Some(format!("USD per EUR: {why}"))),
            }
        })
    };
    let source = eco.platforms.compose.1.lines.first().map(|l| text::source(&l.source)).unwrap_or_default();
    let row = |label: &str, f: &dyn Fn(&(AvailabilityEstimate, PlatformCost)) -> String| {
        html! {
            <tr><th scope="row">{label.to_string()}</th>{ for eco.platforms.iter().map(|(_, p)| html! { <td>{f(p)}</td> }) }</tr>
        }
    };
    let be = match &eco.break_even {
        BreakEven::FromStart => "Kubernetes costs less than Docker Compose from the first month.".to_string(),
        BreakEven::Month(m) => format!("Kubernetes pays back its higher fixed cost in month {m}: from then on its total cost stays below Docker Compose's."),
        BreakEven::Never { horizon, ever: false } => format!("Kubernetes never pays back for this input: it costs more every month, and less downtime does not make up for it (looked at {horizon} months)."),
        BreakEven::Never { horizon, ever: true } => format!("Kubernetes does not pay back within {horizon} months (it would later: it costs less per month)."),
        BreakEven::NeedsRate => "EUR and USD are mixed: enter a USD per EUR rate to compare totals and find the break-even month.".to_string(),
    };
    let break_month = match eco.break_even {
        BreakEven::Month(m) => Some(m),
        _ => None,
    };
    html! {
        <section class={classes!("economics-part", "cost-panel", props.updating.then_some("updating"))} aria-label="Costs" aria-busy={props.updating.to_string()}>
            <h2>{"What it costs"}</h2>
            { crate::forms::updating_note(props.updating) }
            <div class="inputs">
                <label>{"Prices "}
                    <select class="prices" onchange={onprices}>
                        { for price_tables().iter().map(|t| html! { <option value={t.id} selected={t.id == s.prices}>{t.label}</option> }) }
                    </select>
                </label>
                <label>{"Ops rate EUR/h "}<input class="ops-rate" type="number" min="0" step="5" value={s.ops_rate.to_string()} onchange={set(Figure::OpsRate, "ops rate", |n, v| n.ops_rate = v)} /></label>
                <label>{"Downtime EUR/h "}<input class="downtime-rate" type="number" min="0" step="10" value={s.downtime_per_hour.to_string()} onchange={set(Figure::DowntimeCost, "downtime cost", |n, v| n.downtime_per_hour = v)} /></label>
                <label>{"Months "}<input class="horizon" type="number" min="1" max="36" value={s.horizon.to_string()} onchange={set(Figure::Horizon, "months", |n, v| n.horizon = v.round() as u32)} /></label>
                <label>{"USD per EUR "}<input class="usd-rate" type="number" min="0" step="0.01" placeholder="keep apart" value={s.usd_per_eur.map(|r| r.to_string()).unwrap_or_default()} onchange={onrate} /></label>
            </div>
            { crate::forms::refusal_line(&refusal, "prices") }
            <p class="note">{format!("List prices as of {PRICE_DATE} ({source}). The ops rate and the cost of downtime are your figures; defaults are assumptions.")}</p>
            <table class="cost-table">
                <caption>{"Per month, and in total over the horizon"}</caption>
                <thead><tr><th scope="col">{""}</th>{ for PlatformKind::ALL.iter().map(|k| html! { <th scope="col">{k.label()}</th> }) }</tr></thead>
                <tbody>
                    { row("infrastructure", &|(_, c)| c.infrastructure.show(rate)) }
                    { row("  of which", &|(_, c)| c.lines.iter().map(|l| format!("{}: {}", text::item(&l.item), l.monthly.show(rate))).collect::<Vec<_>>().join("; ")) }
                    { row("not in the price table", &|(_, c)| if c.missing.is_empty() { "—".to_string() } else { c.missing.iter().map(|m| text::missing(*m)).collect::<Vec<_>>().join(", ") }) }
                    { row("ops hours", &|(_, c)| format!("{} h", c.ops_hours)) }
                    { row("people", &|(_, c)| c.people.show(rate)) }
                    { row("expected downtime", &|(a, _)| format!("{:.1} min", a.month_minutes)) }
                    { row("downtime cost", &|(_, c)| c.downtime.show(rate)) }
                    { row("total per month", &|(_, c)| c.monthly.show(rate)) }
                    { row("once: set-up and learning", &|(_, c)| c.one_time.show(rate)) }
                    { row(&format!("total over {} months", s.horizon), &|(_, c)| cumulative(c, s.horizon, rate).map(|v| format!("{v:.0} EUR")).unwrap_or_else(|| "needs a USD rate".into())) }
                </tbody>
            </table>
            <super::cost_chart::CostChart economics={eco.clone()} horizon={s.horizon} usd_per_eur={s.usd_per_eur} />
            <p class={classes!("break-even", break_month.map(|_| "found"))} data-month={break_month.map(|m| m.to_string()).unwrap_or_default()}>{be}</p>
            <details class="sources"><summary>{"Where the people figures come from"}</summary>
                <ul>{ for PlatformKind::ALL.iter().map(|k| html! { <li>{format!("{}: {}", k.label(), text::people_source(*k))}</li> }) }</ul>
            </details>
        </section>
    }
}
