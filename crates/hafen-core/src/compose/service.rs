//! One compose service into a Hafen service, key by key (the rules are in `mod.rs`).

use super::tree::{N, V};
use super::{Assumption, Note, Warning, ASSUMED_VOLUME_GIB};
use crate::scenario::ScenarioError;
use crate::message::{Message, Value};
use crate::time::SimDuration;
use crate::topology::{HpaBehavior, Probe, RestartPolicy, Service, ServiceKind};

/// A service as read, with what the import needs besides it.
pub struct Read {
    /// The Hafen service.
    pub service: Service,
    /// Whether it publishes a port on the host (`ports:`).
    pub publishes: bool,
    /// Its place in the file.
    pub order: usize,
    /// The line of its `depends_on`, if any.
    pub depends_line: Option<usize>,
}

/// Service keys of the Compose Specification that the simulation reads.
const READ: [&str; 14] = ["image", "build", "deploy", "restart", "healthcheck", "depends_on", "volumes", "ports", "expose", "profiles", "cpus", "mem_limit", "mem_reservation", "scale"];

/// Service keys of the Compose Specification that it does not use (each warned about).
const NOT_SIMULATED: [&str; 78] = [
    "annotations", "attach", "blkio_config", "cap_add", "cap_drop", "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count",
    "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpuset", "credential_spec", "develop",
    "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "driver_opts", "entrypoint", "env_file", "environment", "extends",
    "external_links", "extra_hosts", "gpus", "group_add", "hostname", "init", "ipc", "isolation", "labels", "label_file", "links", "logging",
    "mac_address", "memswap_limit", "mem_swappiness", "models", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
    "platform", "post_start", "pre_stop", "privileged", "provider", "pull_policy", "read_only", "runtime", "secrets", "security_opt", "shm_size",
    "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode",
    "uts", "volumes_from", "working_dir",
];

/// The kind an image's name says: its last path segment, without tag or digest.
pub fn kind_of_image(image: &str) -> Option<ServiceKind> {
    let repo = image.split('@').next().unwrap_or(image);
    let last = repo.rsplit('/').next().unwrap_or(repo);
    let name = last.split(':').next().unwrap_or(last).to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&["postgres", "postgis", "mysql", "mariadb", "mongo"]) {
        Some(ServiceKind::Database)
    } else if has(&["redis", "memcached", "valkey"]) {
        Some(ServiceKind::Cache)
    } else if has(&["rabbitmq", "kafka", "nats"]) {
        Some(ServiceKind::Queue)
    } else if has(&["nginx", "traefik", "caddy", "haproxy"]) {
        Some(ServiceKind::Ingress)
    } else {
        None
    }
}

/// The kind a service's name says when its image does not: a worker, a frontend, else a backend.
pub fn kind_of_name(name: &str) -> ServiceKind {
    let n = name.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    if has(&["worker", "celery", "sidekiq", "cron", "job", "consumer", "scheduler"]) {
        ServiceKind::Worker
    } else if has(&["front", "web", "ui", "client", "site", "portal"]) {
        ServiceKind::Frontend
    } else {
        kind_of_image(name).unwrap_or(ServiceKind::Backend)
    }
}

/// Compose durations: Go's form, "1m30s", "1.5s", "500ms", "2h".
pub fn duration(s: &str) -> Option<SimDuration> {
    let mut total = 0.0_f64;
    let mut rest = s.trim();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let value: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let ms = match &rest[..unit_end] {
            "h" => 3_600_000.0,
            "m" => 60_000.0,
            "s" => 1_000.0,
            "ms" => 1.0,
            "us" | "µs" => 0.001,
            _ => return None,
        };
        total += value * ms;
        rest = &rest[unit_end..];
    }
    (total.is_finite() && total <= 1e12).then(|| SimDuration(total.round() as u64))
}

