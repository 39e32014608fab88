//! The documented default timings of Kubernetes, Docker Engine/Compose and Docker Swarm.
//!
//! Every constant cites its source (the table in `shared/reference/timings.md`). A scenario starts
//! from [`Timings::documented`] and may override any field.

use crate::time::SimDuration;
use crate::message;
use crate::message::Message;

// ---------------------------------------------------------------- Kubernetes

/// Probe `periodSeconds` default [10 s]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_PERIOD: SimDuration = SimDuration::from_secs(10);
/// Probe `timeoutSeconds` default [1 s]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_TIMEOUT: SimDuration = SimDuration::from_secs(1);
/// Probe `failureThreshold` default [probes]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_FAILURE_THRESHOLD: u32 = 3;
/// Probe `successThreshold` default [probes]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_SUCCESS_THRESHOLD: u32 = 1;
/// Probe `initialDelaySeconds` default [0 s]: the kubelet probes a container from the pod's first
/// probe tick after its start, so a liveness probe kills a slow starter that is not answering after
/// `failureThreshold` periods (a new pod: `failureThreshold × periodSeconds` after its start).
/// Source: core/v1 Probe API docs; pkg/kubelet/prober/worker.go (`doProbe` skips a probe only while
/// the container has run less than `InitialDelaySeconds`, counts nothing before the container
/// exists, and probes other than the startup probe only once the startup probe passed).
pub const K8S_PROBE_INITIAL_DELAY: SimDuration = SimDuration::ZERO;
/// Container restart back-off after the first (immediate) restart [10 s].
/// Source: kubernetes pkg/kubelet `backOffPeriod = 10 * time.Second`.
pub const K8S_CRASHLOOP_INITIAL: SimDuration = SimDuration::from_secs(10);
/// Container restart back-off cap [300 s]. Source: kubernetes pkg/kubelet `MaxContainerBackOff`.
pub const K8S_CRASHLOOP_MAX: SimDuration = SimDuration::from_secs(300);
/// Back-off is forgotten when a container crashes more than this long after its last restart
/// [10 min = 2 × cap]. Source: k8s.io/client-go/util/flowcontrol/backoff.go: `hasExpired(eventTime,
/// lastUpdate, maxDuration)` is `eventTime − lastUpdate > 2 × maxDuration`, and `Next` stamps
/// `lastUpdate` with the moment of the restart (kubelet kuberuntime `doBackOff`).
pub const K8S_CRASHLOOP_RESET: SimDuration = SimDuration::from_mins(10);
/// Kubelet `nodeStatusUpdateFrequency` [10 s]. Source: kubelet configuration docs.
pub const K8S_NODE_STATUS_UPDATE: SimDuration = SimDuration::from_secs(10);
/// kube-controller-manager `--node-monitor-period` [5 s]. Source: kube-controller-manager flags.
pub const K8S_NODE_MONITOR_PERIOD: SimDuration = SimDuration::from_secs(5);
/// `--node-monitor-grace-period` up to Kubernetes 1.31 [40 s]. Source: kube-controller-manager flags.
pub const K8S_NODE_GRACE_UP_TO_1_31: SimDuration = SimDuration::from_secs(40);
/// `--node-monitor-grace-period` from Kubernetes 1.32 [50 s].
/// Source: kube-controller-manager flags; kubernetes/kubernetes issues 121793, 127352.
pub const K8S_NODE_GRACE_FROM_1_32: SimDuration = SimDuration::from_secs(50);
/// `tolerationSeconds` for `not-ready`/`unreachable` added by DefaultTolerationSeconds [300 s].
/// Source: DefaultTolerationSeconds admission plugin docs.
pub const K8S_NOT_READY_TOLERATION: SimDuration = SimDuration::from_secs(300);
/// Attach/detach controller `maxWaitForUnmountDuration` before a forced detach [6 min].
/// Source: kubernetes pkg/controller/volume/attachdetach.
pub const K8S_MAX_WAIT_FOR_UNMOUNT: SimDuration = SimDuration::from_mins(6);
/// `terminationGracePeriodSeconds` default [30 s]. Source: core/v1 PodSpec docs.
pub const K8S_TERMINATION_GRACE: SimDuration = SimDuration::from_secs(30);

