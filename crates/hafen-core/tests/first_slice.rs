//! The first slice's two failures, as scenarios. Expected times are derived from the documented
//! defaults in shared/reference/timings.md; every assertion prints the seed.

use hafen_core::defaults::*;
use hafen_core::presets::feastflow_on;
use hafen_core::*;
use hafen_core::cause::Cause;

mod common;
use common::{first, node_of, s as at, secs};

fn run_with(kind: PlatformKind, seed: u64, faults: Vec<Fault>, tweak: impl FnOnce(&mut Scenario)) -> (Scenario, Run) {
    let mut sc = feastflow_on(kind).expect("built-in preset");
    sc.seed = seed;
    sc.faults = faults;
    tweak(&mut sc);
    let run = simulate(&sc).unwrap_or_else(|e| panic!("seed {seed}: scenario rejected: {e}"));
    (sc, run)
}

fn kill(node: &str, t: u64) -> Fault {
    Fault { at: at(t), kind: FaultKind::KillNode(NodeRef::Named(node.into())) }
}

fn crash(svc: &str, t: u64) -> Fault {
    Fault { at: at(t), kind: FaultKind::Crash(svc.into()) }
}

fn svc<'r>(run: &'r Run, name: &str, seed: u64) -> &'r hafen_core::run::ServiceReport {
    run.service(name).unwrap_or_else(|| panic!("seed {seed}: no report for {name}"))
}

// ------------------------------------------------------------------ Compose

#[test]
fn compose_crash_backend_restart_no_stays_down_for_operator_reaction_plus_startup() {
    // crash backend at t=10 s, restart: no ⇒ down until operator at 10 s + 15 min, answering 5 s later.
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Compose, seed, vec![crash("backend", 10)], |_| {});
    let b = svc(&run, "backend", seed);
    let expected = OperatorPreset::OnCall.reaction().saturating_add(secs(5));
    assert_eq!(b.own_downtime, expected, "seed {seed}");
    assert_eq!(b.outages.first().map(|o| (o.start, o.end)), Some((at(10), Some(at(10 + 15 * 60 + 5)))), "seed {seed}");
    // The frontend depends on the backend: it is down just as long, through its dependency.
    let f = svc(&run, "frontend", seed);
    assert_eq!(f.downtime, expected, "seed {seed}");
    assert!(f.outages.first().is_some_and(|o| o.via_dependency), "seed {seed}");
}

#[test]
fn compose_crash_backend_with_unless_stopped_is_back_after_100ms_back_off_plus_startup() {
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Compose, seed, vec![crash("backend", 10)], |sc| {
        if let Some(s) = sc.topology.services.iter_mut().find(|s| s.name == "backend") {
            s.restart = RestartPolicy::UnlessStopped;
        }
    });
    let b = svc(&run, "backend", seed);
    assert_eq!(b.downtime, DOCKER_RESTART_INITIAL.saturating_add(secs(5)), "seed {seed}");
}

#[test]
fn compose_repeated_crashes_double_the_docker_restart_delay() {
    // Crashes 3 s apart (shorter than the 10 s reset): 100 ms, then 200 ms, then 400 ms.
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Compose, seed, vec![crash("backend", 10), crash("backend", 16), crash("backend", 22)], |sc| {
        if let Some(s) = sc.topology.services.iter_mut().find(|s| s.name == "backend") {
            s.restart = RestartPolicy::Always;
        }
    });
    let starts: Vec<SimTime> = run.trace.iter().filter(|e| e.kind == TraceKind::ContainerStarted && e.subject == "backend-1").map(|e| e.t).collect();
    assert_eq!(starts, vec![SimTime(10_100), SimTime(16_200), SimTime(22_400)], "seed {seed}");
}

#[test]
fn compose_kill_host_takes_everything_down_until_the_operator_restores_it() {
    // kill host at t=10 s ⇒ every service down; operator at 15:10; postgres answers 8 s later, and
    // backend and frontend only count as up once their dependencies are.
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Compose, seed, vec![kill("host", 10)], |_| {});
    let reaction = OperatorPreset::OnCall.reaction();
    let back = at(10).plus(reaction);
    for name in ["frontend", "backend", "postgres"] {
        let s = svc(&run, name, seed);
        assert_eq!(s.outages.len(), 1, "seed {seed}: {name}");
        assert_eq!(s.outages.first().map(|o| o.end), Some(Some(back.plus(secs(8)))), "seed {seed}: {name}");
    }
    assert_eq!(svc(&run, "backend", seed).own_downtime, reaction.saturating_add(secs(5)), "seed {seed}");
    assert_eq!(first(&run, TraceKind::Operator, "host"), Some(back), "seed {seed}");
}

