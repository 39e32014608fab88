//! Monte Carlo with the engine: 1,000 random years per platform, run in small batches so the page
//! stays responsive, with a progress bar and cancel; the distribution of yearly downtime as a chart
//! and a table.

use crate::state::Shared;
use hafen_core::availability::FailureRates;
use hafen_core::montecarlo::{years_to_simulate, Distribution, YearRun};
use hafen_core::text::message::Message;
use hafen_core::say;
use hafen_core::Scenario;
use crate::chart::{axes, bar, legend, nice_ticks, tick_label, Frame};
use std::cell::Cell;
use std::rc::Rc;
use hafen_core::PlatformKind;
use yew::prelude::*;

/// Props of [`MonteCarlo`].
#[derive(Properties, PartialEq)]
pub struct MonteCarloProps {
    /// The document.
    pub doc: Shared<Scenario>,
    /// The failure rates (node, replica crash and hang MTBF).
    pub rates: FailureRates,
    /// What a year of the situation's deploys costs each platform [min] (the estimate's simulated
    /// deploy), in [`PlatformKind::ALL`] order: added to every simulated year.
    pub deploys: [f64; 3],
}

/// Years simulated per platform.
pub const YEARS: u64 = 1_000;
/// Years between two progress updates.
const BATCH: u64 = 25;

#[derive(Clone, PartialEq, Default)]
struct Progress {
    /// Years to simulate per platform: [`YEARS`], or fewer when the rates would draw too many failures.
    years: u64,
    /// Why it cannot run at these rates.
    refused: Option<Message>,
    done: u64,
    running: bool,
    cancelled: bool,
    results: Vec<Vec<f64>>,
    /// The inputs the results belong to (document pointer and rates).
    key: Option<(usize, u64, u64, u64)>,
}

