//! The link and storage format: a format of its own, frozen here, not the in-memory model.
//!
//! A document travels in a link (`#2.…` after the address) and sits in the browser's storage as
//! `2.` (the format's version) + base64url (no padding) of raw DEFLATE ([`crate::document`]) of
//! these bytes:
//!
//! 1. the document's *positional part* in postcard (serde's compact binary format: fields in
//!    declaration order, integers as varints, enums as their variant's index): [`Doc`] and the
//!    types below it, frozen as they were when format 2 was made;
//! 2. the written story, `Option<`[`Written`]`>` in postcard (format 2 only);
//! 3. optionally the *extension section*: postcard `Vec<(String, Vec<u8>)>`, a key and that
//!    field's value in postcard, for every field added since.
//!
//! Version 1 is 1. alone (links made before stories could be written): it still opens, as a
//! document without a story.
//!
//! The model (`Scenario`, `Service`, …) is free to change: only the conversions in this module
//! follow it. A type here never changes: a field added to the model later travels in the
//! extension section, which needs no new version. The extension section is written only when
//! some extension differs from its default, so a document without one encodes to the same bytes
//! as before. A key this build does not know is skipped and counted ("made by a newer Hafen: N
//! settings not understood"); a key given twice, or a known key whose value does not read or fit
//! the document, refuses the link. A key's value keeps its shape for good: a new shape is a new
//! key. `tests/links.rs` opens links saved when versions 1 and 2 were made, and checks that a
//! document without extensions encodes to the bytes it always did. Keys:
//!
//! | key | value |
//! |---|---|
//! | `service.autoscale.behavior` | `Vec<(u32, HpaBehavior)>`: (service index, its `autoscale.behavior`) for each service whose behavior is set, by index |
//! | `pricing.hang_mtbf` | `f64`: the replicas' mean time between hangs [h], when it is not the default |
//! | `service.memory_limit` | `Vec<(u32, u32)>`: (service index, its `memory_limit` in MiB) for each service with a memory limit, by index |
//! | `story.step.after` | `Vec<(u32, String)>`: (step index, its `question.after:` words) for each step of the story with some, by index |
//! | `service.<field>` | `Vec<(u32, String)>`: (service index, the field's text) for each service that sets a field of [`crate::fields::SERVICE_FIELDS`] the positional part does not carry (`service.image`), by index |
//!
//! Whatever the bytes hold is checked afterwards as a file is (`Document::validate`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use crate::defaults as m_defaults;
use crate::document::{Document, LinkError, Pricing as MPricing};
use crate::scenario as m_scenario;
use crate::time::{SimDuration, SimTime};
use crate::topology as m_topology;
use crate::written as m_written;
use std::rc::Rc;

/// The link format written today.
pub const VERSION: u32 = 2;
/// The oldest link format still read (version 1: without a story).
pub const OLDEST: u32 = 1;
/// Longest encoded document read [characters]: a link of the largest document a file may describe
/// stays far below (a 256-service file compresses to ~20 KB); 100 KB of junk is refused unread.
pub const MAX_ENCODED: usize = 64 * 1024;
/// Largest decompressed document read [bytes] (a deflate bomb stops here).
pub const MAX_DECODED: usize = 1 << 20;
/// DEFLATE effort (miniz level 0–10): 9 is the best ratio; a document is ~1 KB, the time is µs.
const LEVEL: u8 = 9;
/// A document read from a link, with how many settings this build did not understand.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The document, as far as this build reads it.
    pub doc: Document,
    /// Extension keys skipped because this build does not know them (a newer Hafen made the link).
    pub not_understood: usize,
}

/// The prefix of a service field's extension key (`service.image`).
const SERVICE: &str = "service.";
/// The extension key of the autoscalers' `behavior`.
pub const EXT_HPA_BEHAVIOR: &str = "service.autoscale.behavior";
/// The extension key of the replicas' mean time between hangs.
pub const EXT_HANG_MTBF: &str = "pricing.hang_mtbf";
/// The extension key of the services' memory limits.
pub const EXT_MEMORY_LIMIT: &str = "service.memory_limit";
/// The extension key of a written story's words shown once a question's step has played.
pub const EXT_STORY_AFTER: &str = "story.step.after";