/// Deployment rolling update `maxSurge` default [% of replicas, rounded up]. Source: apps/v1 RollingUpdateDeployment docs.
pub const K8S_MAX_SURGE_PERCENT: u32 = 25;
/// Deployment rolling update `maxUnavailable` default [% of replicas, rounded down]. Source: apps/v1 RollingUpdateDeployment docs.
pub const K8S_MAX_UNAVAILABLE_PERCENT: u32 = 25;
/// Deployment `progressDeadlineSeconds` default [600 s]. Source: apps/v1 DeploymentSpec docs.
pub const K8S_PROGRESS_DEADLINE: SimDuration = SimDuration::from_secs(600);
/// `--horizontal-pod-autoscaler-sync-period` [15 s]. Source: kube-controller-manager flags.
pub const K8S_HPA_SYNC: SimDuration = SimDuration::from_secs(15);
/// HPA tolerance [% deviation from target before acting]. Source: HPA docs.
pub const K8S_HPA_TOLERANCE_PERCENT: u32 = 10;
/// An HPA without `spec.behavior` scales up at most to max(this × current replicas,
/// [`K8S_HPA_LEGACY_SCALE_UP_MINIMUM`]) per sync. Not a flag: a constant of the controller.
/// Source: pkg/controller/podautoscaler/horizontal.go `scaleUpLimitFactor`, `calculateScaleUpLimit`
/// (used by `normalizeDesiredReplicas` when `hpa.Spec.Behavior == nil`).
pub const K8S_HPA_LEGACY_SCALE_UP_FACTOR: u32 = 2;
/// An HPA without `spec.behavior` may always scale up to at least this many replicas [pods].
/// Source: pkg/controller/podautoscaler/horizontal.go `scaleUpLimitMinimum`.
pub const K8S_HPA_LEGACY_SCALE_UP_MINIMUM: u32 = 4;
/// `spec.behavior` set: the scaleUp Pods policy the API server fills in, pods added per
/// [`K8S_HPA_BEHAVIOR_PERIOD`] [pods]. Source: pkg/apis/autoscaling/v2/defaults.go `scaleUpLimitMinimumPods`.
pub const K8S_HPA_SCALE_UP_PODS: u32 = 4;
/// `spec.behavior` set: the scaleUp Percent policy the API server fills in, percent of the replicas
/// at the period's start added per [`K8S_HPA_BEHAVIOR_PERIOD`] [%]; the larger policy applies
/// (`selectPolicy: Max`). Source: pkg/apis/autoscaling/v2/defaults.go `scaleUpLimitPercent`.
pub const K8S_HPA_SCALE_UP_PERCENT: u32 = 100;
/// `spec.behavior` set: `periodSeconds` of the default scale-up and scale-down policies [15 s]. Not
/// overridable in Hafen. Source: pkg/apis/autoscaling/v2/defaults.go `scaleUpPeriod`, `scaleDownPeriod`.
pub const K8S_HPA_BEHAVIOR_PERIOD: SimDuration = SimDuration::from_secs(15);
/// `spec.behavior` set: `scaleUp.stabilizationWindowSeconds` the API server fills in [0 s].
/// Source: pkg/apis/autoscaling/v2/defaults.go `scaleUpStabilizationSeconds`.
pub const K8S_HPA_SCALE_UP_WINDOW: SimDuration = SimDuration::ZERO;
/// `--horizontal-pod-autoscaler-downscale-stabilization` [300 s]: without `spec.behavior` the
/// controller applies the highest recommendation of this window to every step; with it, it is the
/// default of `scaleDown.stabilizationWindowSeconds`. Source: kube-controller-manager flags;
/// pkg/controller/podautoscaler/horizontal.go `stabilizeRecommendation`,
/// `maybeInitScaleDownStabilizationWindow`.
pub const K8S_HPA_SCALE_DOWN_WINDOW: SimDuration = SimDuration::from_secs(300);
/// `--horizontal-pod-autoscaler-cpu-initialization-period` [5 min]: within it, a pod's CPU sample
/// counts only once it was taken a full metric window after the pod became Ready.
/// Source: kube-controller-manager flags; pkg/controller/podautoscaler/replica_calculator.go `groupPods`.
pub const K8S_HPA_CPU_INITIALIZATION_PERIOD: SimDuration = SimDuration::from_mins(5);
/// metrics-server `--metric-resolution` as its released manifest (components.yaml) installs it [15 s]:
/// how often it scrapes the kubelets; the HPA reads the latest scrape. (The binary's own default is
/// 60 s.) Source: kubernetes-sigs/metrics-server manifests; kubernetes/kubernetes PR 117121.
pub const K8S_METRICS_RESOLUTION: SimDuration = SimDuration::from_secs(15);
/// How long a deleted pod's endpoint keeps receiving requests while its removal propagates
/// (EndpointSlice update, then kube-proxy rewriting its rules at most every `--iptables-min-sync-period`,
/// default 1 s) [1 s]. An approximation built on the kube-proxy default, labelled so.
/// Source: pkg/proxy/apis/config/v1alpha1/defaults.go (`MinSyncPeriod` 1 s); Kubernetes docs
/// "Pod Lifecycle: Termination of Pods".
pub const K8S_ENDPOINT_PROPAGATION: SimDuration = SimDuration::from_secs(1);

// ---------------------------------------------------------------- Docker Engine / Compose

