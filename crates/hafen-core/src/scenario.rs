//! A scenario: an application on a platform, the traffic and the faults injected into it, a seed
//! and a duration.

use crate::defaults::Timings;
use crate::message;
use crate::message::Message;
use crate::time::{SimDuration, SimTime};
use crate::topology::{Platform, PlatformKind, Topology};
use std::fmt;

/// Largest number of nodes a scenario may have [count].
pub const MAX_NODES: u32 = 1_000;
pub use crate::topology::MAX_REPLICAS;
/// Largest number of replicas of all services together (autoscaler maxima included) [count].
pub const MAX_TOTAL_REPLICAS: u64 = 20_000;
/// Largest number of services [count].
pub const MAX_SERVICES: usize = 500;
/// Largest number of events [count].
pub const MAX_EVENTS: usize = 100_000;
/// Largest traffic [requests/s].
pub const MAX_RPS: u64 = 10_000_000;
/// Longest scenario [ms]: one year of simulated time.
pub const MAX_DURATION: SimDuration = SimDuration::from_hours(24 * 366);

/// Which node a fault hits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeRef {
    /// The node with this name ("host", "node-2").
    Named(String),
    /// The node where this service's first running replica is at that moment.
    Running(String),
}

/// What goes wrong, or what a person does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// The node/host loses power: every container on it stops and it sends no more status.
    KillNode(NodeRef),
    /// A dead node comes back (power restored, kubelet/daemon start).
    RestoreNode(String),
    /// Every node of a zone dies.
    KillZone(String),
    /// Every node of a zone comes back.
    RestoreZone(String),
    /// One replica's process exits (the first running one, in creation order).
    Crash(String),
    /// One replica stops answering but its process stays alive.
    Hang(String),
    /// A new version is deployed; an unhealthy one crashes right after its start-up.
    Deploy {
        /// Service.
        service: String,
        /// Version name, e.g. "v2".
        version: String,
        /// Whether the release works.
        healthy: bool,
    },
    /// Traffic into the entry service changes [requests/s].
    Traffic(u64),
    /// Configuration changes: Compose restarts every container, Swarm and Kubernetes roll.
    /// `None` = every service.
    ConfigChange(Option<String>),
    /// A stateful service's volume is resized [GiB].
    ResizeVolume {
        /// Service.
        service: String,
        /// New size [GiB].
        gib: u32,
    },
    /// Manual scaling to a replica count.
    Scale {
        /// Service.
        service: String,
        /// Desired replicas [count].
        replicas: u32,
    },
}

/// What a fault names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Names {
    /// A node, by name: it follows the node's renumbering and goes with it; on Compose the host stands in.
    Node,
    /// A zone, by name: on Compose the host stands in.
    Zone,
    /// A service, by name: it goes with the service.
    Service,
    /// Nothing in particular (the traffic, every service).
    Nothing,
}

