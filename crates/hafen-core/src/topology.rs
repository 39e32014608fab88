//! The application being deployed (services) and the platform it runs on.

use crate::defaults::KubeVersion;
use crate::time::SimDuration;

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
    /// Has a readiness probe (Kubernetes); without one a pod is Ready as soon as its container runs.
    pub readiness: bool,
    /// Has a liveness probe (Kubernetes) / HEALTHCHECK (Docker).
    pub liveness: bool,
    /// Compose/Swarm restart policy.
    pub restart: RestartPolicy,
    /// Services this one needs to answer requests.
    pub depends_on: Vec<String>,
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

/// The machines and version an application runs on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    /// Orchestrator.
    pub kind: PlatformKind,
    /// Worker nodes [count]; Compose always has exactly one host.
    pub nodes: u32,
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
        Platform {
            kind: PlatformKind::Compose,
            nodes: 1,
            node_cpu_millis,
            node_memory_mib,
            kubernetes_version: KubeVersion::DEFAULT,
        }
    }

    /// Kubernetes with `nodes` workers of the given size and a managed control plane.
    pub fn kubernetes(nodes: u32, node_cpu_millis: u32, node_memory_mib: u32) -> Self {
        Platform { kind: PlatformKind::Kubernetes, nodes, node_cpu_millis, node_memory_mib, kubernetes_version: KubeVersion::DEFAULT }
    }

    /// Node names: "host" on Compose, "node-1".."node-N" elsewhere.
    pub fn node_names(&self) -> Vec<String> {
        match self.kind {
            PlatformKind::Compose => vec!["host".to_string()],
            _ => (1..=self.nodes).map(|i| format!("node-{i}")).collect(),
        }
    }
}
