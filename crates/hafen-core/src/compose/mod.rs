//! Import of a `docker-compose.yml` (the Compose Specification) into a Hafen document, with a
//! warning for everything that is not simulated — nothing is dropped silently.
//!
//! The mapping rules (README, "Your own application"):
//! - every service in the default profile becomes a service; one in a profile is not started by
//!   `docker compose up` and is not imported (a warning says so);
//! - kind from the image's name: postgres, mysql, mariadb, mongo → database; redis, memcached,
//!   valkey → cache; rabbitmq, kafka, nats → queue; nginx, traefik, caddy, haproxy → ingress; else a
//!   worker, frontend or backend by the service's name; a service with only `build:` keeps its
//!   behaviour (the kind from its name), its image is unknown;
//! - `deploy.replicas` (or `scale`) → replicas; `deploy.resources` → CPU/memory requests (the
//!   reservation, else the limit; `cpus`/`mem_limit` likewise) and the CPU limit;
//! - `healthcheck` → Docker's HEALTHCHECK and Kubernetes liveness and readiness probes with the
//!   same interval, timeout, retries and start period;
//! - `deploy.restart_policy.condition` (any → always, on-failure, none → no), else `restart:`;
//! - a named volume mounted → a stateful service with a volume (a StatefulSet on Kubernetes);
//! - `depends_on` (list or map; the condition orders start-up only, which is not simulated);
//! - the traffic entry: the service with published ports that no other service depends on (an
//!   ingress first); traffic, volume sizes, missing resources and the cluster are labelled
//!   assumptions.

pub mod interpolate;
mod service;
pub mod tree;

use crate::document::{Document, Pricing};
use crate::message;
use crate::scenario::{Scenario, ScenarioError, Traffic};
use crate::message::{Message, Value};
use crate::time::SimDuration;
use crate::topology::{Platform, PlatformKind, Topology};
use tree::{N, V};

/// Requests per second assumed into the entry service: a compose file does not say.
pub const ASSUMED_RPS: u64 = 50;
/// A named volume's size when the file does not give one [GiB].
pub const ASSUMED_VOLUME_GIB: u32 = 10;
/// Worker nodes of the cluster the application is compared on [count].
pub const CLUSTER_NODES: u32 = 3;
/// Node sizes tried, smallest first [millicores, MiB]: the first where every replica fits on
/// two of the three nodes (so one node can fail).
const NODE_SIZES: [(u32, u32); 5] = [(2_000, 4_096), (4_000, 8_192), (4_000, 16_384), (8_000, 32_768), (16_000, 65_536)];

/// A compose file read into a document, and what was not simulated.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The application on a cluster, compared on Compose and Kubernetes.
    pub document: Document,
    /// Everything not simulated, assumed or unusual, in file order.
    pub warnings: Vec<Warning>,
}

/// One thing the import says about the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The service it is about, if one.
    pub service: Option<String>,
    /// The key, e.g. `environment`, `deploy.update_config`, `volumes[1]`.
    pub key: String,
    /// Its line in the file, when it has one.
    pub line: Option<usize>,
    /// What about it.
    pub note: Note,
}

/// What a warning says (the text layer words it).
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A key of the Compose Specification that the simulation does not use.
    NotSimulated,
    /// Not a key of the Compose Specification (a typo, or a newer key).
    Unknown,
    /// The top-level `version:` is obsolete; Compose ignores it.
    Obsolete,
    /// A bind mount (host path): host-specific, not a volume Hafen moves.
    BindMount(String),
    /// Only `build:`: the image is built from source; the kind comes from the name.
    OnlyBuild,
    /// In a profile: `docker compose up` does not start it; not imported.
    InProfile(Vec<String>),
    /// Depends on a service that was not imported; the dependency is dropped.
    DependencyDropped(String),
    /// `${VAR}` without a default: Hafen has no environment; the empty string was used.
    Unset(String),
    /// `${VAR:?message}`: Compose stops without it; the empty string was used.
    Required(String, String),
    /// A value that could not be read; the default was kept (the value as written, or what kind
    /// of value it is; what was expected).
    BadValue(Value, Message),
    /// A placement constraint that names no node Hafen draws.
    Constraint(String),
    /// `depends_on` with a condition: start order is not simulated (the dependency itself is).
    StartOrder {
        /// The condition, e.g. `service_healthy`.
        condition: String,
        /// The service depended on.
        dependency: String,
    },
    /// `deploy.mode: global`: one task per node, as replicas on every node.
    Global(u32),
    /// Several replicas publish the same host port: on one host only one container can bind it,
    /// so Compose runs one (the clusters run them all behind their load balancers).
    PortClash(u32),
    /// A figure the file does not give, assumed.
    Assumed(Assumption),
}

