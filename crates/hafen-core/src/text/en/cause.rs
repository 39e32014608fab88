//! Trace causes in English.

use crate::cause::{Cause, Created, Deletion, Exit, HpaCalc, HpaStep, Ignored, KubeStrategy, Release, TaskFailure, Unschedulable};
use crate::time::SimDuration;
use crate::topology::PlatformKind;
use std::fmt::{self, Formatter};

type Out<'a, 'b> = &'a mut Formatter<'b>;

/// One trace entry's cause, in English.
pub fn cause(c: &Cause) -> String {
    struct Text<'a>(&'a Cause);
    impl fmt::Display for Text<'_> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            write_cause(f, self.0)
        }
    }
    Text(c).to_string()
}

/// How a container's process ended, as the sentence's verb ("container {how}").
pub fn exit(how: Exit) -> &'static str {
    match how {
        Exit::Crashed => "crashed",
        Exit::CrashedBrokenRelease => "crashed (broken release)",
        Exit::KilledAfterGrace => "killed after its grace period",
        Exit::KilledByStartupProbe => "killed by its startup probe",
        Exit::KilledByLivenessWhileStarting => "killed by its liveness probe before it finished starting",
    }
}

fn task_failure(f: Out, rep: &str, why: &TaskFailure) -> fmt::Result {
    match why {
        TaskFailure::Exited(how) => write!(f, "{rep} {}", exit(*how)),
        TaskFailure::UnhealthyWhileStarting => write!(f, "{rep} unhealthy while starting"),
        TaskFailure::Unhealthy => write!(f, "{rep} unhealthy"),
        TaskFailure::LostWithNode { node } => write!(f, "{rep} lost with {node}"),
    }
}

/// Who created replica `rep`, and why.
fn created(f: Out, why: &Created, rep: &str) -> fmt::Result {
    match why {
        Created::ReplicaSetShort { service, have, desired } => write!(f, "the ReplicaSet of {service} has {have} of {desired} pods: {rep} created"),
        Created::RollingUpdate { service, version, surge } => write!(f, "rolling update of {service} to {version} (maxSurge {surge}): {rep} created"),
        Created::StatefulSetRecreates => write!(f, "the StatefulSet recreates {rep}"),
        Created::StatefulSetRecreatesDetached { detach } => write!(
            f,
            "the StatefulSet recreates {rep}; its ReadWriteOnce volume is force-detached from the dead node after {detach} (maxWaitForUnmountDuration)"
        ),
        Created::SwarmTask => write!(f, "Swarm creates task {rep}"),
        Created::SwarmTaskForReplicas { desired } => write!(f, "Swarm creates task {rep} (replicas: {desired})"),
        Created::SwarmUpdate { old, version } => write!(f, "service update replaces {old}: task {rep} with {version}"),
        Created::ComposeStarts => write!(f, "Compose starts {rep}"),
    }
}

fn deletion(f: Out, why: &Deletion) -> fmt::Result {
    match why {
        Deletion::DeploymentScaledDown { desired } => write!(f, "scaled down to {desired} replicas"),
        Deletion::RollingUpdateOld { version, unavailable } => write!(f, "old pod scaled down by the rolling update to {version} (maxUnavailable {unavailable})"),
        Deletion::StatefulSetScaledDown { desired } => write!(f, "StatefulSet scaled down to {desired}"),
        Deletion::StatefulSetUpdate { version } => write!(f, "StatefulSet rolling update to {version}: replaced one pod at a time, highest ordinal first"),
        Deletion::SwarmScaledDown { desired } => write!(f, "service scaled down to {desired}"),
        Deletion::SwarmUpdateStopFirst { version } => write!(f, "service update to {version}: stopped first (--update-order stop-first, parallelism 1)"),
        Deletion::OperatorDeletesForRollback => f.write_str("deleted by the operator so the StatefulSet recreates it with the previous version"),
        Deletion::ComposeScaledDown => f.write_str("scaled down"),
    }
}

