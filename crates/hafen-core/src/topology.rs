//! The application being deployed (services) and the platform it runs on.

use crate::defaults::KubeVersion;
use crate::time::SimDuration;

/// Most replicas of one service [count].
pub const MAX_REPLICAS: u32 = 10_000;

/// What a service is; decides its icon and how Kubernetes runs it (Deployment or StatefulSet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceKind {
    /// Web frontend (static files or server-side rendering).
    Frontend,
    /// Backend / REST API.
    Backend,
    /// Background worker.
    Worker,
    /// Database (PostgreSQL).
    Database,
    /// Cache (Redis).
    Cache,
    /// Message queue.
    Queue,
    /// Ingress / reverse proxy.
    Ingress,
}

impl ServiceKind {
    /// Every kind, in palette order.
    pub const ALL: [ServiceKind; 7] =
        [ServiceKind::Frontend, ServiceKind::Backend, ServiceKind::Worker, ServiceKind::Database, ServiceKind::Cache, ServiceKind::Queue, ServiceKind::Ingress];

    /// Lower-case name used in files.
    pub const fn id(self) -> &'static str {
        match self {
            ServiceKind::Frontend => "frontend",
            ServiceKind::Backend => "backend",
            ServiceKind::Worker => "worker",
            ServiceKind::Database => "database",
            ServiceKind::Cache => "cache",
            ServiceKind::Queue => "queue",
            ServiceKind::Ingress => "ingress",
        }
    }
}

/// Docker restart policy (Compose `restart:`); Docker's default is `no`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RestartPolicy {
    /// Never restart (Docker's default).
    #[default]
    No,
    /// Always restart, also after the daemon restarts.
    Always,
    /// Like `always`, unless a person stopped the container.
    UnlessStopped,
    /// Restart when the process exits with a non-zero code.
    OnFailure,
}

impl RestartPolicy {
    /// Every policy, in menu order.
    pub const ALL: [RestartPolicy; 4] =
        [RestartPolicy::No, RestartPolicy::Always, RestartPolicy::UnlessStopped, RestartPolicy::OnFailure];

    /// The value as written in a compose file.
    pub const fn id(self) -> &'static str {
        match self {
            RestartPolicy::No => "no",
            RestartPolicy::Always => "always",
            RestartPolicy::UnlessStopped => "unless-stopped",
            RestartPolicy::OnFailure => "on-failure",
        }
    }

    /// The policy written as `id` in a compose file.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Whether Docker restarts a container that crashed (exited non-zero) under this policy.
    pub const fn restarts_after_crash(self) -> bool {
        !matches!(self, RestartPolicy::No)
    }
}

/// A liveness/readiness/startup probe (Kubernetes) or HEALTHCHECK (Docker). Unset fields take the
/// platform's documented default (Kubernetes: 10 s × 3, no initial delay; Docker HEALTHCHECK:
/// 30 s × 3, no start period).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Probe {
    /// Time between checks [ms].
    pub period: Option<SimDuration>,
    /// Consecutive failures before the check counts as failed [checks].
    pub failure_threshold: Option<u32>,
    /// How long one check waits for an answer [ms].
    pub timeout: Option<SimDuration>,
    /// Kubernetes `initialDelaySeconds`: no probe until the container has run this long [ms].
    pub initial_delay: Option<SimDuration>,
    /// Docker HEALTHCHECK `--start-period`: failures in this time after start do not count [ms].
    pub start_period: Option<SimDuration>,
    /// Docker HEALTHCHECK `--start-interval`: time between checks during the start period [ms].
    pub start_interval: Option<SimDuration>,
}

/// A HorizontalPodAutoscaler on CPU utilisation (Kubernetes only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autoscaler {
    /// Fewest replicas [count].
    pub min: u32,
    /// Most replicas [count].
    pub max: u32,
    /// Target average CPU utilisation of the requests [%].
    pub cpu_percent: u32,
    /// `spec.behavior`: `None` when it is not set (the controller's older normalisation: each
    /// scale-up at most max(2 × current, 4), the highest recommendation of the downscale
    /// stabilization window both ways); `Some` when set, its unset fields taking the API's defaults.
    /// Links carry it in their extension section (`crate::wire`, key `service.autoscale.behavior`).
    pub behavior: Option<HpaBehavior>,
}

impl Autoscaler {
    /// An autoscaler without `behavior`.
    pub const fn new(min: u32, max: u32, cpu_percent: u32) -> Self {
        Autoscaler { min, max, cpu_percent, behavior: None }
    }
}

