//! The result of a simulation: trace, state changes for the diagram, and the availability report.

use crate::scenario::Scenario;
use crate::time::{SimDuration, SimTime};
use crate::topology::PlatformKind;

/// What a replica (container, task or pod) is doing, as a diagram shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReplicaState {
    /// Up, answering and in the load balancer.
    Running,
    /// Process started; the application is not answering yet or the readiness probe has not passed.
    Starting,
    /// Running but failing its readiness probe: out of the load balancer.
    NotReady,
    /// Its process runs but it no longer answers (the platform still shows it Running).
    Hung,
    /// Waiting before a restart (Kubernetes CrashLoopBackOff, Docker "Restarting").
    BackOff,
    /// Stopped and nothing will restart it on its own.
    Exited,
    /// On a node that stopped answering; the control plane does not know what it is doing.
    Unknown,
    /// Deleted, waiting for its node to confirm.
    Terminating,
    /// Waiting for a node (nothing fits) or for its volume.
    Pending,
    /// Hung, and its Docker HEALTHCHECK has reported it unhealthy (`docker ps`: "Up (unhealthy)"):
    /// Docker and Compose only report it, no restart policy acts on it.
    Unhealthy,
}

impl ReplicaState {
    /// Stable identifier, also the CSS class suffix.
    pub const fn id(self) -> &'static str {
        match self {
            ReplicaState::Running => "running",
            ReplicaState::Starting => "starting",
            ReplicaState::NotReady => "notready",
            ReplicaState::Hung => "hung",
            ReplicaState::BackOff => "backoff",
            ReplicaState::Exited => "exited",
            ReplicaState::Unknown => "unknown",
            ReplicaState::Terminating => "terminating",
            ReplicaState::Pending => "pending",
            ReplicaState::Unhealthy => "unhealthy",
        }
    }
}

/// What a node is doing, as a diagram shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeState {
    /// Up and seen as Ready.
    Ready,
    /// Down, but the control plane has not noticed yet (or there is none: a Compose host).
    Unreachable,
    /// Down and marked NotReady by the control plane.
    NotReady,
}

impl NodeState {
    /// Stable identifier, also the CSS class suffix.
    pub const fn id(self) -> &'static str {
        match self {
            NodeState::Ready => "ready",
            NodeState::Unreachable => "unreachable",
            NodeState::NotReady => "notready",
        }
    }
}

/// What a trace entry is about: data, not prose. [`TraceKind::id`] is its stable name in the JSON
/// report and the CLI; the text layer renders the entry's explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TraceKind {
    /// The application answers, but its platform waits for the next probe before sending it requests.
    AppUp,
    /// The autoscaler changes the replica count.
    Autoscale,
    /// A configuration change restarts services.
    Config,
    /// A container exited (crash, kill, OOM, broken release).
    ContainerExited,
    /// A container started (a restart or a new replica).
    ContainerStarted,
    /// A process crashed (an injected fault or a broken release).
    Crash,
    /// A stateful Swarm task started on another node than its data: a new local volume there.
    DataLeftBehind,
    /// A new release is rolled out.
    Deploy,
    /// A replica leaves the load balancer.
    EndpointRemoved,
    /// A fault that does not apply to this platform or moment.
    FaultIgnored,
    /// An application stops answering while its process keeps running.
    Hang,
    /// A liveness (or health) check gave up on a container.
    LivenessFailed,
    /// Swarm removes a task from the routing mesh.
    MeshRemoved,
    /// A node stopped (power, network).
    NodeDown,
    /// The control plane marks a silent node NotReady (Swarm: Down).
    NodeNotReady,
    /// A node is Ready again.
    NodeReady,
    /// A node runs again.
    NodeUp,
    /// A readiness check fails: the replica leaves the endpoints.
    NotReady,
    /// The person on call acts.
    Operator,
    /// A replica cannot be placed on any node.
    Pending,
    /// The node controller evicts the pods of a NotReady node.
    PodEvicted,
    /// A pod is removed for good.
    PodRemoved,
    /// Managers or etcd lose or regain their majority.
    Quorum,
    /// A replica answers requests and receives them.
    Ready,
    /// A rollout finished.
    RolloutComplete,
    /// A rollout stopped making progress (progress deadline).
    RolloutStalled,
    /// The run stopped before its end (event limit).
    RunStopped,
    /// The replica count is changed by hand.
    Scale,
    /// A scale the platform refuses.
    ScaleRefused,
    /// A replica is placed on a node.
    Scheduled,
    /// A service stops answering.
    ServiceDown,
    /// A service answers again.
    ServiceUp,
    /// A startup probe gave up on a container.
    StartupFailed,
    /// A Swarm task failed.
    TaskFailed,
    /// Swarm shuts down an old task whose slot runs elsewhere.
    TaskRemoved,
    /// A replica is shutting down.
    Terminating,
    /// The trace was cut (the counts still cover the whole run).
    TraceTruncated,
    /// The incoming traffic changes.
    Traffic,
    /// A health check marks a container unhealthy.
    Unhealthy,
    /// A Swarm service update paused on a failure.
    UpdatePaused,
    /// A volume is attached to a new node.
    VolumeAttached,
    /// A full volume is resized.
    VolumeResize,
    /// A zone fails.
    ZoneDown,
    /// A zone is back.
    ZoneUp,
}

