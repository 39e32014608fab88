//! Trace causes: why each entry of the event log happened.

use super::Words;
use crate::cause::{Cause, Created, Deletion, Exit, HpaCalc, HpaHeld, HpaLimit, HpaStep, Ignored, KubeStrategy, Release, TaskFailure, Unschedulable};
use crate::say;
use crate::time::SimDuration;
use crate::topology::PlatformKind;

/// How a container's process ended, as the sentence's verb ("container {how}").
pub fn exit(w: &Words, how: Exit) -> String {
    match how {
        Exit::Crashed => say!(w, "cause-exit-crashed"),
        Exit::CrashedBrokenRelease => say!(w, "cause-exit-broken-release"),
        Exit::KilledAfterGrace => say!(w, "cause-exit-killed-after-grace"),
        Exit::KilledByStartupProbe => say!(w, "cause-exit-killed-by-startup-probe"),
        Exit::KilledByLivenessWhileStarting => say!(w, "cause-exit-killed-by-liveness-while-starting"),
    }
}

fn task_failure(w: &Words, rep: &str, why: &TaskFailure) -> String {
    match why {
        TaskFailure::Exited(how) => say!(w, "cause-task-exited", rep = rep, how = exit(w, *how)),
        TaskFailure::UnhealthyWhileStarting => say!(w, "cause-task-unhealthy-while-starting", rep = rep),
        TaskFailure::Unhealthy => say!(w, "cause-task-unhealthy", rep = rep),
        TaskFailure::LostWithNode { node } => say!(w, "cause-task-lost-with-node", rep = rep, node = node),
    }
}

/// Who created replica `rep`, and why.
fn created(w: &Words, why: &Created, rep: &str) -> String {
    match why {
        Created::ReplicaSetShort { service, have, desired } => say!(w, "cause-created-replicaset-short", service = service, have = have, desired = desired, rep = rep),
        Created::RollingUpdate { service, version, surge } => say!(w, "cause-created-rolling-update", service = service, version = version, surge = surge, rep = rep),
        Created::StatefulSetRecreates => say!(w, "cause-created-statefulset-recreates", rep = rep),
        Created::StatefulSetRecreatesDetached { detach } => say!(w, "cause-created-statefulset-recreates-detached", rep = rep, detach = detach),
        Created::SwarmTask => say!(w, "cause-created-swarm-task", rep = rep),
        Created::SwarmTaskForReplicas { desired } => say!(w, "cause-created-swarm-task-for-replicas", rep = rep, desired = desired),
        Created::SwarmUpdate { old, version } => say!(w, "cause-created-swarm-update", old = old, rep = rep, version = version),
        Created::ComposeStarts => say!(w, "cause-created-compose-starts", rep = rep),
    }
}

fn deletion(w: &Words, why: &Deletion) -> String {
    match why {
        Deletion::DeploymentScaledDown { desired } => say!(w, "cause-deleted-deployment-scaled-down", desired = desired),
        Deletion::RollingUpdateOld { version, unavailable } => say!(w, "cause-deleted-rolling-update-old", version = version, unavailable = unavailable),
        Deletion::StatefulSetScaledDown { desired } => say!(w, "cause-deleted-statefulset-scaled-down", desired = desired),
        Deletion::StatefulSetUpdate { version } => say!(w, "cause-deleted-statefulset-update", version = version),
        Deletion::SwarmScaledDown { desired } => say!(w, "cause-deleted-swarm-scaled-down", desired = desired),
        Deletion::SwarmUpdateStopFirst { version } => say!(w, "cause-deleted-swarm-update-stop-first", version = version),
        Deletion::OperatorDeletesForRollback => say!(w, "cause-deleted-operator-rollback"),
        Deletion::ComposeScaledDown => say!(w, "cause-deleted-compose-scaled-down"),
    }
}

