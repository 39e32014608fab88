//! One test per behaviour, each a small scenario file with the expected times derived from the
//! documented defaults (shared/reference/timings.md). Every assertion names the seed.

use hafen_core::run::ServiceReport;
use hafen_core::*;
use hafen_core::cause::{Cause, Unschedulable};

mod common;
use common::*;

fn svc<'r>(run: &'r Run, name: &str) -> &'r ServiceReport {
    run.service(name).unwrap_or_else(|| panic!("no service {name}"))
}

/// The node replica `rep` runs on at the start of `yaml`'s run.
fn node_at_start(yaml: &str, rep: &str) -> String {
    node_of(&run(yaml).1, rep)
}

// ======================================================================= Docker Compose

#[test]
fn compose_hang_with_healthcheck_is_marked_unhealthy_but_never_restarted() {
    // hang api at 100 s ⇒ the first HEALTHCHECK after the hang starts at 120 s (every 30 s since
    // start), fails after its 30 s timeout, the next starts 30 s later: 3rd failure at
    // 120 + 2 × (30 + 30) + 30 = 270 s ⇒ unhealthy, and nothing restarts it. The operator acts at
    // 100 s + 15 min, `docker stop` waits 10 s for the hung process, start-up 5 s ⇒ up at 1015 s.
    let (_, r) = run("
seed: 0
duration: 30m
platform: { kind: compose }
services:
  - { name: api, startup: 5s, liveness: true }
events:
  - { at: 100s, hang: api }
");
    assert_eq!(first(&r, TraceKind::Unhealthy, "api-1"), Some(s(270)), "seed 0");
    assert!(matches!(cause(&r, TraceKind::Unhealthy, "api-1"), Cause::Unhealthy { swarm: false, .. }), "seed 0: Docker only reports it");
    let api = svc(&r, "api");
    assert_eq!(api.outages.first().map(|o| (o.start, o.end)), Some((s(100), Some(s(1015)))), "seed 0");
}

#[test]
fn compose_release_stops_then_starts_leaving_a_gap_of_the_startup_time() {
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: api, startup: 12s }
events:
  - { at: 60s, deploy: { service: api, version: v2 } }
");
    assert_eq!(svc(&r, "api").downtime, secs(12), "seed 0");
}

#[test]
fn compose_bad_release_is_down_until_the_operator_rolls_back() {
    // v2 crashes after its 5 s start-up; restart: no ⇒ down from 60 s until the operator's rollback at
    // 60 s + 15 min, then v1 starts in 5 s.
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: api, startup: 5s }
events:
  - { at: 60s, deploy: { service: api, version: v2, healthy: false } }
");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(965)))), "seed 0");
    assert!(matches!(cause(&r, TraceKind::Operator, "api"), Cause::OperatorRollsBack { platform: PlatformKind::Compose, .. }), "seed 0");
}

#[test]
fn compose_config_change_restarts_every_service_at_once() {
    // Everything restarts at 60 s; the API answers after its 5 s but needs the 8 s database.
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: api, startup: 5s, depends_on: [db] }
  - { name: db, kind: database, startup: 8s }
events:
  - { at: 60s, config_change: all }
");
    assert_eq!(svc(&r, "db").downtime, secs(8), "seed 0");
    assert_eq!(svc(&r, "api").downtime, secs(8), "seed 0");
    assert_eq!(svc(&r, "api").own_downtime, secs(5), "seed 0");
}

#[test]
fn compose_volume_resize_is_a_manual_outage_of_the_assumed_procedure() {
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: db, kind: database, startup: 8s, volume: 10Gi }
events:
  - { at: 60s, resize_volume: { service: db, size: 20Gi } }
");
    assert_eq!(svc(&r, "db").downtime, defaults::MANUAL_VOLUME_RESIZE.saturating_add(secs(8)), "seed 0");
    assert!(matches!(cause(&r, TraceKind::VolumeResize, "db"), Cause::VolumeResizedByHand { gib: 20, .. }), "seed 0");
}

#[test]
fn compose_cannot_scale_the_published_entry_without_a_reverse_proxy() {
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: api, capacity_rps: 100 }
traffic: { entry: api, rps: 150 }
events:
  - { at: 60s, scale: { service: api, replicas: 3 } }
");
    assert!(matches!(cause(&r, TraceKind::ScaleRefused, "api"), Cause::ComposeScaleRefused { .. }), "seed 0");
    // 50 requests/s above capacity for the whole hour.
    assert_eq!(svc(&r, "api").failed_requests, 50 * 3_600, "seed 0");
    assert_eq!(svc(&r, "api").served_requests, 100 * 3_600, "seed 0");
}

// ======================================================================= Docker Swarm

const SWARM_API: &str = "
seed: 0
duration: 30m
platform: { kind: swarm, nodes: 3 }
services:
  - { name: api, replicas: 1, startup: 5s, LIVENESS }
traffic: { entry: api, rps: 10 }
events:
  - { at: 60s, crash: api }
";

#[test]
fn swarm_crash_starts_a_new_task_after_the_restart_delay() {
    // crash at 60 s ⇒ new task at 60 + 5 s (--restart-delay); without HEALTHCHECK it joins the routing
    // mesh at once and answers after its 5 s start-up ⇒ 10 s down.
    let (_, r) = run(&SWARM_API.replace("LIVENESS", "liveness: false"));
    assert_eq!(first(&r, TraceKind::ContainerStarted, "api.1"), Some(s(65)), "seed 0");
    assert_eq!(svc(&r, "api").downtime, secs(10), "seed 0");
    assert_eq!(svc(&r, "api").failed_requests, 100, "seed 0: 10 requests/s for 10 s");
}

#[test]
fn swarm_task_with_healthcheck_joins_the_routing_mesh_only_when_healthy() {
    // Same crash; the first health check runs one 30 s interval after the start: running at 95 s.
    let (_, r) = run(&SWARM_API.replace("LIVENESS", "liveness: true"));
    assert_eq!(first(&r, TraceKind::Ready, "api.1"), Some(s(95)), "seed 0");
    assert_eq!(svc(&r, "api").downtime, secs(35), "seed 0");
}

#[test]
fn swarm_hang_with_healthcheck_is_replaced_after_unhealthy() {
    // hang at 100 s ⇒ unhealthy at 270 s (as on Compose), but Swarm replaces the task: new task at
    // 275 s (restart delay), healthy at the first check 30 s later.
    let (_, r) = run(&SWARM_API.replace("LIVENESS", "liveness: true").replace("crash: api", "hang: api").replace("at: 60s", "at: 100s"));
    assert_eq!(first(&r, TraceKind::Unhealthy, "api.1"), Some(s(270)), "seed 0");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(100), Some(s(305)))), "seed 0");
}