impl TraceKind {
    /// Every kind, in the order declared.
    pub const ALL: [TraceKind; 44] = [TraceKind::AppUp, TraceKind::Autoscale, TraceKind::Config, TraceKind::ContainerExited, TraceKind::ContainerStarted, TraceKind::Crash, TraceKind::DataLeftBehind, TraceKind::Deploy, TraceKind::EndpointRemoved, TraceKind::FaultIgnored, TraceKind::Hang, TraceKind::LivenessFailed, TraceKind::MeshRemoved, TraceKind::NodeDown, TraceKind::NodeNotReady, TraceKind::NodeReady, TraceKind::NodeUp, TraceKind::NotReady, TraceKind::Operator, TraceKind::Pending, TraceKind::PodEvicted, TraceKind::PodRemoved, TraceKind::Quorum, TraceKind::Ready, TraceKind::RolloutComplete, TraceKind::RolloutStalled, TraceKind::RunStopped, TraceKind::Scale, TraceKind::ScaleRefused, TraceKind::Scheduled, TraceKind::ServiceDown, TraceKind::ServiceUp, TraceKind::StartupFailed, TraceKind::TaskFailed, TraceKind::TaskRemoved, TraceKind::Terminating, TraceKind::TraceTruncated, TraceKind::Traffic, TraceKind::Unhealthy, TraceKind::UpdatePaused, TraceKind::VolumeAttached, TraceKind::VolumeResize, TraceKind::ZoneDown, TraceKind::ZoneUp];

    /// Stable machine-readable name (`node_not_ready`): the JSON report's `kind`.
    pub fn id(self) -> &'static str {
        match self {
            TraceKind::AppUp => "app_up",
            TraceKind::Autoscale => "autoscale",
            TraceKind::Config => "config",
            TraceKind::ContainerExited => "container_exited",
            TraceKind::ContainerStarted => "container_started",
            TraceKind::Crash => "crash",
            TraceKind::DataLeftBehind => "data_left_behind",
            TraceKind::Deploy => "deploy",
            TraceKind::EndpointRemoved => "endpoint_removed",
            TraceKind::FaultIgnored => "fault_ignored",
            TraceKind::Hang => "hang",
            TraceKind::LivenessFailed => "liveness_failed",
            TraceKind::MeshRemoved => "mesh_removed",
            TraceKind::NodeDown => "node_down",
            TraceKind::NodeNotReady => "node_not_ready",
            TraceKind::NodeReady => "node_ready",
            TraceKind::NodeUp => "node_up",
            TraceKind::NotReady => "not_ready",
            TraceKind::Operator => "operator",
            TraceKind::Pending => "pending",
            TraceKind::PodEvicted => "pod_evicted",
            TraceKind::PodRemoved => "pod_removed",
            TraceKind::Quorum => "quorum",
            TraceKind::Ready => "ready",
            TraceKind::RolloutComplete => "rollout_complete",
            TraceKind::RolloutStalled => "rollout_stalled",
            TraceKind::RunStopped => "run_stopped",
            TraceKind::Scale => "scale",
            TraceKind::ScaleRefused => "scale_refused",
            TraceKind::Scheduled => "scheduled",
            TraceKind::ServiceDown => "service_down",
            TraceKind::ServiceUp => "service_up",
            TraceKind::StartupFailed => "startup_failed",
            TraceKind::TaskFailed => "task_failed",
            TraceKind::TaskRemoved => "task_removed",
            TraceKind::Terminating => "terminating",
            TraceKind::TraceTruncated => "trace_truncated",
            TraceKind::Traffic => "traffic",
            TraceKind::Unhealthy => "unhealthy",
            TraceKind::UpdatePaused => "update_paused",
            TraceKind::VolumeAttached => "volume_attached",
            TraceKind::VolumeResize => "volume_resize",
            TraceKind::ZoneDown => "zone_down",
            TraceKind::ZoneUp => "zone_up",
        }
    }
}