/// Writes postcard's encoding of the frozen shape, value by value.
#[derive(Default)]
struct W(Vec<u8>);

impl W {
    /// An unsigned integer as a varint (LEB128: seven bits a byte, low first).
    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn u32(&mut self, v: u32) {
        self.uint(u64::from(v));
    }
    fn bool(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn f64(&mut self, v: f64) {
        self.0.extend(v.to_le_bytes());
    }
    /// A string or bytes: the length, then the bytes.
    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.0.extend(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn ms(&mut self, d: SimDuration) {
        self.uint(d.0);
    }
    /// `None` as 0; `Some` as 1 and the value.
    fn opt<T>(&mut self, v: &Option<T>, f: impl Fn(&mut W, &T)) {
        self.bool(v.is_some());
        if let Some(v) = v {
            f(self, v);
        }
    }
    /// A list: its length, then each item.
    fn seq<T>(&mut self, items: &[T], f: impl Fn(&mut W, &T)) {
        self.uint(items.len() as u64);
        for item in items {
            f(self, item);
        }
    }
}

/// Reads what [`W`] writes. A mismatch marks the reader bad and reads on as zeros and empties:
/// one check at the end ([`R::done`]) refuses the bytes, without an error path at every value.
struct R<'a> {
    /// The bytes not read yet.
    rest: &'a [u8],
    /// Whether something did not read.
    bad: bool,
}

impl<'a> R<'a> {
    fn new(rest: &'a [u8]) -> Self {
        R { rest, bad: false }
    }
    /// Marks the bytes as not a document.
    fn fail(&mut self) {
        self.bad = true;
        self.rest = &[];
    }
    /// All read, and well: [`LinkError::NotADocument`] otherwise.
    fn done(&self) -> Result<(), LinkError> {
        if self.bad || !self.rest.is_empty() {
            return Err(LinkError::NotADocument);
        }
        Ok(())
    }
    fn byte(&mut self) -> u8 {
        match self.rest.split_first() {
            Some((&b, rest)) => {
                self.rest = rest;
                b
            }
            None => {
                self.fail();
                0
            }
        }
    }
    /// A varint of at most `bits` bits.
    fn uint(&mut self, bits: u32) -> u64 {
        let mut v = 0u64;
        for shift in (0..bits).step_by(7) {
            let b = self.byte();
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                if bits < 64 && v >> bits != 0 {
                    self.fail();
                }
                return v;
            }
        }
        self.fail();
        0
    }
    fn u32(&mut self) -> u32 {
        self.uint(32) as u32
    }
    fn u64(&mut self) -> u64 {
        self.uint(64)
    }
    fn bool(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => {
                self.fail();
                false
            }
        }
    }
    fn f64(&mut self) -> f64 {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8).get(..8).unwrap_or(&[0; 8]));
        f64::from_le_bytes(b)
    }
    fn take(&mut self, n: usize) -> &'a [u8] {
        if n > self.rest.len() {
            self.fail();
            return &[];
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        head
    }
    /// A length: at most the bytes left (every item takes at least one), so nothing large is
    /// allocated for junk.
    fn len(&mut self) -> usize {
        let n = self.u64();
        if n > self.rest.len() as u64 {
            self.fail();
            return 0;
        }
        n as usize
    }
    fn bytes(&mut self) -> &'a [u8] {
        let n = self.len();
        self.take(n)
    }
    fn str(&mut self) -> String {
        match std::str::from_utf8(self.bytes()) {
            Ok(s) => s.to_string(),
            Err(_) => {
                self.fail();
                String::new()
            }
        }
    }
    fn ms(&mut self) -> SimDuration {
        SimDuration(self.u64())
    }
    fn at(&mut self) -> SimTime {
        SimTime(self.u64())
    }
    fn opt<T>(&mut self, f: impl Fn(&mut Self) -> T) -> Option<T> {
        self.bool().then(|| f(self))
    }
    fn seq<T>(&mut self, f: impl Fn(&mut Self) -> T) -> Vec<T> {
        let n = self.len();
        (0..n).map(|_| f(self)).collect()
    }
    /// An enum's variant: its index, below `count`.
    fn variant(&mut self, count: u32) -> u32 {
        let v = self.u32();
        if v >= count {
            self.fail();
            return 0;
        }
        v
    }
}