/// A labelled assumption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// No resources given: this CPU [millicores] and memory [MiB] request.
    Resources(u32, u32),
    /// A volume's size [GiB].
    VolumeSize(u32),
    /// Requests per second into the entry service.
    Traffic(String, u64),
    /// No published port: the entry is the service nothing depends on.
    EntryWithoutPorts(String),
    /// The cluster compared: worker nodes [count], each with CPU [millicores] and memory [MiB],
    /// and GPU nodes [count] (one when a service reserves a GPU).
    Cluster(u32, u32, u32, u32),
}

/// `source` imported if it is a compose file rather than a Hafen scenario file — its `services:`
/// is a map (a scenario's is a list) and it has no `platform:` — read once; `None` for anything
/// else, and for YAML that cannot be read at all (the scenario reader then says why).
pub fn import_if_compose(source: &str, fallback_name: &str) -> Option<Result<Imported, ScenarioError>> {
    let (root, unset) = tree::load(source).ok()?;
    let compose = root.get("platform").is_none() && matches!(root.get("services").map(|s| &s.v), Some(V::Map(_)));
    compose.then(|| from_tree(&root, unset, fallback_name))
}

/// Reads `source`, a compose file, into a document named after `fallback_name` (the file's stem)
/// unless the file has a `name:`. Refused with line and key when it is not a compose file Hafen
/// can read; everything else is warned about.
pub fn import(source: &str, fallback_name: &str) -> Result<Imported, ScenarioError> {
    let (root, unset) = tree::load(source)?;
    from_tree(&root, unset, fallback_name)
}