/// A HorizontalPodAutoscaler's `spec.behavior`, set: each field left out (`None`) takes the value
/// the API server fills in (pkg/apis/autoscaling/v2/defaults.go; the scale-down window the
/// controller's `--horizontal-pod-autoscaler-downscale-stabilization`). Both scale-up policies keep
/// the defaults' period of 15 s; scale-down keeps its default policy (100 % per 15 s: no limit).
/// The shape is part of the link extension `service.autoscale.behavior`: a change to it is a new key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HpaBehavior {
    /// `scaleUp` Pods policy: pods added per period [pods] (default the `hpa_scale_up_pods` timing, 4).
    pub scale_up_pods: Option<u32>,
    /// `scaleUp` Percent policy: percent added per period [%] (default `hpa_scale_up_percent`, 100).
    pub scale_up_percent: Option<u32>,
    /// `scaleUp.stabilizationWindowSeconds` [ms] (default 0).
    pub scale_up_window: Option<SimDuration>,
    /// `scaleDown.stabilizationWindowSeconds` [ms] (default `hpa_scale_down_window`, 300 s).
    pub scale_down_window: Option<SimDuration>,
}

/// One service of the application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// Unique name, e.g. "backend".
    pub name: String,
    /// What it is.
    pub kind: ServiceKind,
    /// Desired replicas on Swarm and Kubernetes [count].
    pub replicas: u32,
    /// Containers of this service under Docker Compose [count]; `None` means the same as `replicas`
    /// (a compose file usually runs one container per service: replicas cannot share a published port).
    pub compose_replicas: Option<u32>,
    /// CPU request [millicores].
    pub cpu_millis: u32,
    /// Memory request [MiB].
    pub memory_mib: u32,
    /// Time from process start until it answers requests [ms].
    pub startup: SimDuration,
    /// Keeps data on a volume (Kubernetes: StatefulSet with a ReadWriteOnce PersistentVolumeClaim).
    pub stateful: bool,
    /// Readiness probe (Kubernetes); without one a pod is Ready as soon as its container runs.
    pub readiness: Option<Probe>,
    /// Liveness probe (Kubernetes) / HEALTHCHECK (Docker, Swarm).
    pub liveness: Option<Probe>,
    /// Kubernetes `startupProbe`: until it passes, liveness and readiness probes are off; it kills
    /// the container after `failure_threshold` failures.
    pub startup_probe: Option<Probe>,
    /// Kubernetes `preStop` pause (`sleep`) before the container gets SIGTERM when its pod is
    /// deleted [ms]; `None` = no preStop hook.
    pub pre_stop: Option<SimDuration>,
    /// CPU limit [millicores]; `None` = no limit (the container may use its node's unrequested CPU).
    pub cpu_limit: Option<u32>,
    /// Memory limit [MiB] (compose `mem_limit` / `deploy.resources.limits.memory`, Kubernetes
    /// `resources.limits.memory`); `None` = no limit. Carried through imports and exports; the
    /// simulation schedules by the request. Added after link format 2: links carry it in their
    /// extension section (`crate::wire`, key `service.memory_limit`).
    pub memory_limit: Option<u32>,
    /// Compose restart policy (Swarm ignores `restart:` as `docker stack deploy` does, and restarts on any exit).
    pub restart: RestartPolicy,
    /// Services this one needs to answer requests.
    pub depends_on: Vec<String>,
    /// Pin to this node (nodeSelector / placement constraint): the replica never moves.
    pub node: Option<String>,
    /// Requests per second one replica can answer; `None` = unlimited.
    pub capacity_rps: Option<u32>,
    /// Needs a GPU node.
    pub gpu: bool,
    /// Horizontal autoscaler (Kubernetes only).
    pub autoscale: Option<Autoscaler>,
    /// Volume size [GiB] when stateful.
    pub volume_gib: Option<u32>,
    /// The version deployed at the start, e.g. "v1".
    pub version: String,
    /// The container image and tag it runs, e.g. "postgres:15-alpine"; `None`: not known (the
    /// exports write a placeholder, [`crate::fields::image`]). Links carry it in their extension
    /// section (`crate::wire`, key `service.image`).
    pub image: Option<String>,
}

/// The whole application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topology {
    /// Application name, e.g. "FeastFlow".
    pub name: String,
    /// Its services, in declaration order (which is also the scheduling order).
    pub services: Vec<Service>,
}