/// First restart delay of a restart policy [100 ms]. Source: moby restartmanager `defaultTimeout`.
pub const DOCKER_RESTART_INITIAL: SimDuration = SimDuration::from_millis(100);
/// Restart delay cap [1 min]. Source: moby restartmanager `maxRestartTimeout`.
pub const DOCKER_RESTART_MAX: SimDuration = SimDuration::from_mins(1);
/// A container that ran at least this long restarts with the initial delay again [10 s].
/// Source: moby restartmanager (execution duration ≥ 10 s resets the timeout).
pub const DOCKER_RESTART_RESET_AFTER: SimDuration = SimDuration::from_secs(10);
/// HEALTHCHECK `--interval` default [30 s]. Source: Dockerfile reference, HEALTHCHECK.
pub const DOCKER_HEALTHCHECK_INTERVAL: SimDuration = SimDuration::from_secs(30);
/// HEALTHCHECK `--timeout` default [30 s]. Source: Dockerfile reference, HEALTHCHECK.
pub const DOCKER_HEALTHCHECK_TIMEOUT: SimDuration = SimDuration::from_secs(30);
/// HEALTHCHECK `--retries` default [checks]. Source: Dockerfile reference, HEALTHCHECK.
pub const DOCKER_HEALTHCHECK_RETRIES: u32 = 3;
/// `docker stop` / Compose `stop_grace_period` default before SIGKILL [10 s]. Source: `docker stop` reference (`--time`).
pub const DOCKER_STOP_GRACE: SimDuration = SimDuration::from_secs(10);
/// HEALTHCHECK `--start-period` default [0 s]: failures during it do not count.
/// Source: Dockerfile reference, HEALTHCHECK; moby daemon/health.go `defaultStartPeriod`.
pub const DOCKER_HEALTHCHECK_START_PERIOD: SimDuration = SimDuration::ZERO;
/// HEALTHCHECK `--start-interval` default [5 s]: time between checks during the start period.
/// Source: Dockerfile reference, HEALTHCHECK; moby daemon/health.go `defaultStartInterval`.
pub const DOCKER_HEALTHCHECK_START_INTERVAL: SimDuration = SimDuration::from_secs(5);

// ---------------------------------------------------------------- Docker Swarm

/// `--dispatcher-heartbeat` default [5 s]. Source: `docker swarm init` reference.
pub const SWARM_HEARTBEAT: SimDuration = SimDuration::from_secs(5);
/// `--restart-delay` default [5 s]. Source: `docker service create` reference.
pub const SWARM_RESTART_DELAY: SimDuration = SimDuration::from_secs(5);
/// Missed heartbeat periods before a manager marks a node down [periods].
/// Source: swarmkit manager/dispatcher `DefaultHeartBeatPeriod` × `GracePeriodMultiplier` (3).
pub const SWARM_HEARTBEAT_GRACE_MULTIPLIER: u32 = 3;
/// `--update-monitor` default [5 s]: the window after a task the update created reached RUNNING in
/// which its failure triggers the update's failure action (pause); the updater does not wait it
/// between slots (delay 0: the next slot as soon as the new task runs) but once, after the last
/// slot, before it declares the update complete. Source: `docker service create` reference;
/// swarmkit api/defaults/service.go (`Update.Monitor`), manager/orchestrator/update/updater.go
/// (`Run`: `failureTriggersAction`, `monitorLoop`; `worker`, `updateTask`).
pub const SWARM_UPDATE_MONITOR: SimDuration = SimDuration::from_secs(5);
/// Gossip failure detector's probe interval [1 s]: the routing mesh stops sending to a dead node's
/// tasks once memberlist declares the node dead, well before the managers' heartbeat grace ends.
/// Source: moby daemon/libnetwork/networkdb/cluster.go (`memberlist.DefaultLANConfig()`);
/// hashicorp/memberlist config.go `ProbeInterval: 1 * time.Second`.
pub const SWARM_GOSSIP_PROBE_INTERVAL: SimDuration = SimDuration::from_secs(1);
/// memberlist `SuspicionMult` [4]: a suspected node is declared dead after
/// 4 × max(1, log10 n) probe intervals (more while confirmations from other members are awaited).
/// Source: hashicorp/memberlist config.go (DefaultLANConfig), state.go `suspectNode`, util.go
/// `suspicionTimeout`.
pub const SWARM_GOSSIP_SUSPICION_MULT: u32 = 4;

// ---------------------------------------------------------------- Assumptions (not platform defaults)

/// Time a person needs to back up, stop, resize and restore a Compose volume by hand [ms].
/// Not a documented default: an assumption, shown as such and editable per scenario.
pub const MANUAL_VOLUME_RESIZE: SimDuration = SimDuration::from_mins(30);

// ---------------------------------------------------------------- People

/// How long until a human notices and acts, as offered presets. This is a product decision,
/// not a documented default, and the UI says so (timings.md, "Human reaction").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperatorPreset {
    /// Someone is on call and reacts within 15 min.
    OnCall,
    /// The failure waits for office hours: 4 h.
    OfficeHours,
    /// The failure happens on a weekend: 48 h.
    Weekend,
}

impl OperatorPreset {
    /// Every preset, in menu order.
    pub const ALL: [OperatorPreset; 3] = [OperatorPreset::OnCall, OperatorPreset::OfficeHours, OperatorPreset::Weekend];

    /// Time until the operator acts [ms].
    pub const fn reaction(self) -> SimDuration {
        match self {
            OperatorPreset::OnCall => SimDuration::from_mins(15),
            OperatorPreset::OfficeHours => SimDuration::from_hours(4),
            OperatorPreset::Weekend => SimDuration::from_hours(48),
        }
    }

