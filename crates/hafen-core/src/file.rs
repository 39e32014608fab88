//! Scenario files (YAML): the format the command line and the app both read. The format is
//! documented in `scenarios/README.md`. Every error names the field and the line.

use crate::availability::FailureRates;
use crate::costs::{price_table, price_tables, CostInputs, Figure, Span};
use crate::defaults::{KubeVersion, OperatorPreset, Timings, Value, TIMINGS};
use crate::document::{Document, Pricing};
use crate::scenario::{err, Fault, FaultKind, NodeRef, Scenario, ScenarioError, Situation, Traffic, FAULTS};
use crate::time::{SimDuration, SimTime};
use crate::fields::{ServiceField, Value as FieldValue, SERVICE_FIELDS};
use crate::topology::{Autoscaler, ControlPlane, HpaBehavior, Platform, PlatformKind, Probe, RestartPolicy, Service, ServiceKind, Topology};
use crate::message;
use crate::message::Message;
use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

pub use crate::units::{parse_cpu, parse_duration, parse_memory};

/// Largest scenario file accepted [bytes].
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// Deepest nesting accepted [levels]: a scenario needs about six. The YAML library's block parser
/// recurses once per level and would overflow the stack (1 MB in wasm) at a few thousand levels.
pub const MAX_NESTING: usize = 200;

/// Refuses block nesting deeper than [`MAX_NESTING`] before the YAML library sees it: per line, the
/// indentation plus the block indicators ("- ", "? ", ": ") that open a level on the same line.
/// (Flow nesting, `[[[…`, is limited by the library itself.)
pub(crate) fn check_nesting(source: &str) -> Result<(), ScenarioError> {
    for (i, line) in source.lines().enumerate() {
        let bytes = line.as_bytes();
        let mut depth = bytes.iter().take_while(|b| **b == b' ' || **b == b'\t').count();
        let mut at = depth;
        while let Some(&c) = bytes.get(at) {
            let follows = bytes.get(at + 1).is_none_or(|b| *b == b' ' || *b == b'\t');
            if !(matches!(c, b'-' | b'?' | b':') && follows) {
                break;
            }
            depth += 1;
            at += 1;
            while bytes.get(at).is_some_and(|b| *b == b' ' || *b == b'\t') {
                at += 1;
            }
        }
        if depth > MAX_NESTING {
            return Err(ScenarioError {
                field: "file".into(),
                message: message!("file-nested-too-deeply", most = MAX_NESTING),
                line: Some(i + 1),
            });
        }
    }
    Ok(())
}

type Node<'a> = MarkedYaml<'a>;

fn fail(n: &Node, field: &str, message: Message) -> ScenarioError {
    ScenarioError { field: field.to_string(), message, line: Some(n.span.start.line()) }
}

/// What a value is ("a list"), for "expected …, got …".
fn describe(n: &Node) -> Message {
    match &n.data {
        YamlData::Value(Scalar::Null) => message!("yaml-nothing"),
        YamlData::Value(Scalar::Boolean(_)) => message!("yaml-true-false"),
        YamlData::Value(Scalar::Integer(_)) => message!("yaml-whole-number"),
        YamlData::Value(Scalar::FloatingPoint(_)) => message!("yaml-decimal-number"),
        YamlData::Value(Scalar::String(_)) | YamlData::Representation(..) => message!("yaml-text"),
        YamlData::Sequence(_) => message!("yaml-list"),
        YamlData::Mapping(_) => message!("yaml-map"),
        _ => message!("yaml-unsupported"),
    }
}

fn map<'n, 'a>(n: &'n Node<'a>, field: &str, allowed: &[&str]) -> Result<Vec<(&'n str, &'n Node<'a>)>, ScenarioError> {
    let named = if field.is_empty() { "the file" } else { field };
    let YamlData::Mapping(m) = &n.data else {
        return Err(fail(n, named, message!("file-expected-map", keys = allowed.join(", "), got = describe(n))));
    };
    let mut out = Vec::with_capacity(m.len());
    for (k, v) in m.iter() {
        let YamlData::Value(Scalar::String(key)) = &k.data else {
            return Err(fail(k, named, message!("file-keys-are-names", got = describe(k))));
        };
        if !allowed.contains(&key.as_ref()) {
            return Err(fail(k, &join(field, key), message!("file-unknown-field", key = key.as_ref(), known = allowed.join(", "))));
        }
        out.push((key.as_ref(), v));
    }
    Ok(out)
}

fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

fn text<'n>(n: &'n Node, field: &str) -> Result<&'n str, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::String(s)) => Ok(s.as_ref()),
        _ => Err(fail(n, field, message!("file-expected-text", got = describe(n)))),
    }
}

fn whole(n: &Node, field: &str, max: u64) -> Result<u64, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::Integer(i)) if *i >= 0 && (*i as u64) <= max => Ok(*i as u64),
        YamlData::Value(Scalar::Integer(i)) if *i < 0 => Err(fail(n, field, message!("bad-negative", got = i.to_string()))),
        YamlData::Value(Scalar::Integer(i)) => Err(fail(n, field, message!("file-more-than-most", got = i.to_string(), max = max))),
        _ => Err(fail(n, field, message!("file-expected-whole-number", got = describe(n)))),
    }
}

fn flag(n: &Node, field: &str) -> Result<bool, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::Boolean(b)) => Ok(*b),
        _ => Err(fail(n, field, message!("file-expected-flag", got = describe(n)))),
    }
}

fn list<'n, 'a>(n: &'n Node<'a>, field: &str) -> Result<&'n [Node<'a>], ScenarioError> {
    match &n.data {
        YamlData::Sequence(s) => Ok(s.as_slice()),
        YamlData::Value(Scalar::Null) => Ok(&[]),
        _ => Err(fail(n, field, message!("file-expected-list", got = describe(n)))),
    }
}

fn duration(n: &Node, field: &str) -> Result<SimDuration, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::String(s)) => parse_duration(s).map_err(|m| fail(n, field, m)),
        YamlData::Value(Scalar::Integer(i)) => Err(fail(n, field, message!("file-number-needs-unit", number = i.to_string()))),
        _ => Err(fail(n, field, message!("file-expected-duration", got = describe(n)))),
    }
}

