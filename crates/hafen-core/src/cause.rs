//! Why a trace entry happened, as data: which mechanism acted, on whom, and the numbers and
//! documented defaults behind it. The engine writes these; [`crate::text`] renders them (English in
//! `text/en.rs`), for the command line, the JSON report and the app alike. Tests match on the data.
//!
//! Names (`rep`, `node`, `service`, `version`) are the scenario's own; durations are
//! [`SimDuration`]s and counts plain integers, so a renderer chooses how to write them.

use crate::defaults::KubeVersion;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, RestartPolicy};

/// How a container's process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// It crashed (a crash fault).
    Crashed,
    /// Its release is broken and exits right after start-up.
    CrashedBrokenRelease,
    /// A hung process ignored SIGTERM and was killed after the grace period.
    KilledAfterGrace,
    /// The kubelet killed it when its startup probe gave up.
    KilledByStartupProbe,
    /// The kubelet killed it when its liveness probe failed before it finished starting.
    KilledByLivenessWhileStarting,
}

/// Why a Swarm task failed.
#[derive(Clone, Debug, PartialEq)]
pub enum TaskFailure {
    /// Its process ended.
    Exited(Exit),
    /// Its HEALTHCHECK gave up while the application was still starting.
    UnhealthyWhileStarting,
    /// Its HEALTHCHECK reported unhealthy.
    Unhealthy,
    /// Its node was declared down.
    LostWithNode {
        /// The node it ran on.
        node: String,
    },
}

/// Why a replica was created (the controller or person that created it).
#[derive(Clone, Debug, PartialEq)]
pub enum Created {
    /// The ReplicaSet has fewer pods than desired.
    ReplicaSetShort {
        /// The Deployment's service.
        service: String,
        /// Pods it has [count].
        have: u32,
        /// Pods it wants [count].
        desired: u32,
    },
    /// A rolling update creates a pod of the new version (maxSurge).
    RollingUpdate {
        /// The Deployment's service.
        service: String,
        /// The version rolled to.
        version: String,
        /// maxSurge, rounded up [pods].
        surge: u32,
    },
    /// The StatefulSet recreates a missing identity.
    StatefulSetRecreates,
    /// The StatefulSet recreates a force-deleted pod whose volume must first be detached
    /// (maxWaitForUnmountDuration).
    StatefulSetRecreatesDetached {
        /// Until the volume is force-detached [ms].
        detach: SimDuration,
    },
    /// Swarm's orchestrator starts a task for an empty slot.
    SwarmTask,
    /// Swarm's orchestrator starts a task towards the service's `replicas`.
    SwarmTaskForReplicas {
        /// The service's replicas [count].
        desired: u32,
    },
    /// Swarm's updater replaces an old task.
    SwarmUpdate {
        /// The task replaced.
        old: String,
        /// The version updated to.
        version: String,
    },
    /// Compose starts another container (`--scale`).
    ComposeStarts,
}

/// Why a replica is deleted gracefully.
#[derive(Clone, Debug, PartialEq)]
pub enum Deletion {
    /// The Deployment was scaled down.
    DeploymentScaledDown {
        /// Replicas now desired [count].
        desired: u32,
    },
    /// A rolling update scales an old pod down (maxUnavailable).
    RollingUpdateOld {
        /// The version rolled to.
        version: String,
        /// maxUnavailable, rounded down [pods].
        unavailable: u32,
    },
    /// The StatefulSet was scaled down.
    StatefulSetScaledDown {
        /// Replicas now desired [count].
        desired: u32,
    },
    /// A StatefulSet rolling update replaces the highest outdated ordinal.
    StatefulSetUpdate {
        /// The version rolled to.
        version: String,
    },
    /// The Swarm service was scaled down.
    SwarmScaledDown {
        /// Replicas now desired [count].
        desired: u32,
    },
    /// A Swarm service update stops an old task first.
    SwarmUpdateStopFirst {
        /// The version updated to.
        version: String,
    },
    /// The operator deletes a StatefulSet pod that never became Ready, so it is recreated.
    OperatorDeletesForRollback,
    /// `docker compose up --scale` removes a container.
    ComposeScaledDown,
}

/// Why no node takes a Pending replica.
#[derive(Clone, Debug, PartialEq)]
pub struct Unschedulable {
    /// CPU request [millicores].
    pub cpu_millis: u64,
    /// Memory request [MiB].
    pub memory_mib: u64,
    /// The node it is pinned to.
    pub pin: Option<String>,
    /// It needs a GPU.
    pub gpu: bool,
    /// Nodes the control plane sees as ready [count].
    pub ready: u32,
    /// Nodes [count].
    pub nodes: u32,
}

