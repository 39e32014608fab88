//! Edits to the application a person builds in the app: each takes a scenario and returns the edited
//! one, or a reason it is refused (and then nothing changes). The app's reducer applies them; undo
//! keeps the previous scenarios.

use crate::message;
use crate::message::Message;
use crate::scenario::{Fault, Scenario, Situation, Subject, Traffic};
use crate::time::SimDuration;
use crate::topology::{PlatformKind, Probe, Service, ServiceKind};

/// A service kind on the palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteItem {
    /// Web frontend.
    Frontend,
    /// Backend / API.
    Backend,
    /// Background worker.
    Worker,
    /// PostgreSQL.
    Postgres,
    /// Redis.
    Redis,
    /// Message queue.
    Queue,
    /// Ingress / reverse proxy.
    Ingress,
    /// GPU worker.
    GpuWorker,
}

impl PaletteItem {
    /// Every item, in palette order.
    pub const ALL: [PaletteItem; 8] = [
        PaletteItem::Frontend,
        PaletteItem::Backend,
        PaletteItem::Worker,
        PaletteItem::Postgres,
        PaletteItem::Redis,
        PaletteItem::Queue,
        PaletteItem::Ingress,
        PaletteItem::GpuWorker,
    ];

    /// Stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            PaletteItem::Frontend => "frontend",
            PaletteItem::Backend => "backend",
            PaletteItem::Worker => "worker",
            PaletteItem::Postgres => "postgres",
            PaletteItem::Redis => "redis",
            PaletteItem::Queue => "queue",
            PaletteItem::Ingress => "ingress",
            PaletteItem::GpuWorker => "gpu-worker",
        }
    }

    /// The item with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// A service of this kind with the example defaults (properties of a typical application, not
    /// platform defaults: every one is editable in the inspector).
    pub fn service(self, name: &str) -> Service {
        let kind = match self {
            PaletteItem::Frontend => ServiceKind::Frontend,
            PaletteItem::Backend => ServiceKind::Backend,
            PaletteItem::Worker | PaletteItem::GpuWorker => ServiceKind::Worker,
            PaletteItem::Postgres => ServiceKind::Database,
            PaletteItem::Redis => ServiceKind::Cache,
            PaletteItem::Queue => ServiceKind::Queue,
            PaletteItem::Ingress => ServiceKind::Ingress,
        };
        let mut s = Service::new(name, kind);
        let probes = |s: &mut Service| {
            s.readiness = Some(Probe::default());
            s.liveness = Some(Probe::default());
        };
        match self {
            PaletteItem::Frontend => {
                s.replicas = 2;
                s.startup = SimDuration::from_secs(2);
                s.capacity_rps = Some(300);
                probes(&mut s);
            }
            PaletteItem::Backend => {
                s.replicas = 2;
                s.cpu_millis = 250;
                s.memory_mib = 256;
                s.capacity_rps = Some(100);
                probes(&mut s);
            }
            PaletteItem::Worker => {
                s.cpu_millis = 250;
                s.memory_mib = 256;
                s.liveness = Some(Probe::default());
            }
            PaletteItem::Postgres => {
                s.cpu_millis = 500;
                s.memory_mib = 1_024;
                s.startup = SimDuration::from_secs(8);
                s.stateful = true;
                s.volume_gib = Some(10);
                s.capacity_rps = Some(400);
                s.readiness = Some(Probe::default());
            }
            PaletteItem::Redis => {
                s.memory_mib = 256;
                s.startup = SimDuration::from_secs(1);
                s.capacity_rps = Some(1_000);
                s.readiness = Some(Probe::default());
            }
            PaletteItem::Queue => {
                s.cpu_millis = 250;
                s.memory_mib = 512;
                s.startup = SimDuration::from_secs(6);
                s.readiness = Some(Probe::default());
            }
            PaletteItem::Ingress => {
                s.replicas = 2;
                s.startup = SimDuration::from_secs(1);
                s.capacity_rps = Some(1_000);
                s.readiness = Some(Probe::default());
            }
            PaletteItem::GpuWorker => {
                s.gpu = true;
                s.cpu_millis = 2_000;
                s.memory_mib = 8_192;
                s.startup = SimDuration::from_secs(30);
                s.liveness = Some(Probe::default());
                // Slower to start than a default liveness probe allows (3 × 10 s from the start):
                // a startup probe of 30 × 10 s holds it off, as such workers' manifests do.
                s.startup_probe = Some(Probe { failure_threshold: Some(30), ..Probe::default() });
            }
        }
        s
    }
}

