//! Properties over random topologies and fault sequences: no replica on a dead node counts as
//! serving, replicas converge back to the desired count once faults end, time never goes backwards,
//! the same seed gives the same run, everything said about a run agrees (consistency::check), and
//! the diagram's peak is the fullest moment of the run.

use hafen_core::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum F {
    Outage { node: u32, at: u64, secs: u64 },
    Crash { svc: usize, at: u64 },
    Hang { svc: usize, at: u64 },
}

fn platform_kind() -> impl Strategy<Value = PlatformKind> {
    prop_oneof![Just(PlatformKind::Compose), Just(PlatformKind::Swarm), Just(PlatformKind::Kubernetes)]
}

fn service(i: usize) -> impl Strategy<Value = Service> {
    (1u32..4, 1u64..30, any::<bool>(), any::<bool>(), 0usize..4, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        move |(replicas, startup, liveness, readiness, restart, stateful, dep, startup_probe)| {
            let mut s = Service::new(&format!("s{i}"), ServiceKind::Backend);
            s.replicas = if stateful { 1 } else { replicas };
            s.startup = SimDuration::from_secs(startup);
            s.liveness = liveness.then(Probe::default);
            // A startup probe of 30 × 10 s lets any of these start.
            s.startup_probe = startup_probe.then(|| Probe { failure_threshold: Some(30), ..Probe::default() });
            s.readiness = readiness.then(Probe::default);
            s.restart = RestartPolicy::ALL.get(restart).copied().unwrap_or_default();
            s.stateful = stateful && i > 0;
            if dep && i > 0 {
                s.depends_on = vec![format!("s{}", i - 1)];
            }
            s
        },
    )
}