#[test]
fn swarm_notices_a_dead_node_after_three_missed_heartbeats_and_reschedules() {
    // kill node-1 at 60 s ⇒ its last heartbeat (every 5 s) was at most 5 s earlier; down after 3
    // missed heartbeats (15 s) ⇒ between 70 s and 75 s; new task 5 s later. The routing mesh drops
    // node-1's task earlier, when the gossip layer declares it dead: another member probes it within
    // 1 s (memberlist ProbeInterval), that probe round fails within 1 s, then the suspicion timeout
    // of 4 × max(1, log10 3) × 1 s = 4 s (3 members: no confirmations awaited) ⇒ 5 to 6 s after the
    // kill, before the heartbeat grace. 3 tasks on 3 nodes: one is on node-1.
    for seed in 0..20 {
        let (_, r) = with_seed("
seed: 0
platform: { kind: swarm, nodes: 3 }
services:
  - { name: api, replicas: 3, startup: 5s }
traffic: { entry: api, rps: 90 }
events:
  - { at: 60s, kill_node: node-1 }
", seed);
        let down = first(&r, TraceKind::NodeNotReady, "node-1").unwrap_or_else(|| panic!("seed {seed}: never noticed"));
        assert!(down > s(70) && down <= s(75), "seed {seed}: noticed at {down}");
        let gossip = first(&r, TraceKind::MeshRemoved, "node-1").unwrap_or_else(|| panic!("seed {seed}: the mesh never dropped node-1"));
        assert!(gossip >= s(65) && gossip < s(66) && gossip < down, "seed {seed}: mesh updated at {gossip}");
        let api = svc(&r, "api");
        assert_eq!(api.downtime, SimDuration::ZERO, "seed {seed}");
        // A third of the requests fail until the task leaves the routing mesh, and again during the
        // new task's 5 s start-up: without a HEALTHCHECK it joins the routing mesh before it answers.
        let expected = 30.0 * gossip.since(s(60)).as_secs_f64() + 30.0 * 5.0;
        assert!((api.failed_requests as f64 - expected).abs() <= 1.0, "seed {seed}: {} failed, expected {expected}", api.failed_requests);
        assert!(r.trace.iter().any(|e| e.kind == TraceKind::ContainerStarted && e.t == down.plus(secs(5))), "seed {seed}: replacement 5 s later");
    }
}

#[test]
fn a_dead_nodes_silence_is_said_as_the_control_plane_measured_it_even_at_the_start() {
    // Kubernetes (pkg/controller/nodelifecycle/node_lifecycle_controller.go tryUpdateNodeHealth):
    // at each check (every 5 s, --node-monitor-period) the node controller stamps probeTimestamp
    // with its own clock when it sees a renewed lease (the kubelet renews it every 10 s), and marks
    // the node NotReady when `now.After(probeTimestamp + gracePeriod)`. The stamp is a check, 50 s
    // (1.32) is 10 checks, and After is strict ⇒ NotReady at the 11th check after the one that saw
    // the last renewal: 55 s after it, 55–59 s after the renewal itself (the check that sees it
    // comes 0–4 s later; a renewal at a check's own second is seen by it). Killed at any moment —
    // at 00:00 too, when the last renewal was before the run started — the stated silence is the
    // time since that renewal, more than the grace period (issue 29: "no status for 49 s
    // (node-monitor-grace-period 50 s)"). Swarm: down 3 × 5 s heartbeats after the last one.
    let yaml = "
seed: 0
duration: 10m
platform: { kind: KIND, nodes: 3 }
services:
  - { name: api, replicas: 3, startup: 5s }
events:
  - { at: AT, kill_node: node-1 }
";
    for at_ms in [0u64, 1_000, 3_500, 10_000, 61_000, 127_000] {
        let at = SimTime(at_ms);
        for seed in 0..10 {
            let k8s = yaml.replace("KIND", "kubernetes").replace("AT", &format!("{at_ms}ms"));
            let (_, r) = with_seed(&k8s, seed);
            let e = r.trace.iter().find(|e| e.kind == TraceKind::NodeNotReady).unwrap_or_else(|| panic!("seed {seed}, kill at {at}: never NotReady"));
            let Cause::NodeNotReady { silent, seen, grace, period, .. } = e.cause.clone() else { panic!("seed {seed}: {:?}", e.cause) };
            assert_eq!((grace, period), (secs(50), secs(5)), "seed {seed}");
            assert_eq!(seen, secs(55), "seed {seed}, kill at {at}: the first check strictly more than 50 s after the stamp");
            assert!(silent >= seen && silent < seen.saturating_add(period) && silent > grace, "seed {seed}, kill at {at}: no status for {silent}");
            // The last renewal was at most one renewal period (10 s) before the kill, not after it.
            let renewed = e.t.since(SimTime::ZERO).as_millis() as i128 - silent.as_millis() as i128;
            assert!(renewed <= at_ms as i128 && renewed > at_ms as i128 - 10_000, "seed {seed}, kill at {at}: last renewal at {renewed} ms");
            let said = text::cause(&text::EN, &e.cause);
            assert!(said.contains(&format!("no status for {}", text::EN.duration(silent))) && said.contains("last saw one 55\u{a0}s ago"), "seed {seed}: {said}");
            let swarm = yaml.replace("KIND", "swarm").replace("AT", &format!("{at_ms}ms"));
            let (_, r) = with_seed(&swarm, seed);
            let e = r.trace.iter().find(|e| e.kind == TraceKind::NodeNotReady).unwrap_or_else(|| panic!("seed {seed}, kill at {at}: never down"));
            assert!(matches!(e.cause, Cause::SwarmNodeNoticed { silent, .. } if silent == secs(15)), "seed {seed}, kill at {at}: {:?}", e.cause);
        }
    }
}

#[test]
fn swarm_without_manager_quorum_reschedules_nothing_until_a_majority_is_back() {
    // 3 managers; the node running api and another die ⇒ quorum lost: api is not rescheduled until
    // the other is back at 10 min ⇒ new task then, answering 5 s later.
    let base = "
seed: 0
platform: { kind: swarm, nodes: 3, managers: 3 }
services:
  - { name: api, replicas: 1, startup: 5s }
";
    let home = node_at_start(base, "api.1");
    let other = if home == "node-1" { "node-2" } else { "node-1" };
    let (_, r) = run(&format!("{base}events:\n  - {{ at: 60s, kill_node: {home} }}\n  - {{ at: 61s, kill_node: {other} }}\n  - {{ at: 10m, restore_node: {other} }}\n"));
    assert!(matches!(cause(&r, TraceKind::Quorum, "swarm"), Cause::SwarmQuorumLost { up: 1, managers: 3 }), "seed 0");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(605)))), "seed 0");
}

/// A stateful service on a 3-node Swarm, without a HEALTHCHECK (a task runs once its container
/// started), with a `local` volume (a stack file's named volume without a driver).
const SWARM_DB: &str = "
seed: 0
duration: 30m
platform: { kind: swarm, nodes: 3 }
services:
  - { name: db, kind: database, replicas: 1, startup: 8s, volume: 10Gi PIN}
";