#[test]
fn compose_weekend_operator_preset_keeps_the_host_down_48_hours() {
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Compose, seed, vec![kill("host", 10)], |sc| {
        sc.timings.operator_reaction = OperatorPreset::Weekend.reaction();
        sc.duration = SimDuration::from_hours(72);
    });
    assert_eq!(svc(&run, "postgres", seed).downtime, SimDuration::from_hours(48).saturating_add(secs(8)), "seed {seed}");
}

// ------------------------------------------------------------------ Kubernetes

#[test]
fn k8s_initial_placement_spreads_replicas_over_three_nodes() {
    let seed = 0;
    let (sc, run) = run_with(PlatformKind::Kubernetes, seed, vec![], |_| {});
    let snap = run.snapshot_at(SimTime::ZERO);
    let on = |node: u32| -> Vec<&str> {
        snap.replicas.iter().filter(|r| r.1 == Some(node)).filter_map(|r| run.replica_service(&sc, r.0)).collect()
    };
    // Each service is spread: 3 frontends on 3 nodes, 2 backends on 2, postgres on one.
    for (service, nodes) in [("frontend", 3), ("backend", 2), ("postgres", 1)] {
        let used = (0..3).filter(|&n| on(n).contains(&service)).count();
        assert_eq!(used, nodes, "seed {seed}: {service} on {used} nodes");
        assert!((0..3).all(|n| on(n).iter().filter(|s| **s == service).count() <= 1), "seed {seed}: {service} twice on one node");
    }
    assert!(snap.replicas.iter().all(|r| r.2 == ReplicaState::Running), "seed {seed}");
}

#[test]
fn k8s_editing_one_service_never_moves_another_services_replicas() {
    // A scheduler places only the pods it creates: pinning the backend, giving it more replicas or
    // adding a service leaves every other replica where it was.
    let seed = 0;
    let placement = |sc: &Scenario| -> Vec<(String, String)> {
        let run = simulate(sc).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let snap = run.snapshot_at(SimTime::ZERO);
        let mut out: Vec<(String, String)> = snap
            .replicas
            .iter()
            .filter_map(|r| Some((run.replicas.get(r.0 as usize)?.name.clone(), run.nodes.get(r.1? as usize)?.name.clone())))
            .collect();
        out.sort();
        out
    };
    let others = |p: Vec<(String, String)>| -> Vec<(String, String)> { p.into_iter().filter(|(r, _)| !r.starts_with("backend")).collect() };
    let (base, _) = run_with(PlatformKind::Kubernetes, seed, vec![], |_| {});
    let before = others(placement(&base));
    for node in ["node-1", "node-2", "node-3"] {
        let mut pinned = base.clone();
        if let Some(b) = pinned.topology.services.iter_mut().find(|s| s.name == "backend") {
            b.node = Some(node.into());
        }
        assert_eq!(others(placement(&pinned)), before, "seed {seed}: backend pinned to {node}");
    }
    let mut more = base.clone();
    if let Some(b) = more.topology.services.iter_mut().find(|s| s.name == "backend") {
        b.replicas = 3;
    }
    assert_eq!(others(placement(&more)), before, "seed {seed}: backend with 3 replicas");
    let mut added = base.clone();
    added.topology.services.insert(0, Service::new("cache", ServiceKind::Cache));
    let with_cache: Vec<(String, String)> = others(placement(&added)).into_iter().filter(|(r, _)| !r.starts_with("cache")).collect();
    assert_eq!(with_cache, before, "seed {seed}: a service added in front");
}

