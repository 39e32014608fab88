//! Built-in example applications from `shared/reference/scenarios.md`.

use crate::defaults::Timings;
use crate::scenario::Scenario;
use crate::time::SimDuration;
use crate::topology::{Platform, PlatformKind, RestartPolicy, Service, ServiceKind, Topology};

/// FeastFlow: frontend, backend (REST API with `/api/health`), PostgreSQL.
///
/// Kubernetes side per the design documents: backend Deployment with 2 replicas, frontend
/// Deployment with 3, PostgreSQL StatefulSet with one replica and a PersistentVolumeClaim.
/// Compose side: one container each, no `restart:` key (Docker's default `no`).
/// Start-up times and resource requests are properties of this example application, not platform defaults.
pub fn feastflow() -> Topology {
    Topology {
        name: "FeastFlow".to_string(),
        services: vec![
            Service {
                name: "frontend".to_string(),
                kind: ServiceKind::Frontend,
                replicas: 3,
                cpu_millis: 100,
                memory_mib: 128,
                startup: SimDuration::from_secs(2),
                compose_replicas: Some(1),
                stateful: false,
                readiness: true,
                liveness: true,
                restart: RestartPolicy::No,
                depends_on: vec!["backend".to_string()],
            },
            Service {
                name: "backend".to_string(),
                kind: ServiceKind::Backend,
                replicas: 2,
                cpu_millis: 250,
                memory_mib: 256,
                startup: SimDuration::from_secs(5),
                compose_replicas: Some(1),
                stateful: false,
                readiness: true,
                liveness: true,
                restart: RestartPolicy::No,
                depends_on: vec!["postgres".to_string()],
            },
            Service {
                name: "postgres".to_string(),
                kind: ServiceKind::Database,
                replicas: 1,
                cpu_millis: 500,
                memory_mib: 1024,
                startup: SimDuration::from_secs(8),
                compose_replicas: Some(1),
                stateful: true,
                readiness: true,
                liveness: true,
                restart: RestartPolicy::No,
                depends_on: vec![],
            },
        ],
    }
}

/// FeastFlow on one platform as the first slice deploys it: Compose on one 4 vCPU / 8 GB host, or
/// Kubernetes on 3 workers of 2 vCPU / 4 GB; documented timings, seed 0, one hour, no faults yet.
pub fn feastflow_on(kind: PlatformKind) -> Scenario {
    let platform = match kind {
        PlatformKind::Compose => Platform::compose(4_000, 8_192),
        PlatformKind::Swarm => Platform { kind: PlatformKind::Swarm, ..Platform::kubernetes(3, 2_000, 4_096) },
        PlatformKind::Kubernetes => Platform::kubernetes(3, 2_000, 4_096),
    };
    Scenario {
        topology: feastflow(),
        timings: Timings::documented(platform.kubernetes_version),
        platform,
        faults: Vec::new(),
        seed: 0,
        duration: SimDuration::from_hours(1),
    }
}