#[test]
fn swarm_restarts_an_unpinned_stateful_task_elsewhere_on_an_empty_volume_and_its_data_stays_behind() {
    // Swarm keeps no task by its data: the restart supervisor's replacement has no node
    // (swarmkit manager/orchestrator/restart/restart.go `Restart`: `NewTask(cluster, service,
    // t.Slot, "")`) and no scheduler filter knows a local volume's data (manager/scheduler/
    // pipeline.go `defaultFilters`: ready, resources, plugins (not for the `local` driver),
    // constraints, platform, host ports, max replicas; `VolumesFilter` is for cluster volumes
    // only). Kill db's node at 60 s ⇒ the managers declare it down after 3 missed 5 s heartbeats
    // (between 70 and 75 s, the heartbeat's phase comes from the seed), the new task is placed 5 s
    // later (--restart-delay) on another node, where Docker's local driver creates a new, empty
    // db-data volume: its data stays on the dead node. Without a HEALTHCHECK it runs at once and
    // answers after its 8 s start-up ⇒ down from 60 s to noticed + 13 s, with no operator.
    let unpinned = SWARM_DB.replace(" PIN", " ");
    let home = node_at_start(&unpinned, "db.1");
    for seed in 0..10 {
        let (sc, r) = with_seed(&format!("{unpinned}events:\n  - {{ at: 60s, kill_node: {home} }}\n"), seed);
        let noticed = first(&r, TraceKind::NodeNotReady, &home).unwrap_or_else(|| panic!("seed {seed}: never noticed"));
        assert!(noticed > s(70) && noticed <= s(75), "seed {seed}: noticed at {noticed}");
        assert_eq!(first(&r, TraceKind::DataLeftBehind, "db.1"), Some(noticed.plus(secs(5))), "seed {seed}");
        let moved = cause(&r, TraceKind::DataLeftBehind, "db.1");
        assert!(matches!(&moved, Cause::SwarmDataLeftBehind { node, data_node, empty: true, .. } if *node != home && *data_node == home), "seed {seed}: {moved:?}");
        let db = svc(&r, "db");
        assert_eq!(db.outages.iter().map(|o| (o.start, o.end)).collect::<Vec<_>>(), [(s(60), Some(noticed.plus(secs(13))))], "seed {seed}");
        assert!(matches!(db.data_left_behind.as_slice(), [l] if l.data_node == home && l.empty && l.t == noticed.plus(secs(5))), "seed {seed}: {:?}", db.data_left_behind);
        assert_eq!(first(&r, TraceKind::Operator, &home), None, "seed {seed}: nobody acts");
        // A consequence of its own, not hidden behind the short downtime.
        let c = summary::consequences(&sc, &r).into_iter().find(|c| c.service == "db").expect("db");
        assert!(c.findings.iter().any(|f| matches!(f, summary::Finding::DataLeftBehind { data_node, empty: true, .. } if *data_node == home)), "seed {seed}: {c:?}");
        assert!(text::consequence(&text::EN, &c).contains(&format!("with an empty volume: its data stayed on {home}")), "seed {seed}");
        assert_eq!(consistency::check(&sc, &r), Vec::<String>::new(), "seed {seed}");
    }
    // Pinned to its node (`node:`, a placement constraint `node.hostname == …` in the stack file):
    // the new task is Pending until the operator brings the node back at 60 s + 15 min = 960 s;
    // it starts there on its own volume and answers 8 s later.
    let (sc, r) = run(&format!("{}events:\n  - {{ at: 60s, kill_node: {home} }}\n", SWARM_DB.replace(" PIN", &format!(", node: {home} "))));
    assert!(matches!(cause(&r, TraceKind::Operator, &home), Cause::SwarmNodeBack { operator: Some(d), .. } if d == sc.timings.operator_reaction), "seed 0");
    let db = svc(&r, "db");
    assert_eq!(db.outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(968)))), "seed 0");
    assert!(db.data_left_behind.is_empty(), "seed 0: {:?}", db.data_left_behind);
    assert_eq!(consistency::check(&sc, &r), Vec::<String>::new(), "seed 0");
}

#[test]
fn swarm_update_takes_the_next_slot_as_soon_as_the_new_task_runs_and_waits_the_monitor_once() {
    // swarmkit manager/orchestrator/update/updater.go with Swarm's defaults (api/defaults/
    // service.go: parallelism 1, delay 0, stop-first, monitor 5 s): `Run` hands one slot at a time
    // to the `worker`, whose `updateTask` stops the old task, starts the new one and returns as
    // soon as it is RUNNING; with delay 0 the worker takes the next slot at once. `monitor` is
    // waited once, after the last slot (`monitorLoop`), before the update is complete.
    // A HEALTHCHECK every 5 s: a task is RUNNING when its first check passes, 5 s after its start
    // (the application needs 5 s). Release at T = 60 s ⇒ api.1 stopped at 60 s, its v2 running at
    // 65 s ⇒ api.2 stopped at once, running at 70 s ⇒ api.3 stopped at 70 s, running at 75 s ⇒
    // complete at 75 + 5 = 80 s (not 5 s after every task: 60, 70, 80 s and complete at 90 s).
    let yaml = "
seed: 0
platform: { kind: swarm, nodes: 3 }
services:
  - { name: api, replicas: 3, startup: 5s, liveness: { period: 5s } }
traffic: { entry: api, rps: 30 }
events:
  - { at: 60s, deploy: { service: api, version: v2 } }
";
    let (_, r) = run(yaml);
    let stopped: Vec<Option<SimTime>> = ["api.1", "api.2", "api.3"].iter().map(|t| first(&r, TraceKind::Terminating, t)).collect();
    assert_eq!(stopped, [Some(s(60)), Some(s(65)), Some(s(70))], "seed 0");
    let running: Vec<Vec<SimTime>> = ["api.1", "api.2", "api.3"].iter().map(|t| all(&r, TraceKind::Ready, t)).collect();
    assert_eq!(running, [vec![s(65)], vec![s(70)], vec![s(75)]], "seed 0");
    assert_eq!(first(&r, TraceKind::RolloutComplete, "api"), Some(s(80)), "seed 0");
    // Stop-first with two other tasks serving: no downtime, no failed request (a stopped task leaves
    // the routing mesh first, a new one joins it when healthy).
    assert_eq!((svc(&r, "api").downtime, svc(&r, "api").failed_requests), (SimDuration::ZERO, 0), "seed 0");
    // Without a HEALTHCHECK a task is RUNNING as soon as its container started (image cached,
    // Hafen's old task stops at once): every slot is taken at 60 s and the update is complete at
    // 65 s; with no old task left and the new ones answering only after their 5 s start-up, the
    // service is down from 60 to 65 s.
    let (_, r) = run(&yaml.replace(", liveness: { period: 5s }", ""));
    let stopped: Vec<Option<SimTime>> = ["api.1", "api.2", "api.3"].iter().map(|t| first(&r, TraceKind::Terminating, t)).collect();
    assert_eq!(stopped, [Some(s(60)); 3], "seed 0");
    assert_eq!(first(&r, TraceKind::RolloutComplete, "api"), Some(s(65)), "seed 0");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(65)))), "seed 0");
    // While the worker brings up the last slot, `Run` waits for it (`wg.Wait()`) and reads a
    // failure only afterwards, measuring the window then. Two replicas, HEALTHCHECK every 30 s:
    // api.1's v2 is RUNNING at 90 s, api.2 is taken at once and is RUNNING at 120 s. api.1 crashes
    // at 92 s, 2 s after it ran; the updater reads it at 120 s, 30 s after ⇒ it does not count:
    // complete at 125 s, while the restart supervisor replaced api.1 at 97 s.
    let two = yaml.replace("replicas: 3", "replicas: 2").replace("liveness: { period: 5s }", "liveness: true").replace("rps: 30", "rps: 20");
    let (_, r) = run(&format!("{two}  - {{ at: 92s, crash: api }}\n"));
    assert_eq!(first(&r, TraceKind::Crash, "api.1"), Some(s(92)), "seed 0");
    assert_eq!(first(&r, TraceKind::UpdatePaused, "api"), None, "seed 0");
    assert_eq!(first(&r, TraceKind::RolloutComplete, "api"), Some(s(125)), "seed 0");
}