/// CPU: "250m" (millicores), 2 or 0.5 (cores) → millicores. Text goes through [`parse_cpu`], the
/// inspector's parser, so a file and a field accept the same and refuse with the same words.
fn cpu(n: &Node, field: &str) -> Result<u32, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::Integer(i)) if *i < 0 => Err(fail(n, field, message!("bad-negative", got = i.to_string()))),
        YamlData::Value(Scalar::FloatingPoint(f)) if f.0 < 0.0 => Err(fail(n, field, message!("bad-negative", got = f.0.to_string()))),
        YamlData::Value(Scalar::Integer(i)) => parse_cpu(&i.to_string()).map_err(|m| fail(n, field, m)),
        YamlData::Value(Scalar::FloatingPoint(f)) => parse_cpu(&f.0.to_string()).map_err(|m| fail(n, field, m)),
        YamlData::Value(Scalar::String(s)) => parse_cpu(s).map_err(|m| fail(n, field, m)),
        _ => Err(fail(n, field, message!("file-expected-cpu", got = describe(n)))),
    }
}

/// Memory: "256Mi", "4Gi", "512M", "1G" or a number of MiB → MiB, through [`parse_memory`].
fn memory(n: &Node, field: &str) -> Result<u32, ScenarioError> {
    match &n.data {
        YamlData::Value(Scalar::Integer(i)) if *i < 0 => Err(fail(n, field, message!("bad-negative", got = i.to_string()))),
        YamlData::Value(Scalar::Integer(i)) => parse_memory(&i.to_string()).map_err(|m| fail(n, field, m)),
        YamlData::Value(Scalar::String(s)) => parse_memory(s).map_err(|m| fail(n, field, m)),
        _ => Err(fail(n, field, message!("file-expected-memory", got = describe(n)))),
    }
}

fn gib(n: &Node, field: &str) -> Result<u32, ScenarioError> {
    let mib = memory(n, field)?;
    Ok(mib.div_ceil(1_024))
}

fn probe(n: &Node, field: &str) -> Result<Option<Probe>, ScenarioError> {
    if let YamlData::Value(Scalar::Boolean(b)) = &n.data {
        return Ok(b.then(Probe::default));
    }
    let mut p = Probe::default();
    for (k, v) in map(n, field, &["period", "failure_threshold", "timeout", "initial_delay", "start_period", "start_interval"])? {
        let f = join(field, k);
        match k {
            "period" => p.period = Some(duration(v, &f)?),
            "failure_threshold" => p.failure_threshold = Some(whole(v, &f, 1_000)? as u32),
            "timeout" => p.timeout = Some(duration(v, &f)?),
            "initial_delay" => p.initial_delay = Some(duration(v, &f)?),
            "start_period" => p.start_period = Some(duration(v, &f)?),
            "start_interval" => p.start_interval = Some(duration(v, &f)?),
            other => unread(other, &f),
        }
    }
    Ok(Some(p))
}

/// The fields of `autoscale.behavior`'s map.
pub const BEHAVIOR_KEYS: &[&str] = &["scale_up_pods", "scale_up_percent", "scale_up_window", "scale_down_window"];

/// `behavior: default` (`spec.behavior` set, every field the API's default) or a map of some of
/// [`BEHAVIOR_KEYS`].
fn hpa_behavior(n: &Node, field: &str) -> Result<HpaBehavior, ScenarioError> {
    if let YamlData::Value(Scalar::String(s)) = &n.data {
        if s.as_ref() == "default" {
            return Ok(HpaBehavior::default());
        }
    }
    if !matches!(n.data, YamlData::Mapping(_)) {
        return Err(fail(n, field, message!("file-expected-behavior", keys = BEHAVIOR_KEYS.join(", "), got = describe(n))));
    }
    let mut b = HpaBehavior::default();
    for (k, v) in map(n, field, BEHAVIOR_KEYS)? {
        let f = join(field, k);
        match k {
            "scale_up_pods" => b.scale_up_pods = Some(whole(v, &f, 1_000)? as u32),
            "scale_up_percent" => b.scale_up_percent = Some(whole(v, &f, 1_000)? as u32),
            "scale_up_window" => b.scale_up_window = Some(duration(v, &f)?),
            "scale_down_window" => b.scale_down_window = Some(duration(v, &f)?),
            other => unread(other, &f),
        }
    }
    Ok(b)
}

/// A key its section's list accepts but no arm reads: the list and the parser disagree, a bug in
/// this file, never in the user's input. Fails loudly instead of writing some other field.
fn unread(key: &str, field: &str) -> ! {
    panic!("scenario parser broken: {field} (key \"{key}\") is accepted but not read")
}

fn service_kind(n: &Node, field: &str) -> Result<ServiceKind, ScenarioError> {
    let s = text(n, field)?;
    Ok(match s {
        "frontend" => ServiceKind::Frontend,
        "backend" | "api" => ServiceKind::Backend,
        "worker" => ServiceKind::Worker,
        "database" | "postgres" | "postgresql" => ServiceKind::Database,
        "cache" | "redis" => ServiceKind::Cache,
        "queue" => ServiceKind::Queue,
        "ingress" | "proxy" => ServiceKind::Ingress,
        _ => return Err(fail(n, field, message!("file-unknown-kind", kind = s))),
    })
}

/// The keys of a service read by their own code here; the scalar rows of [`SERVICE_FIELDS`] follow them.
const SERVICE_KEYS: &[&str] = &[
    "name", "kind", "replicas", "compose_replicas", "cpu", "cpu_limit", "memory", "memory_limit", "startup", "stateful", "volume", "restart", "liveness",
    "readiness", "startup_probe", "depends_on", "gpu", "autoscale", "version",
];

