//! The documented default timings of Kubernetes, Docker Engine/Compose and Docker Swarm.
//!
//! Every constant cites its source (the table in `shared/reference/timings.md`). A scenario starts
//! from [`Timings::documented`] and may override any field.

use crate::time::SimDuration;

// ---------------------------------------------------------------- Kubernetes

/// Probe `periodSeconds` default [10 s]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_PERIOD: SimDuration = SimDuration::from_secs(10);
/// Probe `timeoutSeconds` default [1 s]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_TIMEOUT: SimDuration = SimDuration::from_secs(1);
/// Probe `failureThreshold` default [probes]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_FAILURE_THRESHOLD: u32 = 3;
/// Probe `successThreshold` default [probes]. Source: core/v1 Probe API docs.
pub const K8S_PROBE_SUCCESS_THRESHOLD: u32 = 1;
/// Probe `initialDelaySeconds` default [0 s]: the kubelet probes a container from its start, so a
/// liveness probe kills a slow starter that is not answering after `failureThreshold` periods.
/// Source: core/v1 Probe API docs; pkg/kubelet/prober/worker.go (`doProbe` skips a probe only while
/// the container has run less than `InitialDelaySeconds`, and probes other than the startup probe
/// only once the startup probe passed).
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
/// HPA default scale-up: at least this many pods per period [pods]. Source: autoscaling/v2 defaults.go `scaleUpLimitMinimumPods`.
pub const K8S_HPA_SCALE_UP_PODS: u32 = 4;
/// HPA default scale-up: at least this share of current pods per period [%]. Source: defaults.go `scaleUpLimitPercent`.
pub const K8S_HPA_SCALE_UP_PERCENT: u32 = 100;
/// HPA default scale-down stabilization window [300 s]. Source: autoscaling/v2 defaults.go.
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
/// `--update-monitor` default: how long a new task must run before the update moves on [5 s].
/// Source: `docker service create` reference.
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
    fn operator_presets_match_timings_md() {
        assert_eq!(OperatorPreset::OnCall.reaction(), SimDuration::from_mins(15));
        assert_eq!(OperatorPreset::OfficeHours.reaction(), SimDuration::from_hours(4));
        assert_eq!(OperatorPreset::Weekend.reaction(), SimDuration::from_hours(48));
        assert_eq!(OperatorPreset::from_id("weekend"), Some(OperatorPreset::Weekend));
    }
}

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
    /// The timings in force, one row each, with their sources, for `version`.
    pub fn rows(&self, version: KubeVersion) -> Vec<DefaultRow> {
        let d = Timings::documented(version);
        let row = |system, mechanism, value: SimDuration, default: SimDuration, source| DefaultRow {
            system,
            mechanism,
            value: value.human(),
            source,
            changed: value != default,
        };
        let count = |system, mechanism, value: u32, default: u32, source| DefaultRow { system, mechanism, value: value.to_string(), source, changed: value != default };
        vec![
            row("Kubernetes", "probe period (periodSeconds)", self.probe_period, d.probe_period, "core/v1 Probe API docs"),
            row("Kubernetes", "CrashLoopBackOff first delay (then doubling)", self.crashloop_initial, d.crashloop_initial, "pkg/kubelet backOffPeriod"),
            row("Kubernetes", "CrashLoopBackOff cap", self.crashloop_max, d.crashloop_max, "pkg/kubelet MaxContainerBackOff"),
            row("Kubernetes", "CrashLoopBackOff forgotten when a crash comes this long after the last restart", self.crashloop_reset, d.crashloop_reset, "client-go flowcontrol backoff.go (2 × the cap)"),
            row("Kubernetes", "kubelet node status update", self.node_status_update, d.node_status_update, "kubelet nodeStatusUpdateFrequency"),
            row("Kubernetes", "node controller check (--node-monitor-period)", self.node_monitor_period, d.node_monitor_period, "kube-controller-manager flags"),
            DefaultRow {
                system: "Kubernetes",
                mechanism: "node NotReady after silence (--node-monitor-grace-period)",
                value: format!("{} (v{version})", self.node_monitor_grace.human()),
                source: "kube-controller-manager flags; 40 s up to 1.31, 50 s from 1.32",
                changed: self.node_monitor_grace != d.node_monitor_grace,
            },
            row("Kubernetes", "eviction from a NotReady node (tolerationSeconds)", self.not_ready_toleration, d.not_ready_toleration, "DefaultTolerationSeconds admission plugin"),
            row("Kubernetes", "forced detach of a RWO volume (maxWaitForUnmountDuration)", self.max_wait_for_unmount, d.max_wait_for_unmount, "pkg/controller/volume/attachdetach"),
            row("Kubernetes", "image pull (assumption: image cached)", self.image_pull, d.image_pull, "not a default: an assumption"),
            row("Kubernetes", "probe timeout (timeoutSeconds)", self.probe_timeout, d.probe_timeout, "core/v1 Probe API docs"),
            row("Kubernetes", "probe initialDelaySeconds (a liveness probe kills a slow starter unless delayed or behind a startupProbe)", self.probe_initial_delay, d.probe_initial_delay, "core/v1 Probe API docs; pkg/kubelet/prober/worker.go"),
            count("Kubernetes", "probe failureThreshold", self.probe_failure_threshold, d.probe_failure_threshold, "core/v1 Probe API docs"),
            row("Kubernetes", "terminationGracePeriodSeconds", self.termination_grace, d.termination_grace, "core/v1 PodSpec docs"),
            DefaultRow {
                system: "Kubernetes",
                mechanism: "rolling update maxSurge / maxUnavailable",
                value: format!("{} % / {} %", self.max_surge_percent, self.max_unavailable_percent),
                source: "apps/v1 RollingUpdateDeployment docs",
                changed: (self.max_surge_percent, self.max_unavailable_percent) != (d.max_surge_percent, d.max_unavailable_percent),
            },
            row("Kubernetes", "progressDeadlineSeconds", self.progress_deadline, d.progress_deadline, "apps/v1 DeploymentSpec docs"),
            row("Kubernetes", "HPA sync period", self.hpa_sync, d.hpa_sync, "kube-controller-manager flags"),
            DefaultRow {
                system: "Kubernetes",
                mechanism: "HPA tolerance / scale-up limit per sync",
                value: format!("{} % / max(+{} pods, +{} %)", self.hpa_tolerance_percent, self.hpa_scale_up_pods, self.hpa_scale_up_percent),
                source: "HPA docs; autoscaling/v2 defaults.go",
                changed: (self.hpa_tolerance_percent, self.hpa_scale_up_pods, self.hpa_scale_up_percent) != (d.hpa_tolerance_percent, d.hpa_scale_up_pods, d.hpa_scale_up_percent),
            },
            row("Kubernetes", "HPA scale-down stabilization window", self.hpa_scale_down_window, d.hpa_scale_down_window, "autoscaling/v2 defaults.go"),
            row("Kubernetes", "HPA CPU initialization period", self.hpa_cpu_initialization_period, d.hpa_cpu_initialization_period, "kube-controller-manager flags; podautoscaler replica_calculator.go"),
            row("Kubernetes", "metrics-server scrape (--metric-resolution; the HPA reads the latest)", self.metrics_resolution, d.metrics_resolution, "metrics-server released manifest (binary default 60 s); kubernetes PR 117121"),
            row("Kubernetes", "deleted pod's endpoint still receives requests (approximation)", self.endpoint_propagation, d.endpoint_propagation, "kube-proxy --iptables-min-sync-period default 1 s; Pod Lifecycle docs"),
            row("Docker", "HEALTHCHECK interval", self.healthcheck_interval, d.healthcheck_interval, "Dockerfile reference"),
            row("Docker", "HEALTHCHECK timeout", self.healthcheck_timeout, d.healthcheck_timeout, "Dockerfile reference"),
            count("Docker", "HEALTHCHECK retries", self.healthcheck_retries, d.healthcheck_retries, "Dockerfile reference"),
            row("Docker", "HEALTHCHECK start period (failures in it do not count)", self.healthcheck_start_period, d.healthcheck_start_period, "Dockerfile reference; moby daemon/health.go"),
            row("Docker", "HEALTHCHECK start interval (checks during the start period)", self.healthcheck_start_interval, d.healthcheck_start_interval, "Dockerfile reference; moby daemon/health.go"),
            row("Docker", "docker stop grace before SIGKILL", self.docker_stop_grace, d.docker_stop_grace, "docker stop reference"),
            row("Docker Swarm", "dispatcher heartbeat", self.swarm_heartbeat, d.swarm_heartbeat, "docker swarm init reference"),
            row("Docker Swarm", "task restart delay", self.swarm_restart_delay, d.swarm_restart_delay, "docker service create reference"),
            row("Docker Swarm", "update monitor", self.swarm_update_monitor, d.swarm_update_monitor, "docker service create reference"),
            count("Docker Swarm", "missed heartbeats before a node is down", self.swarm_heartbeat_grace, d.swarm_heartbeat_grace, "swarmkit dispatcher GracePeriodMultiplier"),
            row("Docker Swarm", "gossip probe interval (routing mesh drops a dead node's tasks)", self.gossip_probe_interval, d.gossip_probe_interval, "moby networkdb: memberlist DefaultLANConfig"),
            count("Docker Swarm", "gossip suspicion: dead after this many probe intervals × max(1, log10 nodes)", self.gossip_suspicion_mult, d.gossip_suspicion_mult, "memberlist DefaultLANConfig SuspicionMult"),
            row("Docker", "manual volume resize on one host (assumption)", self.manual_volume_resize, d.manual_volume_resize, "not a default: an assumption"),
            row("Docker", "restart policy first delay (then doubling)", self.docker_restart_initial, d.docker_restart_initial, "moby restartmanager"),
            row("Docker", "restart policy delay cap", self.docker_restart_max, d.docker_restart_max, "moby restartmanager"),
            row("Docker", "restart delay resets after running", self.docker_restart_reset_after, d.docker_restart_reset_after, "moby restartmanager"),
            row("People", "operator notices and acts", self.operator_reaction, d.operator_reaction, "product setting (presets: 15 min, 4 h, 48 h), not a platform default"),
        ]
    }
}