/// Compose byte amounts: "512m", "1g", "1.5gb", "1073741824" (bytes) → MiB (at least 1).
pub fn mebibytes(s: &str) -> Option<u32> {
    let t = s.trim().to_ascii_lowercase();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let value: f64 = t[..split].parse().ok()?;
    let bytes = match t[split..].trim() {
        "" | "b" => value,
        "k" | "kb" | "ki" | "kib" => value * 1024.0,
        "m" | "mb" | "mi" | "mib" => value * 1_048_576.0,
        "g" | "gb" | "gi" | "gib" => value * 1_073_741_824.0,
        "t" | "tb" | "ti" | "tib" => value * 1_099_511_627_776.0,
        _ => return None,
    };
    let mib = (bytes / 1_048_576.0).ceil();
    (mib.is_finite() && mib <= f64::from(u32::MAX)).then(|| (mib as u32).max(1))
}

/// CPU cores as Compose writes them ("0.5", 2) → millicores.
fn millicores(n: &N) -> Option<u32> {
    let cores: f64 = match &n.v {
        V::Int(i) => *i as f64,
        V::Float(f) => *f,
        V::Str(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    (cores.is_finite() && cores > 0.0 && cores <= 100_000.0).then(|| ((cores * 1000.0).round() as u32).max(1))
}

struct Ctx<'w> {
    service: String,
    warnings: &'w mut Vec<Warning>,
    /// A memory reservation was given (`deploy.resources.reservations.memory`, `mem_reservation`):
    /// the request is that, not the limit.
    memory_reserved: bool,
}

impl Ctx<'_> {
    fn warn(&mut self, key: impl Into<String>, line: usize, note: Note) {
        self.warnings.push(Warning { service: Some(self.service.clone()), key: key.into(), line: Some(line), note });
    }

    fn bad(&mut self, key: &str, n: &N, expected: Message) {
        let shown = n.scalar().map_or_else(|| Value::from(n.describe()), Value::from);
        self.warn(key, n.line, Note::BadValue(shown, expected));
    }
}