    /// Stable identifier for menus and files.
    pub const fn id(self) -> &'static str {
        match self {
            OperatorPreset::OnCall => "on-call",
            OperatorPreset::OfficeHours => "office-hours",
            OperatorPreset::Weekend => "weekend",
        }
    }

    /// The preset with this [`OperatorPreset::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// A Kubernetes minor version, for defaults that changed between releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct KubeVersion {
    /// Major version (always 1 so far).
    pub major: u32,
    /// Minor version.
    pub minor: u32,
}

impl KubeVersion {
    /// The version the app assumes unless told otherwise.
    pub const DEFAULT: KubeVersion = KubeVersion { major: 1, minor: 32 };

    /// `--node-monitor-grace-period` of this version: 40 s up to 1.31, 50 s from 1.32.
    pub fn node_monitor_grace(self) -> SimDuration {
        if (self.major, self.minor) >= (1, 32) {
            K8S_NODE_GRACE_FROM_1_32
        } else {
            K8S_NODE_GRACE_UP_TO_1_31
        }
    }

    /// Parses "1.32" (also "v1.32" and "1.32.4").
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_start_matches('v');
        let mut it = s.split('.');
        let major = it.next()?.parse().ok()?;
        let minor = it.next()?.parse().ok()?;
        Some(KubeVersion { major, minor })
    }
}

impl std::fmt::Display for KubeVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Every timing the engine uses. Start from [`Timings::documented`]; any field may be overridden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timings {
    /// Kubernetes probe period [ms].
    pub probe_period: SimDuration,
    /// Kubernetes probe failure threshold [probes].
    pub probe_failure_threshold: u32,
    /// Kubernetes probe timeout [ms]: a hung application fails each probe after this long.
    pub probe_timeout: SimDuration,
    /// Kubernetes probe `initialDelaySeconds` unless a probe sets its own [ms].
    pub probe_initial_delay: SimDuration,
    /// Pod `terminationGracePeriodSeconds` [ms]: a hung container is killed after this long.
    pub termination_grace: SimDuration,
    /// Deployment `maxSurge` [% of replicas, rounded up].
    pub max_surge_percent: u32,
    /// Deployment `maxUnavailable` [% of replicas, rounded down].
    pub max_unavailable_percent: u32,
    /// Deployment `progressDeadlineSeconds` [ms].
    pub progress_deadline: SimDuration,
    /// HPA sync period [ms].
    pub hpa_sync: SimDuration,
    /// HPA tolerance [%].
    pub hpa_tolerance_percent: u32,
    /// HPA scale-up minimum step [pods per sync].
    pub hpa_scale_up_pods: u32,
    /// HPA scale-up step [% of current per sync].
    pub hpa_scale_up_percent: u32,
    /// HPA scale-down stabilization window [ms].
    pub hpa_scale_down_window: SimDuration,
    /// HPA CPU initialization period [ms].
    pub hpa_cpu_initialization_period: SimDuration,
    /// metrics-server scrape resolution [ms].
    pub metrics_resolution: SimDuration,
    /// Time a deleted pod's endpoint still receives requests [ms] (an approximation).
    pub endpoint_propagation: SimDuration,
    /// Kubernetes CrashLoopBackOff first delay [ms].
    pub crashloop_initial: SimDuration,
    /// Kubernetes CrashLoopBackOff cap [ms].
    pub crashloop_max: SimDuration,
    /// Kubernetes CrashLoopBackOff reset [ms].
    pub crashloop_reset: SimDuration,
    /// Kubelet node status update period [ms].
    pub node_status_update: SimDuration,
    /// Node controller check period [ms].
    pub node_monitor_period: SimDuration,
    /// Silence after which a node is NotReady [ms]; depends on the Kubernetes version.
    pub node_monitor_grace: SimDuration,
    /// Eviction toleration for pods on NotReady/unreachable nodes [ms].
    pub not_ready_toleration: SimDuration,
    /// Wait before a ReadWriteOnce volume of a dead node is force-detached [ms].
    pub max_wait_for_unmount: SimDuration,
    /// Time to pull an image on a node that lacks it [ms]. Not a documented default: an assumption
    /// (0 = the image is already cached on every node), shown as such.
    pub image_pull: SimDuration,
    /// Docker restart policy first delay [ms].
    pub docker_restart_initial: SimDuration,
    /// Docker restart policy delay cap [ms].
    pub docker_restart_max: SimDuration,
    /// Run time after which Docker's restart delay resets [ms].
    pub docker_restart_reset_after: SimDuration,
    /// Docker HEALTHCHECK interval [ms].
    pub healthcheck_interval: SimDuration,
    /// Docker HEALTHCHECK timeout [ms].
    pub healthcheck_timeout: SimDuration,
    /// Docker HEALTHCHECK retries [checks].
    pub healthcheck_retries: u32,
    /// Docker HEALTHCHECK start period unless a check sets its own [ms].
    pub healthcheck_start_period: SimDuration,
    /// Docker HEALTHCHECK start interval unless a check sets its own [ms].
    pub healthcheck_start_interval: SimDuration,
    /// `docker stop` grace before SIGKILL [ms].
    pub docker_stop_grace: SimDuration,
    /// Swarm dispatcher heartbeat [ms].
    pub swarm_heartbeat: SimDuration,
    /// Missed heartbeats before Swarm marks a node down [periods].
    pub swarm_heartbeat_grace: u32,
    /// Swarm task restart delay [ms].
    pub swarm_restart_delay: SimDuration,
    /// Swarm `--update-monitor` [ms].
    pub swarm_update_monitor: SimDuration,
    /// Swarm gossip (memberlist) probe interval [ms].
    pub gossip_probe_interval: SimDuration,
    /// Swarm gossip (memberlist) suspicion multiplier [probe intervals].
    pub gossip_suspicion_mult: u32,
    /// Manual Compose volume resize (an assumption) [ms].
    pub manual_volume_resize: SimDuration,
    /// Time until a human operator notices and acts [ms] (a product setting, see [`OperatorPreset`]).
    pub operator_reaction: SimDuration,
}