/// Sets the scalar field `row` from `v` (its type read as this file reads it; bounds are checked
/// with the rest of the scenario).
fn scalar(row: &ServiceField, s: &mut Service, v: &Node, f: &str) -> Result<(), ScenarioError> {
    match row.value {
        FieldValue::Duration { set, .. } => set(s, Some(duration(v, f)?)),
        FieldValue::Count { set, most, .. } => set(s, Some(whole(v, f, u64::from(most))? as u32)),
        FieldValue::Text { set, .. } => set(s, Some(text(v, f)?.to_string())),
        FieldValue::Own { .. } => unread(row.key, f),
    }
    Ok(())
}

fn service(n: &Node, field: &str) -> Result<Service, ScenarioError> {
    let keys: Vec<&str> = SERVICE_KEYS.iter().copied().chain(SERVICE_FIELDS.iter().filter(|r| r.is_scalar()).map(|r| r.key)).collect();
    let entries = map(n, field, &keys)?;
    let name = match entries.iter().find(|(k, _)| *k == "name") {
        Some((_, v)) => text(v, &join(field, "name"))?.to_string(),
        None => return Err(fail(n, field, message!("bad-service-needs-name"))),
    };
    let kind = match entries.iter().find(|(k, _)| *k == "kind") {
        Some((_, v)) => service_kind(v, &join(field, "kind"))?,
        None => ServiceKind::Backend,
    };
    let mut s = Service::new(&name, kind);
    if kind == ServiceKind::Database {
        s.stateful = true;
    }
    for (k, v) in entries {
        let f = join(field, k);
        match k {
            "name" | "kind" => {}
            "replicas" => s.replicas = whole(v, &f, u64::from(crate::scenario::MAX_REPLICAS))? as u32,
            "compose_replicas" => s.compose_replicas = Some(whole(v, &f, u64::from(crate::scenario::MAX_REPLICAS))? as u32),
            "cpu" => s.cpu_millis = cpu(v, &f)?,
            "memory" => s.memory_mib = memory(v, &f)?,
            "memory_limit" => s.memory_limit = Some(memory(v, &f)?),
            "startup" => s.startup = duration(v, &f)?,
            "stateful" => s.stateful = flag(v, &f)?,
            "volume" => {
                s.volume_gib = Some(gib(v, &f)?);
                s.stateful = true;
            }
            "restart" => {
                let r = text(v, &f).or_else(|_| flag(v, &f).map(|b| if b { "always" } else { "no" }))?;
                s.restart = RestartPolicy::from_id(r).ok_or_else(|| fail(v, &f, message!("file-unknown-restart", policy = r)))?;
            }
            "liveness" => s.liveness = probe(v, &f)?,
            "readiness" => s.readiness = probe(v, &f)?,
            "startup_probe" => s.startup_probe = probe(v, &f)?,
            "cpu_limit" => s.cpu_limit = Some(cpu(v, &f)?),
            "depends_on" => {
                s.depends_on = match &v.data {
                    YamlData::Value(Scalar::String(one)) => vec![one.to_string()],
                    _ => list(v, &f)?.iter().map(|d| text(d, &f).map(str::to_string)).collect::<Result<_, _>>()?,
                }
            }
            "gpu" => s.gpu = flag(v, &f)?,
            "autoscale" => {
                let mut a = Autoscaler::new(1, 10, 80);
                for (ak, av) in map(v, &f, &["min", "max", "cpu", "behavior"])? {
                    let af = join(&f, ak);
                    match ak {
                        "min" => a.min = whole(av, &af, u64::from(crate::scenario::MAX_REPLICAS))? as u32,
                        "max" => a.max = whole(av, &af, u64::from(crate::scenario::MAX_REPLICAS))? as u32,
                        "cpu" => a.cpu_percent = whole(av, &af, 1_000)? as u32,
                        "behavior" => a.behavior = Some(hpa_behavior(av, &af)?),
                        other => unread(other, &af),
                    }
                }
                s.autoscale = Some(a);
            }
            "version" => {
                s.version = match &v.data {
                    YamlData::Value(Scalar::String(t)) => t.to_string(),
                    YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                    _ => return Err(fail(v, &f, message!("file-expected-version-name", got = describe(v)))),
                }
            }
            other => match SERVICE_FIELDS.iter().find(|r| r.key == other) {
                Some(row) => scalar(row, &mut s, v, &f)?,
                None => unread(other, &f),
            },
        }
    }
    Ok(s)
}

/// Sets each key under `timings:` as [`TIMINGS`] describes it (bounds are checked with the rest
/// of the scenario, so every entry point refuses the same values with the same words).
fn timings(n: &Node, t: &mut Timings) -> Result<(), ScenarioError> {
    let keys: Vec<&str> = TIMINGS.iter().filter(|k| k.in_timings()).map(|k| k.key).collect();
    for (name, v) in map(n, "timings", &keys)? {
        let f = join("timings", name);
        let Some(key) = TIMINGS.iter().find(|k| k.key == name) else { unread(name, &f) };
        match key.value {
            Value::Period(_, set) | Value::Span(_, set) => set(t, duration(v, &f)?),
            Value::Count(_, set, ..) | Value::Percent(_, set, _) => set(t, whole(v, &f, 1_000)? as u32),
        }
    }
    Ok(())
}

const PLATFORM_KEYS: &[&str] = &[
    "kind", "nodes", "managers", "zones", "gpu_nodes", "node_cpu", "node_memory", "control_plane", "control_plane_nodes", "kubernetes_version",
    "operator_reaction",
];

/// The text of a scalar exactly as written in `source` (spans count characters).
fn written(source: &str, n: &Node) -> String {
    let (a, b) = (n.span.start.index(), n.span.end.index());
    source.chars().skip(a).take(b.saturating_sub(a)).collect::<String>().trim().to_string()
}

