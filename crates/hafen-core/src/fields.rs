//! A service's fields as a table, as [`crate::defaults::TIMINGS`] is for timings: one row per field
//! a person edits or a file carries, with its key, its type and bounds, how the inspector shows and
//! edits it (its label and hint in the catalogs) and whether the compose writers carry it in
//! `x-hafen`. [`SERVICE_FIELDS`] drives the inspector's fields, the edits ([`crate::edit::Edit::SetField`]),
//! validation ([`ServiceField::check`]), and, for its scalar rows ([`Value::Duration`],
//! [`Value::Count`], [`Value::Text`]), the scenario file's reader and writer and the compose files'
//! `x-hafen` part. A field with a form of its own ([`Value::Own`]: probes, an autoscaler, requests)
//! is read and written by each file's own code; the row gives the inspector its text and its edit.
//!
//! A new scalar field is a field of [`Service`] and a row here; the writers, readers, edits and the
//! inspector follow. A field outside the model's positional encoding (`#[serde(skip)]`, as `image`)
//! travels by its key: [`keyed`] lists such fields' values, [`apply_keyed`] sets them back.

use crate::message;
use crate::message::{key, Key, Message};
use crate::time::SimDuration;
use crate::topology::{Autoscaler, Probe, RestartPolicy, Service, ServiceKind, MAX_REPLICAS};
use crate::units::{parse_cpu, parse_duration, parse_memory};

/// How the inspector offers a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// A text field, with a hint under it.
    Text,
    /// A checkbox ("on" / "off").
    Check,
    /// A menu of its own (kind, restart policy), drawn by the inspector.
    Choice,
    /// Not in the inspector's list (a node pin is its own edit).
    None,
}

/// A field's type, bounds and access.
#[derive(Clone, Copy)]
pub enum Value {
    /// An optional duration, written only when set; an edit of "" or 0 clears it.
    Duration {
        /// Its value.
        get: fn(&Service) -> Option<SimDuration>,
        /// Sets it.
        set: fn(&mut Service, Option<SimDuration>),
        /// The longest accepted.
        most: SimDuration,
        /// Why a longer one is refused.
        too_long: Key,
    },
    /// An optional whole number from 1 to `most`, written only when set; an edit of "" clears it.
    Count {
        /// Its value.
        get: fn(&Service) -> Option<u32>,
        /// Sets it.
        set: fn(&mut Service, Option<u32>),
        /// The largest accepted.
        most: u32,
        /// Its name in an edit's refusal.
        what: Key,
        /// Why 0 is refused in a file.
        zero: Key,
        /// Why 0 is refused in an edit.
        zero_edit: Key,
    },
    /// Optional text, written (quoted) only when set. An edit of "" is refused by `check` too: a
    /// field shown with the value in force is never emptied.
    Text {
        /// Its value.
        get: fn(&Service) -> Option<&str>,
        /// Sets it.
        set: fn(&mut Service, Option<String>),
        /// Refuses a malformed one.
        check: fn(&str) -> Result<(), Message>,
    },
    /// A form of its own.
    Own {
        /// The inspector's text.
        show: fn(&Service) -> String,
        /// The edit from a person's text.
        edit: fn(&mut Service, &str) -> Result<(), Message>,
    },
}

/// One field of a service.
#[derive(Clone, Copy)]
pub struct ServiceField {
    /// Its key in a scenario file and in a compose file's `x-hafen`; links name it `service.<key>`.
    pub key: &'static str,
    /// Its name in the page (`data-field`, the hint's id), stable whatever the language.
    pub id: &'static str,
    /// How the inspector offers it.
    pub widget: Widget,
    /// Its label in the inspector.
    pub label: Option<Key>,
    /// The hint under its text field.
    pub hint: Option<Key>,
    /// Type, bounds and access.
    pub value: Value,
    /// Whether the compose and stack writers carry it in `x-hafen` through this row (the
    /// Kubernetes writer and Compose's own keys say what they can in their own words).
    pub x_hafen: bool,
    /// Whether the model's positional encoding (links, packed presets) carries it; when not, it
    /// travels by its key ([`keyed`]).
    pub in_shape: bool,
}

/// A field, as an edit names it.
pub type Field = &'static ServiceField;

impl PartialEq for ServiceField {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for ServiceField {}

impl std::fmt::Debug for ServiceField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)
    }
}