/// What a fault names, with the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject<'a> {
    /// This node.
    Node(&'a str),
    /// This zone.
    Zone(&'a str),
    /// This service.
    Service(&'a str),
    /// Nothing in particular.
    Nothing,
}

/// One kind of fault: its key in a scenario file, what it names (and so how it follows a renamed
/// or removed node or service, and what it becomes on Compose's one host), and where a file names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FaultRow {
    /// Key in a scenario file's event.
    pub key: &'static str,
    /// What it names.
    pub names: Names,
    /// The field path of what it names, under the event, as errors say it.
    pub path: &'static str,
    /// Whether it is a change someone makes on purpose (a release, a configuration change, a
    /// resize, scaling), not a failure.
    pub change: bool,
}

const fn fault_row(key: &'static str, names: Names, path: &'static str, change: bool) -> FaultRow {
    FaultRow { key, names, path, change }
}

/// Every kind of fault, one row each (a node killed by name and by the service it runs are two).
pub const FAULTS: [FaultRow; 12] = [
    fault_row("kill_node", Names::Node, "kill_node", false),
    fault_row("kill_node", Names::Service, "kill_node.running", false),
    fault_row("restore_node", Names::Node, "restore_node", false),
    fault_row("kill_zone", Names::Zone, "zone", false),
    fault_row("restore_zone", Names::Zone, "zone", false),
    fault_row("crash", Names::Service, "crash", false),
    fault_row("hang", Names::Service, "hang", false),
    fault_row("deploy", Names::Service, "deploy.service", true),
    fault_row("traffic", Names::Nothing, "traffic", false),
    fault_row("config_change", Names::Service, "config_change", true),
    fault_row("resize_volume", Names::Service, "resize_volume.service", true),
    fault_row("scale", Names::Service, "scale.service", true),
];

impl FaultKind {
    /// Its row of [`FAULTS`].
    pub fn row(&self) -> &'static FaultRow {
        let i = match self {
            FaultKind::KillNode(NodeRef::Named(_)) => 0,
            FaultKind::KillNode(NodeRef::Running(_)) => 1,
            FaultKind::RestoreNode(_) => 2,
            FaultKind::KillZone(_) => 3,
            FaultKind::RestoreZone(_) => 4,
            FaultKind::Crash(_) => 5,
            FaultKind::Hang(_) => 6,
            FaultKind::Deploy { .. } => 7,
            FaultKind::Traffic(_) => 8,
            FaultKind::ConfigChange(_) => 9,
            FaultKind::ResizeVolume { .. } => 10,
            FaultKind::Scale { .. } => 11,
        };
        &FAULTS[i]
    }

    /// A change someone makes on purpose (a release, a configuration change, a resize, scaling),
    /// not a failure.
    pub fn is_change(&self) -> bool {
        self.row().change
    }

    /// What it names, with the name (a configuration change of every service names none).
    pub fn subject(&self) -> Subject<'_> {
        match self {
            FaultKind::KillNode(NodeRef::Named(n)) | FaultKind::RestoreNode(n) => Subject::Node(n),
            FaultKind::KillZone(z) | FaultKind::RestoreZone(z) => Subject::Zone(z),
            FaultKind::KillNode(NodeRef::Running(s)) | FaultKind::Crash(s) | FaultKind::Hang(s) | FaultKind::ConfigChange(Some(s)) => Subject::Service(s),
            FaultKind::Deploy { service, .. } | FaultKind::ResizeVolume { service, .. } | FaultKind::Scale { service, .. } => Subject::Service(service),
            FaultKind::Traffic(_) | FaultKind::ConfigChange(None) => Subject::Nothing,
        }
    }

    /// The node it names by name, to follow a renumbering.
    pub fn node_mut(&mut self) -> Option<&mut String> {
        match self {
            FaultKind::KillNode(NodeRef::Named(n)) | FaultKind::RestoreNode(n) => Some(n),
            FaultKind::KillNode(NodeRef::Running(_)) | FaultKind::KillZone(_) | FaultKind::RestoreZone(_) | FaultKind::Crash(_) | FaultKind::Hang(_) => None,
            FaultKind::Deploy { .. } | FaultKind::Traffic(_) | FaultKind::ConfigChange(_) | FaultKind::ResizeVolume { .. } | FaultKind::Scale { .. } => None,
        }
    }

    /// The same fault on Compose's one host: a node or a zone that dies or comes back is the host.
    pub fn on_host(self) -> FaultKind {
        match self {
            FaultKind::KillNode(NodeRef::Named(_)) | FaultKind::KillZone(_) => FaultKind::KillNode(NodeRef::Named("host".into())),
            FaultKind::RestoreNode(_) | FaultKind::RestoreZone(_) => FaultKind::RestoreNode("host".into()),
            other @ (FaultKind::KillNode(NodeRef::Running(_)) | FaultKind::Crash(_) | FaultKind::Hang(_) | FaultKind::Deploy { .. }) => other,
            other @ (FaultKind::Traffic(_) | FaultKind::ConfigChange(_) | FaultKind::ResizeVolume { .. } | FaultKind::Scale { .. }) => other,
        }
    }

    /// The requests per second a traffic change sets, if it is one.
    pub fn traffic(&self) -> Option<u64> {
        if let FaultKind::Traffic(r) = self { Some(*r) } else { None }
    }
}