/// A whole number ≥ 0 from an int or its text.
fn count(n: &N) -> Option<u32> {
    match &n.v {
        V::Int(i) => u32::try_from(*i).ok(),
        V::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Reads service `name`.
pub fn read(name: &str, order: usize, node: &N, named_volumes: &[String], warnings: &mut Vec<Warning>) -> Result<Read, ScenarioError> {
    let mut cx = Ctx { service: name.to_string(), warnings, memory_reserved: false };
    let entries = node.entries().unwrap_or_default();
    for (k, v) in entries {
        if READ.contains(&k.as_str()) || k.starts_with("x-") {
            continue;
        }
        let note = if NOT_SIMULATED.contains(&k.as_str()) { Note::NotSimulated } else { Note::Unknown };
        cx.warn(k.as_str(), v.line, note);
    }
    let image = node.get("image").and_then(N::scalar);
    let kind = match (&image, node.get("build")) {
        (Some(img), _) => kind_of_image(img).unwrap_or_else(|| kind_of_name(name)),
        (None, Some(b)) => {
            cx.warn("build", b.line, Note::OnlyBuild);
            kind_of_name(name)
        }
        (None, None) => return Err(ScenarioError { field: format!("services.{name}"), message: crate::message!("compose-needs-image"), line: Some(node.line) }),
    };
    let mut s = Service::new(name, kind);
    // The image is kept (the exports write it); one Docker would not read is said, and left out.
    if let (Some(img), Some(n)) = (&image, node.get("image")) {
        match crate::fields::check_image(img) {
            Ok(()) => s.image = Some(img.clone()),
            Err(_) => cx.bad("image", n, crate::message!("expect-image")),
        }
    }

    // Replicas.
    let deploy = node.get("deploy");
    if let Some(n) = node.get("scale") {
        match count(n) {
            Some(r) => s.replicas = r,
            None => cx.bad("scale", n, crate::message!("yaml-whole-number")),
        }
    }
    if let Some(d) = deploy {
        deploy_keys(&mut cx, d, &mut s);
    }

    // Resources not under deploy:.
    if let Some(n) = node.get("cpus") {
        match millicores(n) {
            Some(m) => s.cpu_limit = Some(m),
            None => cx.bad("cpus", n, crate::message!("expect-cpu-cores")),
        }
    }
    for key in ["mem_reservation", "mem_limit"] {
        if let Some(n) = node.get(key) {
            match (n.scalar().as_deref().and_then(mebibytes), key) {
                (Some(m), "mem_limit") => s.memory_limit = Some(m),
                (Some(m), _) => {
                    s.memory_mib = m;
                    cx.memory_reserved = true;
                }
                (None, _) => cx.bad(key, n, crate::message!("expect-memory-lower")),
            }
        }
    }
    // A memory limit is a limit (`resources.limits.memory`). Hafen schedules by the request: the
    // reservation if one is given, else the limit, as Kubernetes copies a limit into a request
    // left unset (docs: "Resource Management for Pods and Containers"); never above the limit.
    if let Some(l) = s.memory_limit {
        if !cx.memory_reserved || s.memory_mib > l {
            s.memory_mib = l;
        }
    }
    let resources_given = deploy.and_then(|d| d.get("resources")).is_some() || ["cpus", "mem_limit", "mem_reservation"].iter().any(|k| node.get(k).is_some());
    if !resources_given {
        cx.warn("deploy.resources", node.line, Note::Assumed(Assumption::Resources(s.cpu_millis, s.memory_mib)));
    } else if s.cpu_limit.is_some_and(|l| l < s.cpu_millis) {
        // A limit below the default request: the request follows the limit.
        s.cpu_millis = s.cpu_limit.unwrap_or(s.cpu_millis);
    }

    // Restart: deploy.restart_policy wins over restart: (compose-spec deploy.md).
    let from_deploy = deploy.and_then(|d| d.get("restart_policy")).and_then(|r| r.get("condition"));
    if let Some(c) = from_deploy {
        match c.scalar().as_deref() {
            Some("any") => s.restart = RestartPolicy::Always,
            Some("on-failure") => s.restart = RestartPolicy::OnFailure,
            Some("none") => s.restart = RestartPolicy::No,
            _ => cx.bad("deploy.restart_policy.condition", c, crate::message!("expect-condition")),
        }
    } else if let Some(r) = node.get("restart") {
        let text = r.scalar().unwrap_or_default();
        // `on-failure[:max-retries]`: the retry limit is not simulated.
        let (policy, retries) = text.split_once(':').map_or((text.as_str(), None), |(p, n)| (p, Some(n)));
        match RestartPolicy::from_id(policy) {
            Some(p) => s.restart = p,
            None if text == "false" => s.restart = RestartPolicy::No,
            None => cx.bad("restart", r, crate::message!("expect-restart")),
        }
        if retries.is_some() {
            cx.warn("restart", r.line, Note::NotSimulated);
        }
    }

    // Health check: HEALTHCHECK and both Kubernetes probes, with the same timings.
    if let Some(h) = node.get("healthcheck") {
        if let Some(probe) = healthcheck(&mut cx, h) {
            s.liveness = Some(probe.clone());
            s.readiness = Some(probe);
        }
    }

    // Dependencies.
    let mut depends_line = None;
    if let Some(d) = node.get("depends_on") {
        depends_line = Some(d.line);
        match &d.v {
            V::Seq(items) => s.depends_on = items.iter().filter_map(N::scalar).collect(),
            V::Map(m) => {
                for (dep, how) in m {
                    s.depends_on.push(dep.clone());
                    if let Some(c) = how.get("condition").and_then(N::scalar).filter(|c| c != "service_started") {
                        cx.warn(format!("depends_on.{dep}.condition"), how.line, Note::StartOrder { condition: c, dependency: dep.clone() });
                    }
                    for (k, v) in how.entries().unwrap_or_default() {
                        if k != "condition" {
                            cx.warn(format!("depends_on.{dep}.{k}"), v.line, Note::NotSimulated);
                        }
                    }
                }
            }
            _ => cx.bad("depends_on", d, crate::message!("expect-services")),
        }
    }

    // Volumes: a named volume makes it stateful; bind mounts and tmpfs are not simulated.
    if let Some(vols) = node.get("volumes") {
        let V::Seq(items) = &vols.v else {
            cx.bad("volumes", vols, crate::message!("expect-mounts"));
            return Ok(Read { service: s, publishes: publishes(node), order, depends_line });
        };
        for (i, m) in items.iter().enumerate() {
            let key = format!("volumes[{i}]");
            let (kind, source) = match (&m.v, m.get("type").and_then(N::scalar), m.get("source").and_then(N::scalar)) {
                (V::Str(short), ..) => {
                    let source = short.split(':').next().unwrap_or("").to_string();
                    let named = !source.is_empty() && !source.starts_with(['.', '/', '~', '$']) && short.contains(':');
                    (if named { "volume" } else if short.contains(':') { "bind" } else { "anonymous" }.to_string(), source)
                }
                (V::Map(_), Some(t), src) => (t, src.unwrap_or_default()),
                _ => {
                    cx.bad(&key, m, crate::message!("expect-mount"));
                    continue;
                }
            };
            match kind.as_str() {
                "volume" if named_volumes.contains(&source) || !source.is_empty() => {
                    if !named_volumes.contains(&source) {
                        cx.warn(&key, m.line, Note::BadValue(Value::from(&source), crate::message!("expect-declared-volume")));
                    }
                    if !s.stateful {
                        s.stateful = true;
                        s.volume_gib = Some(ASSUMED_VOLUME_GIB);
                        cx.warn(&key, m.line, Note::Assumed(Assumption::VolumeSize(ASSUMED_VOLUME_GIB)));
                    }
                }
                "bind" => cx.warn(&key, m.line, Note::BindMount(source)),
                _ => cx.warn(&key, m.line, Note::NotSimulated),
            }
        }
    }
    // A fixed host port and more than one replica: `docker compose up` starts one, the others fail
    // to bind the port.
    if s.replicas > 1 && s.compose_replicas.is_none() {
        if let Some(p) = node.get("ports").filter(|p| fixed_host_port(p)) {
            s.compose_replicas = Some(1);
            cx.warn("ports", p.line, Note::PortClash(s.replicas));
        }
    }
    if let Some(x) = node.get("x-hafen") {
        hafen_fields(&mut cx, x, &mut s);
    }
    for key in ["ports", "expose"] {
        if let Some(p) = node.get(key) {
            if !matches!(p.v, V::Seq(_)) {
                cx.bad(key, p, crate::message!("yaml-list"));
            }
        }
    }
    Ok(Read { publishes: publishes(node), service: s, order, depends_line })
}

/// A duration in Hafen's form ("5s", "1500ms").
fn hafen_duration(cx: &mut Ctx, key: &str, n: &N) -> Option<SimDuration> {
    let d = n.scalar().and_then(|t| crate::units::parse_duration(&t).ok());
    if d.is_none() {
        cx.bad(key, n, crate::message!("expect-duration"));
    }
    d
}

/// A probe in Hafen's form: `false`, or a map of its timings.
fn hafen_probe(cx: &mut Ctx, key: &str, n: &N) -> Option<Probe> {
    if n.v == V::Bool(false) {
        return None;
    }
    let mut p = Probe::default();
    for (k, v) in n.entries().unwrap_or_default() {
        let key = format!("{key}.{k}");
        match k.as_str() {
            "period" => p.period = hafen_duration(cx, &key, v),
            "timeout" => p.timeout = hafen_duration(cx, &key, v),
            "initial_delay" => p.initial_delay = hafen_duration(cx, &key, v),
            "start_period" => p.start_period = hafen_duration(cx, &key, v),
            "start_interval" => p.start_interval = hafen_duration(cx, &key, v),
            "failure_threshold" => p.failure_threshold = count(v),
            _ => cx.warn(&key, v.line, Note::Unknown),
        }
    }
    Some(p)
}

/// An autoscaler's `behavior` in Hafen's form: `default`, or a map of its fields (`None`, with a
/// warning, when it is neither).
fn hafen_behavior(cx: &mut Ctx, key: &str, n: &N) -> Option<HpaBehavior> {
    if n.scalar().as_deref() == Some("default") {
        return Some(HpaBehavior::default());
    }
    let Some(entries) = n.entries() else {
        cx.bad(key, n, crate::message!("expect-autoscale-behavior"));
        return None;
    };
    let mut b = HpaBehavior::default();
    for (k, v) in entries {
        let key = format!("{key}.{k}");
        match k.as_str() {
            "scale_up_pods" => b.scale_up_pods = count(v),
            "scale_up_percent" => b.scale_up_percent = count(v),
            "scale_up_window" => b.scale_up_window = hafen_duration(cx, &key, v),
            "scale_down_window" => b.scale_down_window = hafen_duration(cx, &key, v),
            _ => cx.warn(&key, v.line, Note::Unknown),
        }
    }
    Some(b)
}

/// `x-hafen:`, written by Hafen's own export: what Compose does not say (kind, start-up,
/// capacity, version, the cluster's replicas, readiness and start-up probes, autoscaler…), so an
/// exported file imports to the same application.
fn hafen_fields(cx: &mut Ctx, x: &N, s: &mut Service) {
    for (k, v) in x.entries().unwrap_or_default() {
        let key = format!("x-hafen.{k}");
        match k.as_str() {
            "kind" => match v.scalar().and_then(|t| ServiceKind::ALL.into_iter().find(|kind| kind.id() == t)) {
                Some(kind) => s.kind = kind,
                None => cx.bad(&key, v, crate::message!("expect-kind")),
            },
            "replicas" => match count(v) {
                Some(r) => {
                    // deploy.replicas was Compose's count; this one is the cluster's.
                    if r != s.replicas {
                        s.compose_replicas = Some(s.replicas);
                    }
                    s.replicas = r;
                }
                None => cx.bad(&key, v, crate::message!("yaml-whole-number")),
            },
            "compose_replicas" => match count(v) {
                Some(r) => s.compose_replicas = Some(r),
                None => cx.bad(&key, v, crate::message!("yaml-whole-number")),
            },
            "startup" => {
                if let Some(d) = hafen_duration(cx, &key, v) {
                    s.startup = d;
                }
            }
            "volume" => match v.scalar().and_then(|t| crate::units::parse_memory(&t).ok()) {
                Some(mib) => {
                    s.volume_gib = Some(mib.div_ceil(1024).max(1));
                    cx.warnings.retain(|w| !(w.service.as_deref() == Some(cx.service.as_str()) && matches!(w.note, Note::Assumed(Assumption::VolumeSize(_)))));
                }
                None => cx.bad(&key, v, crate::message!("expect-size")),
            },
            "readiness" => s.readiness = hafen_probe(cx, &key, v),
            "startup_probe" => s.startup_probe = hafen_probe(cx, &key, v),
            "depends_on" => {
                if let V::Seq(items) = &v.v {
                    for d in items.iter().filter_map(N::scalar) {
                        if !s.depends_on.contains(&d) {
                            s.depends_on.push(d);
                        }
                    }
                }
            }
            "autoscale" => {
                let get = |name: &str| v.get(name).and_then(count);
                match (get("min"), get("max"), get("cpu")) {
                    (Some(min), Some(max), Some(cpu_percent)) => {
                        let mut a = crate::topology::Autoscaler::new(min, max, cpu_percent);
                        if let Some(b) = v.get("behavior") {
                            a.behavior = hafen_behavior(cx, &format!("{key}.behavior"), b);
                        }
                        s.autoscale = Some(a);
                    }
                    _ => cx.bad(&key, v, crate::message!("expect-autoscale")),
                }
            }
            "restart" => match v.scalar().as_deref().and_then(RestartPolicy::from_id) {
                Some(p) => s.restart = p,
                None => cx.bad(&key, v, crate::message!("expect-restart-policy")),
            },
            "version" => {
                if let Some(t) = v.scalar() {
                    s.version = t;
                }
            }
            // `image: false`: the service's `image:` is Hafen's stand-in, the service has none of its own.
            "image" if v.v == V::Bool(false) => s.image = None,
            other => match crate::fields::SERVICE_FIELDS.iter().find(|r| r.x_hafen && r.key == other) {
                // Bounds are checked with the rest of the scenario.
                Some(row) => {
                    let read = match row.value {
                        crate::fields::Value::Duration { .. } => hafen_duration(cx, &key, v).map(|d| format!("{}ms", d.as_millis())),
                        _ => v.scalar(),
                    };
                    if row.set_text(s, read.as_deref()).is_err() {
                        let expected = match row.value {
                            crate::fields::Value::Duration { .. } => crate::message!("expect-duration"),
                            crate::fields::Value::Count { .. } => crate::message!("yaml-whole-number"),
                            crate::fields::Value::Text { .. } | crate::fields::Value::Own { .. } => crate::message!("expect-image"),
                        };
                        cx.bad(&key, v, expected);
                    }
                }
                None => cx.warn(&key, v.line, Note::Unknown),
            },
        }
    }
    // The compose count equal to the cluster's is no count of its own.
    if s.compose_replicas == Some(s.replicas) {
        s.compose_replicas = None;
    }
}

/// Whether `ports:` binds a fixed host port ("8080:80", "127.0.0.1:8080:80", `published: 80`),
/// not one Docker picks ("80", "8000-8010:80" ranges aside).
fn fixed_host_port(p: &N) -> bool {
    let V::Seq(items) = &p.v else { return false };
    items.iter().any(|i| match (&i.v, i.get("published")) {
        (V::Map(_), Some(published)) => published.scalar().is_some_and(|v| !v.is_empty() && !v.contains('-')),
        (V::Str(short), _) => short.rsplit_once(':').is_some_and(|(host, _)| {
            let port = host.rsplit(':').next().unwrap_or(host);
            !port.is_empty() && !port.contains('-') && port.chars().all(|c| c.is_ascii_digit())
        }),
        _ => false,
    })
}

/// Whether `ports:` publishes anything on the host.
fn publishes(node: &N) -> bool {
    matches!(node.get("ports").map(|p| &p.v), Some(V::Seq(items)) if !items.is_empty())
}

/// `deploy:` (compose-spec deploy.md).
fn deploy_keys(cx: &mut Ctx, d: &N, s: &mut Service) {
    for (k, v) in d.entries().unwrap_or_default() {
        match k.as_str() {
            "replicas" => match count(v) {
                Some(r) => s.replicas = r,
                None => cx.bad("deploy.replicas", v, crate::message!("yaml-whole-number")),
            },
            "mode" => match v.scalar().as_deref() {
                Some("replicated") | Some("replicated-job") => {}
                Some("global") | Some("global-job") => {
                    s.replicas = super::CLUSTER_NODES;
                    cx.warn("deploy.mode", v.line, Note::Global(super::CLUSTER_NODES));
                }
                _ => cx.bad("deploy.mode", v, crate::message!("expect-mode")),
            },
            "resources" => resources(cx, v, s),
            "placement" => {
                for (pk, pv) in v.entries().unwrap_or_default() {
                    if pk == "constraints" {
                        if let V::Seq(items) = &pv.v {
                            for c in items.iter().filter_map(N::scalar) {
                                cx.warn("deploy.placement.constraints", pv.line, Note::Constraint(c));
                            }
                        }
                    } else {
                        cx.warn(format!("deploy.placement.{pk}"), pv.line, Note::NotSimulated);
                    }
                }
            }
            "restart_policy" => {
                for (rk, rv) in v.entries().unwrap_or_default() {
                    if rk != "condition" {
                        cx.warn(format!("deploy.restart_policy.{rk}"), rv.line, Note::NotSimulated);
                    }
                }
            }
            "update_config" | "rollback_config" | "labels" | "endpoint_mode" => cx.warn(format!("deploy.{k}"), v.line, Note::NotSimulated),
            _ => cx.warn(format!("deploy.{k}"), v.line, Note::Unknown),
        }
    }
}

/// `deploy.resources`: reservations are requests, limits are limits (CPU and memory); the memory
/// request is the reservation, else the limit (see [`read`]). A GPU device reservation needs a GPU node.
fn resources(cx: &mut Ctx, r: &N, s: &mut Service) {
    let part = |name: &str| r.get(name);
    for (name, n) in [("limits", part("limits")), ("reservations", part("reservations"))] {
        let Some(n) = n else { continue };
        for (k, v) in n.entries().unwrap_or_default() {
            let key = format!("deploy.resources.{name}.{k}");
            match k.as_str() {
                "cpus" => match (millicores(v), name) {
                    (Some(m), "limits") => s.cpu_limit = Some(m),
                    (Some(m), _) => s.cpu_millis = m,
                    (None, _) => cx.bad(&key, v, crate::message!("expect-cpu-cores")),
                },
                "memory" => match (v.scalar().as_deref().and_then(mebibytes), name) {
                    (Some(m), "limits") => s.memory_limit = Some(m),
                    (Some(m), _) => {
                        s.memory_mib = m;
                        cx.memory_reserved = true;
                    }
                    (None, _) => cx.bad(&key, v, crate::message!("expect-memory-upper")),
                },
                "devices" if name == "reservations" => {
                    let gpu = matches!(&v.v, V::Seq(items) if items.iter().any(|d| matches!(d.get("capabilities").map(|c| &c.v), Some(V::Seq(cs)) if cs.iter().any(|c| c.scalar().as_deref() == Some("gpu")))));
                    if gpu {
                        s.gpu = true;
                    } else {
                        cx.warn(&key, v.line, Note::NotSimulated);
                    }
                }
                _ => cx.warn(&key, v.line, Note::NotSimulated),
            }
        }
    }
    if let Some(l) = s.cpu_limit.filter(|l| *l < s.cpu_millis) {
        s.cpu_millis = l;
    }
}

/// `healthcheck:` → a probe with its interval, timeout, retries, start period and start interval;
/// `None` when disabled or without a test.
fn healthcheck(cx: &mut Ctx, h: &N) -> Option<Probe> {
    let disabled = h.get("disable").is_some_and(|d| d.v == V::Bool(true))
        || matches!(h.get("test").map(|t| &t.v), Some(V::Seq(items)) if items.first().and_then(N::scalar).as_deref() == Some("NONE"));
    if disabled {
        return None;
    }
    h.get("test")?;
    let mut p = Probe::default();
    for (k, v) in h.entries().unwrap_or_default() {
        let key = format!("healthcheck.{k}");
        let time = |cx: &mut Ctx| {
            let d = v.scalar().as_deref().and_then(duration);
            if d.is_none() {
                cx.bad(&key, v, crate::message!("expect-duration-long"));
            }
            d
        };
        match k.as_str() {
            "test" | "disable" => {}
            "interval" => p.period = time(cx),
            "timeout" => p.timeout = time(cx),
            "start_period" => p.start_period = time(cx),
            "start_interval" => p.start_interval = time(cx),
            "retries" => match count(v) {
                Some(r) if r > 0 => p.failure_threshold = Some(r),
                _ => cx.bad(&key, v, crate::message!("expect-whole-positive")),
            },
            _ => cx.warn(&key, v.line, Note::Unknown),
        }
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_comes_from_the_image_then_the_name() {
        assert_eq!(kind_of_image("postgres:16-alpine"), Some(ServiceKind::Database));
        assert_eq!(kind_of_image("docker.io/library/mariadb:11"), Some(ServiceKind::Database));
        assert_eq!(kind_of_image("bitnami/redis@sha256:abc"), Some(ServiceKind::Cache));
        assert_eq!(kind_of_image("registry:5000/team/rabbitmq:3-management"), Some(ServiceKind::Queue));
        assert_eq!(kind_of_image("traefik:v3.1"), Some(ServiceKind::Ingress));
        assert_eq!(kind_of_image("ghcr.io/acme/api:1.2"), None);
        assert_eq!(kind_of_name("celery-worker"), ServiceKind::Worker);
        assert_eq!(kind_of_name("webapp"), ServiceKind::Frontend);
        assert_eq!(kind_of_name("api"), ServiceKind::Backend);
    }

    #[test]
    fn compose_durations_and_sizes() {
        assert_eq!(duration("1m30s"), Some(SimDuration(90_000)));
        assert_eq!(duration("1.5s"), Some(SimDuration(1_500)));
        assert_eq!(duration("500ms"), Some(SimDuration(500)));
        assert_eq!(duration("10"), None);
        assert_eq!(duration("soon"), None);
        assert_eq!(mebibytes("512m"), Some(512));
        assert_eq!(mebibytes("1g"), Some(1024));
        assert_eq!(mebibytes("1.5GB"), Some(1536));
        assert_eq!(mebibytes("1073741824"), Some(1024));
        assert_eq!(mebibytes("lots"), None);
    }
}