fn flag(value: &str) -> Result<bool, Message> {
    match value.trim() {
        "true" | "on" | "yes" | "1" => Ok(true),
        "false" | "off" | "no" | "0" => Ok(false),
        other => Err(message!("edit-not-on-off", value = other)),
    }
}

/// A count typed into the field `what`.
fn count(value: &str, what: Key, max: u32) -> Result<u32, Message> {
    let what = Message::new(what, Vec::new());
    let v: i64 = value.trim().parse().map_err(|_| message!("edit-not-whole", what = what.clone(), value = value.trim()))?;
    if v < 0 {
        return Err(message!("edit-negative", what = what));
    }
    u32::try_from(v).ok().filter(|v| *v <= max).ok_or_else(|| message!("edit-at-most", what = what, max = max))
}

fn optional_count(value: &str, what: Key, max: u32) -> Result<Option<u32>, Message> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        count(value, what, max).map(Some)
    }
}

/// A duration as the inspector shows it ("5s", "1min30s").
fn short(d: SimDuration) -> String {
    d.human().replace(' ', "")
}

/// An image reference as Docker reads it (distribution/reference): an optional registry host
/// (with a dot or a port, or `localhost`), path components of lower-case letters and digits joined
/// by `.`, `_`, `__` or dashes, an optional `:tag` (letters, digits, `_`, `.`, `-`, up to 128, not
/// first `.` or `-`) and an optional `@algorithm:hex` digest; 255 characters at most for the name.
pub fn check_image(image: &str) -> Result<(), Message> {
    if image.trim().is_empty() {
        return Err(message!("bad-image-empty"));
    }
    let bad = || message!("bad-image", image = image.chars().take(60).collect::<String>());
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (image, None),
    };
    if let Some(d) = digest {
        let (algo, hex) = d.split_once(':').ok_or_else(bad)?;
        let algo_ok = !algo.is_empty() && algo.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '_' | '-'));
        if !algo_ok || hex.len() < 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
    }
    // A tag follows the last ':' after the last '/' (a registry's port comes before a '/').
    let (name, tag) = match rest.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, Some(t)),
        _ => (rest, None),
    };
    if let Some(t) = tag {
        let first_ok = t.chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        if !first_ok || t.len() > 128 || !t.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')) {
            return Err(bad());
        }
    }
    if name.is_empty() || name.len() > 255 {
        return Err(bad());
    }
    let mut parts: Vec<&str> = name.split('/').collect();
    let host = parts.len() > 1 && parts.first().is_some_and(|h| h.contains(['.', ':']) || *h == "localhost");
    if host {
        let h = parts.remove(0);
        let (domain, port) = h.split_once(':').map_or((h, None), |(d, p)| (d, Some(p)));
        let domain_ok = !domain.is_empty() && domain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        if !domain_ok || port.is_some_and(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
            return Err(bad());
        }
    }
    let component_ok = |c: &str| {
        let b = c.as_bytes();
        let alnum = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
        !b.is_empty()
            && b.first().copied().is_some_and(alnum)
            && b.last().copied().is_some_and(alnum)
            && b.iter().all(|&x| alnum(x) || matches!(x, b'.' | b'_' | b'-'))
            && !c.contains("..")
            && !c.contains("___")
            && !c.contains("._")
            && !c.contains("_.")
            && !c.contains(".-")
            && !c.contains("-.")
            && !c.contains("_-")
            && !c.contains("-_")
    };
    if parts.iter().all(|c| component_ok(c)) {
        Ok(())
    } else {
        Err(bad())
    }
}

macro_rules! own {
    ($show:expr, $edit:expr) => {
        Value::Own { show: $show, edit: $edit }
    };
}

const fn row(key: &'static str, id: &'static str, widget: Widget, label: Option<Key>, hint: Option<Key>, value: Value) -> ServiceField {
    ServiceField { key, id, widget, label, hint, value, x_hafen: false, in_shape: true }
}

const fn text(key: &'static str, id: &'static str, label: &str, hint: &str, value: Value) -> ServiceField {
    row(key, id, Widget::Text, Some(crate::message::key(label)), Some(crate::message::key(hint)), value)
}

const fn check(key: &'static str, id: &'static str, label: &str, value: Value) -> ServiceField {
    row(key, id, Widget::Check, Some(crate::message::key(label)), None, value)
}

const fn carried(mut f: ServiceField) -> ServiceField {
    f.x_hafen = true;
    f
}