/// A value that does not read, or does not fit the document.
const BAD: LinkError = LinkError::NotADocument;

/// A unit-only enum as its variant's index in `all` (the frozen order).
fn put_unit<T: PartialEq>(w: &mut W, v: &T, all: &[T]) {
    w.uint(all.iter().position(|a| a == v).expect("every variant is listed") as u64);
}

/// A unit-only enum from its index in `all`.
fn get_unit<T: Copy>(r: &mut R, all: &[T]) -> T {
    all[r.variant(all.len() as u32) as usize]
}

use m_topology::{ControlPlane as CP, PlatformKind as PK, RestartPolicy as RP, ServiceKind as SK};
use m_written::{Outcome as O, Panel as P};

/// The platforms, in the order of format 2.
const PLATFORMS: [PK; 3] = [PK::Compose, PK::Swarm, PK::Kubernetes];
/// The services' kinds, in the order of format 2.
const KINDS: [SK; 7] = [SK::Frontend, SK::Backend, SK::Worker, SK::Database, SK::Cache, SK::Queue, SK::Ingress];
/// Compose's restart policies, in the order of format 2.
const RESTARTS: [RP; 4] = [RP::No, RP::Always, RP::UnlessStopped, RP::OnFailure];
/// Who runs the control plane, in the order of format 2.
const PLANES: [CP; 2] = [CP::Managed, CP::SelfHosted];
/// The panels, in the order of format 2.
const PANELS: [P; 5] = [P::Diagrams, P::Costs, P::Availability, P::Advisor, P::Commands];
/// The outcomes, in the order of format 2 (a link stores an outcome by its place here).
const OUTCOMES: [O; 10] = [
    O::Unaffected,
    O::OthersKeptServing,
    O::SomeRequestsFailed,
    O::HealedByItself,
    O::DownWhileChanged,
    O::DownUntilSomeoneActs,
    O::NotBack,
    O::NodeUsedAgain,
    O::NodeStaysEmpty,
    O::BackWithoutItsData,
];

/// A timing's place in the frozen order: its field, and whether it is a count (a varint of at
/// most 32 bits) rather than a duration [ms].
macro_rules! timings {
    ($($field:ident: $kind:ident),* $(,)?) => {
        fn put_timings(w: &mut W, t: &m_defaults::Timings) {
            $(timings!(@put w, t.$field, $kind);)*
        }
        fn get_timings(r: &mut R) -> m_defaults::Timings {
            m_defaults::Timings { $($field: timings!(@get r, $kind)),* }
        }
    };
    (@put $w:ident, $v:expr, ms) => { $w.ms($v) };
    (@put $w:ident, $v:expr, n) => { $w.u32($v) };
    (@get $r:ident, ms) => { $r.ms() };
    (@get $r:ident, n) => { $r.u32() };
}

// The timings in the order of format 2.
timings!(
    probe_period: ms,
    probe_failure_threshold: n,
    probe_timeout: ms,
    probe_initial_delay: ms,
    termination_grace: ms,
    max_surge_percent: n,
    max_unavailable_percent: n,
    progress_deadline: ms,
    hpa_sync: ms,
    hpa_tolerance_percent: n,
    hpa_scale_up_pods: n,
    hpa_scale_up_percent: n,
    hpa_scale_down_window: ms,
    hpa_cpu_initialization_period: ms,
    metrics_resolution: ms,
    endpoint_propagation: ms,
    crashloop_initial: ms,
    crashloop_max: ms,
    crashloop_reset: ms,
    node_status_update: ms,
    node_monitor_period: ms,
    node_monitor_grace: ms,
    not_ready_toleration: ms,
    max_wait_for_unmount: ms,
    image_pull: ms,
    docker_restart_initial: ms,
    docker_restart_max: ms,
    docker_restart_reset_after: ms,
    healthcheck_interval: ms,
    healthcheck_timeout: ms,
    healthcheck_retries: n,
    healthcheck_start_period: ms,
    healthcheck_start_interval: ms,
    docker_stop_grace: ms,
    swarm_heartbeat: ms,
    swarm_heartbeat_grace: n,
    swarm_restart_delay: ms,
    swarm_update_monitor: ms,
    gossip_probe_interval: ms,
    gossip_suspicion_mult: n,
    manual_volume_resize: ms,
    operator_reaction: ms,
);

