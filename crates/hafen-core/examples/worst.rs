//! The worst inputs the scenario format accepts, timed on each platform natively:
//! `cargo run --release -p hafen-core --example worst`. Prints one line per shape and platform and
//! exits with 1 when any run takes longer than the budget (2 s). `scripts/bench.sh` runs it.
//!
//! Each shape pushes one limit: the most services and nodes, the most replicas of one service, a
//! year-long crash loop, restart delays of 0 s, replicas that never fit, scaling back and forth,
//! the autoscaler at its maximum, the most events a file can hold.

use hafen_core::file::parse_scenario;
use hafen_core::{simulate, PlatformKind};
use std::fmt::Write;
use std::process::ExitCode;
use std::time::Instant;

/// Budget for one platform's run [ms].
const BUDGET_MS: u128 = 2_000;

fn max_services() -> String {
    let mut y = String::from("duration: 1d\nplatform: { kind: kubernetes, nodes: 1000, zones: 3, node_cpu: 64, node_memory: 256Gi, operator_reaction: weekend }\nservices:\n");
    for i in 0..500 {
        let dep = if i < 499 && i % 50 != 49 { format!(", depends_on: [s{}]", i + 1) } else { String::new() };
        let _ = writeln!(y, "  - {{ name: s{i}, replicas: 40, cpu: 10m, memory: 10Mi, readiness: true, liveness: true{dep} }}");
    }
    y.push_str("traffic: { entry: s0, rps: 100000 }\nevents:\n");
    for i in 0..50 {
        let _ = writeln!(y, "  - {{ at: {}s, kill_node: node-{} }}", 10 + i, i + 1);
    }
    for i in (0..500).step_by(5) {
        let _ = writeln!(y, "  - {{ at: {}s, deploy: {{ service: s{i}, version: v2, healthy: false }} }}", 100 + i);
    }
    y.push_str("  - { at: 5m, kill_zone: zone-a }\n  - { at: 10m, restore_zone: zone-a }\n  - { at: 12m, config_change: all }\n");
    y
}

fn shapes() -> Vec<(&'static str, String)> {
    let mut crashes = String::from("duration: 366d\nplatform: { kind: swarm, nodes: 3 }\nservices:\n  - { name: api, replicas: 3, restart: always }\nevents:\n");
    for i in 0..25_000 {
        let _ = writeln!(crashes, "  - {{ at: {}s, crash: api }}", 60 + i * 300);
    }
    let mut flap = String::from("duration: 2d\nplatform: { kind: kubernetes, nodes: 100, node_cpu: 64, node_memory: 256Gi }\nservices:\n  - { name: api, replicas: 10000, cpu: 1m, memory: 1Mi }\nevents:\n");
    for i in 0..2_000 {
        let _ = writeln!(flap, "  - {{ at: {}s, scale: {{ service: api, replicas: {} }} }}", 60 + i * 30, if i % 2 == 0 { 10_000 } else { 0 });
    }
    vec![
        ("500 services, 1,000 nodes, 20,000 replicas, faults", max_services()),
        ("10,000 replicas, 7,000 never fit, a year-long crash loop", "duration: 366d\nplatform: { kind: swarm, nodes: 3, operator_reaction: 366d }\nservices:\n  - { name: api, replicas: 10000, cpu: 1m, memory: 1Mi, restart: always }\nevents:\n  - { at: 10s, deploy: { service: api, version: v2, healthy: false } }\n".into()),
        ("restart delays of 0 s, 20,000 replicas, a year", "duration: 366d\ntimings: { swarm_restart_delay: 0ms, crashloop_initial: 0ms, crashloop_max: 0ms, docker_restart_initial: 0ms, docker_restart_max: 0ms, endpoint_propagation: 0ms, termination_grace: 0ms, docker_stop_grace: 0ms }\nplatform: { kind: swarm, nodes: 100, operator_reaction: 366d }\nservices:\n  - { name: api, replicas: 10000, cpu: 1m, memory: 1Mi, startup: 0s, restart: always }\n  - { name: db, replicas: 10000, cpu: 1m, memory: 1Mi, startup: 0s, stateful: true, restart: always }\nevents:\n  - { at: 10s, deploy: { service: api, version: v2, healthy: false } }\n  - { at: 10s, deploy: { service: db, version: v2, healthy: false } }\n  - { at: 20s, kill_node: node-1 }\n".into()),
        ("10,000 replicas scaled to 0 and back 2,000 times", flap),
        ("a 10,000-pod StatefulSet: node failure, rollout, scale-down", "duration: 1d\nplatform: { kind: kubernetes, nodes: 100, node_cpu: 64, node_memory: 256Gi, operator_reaction: weekend }\nservices:\n  - { name: db, kind: database, replicas: 10000, cpu: 1m, memory: 1Mi, readiness: true }\nevents:\n  - { at: 60s, kill_node: node-1 }\n  - { at: 120s, deploy: { service: db, version: v2, healthy: false } }\n  - { at: 1h, scale: { service: db, replicas: 5000 } }\n".into()),
        ("the autoscaler from 10 to 10,000 pods and back", "duration: 1d\nplatform: { kind: kubernetes, nodes: 1000, node_cpu: 64, node_memory: 256Gi }\nservices:\n  - { name: api, replicas: 10, cpu: 100m, memory: 1Mi, capacity_rps: 1, readiness: true, autoscale: { min: 1, max: 10000, cpu: 50 } }\ntraffic: { entry: api, rps: 10000000 }\nevents:\n  - { at: 1h, traffic: { rps: 1 } }\n  - { at: 2h, traffic: { rps: 10000000 } }\n  - { at: 3h, kill_node: node-1 }\n  - { at: 4h, traffic: { rps: 5 } }\n".into()),
        ("25,000 crash events over a year", crashes),
    ]
}

fn main() -> ExitCode {
    let mut over = false;
    println!("{:<58} {:>10} {:>9} {:>8} {:>9}", "worst-case input", "platform", "ms", "events", "replicas");
    for (name, yaml) in shapes() {
        let sc = match parse_scenario(&yaml) {
            Ok(sc) => sc,
            Err(e) => {
                println!("{name}: refused: {e}");
                over = true;
                continue;
            }
        };
        for kind in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
            let (on, _) = sc.on_platform(kind);
            let start = Instant::now();
            let run = simulate(&on);
            let ms = start.elapsed().as_millis();
            match run {
                Ok(run) => {
                    let flag = if ms > BUDGET_MS { "  OVER BUDGET" } else { "" };
                    over |= ms > BUDGET_MS;
                    println!("{name:<58} {:>10} {ms:>9} {:>8} {:>9}{flag}", kind.id(), run.events_handled, run.replicas.len());
                }
                Err(e) => println!("{name:<58} {:>10} refused: {e}", kind.id()),
            }
        }
    }
    println!("worst case per platform: budget {BUDGET_MS} ms");
    if over {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