/// What a release or change is.
#[derive(Clone, Debug, PartialEq)]
pub enum Release {
    /// A new release.
    New {
        /// Its version.
        version: String,
    },
    /// A rollback to an earlier version.
    Rollback {
        /// The version rolled back to.
        version: String,
    },
    /// A configuration change (same version, restarted).
    Config,
}

/// How Kubernetes rolls a change out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KubeStrategy {
    /// StatefulSet: one pod at a time from the highest ordinal.
    StatefulSet,
    /// Deployment rolling update.
    Rolling {
        /// maxSurge [pods].
        surge: u32,
        /// maxSurge [%].
        surge_percent: u32,
        /// maxUnavailable [pods].
        unavailable: u32,
        /// maxUnavailable [%].
        unavailable_percent: u32,
    },
}

/// The HorizontalPodAutoscaler's calculation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HpaCalc {
    /// ceil(ratio × Ready pods).
    Ready {
        /// Utilisation ÷ target.
        ratio: f64,
        /// Ready pods [count].
        pods: usize,
        /// Result [pods].
        n: u32,
    },
    /// Recomputed with missing pods at their request and (scaling up) not-Ready pods at 0 %.
    Rebalanced {
        /// The recomputed ratio.
        ratio: f64,
        /// Pods counted [count].
        pods: usize,
        /// Not-Ready pods counted at 0 % (scale-up only) [count].
        unready: Option<usize>,
        /// Result [pods].
        n: u32,
    },
}

/// A scaling decision of the HorizontalPodAutoscaler.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HpaStep {
    /// Up, at once.
    Up {
        /// The calculation (none when only min/max or the stabilization window moved it).
        calc: Option<HpaCalc>,
        /// The stabilization window replaced the calculation's recommendation.
        held: Option<HpaHeld>,
        /// Held back by the scale-up limit.
        limit: Option<HpaLimit>,
    },
    /// Down, to the highest recommendation of the stabilization window.
    Down {
        /// The stabilization window [ms].
        window: SimDuration,
    },
    /// The replicas were outside [min, max] (scaled by hand): set to the bound at once.
    ToBounds {
        /// minReplicas [count].
        min: u32,
        /// maxReplicas [count].
        max: u32,
    },
}

/// How a stabilization window replaced a scale-up's recommendation
/// (pkg/controller/podautoscaler/horizontal.go).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HpaHeld {
    /// No `behavior`: the highest recommendation of the downscale stabilization window, which
    /// `stabilizeRecommendation` applies to every step (a held-back scale-up is remembered).
    Highest {
        /// The recommendation applied [pods].
        replicas: u32,
        /// The window [ms].
        window: SimDuration,
    },
    /// `behavior`: the lowest recommendation of its scale-up stabilization window
    /// (`stabilizeRecommendationWithBehaviors`).
    Lowest {
        /// The recommendation applied [pods].
        replicas: u32,
        /// The window [ms].
        window: SimDuration,
    },
}

/// The rule that limited a scale-up (pkg/controller/podautoscaler/horizontal.go).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HpaLimit {
    /// No `behavior`: max(2 × current, 4) (`calculateScaleUpLimit`).
    Legacy {
        /// Replicas before [count].
        current: u32,
        /// The limit [count].
        limit: u32,
    },
    /// `behavior`'s scaleUp policies, the larger of the two (`calculateScaleUpLimitWithScalingRules`):
    /// max(start + pods, start + percent %) per period, `start` the replicas at the period's start.
    Policies {
        /// Replicas at the start of the period [count].
        start: u32,
        /// Pods policy [pods per period].
        pods: u32,
        /// Percent policy [% per period].
        percent: u32,
        /// The policies' period [ms].
        period: SimDuration,
        /// The limit [count].
        limit: u32,
    },
}