/// The startup probe an edit turns on: 30 × 10 s, so a slow starter starts.
fn patient() -> Probe {
    Probe { failure_threshold: Some(30), ..Probe::default() }
}

/// Every field, in the inspector's order (text fields, checkboxes, menus; then those it does not list).
pub static SERVICE_FIELDS: [ServiceField; 19] = [
    text("replicas", "replicas", "field-replicas", "field-replicas-hint", own!(|s| s.replicas.to_string(), |s, v| {
        s.replicas = count(v, const { key("edit-what-replicas") }, MAX_REPLICAS)?;
        Ok(())
    })),
    text("compose_replicas", "compose-replicas", "field-compose-replicas", "field-compose-replicas-hint", own!(|s| s.compose_replicas.map(|r| r.to_string()).unwrap_or_default(), |s, v| {
        s.compose_replicas = optional_count(v, const { key("edit-what-compose-containers") }, MAX_REPLICAS)?;
        Ok(())
    })),
    text("cpu", "cpu", "field-cpu", "field-cpu-hint", own!(|s| format!("{}m", s.cpu_millis), |s, v| {
        s.cpu_millis = Some(parse_cpu(v)?).filter(|m| *m > 0).ok_or_else(|| message!("edit-needs-cpu"))?;
        Ok(())
    })),
    text("memory", "memory", "field-memory", "field-memory-hint", own!(|s| format!("{}Mi", s.memory_mib), |s, v| {
        s.memory_mib = Some(parse_memory(v)?).filter(|m| *m > 0).ok_or_else(|| message!("edit-needs-memory"))?;
        Ok(())
    })),
    text("startup", "start-up", "field-startup", "field-startup-hint", own!(|s| short(s.startup), |s, v| {
        s.startup = parse_duration(v)?;
        Ok(())
    })),
    carried(text(
        "capacity_rps",
        "capacity",
        "field-capacity",
        "field-capacity-hint",
        Value::Count {
            get: |s| s.capacity_rps,
            set: |s, v| s.capacity_rps = v,
            most: 100_000_000,
            what: const { key("edit-what-capacity") },
            zero: const { key("bad-capacity-zero") },
            zero_edit: const { key("edit-capacity-zero") },
        },
    )),
    text("depends_on", "depends-on", "field-depends-on", "field-depends-on-hint", own!(|s| s.depends_on.join(", "), |s, v| {
        s.depends_on = v.split(',').map(str::trim).filter(|d| !d.is_empty()).map(str::to_string).collect();
        Ok(())
    })),
    text("autoscale", "autoscale", "field-autoscale", "field-autoscale-hint", own!(|s| s.autoscale.as_ref().map(|a| format!("{}-{}", a.min, a.max)).unwrap_or_default(), |s, v| {
        s.autoscale = if v.trim().is_empty() {
            None
        } else {
            let (min, max) = v.split_once(['-', '–']).ok_or_else(|| message!("edit-autoscale-form"))?;
            Some(Autoscaler {
                min: count(min, const { key("edit-what-autoscale-min") }, MAX_REPLICAS)?,
                max: count(max, const { key("edit-what-autoscale-max") }, MAX_REPLICAS)?,
                cpu_percent: s.autoscale.as_ref().map_or(70, |a| a.cpu_percent),
                behavior: s.autoscale.as_ref().and_then(|a| a.behavior.clone()),
            })
        };
        Ok(())
    })),
    text("volume", "volume", "field-volume", "field-volume-hint", own!(|s| s.volume_gib.map(|g| format!("{g}Gi")).unwrap_or_default(), |s, v| {
        let gib = parse_memory(v)?.div_ceil(1_024);
        s.volume_gib = (gib > 0).then_some(gib);
        s.stateful = s.stateful || gib > 0;
        Ok(())
    })),
    text("cpu_limit", "cpu-limit", "field-cpu-limit", "field-cpu-limit-hint", own!(|s| s.cpu_limit.map(|c| format!("{c}m")).unwrap_or_default(), |s, v| {
        s.cpu_limit = if v.trim().is_empty() { None } else { Some(Some(parse_cpu(v)?).filter(|m| *m > 0).ok_or_else(|| message!("edit-cpu-limit-zero"))?) };
        Ok(())
    })),
    carried(text(
        "pre_stop",
        "pre-stop",
        "field-pre-stop",
        "field-pre-stop-hint",
        Value::Duration { get: |s| s.pre_stop, set: |s, v| s.pre_stop = v, most: SimDuration::from_hours(1), too_long: const { key("bad-pre-stop-hour") } },
    )),
    ServiceField {
        in_shape: false,
        ..text("image", "image", "field-image", "field-image-hint", Value::Text { get: |s| s.image.as_deref(), set: |s, v| s.image = v, check: check_image })
    },
    check("stateful", "stateful", "field-stateful", own!(|s| s.stateful.to_string(), |s, v| {
        s.stateful = flag(v)?;
        Ok(())
    })),
    check("liveness", "liveness", "field-liveness", own!(|s| s.liveness.is_some().to_string(), |s, v| {
        s.liveness = flag(v)?.then(Probe::default);
        Ok(())
    })),
    check("readiness", "readiness", "field-readiness", own!(|s| s.readiness.is_some().to_string(), |s, v| {
        s.readiness = flag(v)?.then(Probe::default);
        Ok(())
    })),
    check("startup_probe", "startup-probe", "field-startup-probe", own!(|s| s.startup_probe.is_some().to_string(), |s, v| {
        s.startup_probe = flag(v)?.then(patient);
        Ok(())
    })),
    row("kind", "kind", Widget::Choice, Some(const { key("field-kind") }), None, own!(|s| s.kind.id().to_string(), |s, v| {
        s.kind = ServiceKind::ALL.into_iter().find(|k| k.id() == v.trim()).ok_or_else(|| message!("edit-unknown-kind", kind = v.trim()))?;
        Ok(())
    })),
    row("restart", "restart", Widget::Choice, Some(const { key("field-restart") }), None, own!(|s| s.restart.id().to_string(), |s, v| {
        s.restart = RestartPolicy::from_id(v.trim()).ok_or_else(|| message!("edit-unknown-restart", policy = v.trim()))?;
        Ok(())
    })),
    // Pinned by its own edit ([`crate::edit::Edit::Pin`]); its existence is checked against the platform's nodes.
    carried(row("node", "pin", Widget::None, None, None, Value::Text { get: |s| s.node.as_deref(), set: |s, v| s.node = v, check: |_| Ok(()) })),
];