fn put_probe(w: &mut W, p: &m_topology::Probe) {
    let ms = |w: &mut W, d: &SimDuration| w.ms(*d);
    w.opt(&p.period, ms);
    w.opt(&p.failure_threshold, |w, n| w.u32(*n));
    w.opt(&p.timeout, ms);
    w.opt(&p.initial_delay, ms);
    w.opt(&p.start_period, ms);
    w.opt(&p.start_interval, ms);
}

fn get_probe(r: &mut R) -> m_topology::Probe {
    m_topology::Probe { period: r.opt(R::ms), failure_threshold: r.opt(R::u32), timeout: r.opt(R::ms), initial_delay: r.opt(R::ms), start_period: r.opt(R::ms), start_interval: r.opt(R::ms) }
}

fn put_behavior(w: &mut W, b: &m_topology::HpaBehavior) {
    w.opt(&b.scale_up_pods, |w, n| w.u32(*n));
    w.opt(&b.scale_up_percent, |w, n| w.u32(*n));
    w.opt(&b.scale_up_window, |w, d| w.ms(*d));
    w.opt(&b.scale_down_window, |w, d| w.ms(*d));
}

fn get_behavior(r: &mut R) -> m_topology::HpaBehavior {
    m_topology::HpaBehavior { scale_up_pods: r.opt(R::u32), scale_up_percent: r.opt(R::u32), scale_up_window: r.opt(R::ms), scale_down_window: r.opt(R::ms) }
}

fn put_service(w: &mut W, s: &m_topology::Service) {
    w.str(&s.name);
    put_unit(w, &s.kind, &KINDS);
    w.u32(s.replicas);
    w.opt(&s.compose_replicas, |w, n| w.u32(*n));
    w.u32(s.cpu_millis);
    w.u32(s.memory_mib);
    w.ms(s.startup);
    w.bool(s.stateful);
    for p in [&s.readiness, &s.liveness, &s.startup_probe] {
        w.opt(p, put_probe);
    }
    w.opt(&s.pre_stop, |w, d| w.ms(*d));
    w.opt(&s.cpu_limit, |w, n| w.u32(*n));
    put_unit(w, &s.restart, &RESTARTS);
    w.seq(&s.depends_on, |w, d| w.str(d));
    w.opt(&s.node, |w, n| w.str(n));
    w.opt(&s.capacity_rps, |w, n| w.u32(*n));
    w.bool(s.gpu);
    w.opt(&s.autoscale, |w, a| {
        w.u32(a.min);
        w.u32(a.max);
        w.u32(a.cpu_percent);
    });
    w.opt(&s.volume_gib, |w, n| w.u32(*n));
    w.str(&s.version);
}

fn get_service(r: &mut R) -> m_topology::Service {
    let name = r.str();
    let mut s = m_topology::Service::new(&name, get_unit(r, &KINDS));
    s.replicas = r.u32();
    s.compose_replicas = r.opt(R::u32);
    s.cpu_millis = r.u32();
    s.memory_mib = r.u32();
    s.startup = r.ms();
    s.stateful = r.bool();
    s.readiness = r.opt(get_probe);
    s.liveness = r.opt(get_probe);
    s.startup_probe = r.opt(get_probe);
    s.pre_stop = r.opt(R::ms);
    s.cpu_limit = r.opt(R::u32);
    // Added after format 2 (the extension section): none until it says.
    s.memory_limit = None;
    s.restart = get_unit(r, &RESTARTS);
    s.depends_on = r.seq(R::str);
    s.node = r.opt(R::str);
    s.capacity_rps = r.opt(R::u32);
    s.gpu = r.bool();
    s.autoscale = r.opt(|r| m_topology::Autoscaler::new(r.u32(), r.u32(), r.u32()));
    s.volume_gib = r.opt(R::u32);
    s.version = r.str();
    s
}