/// One entry of the trace: what happened, to whom, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceEvent {
    /// When [ms].
    pub t: SimTime,
    /// What it is about.
    pub kind: TraceKind,
    /// The node, replica or service concerned.
    pub subject: String,
    /// Why, with the numbers and documented defaults behind it ([`crate::text`] says it in words).
    pub cause: crate::cause::Cause,
}

/// A state change for the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Replica `rep` is now in `state` on `node`.
    Replica {
        /// When [ms].
        t: SimTime,
        /// Index into [`Run::replicas`].
        rep: u32,
        /// Index into [`Run::nodes`], if bound.
        node: Option<u32>,
        /// New state.
        state: ReplicaState,
    },
    /// Replica `rep` no longer exists.
    Removed {
        /// When [ms].
        t: SimTime,
        /// Index into [`Run::replicas`].
        rep: u32,
    },
    /// Node `node` is now in `state`.
    Node {
        /// When [ms].
        t: SimTime,
        /// Index into [`Run::nodes`].
        node: u32,
        /// New state.
        state: NodeState,
    },
}

impl Change {
    /// When the change happened.
    pub fn t(&self) -> SimTime {
        match *self {
            Change::Replica { t, .. } | Change::Removed { t, .. } | Change::Node { t, .. } => t,
        }
    }
}

/// A node of the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeInfo {
    /// "host", "node-N" or "gpu-N".
    pub name: String,
    /// Zone index, if the platform uses zones.
    pub zone: Option<u32>,
}

/// A replica that existed at some point of the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplicaInfo {
    /// Container/task/pod name.
    pub name: String,
    /// Index of its service in the topology.
    pub service: u32,
    /// The replica it replaces (evicted, failed or lost with its node), if any: the diagram lets it
    /// travel from there.
    pub replaces: Option<u32>,
    /// The release it runs at the end of the run ("v1", "v2"; a Compose container recreated in
    /// place ran others before, [`Run::recreated`]).
    pub version: String,
}

/// The diagram at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Per node, its state.
    pub nodes: Vec<NodeState>,
    /// Replicas that exist at that moment: (index into [`Run::replicas`], node, state).
    pub replicas: Vec<(u32, Option<u32>, ReplicaState)>,
}

/// The most a diagram of a run ever has to hold ([`Run::peak`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Peak {
    /// The most replicas on one node at one moment.
    pub per_node: usize,
    /// The most replicas not on any node (Pending) at one moment.
    pub pending: usize,
    /// The states replicas pass through, a bit each (`1 << state as u16`): a diagram's legend.
    pub states: u16,
}

/// A span during which a service could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outage {
    /// Start [ms].
    pub start: SimTime,
    /// End [ms]; `None` when still down at the end of the run.
    pub end: Option<SimTime>,
    /// True when the service itself had answering replicas but a dependency was down.
    pub via_dependency: bool,
}

