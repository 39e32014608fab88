//! Swarm's Raft managers and a self-hosted Kubernetes control plane's etcd: without a majority
//! nothing is rescheduled, evicted or scaled.

use super::platform::Platform;
use super::ids::{NodeId, RepId};
use super::{node_lifecycle, operator, swarm, Sim};
use crate::cause::Cause;
use crate::run::TraceKind;

/// Whether a majority of the managers (Swarm's Raft) or of the control plane's etcd members is up;
/// without one, neither Swarm's orchestrator nor Kubernetes' controllers change anything.
pub(crate) struct Quorum {
    held: bool,
}

impl Quorum {
    /// A platform starts with every manager up.
    pub(crate) fn new() -> Self {
        Quorum { held: true }
    }

    /// A majority is up.
    pub(crate) fn held(&self) -> bool {
        self.held
    }
}

impl Sim<'_> {
    /// Swarm managers or a self-hosted Kubernetes control plane (etcd) need a majority up to change
    /// anything. Called whenever a node dies or returns.
    pub(crate) fn update_quorum(&mut self) {
        let managers = self.world.nodes.iter().filter(|n| n.manager).count();
        if managers == 0 {
            return;
        }
        let up = self.world.nodes.iter().filter(|n| n.manager && n.alive()).count();
        let quorum = up > managers / 2;
        if quorum == self.quorum.held {
            return;
        }
        self.quorum.held = quorum;
        let platform = self.platform;
        platform.quorum_changed(self, quorum, up, managers);
    }

    /// Swarm's managers lost or regained their majority (`up` of `managers`); once back, failed
    /// tasks are replaced and every service is looked at again.
    pub(crate) fn swarm_quorum_changed(&mut self, quorum: bool, up: usize, managers: usize) {
        if quorum {
            self.log(TraceKind::Quorum, "swarm", Cause::SwarmQuorumBack { up, managers });
            let mut waiting: Vec<RepId> = self.service_ids()
                .flat_map(|si| self.world.of_service(si))
                .filter(|&r| self.world.rep(r).deleted() && !self.world.rep(r).replaced())
                .collect();
            waiting.sort_unstable();
            for rep in waiting {
                if let Some(epoch) = self.rep_epoch(rep) {
                    self.push(self.now, swarm::Ev::Replace { rep, epoch });
                }
            }
            for si in self.service_ids() {
                self.mark_dirty(si);
            }
            self.reschedule.all = true;
        } else {
            self.log(TraceKind::Quorum, "swarm", Cause::SwarmQuorumLost { up, managers });
        }
    }

    pub(super) fn k8s_quorum_changed(&mut self, quorum: bool, up: usize, members: usize) {
        if !quorum {
            self.log(TraceKind::Quorum, "control-plane", Cause::EtcdQuorumLost { up, members });
            return;
        }
        self.log(TraceKind::Quorum, "control-plane", Cause::EtcdQuorumBack { up, members });
        // The node controller now sees every node silent past its grace period at once (one still
        // within it is marked when it runs out, as scheduled at its death); overdue evictions
        // happen now.
        let dead: Vec<NodeId> = self.world.nodes_with_ids().filter(|(_, n)| !n.alive()).map(|(i, _)| i).collect();
        for node in dead {
            if self.world.node(node).api_ready {
                if self.now >= self.not_ready_due(self.world.node(node).last_heartbeat) {
                    self.node_not_ready(node);
                }
                continue;
            }
            for rep in self.reps_on(node) {
                let r = self.world.rep(rep);
                let epoch = r.epoch;
                if !r.deleted() {
                    self.push(self.now, node_lifecycle::Ev::Evict { rep, epoch });
                } else if self.rep_service(rep).stateful {
                    self.push(self.now, operator::Ev::ForceDeletes { rep, epoch });
                }
            }
        }
        for si in self.service_ids() {
            self.mark_dirty(si);
        }
        self.reschedule.all = true;
    }
}