#[test]
fn k8s_crash_backend_restarts_at_once_and_is_ready_at_the_next_probe_without_downtime() {
    // crash backend-1 at t=10 s ⇒ restarted at once, app up at 15 s, readiness probe (period 10 s from
    // container start) passes at 20 s; backend-2 serves meanwhile: no downtime.
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![crash("backend", 10)], |_| {});
    let b = svc(&run, "backend", seed);
    assert_eq!(b.downtime, SimDuration::ZERO, "seed {seed}");
    assert_eq!(b.degraded, SimDuration::ZERO, "seed {seed}: the crashed pod left the endpoints at once");
    assert_eq!(first(&run, TraceKind::ContainerStarted, "backend-1"), Some(at(10)), "seed {seed}");
    assert_eq!(first(&run, TraceKind::Ready, "backend-1"), Some(at(10).plus(K8S_PROBE_PERIOD)), "seed {seed}");
    assert_eq!(b.full_strength_at, Some(at(20)), "seed {seed}");
}

#[test]
fn k8s_second_crash_within_ten_minutes_enters_crashloopbackoff_for_10_s_then_20_s() {
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![crash("backend", 10), crash("backend", 60), crash("backend", 120)], |_| {});
    let starts: Vec<SimTime> = run.trace.iter().filter(|e| e.kind == TraceKind::ContainerStarted && e.subject == "backend-1").map(|e| e.t).collect();
    assert_eq!(starts, vec![at(10), at(60).plus(K8S_CRASHLOOP_INITIAL), at(120).plus(secs(20))], "seed {seed}");
    let snap = run.snapshot_at(at(65));
    assert!(snap.replicas.iter().any(|r| r.2 == ReplicaState::BackOff), "seed {seed}: CrashLoopBackOff at 65 s");
}

#[test]
fn k8s_kill_a_backend_node_pods_keep_traffic_until_not_ready_then_replaced_after_toleration() {
    // kill backend-2's node (not the database's) at t=10 s ⇒ its last status (lease renewed every
    // 10 s) was in (0 s, 10 s]; the node controller's check (every 5 s) that saw it, 0–4 s later,
    // is its probeTimestamp, and the node is NotReady at the first check strictly more than 50 s
    // after that one, 55 s after it (tryUpdateNodeHealth) ⇒ between 45 s and 60 s after the kill. Until then backend-2 is in the endpoints and about half the backend requests
    // fail. Eviction 300 s after NotReady; the replacement is Ready at the first probe after its 5 s
    // start-up.
    let (_, start) = run_with(PlatformKind::Kubernetes, 0, vec![], |_| {});
    let node = node_of(&start, "backend-2");
    assert_ne!(node, node_of(&start, "postgres-0"), "seed 0: the database runs elsewhere");
    for seed in 0..50 {
        let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![kill(&node, 10)], |_| {});
        let not_ready = first(&run, TraceKind::NodeNotReady, &node).unwrap_or_else(|| panic!("seed {seed}: never NotReady"));
        let after = not_ready.since(at(10));
        assert!(after > secs(45) && after < secs(60), "seed {seed}: NotReady {after} after the kill");
        let b = svc(&run, "backend", seed);
        assert_eq!(b.downtime, SimDuration::ZERO, "seed {seed}: backend-2 keeps serving");
        assert_eq!(b.degraded, after, "seed {seed}: dead endpoint until NotReady");
        assert_eq!(b.failed_share, SimDuration(after.as_millis() / 2), "seed {seed}: half the requests fail meanwhile");
        let evicted = first(&run, TraceKind::PodEvicted, "backend-2");
        assert_eq!(evicted, Some(not_ready.plus(K8S_NOT_READY_TOLERATION)), "seed {seed}");
        let replacement_ready = first(&run, TraceKind::Ready, "backend-3");
        assert_eq!(replacement_ready, Some(not_ready.plus(K8S_NOT_READY_TOLERATION).plus(K8S_PROBE_PERIOD)), "seed {seed}");
        assert_eq!(b.full_strength_at, replacement_ready, "seed {seed}");
    }
}

#[test]
fn k8s_version_1_31_notices_a_dead_node_10_s_earlier() {
    for seed in 0..20 {
        let (_, new) = run_with(PlatformKind::Kubernetes, seed, vec![kill("node-1", 10)], |_| {});
        let (_, old) = run_with(PlatformKind::Kubernetes, seed, vec![kill("node-1", 10)], |sc| {
            sc.platform.kubernetes_version = KubeVersion { major: 1, minor: 31 };
            sc.timings = Timings::documented(sc.platform.kubernetes_version);
        });
        let (a, b) = (first(&new, TraceKind::NodeNotReady, "node-1"), first(&old, TraceKind::NodeNotReady, "node-1"));
        assert_eq!(a.zip(b).map(|(a, b)| a.since(b)), Some(secs(10)), "seed {seed}");
    }
}