impl Timings {
    /// The documented defaults, for the given Kubernetes version, with the on-call operator preset.
    pub fn documented(version: KubeVersion) -> Self {
        Timings {
            probe_period: K8S_PROBE_PERIOD,
            probe_failure_threshold: K8S_PROBE_FAILURE_THRESHOLD,
            probe_timeout: K8S_PROBE_TIMEOUT,
            probe_initial_delay: K8S_PROBE_INITIAL_DELAY,
            termination_grace: K8S_TERMINATION_GRACE,
            max_surge_percent: K8S_MAX_SURGE_PERCENT,
            max_unavailable_percent: K8S_MAX_UNAVAILABLE_PERCENT,
            progress_deadline: K8S_PROGRESS_DEADLINE,
            hpa_sync: K8S_HPA_SYNC,
            hpa_tolerance_percent: K8S_HPA_TOLERANCE_PERCENT,
            hpa_scale_up_pods: K8S_HPA_SCALE_UP_PODS,
            hpa_scale_up_percent: K8S_HPA_SCALE_UP_PERCENT,
            hpa_scale_down_window: K8S_HPA_SCALE_DOWN_WINDOW,
            hpa_cpu_initialization_period: K8S_HPA_CPU_INITIALIZATION_PERIOD,
            metrics_resolution: K8S_METRICS_RESOLUTION,
            endpoint_propagation: K8S_ENDPOINT_PROPAGATION,
            crashloop_initial: K8S_CRASHLOOP_INITIAL,
            crashloop_max: K8S_CRASHLOOP_MAX,
            crashloop_reset: K8S_CRASHLOOP_RESET,
            node_status_update: K8S_NODE_STATUS_UPDATE,
            node_monitor_period: K8S_NODE_MONITOR_PERIOD,
            node_monitor_grace: version.node_monitor_grace(),
            not_ready_toleration: K8S_NOT_READY_TOLERATION,
            max_wait_for_unmount: K8S_MAX_WAIT_FOR_UNMOUNT,
            image_pull: SimDuration::ZERO,
            docker_restart_initial: DOCKER_RESTART_INITIAL,
            docker_restart_max: DOCKER_RESTART_MAX,
            docker_restart_reset_after: DOCKER_RESTART_RESET_AFTER,
            healthcheck_interval: DOCKER_HEALTHCHECK_INTERVAL,
            healthcheck_timeout: DOCKER_HEALTHCHECK_TIMEOUT,
            healthcheck_retries: DOCKER_HEALTHCHECK_RETRIES,
            healthcheck_start_period: DOCKER_HEALTHCHECK_START_PERIOD,
            healthcheck_start_interval: DOCKER_HEALTHCHECK_START_INTERVAL,
            docker_stop_grace: DOCKER_STOP_GRACE,
            swarm_heartbeat: SWARM_HEARTBEAT,
            swarm_heartbeat_grace: SWARM_HEARTBEAT_GRACE_MULTIPLIER,
            swarm_restart_delay: SWARM_RESTART_DELAY,
            swarm_update_monitor: SWARM_UPDATE_MONITOR,
            gossip_probe_interval: SWARM_GOSSIP_PROBE_INTERVAL,
            gossip_suspicion_mult: SWARM_GOSSIP_SUSPICION_MULT,
            manual_volume_resize: MANUAL_VOLUME_RESIZE,
            operator_reaction: OperatorPreset::OnCall.reaction(),
        }
    }
}

