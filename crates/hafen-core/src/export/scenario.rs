//! A document as a Hafen scenario file: what the app downloads and opens, and `hafen-sim` reads.
//! [`crate::file::parse_document`] reads it back to an equal document (tested on every preset).
//!
//! Every field is written out (none left to a default that might change), except timings: only
//! those that differ from the documented defaults of the Kubernetes version, so the file shows what
//! was changed.

use super::{duration, quoted};
use crate::defaults::{Timings, Value, TIMINGS};
use crate::document::Document;
use crate::fields::{Value as FieldValue, SERVICE_FIELDS};
use crate::scenario::{FaultKind, NodeRef};
use crate::topology::{Autoscaler, ControlPlane, PlatformKind, Probe, Service};
use std::fmt::Write as _;

/// The file, UTF-8, ending in a newline.
pub fn scenario_yaml(doc: &Document) -> String {
    let mut o = String::new();
    let sc = &doc.scenario;
    let _ = writeln!(o, "# Hafen scenario: open it in Hafen, or run `hafen-sim FILE` (see scenarios/README.md).");
    let _ = writeln!(o, "name: {}", quoted(&sc.name));
    let _ = writeln!(o, "seed: {}", sc.seed);
    let _ = writeln!(o, "duration: {}", duration(sc.duration));
    let _ = writeln!(o, "show: [{}]", doc.shown.iter().map(|k| k.id()).collect::<Vec<_>>().join(", "));
    platform(&mut o, doc);
    timings(&mut o, &sc.timings, &Timings::documented(sc.platform.kubernetes_version));
    let _ = writeln!(o, "services:");
    for s in &sc.topology.services {
        service(&mut o, s);
    }
    if let Some(t) = &sc.traffic {
        let _ = writeln!(o, "traffic: {{ entry: {}, rps: {} }}", quoted(&t.entry), t.rps);
    }
    if !sc.faults.is_empty() {
        let _ = writeln!(o, "events:");
        for f in &sc.faults {
            let _ = writeln!(o, "  - {{ at: {}, {} }}", duration(crate::time::SimDuration(f.at.as_millis())), event(&f.kind));
        }
    }
    let p = &doc.pricing;
    let _ = writeln!(o, "pricing:");
    let _ = writeln!(o, "  preset: {}", quoted(&p.prices));
    let _ = writeln!(o, "  ops_rate: {}", p.ops_rate);
    let _ = writeln!(o, "  downtime_cost_per_hour: {}", p.downtime_per_hour);
    if let Some(r) = p.usd_per_eur {
        let _ = writeln!(o, "  usd_per_eur: {r}");
    }
    let _ = writeln!(o, "  horizon: {}", p.horizon);
    let _ = writeln!(o, "  node_mtbf: {}", hours(p.node_mtbf_hours));
    let _ = writeln!(o, "  replica_mtbf: {}", hours(p.replica_mtbf_hours));
    let _ = writeln!(o, "  hang_mtbf: {}", hours(p.hang_mtbf_hours));
    let s = &sc.situation;
    let _ = writeln!(o, "situation:");
    let _ = writeln!(o, "  today: {}", s.today.id());
    let _ = writeln!(o, "  machines: {}", s.machines);
    let _ = writeln!(o, "  team: {}", s.team);
    let _ = writeln!(o, "  deploys_per_day: {}", s.deploys_per_day);
    let _ = writeln!(o, "  uptime_target: {}", s.uptime_percent());
    let _ = writeln!(o, "  zero_downtime_deploys: {}", s.zero_downtime_deploys);
    let _ = writeln!(o, "  node_autoscaling: {}", s.node_autoscaling);
    if let Some(story) = &doc.story {
        written(&mut o, story);
    }
    o
}

/// The `story:` section, every step's fields written out.
fn written(o: &mut String, story: &crate::written::Written) {
    use crate::written::Target;
    let at = |t: crate::time::SimTime| duration(crate::time::SimDuration(t.as_millis()));
    let _ = writeln!(o, "story:");
    let _ = writeln!(o, "  title: {}", quoted(&story.title));
    let _ = writeln!(o, "  steps:");
    for step in &story.steps {
        let w = &step.words;
        let _ = writeln!(o, "    - title: {}", quoted(&w.title));
        let _ = writeln!(o, "      narration: {}", quoted(&w.narration));
        if !w.notes.is_empty() {
            let _ = writeln!(o, "      notes: {}", quoted(&w.notes));
        }
        if !step.shown.is_empty() {
            let _ = writeln!(o, "      show: [{}]", step.shown.iter().map(|k| k.id()).collect::<Vec<_>>().join(", "));
        }
        let _ = writeln!(o, "      panel: {}", step.panel.id());
        let _ = writeln!(o, "      play: {{ from: {}, to: {} }}", at(step.from), at(step.to));
        if let Some(events) = &step.events {
            let _ = writeln!(o, "      events:{}", if events.is_empty() { " []" } else { "" });
            for f in events {
                let _ = writeln!(o, "        - {{ at: {}, {} }}", at(f.at), event(&f.kind));
            }
        }
        if let Some(q) = &step.question {
            let _ = writeln!(o, "      question:");
            if !w.question.is_empty() {
                let _ = writeln!(o, "        text: {}", quoted(&w.question));
            }
            if !w.after.is_empty() {
                let _ = writeln!(o, "        after: {}", quoted(&w.after));
            }
            let _ = writeln!(o, "        platform: {}", q.platform.id());
            match &q.target {
                Target::Service(s) => writeln!(o, "        service: {}", quoted(s)),
                Target::Node(n) => writeln!(o, "        node: {}", quoted(n)),
            }
            .ok();
            let _ = writeln!(o, "        choices: [{}]", q.choices.iter().map(|c| c.id()).collect::<Vec<_>>().join(", "));
        }
    }
}