fn put_fault(w: &mut W, f: &m_scenario::Fault) {
    use m_scenario::{FaultKind as F, NodeRef};
    w.uint(f.at.0);
    // The variant's index in the order of format 2, then its fields.
    match &f.kind {
        F::KillNode(n) => {
            w.u32(0);
            match n {
                NodeRef::Named(s) => (w.u32(0), w.str(s)),
                NodeRef::Running(s) => (w.u32(1), w.str(s)),
            };
        }
        F::RestoreNode(s) => (w.u32(1), w.str(s)).1,
        F::KillZone(s) => (w.u32(2), w.str(s)).1,
        F::RestoreZone(s) => (w.u32(3), w.str(s)).1,
        F::Crash(s) => (w.u32(4), w.str(s)).1,
        F::Hang(s) => (w.u32(5), w.str(s)).1,
        F::Deploy { service, version, healthy } => {
            w.u32(6);
            w.str(service);
            w.str(version);
            w.bool(*healthy);
        }
        F::Traffic(rps) => (w.u32(7), w.uint(*rps)).1,
        F::ConfigChange(s) => (w.u32(8), w.opt(s, |w, s| w.str(s))).1,
        F::ResizeVolume { service, gib } => {
            w.u32(9);
            w.str(service);
            w.u32(*gib);
        }
        F::Scale { service, replicas } => {
            w.u32(10);
            w.str(service);
            w.u32(*replicas);
        }
    }
}

fn get_fault(r: &mut R) -> m_scenario::Fault {
    use m_scenario::{FaultKind as F, NodeRef};
    let at = r.at();
    let kind = match r.variant(11) {
        0 => F::KillNode(if r.variant(2) == 0 { NodeRef::Named(r.str()) } else { NodeRef::Running(r.str()) }),
        1 => F::RestoreNode(r.str()),
        2 => F::KillZone(r.str()),
        3 => F::RestoreZone(r.str()),
        4 => F::Crash(r.str()),
        5 => F::Hang(r.str()),
        6 => F::Deploy { service: r.str(), version: r.str(), healthy: r.bool() },
        7 => F::Traffic(r.u64()),
        8 => F::ConfigChange(r.opt(R::str)),
        9 => F::ResizeVolume { service: r.str(), gib: r.u32() },
        _ => F::Scale { service: r.str(), replicas: r.u32() },
    };
    m_scenario::Fault { at, kind }
}

/// The document's positional part.
fn put_doc(w: &mut W, d: &Document) {
    let sc = &d.scenario;
    w.str(&sc.name);
    w.str(&sc.topology.name);
    w.seq(&sc.topology.services, put_service);
    let p = &sc.platform;
    put_unit(w, &p.kind, &PLATFORMS);
    for n in [p.nodes, p.managers, p.zones, p.gpu_nodes] {
        w.u32(n);
    }
    put_unit(w, &p.control_plane, &PLANES);
    for n in [p.self_hosted_cp_nodes, p.node_cpu_millis, p.node_memory_mib, p.kubernetes_version.major, p.kubernetes_version.minor] {
        w.u32(n);
    }
    put_timings(w, &sc.timings);
    w.opt(&sc.traffic, |w, t| (w.str(&t.entry), w.uint(t.rps)).1);
    w.seq(&sc.faults, put_fault);
    w.uint(sc.seed);
    w.ms(sc.duration);
    let s = &sc.situation;
    put_unit(w, &s.today, &PLATFORMS);
    for n in [s.machines, s.team, s.deploys_per_day, s.uptime_target] {
        w.u32(n);
    }
    w.bool(s.zero_downtime_deploys);
    w.bool(s.node_autoscaling);
    let c = &d.pricing;
    w.str(&c.prices);
    w.f64(c.ops_rate);
    w.f64(c.downtime_per_hour);
    w.opt(&c.usd_per_eur, |w, r| w.f64(*r));
    w.u32(c.horizon);
    w.f64(c.node_mtbf_hours);
    w.f64(c.replica_mtbf_hours);
    w.seq(&d.shown, |w, k| put_unit(w, k, &PLATFORMS));
}