fn fault(services: usize, nodes: u32) -> impl Strategy<Value = F> {
    prop_oneof![
        (0..nodes, 1u64..7_200, 1u64..5_400).prop_map(|(node, at, secs)| F::Outage { node, at, secs }),
        (0..services, 1u64..7_200).prop_map(|(svc, at)| F::Crash { svc, at }),
        (0..services, 1u64..7_200).prop_map(|(svc, at)| F::Hang { svc, at }),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (platform_kind(), 1u32..6, 1usize..5, any::<u64>(), any::<bool>()).prop_flat_map(|(kind, nodes, n, seed, self_hosted)| {
        let nodes = if kind == PlatformKind::Compose { 1 } else { nodes };
        let self_hosted = self_hosted && kind == PlatformKind::Kubernetes;
        let all_nodes = nodes + if self_hosted { 3 } else { 0 };
        let services: Vec<_> = (0..n).map(service).collect();
        (Just(kind), Just(nodes), services, proptest::collection::vec(fault(n, all_nodes), 0..8), Just(seed), Just(self_hosted))
    })
    .prop_map(|(kind, nodes, services, faults, seed, self_hosted)| {
        let mut platform = Platform::new(kind, nodes, 16_000, 65_536);
        platform.managers = if nodes >= 3 { 3 } else { 1 };
        if self_hosted {
            platform.control_plane = ControlPlane::SelfHosted;
        }
        let names = platform.node_names();
        let node = |i: u32| names.get(i as usize).cloned().unwrap_or_else(|| "host".into());
        let mut fs = Vec::new();
        for f in faults {
            match f {
                F::Outage { node: n, at, secs } => {
                    fs.push(Fault { at: SimTime(at * 1_000), kind: FaultKind::KillNode(NodeRef::Named(node(n))) });
                    fs.push(Fault { at: SimTime((at + secs) * 1_000), kind: FaultKind::RestoreNode(node(n)) });
                }
                F::Crash { svc, at } => fs.push(Fault { at: SimTime(at * 1_000), kind: FaultKind::Crash(format!("s{svc}")) }),
                F::Hang { svc, at } => fs.push(Fault { at: SimTime(at * 1_000), kind: FaultKind::Hang(format!("s{svc}")) }),
            }
        }
        fs.sort_by_key(|f| f.at);
        let top = services.first().map(|s| s.name.clone()).unwrap_or_default();
        Scenario {
            name: "property".into(),
            topology: Topology { name: "property".into(), services },
            timings: Timings::documented(platform.kubernetes_version),
            platform,
            traffic: Some(Traffic { entry: top, rps: 100 }),
            faults: fs,
            seed,
            // Faults end by 3.5 h; the rest lets every mechanism finish (operator 15 min,
            // eviction ~6 min, forced detach 6 min, back-off at most 5 min).
            duration: SimDuration::from_hours(6),
            situation: Default::default(),
        }
    })
}

/// On Kubernetes, a liveness probe without a startup probe or initial delay kills a container that
/// is not answering by its third counted probe, which comes 20 s after the pod's first tick after
/// its start, so 20–30 s after it (probes every 10 s): a service that starts slower than 20 s, or
/// depends on one, may never come back once restarted.
fn needs_a_slow_starter(sc: &Scenario, s: &Service) -> bool {
    let slow = |x: &Service| x.liveness.is_some() && x.startup_probe.is_none() && x.startup > SimDuration::from_secs(20);
    sc.platform.kind == PlatformKind::Kubernetes
        && (slow(s) || s.depends_on.iter().any(|d| sc.topology.services.iter().find(|x| &x.name == d).is_some_and(|x| needs_a_slow_starter(sc, x))))
}

/// Per node, the spans during which it was dead, from the trace.
fn dead_spans(run: &Run) -> Vec<(String, SimTime, SimTime)> {
    let mut out = Vec::new();
    for n in &run.nodes {
        let mut down: Option<SimTime> = None;
        for e in run.trace.iter().filter(|e| e.subject == n.name) {
            match e.kind {
                TraceKind::NodeDown if down.is_none() => down = Some(e.t),
                TraceKind::NodeUp | TraceKind::Operator => {
                    if let Some(d) = down.take() {
                        out.push((n.name.clone(), d, e.t));
                    }
                }
                _ => {}
            }
        }
        if let Some(d) = down {
            out.push((n.name.clone(), d, run.end));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_replica_on_a_dead_node_is_running(sc in scenario()) {
        let run = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        let spans = dead_spans(&run);
        for c in &run.changes {
            let t = c.t();
            let snap = run.snapshot_at(t);
            for &(rep, node, state) in &snap.replicas {
                let Some(node) = node.and_then(|n| run.nodes.get(n as usize)) else { continue };
                let dead = spans.iter().any(|(n, a, b)| *n == node.name && *a <= t && t < *b);
                prop_assert!(!(dead && state == ReplicaState::Running),
                    "seed {}: replica {rep} Running on dead {} at {t}", sc.seed, node.name);
            }
        }
    }

    #[test]
    fn replicas_converge_back_to_the_desired_count(sc in scenario()) {
        let run = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        let end = run.snapshot_at(run.end);
        for (si, s) in sc.topology.services.iter().enumerate() {
            if needs_a_slow_starter(&sc, s) {
                // Kubernetes never lets it (or what it needs) start once restarted: see behaviours.rs.
                continue;
            }
            let running = end.replicas.iter().filter(|x| x.2 == ReplicaState::Running && run.replicas.get(x.0 as usize).is_some_and(|r| r.service as usize == si)).count();
            prop_assert_eq!(running as u32, s.replicas_on(sc.platform.kind),
                "seed {}: {} on {:?} ends with {} Running", sc.seed, s.name, sc.platform.kind, running);
            let report = run.service(&s.name);
            prop_assert!(report.is_some_and(|r| r.outages.iter().all(|o| o.end.is_some())), "seed {}: {} still down at the end", sc.seed, s.name);
        }
    }

    #[test]
    fn the_diagram_peak_is_the_fullest_moment_of_the_run(sc in scenario()) {
        let run = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        let mut most = Peak::default();
        for n in 0..=run.changes.len() {
            let snap = run.snapshot_upto(n);
            let on = |i: usize| snap.replicas.iter().filter(|r| r.1 == Some(i as u32)).count();
            most.per_node = most.per_node.max((0..run.nodes.len()).map(on).max().unwrap_or(0));
            most.pending = most.pending.max(snap.replicas.iter().filter(|r| r.1.is_none()).count());
            // The legend's states: every state a replica shows at some moment.
            for r in &snap.replicas {
                most.states |= 1 << r.2 as u16;
            }
        }
        prop_assert_eq!(run.peak(), most, "seed {}", sc.seed);
    }

    #[test]
    fn everything_said_about_a_run_agrees(sc in scenario()) {
        let run = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        let problems = hafen_core::consistency::check(&sc, &run);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn time_never_goes_backwards_and_runs_repeat(sc in scenario()) {
        let a = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        prop_assert!(a.trace.windows(2).all(|w| w[0].t <= w[1].t), "seed {}", sc.seed);
        prop_assert!(a.changes.windows(2).all(|w| w[0].t() <= w[1].t()), "seed {}", sc.seed);
        prop_assert!(a.trace.last().is_none_or(|e| e.t <= a.end), "seed {}", sc.seed);
        let b = simulate(&sc).map_err(|e| TestCaseError::fail(format!("seed {}: {e}", sc.seed)))?;
        prop_assert!(a == b, "seed {}: two runs differ", sc.seed);
    }
}