/// "Pending: no ready node has …", with each clause that applies.
fn unschedulable(w: &Words, u: &Unschedulable) -> String {
    let mut out = say!(w, "cause-unschedulable", cpu = u.cpu_millis, memory = u.memory_mib);
    if let Some(pin) = &u.pin {
        out.push(' ');
        out.push_str(&say!(w, "cause-unschedulable-pinned", node = pin));
    }
    if u.gpu {
        out.push(' ');
        out.push_str(&say!(w, "cause-unschedulable-gpu"));
    }
    out.push_str(&say!(w, "cause-unschedulable-ready", ready = u.ready, nodes = u.nodes));
    out
}

fn ignored(w: &Words, i: &Ignored) -> String {
    match i {
        Ignored::KillNoSuchNode { node } => say!(w, "cause-ignored-kill-no-such-node", node = node),
        Ignored::KillNoNodeRunning { service } => say!(w, "cause-ignored-kill-no-node-running", service = service),
        Ignored::RestoreNoSuchNode { node } => say!(w, "cause-ignored-restore-no-such-node", node = node),
        Ignored::CrashNothingRunning { service } => say!(w, "cause-ignored-crash-nothing-running", service = service),
        Ignored::HangNothingRunning { service } => say!(w, "cause-ignored-hang-nothing-running", service = service),
        Ignored::AlreadyDown { node } => say!(w, "cause-ignored-already-down", node = node),
        Ignored::AlreadyUp { node } => say!(w, "cause-ignored-already-up", node = node),
    }
}

fn hpa(w: &Words, calc: &HpaCalc) -> String {
    use crate::text::catalog::Arg;
    match *calc {
        HpaCalc::Ready { ratio, pods, n } => say!(w, "cause-hpa-ready", ratio = Arg::Number(ratio, 2), pods = pods, n = n),
        HpaCalc::Rebalanced { ratio, pods, unready: None, n } => say!(w, "cause-hpa-rebalanced", ratio = Arg::Number(ratio, 2), pods = pods, n = n),
        HpaCalc::Rebalanced { ratio, pods, unready: Some(u), n } => {
            say!(w, "cause-hpa-rebalanced-unready", ratio = Arg::Number(ratio, 2), pods = pods, unready = u, n = n)
        }
    }
}

fn deploy(w: &Words, service: &str, r: &Release, platform: PlatformKind, strategy: Option<KubeStrategy>, command: &str) -> String {
    let mut out = match r {
        Release::New { version } => say!(w, "cause-release-new", version = version, service = service, command = command),
        Release::Rollback { version } => say!(w, "cause-release-rollback", version = version, service = service, command = command),
        Release::Config => say!(w, "cause-release-config", service = service, command = command),
    };
    let how = match (platform, strategy) {
        (PlatformKind::Compose, _) => say!(w, "cause-strategy-compose"),
        (PlatformKind::Swarm, _) => say!(w, "cause-strategy-swarm"),
        (PlatformKind::Kubernetes, Some(KubeStrategy::Rolling { surge, surge_percent, unavailable, unavailable_percent })) => say!(
            w,
            "cause-strategy-rolling",
            surge = surge,
            surge_percent = surge_percent,
            unavailable = unavailable,
            unavailable_percent = unavailable_percent
        ),
        (PlatformKind::Kubernetes, _) => say!(w, "cause-strategy-statefulset"),
    };
    // Compose's sentence reads "`docker compose up -d` stops the old…"; the others add a colon.
    out.push_str(if platform == PlatformKind::Compose { " " } else { ": " });
    out.push_str(&how);
    out
}