#[test]
fn k8s_kill_the_database_node_statefulset_waits_for_the_operator_and_the_volume_detach() {
    // kill node-3 (postgres-0) at t=10 s ⇒ the StatefulSet pod is never replaced on its own; the
    // operator force-deletes it after 15 min; its RWO volume is force-detached 6 min later; then 8 s
    // start-up and the next readiness probe (10 s after start).
    let seed = 0;
    let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![kill("node-3", 10)], |_| {});
    let pg = svc(&run, "postgres", seed);
    let back = at(10).plus(OperatorPreset::OnCall.reaction()).plus(K8S_MAX_WAIT_FOR_UNMOUNT).plus(K8S_PROBE_PERIOD);
    assert_eq!(pg.outages.first().map(|o| (o.start, o.end)), Some((at(10), Some(back))), "seed {seed}");
    assert!(run.trace.iter().any(|e| e.kind == TraceKind::PodEvicted && e.subject == "postgres-0" && matches!(e.cause, Cause::PodEvicted { stateful: true, .. })), "seed {seed}");
    // The backend needs the database: down just as long, through its dependency.
    assert_eq!(svc(&run, "backend", seed).downtime, pg.downtime, "seed {seed}");
    // The new postgres-0 runs on another node.
    let snap = run.snapshot_at(back);
    assert!(snap.replicas.iter().any(|r| r.2 == ReplicaState::Running && r.1 != Some(2) && run.replicas.get(r.0 as usize).is_some_and(|i| i.name == "postgres-0")), "seed {seed}");
}

#[test]
fn k8s_dead_node_looks_unreachable_then_notready_on_the_diagram() {
    let seed = 3;
    let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![kill("node-2", 10)], |_| {});
    assert_eq!(run.snapshot_at(at(11)).nodes.get(1), Some(&NodeState::Unreachable), "seed {seed}");
    assert_eq!(run.snapshot_at(at(70)).nodes.get(1), Some(&NodeState::NotReady), "seed {seed}");
    assert!(run.snapshot_at(at(11)).replicas.iter().filter(|r| r.1 == Some(1)).all(|r| r.2 == ReplicaState::Unknown), "seed {seed}");
}

// ------------------------------------------------------------------ engine properties

#[test]
fn same_scenario_and_seed_give_the_same_run() {
    for kind in [PlatformKind::Compose, PlatformKind::Kubernetes] {
        for seed in [0, 1, 42, u64::MAX] {
            let faults = vec![kill("node-1", 10), crash("backend", 30)];
            let faults = if kind == PlatformKind::Compose { vec![kill("host", 10), crash("backend", 30)] } else { faults };
            let (_, a) = run_with(kind, seed, faults.clone(), |_| {});
            let (_, b) = run_with(kind, seed, faults, |_| {});
            assert_eq!(a, b, "seed {seed} on {kind:?}");
        }
    }
}

#[test]
fn the_trace_never_goes_back_in_time() {
    for seed in 0..20 {
        let (_, run) = run_with(PlatformKind::Kubernetes, seed, vec![kill("node-3", 5), crash("backend", 7), kill("node-1", 400)], |_| {});
        assert!(run.trace.windows(2).all(|w| w.first().map(|e| e.t) <= w.get(1).map(|e| e.t)), "seed {seed}");
        assert!(run.changes.windows(2).all(|w| w.first().map(|c| c.t()) <= w.get(1).map(|c| c.t())), "seed {seed}");
    }
}

#[test]
fn bad_scenarios_are_rejected_with_the_field_named() {
    let mut sc = feastflow_on(PlatformKind::Kubernetes).expect("built-in preset");
    sc.faults = vec![kill("node-9", 10)];
    let e = simulate(&sc).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(e.contains("events[0].kill_node") && e.contains("node-9"), "{e}");

    let mut sc = feastflow_on(PlatformKind::Kubernetes).expect("built-in preset");
    if let Some(s) = sc.topology.services.get_mut(2) {
        s.depends_on = vec!["frontend".into()];
    }
    let e = simulate(&sc).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(e.contains("cycle"), "{e}");

    let mut sc = feastflow_on(PlatformKind::Kubernetes).expect("built-in preset");
    sc.faults = vec![crash("backend", 7_200)];
    assert!(simulate(&sc).is_err(), "a fault after the end is refused");
}