impl Service {
    /// A service called `name` of `kind` with one replica, 100 m CPU, 128 MiB, 5 s start-up, no
    /// probes, Docker's default `restart: no`, version "v1"; adjust fields from there.
    pub fn new(name: &str, kind: ServiceKind) -> Self {
        Service {
            name: name.to_string(),
            kind,
            replicas: 1,
            compose_replicas: None,
            cpu_millis: 100,
            memory_mib: 128,
            startup: SimDuration::from_secs(5),
            stateful: false,
            readiness: None,
            liveness: None,
            startup_probe: None,
            pre_stop: None,
            cpu_limit: None,
            memory_limit: None,
            restart: RestartPolicy::No,
            depends_on: Vec::new(),
            node: None,
            capacity_rps: None,
            gpu: false,
            autoscale: None,
            volume_gib: None,
            version: "v1".to_string(),
            image: None,
        }
    }

    /// Replicas this service runs with on `platform` [count].
    pub fn replicas_on(&self, platform: PlatformKind) -> u32 {
        match platform {
            PlatformKind::Compose => self.compose_replicas.unwrap_or(self.replicas),
            _ => self.replicas,
        }
    }

    /// Whether Kubernetes runs it as a StatefulSet (stateful with a volume) rather than a Deployment.
    pub fn is_statefulset(&self) -> bool {
        self.stateful
    }
}

impl Topology {
    /// The index of the service called `name`.
    pub fn service_index(&self, name: &str) -> Option<usize> {
        self.services.iter().position(|s| s.name == name)
    }
}

/// Which orchestrator runs the application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformKind {
    /// Docker Compose on one host.
    Compose,
    /// Docker Swarm.
    Swarm,
    /// Kubernetes.
    Kubernetes,
}

impl PlatformKind {
    /// The three platforms, in the order they are compared (one host, then the clusters).
    pub const ALL: [PlatformKind; 3] = [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes];

    /// Lower-case name used in files.
    pub const fn id(self) -> &'static str {
        match self {
            PlatformKind::Compose => "compose",
            PlatformKind::Swarm => "swarm",
            PlatformKind::Kubernetes => "kubernetes",
        }
    }

    /// Name for people.
    pub const fn label(self) -> &'static str {
        match self {
            PlatformKind::Compose => "Docker Compose",
            PlatformKind::Swarm => "Docker Swarm",
            PlatformKind::Kubernetes => "Kubernetes",
        }
    }
}

/// One value for each platform, addressed by its kind, never by position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PerPlatform<T> {
    /// Docker Compose's.
    pub compose: T,
    /// Docker Swarm's.
    pub swarm: T,
    /// Kubernetes'.
    pub kubernetes: T,
}

impl<T> PerPlatform<T> {
    /// `f` of each platform.
    pub fn from_fn(mut f: impl FnMut(PlatformKind) -> T) -> Self {
        PerPlatform { compose: f(PlatformKind::Compose), swarm: f(PlatformKind::Swarm), kubernetes: f(PlatformKind::Kubernetes) }
    }

    /// `f` of each platform, if every one has a value.
    pub fn try_from_fn(mut f: impl FnMut(PlatformKind) -> Option<T>) -> Option<Self> {
        Some(PerPlatform { compose: f(PlatformKind::Compose)?, swarm: f(PlatformKind::Swarm)?, kubernetes: f(PlatformKind::Kubernetes)? })
    }

    /// The value of platform `kind`.
    pub fn get(&self, kind: PlatformKind) -> &T {
        match kind {
            PlatformKind::Compose => &self.compose,
            PlatformKind::Swarm => &self.swarm,
            PlatformKind::Kubernetes => &self.kubernetes,
        }
    }

    /// Each platform with its value, in [`PlatformKind::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (PlatformKind, &T)> + '_ {
        PlatformKind::ALL.into_iter().map(move |k| (k, self.get(k)))
    }

    /// `f` of each platform's value.
    pub fn map<U>(&self, mut f: impl FnMut(PlatformKind, &T) -> U) -> PerPlatform<U> {
        PerPlatform::from_fn(|k| f(k, self.get(k)))
    }
}

/// Who runs the Kubernetes control plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ControlPlane {
    /// The provider (EKS, GKE, AKS, DOKS): not on your nodes.
    #[default]
    Managed,
    /// You, on your own control-plane nodes (k3s, kubeadm).
    SelfHosted,
}

