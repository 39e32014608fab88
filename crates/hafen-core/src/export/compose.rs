//! A document as a `docker-compose.yml` (for `docker compose up`) or a Swarm stack file (for
//! `docker stack deploy`). Both are Compose files; the stack file says what Swarm does: the
//! restart policy under `deploy:` (Swarm restarts a task on any exit and ignores `restart:`),
//! Swarm's documented update defaults written out, nodes pinned by `node.hostname`, no
//! `depends_on` (stack deploy ignores it).
//!
//! What Hafen knows and Compose does not say (a service's kind, start-up time, capacity, version,
//! autoscaler, readiness probe; the traffic and the cluster) goes into `x-hafen` extension
//! fields, so importing the file gives the same application back (`compose::import`).

use super::{duration, quoted};
use crate::document::Document;
pub use crate::fields::{image, release_image, slug};
use crate::topology::{Probe, Service, ServiceKind};
use std::fmt::Write as _;

/// Which file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// `docker-compose.yml` for one host.
    Compose,
    /// A stack file for `docker stack deploy` on a Swarm.
    Stack,
}


/// The port a service listens on, by kind (PostgreSQL, Redis, RabbitMQ, HTTP).
pub fn port(s: &Service) -> u16 {
    match s.kind {
        ServiceKind::Database => 5432,
        ServiceKind::Cache => 6379,
        ServiceKind::Queue => 5672,
        ServiceKind::Ingress => 80,
        _ => 8080,
    }
}

/// Where a stateful service keeps its data, by kind.
pub fn data_path(s: &Service) -> &'static str {
    match s.kind {
        ServiceKind::Database => "/var/lib/postgresql/data",
        ServiceKind::Cache => "/data",
        ServiceKind::Queue => "/var/lib/rabbitmq",
        _ => "/var/lib/app",
    }
}

