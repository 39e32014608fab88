//! The scenario's events (a crash, a hang, a node or zone failure, a release, traffic, a
//! configuration change, a resize, a scale) handed to the mechanism each concerns.

use super::ids::{NodeId, RepId, SvcId};
use super::Sim;
use crate::cause::{Cause, Exit, Ignored};
use crate::run::TraceKind;
use crate::scenario::{FaultKind, NodeRef};

impl Sim<'_> {
    /// The first replica of service `svc` (by name) whose process runs, in creation order; with
    /// `answering`, one that is not hung.
    pub(super) fn running_of(&self, svc: &str, answering: bool) -> Option<RepId> {
        let si = SvcId::at(self.sc.topology.service_index(svc)?);
        self.world.of_service(si).find(|&r| {
            let r = self.world.rep(r);
            r.process_up && !(answering && r.hung)
        })
    }

    pub(super) fn fault(&mut self, i: usize) {
        let Some(f) = self.sc.faults.get(i) else { return };
        match &f.kind {
            FaultKind::KillNode(target) => {
                let node = match target {
                    NodeRef::Named(name) => self.world.node_named(name),
                    NodeRef::Running(svc) => {
                        self.running_of(svc, false).and_then(|r| self.world.rep(r).node())
                    }
                };
                match node {
                    Some(n) => self.kill_node(n),
                    None => {
                        let (what, ignored) = match target {
                            NodeRef::Named(n) => (n.clone(), Ignored::KillNoSuchNode { node: n.clone() }),
                            // The service named is what the entry is about.
                            NodeRef::Running(s) => (s.clone(), Ignored::KillNoNodeRunning { service: s.clone() }),
                        };
                        self.log(TraceKind::FaultIgnored, &what, Cause::Ignored(ignored))
                    }
                }
            }
            FaultKind::RestoreNode(name) => match self.world.node_named(name) {
                Some(n) => self.restore_node(n, false),
                None => self.log(TraceKind::FaultIgnored, name, Cause::Ignored(Ignored::RestoreNoSuchNode { node: name.clone() })),
            },
            FaultKind::KillZone(zone) | FaultKind::RestoreZone(zone) => {
                let kill = matches!(f.kind, FaultKind::KillZone(_));
                let zi = self.sc.platform.zone_names().iter().position(|z| z == zone).map(|z| z as u32);
                let members: Vec<NodeId> = self.world.nodes_with_ids().filter(|(_, n)| n.zone.is_some() && n.zone == zi).map(|(i, _)| i).collect();
                let (zone, nodes) = (zone.clone(), members.len());
                if kill {
                    self.log(TraceKind::ZoneDown, &zone, Cause::ZoneDown { zone: zone.clone(), nodes });
                } else {
                    self.log(TraceKind::ZoneUp, &zone, Cause::ZoneUp { zone: zone.clone(), nodes });
                }
                for n in members {
                    if kill {
                        self.kill_node(n)
                    } else {
                        self.restore_node(n, false)
                    }
                }
            }
            FaultKind::Crash(svc) => {
                let rep = self.running_of(svc, false);
                match rep {
                    Some(rep) => {
                        let name = self.rep_name(rep);
                        self.log(TraceKind::Crash, &name, Cause::Crash { rep: name.clone() });
                        self.process_exited(rep, Exit::Crashed);
                    }
                    None => self.log(TraceKind::FaultIgnored, svc, Cause::Ignored(Ignored::CrashNothingRunning { service: svc.clone() })),
                }
            }
            FaultKind::Hang(svc) => {
                let rep = self.running_of(svc, true);
                match rep {
                    Some(rep) => self.hang(rep),
                    None => self.log(TraceKind::FaultIgnored, svc, Cause::Ignored(Ignored::HangNothingRunning { service: svc.clone() })),
                }
            }
            FaultKind::Deploy { service, version, healthy } => {
                if let Some(si) = self.sc.topology.service_index(service).map(SvcId::at) {
                    self.deploy(si, version.clone(), *healthy, false);
                }
            }
            FaultKind::Traffic(rps) => {
                let before = self.flow.set_rps(*rps as f64);
                let entry = self.flow.entry.map(|e| self.service_name(e)).unwrap_or_default();
                self.log(TraceKind::Traffic, &entry, Cause::Traffic { entry: entry.clone(), from: before, to: *rps });
            }
            FaultKind::ConfigChange(target) => self.config_change(target.clone()),
            FaultKind::ResizeVolume { service, gib } => {
                if let Some(si) = self.sc.topology.service_index(service).map(SvcId::at) {
                    self.resize_volume(si, *gib);
                }
            }
            FaultKind::Scale { service, replicas } => {
                if let Some(si) = self.sc.topology.service_index(service).map(SvcId::at) {
                    self.manual_scale(si, *replicas);
                }
            }
        }
    }
}
