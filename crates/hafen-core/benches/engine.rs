//! Engine benchmark (issue 3's budget): 24 simulated hours of 100 nodes and 1,000 pods with a node
//! failure every 10 minutes (each node down 30 min, so pods are evicted and rescheduled) must take
//! under 1 s natively. Criterion reports the time and the engine events per second.
//! Run: `cargo bench -p hafen-core` (or `scripts/bench.sh`, which also checks the budget).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hafen_core::presets::large_cluster;
use hafen_core::{simulate, SimDuration};
use std::hint::black_box;

fn engine(c: &mut Criterion) {
    let sc = large_cluster(100, 20, 50, SimDuration::from_hours(24), SimDuration::from_mins(10), SimDuration::from_mins(30));
    let events = simulate(&sc).map(|r| r.events_handled).unwrap_or(0);
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    group.throughput(Throughput::Elements(events));
    group.bench_function("24h_100_nodes_1000_pods_node_failure_every_10_min", |b| b.iter(|| simulate(black_box(&sc))));
    group.finish();
    println!("engine events per run: {events}");
}

criterion_group!(benches, engine);
criterion_main!(benches);