/// A stateful Swarm task that started on another node than the one holding its slot's data: it runs
/// on a new local volume there, and its data stays on the node it left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftBehind {
    /// When it was placed [ms].
    pub t: SimTime,
    /// The task.
    pub rep: String,
    /// The node it runs on now.
    pub node: String,
    /// The node its data stayed on.
    pub data_node: String,
    /// Its volume there is new and empty (else one an earlier task of the service left there).
    pub empty: bool,
}

/// Availability of one service over the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceReport {
    /// Service name.
    pub name: String,
    /// Time it could not answer, its own replicas down or a dependency down [ms].
    pub downtime: SimDuration,
    /// Time its own replicas could not answer [ms].
    pub own_downtime: SimDuration,
    /// Time some, not all, of its endpoints were dead, so part of its requests failed [ms].
    pub degraded: SimDuration,
    /// Time it had fewer answering replicas than it should, or dead ones listed [ms].
    pub short: SimDuration,
    /// Whether it has all its replicas answering (and no dead one listed) at the end of the run.
    pub full_at_end: bool,
    /// Integral of the share of requests that failed [ms]: downtime counts fully, a dead endpoint
    /// among two counts half.
    pub failed_share: SimDuration,
    /// The outages, in time order.
    pub outages: Vec<Outage>,
    /// When the last replica came back to full strength, if it ever lost any.
    pub full_strength_at: Option<SimTime>,
    /// Requests this service answered (its dependencies included) [count].
    pub served_requests: u64,
    /// Requests to this service that failed [count].
    pub failed_requests: u64,
    /// Time it received more requests than its answering replicas can take (`capacity_rps`) [ms].
    pub overloaded: SimDuration,
    /// Stopped by choice: no replica is wanted (0 replicas) and none ran during the run. Its own
    /// absence is not downtime (services depending on it are down, and count it).
    pub stopped: bool,
    /// Swarm, stateful: each time one of its tasks started away from its data, in time order.
    pub data_left_behind: Vec<LeftBehind>,
}

impl ServiceReport {
    /// Share of its requests that were answered [0..1]; `None` when it received none.
    pub fn request_success(&self) -> Option<f64> {
        let total = self.served_requests.saturating_add(self.failed_requests);
        (total > 0).then(|| self.served_requests as f64 / total as f64)
    }

    /// Share of the run the service could answer [0..1].
    pub fn availability(&self, duration: SimDuration) -> f64 {
        if duration.as_millis() == 0 {
            return 1.0;
        }
        1.0 - self.downtime.as_millis() as f64 / duration.as_millis() as f64
    }
}

/// Everything one simulation produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Platform simulated.
    pub platform: PlatformKind,
    /// Nodes, in order ("host" or node-1..N).
    pub nodes: Vec<NodeInfo>,
    /// Every replica that existed.
    pub replicas: Vec<ReplicaInfo>,
    /// State changes in time order (the first ones at t = 0 are the initial deployment).
    pub changes: Vec<Change>,
    /// The trace in time order.
    pub trace: Vec<TraceEvent>,
    /// Per service, in topology order.
    pub services: Vec<ServiceReport>,
    /// End of the run.
    pub end: SimTime,
    /// Engine events handled [count] (for throughput figures).
    pub events_handled: u64,
    /// When the engine stopped the run before the scenario's end because it needed more than
    /// [`crate::engine::MAX_EVENTS`] events (a loop with no delay); `end` is then that moment and
    /// every figure covers the run up to it.
    pub stopped_early: Option<SimTime>,
    /// Per service, each time its request rates changed. Drives the live counters.
    pub flow: Vec<Vec<FlowPoint>>,
    /// Compose containers recreated in place with another release, in order: (index into
    /// [`Run::changes`] of the change that starts it again, index into [`Run::replicas`], the
    /// release it ran before).
    pub recreated: Vec<(usize, u32, String)>,
}

/// A service's request totals and rates from one moment on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlowPoint {
    /// When the rates changed [ms].
    pub t: SimTime,
    /// Requests answered before then [count].
    pub served: f64,
    /// Requests failed before then [count].
    pub failed: f64,
    /// Requests answered per second from then on [requests/s].
    pub ok_rate: f64,
    /// Requests arriving per second from then on [requests/s].
    pub load: f64,
}

