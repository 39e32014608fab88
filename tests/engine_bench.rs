//! The engine benchmark in the browser (budget: under 2 s). Not a timed test: it is ignored in the
//! normal run and measured by `scripts/bench.sh`, which runs it in release mode and checks the budget.
#![cfg(target_arch = "wasm32")]

use hafen_core::presets::large_cluster;
use hafen_core::{simulate, SimDuration};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
#[ignore = "benchmark: run by scripts/bench.sh"]
fn engine_24h_100_nodes_1000_pods_in_the_browser() {
    let sc = large_cluster(100, 20, 50, SimDuration::from_hours(24), SimDuration::from_mins(10), SimDuration::from_mins(30));
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map_or(0.0, |p| p.now());
    let mut best = f64::MAX;
    let mut events = 0;
    for _ in 0..5 {
        let start = now();
        let run = simulate(&sc).expect("valid scenario");
        best = best.min(now() - start);
        events = run.events_handled;
    }
    console_log!("BENCH wasm engine 24h/100 nodes/1000 pods: best of 5 {best:.0} ms, {events} events, {:.0} events/s", events as f64 / (best / 1000.0));
}

#[wasm_bindgen_test]
#[ignore = "benchmark: run by scripts/bench.sh"]
fn monte_carlo_1000_years_per_platform_in_the_browser() {
    use hafen_core::availability::FailureRates;
    use hafen_core::montecarlo::one_year;
    use hafen_core::PlatformKind;
    let base = hafen_core::presets::builtin("feastflow").expect("preset");
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map_or(0.0, |p| p.now());
    let mut total = 0.0;
    for kind in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
        let (sc, _) = base.on_platform(kind);
        let start = now();
        let years = (0..1_000).filter_map(|s| one_year(&sc, FailureRates::default(), s)).count();
        let took = now() - start;
        total += took;
        console_log!("BENCH wasm monte carlo {kind:?}: {years} years in {took:.0} ms");
    }
    console_log!("BENCH wasm monte carlo total: {total:.0} ms");
}