/// The machines and version an application runs on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    /// Orchestrator.
    pub kind: PlatformKind,
    /// Worker nodes [count]; Compose always has exactly one host.
    pub nodes: u32,
    /// Swarm managers among the nodes (node-1..node-M) [count].
    pub managers: u32,
    /// Availability zones the nodes are spread over, round-robin (0 or 1 = no zones) [count].
    pub zones: u32,
    /// Extra GPU nodes named gpu-1..gpu-G [count]; on Compose, ≥ 1 means the host has a GPU.
    pub gpu_nodes: u32,
    /// Kubernetes control plane.
    pub control_plane: ControlPlane,
    /// Control-plane nodes of a self-hosted control plane, cp-1..cp-N (3 for an etcd quorum that
    /// survives one loss; 1 is the design documents' "control plane + 2 workers") [count].
    pub self_hosted_cp_nodes: u32,
    /// Allocatable CPU per node [millicores].
    pub node_cpu_millis: u32,
    /// Allocatable memory per node [MiB].
    pub node_memory_mib: u32,
    /// Kubernetes version, for defaults that changed between releases.
    pub kubernetes_version: KubeVersion,
}

impl Platform {
    /// Docker Compose on one host of the given size.
    pub fn compose(node_cpu_millis: u32, node_memory_mib: u32) -> Self {
        Platform::new(PlatformKind::Compose, 1, node_cpu_millis, node_memory_mib)
    }

    /// Kubernetes with `nodes` workers of the given size and a managed control plane.
    pub fn kubernetes(nodes: u32, node_cpu_millis: u32, node_memory_mib: u32) -> Self {
        Platform::new(PlatformKind::Kubernetes, nodes, node_cpu_millis, node_memory_mib)
    }

    /// A platform of `kind` with `nodes` nodes of the given size, no zones, no GPU nodes, a managed
    /// control plane, the default Kubernetes version, and (Swarm) 3 managers, or 1 below 3 nodes.
    pub fn new(kind: PlatformKind, nodes: u32, node_cpu_millis: u32, node_memory_mib: u32) -> Self {
        let nodes = if kind == PlatformKind::Compose { 1 } else { nodes };
        Platform {
            kind,
            nodes,
            managers: if nodes >= 3 { 3 } else { 1 },
            zones: 0,
            gpu_nodes: 0,
            control_plane: ControlPlane::Managed,
            self_hosted_cp_nodes: 3,
            node_cpu_millis,
            node_memory_mib,
            kubernetes_version: KubeVersion::DEFAULT,
        }
    }

    /// Control-plane nodes you run yourself: [`Platform::self_hosted_cp_nodes`] (etcd needs a
    /// majority of them) for a self-hosted Kubernetes control plane, none for a managed one or another
    /// platform [count].
    pub fn control_plane_nodes(&self) -> u32 {
        if self.kind == PlatformKind::Kubernetes && self.control_plane == ControlPlane::SelfHosted {
            self.self_hosted_cp_nodes
        } else {
            0
        }
    }

    /// Every machine of the platform: workers, GPU nodes and self-hosted control-plane nodes
    /// (Compose: the one host) [count].
    pub fn machines(&self) -> u32 {
        match self.kind {
            PlatformKind::Compose => 1,
            _ => self.nodes.saturating_add(self.gpu_nodes).saturating_add(self.control_plane_nodes()),
        }
    }

    /// Node names: "host" on Compose; otherwise "node-1".."node-N", then "gpu-1".."gpu-G", then the
    /// self-hosted control plane "cp-1".."cp-3".
    pub fn node_names(&self) -> Vec<String> {
        match self.kind {
            PlatformKind::Compose => vec!["host".to_string()],
            _ => (1..=self.nodes)
                .map(|i| format!("node-{i}"))
                .chain((1..=self.gpu_nodes).map(|i| format!("gpu-{i}")))
                .chain((1..=self.control_plane_nodes()).map(|i| format!("cp-{i}")))
                .collect(),
        }
    }

    /// Zone names, "zone-a", "zone-b", …; empty without zones.
    pub fn zone_names(&self) -> Vec<String> {
        if self.zones < 2 || self.kind == PlatformKind::Compose {
            return Vec::new();
        }
        (0..self.zones).map(zone_name).collect()
    }

    /// Zone index of node `i` (in [`Platform::node_names`] order), if zones are used.
    pub fn zone_of(&self, i: u32) -> Option<u32> {
        // GPU and control-plane nodes (after the regular ones) are spread over the zones on their own.
        let within = if i < self.nodes {
            i
        } else if i < self.nodes + self.gpu_nodes {
            i - self.nodes
        } else {
            i - self.nodes - self.gpu_nodes
        };
        (self.zones >= 2 && self.kind != PlatformKind::Compose).then(|| within % self.zones)
    }
}

/// Name of zone `i`: "zone-a", "zone-b", … ("zone-27" past z).
pub fn zone_name(i: u32) -> String {
    match char::from_u32(u32::from(b'a') + i) {
        Some(c) if i < 26 => format!("zone-{c}"),
        _ => format!("zone-{}", i + 1),
    }
}