/// What a service has been through up to a moment, for live counters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counters {
    /// Downtime so far [ms].
    pub downtime: SimDuration,
    /// Requests failed so far [count].
    pub failed: u64,
    /// Requests answered so far [count].
    pub served: u64,
    /// Share of the time so far the service could answer [0..1].
    pub availability: f64,
    /// Whether it is down at that moment.
    pub down: bool,
    /// Times one of its tasks started away from its data so far [count].
    pub data_left_behind: usize,
}

impl Run {
    #[allow(clippy::too_many_arguments)] // the engine's parts, handed over once at the end of a run
    pub(crate) fn new(
        sc: &Scenario,
        nodes: Vec<NodeInfo>,
        replicas: Vec<ReplicaInfo>,
        changes: Vec<Change>,
        trace: Vec<TraceEvent>,
        avail: Vec<Vec<(SimTime, u32, u32)>>,
        requests: Vec<(u64, u64)>,
        end: SimTime,
    ) -> Self {
        let mut services = report(sc, &avail, end);
        for (s, (served, failed)) in services.iter_mut().zip(requests) {
            s.served_requests = served;
            s.failed_requests = failed;
        }
        Run { platform: sc.platform.kind, nodes, replicas, changes, trace, services, end, events_handled: 0, stopped_early: None, flow: Vec::new(), recreated: Vec::new() }
    }

    /// Simulated time the figures cover: the scenario's duration, or less when the run stopped early.
    pub fn covered(&self) -> SimDuration {
        self.end.since(SimTime::ZERO)
    }

    /// The diagram at time `t` (changes at exactly `t` included).
    pub fn snapshot_at(&self, t: SimTime) -> Snapshot {
        self.snapshot_upto(self.changes_until(t))
    }

    /// The most replicas on one node and the most not on any node, at any moment of the run: a
    /// diagram sized for these keeps one layout from start to end, so moving the cursor moves
    /// replicas, never every node box.
    pub fn peak(&self) -> Peak {
        let mut on: Vec<Option<Option<u32>>> = vec![None; self.replicas.len()];
        let mut count = vec![0usize; self.nodes.len()];
        let mut peak = Peak::default();
        let mut pending = 0usize;
        for c in &self.changes {
            let (rep, now) = match *c {
                Change::Replica { rep, node, state, .. } => {
                    peak.states |= 1 << state as u16;
                    (rep, Some(node))
                }
                Change::Removed { rep, .. } => (rep, None),
                Change::Node { .. } => continue,
            };
            let Some(slot) = on.get_mut(rep as usize) else { continue };
            if *slot == now {
                continue;
            }
            match *slot {
                Some(Some(n)) => count[n as usize] -= 1,
                Some(None) => pending -= 1,
                None => {}
            }
            match now {
                Some(Some(n)) => {
                    let k = &mut count[n as usize];
                    *k += 1;
                    peak.per_node = peak.per_node.max(*k);
                }
                Some(None) => {
                    pending += 1;
                    peak.pending = peak.pending.max(pending);
                }
                None => {}
            }
            *slot = now;
        }
        peak
    }

    /// The diagram after the first `n` changes.
    pub fn snapshot_upto(&self, n: usize) -> Snapshot {
        let mut nodes = vec![NodeState::Ready; self.nodes.len()];
        let mut reps: Vec<Option<(Option<u32>, ReplicaState)>> = vec![None; self.replicas.len()];
        for c in self.changes.iter().take(n) {
            match *c {
                Change::Replica { rep, node, state, .. } => {
                    if let Some(slot) = reps.get_mut(rep as usize) {
                        *slot = Some((node, state));
                    }
                }
                Change::Removed { rep, .. } => {
                    if let Some(slot) = reps.get_mut(rep as usize) {
                        *slot = None;
                    }
                }
                Change::Node { node, state, .. } => {
                    if let Some(slot) = nodes.get_mut(node as usize) {
                        *slot = state;
                    }
                }
            }
        }
        let replicas = reps.into_iter().enumerate().filter_map(|(i, s)| s.map(|(n, st)| (i as u32, n, st))).collect();
        Snapshot { nodes, replicas }
    }