fn get_doc(r: &mut R) -> Document {
    let name = r.str();
    let topology = m_topology::Topology { name: r.str(), services: r.seq(get_service) };
    let mut platform = m_topology::Platform::new(get_unit(r, &PLATFORMS), 0, 0, 0);
    platform.nodes = r.u32();
    platform.managers = r.u32();
    platform.zones = r.u32();
    platform.gpu_nodes = r.u32();
    platform.control_plane = get_unit(r, &PLANES);
    platform.self_hosted_cp_nodes = r.u32();
    platform.node_cpu_millis = r.u32();
    platform.node_memory_mib = r.u32();
    platform.kubernetes_version = m_defaults::KubeVersion { major: r.u32(), minor: r.u32() };
    let timings = get_timings(r);
    let traffic = r.opt(|r| m_scenario::Traffic { entry: r.str(), rps: r.u64() });
    let faults = r.seq(get_fault);
    let seed = r.u64();
    let duration = r.ms();
    let situation = m_scenario::Situation {
        today: get_unit(r, &PLATFORMS),
        machines: r.u32(),
        team: r.u32(),
        deploys_per_day: r.u32(),
        uptime_target: r.u32(),
        zero_downtime_deploys: r.bool(),
        node_autoscaling: r.bool(),
    };
    let scenario = m_scenario::Scenario { name, topology, platform, timings, traffic, faults, seed, duration, situation };
    let pricing = MPricing {
        prices: r.str(),
        ops_rate: r.f64(),
        downtime_per_hour: r.f64(),
        usd_per_eur: r.opt(R::f64),
        horizon: r.u32(),
        node_mtbf_hours: r.f64(),
        replica_mtbf_hours: r.f64(),
        // Added after format 2 (the extension section): the default until it says.
        hang_mtbf_hours: MPricing::default().hang_mtbf_hours,
    };
    let shown = r.seq(|r| get_unit(r, &PLATFORMS));
    Document { scenario, pricing, shown, story: None }
}

/// The written story (format 2, after the document).
fn put_story(w: &mut W, s: &m_written::Written) {
    w.str(&s.title);
    w.seq(&s.steps, |w, st| {
        let t = &st.words;
        for text in [&t.title, &t.narration, &t.notes, &t.question] {
            w.str(text);
        }
        w.seq(&st.shown, |w, k| put_unit(w, k, &PLATFORMS));
        put_unit(w, &st.panel, &PANELS);
        w.uint(st.from.0);
        w.uint(st.to.0);
        w.opt(&st.events, |w, e| w.seq(e, put_fault));
        w.opt(&st.question, |w, q| {
            put_unit(w, &q.platform, &PLATFORMS);
            match &q.target {
                m_written::Target::Service(s) => (w.u32(0), w.str(s)),
                m_written::Target::Node(n) => (w.u32(1), w.str(n)),
            };
            w.seq(&q.choices, |w, o| put_unit(w, o, &OUTCOMES));
        });
    });
}

fn get_story(r: &mut R) -> m_written::Written {
    let title = r.str();
    let steps = r.seq(|r| {
        // `after` was added after format 2 (the extension section).
        let words = m_written::OwnWords { title: r.str(), narration: r.str(), notes: r.str(), question: r.str(), after: String::new() };
        m_written::WrittenStep {
            words,
            shown: r.seq(|r| get_unit(r, &PLATFORMS)),
            panel: get_unit(r, &PANELS),
            from: r.at(),
            to: r.at(),
            events: r.opt(|r| r.seq(get_fault)),
            question: r.opt(|r| {
                let platform = get_unit(r, &PLATFORMS);
                let target = if r.variant(2) == 0 { m_written::Target::Service(r.str()) } else { m_written::Target::Node(r.str()) };
                m_written::Question { platform, target, choices: r.seq(|r| get_unit(r, &OUTCOMES)) }
            }),
        }
    });
    m_written::Written { title, steps }
}

/// The document's bytes in the current format (not checked, not compressed).
pub fn write(d: &Document) -> Vec<u8> {
    let mut w = W::default();
    put_doc(&mut w, d);
    w.opt(&d.story, |w, s| put_story(w, s));
    let extensions = extensions(d);
    if !extensions.is_empty() {
        w.seq(&extensions, |w, (key, value)| (w.str(key), w.bytes(value)).1);
    }
    w.0
}

/// A value of an extension, written by `f`.
fn value(f: impl FnOnce(&mut W)) -> Vec<u8> {
    let mut w = W::default();
    f(&mut w);
    w.0
}