fn platform(n: &Node, source: &str) -> Result<(Platform, SimDuration), ScenarioError> {
    let entries = map(n, "platform", PLATFORM_KEYS)?;
    let kind = match entries.iter().find(|(k, _)| *k == "kind") {
        Some((_, v)) => platform_kind(v, "platform.kind")?,
        None => return Err(fail(n, "platform.kind", message!("file-which-platform"))),
    };
    let mut p = Platform::new(kind, 3, 2_000, 4_096);
    if kind == PlatformKind::Compose {
        p = Platform::compose(4_000, 8_192);
    }
    let mut managers = None;
    let mut cp_nodes = None;
    let mut reaction = OperatorPreset::OnCall.reaction();
    for (k, v) in entries {
        let f = join("platform", k);
        match k {
            "kind" => {}
            "nodes" => {
                let nodes = whole(v, &f, u64::from(crate::scenario::MAX_NODES))? as u32;
                if kind == PlatformKind::Compose && nodes != 1 {
                    return Err(fail(v, &f, message!("file-compose-one-host")));
                }
                if nodes == 0 {
                    return Err(fail(v, &f, message!("file-needs-a-node")));
                }
                p.nodes = nodes;
            }
            "managers" => managers = Some(whole(v, &f, u64::from(crate::scenario::MAX_NODES))? as u32),
            "zones" => p.zones = whole(v, &f, 26)? as u32,
            "gpu_nodes" => p.gpu_nodes = whole(v, &f, u64::from(crate::scenario::MAX_NODES))? as u32,
            "node_cpu" => p.node_cpu_millis = cpu(v, &f)?,
            "node_memory" => p.node_memory_mib = memory(v, &f)?,
            "control_plane" => {
                p.control_plane = match text(v, &f)? {
                    "managed" => ControlPlane::Managed,
                    "self-hosted" | "self-managed" => ControlPlane::SelfHosted,
                    other => return Err(fail(v, &f, message!("file-unknown-control-plane", got = other))),
                }
            }
            "control_plane_nodes" => cp_nodes = Some((v, whole(v, &f, 7)? as u32)),
            "kubernetes_version" => {
                let s = match &v.data {
                    YamlData::Value(Scalar::String(s)) => s.to_string(),
                    // Unquoted, 1.30 reads as the number 1.3: take the text as written instead.
                    YamlData::Value(Scalar::FloatingPoint(_)) => written(source, v),
                    _ => return Err(fail(v, &f, message!("file-expected-kubernetes-version", got = describe(v)))),
                };
                p.kubernetes_version = KubeVersion::parse(&s).ok_or_else(|| fail(v, &f, message!("file-not-kubernetes-version", text = &s)))?;
            }
            "operator_reaction" => {
                reaction = match &v.data {
                    YamlData::Value(Scalar::String(s)) => match OperatorPreset::from_id(s) {
                        Some(preset) => preset.reaction(),
                        None => parse_duration(s).map_err(|m| fail(v, &f, message!("file-reaction-or-preset", why = m)))?,
                    },
                    _ => duration(v, &f)?,
                }
            }
            other => unread(other, &f),
        }
    }
    if let Some((v, cp)) = cp_nodes {
        if p.control_plane != ControlPlane::SelfHosted || kind != PlatformKind::Kubernetes {
            return Err(fail(v, "platform.control_plane_nodes", message!("file-control-plane-nodes-only")));
        }
        if cp == 0 {
            return Err(fail(v, "platform.control_plane_nodes", message!("file-control-plane-needs-node")));
        }
        p.self_hosted_cp_nodes = cp;
    }
    if let Some(m) = managers {
        if kind != PlatformKind::Swarm {
            return Err(fail(n, "platform.managers", message!("file-managers-only-swarm")));
        }
        p.managers = m;
    } else {
        p.managers = if p.nodes >= 3 { 3 } else { 1 };
    }
    Ok((p, reaction))
}

/// An event's keys: `at` and each fault's ([`FAULTS`]).
fn event_keys() -> Vec<&'static str> {
    let mut keys = vec!["at"];
    for row in &FAULTS {
        if !keys.contains(&row.key) {
            keys.push(row.key);
        }
    }
    keys
}

fn event(n: &Node, field: &str) -> Result<Fault, ScenarioError> {
    let keys = event_keys();
    let entries = map(n, field, &keys)?;
    let at = match entries.iter().find(|(k, _)| *k == "at") {
        Some((_, v)) => SimTime::ZERO.plus(duration(v, &join(field, "at"))?),
        None => return Err(fail(n, field, message!("file-event-needs-at"))),
    };
    let actions: Vec<_> = entries.iter().filter(|(k, _)| *k != "at").collect();
    let [(k, v)] = actions.as_slice() else {
        return Err(fail(n, field, message!("file-event-one-action", actions = keys.get(1..).unwrap_or(&[]).join(", "), got = actions.len())));
    };
    let f = join(field, k);
    let kind = match *k {
        "kill_node" => match &v.data {
            YamlData::Mapping(_) => {
                let m = map(v, &f, &["running"])?;
                match m.first() {
                    Some((_, s)) => FaultKind::KillNode(NodeRef::Running(text(s, &join(&f, "running"))?.to_string())),
                    None => return Err(fail(v, &f, message!("file-expected-node-or-running"))),
                }
            }
            _ => FaultKind::KillNode(NodeRef::Named(text(v, &f)?.to_string())),
        },
        "restore_node" => FaultKind::RestoreNode(text(v, &f)?.to_string()),
        "kill_zone" => FaultKind::KillZone(text(v, &f)?.to_string()),
        "restore_zone" => FaultKind::RestoreZone(text(v, &f)?.to_string()),
        "crash" => FaultKind::Crash(text(v, &f)?.to_string()),
        "hang" => FaultKind::Hang(text(v, &f)?.to_string()),
        "deploy" => {
            let (mut service, mut version, mut healthy) = (None, None, true);
            for (dk, dv) in map(v, &f, &["service", "version", "healthy"])? {
                let df = join(&f, dk);
                match dk {
                    "service" => service = Some(text(dv, &df)?.to_string()),
                    "version" => {
                        version = Some(match &dv.data {
                            YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                            _ => text(dv, &df)?.to_string(),
                        })
                    }
                    _ => healthy = flag(dv, &df)?,
                }
            }
            let service = service.ok_or_else(|| fail(v, &f, message!("file-needs-key", action = "deploy", key = "service")))?;
            FaultKind::Deploy { service, version: version.unwrap_or_else(|| "v2".to_string()), healthy }
        }
        "traffic" => {
            let m = map(v, &f, &["rps"])?;
            match m.first() {
                Some((_, r)) => FaultKind::Traffic(whole(r, &join(&f, "rps"), crate::scenario::MAX_RPS)?),
                None => return Err(fail(v, &f, message!("file-expected-rps"))),
            }
        }
        // `all` (every service) or a service name; `{ service: NAME }` names a service whatever
        // it is called (one called "all").
        "config_change" => match &v.data {
            YamlData::Value(Scalar::Null) => FaultKind::ConfigChange(None),
            YamlData::Value(Scalar::String(s)) if s == "all" => FaultKind::ConfigChange(None),
            YamlData::Mapping(_) => match map(v, &f, &["service"])?.first() {
                Some((rk, rv)) => FaultKind::ConfigChange(Some(text(rv, &join(&f, rk))?.to_string())),
                None => return Err(fail(v, &f, message!("file-expected-config-target"))),
            },
            _ => FaultKind::ConfigChange(Some(text(v, &f)?.to_string())),
        },
        "resize_volume" => {
            let (mut service, mut size) = (None, None);
            for (rk, rv) in map(v, &f, &["service", "size"])? {
                match rk {
                    "service" => service = Some(text(rv, &join(&f, rk))?.to_string()),
                    _ => size = Some(gib(rv, &join(&f, rk))?),
                }
            }
            FaultKind::ResizeVolume {
                service: service.ok_or_else(|| fail(v, &f, message!("file-needs-key", action = "resize_volume", key = "service")))?,
                gib: size.ok_or_else(|| fail(v, &f, message!("file-resize-needs-size")))?,
            }
        }
        "scale" => {
            let (mut service, mut replicas) = (None, None);
            for (sk, sv) in map(v, &f, &["service", "replicas"])? {
                match sk {
                    "service" => service = Some(text(sv, &join(&f, sk))?.to_string()),
                    _ => replicas = Some(whole(sv, &join(&f, sk), u64::from(crate::scenario::MAX_REPLICAS))? as u32),
                }
            }
            FaultKind::Scale {
                service: service.ok_or_else(|| fail(v, &f, message!("file-needs-key", action = "scale", key = "service")))?,
                replicas: replicas.ok_or_else(|| fail(v, &f, message!("file-needs-key", action = "scale", key = "replicas")))?,
            }
        }
        other => unread(other, &f),
    };
    Ok(Fault { at, kind })
}