/// "Pending: no ready node has …".
fn unschedulable(f: Out, u: &Unschedulable) -> fmt::Result {
    write!(f, "Pending: no ready node has {} m CPU and {} MiB memory free", u.cpu_millis, u.memory_mib)?;
    if let Some(pin) = &u.pin {
        write!(f, " (pinned to {pin})")?;
    }
    if u.gpu {
        f.write_str(" and a GPU")?;
    }
    if let Some(home) = &u.volume_node {
        write!(f, "; it must run on {home} where its local volume lives (Swarm volumes are node-local)")?;
    }
    write!(f, "; {} of {} nodes ready", u.ready, u.nodes)
}

fn ignored(f: Out, i: &Ignored) -> fmt::Result {
    match i {
        Ignored::KillNoSuchNode { node } => write!(f, "kill {node}: no such running node"),
        Ignored::KillNoNodeRunning { service } => write!(f, "kill the node running {service}: no such running node"),
        Ignored::RestoreNoSuchNode { node } => write!(f, "restore {node}: no such node"),
        Ignored::CrashNothingRunning { service } => write!(f, "crash {service}: no replica of {service} is running"),
        Ignored::HangNothingRunning { service } => write!(f, "hang {service}: no replica of {service} is running"),
        Ignored::AlreadyDown { node } => write!(f, "{node} is already down"),
        Ignored::AlreadyUp { node } => write!(f, "{node} is already up"),
    }
}

fn hpa(f: Out, calc: &HpaCalc) -> fmt::Result {
    match *calc {
        HpaCalc::Ready { ratio, pods, n } => write!(f, "ceil({ratio:.2} × {pods} Ready pods) = {n}"),
        HpaCalc::Rebalanced { ratio, pods, unready, n } => {
            write!(f, "ceil({ratio:.2} × {pods} pods")?;
            if let Some(u) = unready {
                write!(f, ", {u} not Ready at 0 %")?;
            }
            write!(f, ") = {n}")
        }
    }
}

fn deploy(f: Out, service: &str, r: &Release, platform: PlatformKind, strategy: Option<KubeStrategy>) -> fmt::Result {
    match r {
        Release::New { version } => write!(f, "release {version}")?,
        Release::Rollback { version } => write!(f, "rollback to {version}")?,
        Release::Config => f.write_str("configuration change")?,
    }
    write!(f, " of {service}: `")?;
    match (platform, r) {
        (PlatformKind::Compose, Release::Config) => f.write_str("docker compose restart")?,
        (PlatformKind::Compose, _) => f.write_str("docker compose up -d")?,
        (PlatformKind::Swarm, Release::Config) => write!(f, "docker service update --force {service}")?,
        (PlatformKind::Swarm, Release::Rollback { .. }) => write!(f, "docker service rollback {service}")?,
        (PlatformKind::Swarm, Release::New { version }) => write!(f, "docker stack deploy (image {version})")?,
        (PlatformKind::Kubernetes, Release::Config) => write!(f, "kubectl rollout restart {service}")?,
        (PlatformKind::Kubernetes, Release::Rollback { .. }) => write!(f, "kubectl rollout undo {service}")?,
        (PlatformKind::Kubernetes, Release::New { version }) => write!(f, "kubectl set image {service} {version}")?,
    }
    match (platform, strategy) {
        (PlatformKind::Compose, _) => f.write_str("` stops the old container(s), then starts new ones: no replica answers in between"),
        (PlatformKind::Swarm, _) => f.write_str("`: rolling update, one task at a time, stop-first, pause on failure"),
        (PlatformKind::Kubernetes, Some(KubeStrategy::Rolling { surge, surge_percent, unavailable, unavailable_percent })) => write!(
            f,
            "`: rolling update: maxSurge {surge} ({surge_percent} %), maxUnavailable {unavailable} ({unavailable_percent} %), new pods take traffic only once Ready"
        ),
        (PlatformKind::Kubernetes, _) => f.write_str("`: StatefulSet rolling update, one pod at a time from the highest ordinal"),
    }
}