/// The extension section: each field outside the positional part that differs from its default.
fn extensions(d: &Document) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let services = &d.scenario.topology.services;
    let behaviors: Vec<(u32, &m_topology::HpaBehavior)> = (0u32..).zip(services).filter_map(|(i, s)| s.autoscale.as_ref().and_then(|a| a.behavior.as_ref()).map(|b| (i, b))).collect();
    if !behaviors.is_empty() {
        out.push((EXT_HPA_BEHAVIOR.into(), value(|w| w.seq(&behaviors, |w, (i, b)| (w.u32(*i), put_behavior(w, b)).1))));
    }
    if d.pricing.hang_mtbf_hours != MPricing::default().hang_mtbf_hours {
        out.push((EXT_HANG_MTBF.into(), value(|w| w.f64(d.pricing.hang_mtbf_hours))));
    }
    let limits: Vec<(u32, u32)> = (0u32..).zip(services).filter_map(|(i, s)| s.memory_limit.map(|l| (i, l))).collect();
    if !limits.is_empty() {
        out.push((EXT_MEMORY_LIMIT.into(), value(|w| w.seq(&limits, |w, (i, l)| (w.u32(*i), w.u32(*l)).1))));
    }
    for (key, values) in crate::fields::keyed(services) {
        out.push((format!("{SERVICE}{key}"), value(|w| w.seq(&values, |w, (i, t)| (w.u32(*i), w.str(t)).1))));
    }
    let after: Vec<(u32, &str)> = d.story.iter().flat_map(|s| (0u32..).zip(&s.steps)).filter(|(_, st)| !st.words.after.is_empty()).map(|(i, st)| (i, st.words.after.as_str())).collect();
    if !after.is_empty() {
        out.push((EXT_STORY_AFTER.into(), value(|w| w.seq(&after, |w, (i, t)| (w.u32(*i), w.str(t)).1))));
    }
    out
}

/// Reads a whole extension value as a list of (index, value) pairs, each value read by `f`.
fn indexed<'a, T>(value: &'a [u8], f: impl Fn(&mut R<'a>) -> T) -> Result<Vec<(u32, T)>, LinkError> {
    let mut r = R::new(value);
    let list = r.seq(|r| (r.u32(), f(r)));
    r.done()?;
    Ok(list)
}

/// Puts each (index, value) on the item of `items` at that index, with `set` (which says `false`
/// for an item that already has one, or cannot have one). An index beyond the items, or an item
/// given twice, is not what Hafen writes: the link is refused.
fn by_index<I, V>(items: &mut [I], values: Vec<(u32, V)>, set: impl Fn(&mut I, V) -> bool) -> Result<(), LinkError> {
    for (i, v) in values {
        let item = usize::try_from(i).ok().and_then(|i| items.get_mut(i)).ok_or(BAD)?;
        if !set(item, v) {
            return Err(BAD);
        }
    }
    Ok(())
}

/// Sets what the extension `key` holds; `Ok(false)` for a key this build does not know.
fn extend(d: &mut Document, key: &str, value: &[u8]) -> Result<bool, LinkError> {
    let services = &mut d.scenario.topology.services;
    match key {
        EXT_HPA_BEHAVIOR => by_index(services, indexed(value, get_behavior)?, |s, b| match s.autoscale.as_mut() {
            Some(a) if a.behavior.is_none() => {
                a.behavior = Some(b);
                true
            }
            _ => false,
        })?,
        EXT_HANG_MTBF => {
            let mut r = R::new(value);
            // Checked with the rest of the pricing (its range) when the document is validated.
            d.pricing.hang_mtbf_hours = r.f64();
            r.done()?;
        }
        // Checked against the request when the document is validated.
        EXT_MEMORY_LIMIT => by_index(services, indexed(value, R::u32)?, |s, mib| s.memory_limit.replace(mib).is_none())?,
        EXT_STORY_AFTER => {
            let story = d.story.as_mut().ok_or(BAD)?;
            // Its length is checked with the story when the document is validated.
            by_index(&mut Rc::make_mut(story).steps, indexed(value, R::str)?, |st, words| !words.is_empty() && std::mem::replace(&mut st.words.after, words).is_empty())?
        }
        _ => {
            // A service field of the table, by its key (refused as a file would refuse its value).
            let field = key.strip_prefix(SERVICE).and_then(|k| crate::fields::SERVICE_FIELDS.iter().find(|f| f.key == k && !f.in_shape));
            let Some(field) = field else { return Ok(false) };
            by_index(services, indexed(value, R::str)?, |s, t| field.text(s).is_none() && field.set_text(s, Some(&t)).is_ok())?
        }
    }
    Ok(true)
}