const TOP_KEYS: &[&str] = &["name", "description", "seed", "duration", "show", "platform", "timings", "services", "traffic", "events", "pricing", "situation", "story"];

const STEP_KEYS: &[&str] = &["title", "narration", "notes", "show", "panel", "play", "events", "question"];

const QUESTION_KEYS: &[&str] = &["text", "after", "platform", "service", "node", "choices"];

/// The `story:` section: a title and steps, each with its words, the platforms shown, the panel
/// in front, the time to play (`play: { from, to }`; the whole run when absent), the events that
/// fire (the file's `events:` when absent) and a question. Checked against the application by
/// [`Scenario::validate`] once the whole file is read.
fn story(n: &Node, duration: SimDuration) -> Result<crate::written::Written, ScenarioError> {
    use crate::written::{Outcome, OwnWords, Panel, Question, Target, Written, WrittenStep};
    let (mut title, mut steps) = (None, None);
    for (k, v) in map(n, "story", &["title", "steps"])? {
        match k {
            "title" => title = Some(text(v, "story.title")?.to_string()),
            _ => steps = Some(list(v, "story.steps")?),
        }
    }
    let title = title.ok_or_else(|| fail(n, "story", message!("file-story-needs-title")))?;
    let steps = steps.ok_or_else(|| fail(n, "story", message!("file-story-needs-steps")))?;
    let mut read = Vec::new();
    for (i, sn) in steps.iter().enumerate() {
        let base = format!("story.steps[{i}]");
        let mut w = WrittenStep {
            words: OwnWords::default(),
            shown: Vec::new(),
            panel: Panel::Diagrams,
            from: SimTime::ZERO,
            to: SimTime::ZERO.plus(duration),
            events: None,
            question: None,
        };
        let mut titled = false;
        for (k, v) in map(sn, &base, STEP_KEYS)? {
            let f = join(&base, k);
            match k {
                "title" => {
                    w.words.title = text(v, &f)?.to_string();
                    titled = true;
                }
                "narration" => w.words.narration = text(v, &f)?.trim_end().to_string(),
                "notes" => w.words.notes = text(v, &f)?.trim_end().to_string(),
                "show" => w.shown = show(v, &f)?,
                "panel" => {
                    let id = text(v, &f)?;
                    w.panel = Panel::ALL.into_iter().find(|p| p.id() == id).ok_or_else(|| {
                        let ids: Vec<&str> = Panel::ALL.iter().map(|p| p.id()).collect();
                        fail(v, &f, message!("file-unknown-panel", panel = id, known = ids.join(", ")))
                    })?;
                }
                "play" => {
                    for (pk, pv) in map(v, &f, &["from", "to"])? {
                        let t = SimTime::ZERO.plus(self::duration(pv, &join(&f, pk))?);
                        if pk == "from" {
                            w.from = t;
                        } else {
                            w.to = t;
                        }
                    }
                }
                "events" => w.events = Some(list(v, &f)?.iter().enumerate().map(|(j, e)| event(e, &format!("{f}[{j}]"))).collect::<Result<Vec<_>, _>>()?),
                _ => {
                    let (mut platform, mut target, mut choices) = (None, None, Vec::new());
                    for (qk, qv) in map(v, &f, QUESTION_KEYS)? {
                        let qf = join(&f, qk);
                        match qk {
                            "text" => w.words.question = text(qv, &qf)?.to_string(),
                            "after" => w.words.after = text(qv, &qf)?.trim_end().to_string(),
                            "platform" => platform = Some(platform_kind(qv, &qf)?),
                            "service" | "node" if target.is_some() => return Err(fail(qv, &qf, message!("file-question-one-target"))),
                            "service" => target = Some(Target::Service(text(qv, &qf)?.to_string())),
                            "node" => target = Some(Target::Node(text(qv, &qf)?.to_string())),
                            _ => {
                                for c in list(qv, &qf)? {
                                    let id = text(c, &qf)?;
                                    choices.push(Outcome::from_id(id).ok_or_else(|| {
                                        let ids: Vec<&str> = Outcome::FOR_SERVICE.iter().chain(&Outcome::FOR_NODE).map(|o| o.id()).collect();
                                        fail(c, &qf, message!("file-unknown-outcome", outcome = id, known = ids.join(", ")))
                                    })?);
                                }
                            }
                        }
                    }
                    w.question = Some(Question {
                        platform: platform.ok_or_else(|| fail(v, &f, message!("file-question-needs-platform")))?,
                        target: target.ok_or_else(|| fail(v, &f, message!("file-question-needs-target")))?,
                        choices,
                    });
                }
            }
        }
        if !titled {
            return Err(fail(sn, &base, message!("file-step-needs-title")));
        }
        read.push(w);
    }
    Ok(Written { title, steps: read })
}

