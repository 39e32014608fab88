//! Two SVG charts: cumulative cost per platform with the break-even month, and the monthly cost
//! breakdown. The same figures are in the cost table beside them, for screen readers.

use crate::chart::{axes, bar, legend, nice_ticks, Frame};
use crate::state::Economics;
use hafen_core::costs::{cumulative, BreakEven, Money};
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::PlatformKind;
use yew::prelude::*;

fn cumulative_chart(w: &Words, eco: &Economics, horizon: u32, rate: Option<f64>) -> Html {
    let series: Vec<(PlatformKind, Vec<(u32, f64)>)> = eco.platforms.iter().map(|(kind, (_, c))| (kind, (0..=horizon).filter_map(|m| cumulative(c, m, rate).map(|v| (m, v))).collect())).collect();
    let ticks = nice_ticks(series.iter().flat_map(|s| &s.1).map(|p| p.1).fold(1.0, f64::max), 5);
    let f = Frame::new(600.0, 320.0, f64::from(horizon.max(1)), ticks.last().copied().unwrap_or(1.0));
    let months: Vec<(f64, String)> = nice_ticks(f64::from(horizon.max(1)), 6).into_iter().filter(|m| *m <= f64::from(horizon)).map(|m| (m, format!("{m:.0}"))).collect();
    let lines = series.iter().map(|(kind, points)| {
        let d: Vec<String> = points.iter().map(|&(m, v)| format!("{:.1},{:.1}", f.x(f64::from(m)), f.y(v))).collect();
        html! { <polyline class={classes!("series", kind.id())} points={d.join(" ")} /> }
    });
    let break_even = match eco.break_even {
        BreakEven::Month(m) => {
            let x = f.x(f64::from(m));
            html! {
                <g class="break-even-mark">
                    <line x1={x.to_string()} x2={x.to_string()} y1={f.top.to_string()} y2={f.base().to_string()} />
                    <text x={(x + 4.0).to_string()} y={(f.top + 14.0).to_string()}>{say!(w, "chart-break-even", month = m)}</text>
                </g>
            }
        }
        _ => html! {},
    };
    let keys: Vec<(&'static str, String)> = PlatformKind::ALL.iter().map(|k| (k.id(), k.label().to_string())).collect();
    html! {
        <svg class="chart cumulative" viewBox="0 0 600 320" role="img" aria-label={say!(w, "chart-cumulative-aria")}>
            { axes(w, &f, &say!(w, "chart-cumulative-title"), &months, &ticks, &say!(w, "chart-month"), "EUR") }
            { legend(&f, &keys) }
            { for lines }
            { break_even }
        </svg>
    }
}

fn breakdown_chart(w: &Words, eco: &Economics, rate: Option<f64>) -> Html {
    let v = |m: Money| m.in_eur(rate).map_or(0.0, |s| s.mid());
    let parts: Vec<(PlatformKind, [f64; 3])> = eco.platforms.iter().map(|(kind, (_, c))| (kind, [v(c.infrastructure), v(c.people), v(c.downtime)])).collect();
    let ticks = nice_ticks(parts.iter().map(|p| p.1.iter().sum::<f64>()).fold(1.0, f64::max), 5);
    let f = Frame::new(600.0, 320.0, parts.len() as f64, ticks.last().copied().unwrap_or(1.0));
    let names: [&'static str; 3] = ["infrastructure", "people", "downtime"];
    let labels: Vec<(f64, String)> = parts.iter().enumerate().map(|(i, (k, _))| (i as f64 + 0.5, k.label().to_string())).collect();
    let bars = parts.iter().enumerate().flat_map(|(i, (_, p))| {
        let mut base = 0.0;
        p.iter().zip(names).map(move |(&value, name)| {
            let from = base;
            base += value;
            bar(&f, (i as f64 + 0.2, i as f64 + 0.8), (from, base), name.into())
        })
    });
    let keys: Vec<(&'static str, String)> = vec![
        (names[0], say!(w, "chart-infrastructure")),
        (names[1], say!(w, "chart-people")),
        (names[2], say!(w, "chart-downtime")),
    ];
    html! {
        <svg class="chart breakdown" viewBox="0 0 600 320" role="img" aria-label={say!(w, "chart-breakdown-aria")}>
            { axes(w, &f, &say!(w, "chart-breakdown-title"), &labels, &ticks, "", "EUR") }
            { legend(&f, &keys) }
            { for bars }
        </svg>
    }
}

/// The two charts over `horizon` months. A view of the cost panel, not a component of its own
/// (each component type costs the page ~4.5 KB of wasm): the panel draws it only when its figures
/// change.
pub fn cost_chart(w: &Words, eco: &Economics, horizon: u32, usd_per_eur: Option<f64>) -> Html {
    if matches!(eco.break_even, BreakEven::NeedsRate) {
        return html! { <div class="charts"><p class="note">{say!(w, "chart-needs-rate")}</p></div> };
    }
    html! {
        <div class="charts">
            <figure>{ cumulative_chart(w, eco, horizon, usd_per_eur) }</figure>
            <figure>{ breakdown_chart(w, eco, usd_per_eur) }</figure>
        </div>
    }
}