fn write_cause(f: Out, c: &Cause) -> fmt::Result {
    match c {
        Cause::TraceCut { max } => write!(f, "trace cut after {max} entries; downtime and request counts still cover the whole run"),
        Cause::RunStopped { at, max_events } => write!(f, "run stopped at {at} after {max_events} engine events: shorten the scenario or the failure loop"),
        Cause::Ignored(i) => ignored(f, i),
        Cause::ServiceDown { service } => write!(f, "{service} down: no replica can answer"),
        Cause::ServiceUp { service, answering } => write!(f, "{service} serving again ({answering} replica(s) answering)"),
        Cause::Scheduled { why, rep, node, spread } => {
            created(f, why, rep)?;
            write!(f, "; {rep} on {node}")?;
            if *spread {
                f.write_str(" (spread, most free resources)")?;
            }
            Ok(())
        }
        Cause::ScheduledNowFits { rep, node } => write!(f, "{rep}: scheduled on {node} now that it fits"),
        Cause::Pending { why, rep, need } => {
            if let Some(why) = why {
                created(f, why, rep)?;
                f.write_str("; ")?;
            }
            write!(f, "{rep} ")?;
            unschedulable(f, need)
        }
        Cause::ZoneDown { zone, nodes } => write!(f, "{zone} fails: {nodes} node(s)"),
        Cause::ZoneUp { zone, nodes } => write!(f, "{zone} is back: {nodes} node(s)"),
        Cause::Crash { rep } => write!(f, "{rep}: the process exits (crash)"),
        Cause::Traffic { entry, from, to } => write!(f, "traffic into {entry} changes from {from} to {to} requests/s"),
        Cause::ContainerStarted { rep, version, startup } => write!(f, "{rep}: container started ({version}); the application needs {startup} to start"),
        Cause::BrokenRelease { rep, version } => write!(f, "{rep}: release {version} is broken and exits right after start-up"),
        Cause::AppAnswers { rep } => write!(f, "{rep}: application answers requests"),
        Cause::AppUpWaiting { rep, readiness_probe } => {
            let what = if *readiness_probe { "readiness probe" } else { "health check" };
            write!(f, "{rep}: application answers; waiting for the next {what}")
        }
        Cause::StartupPassedReady { rep } => write!(f, "{rep}: startup probe passed; Ready, in the Service endpoints"),
        Cause::ReadinessPassed { rep, period } => write!(f, "{rep}: readiness probe passed; Ready, in the Service endpoints (probes every {period}, periodSeconds)"),
        Cause::HealthcheckPassed { rep, period } => {
            write!(f, "{rep}: health check passed; the task is running and joins the routing mesh (HEALTHCHECK every {period})")
        }
        Cause::Hang { rep } => write!(f, "{rep}: the application stops answering; its process keeps running, so it still looks alive"),
        Cause::KubeletRestartsAtOnce { rep, how } => write!(
            f,
            "{rep}: container {}; the pod is not Ready and leaves the Service endpoints; kubelet restarts it at once (first restart has no back-off)",
            exit(*how)
        ),
        Cause::CrashLoopBackOff { rep, how, delay, initial, max } => write!(
            f,
            "{rep}: container {} again; CrashLoopBackOff: restart in {delay} (kubelet back-off starts at {initial}, doubles, max {max})",
            exit(*how)
        ),
        Cause::StartupProbeFailed { rep, threshold, period, startup } => write!(
            f,
            "{rep}: startup probe failed {threshold} times (every {period}): the application needs {startup}, more than the startup probe allows (failureThreshold × periodSeconds = {}); the kubelet kills and restarts it",
            period.saturating_mul(u64::from(*threshold))
        ),
        Cause::LivenessFailedWhileStarting { rep, threshold, period, delay, startup } => {
            write!(f, "{rep}: liveness probe failed {threshold} times while the application was still starting (it needs {startup}; probes every {period} from ")?;
            if *delay == SimDuration::ZERO {
                f.write_str("the container's start")?;
            } else {
                write!(f, "{delay} after its start")?;
            }
            write!(
                f,
                ", initialDelaySeconds {}): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start",
                delay.as_millis() / 1_000
            )
        }
        Cause::ReadinessFailed { rep, threshold, period, timeout } => {
            write!(f, "{rep}: readiness probe failed {threshold} times (every {period}, timeout {timeout}); NotReady, out of the Service endpoints")
        }
        Cause::LivenessFailed { rep, threshold, period, grace } => write!(
            f,
            "{rep}: liveness probe failed {threshold} times (every {period}); kubelet kills the container: the hung process ignores SIGTERM and is killed after terminationGracePeriodSeconds ({grace})"
        ),
        Cause::NoRestartPolicy { rep, how, policy, reaction } => write!(
            f,
            "{rep}: container {}; restart: {} (Docker's default) so nothing restarts it until an operator acts ({reaction} reaction)",
            exit(*how),
            policy.id()
        ),
        Cause::DockerRestarts { rep, how, policy, delay, initial, max } => write!(
            f,
            "{rep}: container {}; restart: {} restarts it after {delay} (Docker's restart delay starts at {initial}, doubles, max {max})",
            exit(*how),
            policy.id()
        ),
        Cause::UnhealthyWhileStarting { rep, retries, startup, interval, start_period, swarm } => {
            write!(
                f,
                "{rep}: HEALTHCHECK failed {retries} times while the application was still starting (it needs {startup}; checks every {interval}, start period {start_period}): unhealthy"
            )?;
            f.write_str(if *swarm {
                "; Swarm shuts the task down and starts another, which starts just as slowly. A HEALTHCHECK start period longer than its start-up would let it start"
            } else {
                "; Docker and Compose never restart an unhealthy container, so it keeps starting and answers once up"
            })
        }
        Cause::Unhealthy { rep, retries, interval, timeout, swarm } => {
            write!(f, "{rep}: HEALTHCHECK failed {retries} times (interval {interval}, timeout {timeout}): unhealthy")?;
            f.write_str(if *swarm {
                "; Swarm shuts the task down and replaces it"
            } else {
                "; Docker and Compose never restart an unhealthy container, so it keeps receiving requests until an operator acts"
            })
        }
        Cause::UpdatePaused { service } => write!(f, "{service}: the updated task failed; the update is paused (--update-failure-action pause)"),
        Cause::TaskFailed { rep, why, delay } => {
            task_failure(f, rep, why)?;
            write!(f, "; Swarm starts a new task for the slot after {delay} (--restart-delay, restart condition any)")
        }
        Cause::TaskFailedNoQuorum { rep, why } => {
            task_failure(f, rep, why)?;
            f.write_str("; no manager quorum, so nothing replaces it")
        }
        Cause::HostDown { node, containers, reaction } => write!(
            f,
            "{node} stops: all {containers} container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after {reaction}"
        ),
        Cause::SwarmNodeDown { node, tasks, grace } => write!(
            f,
            "{node} stops: its {tasks} task(s) stop answering, but the routing mesh still sends them requests until the gossip layer declares the node dead (seconds), and the managers reschedule only after {grace} missed heartbeats"
        ),
        Cause::KubeNodeDown { node, pods } => {
            write!(f, "{node} stops: its {pods} pod(s) stop answering, but the control plane still routes to them until it notices the silence")
        }
        Cause::SwarmNodeNoticed { node, silent, missed, heartbeat } => {
            write!(f, "{node} down: no heartbeat for {silent} ({missed} missed heartbeats of {heartbeat}); its tasks leave the routing mesh")
        }
        Cause::NodeNotReady { node, silent, grace, version, toleration } => write!(
            f,
            "{node} NotReady: no status for {silent} (node-monitor-grace-period {grace}, Kubernetes {version}); its pods leave the Service endpoints; taint node.kubernetes.io/unreachable added, eviction after {toleration} (tolerationSeconds)"
        ),
        Cause::HostBack { node, operator, any_no_restart } => {
            match operator {
                Some(reaction) => write!(f, "operator brings {node} back after {reaction}; ")?,
                None => write!(f, "{node} is back; ")?,
            }
            f.write_str(if *any_no_restart {
                "the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest"
            } else {
                "the Docker daemon restarts every container (restart policies)"
            })
        }
        Cause::KubeletBack { node } => write!(f, "{node} is back: the kubelet starts and posts its status"),
        Cause::SwarmNodeBack { node, operator } => {
            match operator {
                Some(reaction) => write!(f, "operator brings {node} back after {reaction}: it holds a stateful service's local volume")?,
                None => write!(f, "{node} is back")?,
            }
            f.write_str("; it sends heartbeats again")
        }
        Cause::PodRemovedConfirmed { rep, node } => write!(f, "{rep}: {node} confirms the pod stopped; it is removed"),
        Cause::OldTaskShutDown { rep } => write!(f, "{rep}: its slot already runs elsewhere; the old task is shut down"),
        Cause::NodeReadyAgain { node, taint_removed: true } => write!(f, "{node} Ready again; taint removed"),
        Cause::NodeReadyAgain { node, taint_removed: false } => write!(f, "{node} ready again"),
        Cause::PodEvicted { rep, node, toleration, stateful: true } => write!(
            f,
            "{rep} deleted after {toleration} on unreachable {node} (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it"
        ),
        Cause::PodEvicted { rep, node, toleration, stateful: false } => write!(
            f,
            "{rep} evicted: {node} unreachable for {toleration} (tolerationSeconds); stays Terminating on the dead node, the ReplicaSet replaces it"
        ),
        Cause::MeshRemoved { node, probe_interval, suspicion_mult, tasks } => write!(
            f,
            "{node} declared dead by the gossip layer (memberlist: a probe every {probe_interval}, suspicion timeout {suspicion_mult} × max(1, log10 nodes) probe intervals): the routing mesh stops sending requests to its {tasks} task(s); the managers reschedule only when its heartbeats are overdue"
        ),
        Cause::SwarmQuorumBack { up, managers } => write!(f, "swarm has a majority of managers again ({up} of {managers}); the orchestrator catches up"),
        Cause::SwarmQuorumLost { up, managers } => write!(
            f,
            "swarm lost its manager quorum: {up} of {managers} managers up, {} needed; no task is rescheduled or restarted until a majority is back (running tasks keep running)",
            managers / 2 + 1
        ),
        Cause::EtcdQuorumLost { up, members } => write!(
            f,
            "etcd lost its quorum: {up} of {members} control-plane nodes up, {} needed; the API server stops answering: no node is marked NotReady, nothing is evicted, scheduled or scaled until a majority is back; running pods keep running and kubelets still restart crashed containers",
            members / 2 + 1
        ),
        Cause::EtcdQuorumBack { up, members } => write!(f, "etcd has a majority again ({up} of {members}); the controllers catch up"),
        Cause::Terminating { rep, why } => {
            write!(f, "{rep}: ")?;
            deletion(f, why)
        }
        Cause::EndpointRemoved { rep, propagation } => write!(
            f,
            "{rep}: its removal from the Service endpoints reached kube-proxy ({propagation} after the delete); requests sent to it meanwhile failed, as it stopped at SIGTERM (no preStop pause covers the propagation)"
        ),
        Cause::RolloutComplete { service, version, pods: Some(n) } => write!(f, "{service}: rollout to {version} complete ({n} of {n} pods Ready)"),
        Cause::RolloutComplete { service, version, pods: None } => write!(f, "{service}: rollout to {version} complete"),
        Cause::SwarmUpdateComplete { service, version } => write!(f, "{service}: service update to {version} complete"),
        Cause::RolloutStalled { service, deadline } => write!(
            f,
            "{service}: rollout made no progress for {deadline} (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes does not roll back by itself"
        ),
        Cause::VolumeAttached { rep } => write!(f, "{rep}: volume force-detached from the dead node and attached here"),
        Cause::OperatorForceDeletes { rep, reaction } => {
            write!(f, "operator force-deletes {rep} after {reaction} (kubectl delete pod --force --grace-period=0; operator reaction)")
        }
        Cause::OperatorRollsBack { service, platform, previous, reaction } => {
            write!(f, "operator notices the broken release after {reaction} and ")?;
            match platform {
                PlatformKind::Compose => f.write_str("pins the previous image and runs `docker compose up -d`")?,
                PlatformKind::Swarm => write!(f, "runs `docker service rollback {service}`")?,
                PlatformKind::Kubernetes => write!(f, "runs `kubectl rollout undo {service}`")?,
            }
            write!(f, " (back to {previous})")
        }
        Cause::OperatorRestarts { rep, service, platform, reaction, hung_grace } => {
            write!(f, "operator notices after {reaction} and runs ")?;
            match platform {
                PlatformKind::Compose => write!(f, "`docker compose up -d` ({service})")?,
                PlatformKind::Swarm => write!(f, "`docker service update --force {service}`")?,
                PlatformKind::Kubernetes => write!(f, "`kubectl delete pod {rep}`")?,
            }
            match hung_grace {
                Some(grace) => write!(f, "; the hung process ignores SIGTERM and is killed after {grace}"),
                None => Ok(()),
            }
        }
        Cause::Deploy { service, release, platform, strategy } => deploy(f, service, release, *platform, *strategy),
        Cause::ComposeConfigChange => f.write_str("configuration change: edit .env, `docker compose restart`: every service restarts at once"),
        Cause::VolumeExpanded { service, gib } => {
            write!(f, "{service}: PersistentVolumeClaim expanded to {gib} GiB online (storage class with allowVolumeExpansion); no restart")
        }
        Cause::VolumeResizedByHand { service, gib, took } => write!(
            f,
            "{service}: volume resized to {gib} GiB by hand: back up, stop, resize, restart, restore (assumed {took}; not a platform default)"
        ),
        Cause::VolumeRestored { service } => write!(f, "{service}: volume resized and data restored; starting again"),
        Cause::ComposeScaleRefused { service, replicas } => write!(
            f,
            "`docker compose up --scale {service}={replicas}` fails: replicas cannot share one published host port; a reverse proxy is needed first"
        ),
        Cause::Scale { service, replicas, platform, autoscaled } => {
            match platform {
                PlatformKind::Compose => write!(f, "`docker compose up -d --scale {service}={replicas}`")?,
                PlatformKind::Swarm => write!(f, "`docker service scale {service}={replicas}`")?,
                PlatformKind::Kubernetes => write!(f, "`kubectl scale {service} --replicas={replicas}`")?,
            }
            if *autoscaled {
                f.write_str("; the autoscaler may change it again at its next sync")?;
            }
            Ok(())
        }
        Cause::Autoscale { service, from, to, cpu_percent, ready, scrape, target_percent, step } => {
            write!(
                f,
                "HorizontalPodAutoscaler scales {service} from {from} to {to}: CPU {cpu_percent:.0} % of requests over {ready} Ready pod(s) at metrics-server's last scrape (every {scrape}) vs target {target_percent} %"
            )?;
            match step {
                HpaStep::Up { calc, limit } => {
                    f.write_str(": ")?;
                    if let Some(calc) = calc {
                        hpa(f, calc)?;
                    }
                    if let Some((pods, pct, per)) = limit {
                        write!(f, "; held to {to} by the scale-up limit max(+{pods}, +{pct} %) per {per}")?;
                    }
                    Ok(())
                }
                HpaStep::Down { window } => write!(f, "; the highest recommendation of the {window} stabilization window"),
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
            (Cause::TraceCut { max: 200_000 }, "trace cut after 200000 entries; downtime and request counts still cover the whole run"),
            (Cause::RunStopped { at: SimTime(90_000), max_events: 500_000 }, "run stopped at 01:30 after 500000 engine events: shorten the scenario or the failure loop"),
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
                    step: HpaStep::Up { calc: Some(HpaCalc::Rebalanced { ratio: 2.5, pods: 4, unready: Some(2), n: 10 }), limit: Some((4, 100, s(15))) },
                },
                "HorizontalPodAutoscaler scales api from 2 to 6: CPU 200 % of requests over 2 Ready pod(s) at metrics-server's last scrape (every 15 s) vs target 70 %: ceil(2.50 × 4 pods, 2 not Ready at 0 %) = 10; held to 6 by the scale-up limit max(+4, +100 %) per 15 s",
            ),
        ];
        for (c, want) in cases {
            assert_eq!(cause(&c), want);
        }
    }
}