/// A mean time between failures [h] as a duration the file reads back to the same hours.
fn hours(h: f64) -> String {
    if h.fract() == 0.0 {
        format!("{h}h")
    } else {
        format!("{}ms", (h * 3_600_000.0).round() as u64)
    }
}

fn platform(o: &mut String, doc: &Document) {
    let p = &doc.scenario.platform;
    let _ = writeln!(o, "platform:");
    let _ = writeln!(o, "  kind: {}", p.kind.id());
    let _ = writeln!(o, "  nodes: {}", p.nodes);
    if p.kind == PlatformKind::Swarm {
        let _ = writeln!(o, "  managers: {}", p.managers);
    }
    let _ = writeln!(o, "  zones: {}", p.zones);
    let _ = writeln!(o, "  gpu_nodes: {}", p.gpu_nodes);
    let _ = writeln!(o, "  node_cpu: {}m", p.node_cpu_millis);
    let _ = writeln!(o, "  node_memory: {}Mi", p.node_memory_mib);
    let _ = writeln!(o, "  control_plane: {}", if p.control_plane == ControlPlane::SelfHosted { "self-hosted" } else { "managed" });
    if p.control_plane == ControlPlane::SelfHosted && p.kind == PlatformKind::Kubernetes {
        let _ = writeln!(o, "  control_plane_nodes: {}", p.self_hosted_cp_nodes);
    }
    let _ = writeln!(o, "  kubernetes_version: \"{}\"", p.kubernetes_version);
    let _ = writeln!(o, "  operator_reaction: {}", duration(doc.scenario.timings.operator_reaction));
}

/// The timings that differ from the documented defaults.
fn timings(o: &mut String, t: &Timings, documented: &Timings) {
    let changed: Vec<String> = TIMINGS
        .iter()
        .filter(|k| k.in_timings() && !k.same(t, documented))
        .map(|k| match k.value {
            Value::Period(get, _) | Value::Span(get, _) => format!("  {}: {}", k.key, duration(get(t))),
            Value::Count(get, ..) | Value::Percent(get, ..) => format!("  {}: {}", k.key, get(t)),
        })
        .collect();
    if !changed.is_empty() {
        let _ = writeln!(o, "timings:");
        for line in changed {
            let _ = writeln!(o, "{line}");
        }
    }
}

/// A service's scalar fields ([`SERVICE_FIELDS`]), each written only when set, on a line of its
/// own at `indent`: every one in a scenario file; in an exported compose file's `x-hafen` those it
/// carries (`x_hafen_only`).
pub(crate) fn optional_fields(o: &mut String, s: &Service, indent: &str, x_hafen_only: bool) {
    for row in SERVICE_FIELDS.iter().filter(|r| r.x_hafen || !x_hafen_only) {
        let value = match row.value {
            FieldValue::Duration { get, .. } => get(s).map(duration),
            FieldValue::Count { get, .. } => get(s).map(|n| n.to_string()),
            FieldValue::Text { get, .. } => get(s).map(quoted),
            FieldValue::Own { .. } => None,
        };
        if let Some(v) = value {
            let _ = writeln!(o, "{indent}{}: {v}", row.key);
        }
    }
}

/// An autoscaler in flow form, `{ min: 2, max: 10, cpu: 70 }`, with `behavior:` only when set
/// (`default`, or the fields given): in a scenario file, and in an exported compose file's `x-hafen`.
pub(crate) fn autoscale(a: &Autoscaler) -> String {
    let behavior = a.behavior.as_ref().map(|b| {
        let mut parts = Vec::new();
        if let Some(n) = b.scale_up_pods {
            parts.push(format!("scale_up_pods: {n}"));
        }
        if let Some(n) = b.scale_up_percent {
            parts.push(format!("scale_up_percent: {n}"));
        }
        if let Some(d) = b.scale_up_window {
            parts.push(format!("scale_up_window: {}", duration(d)));
        }
        if let Some(d) = b.scale_down_window {
            parts.push(format!("scale_down_window: {}", duration(d)));
        }
        if parts.is_empty() {
            ", behavior: default".to_string()
        } else {
            format!(", behavior: {{ {} }}", parts.join(", "))
        }
    });
    format!("{{ min: {}, max: {}, cpu: {}{} }}", a.min, a.max, a.cpu_percent, behavior.unwrap_or_default())
}