/// One trace entry's cause.
pub fn cause(w: &Words, c: &Cause) -> String {
    match c {
        Cause::TraceCut { max } => say!(w, "cause-trace-cut", max = max),
        Cause::RunStopped { at, max_events } => say!(w, "cause-run-stopped", at = *at, events = max_events),
        Cause::Ignored(i) => ignored(w, i),
        Cause::ServiceDown { service, via: None } => say!(w, "cause-service-down", service = service),
        Cause::ServiceDown { service, via: Some(dependency) } => say!(w, "cause-service-down-via", service = service, dependency = dependency),
        Cause::ServiceUp { service, answering } => say!(w, "cause-service-up", service = service, answering = answering),
        Cause::Scheduled { why, rep, node, spread: false } => say!(w, "cause-scheduled", created = created(w, why, rep), rep = rep, node = node),
        Cause::Scheduled { why, rep, node, spread: true } => say!(w, "cause-scheduled-spread", created = created(w, why, rep), rep = rep, node = node),
        Cause::ScheduledNowFits { rep, node } => say!(w, "cause-scheduled-now-fits", rep = rep, node = node),
        Cause::Pending { why: None, rep, need } => say!(w, "cause-pending", rep = rep, unschedulable = unschedulable(w, need)),
        Cause::Pending { why: Some(why), rep, need } => {
            say!(w, "cause-pending-created", created = created(w, why, rep), rep = rep, unschedulable = unschedulable(w, need))
        }
        Cause::ZoneDown { zone, nodes } => say!(w, "cause-zone-down", zone = zone, nodes = nodes),
        Cause::ZoneUp { zone, nodes } => say!(w, "cause-zone-up", zone = zone, nodes = nodes),
        Cause::Crash { rep } => say!(w, "cause-crash", rep = rep),
        Cause::Traffic { entry, from, to } => say!(w, "cause-traffic", entry = entry, from = from, to = to),
        Cause::ContainerStarted { rep, version, startup } => say!(w, "cause-container-started", rep = rep, version = version, startup = startup),
        Cause::BrokenRelease { rep, version } => say!(w, "cause-broken-release", rep = rep, version = version),
        Cause::AppAnswers { rep } => say!(w, "cause-app-answers", rep = rep),
        Cause::AppUpWaiting { rep, readiness_probe: true } => say!(w, "cause-app-up-waiting-readiness", rep = rep),
        Cause::AppUpWaiting { rep, readiness_probe: false } => say!(w, "cause-app-up-waiting-healthcheck", rep = rep),
        Cause::StartupPassedReady { rep } => say!(w, "cause-startup-passed-ready", rep = rep),
        Cause::ReadinessPassed { rep, period } => say!(w, "cause-readiness-passed", rep = rep, period = period),
        Cause::HealthcheckPassed { rep, period } => say!(w, "cause-healthcheck-passed", rep = rep, period = period),
        Cause::Hang { rep } => say!(w, "cause-hang", rep = rep),
        Cause::KubeletRestartsAtOnce { rep, how } => say!(w, "cause-kubelet-restarts-at-once", rep = rep, how = exit(w, *how)),
        Cause::CrashLoopBackOff { rep, how, delay, initial, max } => {
            say!(w, "cause-crash-loop-back-off", rep = rep, how = exit(w, *how), delay = delay, initial = initial, max = max)
        }
        Cause::StartupProbeFailed { rep, threshold, period, startup } => say!(
            w,
            "cause-startup-probe-failed",
            rep = rep,
            threshold = threshold,
            period = period,
            startup = startup,
            allowed = period.saturating_mul(u64::from(*threshold))
        ),
        Cause::LivenessFailedWhileStarting { rep, threshold, period, delay, startup } => {
            let delay_seconds = delay.as_millis() / 1_000;
            if *delay == SimDuration::ZERO {
                say!(w, "cause-liveness-failed-while-starting", rep = rep, threshold = threshold, startup = startup, period = period, delay_seconds = delay_seconds)
            } else {
                say!(
                    w,
                    "cause-liveness-failed-while-starting-delayed",
                    rep = rep,
                    threshold = threshold,
                    startup = startup,
                    period = period,
                    delay = delay,
                    delay_seconds = delay_seconds
                )
            }
        }
        Cause::ReadinessFailed { rep, threshold, period, timeout } => {
            say!(w, "cause-readiness-failed", rep = rep, threshold = threshold, period = period, timeout = timeout)
        }
        Cause::LivenessFailed { rep, threshold, period, grace } => say!(w, "cause-liveness-failed", rep = rep, threshold = threshold, period = period, grace = grace),
        Cause::NoRestartPolicy { rep, how, policy, reaction } => {
            say!(w, "cause-no-restart-policy", rep = rep, how = exit(w, *how), policy = policy.id(), reaction = reaction)
        }
        Cause::DockerRestarts { rep, how, policy, delay, initial, max } => say!(
            w,
            "cause-docker-restarts",
            rep = rep,
            how = exit(w, *how),
            policy = policy.id(),
            delay = delay,
            initial = initial,
            max = max
        ),
        Cause::UnhealthyWhileStarting { rep, retries, startup, interval, start_period, swarm: true } => say!(
            w,
            "cause-unhealthy-while-starting-swarm",
            rep = rep,
            retries = retries,
            startup = startup,
            interval = interval,
            start_period = start_period
        ),
        Cause::UnhealthyWhileStarting { rep, retries, startup, interval, start_period, swarm: false } => say!(
            w,
            "cause-unhealthy-while-starting-compose",
            rep = rep,
            retries = retries,
            startup = startup,
            interval = interval,
            start_period = start_period
        ),
        Cause::Unhealthy { rep, retries, interval, timeout, swarm: true } => {
            say!(w, "cause-unhealthy-swarm", rep = rep, retries = retries, interval = interval, timeout = timeout)
        }
        Cause::Unhealthy { rep, retries, interval, timeout, swarm: false } => {
            say!(w, "cause-unhealthy-compose", rep = rep, retries = retries, interval = interval, timeout = timeout)
        }
        Cause::UpdatePaused { service, task, ran: None, monitor: _, updated, slots } => {
            say!(w, "cause-update-paused-never-ran", service = service, task = task, updated = updated, slots = slots)
        }
        Cause::UpdatePaused { service, task, ran: Some(ran), monitor, updated, slots } => {
            say!(w, "cause-update-paused", service = service, task = task, ran = ran, monitor = monitor, updated = updated, slots = slots)
        }
        Cause::TaskFailed { rep, why, delay } => say!(w, "cause-task-failed", failure = task_failure(w, rep, why), delay = delay),
        Cause::TaskFailedNoQuorum { rep, why } => say!(w, "cause-task-failed-no-quorum", failure = task_failure(w, rep, why)),
        Cause::HostDown { node, containers, reaction } => say!(w, "cause-host-down", node = node, containers = containers, reaction = reaction),
        Cause::SwarmNodeDown { node, tasks, grace } => say!(w, "cause-swarm-node-down", node = node, tasks = tasks, grace = grace),
        Cause::KubeNodeDown { node, pods } => say!(w, "cause-kube-node-down", node = node, pods = pods),
        Cause::SwarmNodeNoticed { node, silent, missed, heartbeat } => {
            say!(w, "cause-swarm-node-noticed", node = node, silent = silent, missed = missed, heartbeat = heartbeat)
        }
        Cause::NodeNotReady { node, silent, seen, grace, period, version, toleration } => say!(
            w,
            "cause-node-not-ready",
            node = node,
            silent = silent,
            seen = seen,
            grace = grace,
            period = period,
            version = version.to_string(),
            toleration = toleration
        ),
        Cause::HostBack { node, operator: None, any_no_restart: false } => say!(w, "cause-host-back", node = node),
        Cause::HostBack { node, operator: None, any_no_restart: true } => say!(w, "cause-host-back-some-unrestarted", node = node),
        Cause::HostBack { node, operator: Some(reaction), any_no_restart: false } => say!(w, "cause-host-back-by-operator", node = node, reaction = reaction),
        Cause::HostBack { node, operator: Some(reaction), any_no_restart: true } => {
            say!(w, "cause-host-back-by-operator-some-unrestarted", node = node, reaction = reaction)
        }
        Cause::KubeletBack { node } => say!(w, "cause-kubelet-back", node = node),
        Cause::SwarmNodeBack { node, operator: None } => say!(w, "cause-swarm-node-back", node = node),
        Cause::SwarmNodeBack { node, operator: Some(reaction) } => say!(w, "cause-swarm-node-back-by-operator", node = node, reaction = reaction),
        Cause::SwarmDataLeftBehind { rep, node, data_node, empty: true } => say!(w, "cause-data-left-behind", rep = rep, node = node, data_node = data_node),
        Cause::SwarmDataLeftBehind { rep, node, data_node, empty: false } => say!(w, "cause-data-left-behind-old-volume", rep = rep, node = node, data_node = data_node),
        Cause::PodRemovedConfirmed { rep, node } => say!(w, "cause-pod-removed-confirmed", rep = rep, node = node),
        Cause::OldTaskShutDown { rep } => say!(w, "cause-old-task-shut-down", rep = rep),
        Cause::NodeReadyAgain { node, taint_removed: true } => say!(w, "cause-node-ready-again-untainted", node = node),
        Cause::NodeReadyAgain { node, taint_removed: false } => say!(w, "cause-node-ready-again", node = node),
        Cause::PodEvicted { rep, node, toleration, stateful: true } => say!(w, "cause-pod-evicted-stateful", rep = rep, node = node, toleration = toleration),
        Cause::PodEvicted { rep, node, toleration, stateful: false } => say!(w, "cause-pod-evicted", rep = rep, node = node, toleration = toleration),
        Cause::MeshRemoved { node, probe_interval, suspicion_mult, tasks } => say!(
            w,
            "cause-mesh-removed",
            node = node,
            probe_interval = probe_interval,
            suspicion_mult = suspicion_mult,
            tasks = tasks
        ),
        Cause::SwarmQuorumBack { up, managers } => say!(w, "cause-swarm-quorum-back", up = up, managers = managers),
        Cause::SwarmQuorumLost { up, managers } => say!(w, "cause-swarm-quorum-lost", up = up, managers = managers, needed = managers / 2 + 1),
        Cause::EtcdQuorumLost { up, members } => say!(w, "cause-etcd-quorum-lost", up = up, members = members, needed = members / 2 + 1),
        Cause::EtcdQuorumBack { up, members } => say!(w, "cause-etcd-quorum-back", up = up, members = members),
        Cause::Terminating { rep, why } => say!(w, "cause-terminating", rep = rep, why = deletion(w, why)),
        Cause::EndpointRemoved { rep, propagation } => say!(w, "cause-endpoint-removed", rep = rep, propagation = propagation),
        Cause::RolloutComplete { service, version, pods: Some(n) } => say!(w, "cause-rollout-complete-pods", service = service, version = version, pods = n),
        Cause::RolloutComplete { service, version, pods: None } => say!(w, "cause-rollout-complete", service = service, version = version),
        Cause::SwarmUpdateComplete { service, version } => say!(w, "cause-swarm-update-complete", service = service, version = version),
        Cause::RolloutStalled { service, deadline } => say!(w, "cause-rollout-stalled", service = service, deadline = deadline),
        Cause::VolumeAttached { rep } => say!(w, "cause-volume-attached", rep = rep),
        Cause::OperatorForceDeletes { rep, reaction, command } => say!(w, "cause-operator-force-deletes", rep = rep, reaction = reaction, command = command),
        Cause::OperatorRollsBack { service: _, platform, previous, reaction, command } => match platform {
            PlatformKind::Compose => say!(w, "cause-operator-rolls-back-compose", reaction = reaction, previous = previous, command = command),
            PlatformKind::Swarm | PlatformKind::Kubernetes => say!(w, "cause-operator-rolls-back", reaction = reaction, previous = previous, command = command),
        },
        Cause::OperatorRestarts { rep: _, service: _, platform: _, reaction, hung_grace, command } => {
            match hung_grace {
                Some(grace) => say!(w, "cause-operator-restarts-hung", reaction = reaction, command = command, grace = grace),
                None => say!(w, "cause-operator-restarts", reaction = reaction, command = command),
            }
        }
        Cause::Deploy { service, release, platform, strategy, command } => deploy(w, service, release, *platform, *strategy, command),
        Cause::ComposeConfigChange => say!(w, "cause-compose-config-change"),
        Cause::VolumeExpanded { service, gib } => say!(w, "cause-volume-expanded", service = service, gib = gib),
        Cause::VolumeResizedByHand { service, gib, took } => say!(w, "cause-volume-resized-by-hand", service = service, gib = gib, took = took),
        Cause::VolumeRestored { service } => say!(w, "cause-volume-restored", service = service),
        Cause::ComposeScaleRefused { service, replicas } => say!(w, "cause-compose-scale-refused", service = service, replicas = replicas.to_string()),
        Cause::Scale { service: _, replicas: _, platform: _, autoscaled, command } => {
            if *autoscaled {
                say!(w, "cause-scale-autoscaled", command = command)
            } else {
                say!(w, "cause-scale", command = command)
            }
        }
        Cause::Autoscale { service, from, to, cpu_percent, ready, scrape, target_percent, step } => {
            use crate::text::catalog::Arg;
            let autoscale = say!(
                w,
                "cause-autoscale",
                service = service,
                from = from,
                to = to,
                cpu = Arg::Number(*cpu_percent, 0),
                ready = ready,
                scrape = scrape,
                target = target_percent
            );
            match step {
                HpaStep::Up { calc, held, limit } => {
                    let calc = calc.as_ref().map(|c| hpa(w, c));
                    let held = held.map(|h| match h {
                        HpaHeld::Highest { replicas, window } => say!(w, "cause-hpa-held-highest", n = replicas, window = window),
                        HpaHeld::Lowest { replicas, window } => say!(w, "cause-hpa-held-lowest", n = replicas, window = window),
                    });
                    let limit = limit.map(|l| match l {
                        HpaLimit::Legacy { current, limit } => say!(w, "cause-hpa-limit-legacy", current = current, limit = limit),
                        HpaLimit::Policies { start, pods, percent, period, limit } => {
                            say!(w, "cause-hpa-limit-policies", start = start, pods = pods, pct = percent, limit = limit, per = period)
                        }
                    });
                    match [calc, held, limit].into_iter().flatten().reduce(|first, then| say!(w, "cause-hpa-then", first = first, then = then)) {
                        Some(calc) => say!(w, "cause-autoscale-up", autoscale = autoscale, calc = calc),
                        None => autoscale,
                    }
                }
                HpaStep::Down { window } => say!(w, "cause-autoscale-down", autoscale = autoscale, window = window),
                HpaStep::ToBounds { min, max } => say!(w, "cause-autoscale-bounds", autoscale = autoscale, min = min, max = max),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::SimTime;

    fn s(secs: u64) -> SimDuration {
        SimDuration::from_secs(secs)
    }

    #[test]
    fn sentences_no_scenario_file_reaches_read_as_before() {
        // The trace of every deterministic test scenario was compared line by line with the
        // sentences the engine wrote before causes became data; these few no scenario reaches.
        let cases = [
            (Cause::Ignored(Ignored::KillNoNodeRunning { service: "api".into() }), "kill the node running api: no such running node"),
            (Cause::Ignored(Ignored::RestoreNoSuchNode { node: "node-9".into() }), "restore node-9: no such node"),
            (Cause::ZoneUp { zone: "zone-a".into(), nodes: 2 }, "zone-a is back: 2 node(s)"),
            (Cause::TraceCut { max: 200_000 }, "trace cut after 200,000 entries; downtime and request counts still cover the whole run"),
            (Cause::RunStopped { at: SimTime(90_000), max_events: 500_000 }, "run stopped at 01:30 after 500,000 engine events: shorten the scenario or the failure loop"),
            (Cause::StartupPassedReady { rep: "db-0".into() }, "db-0: startup probe passed; Ready, in the Service endpoints"),
            (
                Cause::StartupProbeFailed { rep: "api-1".into(), threshold: 3, period: s(10), startup: s(60) },
                "api-1: startup probe failed 3 times (every 10 s): the application needs 1 min, more than the startup probe allows (failureThreshold × periodSeconds = 30 s); the kubelet kills and restarts it",
            ),
            (
                Cause::Terminating { rep: "db-2".into(), why: Deletion::StatefulSetScaledDown { desired: 2 } },
                "db-2: StatefulSet scaled down to 2",
            ),
            (
                Cause::Scheduled { why: Created::StatefulSetRecreates, rep: "db-1".into(), node: "node-2".into(), spread: true },
                "the StatefulSet recreates db-1; db-1 on node-2 (spread, most free resources)",
            ),
            (
                Cause::Autoscale {
                    service: "api".into(),
                    from: 2,
                    to: 6,
                    cpu_percent: 200.0,
                    ready: 2,
                    scrape: s(15),
                    target_percent: 70,
                    step: HpaStep::Up {
                        calc: Some(HpaCalc::Rebalanced { ratio: 2.5, pods: 4, unready: Some(2), n: 10 }),
                        held: None,
                        limit: Some(HpaLimit::Policies { start: 2, pods: 4, percent: 100, period: s(15), limit: 6 }),
                    },
                },
                "HorizontalPodAutoscaler scales api from 2 to 6: CPU 200 % of requests over 2 Ready pod(s) at metrics-server's last scrape (every 15 s) vs target 70 %: ceil(2.50 × 4 pods, 2 not Ready at 0 %) = 10; limited to max(2 + 4, 2 + 100 %) = 6 per 15 s (behavior's scale-up policies)",
            ),
            (
                Cause::Autoscale {
                    service: "api".into(),
                    from: 2,
                    to: 4,
                    cpu_percent: 200.0,
                    ready: 2,
                    scrape: s(15),
                    target_percent: 70,
                    step: HpaStep::Up { calc: Some(HpaCalc::Ready { ratio: 2.86, pods: 2, n: 6 }), held: None, limit: Some(HpaLimit::Legacy { current: 2, limit: 4 }) },
                },
                "HorizontalPodAutoscaler scales api from 2 to 4: CPU 200 % of requests over 2 Ready pod(s) at metrics-server's last scrape (every 15 s) vs target 70 %: ceil(2.86 × 2 Ready pods) = 6; limited to max(2 × 2, 4) = 4 (no behavior set)",
            ),
            (
                Cause::Autoscale {
                    service: "api".into(),
                    from: 4,
                    to: 6,
                    cpu_percent: 150.0,
                    ready: 2,
                    scrape: s(15),
                    target_percent: 70,
                    step: HpaStep::Up {
                        calc: Some(HpaCalc::Rebalanced { ratio: 1.07, pods: 4, unready: Some(2), n: 5 }),
                        held: Some(HpaHeld::Highest { replicas: 6, window: s(300) }),
                        limit: None,
                    },
                },
                "HorizontalPodAutoscaler scales api from 4 to 6: CPU 150 % of requests over 2 Ready pod(s) at metrics-server's last scrape (every 15 s) vs target 70 %: ceil(1.07 × 4 pods, 2 not Ready at 0 %) = 5; raised to 6, the highest recommendation of the last 5 min (no behavior set: the downscale stabilization window holds every step)",
            ),
        ];
        for (c, want) in cases {
            // The same words; a number and its unit are held together by a no-break space.
            assert_eq!(cause(&Words::default(), &c).replace('\u{a0}', " "), want);
        }
    }
}