/// A fault at a moment of simulated time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// When it happens.
    pub at: SimTime,
    /// What happens.
    pub kind: FaultKind,
}

impl Fault {
    fn of(kind: FaultKind) -> Fault {
        Fault { at: SimTime::ZERO, kind }
    }

    /// The same fault at `t` (each constructor makes it at 0).
    pub fn at(self, t: SimTime) -> Fault {
        Fault { at: t, ..self }
    }

    /// Node `node` loses power.
    pub fn kill_node(node: impl Into<String>) -> Fault {
        Fault::of(FaultKind::KillNode(NodeRef::Named(node.into())))
    }

    /// The node running `service`'s first running replica loses power.
    pub fn kill_running(service: impl Into<String>) -> Fault {
        Fault::of(FaultKind::KillNode(NodeRef::Running(service.into())))
    }

    /// Node `node` comes back.
    pub fn restore_node(node: impl Into<String>) -> Fault {
        Fault::of(FaultKind::RestoreNode(node.into()))
    }

    /// Every node of zone `zone` dies.
    pub fn kill_zone(zone: impl Into<String>) -> Fault {
        Fault::of(FaultKind::KillZone(zone.into()))
    }

    /// One replica of `service` crashes.
    pub fn crash(service: impl Into<String>) -> Fault {
        Fault::of(FaultKind::Crash(service.into()))
    }

    /// One replica of `service` hangs.
    pub fn hang(service: impl Into<String>) -> Fault {
        Fault::of(FaultKind::Hang(service.into()))
    }

    /// Release `version` of `service`, working or not.
    pub fn deploy(service: impl Into<String>, version: impl Into<String>, healthy: bool) -> Fault {
        Fault::of(FaultKind::Deploy { service: service.into(), version: version.into(), healthy })
    }

    /// The traffic becomes `rps` requests/s.
    pub fn traffic(rps: u64) -> Fault {
        Fault::of(FaultKind::Traffic(rps))
    }

    /// The configuration of `service` (`None`: every service) changes.
    pub fn config_change(service: Option<String>) -> Fault {
        Fault::of(FaultKind::ConfigChange(service))
    }

    /// `service`'s volume is resized to `gib`.
    pub fn resize_volume(service: impl Into<String>, gib: u32) -> Fault {
        Fault::of(FaultKind::ResizeVolume { service: service.into(), gib })
    }
}

/// Requests flowing into the application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Traffic {
    /// The service users call.
    pub entry: String,
    /// Requests per second at the start [requests/s].
    pub rps: u64,
}

/// The team's situation, for the advisor: what runs today and what the business needs. It is not
/// the cluster drawn for comparison: a team on one Compose host compares itself with a cluster it
/// does not have yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Situation {
    /// The platform the application runs on today.
    pub today: PlatformKind,
    /// Machines it runs on today [count] (Compose: 1).
    pub machines: u32,
    /// People who run it [count].
    pub team: u32,
    /// Deploys per day [count].
    pub deploys_per_day: u32,
    /// Uptime target [thousandths of a percent], e.g. 99_900 = 99.9 %.
    pub uptime_target: u32,
    /// Zero-downtime deploys are business-critical.
    pub zero_downtime_deploys: bool,
    /// Machines must be added and removed automatically (a cluster autoscaler), e.g. GPU nodes on
    /// demand.
    pub node_autoscaling: bool,
}

impl Default for Situation {
    /// One Docker Compose host, a team of two, one deploy a day, a 99.9 % target, no hard
    /// requirements: the starting point of the question Hafen answers ("do we need Kubernetes yet?").
    /// Every figure is the user's to set.
    fn default() -> Self {
        Situation { today: PlatformKind::Compose, machines: 1, team: 2, deploys_per_day: 1, uptime_target: 99_900, zero_downtime_deploys: false, node_autoscaling: false }
    }
}