impl Default for Timings {
    fn default() -> Self {
        Timings::documented(KubeVersion::DEFAULT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grace_period_changed_in_1_32() {
        assert_eq!(KubeVersion::parse("1.31").map(|v| v.node_monitor_grace()), Some(SimDuration::from_secs(40)));
        assert_eq!(KubeVersion::parse("v1.32.4").map(|v| v.node_monitor_grace()), Some(SimDuration::from_secs(50)));
        assert_eq!(KubeVersion::parse("1.x"), None);
    }

    #[test]
    fn every_field_of_timings_is_a_key_of_the_table() {
        // `Timings { a: …, b: … }` in Debug form: its fields are the names before ": " at depth 1.
        let debug = format!("{:?}", Timings::default());
        let mut fields = Vec::new();
        let (mut depth, mut word) = (0, String::new());
        for c in debug.chars() {
            match c {
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth -= 1,
                ':' if depth == 1 => fields.push(std::mem::take(&mut word).trim().trim_start_matches(',').trim().to_string()),
                _ if depth == 1 => word.push(c),
                _ => {}
            }
            if c == ',' && depth == 1 {
                word.clear();
            }
        }
        let mut keys: Vec<String> = TIMINGS.iter().map(|k| k.key.to_string()).collect();
        fields.sort_unstable();
        keys.sort_unstable();
        assert_eq!(fields, keys, "a field of Timings without a row in TIMINGS (or the other way round)");
    }

    #[test]
    fn operator_presets_match_timings_md() {
        assert_eq!(OperatorPreset::OnCall.reaction(), SimDuration::from_mins(15));
        assert_eq!(OperatorPreset::OfficeHours.reaction(), SimDuration::from_hours(4));
        assert_eq!(OperatorPreset::Weekend.reaction(), SimDuration::from_hours(48));
        assert_eq!(OperatorPreset::from_id("weekend"), Some(OperatorPreset::Weekend));
    }
}

/// Who documents a timing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum System {
    /// Kubernetes (kubelet, controllers, API defaults).
    Kubernetes,
    /// Docker Engine (restart manager, HEALTHCHECK, `docker stop`).
    Docker,
    /// Docker Swarm (swarmkit, the routing mesh's gossip).
    Swarm,
    /// The people running it (a product setting, not a platform default).
    People,
}

impl System {
    /// Name for people (a product name, the same in every language but "People").
    pub const fn label(self) -> &'static str {
        match self {
            System::Kubernetes => "Kubernetes",
            System::Docker => "Docker",
            System::Swarm => "Docker Swarm",
            System::People => "People",
        }
    }
}

/// A timing's type, bounds and where it lives in [`Timings`].
#[derive(Clone, Copy)]
pub enum Value {
    /// A period the engine repeats: 100 ms to a year (a zero period would loop forever).
    Period(fn(&Timings) -> SimDuration, fn(&mut Timings, SimDuration)),
    /// A duration: 0 to a year.
    Span(fn(&Timings) -> SimDuration, fn(&mut Timings, SimDuration)),
    /// A whole number from `.2` to `.3`.
    Count(fn(&Timings) -> u32, fn(&mut Timings, u32), u32, u32),
    /// A percentage from 0 to `.2`.
    Percent(fn(&Timings) -> u32, fn(&mut Timings, u32), u32),
}

/// One overridable timing: its key in a scenario file, who documents it, what it governs, where its
/// default is documented, and its type and bounds. [`TIMINGS`] drives the file parser, validation,
/// the "timings in force" table and the README's list (a test keeps that list in step).
#[derive(Clone, Copy)]
pub struct TimingKey {
    /// Key in a scenario file: under `timings:`, or under `platform:` for `operator_reaction`.
    pub key: &'static str,
    /// Who documents it.
    pub system: System,
    /// What it governs (English, for the command line and the README's list; the app says it
    /// from the catalogs, keyed by [`TimingKey::key`], so the page's module does not carry it).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    /// Where the default is documented, or that it is an assumption (as `doc`).
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    /// Type, bounds and field.
    pub value: Value,
}

impl TimingKey {
    /// The field path errors name: `timings.<key>` or `platform.operator_reaction`.
    pub fn path(&self) -> String {
        if self.system == System::People {
            format!("platform.{}", self.key)
        } else {
            format!("timings.{}", self.key)
        }
    }

    /// Whether it is set under `timings:` (and not elsewhere in the file).
    pub fn in_timings(&self) -> bool {
        self.system != System::People
    }

    /// The value in force, in words ("10 s", "3", "25 %").
    pub fn show(&self, t: &Timings) -> String {
        match self.value {
            Value::Period(get, _) | Value::Span(get, _) => get(t).human(),
            Value::Count(get, ..) => get(t).to_string(),
            Value::Percent(get, ..) => format!("{} %", get(t)),
        }
    }

    /// Whether `a` and `b` have the same value for this key.
    pub fn same(&self, a: &Timings, b: &Timings) -> bool {
        match self.value {
            Value::Period(get, _) | Value::Span(get, _) => get(a) == get(b),
            Value::Count(get, ..) | Value::Percent(get, ..) => get(a) == get(b),
        }
    }

    /// `Err(message)` when `t`'s value is out of this key's bounds.
    pub fn check(&self, t: &Timings) -> Result<(), Message> {
        let year = SimDuration::from_hours(24 * 366);
        match self.value {
            Value::Period(get, _) if get(t).as_millis() < 100 => Err(message!("bad-period-short", got = get(t))),
            Value::Period(get, _) | Value::Span(get, _) if get(t) > year => Err(message!("bad-at-most-year", got = get(t))),
            Value::Count(get, _, lo, hi) if !(lo..=hi).contains(&get(t)) => Err(message!("bad-between", min = lo, max = hi, got = get(t).to_string())),
            Value::Percent(get, _, most) if get(t) > most => Err(message!("bad-percent-most", max = most, got = get(t))),
            _ => Ok(()),
        }
    }
}