/// A field of a service the inspector edits: a row of [`crate::fields::SERVICE_FIELDS`].
pub use crate::fields::Field;

/// A change to the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Add a service from the palette, optionally pinned to a node.
    AddService(PaletteItem, Option<String>),
    /// Remove a service (and every reference to it).
    RemoveService(String),
    /// Set one field of a service from text typed by a person.
    SetField(String, Field, String),
    /// Add a worker node to the clusters.
    AddNode,
    /// Remove this worker node from the clusters.
    RemoveNode(String),
    /// Spread the cluster nodes over this many zones (0 = none).
    SetZones(u32),
    /// Pin a service to a node, or unpin it.
    Pin(String, Option<String>),
    /// Inject a fault (applied to every platform at the same moment).
    AddFault(Fault),
    /// Remove every fault.
    ClearFaults,
    /// Set the operator reaction time.
    SetOperator(SimDuration),
    /// Set what the team runs today and needs (the advisor's inputs).
    SetSituation(Situation),
    /// Set the traffic at the start [requests/s] (users call the entry service).
    SetTraffic(u64),
}

fn unique_name(sc: &Scenario, base: &str) -> String {
    if sc.topology.service_index(base).is_none() {
        return base.to_string();
    }
    (2..).map(|i| format!("{base}-{i}")).find(|n| sc.topology.service_index(n).is_none()).unwrap_or_else(|| base.to_string())
}

/// The node name `node-i` renumbered after `node-k` was removed.
fn shift_node(name: &str, removed: u32) -> Option<String> {
    let i: u32 = name.strip_prefix("node-")?.parse().ok()?;
    match i.cmp(&removed) {
        std::cmp::Ordering::Less => Some(name.to_string()),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!("node-{}", i - 1)),
    }
}

/// `node`'s name after `edit` (renumbered after a removed node; `None`: it was the one removed).
pub fn follow_node(node: &str, edit: &Edit) -> Option<String> {
    match edit {
        Edit::RemoveNode(removed) if node.starts_with("node-") => match removed.strip_prefix("node-").and_then(|i| i.parse().ok()) {
            Some(k) => shift_node(node, k),
            None => Some(node.to_string()),
        },
        _ => Some(node.to_string()),
    }
}

/// `faults` after `edit`: a removed service's events go, a removed node's go and the nodes after
/// it are renumbered (each fault says what it names, `subject`).
pub fn follow_faults(faults: &mut Vec<Fault>, edit: &Edit) {
    match edit {
        Edit::RemoveService(name) => faults.retain(|f| f.kind.subject() != Subject::Service(name)),
        Edit::RemoveNode(_) => faults.retain_mut(|f| match f.kind.node_mut() {
            Some(n) => match follow_node(n, edit) {
                Some(new) => {
                    *n = new;
                    true
                }
                None => false,
            },
            None => true,
        }),
        _ => {}
    }
}