impl Situation {
    /// Uptime target [%], e.g. 99.9.
    pub fn uptime_percent(&self) -> f64 {
        f64::from(self.uptime_target) / 1_000.0
    }

    /// Refuses figures outside what the advisor can reason about.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        if self.today == PlatformKind::Compose && self.machines != 1 {
            return Err(err("situation.machines", message!("bad-compose-one-machine")));
        }
        if !(1..=MAX_NODES).contains(&self.machines) {
            return Err(err("situation.machines", message!("bad-between", min = 1u32, max = MAX_NODES, got = self.machines.to_string())));
        }
        if !(1..=100_000).contains(&self.team) {
            return Err(err("situation.team", message!("bad-team", got = self.team.to_string())));
        }
        if self.deploys_per_day > 10_000 {
            return Err(err("situation.deploys_per_day", message!("bad-deploys-per-day", got = self.deploys_per_day.to_string())));
        }
        if !(50_000..=99_999).contains(&self.uptime_target) {
            return Err(err("situation.uptime_target", message!("bad-uptime-target", got = self.uptime_percent())));
        }
        Ok(())
    }
}

/// Everything one simulation run needs. Same scenario ⇒ same trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Name shown in reports.
    pub name: String,
    /// The application.
    pub topology: Topology,
    /// Where it runs.
    pub platform: Platform,
    /// The platform defaults in force (documented unless overridden).
    pub timings: Timings,
    /// Requests into the application, if any.
    pub traffic: Option<Traffic>,
    /// Injected faults, in any order (equal times keep their order).
    pub faults: Vec<Fault>,
    /// Seed of the SplitMix64 stream that sets heartbeat and controller phases.
    pub seed: u64,
    /// How much simulated time to run [ms].
    pub duration: SimDuration,
    /// What the team runs today and needs, for the advisor (not simulated).
    pub situation: Situation,
}

/// The platforms compared, as a file, a story's step and a link list them: two or three, each
/// once. `Err` says why, with the position of a platform listed twice (`None`: too few or many).
pub fn check_shown(shown: &[PlatformKind]) -> Result<(), (Option<usize>, Message)> {
    if let Some(i) = (1..shown.len()).find(|&i| shown[..i].contains(&shown[i])) {
        return Err((Some(i), message!("file-listed-twice", platform = shown[i].id())));
    }
    if !(2..=3).contains(&shown.len()) {
        return Err((None, message!("file-two-or-three-platforms")));
    }
    Ok(())
}

/// Why a scenario cannot be run, naming the field at fault (and the line, when read from a file).
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioError {
    /// Path of the offending field, e.g. `services[1].depends_on`.
    pub field: String,
    /// What is wrong with it.
    pub message: Message,
    /// 1-based line in the scenario file, when known.
    pub line: Option<usize>,
}

impl ScenarioError {
    /// The whole error as one message: "line 3: services[0].replicas: at most 1,000".
    pub fn said(&self) -> Message {
        match self.line {
            Some(l) => message!("error-at-line", line = l.to_string(), field = &self.field, message = self.message.clone()),
            None => message!("error-in-field", field = &self.field, message = self.message.clone()),
        }
    }
}

/// In English.
impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for ScenarioError {}

pub(crate) fn err(field: impl Into<String>, message: Message) -> ScenarioError {
    ScenarioError { field: field.into(), message, line: None }
}

/// A character of a refused name as a message shows it: control and invisible characters as
/// `\u{…}`, double quotes and backslashes escaped, so the message shows exactly what was typed.
fn shown_char(c: char) -> String {
    match c {
        '"' | '\\' => format!("\\{c}"),
        c if c.is_control() || c.is_whitespace() && c != ' ' || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}') => {
            format!("\\u{{{:x}}}", c as u32)
        }
        c => c.to_string(),
    }
}

/// A name as Compose and Docker accept them: letters, digits, '.', '_' and '-', at most `most`
/// characters. (Nothing else can reach a diagram, a trace or an exported file.)
pub fn check_name(name: &str, most: usize) -> Result<(), Message> {
    let shown: String = name.chars().take(40).map(shown_char).collect();
    if name.chars().count() > most {
        return Err(message!("bad-name-long", name = shown, most = most));
    }
    if let Some(c) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))) {
        return Err(message!("bad-name-character", name = shown, character = if c == '\'' { "\\'".to_string() } else { shown_char(c) }));
    }
    Ok(())
}

