//! Times 1,000 Monte Carlo years on FeastFlow per platform: `cargo run --release -p hafen-core --example mc`.
use hafen_core::availability::FailureRates;
use hafen_core::montecarlo::{one_year, Distribution};
use hafen_core::presets::builtin;
use hafen_core::PlatformKind;
use std::time::Instant;

fn main() {
    let base = builtin("feastflow").expect("preset");
    for kind in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
        let (sc, _) = base.on_platform(kind);
        let start = Instant::now();
        let d = Distribution::new((0..1000).filter_map(|s| one_year(&sc, FailureRates::default(), s)).collect());
        println!("{kind:?}: 1000 years in {:?}; median {:.0} min, p95 {:.0} min", start.elapsed(), d.median(), d.percentile(95.0));
    }
}
