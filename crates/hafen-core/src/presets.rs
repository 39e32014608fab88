//! Built-in example applications from `shared/reference/scenarios.md`, in code. The scenario files in
//! `scenarios/` describe the same applications for the command line and the app.

use crate::defaults::Timings;
use crate::scenario::Scenario;
use crate::time::SimDuration;
use crate::topology::{Platform, PlatformKind, Probe, Service, ServiceKind, Topology};

/// FeastFlow: frontend, backend (REST API with `/api/health`), PostgreSQL.
///
/// Kubernetes side per the design documents: backend Deployment with 2 replicas, frontend
/// Deployment with 3, PostgreSQL StatefulSet with one replica and a PersistentVolumeClaim.
/// Compose side: one container each, no `restart:` key (Docker's default `no`).
/// Start-up times and resource requests are properties of this example application, not platform defaults.
pub fn feastflow() -> Topology {
    let probes = |mut s: Service| {
        s.readiness = Some(Probe::default());
        s.liveness = Some(Probe::default());
        s.compose_replicas = Some(1);
        s
    };
    let mut frontend = probes(Service::new("frontend", ServiceKind::Frontend));
    frontend.replicas = 3;
    frontend.startup = SimDuration::from_secs(2);
    frontend.depends_on = vec!["backend".to_string()];
    let mut backend = probes(Service::new("backend", ServiceKind::Backend));
    backend.replicas = 2;
    backend.cpu_millis = 250;
    backend.memory_mib = 256;
    backend.depends_on = vec!["postgres".to_string()];
    let mut postgres = probes(Service::new("postgres", ServiceKind::Database));
    postgres.cpu_millis = 500;
    postgres.memory_mib = 1024;
    postgres.startup = SimDuration::from_secs(8);
    postgres.stateful = true;
    postgres.volume_gib = Some(10);
    Topology { name: "FeastFlow".to_string(), services: vec![frontend, backend, postgres] }
}

/// FeastFlow on one platform as the first slice deploys it: Compose on one 4 vCPU / 8 GB host, or
/// a cluster of 3 nodes of 2 vCPU / 4 GB; documented timings, seed 0, one hour, no faults yet.
pub fn feastflow_on(kind: PlatformKind) -> Scenario {
    let platform = match kind {
        PlatformKind::Compose => Platform::compose(4_000, 8_192),
        other => Platform::new(other, 3, 2_000, 4_096),
    };
    Scenario {
        name: "FeastFlow".to_string(),
        topology: feastflow(),
        timings: Timings::documented(platform.kubernetes_version),
        platform,
        traffic: None,
        faults: Vec::new(),
        seed: 0,
        duration: SimDuration::from_hours(1),
    }
}