impl Scenario {
    /// The same scenario on another platform (the compare form): nodes, zones and GPU nodes carry
    /// over; Compose always has one host; events naming nodes that do not exist there are dropped
    /// with a note.
    pub fn on_platform(&self, kind: PlatformKind) -> (Scenario, Vec<Message>) {
        let mut sc = self.clone();
        let nodes = match (self.platform.kind, kind) {
            (PlatformKind::Compose, _) => 3,
            // The same machines: a self-hosted control plane's nodes become Swarm nodes (managers run
            // tasks too).
            (PlatformKind::Kubernetes, PlatformKind::Swarm) => self.platform.nodes.saturating_add(self.platform.control_plane_nodes()).min(MAX_NODES),
            _ => self.platform.nodes,
        };
        let mut p = Platform::new(kind, nodes, self.platform.node_cpu_millis, self.platform.node_memory_mib);
        p.zones = self.platform.zones;
        p.gpu_nodes = self.platform.gpu_nodes;
        p.control_plane = self.platform.control_plane;
        p.self_hosted_cp_nodes = self.platform.self_hosted_cp_nodes;
        p.kubernetes_version = self.platform.kubernetes_version;
        if kind == PlatformKind::Swarm && self.platform.kind == PlatformKind::Swarm {
            p.managers = self.platform.managers;
        }
        if kind == PlatformKind::Compose && self.platform.kind != PlatformKind::Compose {
            // One host big enough for what the cluster ran.
            p.node_cpu_millis = self.platform.node_cpu_millis.saturating_mul(self.platform.nodes.max(1));
            p.node_memory_mib = self.platform.node_memory_mib.saturating_mul(self.platform.nodes.max(1));
        }
        let names = p.node_names();
        let zones = p.zone_names();
        let mut notes = Vec::new();
        sc.faults.retain(|f| {
            let compose = kind == PlatformKind::Compose;
            let note = match f.kind.subject() {
                Subject::Node(n) if !compose && !names.iter().any(|m| m == n) => Some(message!("note-event-dropped-node", id = kind.id(), at = f.at, node = n, platform = kind.label())),
                Subject::Zone(z) if !compose && !zones.iter().any(|m| m == z) => Some(message!("note-event-dropped-zone", id = kind.id(), at = f.at, zone = z, platform = kind.label())),
                Subject::Node(_) | Subject::Zone(_) | Subject::Service(_) | Subject::Nothing => None,
            };
            let keep = note.is_none();
            notes.extend(note);
            keep
        });
        if kind == PlatformKind::Compose {
            // The one host stands in for any node or zone.
            for f in &mut sc.faults {
                f.kind = std::mem::replace(&mut f.kind, FaultKind::Traffic(0)).on_host();
            }
            for s in &mut sc.topology.services {
                s.node = None;
            }
        } else if self.platform.kind == PlatformKind::Compose {
            for s in &mut sc.topology.services {
                s.node = s.node.as_ref().filter(|n| names.contains(n)).cloned();
            }
        }
        sc.platform = p;
        (sc, notes)
    }

    /// Requests per second arriving at the entry service at `t` (the traffic section, then every
    /// traffic event up to and including `t`); 0 without traffic.
    pub fn rps_at(&self, t: SimTime) -> u64 {
        let Some(traffic) = &self.traffic else { return 0 };
        let mut rps = traffic.rps;
        let mut at = SimTime::ZERO;
        for f in &self.faults {
            if let Some(r) = f.kind.traffic() {
                // Faults at the same moment apply in file order: the last one wins.
                if f.at <= t && f.at >= at {
                    rps = r;
                    at = f.at;
                }
            }
        }
        rps
    }

