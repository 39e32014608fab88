//! Built-in applications: the preset scenario files shipped in `scenarios/` (the same files the
//! command line reads), plus a generated large cluster for stress and benchmarks.

use crate::defaults::Timings;
use crate::scenario::{Scenario, ScenarioError};
use crate::time::SimDuration;
use crate::topology::{Platform, PlatformKind, Probe, Service, ServiceKind, Topology};

/// The preset scenario files: (id, file contents).
pub const BUILTIN: [(&str, &str); 3] = [
    ("feastflow", include_str!("../../../scenarios/feastflow.yaml")),
    ("quantum-trader", include_str!("../../../scenarios/quantum-trader.yaml")),
    ("aima", include_str!("../../../scenarios/aima.yaml")),
];

/// The presets as the page loads them: each scenario file read once, at development time, and kept
/// as bytes (in the link format, `crate::wire::write_scenario`), so the page's module holds no YAML reader (the file worker,
/// [`crate::offload`], reads files). A test checks each equals its file read now; after changing a
/// file or the model: `UPDATE_PACKED=1 cargo test -p hafen-core --lib presets`.
const PACKED: [(&str, &[u8]); 3] = [
    ("feastflow", include_bytes!("../packed/feastflow.bin")),
    ("quantum-trader", include_bytes!("../packed/quantum-trader.bin")),
    ("aima", include_bytes!("../packed/aima.bin")),
];

/// The preset with this id ("feastflow", "quantum-trader", "aima").
pub fn builtin(id: &str) -> Result<Scenario, ScenarioError> {
    let bytes = PACKED.iter().find(|(i, _)| *i == id).map(|(_, b)| *b).ok_or_else(|| crate::scenario::err("preset", crate::message!("preset-unknown", preset = id)))?;
    let sc = crate::wire::read_scenario(bytes).map_err(|_| crate::scenario::err("preset", crate::message!("preset-stale", preset = id)))?;
    sc.validate()?;
    Ok(sc)
}

/// The preset whose application is called `name` ("FeastFlow" → "feastflow"), if any: what a
/// document opened from a link or a saved state (which do not say which preset it started from)
/// was made from.
pub fn named(name: &str) -> Option<&'static str> {
    PACKED.iter().map(|(id, _)| *id).find(|id| builtin(id).is_ok_and(|sc| sc.name == name))
}

/// FeastFlow (`scenarios/feastflow.yaml`) on `kind`, without its traffic and events: the first
/// slice's starting point. Compose runs one container per service on one host.
pub fn feastflow_on(kind: PlatformKind) -> Result<Scenario, ScenarioError> {
    let (mut sc, _) = builtin("feastflow")?.on_platform(kind);
    sc.traffic = None;
    sc.faults.clear();
    Ok(sc)
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
        faults.push(crate::scenario::Fault::kill_node(node.clone()).at(crate::time::SimTime(t)));
        let back = t.saturating_add(down_for.as_millis());
        if back < duration.as_millis() {
            faults.push(crate::scenario::Fault::restore_node(node).at(crate::time::SimTime(back)));
        }
        t += step;
        k += 1;
    }
    Scenario {
        // One name for both, as a scenario file has one `name:` for both.
        name: format!("Large cluster ({nodes} nodes, {} pods)", services * replicas),
        topology: Topology { name: format!("Large cluster ({nodes} nodes, {} pods)", services * replicas), services: svcs },
        timings: Timings::documented(platform.kubernetes_version),
        platform,
        traffic: Some(crate::scenario::Traffic { entry: "svc-000".to_string(), rps: 500 }),
        faults,
        seed: 0,
        duration,
        // A platform team already running this cluster (a stress preset, not a design document).
        situation: crate::scenario::Situation {
            today: PlatformKind::Kubernetes,
            machines: nodes.max(1),
            team: 8,
            deploys_per_day: 20,
            uptime_target: 99_950,
            zero_downtime_deploys: true,
            node_autoscaling: false,
        },
    }
}

/// When the signature fault happens: a minute in, once everything has started and traffic flows.
pub const SIGNATURE_AT: crate::time::SimTime = crate::time::SimTime(60_000);

/// The service whose node the signature failure kills, and the app's "Kill the node running …"
/// when nothing is selected: the first service of kind database, else the first with a volume,
/// else the service users call, else the first service; `None` for an empty application. Every
/// platform then loses the node that runs the same service — a fair comparison, where a node
/// named `node-1` is Compose's one host and may be an empty node of a cluster.
pub fn signature_service(sc: &Scenario) -> Option<&str> {
    let services = &sc.topology.services;
    let target = services
        .iter()
        .find(|s| s.kind == ServiceKind::Database)
        .or_else(|| services.iter().find(|s| s.volume_gib.is_some()))
        .or_else(|| sc.traffic.as_ref().and_then(|t| services.iter().find(|s| s.name == t.entry)))
        .or_else(|| services.first())?;
    Some(&target.name)
}

/// What a document without faults shows when it is played on its own (an embed's autoplay, a
/// presenter's first step): the design documents' node failure, "the node running the database
/// dies" (`scenarios/2-node-failure.yaml`), at [`SIGNATURE_AT`]; the database is
/// [`signature_service`]. Compose loses its one host and waits for the operator; the clusters
/// detect the node and reschedule, at their documented timings.
pub fn signature_fault(sc: &Scenario) -> Option<crate::scenario::Fault> {
    let target = signature_service(sc)?;
    Some(crate::scenario::Fault::kill_running(target).at(SIGNATURE_AT))
}

#[cfg(test)]
mod packed_tests {
    use super::*;

    #[test]
    fn each_packed_preset_is_its_scenario_file_read_now() {
        let update = std::env::var_os("UPDATE_PACKED").is_some();
        for ((id, source), (pid, bytes)) in BUILTIN.iter().zip(PACKED) {
            assert_eq!(id, &pid);
            let read = crate::file::parse_scenario(source).expect(id);
            let packed = crate::wire::write_scenario(&read);
            if update {
                std::fs::write(format!("{}/packed/{id}.bin", env!("CARGO_MANIFEST_DIR")), &packed).expect("write");
            } else {
                assert!(packed == bytes, "packed/{id}.bin is not scenarios/{id}.yaml as read now: run UPDATE_PACKED=1 cargo test -p hafen-core --lib presets");
                assert_eq!(builtin(id), Ok(read));
            }
        }
    }

    #[test]
    fn a_document_names_its_preset() {
        for (id, _) in BUILTIN {
            assert_eq!(named(&builtin(id).unwrap().name), Some(id));
        }
        assert_eq!(named("The node running the database dies"), None);
    }
}