#[test]
fn swarm_bad_release_pauses_once_the_updater_has_moved_on_to_the_next_slots() {
    // updater.go: a task the update created (`updatedTasks`) that fails before it reaches RUNNING,
    // or at most `monitor` (5 s) after (`failureTriggersAction`: `time.Since(startedAt) <=
    // monitoringPeriod`), pauses the update (failure action pause, max failure ratio 0); the
    // worker has meanwhile taken the next slot as soon as that task was RUNNING. The tasks of the
    // paused update keep failing: the restart supervisor replaces each after the 5 s restart delay
    // with a task of the service's spec, the bad release (restart.go `Restart`).
    // v2 exits right after its 5 s start-up. Without a HEALTHCHECK each new task is RUNNING at its
    // container start: at 60 s api.1, api.2 and api.3 are all stopped and replaced; api.1's task
    // fails at 65 s, 5 s after it ran, within the window ⇒ paused at 65 s with 3 of 3 updated, not
    // 1: nothing serves, from 60 s until the operator's rollback at 60 s + 15 min = 960 s. Every
    // slot's v2 task failed at 955 s; its restart, due at 960 s, starts v1 (the spec is v1 again)
    // ⇒ answers at 965 s.
    let yaml = "
seed: 0
platform: { kind: swarm, nodes: 3 }
services:
  - { name: api, replicas: 3, startup: 5s LIVENESS }
traffic: { entry: api, rps: 30 }
events:
  - { at: 60s, deploy: { service: api, version: v2, healthy: false } }
";
    let (_, r) = run(&yaml.replace(" LIVENESS", ""));
    assert_eq!(first(&r, TraceKind::UpdatePaused, "api"), Some(s(65)), "seed 0");
    let paused = cause(&r, TraceKind::UpdatePaused, "api");
    assert!(matches!(&paused, Cause::UpdatePaused { task, ran: Some(ran), updated: 3, slots: 3, .. } if task == "api.1" && *ran == secs(5)), "seed 0: {paused:?}");
    let stopped: Vec<Option<SimTime>> = ["api.1", "api.2", "api.3"].iter().map(|t| first(&r, TraceKind::Terminating, t)).collect();
    assert_eq!(stopped, [Some(s(60)); 3], "seed 0");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(965)))), "seed 0");
    assert!(matches!(cause(&r, TraceKind::Operator, "api"), Cause::OperatorRollsBack { platform: PlatformKind::Swarm, .. }), "seed 0");
    // A start-up longer than the window (8 s): the update is complete at 65 s, the monitor window
    // after its last slot, before any v2 task fails at 68 s (8 s after it ran: not counted) ⇒ no
    // pause; the tasks keep failing until the operator rolls back.
    let (_, r) = run(&yaml.replace(" LIVENESS", "").replace("startup: 5s", "startup: 8s"));
    assert_eq!(first(&r, TraceKind::RolloutComplete, "api"), Some(s(65)), "seed 0");
    assert_eq!(first(&r, TraceKind::UpdatePaused, "api"), None, "seed 0");
    assert_eq!(first(&r, TraceKind::Crash, "api.1"), Some(s(68)), "seed 0");
    // With a HEALTHCHECK (every 30 s) a task is RUNNING only once healthy; api.1's v2 exits at 65 s,
    // before its first check at 90 s: `updateTask` returns on the failed state and the failure
    // counts (it never ran), before the worker could take api.2 ⇒ paused at 65 s with 1 of 3
    // updated. api.2 and api.3 (v1) keep serving: no downtime; api.1's slot restarts v2 every
    // 10 s (5 s delay, 5 s start-up) and never joins the routing mesh, so no request fails.
    let (_, r) = run(&yaml.replace(" LIVENESS", ", liveness: true"));
    assert_eq!(first(&r, TraceKind::UpdatePaused, "api"), Some(s(65)), "seed 0");
    assert!(matches!(cause(&r, TraceKind::UpdatePaused, "api"), Cause::UpdatePaused { ran: None, updated: 1, slots: 3, .. }), "seed 0");
    assert_eq!((first(&r, TraceKind::Terminating, "api.2"), first(&r, TraceKind::Terminating, "api.3")), (None, None), "seed 0");
    assert_eq!((svc(&r, "api").downtime, svc(&r, "api").failed_requests), (SimDuration::ZERO, 0), "seed 0");
    assert_eq!(all(&r, TraceKind::Crash, "api.1").into_iter().take(3).collect::<Vec<_>>(), [s(65), s(75), s(85)], "seed 0");
}

// ======================================================================= Kubernetes

#[test]
fn k8s_hang_fails_probes_then_the_container_is_killed_after_the_grace_period() {
    // Probes every 10 s since start (t = 0); hang at 100 s ⇒ failures at 110, 120, 130 s, each after
    // its 1 s timeout ⇒ NotReady and liveness kill at 131 s; the hung process is killed after 30 s
    // (terminationGracePeriodSeconds) at 161 s, restarted at once; the pod's probe worker keeps its
    // 10 s ticks across the restart (pkg/kubelet/prober/worker.go), so the first probe after the 5 s
    // start-up is at 170 s: Ready.
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 2, startup: 5s, liveness: true, readiness: true }
traffic: { entry: api, rps: 100 }
events:
  - { at: 100s, hang: api }
");
    assert_eq!(first(&r, TraceKind::NotReady, "api-1"), Some(s(131)), "seed 0");
    assert_eq!(first(&r, TraceKind::LivenessFailed, "api-1"), Some(s(131)), "seed 0");
    assert_eq!(first(&r, TraceKind::ContainerStarted, "api-1"), Some(s(161)), "seed 0");
    assert_eq!(first(&r, TraceKind::Ready, "api-1"), Some(s(170)), "seed 0");
    let api = svc(&r, "api");
    assert_eq!(api.downtime, SimDuration::ZERO, "seed 0");
    assert_eq!(api.degraded, secs(31), "seed 0: a hung pod stays in the endpoints until its readiness probe fails");
    assert_eq!(api.failed_requests, 50 * 31, "seed 0");
}

const NEW_POD: &str = "
seed: 0
duration: 15m
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 1, startup: STARTUP, liveness: true, readiness: true EXTRA }
events:
  - { at: 60s, scale: { service: api, replicas: 2 } }
";

#[test]
fn k8s_a_new_pods_probes_count_from_one_period_after_it_starts() {
    // pkg/kubelet/prober/worker.go: the probe worker starts with the pod (prober_manager.go
    // `AddPod`); `run` calls `doProbe` at once, which finds no container yet ("Probe target
    // container not found") and counts nothing; then it ticks every periodSeconds. The pod added by
    // `kubectl scale` at 60 s starts its container at 60 s: counted probes at 70, 80, 90 s … (10 s,
    // failureThreshold 3). A liveness or startup probe allows the full failureThreshold ×
    // periodSeconds.
    //
    // Start-up 25 s (answers at 85 s): the liveness probes at 70 and 80 s fail, the one at 90 s
    // passes: it survives. Readiness: the run UpdatePodStatus triggers as the container starts (60 s)
    // and the ticks at 70, 80 s fail, 90 s passes: Ready at 90 s.
    let (_, r) = run(&NEW_POD.replace("STARTUP", "25s").replace(" EXTRA", ""));
    assert_eq!(first(&r, TraceKind::Ready, "api-2"), Some(s(90)), "seed 0");
    assert_eq!(first(&r, TraceKind::LivenessFailed, "api-2"), None, "seed 0: a 25 s starter survives the default liveness probe");
    // Start-up 60 s (answers at 120 s): killed at the third counted failure, 90 s = 30 s after its
    // start; restarted at once at 90 s, a tick, which saw the old container: counted 100, 110, 120 s
    // ⇒ killed at 120 s, 30 s after the restart again; it never starts.
    let (_, r) = run(&NEW_POD.replace("STARTUP", "60s").replace(" EXTRA", ""));
    assert_eq!(all(&r, TraceKind::LivenessFailed, "api-2").get(..2), Some(&[s(90), s(120)][..]), "seed 0");
    assert_eq!(first(&r, TraceKind::Ready, "api-2"), None, "seed 0");
    // startupProbe failureThreshold 30: counted ticks at 70, 80 … 360 s, 5 minutes after the start.
    // Start-up 295 s (answers at 355 s): passes at 360 s, and the readiness run its result triggers
    // finds it up: Ready at 360 s.
    let (_, r) = run(&NEW_POD.replace("STARTUP", "295s").replace(" EXTRA", ", startup_probe: { failure_threshold: 30 }"));
    assert_eq!(first(&r, TraceKind::Ready, "api-2"), Some(s(360)), "seed 0");
    assert_eq!(first(&r, TraceKind::StartupFailed, "api-2"), None, "seed 0");
    // Start-up 301 s (answers at 361 s): the 30th counted failure at 360 s kills it, 300 s =
    // failureThreshold × periodSeconds after its start, as the trace says.
    let (_, r) = run(&NEW_POD.replace("STARTUP", "301s").replace(" EXTRA", ", startup_probe: { failure_threshold: 30 }"));
    assert_eq!(first(&r, TraceKind::StartupFailed, "api-2"), Some(s(360)), "seed 0");
    assert!(
        matches!(cause(&r, TraceKind::StartupFailed, "api-2"), Cause::StartupProbeFailed { threshold: 30, period, .. } if period == secs(10)),
        "seed 0"
    );
}

