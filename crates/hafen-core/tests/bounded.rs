//! Bounded work on any accepted input: the shapes that once froze the engine (restart loops with no
//! delay, a broken release left for days, the largest replica counts, replicas that never fit,
//! scaling back and forth) run on every platform, stay within the event budget, say when they
//! stopped early, and agree with themselves. How long they take is measured by
//! `scripts/bench.sh` (the `worst` example), not here.

use hafen_core::consistency::check;
use hafen_core::engine::MAX_EVENTS;
use hafen_core::file::parse_scenario;
use hafen_core::text::{stopped_note, EN};
use hafen_core::*;

const PLATFORMS: [PlatformKind; 3] = PlatformKind::ALL;

/// Runs `yaml` on all three platforms; returns each platform's run after checking it is bounded
/// and consistent.
fn on_every_platform(name: &str, yaml: &str) -> Vec<(Scenario, Run)> {
    let sc = parse_scenario(yaml).unwrap_or_else(|e| panic!("{name}: refused: {e}\n{yaml}"));
    PLATFORMS
        .iter()
        .map(|&kind| {
            let (on, _) = sc.on_platform(kind);
            let run = simulate(&on).unwrap_or_else(|e| panic!("{name} on {kind:?} (seed {}): {e}", on.seed));
            assert!(run.events_handled <= MAX_EVENTS, "{name} on {kind:?}: {} events", run.events_handled);
            let problems = check(&on, &run);
            assert!(problems.is_empty(), "{name} on {kind:?} (seed {}):\n{}", on.seed, problems.join("\n"));
            (on, run)
        })
        .collect()
}

#[test]
fn a_restart_loop_with_no_delay_stops_early_and_says_when() {
    let yaml = "duration: 7d
timings: { swarm_restart_delay: 0ms, crashloop_initial: 0ms, crashloop_max: 0ms, docker_restart_initial: 0ms, docker_restart_max: 0ms }
platform: { kind: swarm, nodes: 2, operator_reaction: 8d }
services:
  - { name: api, replicas: 2, startup: 0s, restart: always }
events:
  - { at: 10s, deploy: { service: api, version: v2, healthy: false } }
";
    for (sc, run) in on_every_platform("zero-delay loop", yaml) {
        let kind = sc.platform.kind;
        let at = run.stopped_early.unwrap_or_else(|| panic!("{kind:?}: a zero-delay loop for 7 days must stop early"));
        assert_eq!(run.end, at, "{kind:?}: figures cover the simulated part only");
        let note = stopped_note(&EN, &sc, &run).unwrap_or_default().replace('\u{a0}', " ");
        assert!(note.starts_with(&format!("Run stopped at {} of 168 h", at.clock())), "{kind:?}: {note}");
        let up = run.services.iter().map(|s| s.availability(run.covered())).fold(1.0, f64::min);
        assert!((0.0..=1.0).contains(&up), "{kind:?}: availability {up}");
    }
}

#[test]
fn the_largest_replica_count_gets_distinct_slots_and_comes_back_after_a_node_failure() {
    // 10,000 replicas (the most one service may have) that all fit, a node failure, a rollout.
    let yaml = "duration: 30m
platform: { kind: kubernetes, nodes: 50, node_cpu: 64, node_memory: 256Gi, operator_reaction: 1m }
services:
  - { name: api, replicas: 10000, cpu: 1m, memory: 1Mi, readiness: true }
  - { name: db, replicas: 500, cpu: 1m, memory: 1Mi, stateful: true, readiness: true }
events:
  - { at: 60s, kill_node: node-1 }
  - { at: 2m, deploy: { service: api, version: v2 } }
";
    for (sc, run) in on_every_platform("10,000 replicas", yaml) {
        let kind = sc.platform.kind;
        if kind == PlatformKind::Compose {
            continue; // one host: container numbers, no slots
        }
        let snap = run.snapshot_at(run.end);
        for (si, svc) in sc.topology.services.iter().enumerate() {
            let mut names: Vec<&str> = snap
                .replicas
                .iter()
                .filter(|&&(rep, node, _)| node.is_some() && run.replicas.get(rep as usize).is_some_and(|r| r.service as usize == si))
                .filter_map(|&(rep, _, st)| (st == ReplicaState::Running).then(|| run.replicas.get(rep as usize).map(|r| r.name.as_str())).flatten())
                .collect();
            let running = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), running, "{kind:?} {}: two running replicas share a name (slot)", svc.name);
            // Swarm's update replaces one task at a time (stop-first): one slot may be between tasks.
            let most = svc.replicas as usize;
            assert!(running == most || (kind == PlatformKind::Swarm && running + 1 == most), "{kind:?} {}: {running} of {most} running at the end", svc.name);
        }
    }
}

#[test]
fn replicas_that_never_fit_do_not_make_every_event_retry_them_all() {
    // 3 nodes of 2 cores take ~6,000 of 10,000 replicas; the rest stay Pending while a broken
    // release crash-loops for a week.
    let yaml = "duration: 7d
platform: { kind: swarm, nodes: 3, operator_reaction: 8d }
services:
  - { name: api, replicas: 10000, cpu: 1m, memory: 1Mi, restart: always }
events:
  - { at: 10s, deploy: { service: api, version: v2, healthy: false } }
";
    for (sc, run) in on_every_platform("never fit", yaml) {
        if sc.platform.kind == PlatformKind::Compose {
            continue;
        }
        let pending = run.snapshot_at(run.end).replicas.iter().filter(|&&(_, node, _)| node.is_none()).count();
        assert!(pending > 0, "{:?}: some replicas must still wait for room", sc.platform.kind);
    }
}

#[test]
fn scaling_back_and_forth_and_many_events_stay_bounded() {
    let mut yaml = String::from("duration: 2d\nplatform: { kind: kubernetes, nodes: 20, node_cpu: 64, node_memory: 256Gi }\nservices:\n  - { name: api, replicas: 2000, cpu: 1m, memory: 1Mi }\n  - { name: web, replicas: 3, depends_on: [api] }\ntraffic: { entry: web, rps: 100 }\nevents:\n");
    for i in 0..400 {
        let replicas = if i % 2 == 0 { 0 } else { 2000 };
        yaml.push_str(&format!("  - {{ at: {}s, scale: {{ service: api, replicas: {replicas} }} }}\n", 60 + i * 30));
        yaml.push_str(&format!("  - {{ at: {}s, crash: web }}\n", 75 + i * 30));
    }
    on_every_platform("scale flapping", &yaml);
}