/// Reads bytes in the shape of format `version` (1 or 2): the document, not yet checked, and how
/// many extension keys this build did not understand.
pub fn read(bytes: &[u8], version: u32) -> Result<(Document, usize), LinkError> {
    let mut r = R::new(bytes);
    let mut doc = get_doc(&mut r);
    let mut not_understood = 0;
    if version >= 2 {
        doc.story = r.opt(get_story).map(Rc::new);
        if !r.rest.is_empty() {
            let extensions = r.seq(|r| (r.str(), r.bytes()));
            // The section read whole before any of it is used.
            r.done()?;
            for (i, (key, value)) in extensions.iter().enumerate() {
                if extensions[..i].iter().any(|(k, _)| k == key) {
                    return Err(BAD);
                }
                if !extend(&mut doc, key, value)? {
                    not_understood += 1;
                }
            }
        }
    }
    r.done()?;
    Ok((doc, not_understood))
}

/// A scenario alone in the link format: the document of it with the default pricing and
/// platforms and no story (how the presets are packed, `crate::presets`).
pub fn write_scenario(sc: &m_scenario::Scenario) -> Vec<u8> {
    use m_topology::PlatformKind as K;
    write(&Document { scenario: sc.clone(), pricing: MPricing::default(), shown: vec![K::Compose, K::Kubernetes], story: None })
}

/// Reads what [`write_scenario`] wrote (not checked).
pub fn read_scenario(bytes: &[u8]) -> Result<m_scenario::Scenario, LinkError> {
    read(bytes, VERSION).map(|(d, _)| d.scenario)
}

impl Document {
    /// The document as a link fragment, `2.` + base64url.
    pub fn encode(&self) -> String {
        let bytes = self.to_bytes();
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, LEVEL);
        format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
    }

    /// Reads what [`Document::encode`] wrote (a leading `#` is ignored), checked as a file is.
    /// Settings this build does not understand are left out: [`Document::decode_counting`] counts them.
    pub fn decode(text: &str) -> Result<Document, LinkError> {
        Document::decode_counting(text).map(|d| d.doc)
    }

    /// [`Document::decode`], saying how many extension keys were skipped as not understood.
    pub fn decode_counting(text: &str) -> Result<Decoded, LinkError> {
        let text = text.strip_prefix('#').unwrap_or(text).trim();
        if text.is_empty() {
            return Err(LinkError::Empty);
        }
        if text.len() > MAX_ENCODED {
            return Err(LinkError::TooLong(text.len()));
        }
        let Some((version, body)) = text.split_once('.') else { return Err(LinkError::NoVersion) };
        let number = version.parse::<u32>().ok().filter(|v| (OLDEST..=VERSION).contains(v) && !version.starts_with('0'));
        let Some(number) = number else {
            return Err(if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
                LinkError::NoVersion
            } else {
                LinkError::UnknownVersion(version.chars().take(12).collect())
            });
        };
        let packed = URL_SAFE_NO_PAD.decode(body.trim_end_matches('=')).map_err(|_| LinkError::NotBase64)?;
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_DECODED).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooBig,
            _ => LinkError::Damaged,
        })?;
        Document::read_checked(&bytes, number)
    }

    /// The document as bytes, uncompressed and without a size limit (the current version's
    /// shape): how the page and its file worker hand a document over ([`crate::offload`]); a link
    /// uses [`Document::encode`].
    pub fn to_bytes(&self) -> Vec<u8> {
        write(self)
    }

    /// Reads what [`Document::to_bytes`] wrote, checked as a file is.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, LinkError> {
        Document::read_checked(bytes, VERSION).map(|d| d.doc)
    }

    /// Reads a document in the shape of link format `version`, checked as a file is.
    fn read_checked(bytes: &[u8], version: u32) -> Result<Decoded, LinkError> {
        let (doc, not_understood) = read(bytes, version)?;
        doc.validate().map_err(LinkError::Invalid)?;
        Ok(Decoded { doc, not_understood })
    }
}