#[test]
fn k8s_hang_without_probes_is_never_noticed_by_the_platform() {
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 1, startup: 5s }
events:
  - { at: 100s, hang: api }
");
    // Only the operator, 15 min later: kubectl delete pod, 30 s for the hung process, 5 s start-up.
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(100), Some(s(1035)))), "seed 0");
}

const ROLLING: &str = "
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 4, startup: 5s, liveness: true, readiness: true PRESTOP }
traffic: { entry: api, rps: 100 }
events:
  - { at: 60s, deploy: { service: api, version: v2 } }
";

#[test]
fn k8s_rolling_update_has_no_downtime_but_a_small_error_blip_without_a_pre_stop_pause() {
    // Readiness gating: no downtime. But each of the 4 old pods stops at SIGTERM while its removal
    // from the endpoints still propagates to kube-proxy (about 1 s, its --iptables-min-sync-period):
    // its share of the 100 requests/s fails for that second. With 4 or 5 endpoints listed (maxSurge 1)
    // that is 20–25 requests per old pod: 80–100 in all.
    let (_, r) = run(&ROLLING.replace(" PRESTOP", ""));
    let api = svc(&r, "api");
    assert_eq!(api.downtime, SimDuration::ZERO, "seed 0");
    assert!((80..=100).contains(&api.failed_requests), "seed 0: {} failed", api.failed_requests);
    assert_eq!(all(&r, TraceKind::Terminating, "api-1").len(), 1, "seed 0");
    assert!(r.trace.iter().filter(|e| e.kind == TraceKind::EndpointRemoved).count() == 4, "seed 0: one blip per old pod");
    let started_v2 = r.trace.iter().filter(|e| e.kind == TraceKind::ContainerStarted && matches!(&e.cause, Cause::ContainerStarted { version, .. } if version == "v2")).count();
    assert_eq!(started_v2, 4, "seed 0");
    assert!(first(&r, TraceKind::RolloutComplete, "api").is_some_and(|t| t > s(60) && t < s(120)), "seed 0");
}

#[test]
fn k8s_rollout_is_complete_only_when_kubectl_rollout_status_says_so() {
    // kubectl rollout status (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go):
    // a Deployment is rolled out when updatedReplicas ≥ replicas, no old replicas are left and
    // availableReplicas ≥ updatedReplicas; a StatefulSet when readyReplicas ≥ replicas and every
    // pod is at the update revision. Issue 29: a 1-replica StatefulSet logged "rollout to v2
    // complete" at 60 s, when its only pod was deleted, before the new one even started.
    // StatefulSet db, 1 replica: db-0 (v1) deleted at 60 s and recreated at once (it stops at
    // SIGTERM), 8 s start-up, readiness probed every 10 s from the pod's start ⇒ Ready at 70 s ⇒
    // complete at 70 s. Deployment api, 1 replica: maxSurge ceil(25 %) = 1, maxUnavailable 0 ⇒
    // api-2 (v2) created at 180 s, answers at 185 s, Ready at its probe at 190 s, then api-1 is
    // deleted ⇒ complete at 190 s. StatefulSet of 3: one pod at a time from the highest ordinal,
    // each Ready 10 s after it was recreated ⇒ db-2 at 310 s, db-1 at 320 s, db-0 at 330 s ⇒
    // complete at 330 s.
    let yaml = "
seed: 0
duration: 10m
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: db, kind: database, replicas: 1, startup: 8s, readiness: true, volume: 10Gi }
  - { name: api, replicas: 1, startup: 5s, readiness: true, depends_on: [db] }
  - { name: store, kind: database, replicas: 3, startup: 8s, readiness: true, volume: 10Gi }
traffic: { entry: api, rps: 10 }
events:
  - { at: 60s, deploy: { service: db, version: v2 } }
  - { at: 180s, deploy: { service: api, version: v2 } }
  - { at: 300s, deploy: { service: store, version: v2 } }
";
    for seed in 0..4 {
        let (_, r) = with_seed(yaml, seed);
        assert_eq!(all(&r, TraceKind::RolloutComplete, "db"), [s(70)], "seed {seed}");
        assert_eq!(first(&r, TraceKind::Ready, "db-0").filter(|&t| t > s(60)), Some(s(70)), "seed {seed}");
        assert_eq!(all(&r, TraceKind::RolloutComplete, "api"), [s(190)], "seed {seed}");
        assert_eq!(first(&r, TraceKind::Ready, "api-2"), Some(s(190)), "seed {seed}");
        assert_eq!(all(&r, TraceKind::RolloutComplete, "store"), [s(330)], "seed {seed}");
        // Never before the last new pod of the service is Ready.
        for (svc_name, at) in [("db", s(70)), ("api", s(190)), ("store", s(330))] {
            let last_ready = r.trace.iter().filter(|e| e.kind == TraceKind::Ready && e.subject.starts_with(&format!("{svc_name}-"))).map(|e| e.t).max();
            assert_eq!(last_ready, Some(at), "seed {seed}: {svc_name}");
        }
    }
}

#[test]
fn k8s_rolling_update_with_a_pre_stop_pause_fails_no_request() {
    // preStop sleep 5 s: the old pod keeps answering while its endpoint removal propagates (1 s), and
    // gets SIGTERM only once no request reaches it.
    let (_, r) = run(&ROLLING.replace(" PRESTOP", ", pre_stop: 5s"));
    let api = svc(&r, "api");
    assert_eq!((api.downtime, api.failed_requests), (SimDuration::ZERO, 0), "seed 0");
    assert!(r.trace.iter().all(|e| e.kind != TraceKind::EndpointRemoved), "seed 0");
}

#[test]
fn k8s_bad_release_stalls_behind_readiness_gating_until_rollout_undo() {
    // maxSurge 1, maxUnavailable 0 for 2 replicas: one v2 pod, never Ready; the old pods keep
    // serving. No progress for 600 s ⇒ ProgressDeadlineExceeded at 660 s; the operator runs
    // `kubectl rollout undo` at 60 s + 15 min.
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 2, startup: 5s, liveness: true, readiness: true }
traffic: { entry: api, rps: 100 }
events:
  - { at: 60s, deploy: { service: api, version: v2, healthy: false } }
");
    assert_eq!(svc(&r, "api").downtime, SimDuration::ZERO, "seed 0");
    assert_eq!(svc(&r, "api").failed_requests, 0, "seed 0");
    assert_eq!(first(&r, TraceKind::RolloutStalled, "api"), Some(s(660)), "seed 0");
    assert_eq!(first(&r, TraceKind::Operator, "api"), Some(s(960)), "seed 0");
    assert!(matches!(cause(&r, TraceKind::Operator, "api"), Cause::OperatorRollsBack { platform: PlatformKind::Kubernetes, .. }), "seed 0");
    // The broken pod loops in CrashLoopBackOff: 10 s, 20 s, 40 s … back-off.
    let starts = all(&r, TraceKind::ContainerStarted, "api-3");
    assert_eq!(starts.get(..3), Some(&[s(60), s(65), s(80)][..]), "seed 0: restarts at once, then after 10 s");
}

#[test]
fn k8s_bad_release_without_readiness_probe_takes_the_service_down() {
    // Without a readiness probe a pod is Ready as soon as its container runs: the rollout replaces
    // both old pods at once and v2 crashes after 5 s ⇒ down until the undo at 960 s plus 5 s.
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 2, startup: 5s }
events:
  - { at: 60s, deploy: { service: api, version: v2, healthy: false } }