/// The field with this key; a key no row has is a bug in the caller, and stops loudly.
pub fn field(key: &str) -> Field {
    match SERVICE_FIELDS.iter().find(|f| f.key == key) {
        Some(f) => f,
        None => panic!("no service field is called {key}"),
    }
}

impl ServiceField {
    /// Whether the files' generic part reads and writes it (a scalar, written only when set).
    pub fn is_scalar(&self) -> bool {
        !matches!(self.value, Value::Own { .. })
    }

    /// Its value in the inspector. A text field without a value shows `default` (the value in force,
    /// e.g. the image an export writes); others show "" for none.
    pub fn show(&self, s: &Service, default: impl FnOnce() -> String) -> String {
        match self.value {
            Value::Duration { get, .. } => get(s).map(short).unwrap_or_default(),
            Value::Count { get, .. } => get(s).map(|n| n.to_string()).unwrap_or_default(),
            Value::Text { get, .. } => get(s).map_or_else(default, str::to_string),
            Value::Own { show, .. } => show(s),
        }
    }

    /// Sets it from text a person typed; refused with a reason, `s` then unchanged.
    pub fn edit(&self, s: &mut Service, value: &str) -> Result<(), Message> {
        let v = value.trim();
        match self.value {
            Value::Duration { set, .. } => set(s, if v.is_empty() { None } else { Some(parse_duration(v)?).filter(|d| *d > SimDuration::ZERO) }),
            Value::Count { set, most, what, zero_edit, .. } => match optional_count(v, what, most)? {
                Some(0) => return Err(Message::new(zero_edit, Vec::new())),
                n => set(s, n),
            },
            Value::Text { set, check, .. } => {
                check(v)?;
                set(s, Some(v.to_string()));
            }
            Value::Own { edit, .. } => edit(s, value)?,
        }
        Ok(())
    }

    /// `Err` when `s`'s value is out of this field's bounds (checked with the rest of the scenario).
    pub fn check(&self, s: &Service) -> Result<(), Message> {
        match self.value {
            Value::Duration { get, most, too_long, .. } if get(s).is_some_and(|d| d > most) => Err(Message::new(too_long, Vec::new())),
            Value::Count { get, zero, .. } if get(s) == Some(0) => Err(Message::new(zero, Vec::new())),
            Value::Count { get, most, .. } if get(s).is_some_and(|n| n > most) => Err(message!("bad-at-most", max = most)),
            Value::Text { get, check, .. } => get(s).map_or(Ok(()), check),
            _ => Ok(()),
        }
    }