/// The import of a file read into `root`, with the variables that were unset on the way.
fn from_tree(root: &N, unset: Vec<(usize, interpolate::Unset)>, fallback_name: &str) -> Result<Imported, ScenarioError> {
    let mut warnings: Vec<Warning> = unset
        .into_iter()
        .map(|(line, u)| {
            let (key, note) = match u {
                interpolate::Unset::Empty(v) => (format!("${{{v}}}"), Note::Unset(v)),
                interpolate::Unset::Required(v, m) => (format!("${{{v}}}"), Note::Required(v, m)),
            };
            Warning { service: None, key, line: Some(line), note }
        })
        .collect();
    let Some(entries) = root.entries() else {
        return Err(ScenarioError { field: "file".into(), message: message!("compose-is-a-map", got = root.describe()), line: Some(root.line) });
    };
    // The Compose Specification's top-level keys, and what Hafen makes of each.
    for (k, v) in entries {
        let note = match k.as_str() {
            "version" => Some(Note::Obsolete),
            "name" | "services" | "volumes" => None,
            _ if k.starts_with("x-") => None,
            "networks" | "secrets" | "configs" | "include" | "models" => Some(Note::NotSimulated),
            _ => Some(Note::Unknown),
        };
        if let Some(note) = note {
            warnings.push(Warning { service: None, key: k.clone(), line: Some(v.line), note });
        }
    }
    let name = match root.get("name").map(|n| (n, n.scalar())) {
        Some((_, Some(s))) if !s.trim().is_empty() => s,
        _ => fallback_name.to_string(),
    };
    let services = root.get("services").ok_or_else(|| ScenarioError { field: "services".into(), message: message!("compose-needs-services"), line: Some(root.line) })?;
    let list = match &services.v {
        V::Map(m) if !m.is_empty() => m,
        V::Map(_) | V::Null => return Err(ScenarioError { field: "services".into(), message: message!("compose-no-services"), line: Some(services.line) }),
        _ => return Err(ScenarioError { field: "services".into(), message: message!("compose-expected-services-map", got = services.describe()), line: Some(services.line) }),
    };
    let named_volumes: Vec<String> = root.get("volumes").and_then(N::entries).map(|v| v.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();

    // Services, in file order; those in a profile are not started by default.
    let mut read = Vec::new();
    for (order, (svc_name, node)) in list.iter().enumerate() {
        if node.entries().is_none() {
            return Err(ScenarioError { field: format!("services.{svc_name}"), message: message!("compose-expected-map", got = node.describe()), line: Some(node.line) });
        }
        if let Some(p) = node.get("profiles") {
            let profiles: Vec<String> = match &p.v {
                V::Seq(items) => items.iter().filter_map(N::scalar).collect(),
                _ => p.scalar().into_iter().collect(),
            };
            if !profiles.is_empty() {
                warnings.push(Warning { service: Some(svc_name.clone()), key: "profiles".into(), line: Some(p.line), note: Note::InProfile(profiles) });
                continue;
            }
        }
        read.push(service::read(svc_name, order, node, &named_volumes, &mut warnings)?);
    }
    // Dependencies on services not imported are dropped, said once each.
    let names: Vec<String> = read.iter().map(|r| r.service.name.clone()).collect();
    for r in &mut read {
        let (keep, drop): (Vec<String>, Vec<String>) = r.service.depends_on.drain(..).partition(|d| names.contains(d));
        r.service.depends_on = keep;
        for d in drop {
            warnings.push(Warning { service: Some(r.service.name.clone()), key: "depends_on".into(), line: r.depends_line, note: Note::DependencyDropped(d) });
        }
    }
    if read.is_empty() {
        return Err(ScenarioError { field: "services".into(), message: message!("compose-all-in-profiles"), line: Some(services.line) });
    }

    // What Hafen's own export wrote about the whole (see export::compose).
    let hafen = root.get("x-hafen");
    let hafen_traffic = hafen.and_then(|x| x.get("traffic")).and_then(|t| Some(Traffic { entry: t.get("entry")?.scalar()?, rps: t.get("rps")?.scalar()?.parse().ok()? }));
    let hafen_cluster = hafen.and_then(|x| x.get("cluster")).and_then(|c| {
        let text = |k: &str| c.get(k).and_then(N::scalar);
        Some((
            text("nodes")?.parse::<u32>().ok()?,
            crate::units::parse_cpu(&text("node_cpu")?).ok()?,
            crate::units::parse_memory(&text("node_memory")?).ok()?,
            text("gpu_nodes").and_then(|g| g.parse::<u32>().ok()).unwrap_or(0),
        ))
    });
    let name = hafen.and_then(|x| x.get("name")).and_then(N::scalar).unwrap_or(name);

    // The entry: published ports, nothing depends on it, an ingress first.
    let depended: Vec<&str> = read.iter().flat_map(|r| r.service.depends_on.iter().map(String::as_str)).collect();
    let front = |r: &&service::Read| !depended.contains(&r.service.name.as_str());
    let traffic = match hafen_traffic.filter(|t| read.iter().any(|r| r.service.name == t.entry)) {
        Some(t) => t,
        None => {
            let entry = read
                .iter()
                .filter(|r| r.publishes && front(r))
                .max_by_key(|r| (r.service.kind == crate::topology::ServiceKind::Ingress, std::cmp::Reverse(r.order)))
                .or_else(|| read.iter().find(|r| r.publishes))
                .map(|r| r.service.name.clone());
            let entry = match entry {
                Some(e) => e,
                None => {
                    let e = read.iter().find(front).unwrap_or(&read[0]).service.name.clone();
                    warnings.push(Warning { service: Some(e.clone()), key: "ports".into(), line: None, note: Note::Assumed(Assumption::EntryWithoutPorts(e.clone())) });
                    e
                }
            };
            warnings.push(Warning { service: Some(entry.clone()), key: "traffic".into(), line: None, note: Note::Assumed(Assumption::Traffic(entry.clone(), ASSUMED_RPS)) });
            Traffic { entry, rps: ASSUMED_RPS }
        }
    };

    // The cluster: the smallest node size where every replica fits on two of three nodes.
    let services: Vec<_> = read.into_iter().map(|r| r.service).collect();
    let (cpu, mem): (u64, u64) = services.iter().fold((0, 0), |(c, m), s| (c + u64::from(s.cpu_millis) * u64::from(s.replicas), m + u64::from(s.memory_mib) * u64::from(s.replicas)));
    let biggest = services.iter().map(|s| (s.cpu_millis, s.memory_mib)).fold((0, 0), |a, b| (a.0.max(b.0), a.1.max(b.1)));
    let survivors = u64::from(CLUSTER_NODES - 1);
    let fits = |(c, m): (u32, u32)| survivors * u64::from(c) >= cpu && survivors * u64::from(m) >= mem && c >= biggest.0 && m >= biggest.1;
    let (nodes, node_cpu, node_mem, gpu_nodes) = match hafen_cluster {
        Some(c) => c,
        None => {
            let (node_cpu, node_mem) = NODE_SIZES.into_iter().find(|s| fits(*s)).unwrap_or(NODE_SIZES[NODE_SIZES.len() - 1]);
            let largest = NODE_SIZES[NODE_SIZES.len() - 1];
            let nodes = if fits((node_cpu, node_mem)) { CLUSTER_NODES } else { (cpu.div_ceil(u64::from(largest.0)).max(mem.div_ceil(u64::from(largest.1))) as u32).saturating_add(1).max(CLUSTER_NODES) };
            let gpu_nodes = u32::from(services.iter().any(|s| s.gpu));
            warnings.push(Warning { service: None, key: "cluster".into(), line: None, note: Note::Assumed(Assumption::Cluster(nodes, node_cpu, node_mem, gpu_nodes)) });
            (nodes, node_cpu, node_mem, gpu_nodes)
        }
    };

    let mut platform = Platform::kubernetes(nodes, node_cpu, node_mem);
    platform.gpu_nodes = gpu_nodes;
    let scenario = Scenario {
        name: name.clone(),
        topology: Topology { name, services },
        timings: crate::defaults::Timings::documented(platform.kubernetes_version),
        platform,
        traffic: Some(traffic),
        faults: Vec::new(),
        seed: 0,
        duration: SimDuration::from_hours(1),
        situation: Default::default(),
    };
    scenario.validate()?;
    // In file order; what has no line (the assumptions about the whole) last.
    warnings.sort_by_key(|w| w.line.unwrap_or(usize::MAX));
    let document = Document { scenario, pricing: Pricing::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None };
    Ok(Imported { document, warnings })
}