const SITUATION_KEYS: &[&str] = &["today", "machines", "team", "deploys_per_day", "uptime_target", "zero_downtime_deploys", "node_autoscaling"];

fn platform_kind(n: &Node, field: &str) -> Result<PlatformKind, ScenarioError> {
    match text(n, field)? {
        "compose" | "docker-compose" => Ok(PlatformKind::Compose),
        "swarm" | "docker-swarm" => Ok(PlatformKind::Swarm),
        "kubernetes" | "k8s" => Ok(PlatformKind::Kubernetes),
        other => Err(fail(n, field, message!("file-unknown-platform", platform = other))),
    }
}

/// The `situation:` section: what the team runs today and needs (the advisor's inputs).
fn situation(n: &Node) -> Result<Situation, ScenarioError> {
    let mut s = Situation::default();
    for (k, v) in map(n, "situation", SITUATION_KEYS)? {
        let f = join("situation", k);
        match k {
            "today" => s.today = platform_kind(v, &f)?,
            "machines" => s.machines = whole(v, &f, u64::from(crate::scenario::MAX_NODES))? as u32,
            "team" => s.team = whole(v, &f, 100_000)? as u32,
            "deploys_per_day" => s.deploys_per_day = whole(v, &f, 10_000)? as u32,
            "uptime_target" => {
                let pct = number(v, &f, 100.0)?;
                if !(50.0..=99.999).contains(&pct) {
                    return Err(fail(v, &f, message!("file-uptime-target", got = pct.to_string())));
                }
                s.uptime_target = (pct * 1_000.0).round() as u32;
            }
            "zero_downtime_deploys" => s.zero_downtime_deploys = flag(v, &f)?,
            "node_autoscaling" => s.node_autoscaling = flag(v, &f)?,
            other => unread(other, &f),
        }
    }
    s.validate().map_err(|mut e| {
        e.line = Some(n.span.start.line());
        e
    })?;
    Ok(s)
}

fn number(n: &Node, field: &str, max: f64) -> Result<f64, ScenarioError> {
    let v = match &n.data {
        YamlData::Value(Scalar::Integer(i)) => *i as f64,
        YamlData::Value(Scalar::FloatingPoint(f)) => f.0,
        _ => return Err(fail(n, field, message!("file-expected-number", got = describe(n)))),
    };
    if !v.is_finite() || v < 0.0 || v > max {
        return Err(fail(n, field, message!("bad-between", min = 0u32, max = max.to_string(), got = v.to_string())));
    }
    Ok(v)
}

/// A figure a person enters, in its range (the same the app's fields accept).
fn figure(n: &Node, field: &str, which: Figure) -> Result<f64, ScenarioError> {
    let v = number(n, field, f64::MAX)?;
    which.check(v).map_err(|m| fail(n, field, m))
}

/// A mean time between failures as a duration ("720h", "1y" is not a unit: "8760h"), in hours.
fn hours(n: &Node, field: &str) -> Result<f64, ScenarioError> {
    let h = duration(n, field)?.as_secs_f64() / 3_600.0;
    Figure::Mtbf.check(h).map_err(|_| fail(n, field, message!("file-mtbf", max = Figure::Mtbf.range().1)))
}

/// What the `pricing:` section says: the command line's cost inputs and failure rates (defaults
/// where a key is absent), and the same figures as the app keeps them.
struct PricingRead {
    inputs: CostInputs,
    rates: FailureRates,
    kept: Pricing,
}

/// The `pricing:` section: provider preset, rates and failure rates for `hafen-sim --costs`.
fn pricing(n: &Node) -> Result<PricingRead, ScenarioError> {
    let mut inputs = CostInputs::default();
    let mut rates = FailureRates::default();
    let mut kept = Pricing::default();
    for (k, v) in map(n, "pricing", &["preset", "ops_rate", "downtime_cost_per_hour", "usd_per_eur", "horizon", "node_mtbf", "replica_mtbf", "hang_mtbf"])? {
        let f = join("pricing", k);
        match k {
            "preset" => {
                let id = text(v, &f)?;
                inputs.prices = price_table(id).ok_or_else(|| {
                    let known: Vec<&str> = price_tables().iter().map(|t| t.id).collect();
                    fail(v, &f, message!("file-unknown-price-table", table = id, known = known.join(", ")))
                })?;
                kept.prices = id.to_string();
            }
            "ops_rate" => {
                kept.ops_rate = figure(v, &f, Figure::OpsRate)?;
                inputs.people.rate = Span::fixed(kept.ops_rate);
            }
            "downtime_cost_per_hour" => {
                kept.downtime_per_hour = figure(v, &f, Figure::DowntimeCost)?;
                inputs.downtime_per_hour.0 = kept.downtime_per_hour;
            }
            "usd_per_eur" => {
                kept.usd_per_eur = Some(figure(v, &f, Figure::UsdPerEur)?);
                inputs.usd_per_eur = kept.usd_per_eur;
            }
            "horizon" => kept.horizon = figure(v, &f, Figure::Horizon)? as u32,
            "node_mtbf" => {
                rates.node_mtbf_hours = hours(v, &f)?;
                kept.node_mtbf_hours = rates.node_mtbf_hours;
            }
            "replica_mtbf" => {
                rates.replica_mtbf_hours = hours(v, &f)?;
                kept.replica_mtbf_hours = rates.replica_mtbf_hours;
            }
            "hang_mtbf" => {
                rates.hang_mtbf_hours = hours(v, &f)?;
                kept.hang_mtbf_hours = rates.hang_mtbf_hours;
            }
            other => unread(other, &f),
        }
    }
    Ok(PricingRead { inputs, rates, kept })
}