    /// A scalar field's value as text ("5000ms", "300", "postgres:15-alpine"); `None` when unset
    /// or not a scalar. With [`ServiceField::set_text`], what a keyed encoding (links) carries.
    pub fn text(&self, s: &Service) -> Option<String> {
        match self.value {
            Value::Duration { get, .. } => get(s).map(|d| format!("{}ms", d.as_millis())),
            Value::Count { get, .. } => get(s).map(|n| n.to_string()),
            Value::Text { get, .. } => get(s).map(str::to_string),
            Value::Own { .. } => None,
        }
    }

    /// Sets a scalar field from [`ServiceField::text`]'s form (`None`: unset), checked as an edit is.
    pub fn set_text(&self, s: &mut Service, text: Option<&str>) -> Result<(), Message> {
        let mut next = s.clone();
        match (self.value, text) {
            (Value::Duration { set, .. }, None) => set(&mut next, None),
            (Value::Count { set, .. }, None) => set(&mut next, None),
            (Value::Text { set, .. }, None) => set(&mut next, None),
            (_, Some(t)) => self.edit(&mut next, t)?,
            (Value::Own { .. }, None) => {}
        }
        self.check(&next)?;
        *s = next;
        Ok(())
    }
}

/// Service fields by key: for each, (service index, [`ServiceField::text`]) of the services that set it.
pub type Keyed = Vec<(String, Vec<(u32, String)>)>;

/// The values of the fields outside the positional encoding, by key: for each such field set on
/// some service, its key and (service index, [`ServiceField::text`]) for each service that sets it.
pub fn keyed(services: &[Service]) -> Keyed {
    SERVICE_FIELDS
        .iter()
        .filter(|f| !f.in_shape)
        .filter_map(|f| {
            let values: Vec<(u32, String)> = (0u32..).zip(services).filter_map(|(i, s)| f.text(s).map(|t| (i, t))).collect();
            (!values.is_empty()).then(|| (f.key.to_string(), values))
        })
        .collect()
}

/// Sets what [`keyed`] listed. A key this build has no field for is skipped and counted (a newer
/// Hafen's field); a value that does not fit its field, or an index with no service, refuses the whole.
pub fn apply_keyed(services: &mut [Service], keyed: &[(String, Vec<(u32, String)>)]) -> Result<usize, Message> {
    let mut skipped = 0;
    for (k, values) in keyed {
        let Some(f) = SERVICE_FIELDS.iter().find(|f| f.key == k && !f.in_shape) else {
            skipped += 1;
            continue;
        };
        for (i, t) in values {
            let s = services.get_mut(*i as usize).ok_or_else(|| message!("bad-no-such-service", service = i.to_string()))?;
            f.set_text(s, Some(t))?;
        }
    }
    Ok(skipped)
}

/// The repository of an image, without its tag or digest ("registry:5000/team/api:1" → "registry:5000/team/api").
pub fn repository(image: &str) -> &str {
    let name = image.split('@').next().unwrap_or(image);
    match name.rsplit_once(':') {
        Some((r, t)) if !t.contains('/') => r,
        _ => name,
    }
}

/// A DNS-1123 label from a name: lower-case letters, digits and '-', at most 63, never empty.
pub fn slug(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    let out: String = out.trim_matches('-').chars().take(63).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() { "app".into() } else { out.to_string() }
}

/// The image a service runs in application `app`: its own (`image`), else the usual public image
/// for a database, cache, queue or proxy, else a placeholder in the team's registry tagged with its
/// version (`registry.example.com/<app>/<service>:<version>`).
pub fn image(app: &str, s: &Service) -> String {
    match (&s.image, s.kind) {
        (Some(i), _) => i.clone(),
        (None, ServiceKind::Database) => "postgres:16".into(),
        (None, ServiceKind::Cache) => "redis:7".into(),
        (None, ServiceKind::Queue) => "rabbitmq:3.13".into(),
        (None, ServiceKind::Ingress) => "nginx:1.27".into(),
        (None, _) => format!("registry.example.com/{}/{}:{}", slug(app), slug(&s.name), s.version),
    }
}