impl Timings {
    /// Refuses values the engine cannot work with (a zero period would loop forever) or that are absurd.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        let year = SimDuration::from_hours(24 * 366);
        let periods = [
            ("timings.probe_period", self.probe_period),
            ("timings.node_status_update", self.node_status_update),
            ("timings.node_monitor_period", self.node_monitor_period),
            ("timings.hpa_sync", self.hpa_sync),
            ("timings.swarm_heartbeat", self.swarm_heartbeat),
            ("timings.healthcheck_interval", self.healthcheck_interval),
            ("timings.healthcheck_start_interval", self.healthcheck_start_interval),
            ("timings.metrics_resolution", self.metrics_resolution),
            ("timings.gossip_probe_interval", self.gossip_probe_interval),
        ];
        for (name, v) in periods {
            if v.as_millis() < 100 {
                return Err((name, format!("a period must be at least 100 ms, got {}", v.human())));
            }
        }
        let spans = [
            ("timings.probe_timeout", self.probe_timeout),
            ("timings.termination_grace", self.termination_grace),
            ("timings.crashloop_initial", self.crashloop_initial),
            ("timings.crashloop_max", self.crashloop_max),
            ("timings.crashloop_reset", self.crashloop_reset),
            ("timings.node_monitor_grace", self.node_monitor_grace),
            ("timings.not_ready_toleration", self.not_ready_toleration),
            ("timings.max_wait_for_unmount", self.max_wait_for_unmount),
            ("timings.image_pull", self.image_pull),
            ("timings.progress_deadline", self.progress_deadline),
            ("timings.hpa_scale_down_window", self.hpa_scale_down_window),
            ("timings.docker_restart_initial", self.docker_restart_initial),
            ("timings.docker_restart_max", self.docker_restart_max),
            ("timings.docker_restart_reset_after", self.docker_restart_reset_after),
            ("timings.healthcheck_timeout", self.healthcheck_timeout),
            ("timings.docker_stop_grace", self.docker_stop_grace),
            ("timings.swarm_restart_delay", self.swarm_restart_delay),
            ("timings.swarm_update_monitor", self.swarm_update_monitor),
            ("timings.manual_volume_resize", self.manual_volume_resize),
            ("timings.probe_initial_delay", self.probe_initial_delay),
            ("timings.hpa_cpu_initialization_period", self.hpa_cpu_initialization_period),
            ("timings.endpoint_propagation", self.endpoint_propagation),
            ("timings.healthcheck_start_period", self.healthcheck_start_period),
            ("platform.operator_reaction", self.operator_reaction),
        ];
        for (name, v) in spans {
            if v > year {
                return Err((name, format!("at most a year, got {}", v.human())));
            }
        }
        let counts = [
            ("timings.probe_failure_threshold", self.probe_failure_threshold),
            ("timings.healthcheck_retries", self.healthcheck_retries),
            ("timings.swarm_heartbeat_grace", self.swarm_heartbeat_grace),
            ("timings.gossip_suspicion_mult", self.gossip_suspicion_mult),
        ];
        for (name, v) in counts {
            if v == 0 || v > 1_000 {
                return Err((name, format!("must be between 1 and 1000, got {v}")));
            }
        }
        let percents = [
            ("timings.max_surge_percent", self.max_surge_percent, 100),
            ("timings.max_unavailable_percent", self.max_unavailable_percent, 100),
            ("timings.hpa_tolerance_percent", self.hpa_tolerance_percent, 100),
            ("timings.hpa_scale_up_percent", self.hpa_scale_up_percent, 1_000),
        ];
        for (name, v, most) in percents {
            if v > most {
                return Err((name, format!("at most {most} %, got {v} %")));
            }
        }
        if self.max_surge_percent == 0 && self.max_unavailable_percent == 0 {
            return Err(("timings.max_unavailable_percent", "maxSurge and maxUnavailable cannot both be 0: Kubernetes refuses such a Deployment (it could never replace a pod)".to_string()));
        }
        Ok(())
    }
}