/// `show: [compose, kubernetes]`: the platforms the app compares, two or three, each once.
fn show(n: &Node, field: &str) -> Result<Vec<PlatformKind>, ScenarioError> {
    let items = list(n, field)?;
    let shown = items.iter().map(|item| platform_kind(item, field)).collect::<Result<Vec<_>, _>>()?;
    // The line of the platform listed twice, else of the list.
    crate::scenario::check_shown(&shown).map_err(|(at, m)| fail(at.and_then(|i| items.get(i)).unwrap_or(n), field, m))?;
    Ok(shown)
}

/// Reads a scenario file and its `pricing:` section (defaults when absent).
pub fn parse_scenario_with_pricing(source: &str) -> Result<(Scenario, CostInputs, FailureRates), ScenarioError> {
    let read = parse(source)?;
    let (inputs, rates) = read.pricing.map(|p| (p.inputs, p.rates)).unwrap_or_default();
    Ok((read.scenario, inputs, rates))
}

/// Reads a scenario file. Errors name the field and the line; nothing panics, whatever the input.
pub fn parse_scenario(source: &str) -> Result<Scenario, ScenarioError> {
    parse(source).map(|read| read.scenario)
}

/// Reads a scenario file as the app keeps it: the scenario, its pricing inputs (defaults when
/// absent) and the platforms `show:` lists (Compose and Kubernetes when absent). What
/// [`crate::export::scenario::scenario_yaml`] writes reads back to an equal document.
pub fn parse_document(source: &str) -> Result<Document, ScenarioError> {
    let read = parse(source)?;
    // Valid as a whole: `parse` validated the scenario, and `pricing` and `show` each figure as read
    // (with its line); checked again in tests only.
    let doc = Document {
        scenario: read.scenario,
        pricing: read.pricing.map(|p| p.kept).unwrap_or_default(),
        shown: read.shown.unwrap_or_else(|| vec![PlatformKind::Compose, PlatformKind::Kubernetes]),
        story: read.story,
    };
    debug_assert_eq!(doc.validate(), Ok(()), "a file read as valid breaks a document rule");
    Ok(doc)
}

/// Everything one read of a file gives.
struct Read {
    scenario: Scenario,
    story: Option<std::rc::Rc<crate::written::Written>>,
    pricing: Option<PricingRead>,
    shown: Option<Vec<PlatformKind>>,
}