/// The image of release `version` of service `s`: the repository of the image its export names
/// (its own, or a public image or a placeholder, [`image`]) with the release's
/// version as its tag: `docker service update --image` and `kubectl set image`'s argument.
pub fn release_image(app: &str, s: &Service, version: &str) -> String {
    let current = image(app, s);
    // Versions are image tags already (Scenario::validate refuses any other).
    format!("{}:{version}", repository(&current))
}

/// Each service's Kubernetes name, in order: its slug, made unique (`api-2`) where two slugs meet.
pub fn kube_names(services: &[Service]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(services.len());
    for s in services {
        let base = slug(&s.name);
        let mut name = base.clone();
        let mut n = 2;
        while out.contains(&name) {
            name = format!("{}-{n}", base.chars().take(60).collect::<String>());
            n += 1;
        }
        out.push(name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_its_own_key_and_id_and_the_inspectors_rows_their_words() {
        let mut keys: Vec<&str> = SERVICE_FIELDS.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), SERVICE_FIELDS.len());
        for f in &SERVICE_FIELDS {
            assert_eq!(f.label.is_some(), f.widget != Widget::None, "{}", f.key);
            assert_eq!(f.hint.is_some(), f.widget == Widget::Text, "{}", f.key);
        }
    }

    #[test]
    fn image_names_are_read_as_docker_reads_them() {
        for good in ["postgres:15-alpine", "nginx", "ghcr.io/acme/api:1.2", "registry:5000/team/rabbitmq:3-management", "localhost/app", "bitnami/redis@sha256:0123456789abcdef0123456789abcdef", "a__b/c-d.e:T_1.x"] {
            assert_eq!(check_image(good), Ok(()), "{good}");
        }
        for bad in ["", "  ", "my image", "<b>api</b>", "Postgres:15", "api:", "api:-x", "/api", "api/", "\"api\"", "api@sha256:xyz"] {
            assert!(check_image(bad).is_err(), "{bad}");
        }
        assert_eq!(check_image(" ").map_err(|m| m.to_string()), Err("a service's image needs a name, e.g. postgres:15-alpine".into()));
    }

    #[test]
    fn an_image_travels_by_its_key_and_a_newer_key_is_skipped() {
        let mut a = Service::new("db", ServiceKind::Database);
        a.image = Some("postgres:15-alpine".into());
        let b = Service::new("api", ServiceKind::Backend);
        let listed = keyed(&[a.clone(), b.clone()]);
        assert_eq!(listed, vec![("image".to_string(), vec![(0, "postgres:15-alpine".to_string())])]);
        let mut back = [Service::new("db", ServiceKind::Database), b.clone()];
        let mut with_newer = listed.clone();
        with_newer.push(("service.ports".into(), vec![(0, "5432".into())]));
        assert_eq!(apply_keyed(&mut back, &with_newer), Ok(1));
        assert_eq!(back, [a, b]);
        assert!(apply_keyed(&mut back, &[("image".into(), vec![(0, "<b>".into())])]).is_err());
    }

    #[test]
    fn a_duration_field_is_edited_cleared_and_bounded() {
        let pre_stop = field("pre_stop");
        let mut s = Service::new("api", ServiceKind::Backend);
        assert_eq!(pre_stop.edit(&mut s, "5s"), Ok(()));
        assert_eq!((s.pre_stop, pre_stop.show(&s, String::new), pre_stop.text(&s)), (Some(SimDuration::from_secs(5)), "5s".to_string(), Some("5000ms".to_string())));
        assert!(pre_stop.edit(&mut s, "soon").is_err());
        assert_eq!(s.pre_stop, Some(SimDuration::from_secs(5)), "a refused edit changes nothing");
        assert!(pre_stop.set_text(&mut s, Some("2h")).is_err_and(|m| m.to_string().contains("more than an hour")));
        assert_eq!(s.pre_stop, Some(SimDuration::from_secs(5)));
        assert_eq!(pre_stop.edit(&mut s, ""), Ok(()));
        assert_eq!(s.pre_stop, None);
    }

    #[test]
    fn a_repository_is_an_image_without_its_tag() {
        assert_eq!(repository("feastflow-backend:v1"), "feastflow-backend");
        assert_eq!(repository("registry:5000/team/api"), "registry:5000/team/api");
        assert_eq!(repository("redis@sha256:abc"), "redis");
    }
}