/// A flow list of quoted names: `["web", "db"]`.
pub(crate) fn names(list: &[String]) -> String {
    format!("[{}]", list.iter().map(|d| quoted(d)).collect::<Vec<_>>().join(", "))
}

pub(crate) fn probe(p: Option<&Probe>) -> String {
    let Some(p) = p else { return "false".into() };
    let mut parts = Vec::new();
    if let Some(d) = p.period {
        parts.push(format!("period: {}", duration(d)));
    }
    if let Some(n) = p.failure_threshold {
        parts.push(format!("failure_threshold: {n}"));
    }
    if let Some(d) = p.timeout {
        parts.push(format!("timeout: {}", duration(d)));
    }
    if let Some(d) = p.initial_delay {
        parts.push(format!("initial_delay: {}", duration(d)));
    }
    if let Some(d) = p.start_period {
        parts.push(format!("start_period: {}", duration(d)));
    }
    if let Some(d) = p.start_interval {
        parts.push(format!("start_interval: {}", duration(d)));
    }
    if parts.is_empty() {
        "true".into()
    } else {
        format!("{{ {} }}", parts.join(", "))
    }
}

fn service(o: &mut String, s: &Service) {
    let _ = writeln!(o, "  - name: {}", quoted(&s.name));
    let _ = writeln!(o, "    kind: {}", s.kind.id());
    let _ = writeln!(o, "    replicas: {}", s.replicas);
    if let Some(r) = s.compose_replicas {
        let _ = writeln!(o, "    compose_replicas: {r}");
    }
    let _ = writeln!(o, "    cpu: {}m", s.cpu_millis);
    if let Some(l) = s.cpu_limit {
        let _ = writeln!(o, "    cpu_limit: {l}m");
    }
    let _ = writeln!(o, "    memory: {}Mi", s.memory_mib);
    if let Some(l) = s.memory_limit {
        let _ = writeln!(o, "    memory_limit: {l}Mi");
    }
    let _ = writeln!(o, "    startup: {}", duration(s.startup));
    let _ = writeln!(o, "    stateful: {}", s.stateful);
    if let Some(g) = s.volume_gib {
        let _ = writeln!(o, "    volume: {g}Gi");
    }
    let _ = writeln!(o, "    restart: {}", s.restart.id());
    let _ = writeln!(o, "    liveness: {}", probe(s.liveness.as_ref()));
    let _ = writeln!(o, "    readiness: {}", probe(s.readiness.as_ref()));
    let _ = writeln!(o, "    startup_probe: {}", probe(s.startup_probe.as_ref()));
    optional_fields(o, s, "    ", false);
    let _ = writeln!(o, "    depends_on: {}", names(&s.depends_on));
    let _ = writeln!(o, "    gpu: {}", s.gpu);
    if let Some(a) = &s.autoscale {
        let _ = writeln!(o, "    autoscale: {}", autoscale(a));
    }
    let _ = writeln!(o, "    version: {}", quoted(&s.version));
}

fn event(k: &FaultKind) -> String {
    match k {
        FaultKind::KillNode(NodeRef::Named(n)) => format!("kill_node: {}", quoted(n)),
        FaultKind::KillNode(NodeRef::Running(s)) => format!("kill_node: {{ running: {} }}", quoted(s)),
        FaultKind::RestoreNode(n) => format!("restore_node: {}", quoted(n)),
        FaultKind::KillZone(z) => format!("kill_zone: {}", quoted(z)),
        FaultKind::RestoreZone(z) => format!("restore_zone: {}", quoted(z)),
        FaultKind::Crash(s) => format!("crash: {}", quoted(s)),
        FaultKind::Hang(s) => format!("hang: {}", quoted(s)),
        FaultKind::Deploy { service, version, healthy } => format!("deploy: {{ service: {}, version: {}, healthy: {healthy} }}", quoted(service), quoted(version)),
        FaultKind::Traffic(rps) => format!("traffic: {{ rps: {rps} }}"),
        FaultKind::ConfigChange(None) => "config_change: all".into(),
        // A service called "all" must not read back as every service.
        FaultKind::ConfigChange(Some(s)) if s == "all" => format!("config_change: {{ service: {} }}", quoted(s)),
        FaultKind::ConfigChange(Some(s)) => format!("config_change: {}", quoted(s)),
        FaultKind::ResizeVolume { service, gib } => format!("resize_volume: {{ service: {}, size: {gib}Gi }}", quoted(service)),
        FaultKind::Scale { service, replicas } => format!("scale: {{ service: {}, replicas: {replicas} }}", quoted(service)),
    }
}
