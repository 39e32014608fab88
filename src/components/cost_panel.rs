//! What each platform costs per month and over the horizon, with the break-even month.

use crate::state::{Pricing, Economics, Shared};
use hafen_core::availability::AvailabilityEstimate;
use hafen_core::text::costs as text;
use hafen_core::text::Words;
use hafen_core::text::message::Message;
use hafen_core::{message, say};
use hafen_core::costs::{cumulative, price_tables, BreakEven, Figure, PlatformCost, PRICE_DATE};
use web_sys::HtmlSelectElement;
use hafen_core::PlatformKind;
use yew::prelude::*;

/// What the costs section shows and does.
pub struct CostPanelProps {
    /// The inputs.
    pub settings: Pricing,
    /// The figures.
    pub economics: Shared<Economics>,
    /// The figures are for the document before the last edit, and new ones are being estimated.
    pub updating: bool,
    /// Change the inputs.
    pub onchange: Callback<Pricing>,
    /// Why the last figure typed was refused (the parent's state: it outlives a redraw).
    pub refusal: UseStateHandle<Option<Message>>,
}

/// The costs section. A view, not a component of its own (each component type costs the page
/// ~1.2 KB gzipped of wasm): its parent holds the refusal.
pub fn cost_panel(w: &Words, props: &CostPanelProps) -> Html {
    let s = &props.settings;
    let eco = &props.economics;
    let rate = s.usd_per_eur;
    let refusal = props.refusal.clone();
    let set = |which: Figure, label: Message, f: fn(&mut Pricing, f64)| crate::forms::set_figure(s, &props.onchange, &refusal, which, label, f);
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
                Err(why) => refusal.set(Some(message!("form-field-refused", field = message!("cost-usd-rate-field"), why = why))),
            }
        })
    };
    let source = eco.platforms.compose.1.lines.first().map(|l| text::source(w, &l.source)).unwrap_or_default();
    let row = |label: String, f: &dyn Fn(&(AvailabilityEstimate, PlatformCost)) -> String| {
        html! {
            <tr><th scope="row">{label}</th>{ for eco.platforms.iter().map(|(_, p)| html! { <td>{f(p)}</td> }) }</tr>
        }
    };
    let be = match &eco.break_even {
        BreakEven::FromStart => say!(w, "break-even-from-start"),
        BreakEven::Month(m) => say!(w, "break-even-month", month = m),
        BreakEven::Never { horizon, ever: false } => say!(w, "break-even-never", months = horizon),
        BreakEven::Never { horizon, ever: true } => say!(w, "break-even-later", months = horizon),
        BreakEven::NeedsRate => say!(w, "break-even-needs-rate"),
    };
    let break_month = match eco.break_even {
        BreakEven::Month(m) => Some(m),
        _ => None,
    };
    let money = |m: hafen_core::costs::Money| text::money(w, m, rate);
    html! {
        <section class={classes!("economics-part", "cost-panel", props.updating.then_some("updating"))} aria-label={say!(w, "cost-aria")} aria-busy={props.updating.to_string()}>
            <h2>{say!(w, "cost-heading")}</h2>
            { crate::forms::updating_note(w, props.updating) }
            <div class="inputs">
                <label>{say!(w, "cost-prices")}{" "}
                    <select class="prices" onchange={onprices}>
                        { for price_tables().iter().map(|t| html! { <option value={t.id} selected={t.id == s.prices}>{text::table_label(w, t.id)}</option> }) }
                    </select>
                </label>
                <label>{say!(w, "cost-ops-rate")}{" "}<input class="ops-rate" type="text" inputmode="decimal" value={crate::forms::decimal(w, s.ops_rate)} onchange={set(Figure::OpsRate, message!("cost-ops-rate-field"), |n, v| n.ops_rate = v)} /></label>
                <label>{say!(w, "cost-downtime-rate")}{" "}<input class="downtime-rate" type="text" inputmode="decimal" value={crate::forms::decimal(w, s.downtime_per_hour)} onchange={set(Figure::DowntimeCost, message!("cost-downtime-field"), |n, v| n.downtime_per_hour = v)} /></label>
                <label>{say!(w, "cost-months")}{" "}<input class="horizon" type="number" min="1" max="36" value={s.horizon.to_string()} onchange={set(Figure::Horizon, message!("cost-months-field"), |n, v| n.horizon = v.round() as u32)} /></label>
                <label>{say!(w, "cost-usd-rate")}{" "}<input class="usd-rate" type="text" inputmode="decimal" placeholder={say!(w, "cost-keep-apart")} value={s.usd_per_eur.map(|r| crate::forms::decimal(w, r)).unwrap_or_default()} onchange={onrate} /></label>
            </div>
            { crate::forms::refusal_line(w, &refusal, "prices") }
            <p class="note">{say!(w, "cost-note", date = PRICE_DATE, source = source)}</p>
            <table class="cost-table">
                <caption>{say!(w, "cost-caption")}</caption>
                <thead><tr><th scope="col">{""}</th>{ for PlatformKind::ALL.iter().map(|k| html! { <th scope="col">{k.label()}</th> }) }</tr></thead>
                <tbody>
                    { row(say!(w, "cost-row-infrastructure"), &|(_, c)| money(c.infrastructure)) }
                    { row(say!(w, "cost-row-of-which"), &|(_, c)| c.lines.iter().map(|l| say!(w, "cost-line", item = text::item(w, &l.item), amount = money(l.monthly))).collect::<Vec<_>>().join("; ")) }
                    { row(say!(w, "cost-row-not-priced"), &|(_, c)| if c.missing.is_empty() { "—".to_string() } else { c.missing.iter().map(|m| text::missing(w, *m)).collect::<Vec<_>>().join(", ") }) }
                    { row(say!(w, "cost-row-ops-hours"), &|(_, c)| say!(w, "cost-hours", hours = text::span(w, c.ops_hours))) }
                    { row(say!(w, "cost-row-people"), &|(_, c)| money(c.people)) }
                    { row(say!(w, "cost-row-expected-downtime"), &|(a, _)| hafen_core::text::minutes(w, a.month_minutes)) }
                    { row(say!(w, "cost-row-downtime-cost"), &|(_, c)| money(c.downtime)) }
                    { row(say!(w, "cost-row-total"), &|(_, c)| money(c.monthly)) }
                    { row(say!(w, "cost-row-once"), &|(_, c)| money(c.one_time)) }
                    { row(say!(w, "cost-row-horizon", months = s.horizon), &|(_, c)| cumulative(c, s.horizon, rate).map(|v| w.lang().money(v, 0, "EUR")).unwrap_or_else(|| say!(w, "cost-needs-rate"))) }
                </tbody>
            </table>
            { super::cost_chart::cost_chart(w, eco, s.horizon, s.usd_per_eur) }
            <p class={classes!("break-even", break_month.map(|_| "found"))} data-month={break_month.map(|m| m.to_string()).unwrap_or_default()}>{be}</p>
            <details class="sources"><summary>{say!(w, "cost-people-sources")}</summary>
                <ul>{ for PlatformKind::ALL.iter().map(|k| html! { <li>{say!(w, "cost-line", item = k.label(), amount = text::people_source(w, *k))}</li> }) }</ul>
            </details>
        </section>
    }
}