/// The scenario, its `pricing:` section and `show:`, if any, from one read of the YAML.
fn parse(source: &str) -> Result<Read, ScenarioError> {
    if source.len() > MAX_FILE_BYTES {
        return Err(err("file", message!("file-too-large", most = MAX_FILE_BYTES / 1024)));
    }
    check_nesting(source)?;
    let docs = MarkedYaml::load_from_str(source).map_err(|e| ScenarioError {
        field: "YAML".into(),
        message: message!("yaml-malformed", why = e.info()),
        line: Some(e.marker().line()),
    })?;
    let root = match docs.as_slice() {
        [one] => one,
        [] => return Err(err("file", message!("file-empty"))),
        [_, second, ..] => return Err(fail(second, "file", message!("file-one-scenario"))),
    };
    let entries = map(root, "", TOP_KEYS)?;
    let get = |key: &str| entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let name = match get("name") {
        Some(v) => text(v, "name")?.to_string(),
        None => "scenario".to_string(),
    };
    let seed = match get("seed") {
        Some(v) => match &v.data {
            YamlData::Value(Scalar::Integer(i)) if *i >= 0 => *i as u64,
            YamlData::Value(Scalar::Integer(i)) => return Err(fail(v, "seed", message!("bad-negative", got = i.to_string()))),
            _ => return Err(fail(v, "seed", message!("file-expected-seed", got = describe(v)))),
        },
        None => 0,
    };
    let duration = match get("duration") {
        Some(v) => duration(v, "duration")?,
        None => SimDuration::from_hours(1),
    };
    let (platform, reaction) = match get("platform") {
        Some(v) => platform(v, source)?,
        None => return Err(fail(root, "platform", message!("file-where-it-runs"))),
    };
    let mut t = Timings::documented(platform.kubernetes_version);
    t.operator_reaction = reaction;
    if let Some(v) = get("timings") {
        timings(v, &mut t)?;
    }
    let services_node = get("services").ok_or_else(|| fail(root, "services", message!("file-needs-services")))?;
    let services = list(services_node, "services")?
        .iter()
        .enumerate()
        .map(|(i, s)| service(s, &format!("services[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let traffic = match get("traffic") {
        Some(v) => {
            let (mut entry, mut rps) = (None, None);
            for (k, tv) in map(v, "traffic", &["entry", "rps"])? {
                match k {
                    "entry" => entry = Some(text(tv, "traffic.entry")?.to_string()),
                    _ => rps = Some(whole(tv, "traffic.rps", crate::scenario::MAX_RPS)?),
                }
            }
            Some(Traffic {
                entry: entry.ok_or_else(|| fail(v, "traffic", message!("file-traffic-needs-entry")))?,
                rps: rps.unwrap_or(0),
            })
        }
        None => None,
    };
    let faults = match get("events") {
        Some(v) => list(v, "events")?.iter().enumerate().map(|(i, e)| event(e, &format!("events[{i}]"))).collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let pricing = get("pricing").map(pricing).transpose()?;
    let shown = get("show").map(|n| show(n, "show")).transpose()?;
    let situation = get("situation").map(situation).transpose()?.unwrap_or_default();
    let story = get("story").map(|n| story(n, duration)).transpose()?.map(std::rc::Rc::new);
    let sc = Scenario {
        name: name.clone(),
        topology: Topology { name, services },
        platform,
        timings: t,
        traffic,
        faults,
        seed,
        duration,
        situation,
    };
    // Semantic checks, the story's against the application; point at the list entry, or the key,
    // the error names.
    sc.validate().and_then(|()| story.as_ref().map_or(Ok(()), |s| s.validate(&sc))).map_err(|mut e| {
        if e.line.is_none() {
            e.line = locate(&e.field, services_node, get("events"), get("story")).or_else(|| key_line(&e.field, &entries));
        }
        e
    })?;
    Ok(Read { scenario: sc, story, pricing, shown })
}

/// The line of the key a field path names ("duration", "platform.managers", "timings.hpa_sync",
/// "services.depends_on" → the `services:` key), for errors found after reading.
fn key_line(field: &str, top: &[(&str, &Node)]) -> Option<usize> {
    let path = field.split([' ', '/']).next().unwrap_or(field);
    let mut parts = path.split('.');
    let first = parts.next()?;
    let (_, section) = top.iter().find(|(k, _)| *k == first)?;
    if let (Some(second), YamlData::Mapping(m)) = (parts.next(), &section.data) {
        for (k, v) in m.iter() {
            if matches!(&k.data, YamlData::Value(Scalar::String(name)) if name.as_ref() == second) {
                return Some(v.span.start.line());
            }
        }
    }
    Some(section.span.start.line())
}

/// The line of `services[i]`, `events[i]` or `story.steps[i]` named in a field path.
fn locate(field: &str, services: &Node, events: Option<&Node>, story: Option<&Node>) -> Option<usize> {
    let (list_node, rest) = if let Some(rest) = field.strip_prefix("services[") {
        (services, rest)
    } else if let Some(rest) = field.strip_prefix("story.steps[") {
        let YamlData::Mapping(m) = &story?.data else { return None };
        let steps = m.iter().find(|(k, _)| matches!(&k.data, YamlData::Value(Scalar::String(s)) if s.as_ref() == "steps")).map(|(_, v)| v)?;
        (steps, rest)
    } else {
        (events?, field.strip_prefix("events[")?)
    };
    let idx: usize = rest.split(']').next()?.parse().ok()?;
    match &list_node.data {
        YamlData::Sequence(s) => s.get(idx).map(|n| n.span.start.line()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units_and_refuse_overflow() {
        assert_eq!(parse_duration("500ms"), Ok(SimDuration(500)));
        assert_eq!(parse_duration("15m"), Ok(SimDuration::from_mins(15)));
        assert_eq!(parse_duration("1h30m"), Ok(SimDuration::from_mins(90)));
        assert!(parse_duration("10").is_err_and(|e| e.to_string().contains("needs a unit")));
        assert!(parse_duration("99999999999999999999s").is_err());
        assert!(parse_duration("9999999999999999h").is_err_and(|e| e.to_string().contains("too long")));
        assert!(parse_duration("-5s").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }

    /// A scenario file with one timing line, `key: value` under `timings:` (or `platform:`).
    fn with_timing(key: &crate::defaults::TimingKey, value: &str) -> String {
        let line = format!("{}: {value}", key.key);
        if key.in_timings() {
            format!("platform: {{ kind: kubernetes }}\nservices:\n  - {{ name: api }}\ntimings:\n  {line}\n")
        } else {
            format!("platform: {{ kind: kubernetes, {line} }}\nservices:\n  - {{ name: api }}\n")
        }
    }

    #[test]
    fn every_timing_in_the_table_is_read_into_its_own_field_and_refused_out_of_bounds_with_its_line() {
        use crate::defaults::{Value, TIMINGS};
        for key in TIMINGS {
            // A value different from every default, inside the bounds; and one outside them.
            let (ok, bad) = match key.value {
                Value::Period(..) => ("1234ms", Some("0ms")),
                Value::Span(..) => ("1234ms", Some("9000h")),
                Value::Count(_, _, lo, _) => ("7", (lo > 0).then_some("0")),
                Value::Percent(_, _, most) => ("7", (most < 1_000).then_some("101")),
            };
            let read = |t: &Timings| match key.value {
                Value::Period(get, _) | Value::Span(get, _) => get(t) == SimDuration(1_234),
                Value::Count(get, ..) | Value::Percent(get, ..) => get(t) == 7,
            };
            let sc = parse_scenario(&with_timing(key, ok)).unwrap_or_else(|e| panic!("{}: {e}", key.key));
            assert!(read(&sc.timings), "{} was not read into its own field", key.key);
            // Only this field moved.
            let others = TIMINGS.iter().filter(|o| o.key != key.key && !o.same(&sc.timings, &Timings::default()));
            assert_eq!(others.map(|o| o.key).collect::<Vec<_>>(), Vec::<&str>::new(), "setting {} changed other timings", key.key);
            if let Some(bad) = bad {
                let e = parse_scenario(&with_timing(key, bad)).expect_err(key.key);
                assert_eq!((e.field.as_str(), e.line.is_some()), (key.path().as_str(), true), "{}: {e}", key.key);
                assert!(["at least 100 ms", "at most a year", "between 1 and", "at most 100 %"].iter().any(|m| e.message.to_string().replace('\u{a0}', " ").contains(m)), "{}: {e}", key.key);
            }
        }
    }

    #[test]
    fn the_readme_lists_exactly_the_overridable_timings() {
        let readme = include_str!("../../../scenarios/README.md");
        let list = readme.split("Overridable timings").nth(1).and_then(|s| s.split("\n\n").next()).expect("README section");
        let listed: Vec<&str> = list.split('`').skip(3).step_by(2).collect();
        let keys: Vec<&str> = crate::defaults::TIMINGS.iter().filter(|k| k.in_timings()).map(|k| k.key).collect();
        let (mut a, mut b) = (listed.clone(), keys.clone());
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "scenarios/README.md lists {listed:?}");
    }
}
