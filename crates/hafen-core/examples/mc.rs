//! Times Monte Carlo years per platform, on FeastFlow and on the Large cluster preset, with the
//! slowest single year (what one step of the app's Monte Carlo costs at most):
//! `cargo run --release -p hafen-core --example mc`.
use hafen_core::availability::FailureRates;
use hafen_core::montecarlo::{one_year, Distribution};
use hafen_core::presets::{builtin, large_cluster};
use hafen_core::time::SimDuration;
use hafen_core::PlatformKind;
use std::time::{Duration, Instant};

fn main() {
    let large = large_cluster(50, 10, 50, SimDuration::from_hours(2), SimDuration::from_mins(10), SimDuration::from_mins(30));
    for (name, base, years) in [("FeastFlow", builtin("feastflow").expect("preset"), 1000), ("Large cluster", large, 200)] {
        for kind in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
            let (sc, _) = base.on_platform(kind);
            let start = Instant::now();
            let mut slowest = Duration::ZERO;
            let d = Distribution::new(
                (0..years)
                    .filter_map(|s| {
                        let t = Instant::now();
                        let y = one_year(&sc, FailureRates::default(), s);
                        slowest = slowest.max(t.elapsed());
                        y
                    })
                    .collect(),
            );
            println!("{name} on {kind:?}: {years} years in {:?} (slowest year {:?}); median {:.0} min, p95 {:.0} min", start.elapsed(), slowest, d.median(), d.percentile(95.0));
        }
    }
}