    /// Highest request rate into the entry service over the run [requests/s].
    pub fn peak_rps(&self) -> u64 {
        let start = self.traffic.as_ref().map_or(0, |t| t.rps);
        self.faults.iter().filter_map(|f| f.kind.traffic()).fold(start, u64::max)
    }

    /// Checks names, references, numbers and dependency cycles; the engine only runs valid scenarios.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        self.timings.validate().map_err(|(field, message)| err(field, message))?;
        self.situation.validate()?;
        let p = &self.platform;
        if p.control_plane == crate::topology::ControlPlane::SelfHosted && !(1..=7).contains(&p.self_hosted_cp_nodes) {
            return Err(err("platform.control_plane_nodes", message!("bad-control-plane-nodes", got = p.self_hosted_cp_nodes)));
        }
        if p.kind != PlatformKind::Compose && !(1..=MAX_NODES).contains(&p.nodes) {
            return Err(err("platform.nodes", message!("bad-between", min = 1u32, max = MAX_NODES, got = p.nodes.to_string())));
        }
        if p.gpu_nodes > MAX_NODES {
            return Err(err("platform.gpu_nodes", message!("bad-at-most", max = MAX_NODES)));
        }
        if p.kind == PlatformKind::Swarm && (p.managers == 0 || p.managers > p.nodes) {
            return Err(err("platform.managers", message!("bad-managers", nodes = p.nodes, got = p.managers)));
        }
        if p.zones > 26 {
            return Err(err("platform.zones", message!("bad-zones-most", max = 26u32)));
        }
        if p.node_cpu_millis == 0 || p.node_memory_mib == 0 {
            return Err(err("platform.node_cpu / node_memory", message!("bad-node-resources")));
        }
        if self.duration > MAX_DURATION {
            return Err(err("duration", message!("bad-duration-most", max = MAX_DURATION)));
        }
        if self.duration == SimDuration::ZERO {
            return Err(err("duration", message!("bad-duration-zero")));
        }
        if p.kind != PlatformKind::Compose && p.zones > p.nodes {
            return Err(err("platform.zones", message!("bad-zones-nodes", zones = p.zones, nodes = p.nodes)));
        }
        if self.topology.services.is_empty() {
            return Err(err("services", message!("bad-no-services")));
        }
        if self.topology.services.len() > MAX_SERVICES {
            return Err(err("services", message!("bad-services-most", max = MAX_SERVICES)));
        }
        if self.faults.len() > MAX_EVENTS {
            return Err(err("events", message!("bad-events-most", max = MAX_EVENTS)));
        }
        let nodes = p.node_names();
        for (i, s) in self.topology.services.iter().enumerate() {
            let f = |name: &str| format!("services[{i}].{name}");
            if s.name.trim().is_empty() {
                return Err(err(f("name"), message!("bad-service-needs-name")));
            }
            if let Err(why) = check_name(&s.name, 63) {
                return Err(err(f("name"), message!("bad-name-compose-rule", why = why)));
            }
            if let Err(why) = check_name(&s.version, 128) {
                return Err(err(f("version"), message!("bad-tag-docker-rule", why = why)));
            }
            if self.topology.services.iter().filter(|o| o.name == s.name).count() > 1 {
                return Err(err(f("name"), message!("bad-service-twice", service = &s.name)));
            }
            if s.replicas > MAX_REPLICAS || s.compose_replicas.is_some_and(|r| r > MAX_REPLICAS) {
                return Err(err(f("replicas"), message!("bad-at-most", max = MAX_REPLICAS)));
            }
            if s.startup > SimDuration::from_hours(24) {
                return Err(err(f("startup"), message!("bad-startup-day")));
            }
            for probe in [&s.liveness, &s.readiness, &s.startup_probe].into_iter().flatten() {
                if probe.period.is_some_and(|p| p.as_millis() < 1_000 || p > SimDuration::from_hours(1)) {
                    return Err(err(f("probe period"), message!("bad-second-to-hour")));
                }
                if probe.failure_threshold.is_some_and(|t| t == 0 || t > 1_000) {
                    return Err(err(f("probe failure_threshold"), message!("bad-between-bare", min = 1u32, max = 1_000u32)));
                }
                if probe.start_interval.is_some_and(|p| p.as_millis() < 1_000 || p > SimDuration::from_hours(1)) {
                    return Err(err(f("probe start_interval"), message!("bad-second-to-hour")));
                }
                for (name, d) in [("initial_delay", probe.initial_delay), ("start_period", probe.start_period), ("timeout", probe.timeout)] {
                    if d.is_some_and(|d| d > SimDuration::from_hours(24)) {
                        return Err(err(f(&format!("probe {name}")), message!("bad-at-most-day")));
                    }
                }
            }
            for field in &crate::fields::SERVICE_FIELDS {
                field.check(s).map_err(|m| err(f(field.key), m))?;
            }
            if s.cpu_limit.is_some_and(|l| l < s.cpu_millis) {
                return Err(err(f("cpu_limit"), message!("bad-cpu-limit", limit = s.cpu_limit.unwrap_or(0), request = s.cpu_millis)));
            }
            if let Some(l) = s.memory_limit.filter(|&l| l < s.memory_mib) {
                return Err(err(f("memory_limit"), message!("bad-memory-limit", limit = l, request = s.memory_mib)));
            }
            if let Some(a) = &s.autoscale {
                if a.min == 0 || a.min > a.max || a.max > MAX_REPLICAS {
                    return Err(err(f("autoscale"), message!("bad-autoscale-range", most = MAX_REPLICAS, min = a.min, max = a.max)));
                }
                if a.cpu_percent == 0 || a.cpu_percent > 1_000 {
                    return Err(err(f("autoscale.cpu"), message!("bad-autoscale-cpu")));
                }
                if s.capacity_rps.is_none() {
                    return Err(err(f("autoscale"), message!("bad-autoscale-capacity")));
                }
                if let Some(b) = &a.behavior {
                    // The API refuses a policy value of 0 and windows over 3,600 s
                    // (pkg/apis/autoscaling/validation: MaxStabilizationWindowSeconds).
                    for (key, v) in [("scale_up_pods", b.scale_up_pods), ("scale_up_percent", b.scale_up_percent)] {
                        if v == Some(0) {
                            return Err(err(f(&format!("autoscale.behavior.{key}")), message!("bad-autoscale-behavior-policy")));
                        }
                    }
                    for (key, w) in [("scale_up_window", b.scale_up_window), ("scale_down_window", b.scale_down_window)] {
                        if let Some(w) = w.filter(|w| *w > SimDuration::from_hours(1)) {
                            return Err(err(f(&format!("autoscale.behavior.{key}")), message!("bad-autoscale-behavior-window", got = w)));
                        }
                    }
                }
            }
            if let Some(n) = &s.node {
                if !nodes.contains(n) {
                    return Err(err(f("node"), message!("bad-no-such-node", node = n, nodes = nodes.join(", "))));
                }
            }
            for d in &s.depends_on {
                if self.topology.service_index(d).is_none() {
                    return Err(err(f("depends_on"), message!("bad-no-such-service", service = d)));
                }
                if d == &s.name {
                    return Err(err(f("depends_on"), message!("bad-depends-on-itself")));
                }
            }
        }
        let total: u64 = self.topology.services.iter().map(|s| u64::from(s.replicas_on(p.kind).max(s.autoscale.as_ref().map_or(0, |a| a.max)))).sum();
        if total > MAX_TOTAL_REPLICAS {
            return Err(err("services.replicas", message!("bad-replicas-total", total = total, max = MAX_TOTAL_REPLICAS)));
        }
        if self.dependency_order().is_none() {
            return Err(err("services.depends_on", message!("bad-cycle")));
        }
        if let Some(t) = &self.traffic {
            if self.topology.service_index(&t.entry).is_none() {
                return Err(err("traffic.entry", message!("bad-no-such-service", service = &t.entry)));
            }
            if t.rps > MAX_RPS {
                return Err(err("traffic.rps", message!("bad-rps-most", max = MAX_RPS)));
            }
        }
        let zones = p.zone_names();
        for (i, fault) in self.faults.iter().enumerate() {
            let f = format!("events[{i}]");
            if fault.at.since(SimTime::ZERO) > self.duration {
                return Err(err(format!("{f}.at"), message!("bad-after-end", at = fault.at, end = SimTime::ZERO.plus(self.duration))));
            }
            let path = || format!("{f}.{}", fault.kind.row().path);
            match fault.kind.subject() {
                Subject::Node(n) if !nodes.iter().any(|m| m == n) => {
                    return Err(err(path(), message!("bad-no-such-node", node = n, nodes = nodes.join(", "))));
                }
                Subject::Zone(z) if !zones.iter().any(|m| m == z) => {
                    let why = if zones.is_empty() { message!("bad-no-zones", zone = z) } else { message!("bad-no-such-zone", zone = z, zones = zones.join(", ")) };
                    return Err(err(path(), why));
                }
                Subject::Service(s) if self.topology.service_index(s).is_none() => {
                    return Err(err(path(), message!("bad-no-such-service", service = s)));
                }
                Subject::Node(_) | Subject::Zone(_) | Subject::Service(_) | Subject::Nothing => {}
            }
            match &fault.kind {
                FaultKind::Deploy { version, .. } => {
                    if version.trim().is_empty() {
                        return Err(err(format!("{f}.deploy.version"), message!("bad-release-version")));
                    }
                    if let Err(why) = check_name(version, 128) {
                        return Err(err(format!("{f}.deploy.version"), message!("bad-tag-docker-rule", why = why)));
                    }
                }
                FaultKind::ResizeVolume { service: s, .. } => {
                    if !self.topology.services.iter().any(|x| &x.name == s && x.stateful) {
                        return Err(err(path(), message!("bad-no-volume", service = s)));
                    }
                }
                FaultKind::Scale { replicas, .. } => {
                    if *replicas > MAX_REPLICAS {
                        return Err(err(format!("{f}.scale.replicas"), message!("bad-at-most", max = MAX_REPLICAS)));
                    }
                }
                FaultKind::Traffic(rps) => {
                    if *rps > MAX_RPS {
                        return Err(err(format!("{f}.traffic.rps"), message!("bad-rps-most", max = MAX_RPS)));
                    }
                    if self.traffic.is_none() {
                        return Err(err(format!("{f}.traffic"), message!("bad-traffic-section")));
                    }
                }
                FaultKind::KillNode(_) | FaultKind::RestoreNode(_) | FaultKind::KillZone(_) | FaultKind::RestoreZone(_) => {}
                FaultKind::Crash(_) | FaultKind::Hang(_) | FaultKind::ConfigChange(_) => {}
            }
        }
        Ok(())
    }

    /// Service indices so that every service comes after the ones it depends on; `None` on a cycle
    /// or an unknown dependency.
    pub fn dependency_order(&self) -> Option<Vec<usize>> {
        let services = &self.topology.services;
        let mut order = Vec::with_capacity(services.len());
        let mut state = vec![0u8; services.len()]; // 0 new, 1 visiting, 2 done
        // Iterative depth-first search: no recursion depth limit on long chains.
        for root in 0..services.len() {
            if state.get(root) != Some(&0) {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            if let Some(s) = state.get_mut(root) {
                *s = 1;
            }
            while let Some(&mut (i, ref mut next)) = stack.last_mut() {
                let deps = services.get(i).map(|s| s.depends_on.as_slice()).unwrap_or(&[]);
                if let Some(d) = deps.get(*next) {
                    *next += 1;
                    let j = self.topology.service_index(d)?;
                    match state.get(j) {
                        Some(0) => {
                            if let Some(s) = state.get_mut(j) {
                                *s = 1;
                            }
                            stack.push((j, 0));
                        }
                        Some(1) => return None,
                        _ => {}
                    }
                } else {
                    if let Some(s) = state.get_mut(i) {
                        *s = 2;
                    }
                    order.push(i);
                    stack.pop();
                }
            }
        }
        Some(order)
    }
}