/// Histogram of yearly downtime per platform, 30 bins, bars of the three platforms overlaid.
fn histogram(w: &hafen_core::text::Words, dists: &[Distribution]) -> Html {
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
    let ticks = nice_ticks(f64::from(counts.iter().flatten().copied().max().unwrap_or(1)), 4);
    let f = Frame::new(720.0, 300.0, max * 1.02, ticks.last().copied().unwrap_or(1.0));
    let minutes: Vec<(f64, String)> = nice_ticks(max, 6).into_iter().filter(|m| *m <= max * 1.02).map(|m| (m, tick_label(w, m))).collect();
    let bars = counts.iter().zip(PlatformKind::ALL).flat_map(|(c, kind)| {
        c.iter().enumerate().filter(|(_, n)| **n > 0).map(move |(i, n)| bar(&f, (i as f64 * width, (i + 1) as f64 * width), (0.0, f64::from(*n)), kind.id().into()))
    });
    let keys: Vec<(&'static str, String)> = PlatformKind::ALL.iter().map(|k| (k.id(), k.label().to_string())).collect();
    html! {
        <svg class="chart distribution" viewBox="0 0 720 300" role="img" aria-label={hafen_core::say!(w, "chart-distribution-aria")}>
            { axes(w, &f, &hafen_core::say!(w, "chart-distribution-title"), &minutes, &ticks, &hafen_core::say!(w, "chart-distribution-x"), &hafen_core::say!(w, "chart-distribution-y")) }
            { legend(&f, &keys) }
            { for bars }
        </svg>
    }
}

/// The Monte Carlo block.
#[component]
pub fn MonteCarlo(props: &MonteCarloProps) -> Html {
    let words = crate::i18n::use_words();
    let progress = use_state(Progress::default);
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    let r = props.rates;
    let key = (Rc::as_ptr(&props.doc.0) as usize, r.node_mtbf_hours.to_bits(), r.replica_mtbf_hours.to_bits(), r.hang_mtbf_hours.to_bits());
    let deploys = props.deploys;
    let stale = progress.key.is_some() && progress.key != Some(key) && !progress.running;
    let start = {
        let progress = progress.clone();
        let cancel = cancel.clone();
        let doc = props.doc.clone();
        let rates = props.rates;
        Callback::from(move |_: MouseEvent| {
            if progress.running {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *cancel.borrow_mut() = flag.clone();
            let setter = progress.setter();
            let scenarios: Vec<Scenario> = PlatformKind::ALL.iter().map(|k| doc.on_platform(*k).0).collect();
            // Bounded before it starts: refused at rates no year can simulate, fewer years when many.
            let years = scenarios.iter().map(|sc| years_to_simulate(sc, rates, YEARS)).collect::<Result<Vec<u64>, Message>>().map(|y| y.into_iter().min().unwrap_or(YEARS));
            let years = match years {
                Ok(y) => y,
                Err(why) => {
                    setter.set(Progress { refused: Some(why), key: Some(key), ..Progress::default() });
                    return;
                }
            };
            let mut p = Progress { years, refused: None, done: 0, running: true, cancelled: false, results: vec![Vec::new(); scenarios.len()], key: Some(key) };
            setter.set(p.clone());
            // In slices of a few milliseconds (a year of the Large cluster is tens of thousands of
            // engine events), so the page paints and takes the cancel click in between.
            let mut next = (0u64, 0usize);
            let mut year: Option<YearRun> = None;
            crate::work::run_in_slices(
                move || {
                    if flag.get() {
                        p.cancelled = true;
                        p.running = false;
                        setter.set(p.clone());
                        return true;
                    }
                    let (seed, platform) = next;
                    let Some(sc) = scenarios.get(platform) else { return true };
                    if year.is_none() {
                        // None: nothing to measure (no service); the year is skipped.
                        year = YearRun::new(sc, rates, seed);
                    }
                    if year.as_mut().is_some_and(|run| !run.advance(crate::work::EVENTS_PER_CALL)) {
                        return false;
                    }
                    if let (Some(run), Some(out)) = (year.take(), p.results.get_mut(platform)) {
                        let deploys = deploys.get(platform).copied().unwrap_or(0.0);
                        out.extend(run.finish().map(|minutes| minutes + deploys));
                    }
                    next = if platform + 1 < scenarios.len() { (seed, platform + 1) } else { (seed + 1, 0) };
                    if next.1 == 0 {
                        p.done = next.0;
                        let finished = p.done >= p.years;
                        if finished {
                            p.running = false;
                        }
                        if finished || p.done.is_multiple_of(BATCH) {
                            setter.set(p.clone());
                        }
                        return finished;
                    }
                    false
                },
                Rc::new(Cell::new(false)),
            );
        })
    };
    let stop = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.borrow().set(true))
    };
    let dists: Vec<Distribution> = progress.results.iter().map(|r| Distribution::new(r.clone())).collect();
    let finished = !progress.running && progress.done > 0;
    let rows = PlatformKind::ALL.iter().zip(dists.iter()).map(|(k, d)| html! {
        <tr data-platform={k.id()}><th scope="row">{k.label()}</th><td>{say!(words, "cost-minutes", minutes = words.number(d.median(), 0))}</td><td>{say!(words, "cost-minutes", minutes = words.number(d.percentile(95.0), 0))}</td><td>{words.count(d.years.len() as u64)}</td></tr>
    });
    html! {
        <div class="monte-carlo">
            <h3>{say!(words, "mc-heading")}</h3>
            <p class="note">{say!(words, "mc-note")}</p>
            <div class="inputs">
                <button class="mc-run" onclick={start} disabled={progress.running}>{say!(words, "mc-run", years = YEARS)}</button>
                if progress.running {
                    <button class="mc-cancel" onclick={stop}>{say!(words, "mc-cancel")}</button>
                }
                <progress class="mc-progress" max={progress.years.max(1).to_string()} value={progress.done.to_string()} aria-label={say!(words, "mc-progress-aria")}>{say!(words, "mc-progress", done = progress.done, years = progress.years)}</progress>
                <span class="mc-status" aria-live="polite">{
                    if let Some(why) = &progress.refused { say!(words, "mc-not-run", why = words.tell(why)) }
                    else if progress.running && progress.years < YEARS { say!(words, "mc-running-capped", done = progress.done, years = progress.years) }
                    else if progress.running { say!(words, "mc-running", done = progress.done, years = progress.years) }
                    else if progress.cancelled { say!(words, "mc-cancelled", done = progress.done) }
                    else if progress.done > 0 && stale { say!(words, "mc-stale") }
                    else if progress.done > 0 && progress.years < YEARS { say!(words, "mc-done-capped", done = progress.done) }
                    else if progress.done > 0 { say!(words, "mc-done", done = progress.done) }
                    else { String::new() }
                }</span>
            </div>
            if progress.done > 0 {
                <table class="mc-table">
                    <caption>{say!(words, "mc-caption")}</caption>
                    <thead><tr><th scope="col">{""}</th><th scope="col">{say!(words, "mc-median")}</th><th scope="col">{say!(words, "mc-p95")}</th><th scope="col">{say!(words, "mc-years")}</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            if finished {
                { histogram(&words, &dists) }
            }
        </div>
    }
}