");
    assert_eq!(svc(&r, "api").outages.first().map(|o| (o.start, o.end)), Some((s(60), Some(s(965)))), "seed 0");
}

#[test]
fn k8s_autoscaler_doubles_then_waits_five_minutes_before_scaling_down() {
    // 2 pods × 100 requests/s capacity, target 70 % CPU. At 60 s traffic goes to 400/s ⇒ 200 % of
    // the request (the node has room for it: no limit): ceil(200/70 × 2 Ready pods) = 6. The HPA
    // sees it one metrics-server scrape (every 15 s) and one sync (every 15 s) later ⇒ h in
    // [60 s, 90 s). No `behavior` (pkg/controller/podautoscaler/horizontal.go
    // `normalizeDesiredReplicas`, `calculateScaleUpLimit`): at most max(2 × 2, 4) = 4. At h + 15 s the
    // 2 new pods, not yet Ready (5 s start-up, then the readiness tick), count 0 %: 400 % over 4 pods
    // ⇒ ceil(1.43 × 4) = 6 ≤ max(2 × 4, 4) = 8 ⇒ 6. Once Ready 400/6 ≈ 67 % is within the 10 %
    // tolerance of 70 %: no further change.
    // At 10 min back to 100/s ⇒ 2 recommended at the first sync d after the next scrape
    // (d in 10:00 … 10:30), applied only once the last sync that still wanted 6 (d − 15 s) is 300 s
    // old (`stabilizeRecommendation`, --horizontal-pod-autoscaler-downscale-stabilization): at
    // d + 285 s, between 14:45 and 15:15.
    for seed in 0..10 {
        let (_, r) = with_seed("
seed: 0
duration: 30m
platform: { kind: kubernetes, nodes: 3, node_cpu: 4 }
services:
  - { name: api, replicas: 2, startup: 5s, readiness: true, capacity_rps: 100, autoscale: { min: 2, max: 10, cpu: 70 } }
traffic: { entry: api, rps: 100 }
events:
  - { at: 60s, traffic: { rps: 400 } }
  - { at: 10m, traffic: { rps: 100 } }
", seed);
        let scales: Vec<(SimTime, (u32, u32))> = r
            .trace
            .iter()
            .filter_map(|e| if let Cause::Autoscale { from, to, .. } = e.cause { Some((e.t, (from, to))) } else { None })
            .collect();
        let (up_t, up) = scales.first().cloned().unwrap_or_else(|| panic!("seed {seed}: never scaled"));
        assert!(up_t >= s(60) && up_t < s(90), "seed {seed}: first sync at {up_t}");
        assert_eq!(up, (2, 4), "seed {seed}");
        assert_eq!(scales.get(1).cloned(), Some((up_t.plus(secs(15)), (4, 6))), "seed {seed}");
        let (down_t, down) = scales.get(2).cloned().unwrap_or_else(|| panic!("seed {seed}: never scaled down"));
        assert_eq!(down, (6, 2), "seed {seed}");
        assert!(down_t >= s(885) && down_t < s(915), "seed {seed}: scale-down at {down_t}");
        assert_eq!(scales.len(), 3, "seed {seed}: {scales:?}");
    }
}

const HPA_500: &str = "
seed: 0
duration: 20m
platform: { kind: kubernetes, nodes: 3, node_cpu: 4 }
services:
  - { name: api, replicas: 2, startup: 5s, readiness: true, capacity_rps: 100, autoscale: { min: 2, max: 10, cpu: 70 BEHAVIOR } }
traffic: { entry: api, rps: 100 }
events:
  - { at: 60s, traffic: { rps: 500 } }
  - { at: 10m, traffic: { rps: 100 } }
";

/// The autoscaler's steps in `r`: (time, from, to, step).
fn hpa_steps(r: &Run) -> Vec<(SimTime, u32, u32, hafen_core::cause::HpaStep)> {
    r.trace.iter().filter_map(|e| if let Cause::Autoscale { from, to, step, .. } = &e.cause { Some((e.t, *from, *to, *step)) } else { None }).collect()
}

#[test]
fn k8s_autoscaler_without_behavior_at_most_doubles_each_sync_and_with_behavior_adds_four_or_doubles() {
    use hafen_core::cause::{HpaHeld, HpaLimit, HpaStep};
    // 2 pods × 100 requests/s capacity, target 70 % CPU. At 60 s traffic goes to 500/s ⇒ 250 % of
    // each pod's request: ceil(250/70 × 2 Ready pods) = ceil(7.14) = 8. The HPA sees it at the first
    // sync h after metrics-server's first scrape after 60 s (scrapes and syncs every 15 s) ⇒ h in
    // [60 s, 90 s).
    //
    // No `behavior` (what Hafen's export writes unless the scenario sets it): pkg/controller/
    // podautoscaler/horizontal.go `normalizeDesiredReplicas` limits a step to
    // `calculateScaleUpLimit` = max(2 × current, 4). At h: max(2 × 2, 4) = 4. The 2 new pods start
    // at h and are Ready at h + 10 s (5 s start-up; the readiness run as they start fails, the pod's
    // tick at h + 10 s passes). At h + 15 s, if the last scrape came before they were Ready, they
    // count 0 %: 500 % over 4 pods = 125 % ⇒ ceil(1.79 × 4) = 8; if it came after, their samples are
    // too new to count (CPU initialization period) and the rest flips direction: no change
    // recommended, but the highest recommendation of the window, 8 from h, still stands
    // (`stabilizeRecommendation` applies it to every step). Either way 8, within max(2 × 4, 4) = 8.
    // Then 500/8 = 62.5 % ⇒ ceil(0.89 × 8) = 8: it stays.
    for seed in 0..10 {
        let (sc, r) = with_seed(&HPA_500.replace(" BEHAVIOR", ""), seed);
        let steps = hpa_steps(&r);
        let &(h, from, to, step) = steps.first().unwrap_or_else(|| panic!("seed {seed}: never scaled"));
        assert!(h >= s(60) && h < s(90), "seed {seed}: first sync at {h}");
        assert_eq!((from, to), (2, 4), "seed {seed}");
        assert!(matches!(step, HpaStep::Up { limit: Some(HpaLimit::Legacy { current: 2, limit: 4 }), .. }), "seed {seed}: {step:?}");
        let said = hafen_core::text::cause(&hafen_core::text::EN, &r.trace.iter().find(|e| e.kind == TraceKind::Autoscale).expect("scaled").cause);
        assert!(said.ends_with("limited to max(2 × 2, 4) = 4 (no behavior set)"), "seed {seed}: {said}");
        assert_eq!(steps.get(1).map(|x| (x.0, x.1, x.2)), Some((h.plus(secs(15)), 4, 8)), "seed {seed}");
        assert!(matches!(steps.get(1), Some((_, _, _, HpaStep::Up { limit: None, .. }))), "seed {seed}: {steps:?}");
        if let Some((_, _, _, HpaStep::Up { held: Some(held), .. })) = steps.get(1) {
            assert!(matches!(held, HpaHeld::Highest { replicas: 8, window } if *window == secs(300)), "seed {seed}: {held:?}");
        }
        // Back to 100/s at 10 min: down once the last 8 is 300 s old (see the test above).
        assert!(matches!(steps.get(2), Some(&(d, 8, 2, _)) if d >= s(885) && d < s(915)), "seed {seed}: {steps:?}");
        assert_eq!(steps.len(), 3, "seed {seed}: {steps:?}");
        // Its manifest has no spec.behavior, as simulated.
        let doc = hafen_core::document::Document { scenario: sc, pricing: Default::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None };
        assert!(!hafen_core::export::kubernetes::manifests(&doc).contains("behavior:"), "seed {seed}");
    }
    // `behavior: default`: the API server fills in pkg/apis/autoscaling/v2/defaults.go's rules, and
    // the controller follows `normalizeDesiredReplicasWithBehaviors`: scale-up window 0 s; policies
    // Pods 4 and Percent 100 per 15 s, the larger applies, counted from the replicas at the start of
    // the period. At h: max(2 + 4, 2 + 100 %) = 6. At h + 15 s the step at h is one period old,
    // outside it (the controller's syncs come a moment more than 15 s apart), so the policies count
    // from 6. If the last scrape came before the 4 new pods were Ready (h + 10 s) they count 0 %:
    // 500 % over 6 pods = 83 % ⇒ ceil(1.19 × 6) = 8 ≤ max(6 + 4, 6 + 100 %) ⇒ 8 at h + 15 s. If it
    // came after, their samples are too new and the rest flips direction: no change, and no window
    // remembers 8 (scale-up window 0 s); the scrape after (a full resolution after they were Ready)
    // counts all 6 at 83 % ⇒ 8 at h + 30 s.
    // `scale_down_window: 1m`: after 100/s at 10 min, 2 is recommended at the first sync d after
    // the next scrape (d in [10:00, 10:30)) and applied once the last sync that wanted 8 (d − 15 s)
    // is 60 s old: d + 45 s.
    for seed in 0..10 {
        let (sc, r) = with_seed(&HPA_500.replace(" BEHAVIOR", ", behavior: { scale_down_window: 1m }"), seed);
        let steps = hpa_steps(&r);
        let &(h, from, to, step) = steps.first().unwrap_or_else(|| panic!("seed {seed}: never scaled"));
        assert!(h >= s(60) && h < s(90), "seed {seed}: first sync at {h}");
        assert_eq!((from, to), (2, 6), "seed {seed}");
        assert!(matches!(step, HpaStep::Up { limit: Some(HpaLimit::Policies { start: 2, pods: 4, percent: 100, limit: 6, .. }), .. }), "seed {seed}: {step:?}");
        let second = steps.get(1).map(|x| (x.0, x.1, x.2));
        assert!(second == Some((h.plus(secs(15)), 6, 8)) || second == Some((h.plus(secs(30)), 6, 8)), "seed {seed}: {steps:?}");
        let &(d, from, to, _) = steps.get(2).unwrap_or_else(|| panic!("seed {seed}: never scaled down"));
        assert_eq!((from, to), (8, 2), "seed {seed}");
        assert!(d >= s(645) && d < s(675), "seed {seed}: scale-down at {d}");
        assert_eq!(steps.len(), 3, "seed {seed}: {steps:?}");
        // Its manifest says what was simulated.
        let doc = hafen_core::document::Document { scenario: sc, pricing: Default::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None };
        let yaml = hafen_core::export::kubernetes::manifests(&doc);
        assert!(yaml.contains("  behavior:\n    scaleUp:\n      stabilizationWindowSeconds: 0\n"), "seed {seed}: {yaml}");
        assert!(yaml.contains("- { type: Pods, value: 4, periodSeconds: 15 }") && yaml.contains("- { type: Percent, value: 100, periodSeconds: 15 }"), "seed {seed}");
        assert!(yaml.contains("    scaleDown:\n      stabilizationWindowSeconds: 60\n"), "seed {seed}");
    }
    // `scale_up_window: 1m`: the controller raises the replicas only to the lowest recommendation
    // of the last minute (`stabilizeRecommendationWithBehaviors`). The sync before h (h − 15 s)
    // still recommended 2, so the first step waits until it is 60 s old: h + 45 s, then
    // max(2 + 4, 2 + 100 %) = 6.
    for seed in 0..10 {
        let (_, r) = with_seed(&HPA_500.replace(" BEHAVIOR", ", behavior: { scale_up_window: 1m }"), seed);
        let steps = hpa_steps(&r);
        let &(t, from, to, _) = steps.first().unwrap_or_else(|| panic!("seed {seed}: never scaled"));
        assert!(t >= s(105) && t < s(135), "seed {seed}: first step at {t}");
        assert_eq!((from, to), (2, 6), "seed {seed}");
    }
}

#[test]
fn k8s_spreads_replicas_over_zones_and_a_zone_failure_moves_them_elsewhere() {
    let (sc, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 6, zones: 3 }
services:
  - { name: api, replicas: 3, startup: 5s, readiness: true }
events:
  - { at: 60s, kill_zone: zone-a }
");
    let zone_of = |snap: &Snapshot, rep: u32| snap.replicas.iter().find(|x| x.0 == rep).and_then(|x| x.1).and_then(|n| r.nodes.get(n as usize)).and_then(|n| n.zone);
    let start = r.snapshot_at(SimTime::ZERO);
    let mut zones: Vec<_> = start.replicas.iter().map(|x| zone_of(&start, x.0)).collect();
    zones.sort();
    assert_eq!(zones, vec![Some(0), Some(1), Some(2)], "seed 0: one replica per zone");
    let end = r.snapshot_at(r.end);
    let running: Vec<_> = end.replicas.iter().filter(|x| x.2 == ReplicaState::Running).collect();
    assert_eq!(running.len(), 3, "seed 0");
    assert!(running.iter().all(|x| zone_of(&end, x.0) != Some(0)), "seed 0: none left in zone-a");
    assert_eq!(sc.platform.zone_names(), vec!["zone-a", "zone-b", "zone-c"]);
}

#[test]
fn k8s_pinned_pod_waits_pending_for_its_node() {
    // api pinned to node-1 (nodeSelector); node-1 dies at 60 s and is back at 20 min. The evicted
    // pod's replacement stays Pending until node-1 is Ready again (at the node controller's next check).
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 1, startup: 5s, readiness: true, node: node-1 }
events:
  - { at: 60s, kill_node: node-1 }
  - { at: 20m, restore_node: node-1 }
");
    assert!(matches!(cause(&r, TraceKind::Pending, "api-2"), Cause::Pending { need: Unschedulable { pin: Some(p), .. }, .. } if p == "node-1"), "seed 0");
    let ready = first(&r, TraceKind::NodeReady, "node-1").unwrap_or(SimTime::ZERO);
    assert!(ready >= s(1200) && ready < s(1205), "seed 0: node Ready at {ready}");
    assert_eq!(first(&r, TraceKind::Ready, "api-2"), Some(ready.plus(secs(10))), "seed 0: start-up 5 s, probe at 10 s");
}

