//! Monte Carlo with the engine: 1,000 random years per platform, run in small batches so the page
//! stays responsive, with a progress bar and cancel; the distribution of yearly downtime as a chart
//! and a table.

use crate::state::{Shared, PLATFORMS};
use hafen_core::availability::FailureRates;
use hafen_core::montecarlo::{one_year, Distribution};
use hafen_core::Scenario;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`MonteCarlo`].
#[derive(Properties, PartialEq)]
pub struct MonteCarloProps {
    /// The document.
    pub doc: Shared<Scenario>,
    /// Node MTBF [h].
    pub node_mtbf_hours: f64,
    /// Replica MTBF [h].
    pub replica_mtbf_hours: f64,
}

/// Years simulated per platform.
pub const YEARS: u64 = 1_000;
const BATCH: u64 = 50;

#[derive(Clone, PartialEq, Default)]
struct Progress {
    done: u64,
    running: bool,
    cancelled: bool,
    results: Vec<Vec<f64>>,
    /// The inputs the results belong to (document pointer and rates).
    key: Option<(usize, u64, u64)>,
}

fn draw(canvas: web_sys::HtmlCanvasElement, dists: &[Distribution]) -> Option<()> {
    let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let max = dists.iter().filter_map(|d| d.years.last().copied()).fold(1.0f64, f64::max);
    let bins = 30usize;
    let width = max / bins as f64;
    let counts: Vec<Vec<u32>> = dists
        .iter()
        .map(|d| {
            let mut c = vec![0u32; bins];
            for &y in &d.years {
                let i = ((y / width).floor() as usize).min(bins - 1);
                if let Some(x) = c.get_mut(i) {
                    *x += 1;
                }
            }
            c
        })
        .collect();
    let top = counts.iter().flatten().copied().max().unwrap_or(1) as f64 * 1.1;
    let mut chart = ChartBuilder::on(&root)
        .caption("Yearly downtime users see, 1,000 simulated years (minutes)", ("sans-serif", 17))
        .margin(10)
        .x_label_area_size(34)
        .y_label_area_size(54)
        .build_cartesian_2d(0f64..max * 1.02, 0f64..top)
        .ok()?;
    chart.configure_mesh().x_desc("minutes of downtime in the year").y_desc("years").x_label_formatter(&|v| format!("{v:.0}")).y_label_formatter(&|v| format!("{v:.0}")).label_style(("sans-serif", 13)).draw().ok()?;
    let colours = [RGBColor(28, 126, 214), RGBColor(230, 119, 0), RGBColor(95, 61, 196)];
    for ((c, colour), kind) in counts.iter().zip(colours).zip(PLATFORMS) {
        let bars = c.iter().enumerate().filter(|(_, n)| **n > 0).map(move |(i, n)| {
            let x0 = i as f64 * width;
            Rectangle::new([(x0, 0.0), (x0 + width, f64::from(*n))], colour.mix(0.45).filled())
        });
        chart.draw_series(bars).ok()?.label(kind.label()).legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
    }
    chart.configure_series_labels().background_style(WHITE.mix(0.85)).border_style(BLACK).position(SeriesLabelPosition::UpperRight).draw().ok()?;
    root.present().ok()
}

/// The Monte Carlo block.
#[component]
pub fn MonteCarlo(props: &MonteCarloProps) -> Html {
    let progress = use_state(Progress::default);
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    let key = (Rc::as_ptr(&props.doc.0) as usize, props.node_mtbf_hours.to_bits(), props.replica_mtbf_hours.to_bits());
    let stale = progress.key.is_some() && progress.key != Some(key) && !progress.running;
    let start = {
        let progress = progress.clone();
        let cancel = cancel.clone();
        let doc = props.doc.clone();
        let rates = FailureRates { node_mtbf_hours: props.node_mtbf_hours, replica_mtbf_hours: props.replica_mtbf_hours };
        Callback::from(move |_: MouseEvent| {
            if progress.running {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *cancel.borrow_mut() = flag.clone();
            let setter = progress.setter();
            let scenarios: Vec<Scenario> = PLATFORMS.iter().map(|k| doc.on_platform(*k).0).collect();
            let mut p = Progress { done: 0, running: true, cancelled: false, results: vec![Vec::new(); scenarios.len()], key: Some(key) };
            setter.set(p.clone());
            yew::platform::spawn_local(async move {
                while p.done < YEARS {
                    // Let the page paint and take the cancel click between batches.
                    yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
                    if flag.get() {
                        p.cancelled = true;
                        break;
                    }
                    let until = (p.done + BATCH).min(YEARS);
                    for (sc, out) in scenarios.iter().zip(p.results.iter_mut()) {
                        out.extend((p.done..until).filter_map(|seed| one_year(sc, rates, seed)));
                    }
                    p.done = until;
                    setter.set(p.clone());
                }
                p.running = false;
                setter.set(p);
            });
        })
    };
    let stop = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.borrow().set(true))
    };
    let dists: Vec<Distribution> = progress.results.iter().map(|r| Distribution::new(r.clone())).collect();
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let finished = !progress.running && progress.done > 0;
        let dists = dists.clone();
        use_effect_with((finished, progress.done, progress.key), move |_| {
            if finished {
                if let Some(c) = canvas.cast::<web_sys::HtmlCanvasElement>() {
                    let _ = draw(c, &dists);
                }
            }
        });
    }
    let rows = PLATFORMS.iter().zip(dists.iter()).map(|(k, d)| html! {
        <tr data-platform={k.id()}><th scope="row">{k.label()}</th><td>{format!("{:.0} min", d.median())}</td><td>{format!("{:.0} min", d.percentile(95.0))}</td><td>{d.years.len()}</td></tr>
    });
    html! {
        <div class="monte-carlo">
            <h3>{"Monte Carlo: many simulated years"}</h3>
            <p class="note">{"Each year draws node deaths and replica crashes at random from the failure rates above and runs the engine through it (operator repairs after the reaction time)."}</p>
            <div class="inputs">
                <button class="mc-run" onclick={start} disabled={progress.running}>{format!("Simulate {YEARS} years per platform")}</button>
                if progress.running {
                    <button class="mc-cancel" onclick={stop}>{"Cancel"}</button>
                }
                <progress class="mc-progress" max={YEARS.to_string()} value={progress.done.to_string()} aria-label="Monte Carlo progress">{format!("{} of {YEARS}", progress.done)}</progress>
                <span class="mc-status" aria-live="polite">{
                    if progress.running { format!("{} of {YEARS} years…", progress.done) }
                    else if progress.cancelled { format!("cancelled after {} years", progress.done) }
                    else if progress.done > 0 && stale { "done; the diagram or failure rates changed since: run again".to_string() }
                    else if progress.done > 0 { format!("{} years done", progress.done) }
                    else { String::new() }
                }</span>
            </div>
            if progress.done > 0 {
                <table class="mc-table">
                    <caption>{"Yearly downtime users see"}</caption>
                    <thead><tr><th scope="col">{""}</th><th scope="col">{"median"}</th><th scope="col">{"95th percentile"}</th><th scope="col">{"years"}</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            <canvas ref={canvas} class={classes!("chart", "distribution", (progress.running || progress.done == 0).then_some("hidden"))} width="720" height="300" role="img" aria-label="Distribution of yearly downtime per platform; median and 95th percentile are in the table." />
        </div>
    }
}