macro_rules! period {
    ($f:ident) => {
        Value::Period(|t| t.$f, |t, v| t.$f = v)
    };
}
macro_rules! span {
    ($f:ident) => {
        Value::Span(|t| t.$f, |t, v| t.$f = v)
    };
}
macro_rules! count {
    ($f:ident, $lo:expr, $hi:expr) => {
        Value::Count(|t| t.$f, |t, v| t.$f = v, $lo, $hi)
    };
}
macro_rules! percent {
    ($f:ident, $most:expr) => {
        Value::Percent(|t| t.$f, |t, v| t.$f = v, $most)
    };
}

#[cfg(not(target_arch = "wasm32"))]
const fn k(key: &'static str, system: System, doc: &'static str, source: &'static str, value: Value) -> TimingKey {
    TimingKey { key, system, doc, source, value }
}

/// In the page's module the English words stay out (the catalogs say them).
#[cfg(target_arch = "wasm32")]
const fn k(key: &'static str, system: System, _doc: &'static str, _source: &'static str, value: Value) -> TimingKey {
    TimingKey { key, system, value }
}

use System::{Docker, Kubernetes, People, Swarm};

/// Every overridable timing, in the order the "timings in force" table shows them.
pub const TIMINGS: &[TimingKey] = &[
    k("probe_period", Kubernetes, "probe period (periodSeconds)", "core/v1 Probe API docs", period!(probe_period)),
    k("crashloop_initial", Kubernetes, "CrashLoopBackOff first delay (then doubling)", "pkg/kubelet backOffPeriod", span!(crashloop_initial)),
    k("crashloop_max", Kubernetes, "CrashLoopBackOff cap", "pkg/kubelet MaxContainerBackOff", span!(crashloop_max)),
    k("crashloop_reset", Kubernetes, "CrashLoopBackOff forgotten when a crash comes this long after the last restart", "client-go flowcontrol backoff.go (2 × the cap)", span!(crashloop_reset)),
    k("node_status_update", Kubernetes, "kubelet node status update", "kubelet nodeStatusUpdateFrequency", period!(node_status_update)),
    k("node_monitor_period", Kubernetes, "node controller check (--node-monitor-period)", "kube-controller-manager flags", period!(node_monitor_period)),
    k("node_monitor_grace", Kubernetes, "node NotReady after silence (--node-monitor-grace-period)", "kube-controller-manager flags; 40 s up to 1.31, 50 s from 1.32", span!(node_monitor_grace)),
    k("not_ready_toleration", Kubernetes, "eviction from a NotReady node (tolerationSeconds)", "DefaultTolerationSeconds admission plugin", span!(not_ready_toleration)),
    k("max_wait_for_unmount", Kubernetes, "forced detach of a RWO volume (maxWaitForUnmountDuration)", "pkg/controller/volume/attachdetach", span!(max_wait_for_unmount)),
    k("image_pull", Kubernetes, "image pull (assumption: image cached)", "not a default: an assumption", span!(image_pull)),
    k("probe_timeout", Kubernetes, "probe timeout (timeoutSeconds)", "core/v1 Probe API docs", span!(probe_timeout)),
    k(
        "probe_initial_delay",
        Kubernetes,
        "probe initialDelaySeconds (a liveness probe kills a slow starter unless delayed or behind a startupProbe)",
        "core/v1 Probe API docs; pkg/kubelet/prober/worker.go",
        span!(probe_initial_delay),
    ),
    k("probe_failure_threshold", Kubernetes, "probe failureThreshold", "core/v1 Probe API docs", count!(probe_failure_threshold, 1, 1_000)),
    k("termination_grace", Kubernetes, "terminationGracePeriodSeconds", "core/v1 PodSpec docs", span!(termination_grace)),
    k("max_surge_percent", Kubernetes, "rolling update maxSurge", "apps/v1 RollingUpdateDeployment docs", percent!(max_surge_percent, 100)),
    k("max_unavailable_percent", Kubernetes, "rolling update maxUnavailable", "apps/v1 RollingUpdateDeployment docs", percent!(max_unavailable_percent, 100)),
    k("progress_deadline", Kubernetes, "progressDeadlineSeconds", "apps/v1 DeploymentSpec docs", span!(progress_deadline)),
    k("hpa_sync", Kubernetes, "HPA sync period", "kube-controller-manager flags", period!(hpa_sync)),
    k("hpa_tolerance_percent", Kubernetes, "HPA tolerance", "HPA docs", percent!(hpa_tolerance_percent, 100)),
    k("hpa_scale_up_pods", Kubernetes, "HPA with behavior: scale-up policy, pods per 15 s", "autoscaling/v2 defaults.go", count!(hpa_scale_up_pods, 0, 1_000)),
    k(
        "hpa_scale_up_percent",
        Kubernetes,
        "HPA with behavior: scale-up policy, percent per 15 s (the larger of the two applies; without behavior: max(2 × current, 4))",
        "autoscaling/v2 defaults.go; podautoscaler horizontal.go",
        percent!(hpa_scale_up_percent, 1_000),
    ),
    k(
        "hpa_scale_down_window",
        Kubernetes,
        "HPA downscale stabilization window",
        "kube-controller-manager flags; podautoscaler horizontal.go",
        span!(hpa_scale_down_window),
    ),
    k("hpa_cpu_initialization_period", Kubernetes, "HPA CPU initialization period", "kube-controller-manager flags; podautoscaler replica_calculator.go", span!(hpa_cpu_initialization_period)),
    k(
        "metrics_resolution",
        Kubernetes,
        "metrics-server scrape (--metric-resolution; the HPA reads the latest)",
        "metrics-server released manifest (binary default 60 s); kubernetes PR 117121",
        period!(metrics_resolution),
    ),
    k(
        "endpoint_propagation",
        Kubernetes,
        "deleted pod's endpoint still receives requests (approximation)",
        "kube-proxy --iptables-min-sync-period default 1 s; Pod Lifecycle docs",
        span!(endpoint_propagation),
    ),
    k("healthcheck_interval", Docker, "HEALTHCHECK interval", "Dockerfile reference", period!(healthcheck_interval)),
    k("healthcheck_timeout", Docker, "HEALTHCHECK timeout", "Dockerfile reference", span!(healthcheck_timeout)),
    k("healthcheck_retries", Docker, "HEALTHCHECK retries", "Dockerfile reference", count!(healthcheck_retries, 1, 1_000)),
    k("healthcheck_start_period", Docker, "HEALTHCHECK start period (failures in it do not count)", "Dockerfile reference; moby daemon/health.go", span!(healthcheck_start_period)),
    k("healthcheck_start_interval", Docker, "HEALTHCHECK start interval (checks during the start period)", "Dockerfile reference; moby daemon/health.go", period!(healthcheck_start_interval)),
    k("docker_stop_grace", Docker, "docker stop grace before SIGKILL", "docker stop reference", span!(docker_stop_grace)),
    k("manual_volume_resize", Docker, "manual volume resize on one host (assumption)", "not a default: an assumption", span!(manual_volume_resize)),
    k("docker_restart_initial", Docker, "restart policy first delay (then doubling)", "moby restartmanager", span!(docker_restart_initial)),
    k("docker_restart_max", Docker, "restart policy delay cap", "moby restartmanager", span!(docker_restart_max)),
    k("docker_restart_reset_after", Docker, "restart delay resets after running", "moby restartmanager", span!(docker_restart_reset_after)),
    k("swarm_heartbeat", Swarm, "dispatcher heartbeat", "docker swarm init reference", period!(swarm_heartbeat)),
    k("swarm_restart_delay", Swarm, "task restart delay", "docker service create reference", span!(swarm_restart_delay)),
    k("swarm_update_monitor", Swarm, "update monitor: a new task failing within it pauses the update", "docker service create reference; swarmkit update/updater.go", span!(swarm_update_monitor)),
    k("swarm_heartbeat_grace", Swarm, "missed heartbeats before a node is down", "swarmkit dispatcher GracePeriodMultiplier", count!(swarm_heartbeat_grace, 1, 1_000)),
    k("gossip_probe_interval", Swarm, "gossip probe interval (routing mesh drops a dead node's tasks)", "moby networkdb: memberlist DefaultLANConfig", period!(gossip_probe_interval)),
    k(
        "gossip_suspicion_mult",
        Swarm,
        "gossip suspicion: dead after this many probe intervals × max(1, log10 nodes)",
        "memberlist DefaultLANConfig SuspicionMult",
        count!(gossip_suspicion_mult, 1, 1_000),
    ),
    k("operator_reaction", People, "operator notices and acts", "product setting (presets: 15 min, 4 h, 48 h), not a platform default", span!(operator_reaction)),
];