#[test]
fn k8s_leaves_a_pod_pending_when_nothing_fits() {
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 1, node_cpu: 1, node_memory: 4Gi }
services:
  - { name: api, replicas: 3, cpu: 500m }
");
    let snap = r.snapshot_at(SimTime::ZERO);
    assert_eq!(snap.replicas.iter().filter(|x| x.2 == ReplicaState::Pending).count(), 1, "seed 0");
    assert!(matches!(cause(&r, TraceKind::Pending, "api-3"), Cause::Pending { need: Unschedulable { cpu_millis: 500, .. }, .. }), "seed 0");
}

#[test]
fn k8s_gpu_work_runs_only_on_gpu_nodes() {
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 2, gpu_nodes: 1, node_cpu: 4, node_memory: 16Gi }
services:
  - { name: trainer, kind: worker, gpu: true, cpu: 2 }
  - { name: api, replicas: 3 }
events:
  - { at: 60s, kill_node: gpu-1 }
");
    let snap = r.snapshot_at(SimTime::ZERO);
    let gpu = r.nodes.iter().position(|n| n.name == "gpu-1").map(|i| i as u32);
    for x in &snap.replicas {
        let on_gpu = x.1 == gpu;
        let is_trainer = r.replicas.get(x.0 as usize).is_some_and(|i| i.service == 0);
        assert_eq!(on_gpu, is_trainer, "seed 0: only the trainer on the GPU node");
    }
    assert!(matches!(cause(&r, TraceKind::Pending, "trainer-2"), Cause::Pending { need: Unschedulable { gpu: true, .. }, .. }), "seed 0: its replacement waits for a GPU node");
}