    /// How many state changes have happened by time `t` (changes at exactly `t` included): two
    /// moments with the same count show the same diagram.
    pub fn changes_until(&self, t: SimTime) -> usize {
        self.changes.partition_point(|c| c.t() <= t)
    }

    /// Downtime, requests and availability of service `si` from the start up to `t`.
    pub fn counters_at(&self, si: usize, t: SimTime) -> Counters {
        let t = t.min(self.end);
        let (downtime, down) = self.services.get(si).map_or((SimDuration::ZERO, false), |s| {
            let mut total = SimDuration::ZERO;
            let mut down = false;
            for o in &s.outages {
                if o.start > t {
                    break;
                }
                let end = o.end.unwrap_or(self.end).min(t);
                total = total.saturating_add(end.since(o.start));
                down = o.end.is_none_or(|e| e > t);
            }
            (total, down)
        });
        let (served, failed) = self.flow.get(si).map_or((0.0, 0.0), |series| {
            let k = series.partition_point(|p| p.t <= t);
            match k.checked_sub(1).and_then(|i| series.get(i)) {
                Some(p) => {
                    let dt = t.since(p.t).as_secs_f64();
                    (p.served + p.ok_rate * dt, p.failed + (p.load - p.ok_rate).max(0.0) * dt)
                }
                None => (0.0, 0.0),
            }
        });
        let elapsed = t.as_millis();
        let availability = if elapsed == 0 { 1.0 } else { 1.0 - downtime.as_millis() as f64 / elapsed as f64 };
        let data_left_behind = self.services.get(si).map_or(0, |s| s.data_left_behind.partition_point(|l| l.t <= t));
        Counters { downtime, failed: failed.round() as u64, served: served.round() as u64, availability, down, data_left_behind }
    }

    /// The report of the service called `name`.
    pub fn service(&self, name: &str) -> Option<&ServiceReport> {
        self.services.iter().find(|s| s.name == name)
    }

    /// Trace entries with time ≤ `t`.
    pub fn trace_until(&self, t: SimTime) -> &[TraceEvent] {
        let n = self.trace.partition_point(|e| e.t <= t);
        self.trace.get(..n).unwrap_or(&[])
    }

    /// Name of the service of replica `rep`.
    pub fn replica_service<'s>(&self, sc: &'s Scenario, rep: u32) -> Option<&'s str> {
        let si = self.replicas.get(rep as usize)?.service as usize;
        sc.topology.services.get(si).map(|s| s.name.as_str())
    }
}