/// One row of the "defaults in force" table the UI shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefaultRow {
    /// "Kubernetes", "Docker", "Docker Swarm" or "People".
    pub system: &'static str,
    /// What the timing governs.
    pub mechanism: &'static str,
    /// Value in force, in words.
    pub value: String,
    /// Where the default is documented.
    pub source: &'static str,
    /// True when the value differs from the documented default.
    pub changed: bool,
}

impl Timings {
    /// The timings in force, one row per key of [`TIMINGS`], with their sources, for `version`
    /// (the node monitor grace period's default depends on it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn rows(&self, version: KubeVersion) -> Vec<DefaultRow> {
        let d = Timings::documented(version);
        TIMINGS
            .iter()
            .map(|key| {
                let mut value = key.show(self);
                if key.key == "node_monitor_grace" {
                    value = format!("{value} (v{version})");
                }
                DefaultRow { system: key.system.label(), mechanism: key.doc, value, source: key.source, changed: !key.same(self, &d) }
            })
            .collect()
    }

    /// Refuses values the engine cannot work with (a zero period would loop forever) or that are
    /// absurd: each key's bounds from [`TIMINGS`], then what Kubernetes refuses of the combination.
    pub fn validate(&self) -> Result<(), (String, Message)> {
        for key in TIMINGS {
            key.check(self).map_err(|m| (key.path(), m))?;
        }
        if self.max_surge_percent == 0 && self.max_unavailable_percent == 0 {
            return Err(("timings.max_unavailable_percent".to_string(), message!("bad-surge-and-unavailable-zero")));
        }
        Ok(())
    }
}