#[test]
fn k8s_expands_a_volume_online_and_restarts_a_statefulset_one_pod_at_a_time() {
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: db, kind: database, startup: 8s, readiness: true, volume: 10Gi }
events:
  - { at: 60s, resize_volume: { service: db, size: 20Gi } }
  - { at: 120s, config_change: db }
");
    // Resize: no downtime. Config change: the one pod is deleted and recreated: 8 s start-up, probe at 10 s.
    assert_eq!(svc(&r, "db").downtime, secs(10), "seed 0");
    assert!(matches!(cause(&r, TraceKind::VolumeResize, "db"), Cause::VolumeExpanded { .. }), "seed 0");
}

#[test]
fn k8s_manual_scale_adds_pods_ready_after_start_up_and_probe() {
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 2, startup: 5s, readiness: true }
events:
  - { at: 60s, scale: { service: api, replicas: 5 } }
");
    for p in ["api-3", "api-4", "api-5"] {
        assert_eq!(first(&r, TraceKind::Ready, p), Some(s(70)), "seed 0: {p}");
    }
    assert_eq!(r.snapshot_at(r.end).replicas.iter().filter(|x| x.2 == ReplicaState::Running).count(), 5, "seed 0");
}

#[test]
fn k8s_restored_node_takes_back_its_terminating_pods() {
    // api-1's node dead for 20 min: its pod was evicted and replaced; when it returns it is removed.
    let base = "
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 3, readiness: true }
";
    let home = node_at_start(base, "api-1");
    let (_, r) = run(&format!("{base}events:\n  - {{ at: 60s, kill_node: {home} }}\n  - {{ at: 20m, restore_node: {home} }}\n"));
    assert!(first(&r, TraceKind::PodRemoved, "api-1").is_some_and(|t| t == s(1200)), "seed 0");
    let end = r.snapshot_at(r.end);
    assert_eq!(end.replicas.len(), 3, "seed 0: no Terminating pod left");
    assert!(end.replicas.iter().all(|x| x.2 == ReplicaState::Running), "seed 0");
}

// ======================================================================= compare form

#[test]
fn the_same_topology_runs_on_all_three_platforms() {
    let (sc, _) = run(include_str!("../../../scenarios/2-node-failure.yaml"));
    for kind in PlatformKind::ALL {
        let (on, notes) = sc.on_platform(kind);
        assert!(notes.is_empty(), "{notes:?}");
        let r = simulate(&on).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!(r.platform, kind);
    }
}

#[test]
fn k8s_self_hosted_control_plane_without_etcd_quorum_freezes_the_cluster() {
    // cp-1 and cp-2 die at 60 s: etcd has 1 of 3 members. api-1's node dies at 70 s but nobody marks
    // it NotReady: its api pod keeps half the traffic failing until the control plane is back at
    // 20 min (cp-2 restored). Then the node is NotReady at once and evicted 300 s later.
    let base = "
seed: 0
duration: 40m
platform: { kind: kubernetes, nodes: 3, control_plane: self-hosted }
services:
  - { name: api, replicas: 2, startup: 5s, readiness: true }
traffic: { entry: api, rps: 100 }
";
    let home = node_at_start(base, "api-1");
    let (_, r) = run(&format!("{base}events:\n  - {{ at: 60s, kill_node: cp-1 }}\n  - {{ at: 60s, kill_node: cp-2 }}\n  - {{ at: 70s, kill_node: {home} }}\n  - {{ at: 20m, restore_node: cp-2 }}\n"));
    assert!(matches!(cause(&r, TraceKind::Quorum, "control-plane"), Cause::EtcdQuorumLost { .. }), "seed 0");
    assert_eq!(first(&r, TraceKind::NodeNotReady, &home), Some(s(1200)), "seed 0");
    assert_eq!(first(&r, TraceKind::PodEvicted, "api-1"), Some(s(1500)), "seed 0");
    let api = svc(&r, "api");
    assert_eq!(api.downtime, SimDuration::ZERO, "seed 0");
    assert_eq!(api.degraded, s(1200).since(s(70)), "seed 0: the dead pod stays in the endpoints");
    // Control-plane nodes run no application pods (NoSchedule taint).
    let snap = r.snapshot_at(SimTime::ZERO);
    assert!(snap.replicas.iter().all(|x| x.1.and_then(|n| r.nodes.get(n as usize)).is_some_and(|n| n.name.starts_with("node-"))), "seed 0");
}

#[test]
fn live_counters_at_any_moment_add_up_to_the_report() {
    // Compose, crash at 60 s, restart: no ⇒ down 60 s … 965 s; 10 requests/s.
    let (_, r) = run("
seed: 0
duration: 30m
platform: { kind: compose }
services:
  - { name: api, startup: 5s }
traffic: { entry: api, rps: 10 }
events:
  - { at: 60s, crash: api }
");
    let at = |t: u64| r.counters_at(0, s(t));
    assert_eq!(at(30).failed, 0, "seed 0");
    assert_eq!(at(30).served, 300, "seed 0");
    assert!(!at(30).down && at(30).availability == 1.0, "seed 0");
    assert_eq!(at(160).downtime, secs(100), "seed 0");
    assert_eq!(at(160).failed, 1_000, "seed 0");
    assert!(at(160).down, "seed 0");
    let end = r.counters_at(0, r.end);
    let api = svc(&r, "api");
    assert_eq!((end.downtime, end.failed, end.served), (api.downtime, api.failed_requests, api.served_requests), "seed 0");
    assert_eq!(r.changes_until(s(59)), r.changes_until(SimTime::ZERO), "seed 0: nothing changes before the crash");
}

#[test]
fn k8s_autoscaler_waits_the_stabilization_window_before_scaling_below_the_starting_replicas() {
    // 4 pods at the start, load for 1: the HPA's history starts at 4, so it scales down at the
    // first sync 300 s after the start, not at once.
    let (_, r) = run("
seed: 0
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: api, replicas: 4, readiness: true, capacity_rps: 100, autoscale: { min: 2, max: 10, cpu: 70 } }
traffic: { entry: api, rps: 50 }
");
    let t = first(&r, TraceKind::Autoscale, "api").unwrap_or_else(|| panic!("seed 0: never scaled"));
    assert!(t >= s(300) && t < s(315), "seed 0: scaled down at {t}");
    assert!(matches!(cause(&r, TraceKind::Autoscale, "api"), Cause::Autoscale { from: 4, to: 2, .. }), "seed 0");
}

#[test]
fn killing_the_node_of_a_service_that_runs_nowhere_is_ignored_and_says_so() {
    // The crash at 10 s leaves Compose's only api container Exited (restart: no), so at 20 s no
    // node runs api: nothing is killed, and the entry is about api.
    let (_, r) = run("
seed: 0
platform: { kind: compose }
services:
  - { name: api, startup: 5s }
events:
  - { at: 10s, crash: api }
  - { at: 20s, kill_node: { running: api } }
");
    assert_eq!(first(&r, TraceKind::FaultIgnored, "api"), Some(s(20)), "seed 0");
    assert!(matches!(cause(&r, TraceKind::FaultIgnored, "api"), Cause::Ignored(hafen_core::cause::Ignored::KillNoNodeRunning { .. })), "seed 0");
    assert_eq!(r.trace.iter().filter(|e| e.kind == TraceKind::NodeDown).count(), 0, "seed 0: nothing was killed");
}
