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

/// A large cluster for stress and benchmarks: `nodes` Kubernetes workers of 8 vCPU / 32 GiB and
/// `services` backend services of `replicas` pods each (readiness and liveness probes, 100 m /
/// 128 MiB, 5 s start-up, 100 requests/s each), a chain of dependencies every fifth service, and
/// traffic of 500 requests/s into the first. Faults: node `k` dies every `every` and comes back
/// `down_for` later, round-robin, for `duration`.
pub fn large_cluster(nodes: u32, services: u32, replicas: u32, duration: SimDuration, every: SimDuration, down_for: SimDuration) -> Scenario {
    let mut svcs = Vec::new();
    for i in 0..services {
        let mut s = Service::new(&format!("svc-{i:03}"), if i == 0 { ServiceKind::Frontend } else { ServiceKind::Backend });
        s.replicas = replicas;
        s.readiness = Some(Probe::default());
        s.liveness = Some(Probe::default());
        s.capacity_rps = Some(100);
        if i % 5 != 0 {
            s.depends_on = vec![format!("svc-{:03}", i - 1)];
        }
        svcs.push(s);
    }
    let platform = Platform::new(PlatformKind::Kubernetes, nodes, 8_000, 32_768);
    let mut faults = Vec::new();
    let step = every.as_millis().max(1);
    let mut t = step;
    let mut k = 0u32;
    while t < duration.as_millis() {
        let node = format!("node-{}", k % nodes.max(1) + 1);
        faults.push(crate::scenario::Fault { at: crate::time::SimTime(t), kind: crate::scenario::FaultKind::KillNode(crate::scenario::NodeRef::Named(node.clone())) });
        let back = t.saturating_add(down_for.as_millis());
        if back < duration.as_millis() {
            faults.push(crate::scenario::Fault { at: crate::time::SimTime(back), kind: crate::scenario::FaultKind::RestoreNode(node) });
        }
        t += step;
        k += 1;
    }
    Scenario {
        name: format!("Large cluster ({nodes} nodes, {} pods)", services * replicas),
        topology: Topology { name: "Large cluster".to_string(), services: svcs },
        timings: Timings::documented(platform.kubernetes_version),
        platform,
        traffic: Some(crate::scenario::Traffic { entry: "svc-000".to_string(), rps: 500 }),
        faults,
        seed: 0,
        duration,
    }
}