/// Downtime with dependencies: a service is up when it has an answering endpoint and everything it
/// depends on is up.
fn report(sc: &Scenario, avail: &[Vec<(SimTime, u32, u32)>], end: SimTime) -> Vec<ServiceReport> {
    let n = sc.topology.services.len();
    let order = sc.dependency_order().unwrap_or_else(|| (0..n).collect());
    let deps: Vec<Vec<usize>> = sc
        .topology
        .services
        .iter()
        .map(|s| s.depends_on.iter().filter_map(|d| sc.topology.service_index(d)).collect())
        .collect();
    let desired: Vec<u32> = sc.topology.services.iter().map(|s| s.replicas_on(sc.platform.kind)).collect();
    // Wanted by nobody: 0 replicas at the start (no autoscaler minimum on Kubernetes) and never an
    // endpoint during the run.
    let stopped: Vec<bool> = sc
        .topology
        .services
        .iter()
        .zip(&desired)
        .zip(avail)
        .map(|((s, &d), series)| {
            let min = if sc.platform.kind == PlatformKind::Kubernetes { s.autoscale.as_ref().map_or(0, |a| a.min) } else { 0 };
            d.max(min) == 0 && series.iter().all(|&(_, e, _)| e == 0)
        })
        .collect();
    // All moments where anything changed.
    let mut ms: Vec<u64> = avail.iter().flatten().map(|&(t, _, _)| t.as_millis()).filter(|&t| t <= end.as_millis()).collect();
    ms.push(0);
    ms.sort_unstable();
    ms.dedup();
    let times: Vec<SimTime> = ms.into_iter().map(SimTime).collect();

    let mut cursor = vec![0usize; n];
    let mut cur = vec![(0u32, 0u32); n];
    let mut out: Vec<ServiceReport> = sc
        .topology
        .services
        .iter()
        .map(|s| ServiceReport {
            name: s.name.clone(),
            downtime: SimDuration::ZERO,
            own_downtime: SimDuration::ZERO,
            degraded: SimDuration::ZERO,
            short: SimDuration::ZERO,
            full_at_end: true,
            failed_share: SimDuration::ZERO,
            outages: Vec::new(),
            full_strength_at: None,
            served_requests: 0,
            failed_requests: 0,
            overloaded: SimDuration::ZERO,
            stopped: false,
            data_left_behind: Vec::new(),
        })
        .collect();
    for (r, &st) in out.iter_mut().zip(&stopped) {
        r.stopped = st;
    }
    let mut was_full = vec![true; n];
    for (k, &t) in times.iter().enumerate() {
        let next = times.get(k + 1).copied().unwrap_or(end).min(end);
        let span = next.since(t);
        for ((series, pos), value) in avail.iter().zip(cursor.iter_mut()).zip(cur.iter_mut()) {
            while let Some(&(ct, e, a)) = series.get(*pos) {
                if ct > t {
                    break;
                }
                *value = (e, a);
                *pos += 1;
            }
        }
        let mut up = vec![false; n];
        for &si in &order {
            let own = cur.get(si).is_some_and(|&(_, a)| a > 0);
            let deps_up = deps.get(si).is_none_or(|d| d.iter().all(|&j| up.get(j).copied().unwrap_or(false)));
            if let Some(u) = up.get_mut(si) {
                *u = own && deps_up;
            }
            let (e, a) = cur.get(si).copied().unwrap_or((0, 0));
            let Some(r) = out.get_mut(si) else { continue };
            if r.stopped {
                continue;
            }
            let full = a >= desired.get(si).copied().unwrap_or(0) && e == a;
            if !full {
                r.short = r.short.saturating_add(span);
            }
            if let Some(was) = was_full.get_mut(si) {
                if full && !*was {
                    r.full_strength_at = Some(t);
                }
                *was = full;
            }
            if !own {
                r.own_downtime = r.own_downtime.saturating_add(span);
            } else if e > a {
                r.degraded = r.degraded.saturating_add(span);
            }
            let is_up = own && deps_up;
            if !is_up {
                r.downtime = r.downtime.saturating_add(span);
                r.failed_share = r.failed_share.saturating_add(span);
                match r.outages.last_mut() {
                    Some(o) if o.end == Some(t) => o.end = None,
                    Some(o) if o.end.is_none() => {}
                    _ => r.outages.push(Outage { start: t, end: None, via_dependency: own }),
                }
            } else {
                if let Some(o) = r.outages.last_mut() {
                    if o.end.is_none() {
                        o.end = Some(t);
                    }
                }
                if e > a && e > 0 {
                    // Round-robin over e endpoints, e − a of them dead.
                    let share = span.as_millis() as u128 * u128::from(e - a) / u128::from(e);
                    r.failed_share = r.failed_share.saturating_add(SimDuration(share as u64));
                }
            }
        }
    }
    for (r, &full) in out.iter_mut().zip(&was_full) {
        r.full_at_end = full || r.stopped;
    }
    // An outage reopened at `end` is still open; zero-length artefacts are dropped.
    for r in &mut out {
        r.outages.retain(|o| o.end.is_none_or(|e| e > o.start));
    }
    out
}

#[cfg(test)]
mod trace_kind_tests {
    use super::TraceKind;

    #[test]
    fn every_trace_kind_has_its_own_stable_snake_case_name() {
        let ids: std::collections::BTreeSet<&str> = TraceKind::ALL.iter().map(|k| k.id()).collect();
        assert_eq!(ids.len(), TraceKind::ALL.len(), "two kinds share a name");
        assert!(ids.iter().all(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '_')), "{ids:?}");
    }
}