/// Applies `edit` to `sc`. On success the result is valid (it passed [`Scenario::validate`]); on
/// refusal the reason is for people and `sc` is untouched.
pub fn apply(sc: &Scenario, edit: &Edit) -> Result<Scenario, Message> {
    let mut next = sc.clone();
    match edit {
        Edit::AddService(item, pin) => {
            let name = unique_name(&next, item.id());
            let mut s = item.service(&name);
            s.node = pin.clone().filter(|_| next.platform.kind != PlatformKind::Compose);
            next.topology.services.push(s);
            if next.traffic.is_none() {
                next.traffic = Some(Traffic { entry: name, rps: 50 });
            }
        }
        Edit::RemoveService(name) => {
            let before = next.topology.services.len();
            next.topology.services.retain(|s| &s.name != name);
            if next.topology.services.len() == before {
                return Err(message!("bad-no-such-service", service = name));
            }
            if next.topology.services.is_empty() {
                return Err(message!("edit-last-service"));
            }
            for s in &mut next.topology.services {
                s.depends_on.retain(|d| d != name);
            }
            if next.traffic.as_ref().is_some_and(|t| &t.entry == name) {
                let first = next.topology.services.first().map(|s| s.name.clone()).unwrap_or_default();
                if let Some(t) = next.traffic.as_mut() {
                    t.entry = first;
                }
            }
        }
        Edit::SetField(name, field, value) => {
            let s = next.topology.services.iter_mut().find(|s| &s.name == name).ok_or_else(|| message!("bad-no-such-service", service = name))?;
            field.edit(s, value)?;
        }
        Edit::AddNode => {
            if next.platform.kind == PlatformKind::Compose {
                return Err(message!("edit-compose-one-host"));
            }
            next.platform.nodes = next.platform.nodes.saturating_add(1);
        }
        Edit::RemoveNode(node) => {
            let k: u32 = node.strip_prefix("node-").and_then(|i| i.parse().ok()).ok_or_else(|| message!("edit-not-removable", node = node))?;
            if next.platform.nodes <= 1 {
                return Err(message!("edit-last-node"));
            }
            if k == 0 || k > next.platform.nodes {
                return Err(message!("story-no-node", node = node));
            }
            next.platform.nodes -= 1;
            next.platform.managers = next.platform.managers.min(next.platform.nodes);
            for s in &mut next.topology.services {
                s.node = s.node.as_deref().and_then(|n| if n.starts_with("node-") { shift_node(n, k) } else { Some(n.to_string()) });
            }
        }
        Edit::SetZones(z) => next.platform.zones = *z,
        Edit::Pin(name, node) => {
            let s = next.topology.services.iter_mut().find(|s| &s.name == name).ok_or_else(|| message!("bad-no-such-service", service = name))?;
            s.node = node.clone();
        }
        Edit::AddFault(f) => next.faults.push(f.clone()),
        Edit::ClearFaults => next.faults.clear(),
        Edit::SetOperator(d) => next.timings.operator_reaction = *d,
        Edit::SetSituation(situation) => next.situation = situation.clone(),
        Edit::SetTraffic(rps) => match next.traffic.as_mut() {
            Some(t) => t.rps = *rps,
            None => {
                let entry = next.topology.services.first().map(|s| s.name.clone()).ok_or_else(|| message!("edit-no-traffic-entry"))?;
                next.traffic = Some(Traffic { entry, rps: *rps });
            }
        },
    }
    // The events about what was removed go with it (a story's follow in `Document::edited`).
    follow_faults(&mut next.faults, edit);
    // Keep the scenario long enough to show what the faults lead to.
    let last = next.faults.iter().map(|f| f.at).max().unwrap_or_default();
    let needed = last.plus(next.timings.operator_reaction).plus(SimDuration::from_mins(30)).since(crate::time::SimTime::ZERO);
    next.duration = next.duration.max(needed).min(crate::scenario::MAX_DURATION);
    next.validate().map_err(|e| e.message)?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::field;
    use crate::presets::builtin;
    use crate::time::SimTime;

    fn feastflow() -> Scenario {
        builtin("feastflow").expect("preset")
    }

    #[test]
    fn adding_from_the_palette_gives_unique_names_and_typical_defaults() {
        let sc = apply(&feastflow(), &Edit::AddService(PaletteItem::Postgres, None)).expect("added");
        let pg = sc.topology.services.last().expect("one more");
        assert_eq!(pg.name, "postgres-2");
        assert!(pg.stateful && pg.volume_gib == Some(10));
        let sc = apply(&sc, &Edit::AddService(PaletteItem::GpuWorker, Some("node-2".into()))).expect("added");
        assert_eq!(sc.topology.services.last().and_then(|s| s.node.clone()), Some("node-2".into()));
    }

    #[test]
    fn a_services_kind_is_editable_as_an_import_may_have_guessed_it_wrong() {
        let sc = apply(&feastflow(), &Edit::SetField("backend".into(), field("kind"), "worker".into())).expect("a kind");
        assert_eq!(sc.topology.services.iter().find(|s| s.name == "backend").map(|s| s.kind), Some(ServiceKind::Worker));
        assert!(apply(&feastflow(), &Edit::SetField("backend".into(), field("kind"), "<b>".into())).is_err());
    }

    #[test]
    fn invalid_values_are_refused_with_a_reason_and_nothing_changes() {
        let sc = feastflow();
        let e = apply(&sc, &Edit::SetField("backend".into(), field("replicas"), "-1".into()));
        assert_eq!(e.map_err(|m| m.to_string()), Err("replicas cannot be negative".into()));
        let e = apply(&sc, &Edit::SetField("backend".into(), field("startup"), "soon".into()));
        assert!(e.is_err_and(|m| m.to_string().contains("not a duration")));
        let e = apply(&sc, &Edit::SetField("backend".into(), field("depends_on"), "nothing-here".into()));
        assert!(e.is_err_and(|m| m.to_string().contains("no service is called \"nothing-here\"")));
        let e = apply(&sc, &Edit::SetField("postgres".into(), field("depends_on"), "frontend".into()));
        assert!(e.is_err_and(|m| m.to_string().contains("cycle")));
        let ok = apply(&sc, &Edit::SetField("backend".into(), field("cpu"), "0.5".into())).expect("valid");
        assert_eq!(ok.topology.services.get(1).map(|s| s.cpu_millis), Some(500));
    }

    #[test]
    fn removing_a_node_renumbers_pins_and_faults_and_drops_its_own() {
        let mut sc = feastflow();
        sc.topology.services.iter_mut().for_each(|s| s.node = Some("node-3".into()));
        sc.faults = vec![
            Fault::kill_node("node-2").at(SimTime(10_000)),
            Fault::kill_node("node-3").at(SimTime(20_000)),
        ];
        let sc = apply(&sc, &Edit::RemoveNode("node-2".into())).expect("removed");
        assert_eq!(sc.platform.nodes, 2);
        assert!(sc.topology.services.iter().all(|s| s.node.as_deref() == Some("node-2")));
        assert_eq!(sc.faults.len(), 1);
        assert_eq!(sc.faults.first().map(|f| f.kind.clone()), Some(Fault::kill_node("node-2").kind));
        let one = apply(&apply(&sc, &Edit::RemoveNode("node-1".into())).expect("ok"), &Edit::RemoveNode("node-1".into()));
        assert!(one.is_err_and(|m| m.to_string().contains("at least one")));
    }

    #[test]
    fn removing_a_service_removes_every_reference_to_it() {
        let sc = apply(&feastflow(), &Edit::RemoveService("backend".into())).expect("removed");
        assert!(sc.topology.services.iter().all(|s| !s.depends_on.contains(&"backend".to_string())));
        let sc = apply(&sc, &Edit::RemoveService("frontend".into())).expect("removed");
        assert_eq!(sc.traffic.map(|t| t.entry), Some("postgres".into()));
    }

    #[test]
    fn the_situation_and_the_traffic_are_edits_and_absurd_values_are_refused() {
        let sc = feastflow();
        let team_of_five = Situation { team: 5, ..sc.situation.clone() };
        assert_eq!(apply(&sc, &Edit::SetSituation(team_of_five)).map(|s| s.situation.team), Ok(5));
        let compose_cluster = Situation { machines: 3, ..sc.situation.clone() };
        assert!(apply(&sc, &Edit::SetSituation(compose_cluster)).is_err_and(|m| m.to_string().contains("one machine")));
        assert_eq!(apply(&sc, &Edit::SetTraffic(400)).map(|s| s.traffic.map(|t| t.rps)), Ok(Some(400)));
        assert!(apply(&sc, &Edit::SetTraffic(u64::MAX)).is_err());
        let slow = apply(&sc, &Edit::SetField("backend".into(), field("startup_probe"), "on".into())).expect("valid");
        assert_eq!(slow.topology.services.get(1).and_then(|s| s.startup_probe.as_ref()).and_then(|p| p.failure_threshold), Some(30));
        assert!(apply(&sc, &Edit::SetField("backend".into(), field("cpu_limit"), "100m".into())).is_err_and(|m| m.to_string().contains("below the request")));
    }

    #[test]
    fn an_image_is_an_edit_and_an_empty_spaced_or_marked_up_one_is_refused_keeping_the_old() {
        let sc = apply(&feastflow(), &Edit::SetField("postgres".into(), field("image"), " postgres:16-alpine ".into())).expect("valid");
        assert_eq!(sc.topology.services.get(2).and_then(|s| s.image.as_deref()), Some("postgres:16-alpine"));
        for (bad, why) in [("", "needs a name"), ("  ", "needs a name"), ("postgres 16", "not an image name"), ("<b>pg</b>", "not an image name")] {
            let e = apply(&sc, &Edit::SetField("postgres".into(), field("image"), bad.into()));
            assert!(e.is_err_and(|m| m.to_string().contains(why)), "{bad:?}");
        }
    }

    #[test]
    fn faults_stretch_the_run_to_show_their_consequences() {
        let f = Fault::crash("backend").at(SimTime::ZERO.plus(SimDuration::from_hours(2)));
        let sc = apply(&feastflow(), &Edit::AddFault(f)).expect("added");
        assert_eq!(sc.duration, SimDuration::from_mins(2 * 60 + 15 + 30));
    }
}