/// A fault the scenario asked for that had nothing to act on.
#[derive(Clone, Debug, PartialEq)]
pub enum Ignored {
    /// Kill a named node that does not exist.
    KillNoSuchNode {
        /// The node named.
        node: String,
    },
    /// Kill the node running a service when none of its replicas runs.
    KillNoNodeRunning {
        /// The service named.
        service: String,
    },
    /// Restore a node that does not exist.
    RestoreNoSuchNode {
        /// The node named.
        node: String,
    },
    /// Crash a service none of whose replicas runs.
    CrashNothingRunning {
        /// The service named.
        service: String,
    },
    /// Hang a service none of whose replicas runs.
    HangNothingRunning {
        /// The service named.
        service: String,
    },
    /// Kill a node that is already down.
    AlreadyDown {
        /// The node.
        node: String,
    },
    /// Restore a node that is already up.
    AlreadyUp {
        /// The node.
        node: String,
    },
}

/// Why one trace entry happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Cause {
    /// The trace reached its limit; totals still cover the whole run.
    TraceCut {
        /// Entries kept [count].
        max: usize,
    },
    /// The run needed more engine events than allowed and stopped.
    RunStopped {
        /// When [ms].
        at: SimTime,
        /// Events allowed [count].
        max_events: u64,
    },
    /// A fault had nothing to act on.
    Ignored(Ignored),
    /// A service has no replica able to answer.
    ServiceDown {
        /// The service.
        service: String,
        /// The dependency that is down, when its own replicas could still answer (the first of its
        /// `depends_on` that is down, as its consequence names it); `None`: no replica can answer.
        via: Option<String>,
    },
    /// A service answers again.
    ServiceUp {
        /// The service.
        service: String,
        /// Replicas answering [count].
        answering: u32,
    },
    /// A replica was bound to a node.
    Scheduled {
        /// Who created it and why.
        why: Created,
        /// The replica.
        rep: String,
        /// The node.
        node: String,
        /// Placed by spreading and most free resources (not the one Compose host).
        spread: bool,
    },
    /// A Pending replica fits now that a node freed resources or became ready.
    ScheduledNowFits {
        /// The replica.
        rep: String,
        /// The node.
        node: String,
    },
    /// A replica no ready node takes (at the start, `why` is `None`).
    Pending {
        /// Who created it and why.
        why: Option<Created>,
        /// The replica.
        rep: String,
        /// What it needs.
        need: Unschedulable,
    },
    /// A zone's nodes fail.
    ZoneDown {
        /// The zone.
        zone: String,
        /// Its nodes [count].
        nodes: usize,
    },
    /// A zone's nodes are back.
    ZoneUp {
        /// The zone.
        zone: String,
        /// Its nodes [count].
        nodes: usize,
    },
    /// A replica's process crashes.
    Crash {
        /// The replica.
        rep: String,
    },
    /// The traffic into the entry service changes.
    Traffic {
        /// The entry service.
        entry: String,
        /// Before [requests/s].
        from: f64,
        /// After [requests/s].
        to: u64,
    },
    /// A container started.
    ContainerStarted {
        /// The replica.
        rep: String,
        /// Its version.
        version: String,
        /// The application's start-up [ms].
        startup: SimDuration,
    },
    /// A broken release exits right after start-up.
    BrokenRelease {
        /// The replica.
        rep: String,
        /// The broken version.
        version: String,
    },
    /// The application answers and the replica is in the endpoints.
    AppAnswers {
        /// The replica.
        rep: String,
    },
    /// The application answers; the next readiness probe / health check lists it.
    AppUpWaiting {
        /// The replica.
        rep: String,
        /// Kubernetes readiness probe (else a HEALTHCHECK).
        readiness_probe: bool,
    },
    /// A startup probe passed and the pod (without a readiness probe) is Ready.
    StartupPassedReady {
        /// The replica.
        rep: String,
    },
    /// A readiness probe passed (periodSeconds).
    ReadinessPassed {
        /// The replica.
        rep: String,
        /// Probe period [ms].
        period: SimDuration,
    },
    /// A HEALTHCHECK passed and the Swarm task joins the routing mesh.
    HealthcheckPassed {
        /// The replica.
        rep: String,
        /// HEALTHCHECK interval [ms].
        period: SimDuration,
    },
    /// The application stops answering; its process keeps running.
    Hang {
        /// The replica.
        rep: String,
    },
    /// Kubelet: the first restart has no back-off.
    KubeletRestartsAtOnce {
        /// The replica.
        rep: String,
        /// How the container ended.
        how: Exit,
    },
    /// Kubelet: CrashLoopBackOff (starts at `initial`, doubles, capped at `max`).
    CrashLoopBackOff {
        /// The replica.
        rep: String,
        /// How the container ended.
        how: Exit,
        /// This restart's delay [ms].
        delay: SimDuration,
        /// First back-off [ms].
        initial: SimDuration,
        /// Cap [ms].
        max: SimDuration,
    },
    /// A startup probe gave up (failureThreshold × periodSeconds).
    StartupProbeFailed {
        /// The replica.
        rep: String,
        /// failureThreshold [count].
        threshold: u32,
        /// periodSeconds [ms].
        period: SimDuration,
        /// The application's start-up [ms].
        startup: SimDuration,
    },
    /// A liveness probe killed a container still starting.
    LivenessFailedWhileStarting {
        /// The replica.
        rep: String,
        /// failureThreshold [count].
        threshold: u32,
        /// periodSeconds [ms].
        period: SimDuration,
        /// initialDelaySeconds [ms].
        delay: SimDuration,
        /// The application's start-up [ms].
        startup: SimDuration,
    },
    /// A readiness probe failed: NotReady, out of the endpoints.
    ReadinessFailed {
        /// The replica.
        rep: String,
        /// failureThreshold [count].
        threshold: u32,
        /// periodSeconds [ms].
        period: SimDuration,
        /// timeoutSeconds [ms].
        timeout: SimDuration,
    },
    /// A liveness probe failed: killed after terminationGracePeriodSeconds.
    LivenessFailed {
        /// The replica.
        rep: String,
        /// failureThreshold [count].
        threshold: u32,
        /// periodSeconds [ms].
        period: SimDuration,
        /// terminationGracePeriodSeconds [ms].
        grace: SimDuration,
    },
    /// Docker: `restart: no`, so the operator has to act.
    NoRestartPolicy {
        /// The replica.
        rep: String,
        /// How the container ended.
        how: Exit,
        /// Its restart policy.
        policy: RestartPolicy,
        /// Operator reaction [ms].
        reaction: SimDuration,
    },
    /// Docker's restart manager restarts after its delay (starts at `initial`, doubles, capped at `max`).
    DockerRestarts {
        /// The replica.
        rep: String,
        /// How the container ended.
        how: Exit,
        /// Its restart policy.
        policy: RestartPolicy,
        /// This restart's delay [ms].
        delay: SimDuration,
        /// First delay [ms].
        initial: SimDuration,
        /// Cap [ms].
        max: SimDuration,
    },
    /// A HEALTHCHECK gave up while the application was still starting.
    UnhealthyWhileStarting {
        /// The replica.
        rep: String,
        /// retries [count].
        retries: u32,
        /// The application's start-up [ms].
        startup: SimDuration,
        /// interval [ms].
        interval: SimDuration,
        /// start period [ms].
        start_period: SimDuration,
        /// On Swarm (which replaces the task); else Docker/Compose only report it.
        swarm: bool,
    },
    /// A HEALTHCHECK reported unhealthy.
    Unhealthy {
        /// The replica.
        rep: String,
        /// retries [count].
        retries: u32,
        /// interval [ms].
        interval: SimDuration,
        /// timeout [ms].
        timeout: SimDuration,
        /// On Swarm (which replaces the task); else Docker/Compose only report it.
        swarm: bool,
    },
    /// A Swarm service update paused: a task it created failed before it ran, or within the monitor
    /// window after it reached RUNNING (`--update-failure-action pause`).
    UpdatePaused {
        /// The service.
        service: String,
        /// The failed task.
        task: String,
        /// How long it had been running when it failed; `None`: it never reached RUNNING.
        ran: Option<SimDuration>,
        /// `--update-monitor` [ms].
        monitor: SimDuration,
        /// Slots the update had changed (old task stopped, new one created) [count].
        updated: u32,
        /// Slots it had to change [count].
        slots: u32,
    },
    /// A Swarm task failed; a new one starts after --restart-delay.
    TaskFailed {
        /// The task.
        rep: String,
        /// Why.
        why: TaskFailure,
        /// --restart-delay [ms].
        delay: SimDuration,
    },
    /// A Swarm task failed and no manager quorum can replace it.
    TaskFailedNoQuorum {
        /// The task.
        rep: String,
        /// Why.
        why: TaskFailure,
    },
    /// The Compose host stops; an operator brings it back.
    HostDown {
        /// The host.
        node: String,
        /// Containers on it [count].
        containers: usize,
        /// Operator reaction [ms].
        reaction: SimDuration,
    },
    /// A Swarm node stops; the mesh routes to it until gossip declares it dead.
    SwarmNodeDown {
        /// The node.
        node: String,
        /// Tasks on it [count].
        tasks: usize,
        /// Missed heartbeats before the managers act [count].
        grace: u32,
    },
    /// A Kubernetes node stops; the control plane routes to it until it notices.
    KubeNodeDown {
        /// The node.
        node: String,
        /// Pods on it [count].
        pods: usize,
    },
    /// Swarm's dispatcher declares a silent node down.
    SwarmNodeNoticed {
        /// The node.
        node: String,
        /// Silent for [ms].
        silent: SimDuration,
        /// Missed heartbeats [count].
        missed: u32,
        /// Heartbeat period [ms].
        heartbeat: SimDuration,
    },
    /// The node lifecycle controller marks a silent node NotReady.
    NodeNotReady {
        /// The node.
        node: String,
        /// Silent for: since its last status (lease renewal) [ms].
        silent: SimDuration,
        /// Since the node controller's check that saw that status (its probeTimestamp) [ms]: what
        /// it compares with the grace period.
        seen: SimDuration,
        /// node-monitor-grace-period [ms].
        grace: SimDuration,
        /// --node-monitor-period: how often the node controller checks [ms].
        period: SimDuration,
        /// The Kubernetes version whose default applies.
        version: KubeVersion,
        /// tolerationSeconds of the unreachable taint [ms].
        toleration: SimDuration,
    },
    /// The Compose host is back (by itself or by the operator after `reaction`).
    HostBack {
        /// The host.
        node: String,
        /// Brought back by the operator after this reaction [ms].
        operator: Option<SimDuration>,
        /// Some container has `restart: no`, so the operator runs `docker compose up -d`.
        any_no_restart: bool,
    },
    /// A Kubernetes node is back; the kubelet posts its status.
    KubeletBack {
        /// The node.
        node: String,
    },
    /// A Swarm node is back (the operator brings back, after `reaction`, a node a stateful service is
    /// pinned to).
    SwarmNodeBack {
        /// The node.
        node: String,
        /// Brought back by the operator after this reaction [ms].
        operator: Option<SimDuration>,
    },
    /// A stateful Swarm task started on another node than the one holding its slot's data: swarmkit's
    /// scheduler does not know where a `local` volume's data is, so the task mounts a volume of the
    /// same name on its new node and the data stays behind.
    SwarmDataLeftBehind {
        /// The task.
        rep: String,
        /// The node it runs on now.
        node: String,
        /// The node its data stayed on.
        data_node: String,
        /// The volume on `node` is new and empty (else one an earlier task of the service left there).
        empty: bool,
    },
    /// A returning node confirms a deleted pod stopped; it is removed.
    PodRemovedConfirmed {
        /// The pod.
        rep: String,
        /// Its node.
        node: String,
    },
    /// A returning node's old task, whose slot runs elsewhere, is shut down.
    OldTaskShutDown {
        /// The task.
        rep: String,
    },
    /// A node is ready again (Kubernetes: the taint is removed).
    NodeReadyAgain {
        /// The node.
        node: String,
        /// Kubernetes (the unreachable taint is removed).
        taint_removed: bool,
    },
    /// Taint-based eviction of a pod on an unreachable node (tolerationSeconds).
    PodEvicted {
        /// The pod.
        rep: String,
        /// Its node.
        node: String,
        /// tolerationSeconds [ms].
        toleration: SimDuration,
        /// A StatefulSet pod, not replaced until its node confirms or someone force-deletes it.
        stateful: bool,
    },
    /// Swarm's gossip layer declares a node dead: the mesh stops sending to its tasks.
    MeshRemoved {
        /// The node.
        node: String,
        /// memberlist probe interval [ms].
        probe_interval: SimDuration,
        /// memberlist SuspicionMult.
        suspicion_mult: u32,
        /// Tasks taken out of the mesh [count].
        tasks: u32,
    },
    /// Swarm's managers regained a majority.
    SwarmQuorumBack {
        /// Managers up [count].
        up: usize,
        /// Managers [count].
        managers: usize,
    },
    /// Swarm's managers lost their majority.
    SwarmQuorumLost {
        /// Managers up [count].
        up: usize,
        /// Managers [count].
        managers: usize,
    },
    /// etcd lost its quorum.
    EtcdQuorumLost {
        /// Members up [count].
        up: usize,
        /// Members [count].
        members: usize,
    },
    /// etcd has a majority again.
    EtcdQuorumBack {
        /// Members up [count].
        up: usize,
        /// Members [count].
        members: usize,
    },
    /// A replica is being deleted gracefully.
    Terminating {
        /// The replica.
        rep: String,
        /// Why.
        why: Deletion,
    },
    /// A deleted pod's endpoint removal reached kube-proxy.
    EndpointRemoved {
        /// The pod.
        rep: String,
        /// Endpoint propagation [ms].
        propagation: SimDuration,
    },
    /// A rollout finished (Deployment: with its pod count).
    RolloutComplete {
        /// The service.
        service: String,
        /// The version.
        version: String,
        /// Pods Ready (Deployment) [count].
        pods: Option<u32>,
    },
    /// A Swarm service update finished.
    SwarmUpdateComplete {
        /// The service.
        service: String,
        /// The version.
        version: String,
    },
    /// A rollout made no progress for progressDeadlineSeconds.
    RolloutStalled {
        /// The service.
        service: String,
        /// progressDeadlineSeconds [ms].
        deadline: SimDuration,
    },
    /// A force-detached volume is attached to a recreated StatefulSet pod.
    VolumeAttached {
        /// The pod.
        rep: String,
    },
    /// The operator force-deletes a StatefulSet pod on a dead node.
    OperatorForceDeletes {
        /// The pod.
        rep: String,
        /// Operator reaction [ms].
        reaction: SimDuration,
        /// What the operator types ([`crate::commands::Names::force_delete`]).
        command: String,
    },
    /// The operator rolls a broken release back.
    OperatorRollsBack {
        /// The service.
        service: String,
        /// The platform (its command).
        platform: PlatformKind,
        /// The version rolled back to.
        previous: String,
        /// Operator reaction [ms].
        reaction: SimDuration,
        /// What the operator types ([`crate::commands::Names::release`]).
        command: String,
    },
    /// The operator restarts a container the platform does not restart.
    OperatorRestarts {
        /// The replica.
        rep: String,
        /// Its service.
        service: String,
        /// The platform (its command).
        platform: PlatformKind,
        /// Operator reaction [ms].
        reaction: SimDuration,
        /// A hung process is killed after this grace period [ms].
        hung_grace: Option<SimDuration>,
        /// What the operator types ([`crate::commands::Names::restart`]).
        command: String,
    },
    /// A release, rollback or configuration change of a service.
    Deploy {
        /// The service.
        service: String,
        /// What changes.
        release: Release,
        /// How the platform applies it.
        platform: PlatformKind,
        /// Kubernetes: the rollout strategy.
        strategy: Option<KubeStrategy>,
        /// What the operator or CI types ([`crate::commands::Names::release`], as the Commands tab).
        command: String,
    },
    /// A configuration change of every Compose service.
    ComposeConfigChange,
    /// A PersistentVolumeClaim expanded online.
    VolumeExpanded {
        /// The service.
        service: String,
        /// New size [GiB].
        gib: u32,
    },
    /// A volume resized by hand (labelled assumption, not a platform default).
    VolumeResizedByHand {
        /// The service.
        service: String,
        /// New size [GiB].
        gib: u32,
        /// Assumed duration [ms].
        took: SimDuration,
    },
    /// A volume resized by hand is back.
    VolumeRestored {
        /// The service.
        service: String,
    },
    /// `docker compose up --scale` fails on a published port without a proxy.
    ComposeScaleRefused {
        /// The service.
        service: String,
        /// Replicas asked for [count].
        replicas: u32,
    },
    /// A manual scale.
    Scale {
        /// The service.
        service: String,
        /// Replicas [count].
        replicas: u32,
        /// The platform (its command).
        platform: PlatformKind,
        /// Kubernetes with an autoscaler, which may change it again.
        autoscaled: bool,
        /// What the operator types ([`crate::commands::Names::scale`]).
        command: String,
    },
    /// The HorizontalPodAutoscaler changes the replicas.
    Autoscale {
        /// The service.
        service: String,
        /// Replicas before [count].
        from: u32,
        /// Replicas after [count].
        to: u32,
        /// CPU use at the last scrape [% of requests].
        cpu_percent: f64,
        /// Ready pods sampled [count].
        ready: usize,
        /// metrics-server resolution [ms].
        scrape: SimDuration,
        /// Target CPU [% of requests].
        target_percent: u32,
        /// The decision.
        step: HpaStep,
    },
}