/// Docker's CPU amount ("0.25") from millicores.
fn cpus(millis: u32) -> String {
    // In whole numbers: "0.250" → "0.25", "2.000" → "2".
    let s = format!("{}.{:03}", millis / 1000, millis % 1000);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn healthcheck(o: &mut String, p: &Probe, indent: &str) {
    let _ = writeln!(o, "{indent}healthcheck:");
    let _ = writeln!(o, "{indent}  # Hafen knows the timings, not your check: replace `true` with a command that fails when the service does not answer.");
    let _ = writeln!(o, "{indent}  test: [\"CMD\", \"true\"]");
    // Only what the scenario sets: the rest is Docker's documented default (30 s, 30 s, 3, 0 s).
    for (key, value) in [("interval", p.period), ("timeout", p.timeout), ("start_period", p.start_period), ("start_interval", p.start_interval)] {
        if let Some(d) = value {
            let _ = writeln!(o, "{indent}  {key}: {}", duration(d));
        }
    }
    if let Some(r) = p.failure_threshold {
        let _ = writeln!(o, "{indent}  retries: {r}");
    }
}

/// A probe in `x-hafen` (the scenario file's form).
fn probe_line(p: Option<&Probe>) -> String {
    super::scenario::probe(p)
}

/// The file.
pub fn compose_yaml(doc: &Document, flavour: Flavour) -> String {
    let sc = &doc.scenario;
    let mut o = String::new();
    let what = match flavour {
        Flavour::Compose => "docker compose up -d",
        Flavour::Stack => "docker stack deploy -c THIS_FILE NAME",
    };
    let _ = writeln!(o, "# {}: written by Hafen from its scenario, for `{what}`.", sc.name.replace('\n', " "));
    if sc.topology.services.iter().any(|s| s.image.is_none()) {
        let _ = writeln!(o, "# Images not given are placeholders (registry.example.com) or the usual public image: replace them with yours.");
    }
    if flavour == Flavour::Stack {
        // `docker stack deploy` reads Compose file format 3.
        let _ = writeln!(o, "version: \"3.8\"");
    }
    let _ = writeln!(o, "services:");
    let entry = sc.traffic.as_ref().map(|t| t.entry.as_str());
    for s in &sc.topology.services {
        let _ = writeln!(o, "  {}:", quoted(&s.name));
        let _ = writeln!(o, "    image: {}", quoted(&image(&sc.name, s)));
        if flavour == Flavour::Compose {
            let _ = writeln!(o, "    restart: {}", quoted(s.restart.id()));
        }
        let replicas = match flavour {
            Flavour::Compose => s.replicas_on(crate::topology::PlatformKind::Compose),
            Flavour::Stack => s.replicas,
        };
        let _ = writeln!(o, "    deploy:");
        let _ = writeln!(o, "      replicas: {replicas}");
        let _ = writeln!(o, "      resources:");
        if s.cpu_limit.is_some() || s.memory_limit.is_some() {
            let _ = writeln!(o, "        limits:");
        }
        if let Some(l) = s.cpu_limit {
            let _ = writeln!(o, "          cpus: \"{}\"", cpus(l));
        }
        if let Some(l) = s.memory_limit {
            let _ = writeln!(o, "          memory: {l}M");
        }
        let _ = writeln!(o, "        reservations:");
        let _ = writeln!(o, "          cpus: \"{}\"", cpus(s.cpu_millis));
        // A limit alone is read back as the request too (compose::import): a reservation equal to
        // the limit is not written, so a file that gave only `mem_limit` comes back out as a limit.
        if s.memory_limit != Some(s.memory_mib) {
            let _ = writeln!(o, "          memory: {}M", s.memory_mib);
        }
        if s.gpu {
            let _ = writeln!(o, "          devices:");
            let _ = writeln!(o, "            - capabilities: [\"gpu\"]");
            let _ = writeln!(o, "              count: 1");
        }
        if flavour == Flavour::Stack {
            // Swarm restarts a task whatever way it ended (`docker stack deploy` ignores `restart:`).
            let _ = writeln!(o, "      restart_policy:");
            let _ = writeln!(o, "        condition: any");
            // Swarm's documented defaults, the ones Hafen simulates.
            let _ = writeln!(o, "      update_config:");
            let _ = writeln!(o, "        parallelism: 1");
            let _ = writeln!(o, "        order: stop-first");
            if let Some(n) = &s.node {
                let _ = writeln!(o, "      placement:");
                let _ = writeln!(o, "        constraints: [{}]", quoted(&format!("node.hostname == {n}")));
            }
        }
        if let Some(p) = &s.liveness {
            healthcheck(&mut o, p, "    ");
        }
        if flavour == Flavour::Compose && !s.depends_on.is_empty() {
            let _ = writeln!(o, "    depends_on: {}", super::scenario::names(&s.depends_on));
        }
        if entry == Some(s.name.as_str()) {
            let host = if s.kind == ServiceKind::Ingress { 80 } else { 8080 };
            // Several containers on one host need a host port each: a range (a stack publishes one
            // port on the routing mesh).
            let hosts = match replicas {
                n if n > 1 && flavour == Flavour::Compose => format!("{host}-{}", host + n - 1),
                _ => host.to_string(),
            };
            let _ = writeln!(o, "    ports: [\"{hosts}:{}\"]", port(s));
        }
        if s.stateful {
            if flavour == Flavour::Stack && s.node.is_none() {
                // What Hafen simulates for it: swarmkit's scheduler does not follow a local volume.
                let _ = writeln!(o, "    # No placement constraint: when its node dies, Swarm starts this task on another node with a new, empty");
                let _ = writeln!(o, "    # local volume, and its data stays behind. To wait for the node instead, pin it (Hafen's `node:`), written");
                let _ = writeln!(o, "    # here as deploy.placement.constraints: [\"node.hostname == NODE\"].");
            }
            let _ = writeln!(o, "    volumes: [{}]", quoted(&format!("{}-data:{}", slug(&s.name), data_path(s))));
        }
        // What Compose does not say, for Hafen (see compose::import).
        let _ = writeln!(o, "    x-hafen:");
        let _ = writeln!(o, "      kind: {}", s.kind.id());
        let _ = writeln!(o, "      replicas: {}", s.replicas);
        // Always: Compose's count is not the cluster's when a fixed host port allows only one.
        let _ = writeln!(o, "      compose_replicas: {}", s.replicas_on(crate::topology::PlatformKind::Compose));
        let _ = writeln!(o, "      startup: {}", duration(s.startup));
        if let Some(g) = s.volume_gib {
            let _ = writeln!(o, "      volume: {g}Gi");
        }
        let _ = writeln!(o, "      readiness: {}", probe_line(s.readiness.as_ref()));
        let _ = writeln!(o, "      startup_probe: {}", probe_line(s.startup_probe.as_ref()));
        super::scenario::optional_fields(&mut o, s, "      ", true);
        if flavour == Flavour::Stack && !s.depends_on.is_empty() {
            let _ = writeln!(o, "      depends_on: {}", super::scenario::names(&s.depends_on));
        }
        if let Some(a) = &s.autoscale {
            let _ = writeln!(o, "      autoscale: {}", super::scenario::autoscale(a));
        }
        if flavour == Flavour::Stack {
            // The policy `docker compose` would use: the stack file's own is Swarm's.
            let _ = writeln!(o, "      restart: {}", quoted(s.restart.id()));
        }
        let _ = writeln!(o, "      version: {}", quoted(&s.version));
        if s.image.is_none() {
            // The image above is a stand-in: the service has none of its own.
            let _ = writeln!(o, "      image: false");
        }
    }
    let stateful: Vec<&Service> = sc.topology.services.iter().filter(|s| s.stateful).collect();
    if !stateful.is_empty() {
        let _ = writeln!(o, "volumes:");
        for s in stateful {
            let _ = writeln!(o, "  {}: {{}}", quoted(&format!("{}-data", slug(&s.name))));
        }
    }
    let p = &sc.platform;
    let _ = writeln!(o, "x-hafen:");
    let _ = writeln!(o, "  name: {}", quoted(&sc.name));
    if let Some(t) = &sc.traffic {
        let _ = writeln!(o, "  traffic: {{ entry: {}, rps: {} }}", quoted(&t.entry), t.rps);
    }
    let _ = writeln!(o, "  cluster: {{ nodes: {}, node_cpu: {}m, node_memory: {}Mi, gpu_nodes: {} }}", p.nodes, p.node_cpu_millis, p.node_memory_mib, p.gpu_nodes);
    o
}
