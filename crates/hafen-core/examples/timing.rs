//! Quick timing of the benchmark scenario: `cargo run --release -p hafen-core --example timing`.
use hafen_core::presets::large_cluster;
use hafen_core::{simulate, SimDuration};
use std::time::Instant;

fn main() {
    let sc = large_cluster(100, 20, 50, SimDuration::from_hours(24), SimDuration::from_mins(10), SimDuration::from_mins(30));
    let start = Instant::now();
    let run = simulate(&sc).expect("valid");
    let took = start.elapsed();
    println!("{} trace events, {} changes, {} engine events in {:?}", run.trace.len(), run.changes.len(), run.events_handled, took);
    for s in run.services.iter().take(3) {
        println!("{}: downtime {} failed {}", s.name, s.downtime.human(), s.failed_requests);
    }
}
