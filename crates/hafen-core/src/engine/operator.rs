//! The human operator: acts after the operator reaction time where a platform does not heal
//! itself (restarting a container with restart: no, rolling back a broken release, force-deleting
//! a StatefulSet pod, bringing back the host that holds the data).

use super::platform::Platform;
use super::ids::{NodeId, RepId, SvcId};
use super::{containers, Sim};
use crate::cause::{Cause, Created, Deletion};
use crate::run::{ReplicaState, TraceKind};
use crate::time::SimDuration;

/// What the operator does, `operator_reaction` after noticing.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// Brings back a host (at the node's epoch when it died).
    RestoresHost { node: NodeId, epoch: u32 },
    /// Restarts a container no platform restarts.
    Restarts { rep: RepId, epoch: u32 },
    /// Force-deletes a StatefulSet pod stuck on a dead node.
    ForceDeletes { rep: RepId, epoch: u32 },
    /// Rolls back rollout number `rollout` of a broken release.
    RollsBack { service: SvcId, rollout: u32 },
}

/// Handles an operator's action that still applies.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::RestoresHost { node, epoch } if sim.node_current(node, epoch) => sim.restore_node(node, true),
        Ev::Restarts { rep, epoch } if sim.rep_current(rep, epoch) => sim.operator_restarts(rep),
        Ev::ForceDeletes { rep, epoch } if sim.rep_current(rep, epoch) => sim.operator_force_deletes(rep),
        Ev::RollsBack { service, rollout } => sim.operator_rolls_back(service, rollout),
        _ => {} // stale: the node or replica changed since
    }
}

impl Sim<'_> {
    /// A StatefulSet pod stays Terminating on a dead node: the operator force-deletes it, and the
    /// StatefulSet recreates it once its volume is force-detached.
    pub(crate) fn operator_force_deletes(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if self.node_alive(r.node()) || !self.quorum.held() {
            return;
        }
        let (si, name, slot) = (r.service(), r.name.clone(), r.slot());
        let reaction = self.t.operator_reaction;
        self.remove(rep);
        let command = crate::commands::Names::of(self.sc).force_delete(&name);
        self.log(TraceKind::Operator, &name, Cause::OperatorForceDeletes { rep: name.clone(), reaction, command });
        // The StatefulSet recreates the same identity; its ReadWriteOnce volume is still attached to the
        // dead node until the attach/detach controller gives up waiting for an unmount.
        let new = self.new_rep(si, Some(slot));
        let detach = self.t.max_wait_for_unmount;
        self.world.rep_mut(new).volume_free_at = Some(self.now.plus(detach));
        self.schedule_new(new, Created::StatefulSetRecreatesDetached { detach });
    }

    /// A broken release is still the target: the operator rolls back to the version it came from.
    pub(crate) fn operator_rolls_back(&mut self, si: SvcId, id: u32) {
        let st = self.svc_state(si);
        // Only if that release is still the target (nobody rolled forward or back meanwhile).
        if st.rollouts != id {
            return;
        }
        let bad = st.versions.get(st.target).is_some_and(|v| !v.healthy);
        if !bad {
            return;
        }
        let from = self.svc_state(si).rollout.as_ref().map(|r| r.from).unwrap_or_else(|| st.target.saturating_sub(1));
        let previous = self.version_name(si, from);
        let name = self.service_name(si);
        let (reaction, platform) = (self.t.operator_reaction, self.kind());
        let command = crate::commands::Names::of(self.sc).release(&name, &crate::cause::Release::Rollback { version: previous.clone() }, platform);
        self.log(TraceKind::Operator, &name, Cause::OperatorRollsBack { service: name.clone(), platform, previous, reaction, command });
        let platform = self.platform;
        platform.before_rollback(self, si);
        self.start_rollout(si, from, false, true);
    }

    /// A StatefulSet does not replace a pod that never became Ready: before a rollback the
    /// operator deletes those of service `si`.
    pub(crate) fn delete_unready_for_rollback(&mut self, si: SvcId) {
        for rep in self.reps_of(si) {
            if !self.world.rep(rep).in_endpoints() {
                self.delete_gracefully(rep, Deletion::OperatorDeletesForRollback);
            }
        }
    }

    /// A container no platform restarts (`restart: no`, a hang without a liveness probe): the
    /// operator restarts it.
    pub(crate) fn operator_restarts(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if !self.node_alive(r.node()) || r.deleted() {
            return;
        }
        let (name, si) = (r.name.clone(), r.service());
        let svc = self.service_name(si);
        let hung = self.world.rep(rep).hung;
        let grace = if hung { self.platform.stop_grace(self.t) } else { SimDuration::ZERO };
        let (reaction, platform) = (self.t.operator_reaction, self.kind());
        let hung_grace = hung.then_some(grace);
        let command = crate::commands::Names::of(self.sc).restart(&name, &svc, platform, hung);
        self.log(TraceKind::Operator, &name, Cause::OperatorRestarts { rep: name.clone(), service: svc, platform, reaction, hung_grace, command });
        if self.world.rep(rep).process_up {
            self.stop_process(rep, true);
            self.set_state(rep, ReplicaState::Terminating);
        }
        let epoch = self.world.rep(rep).epoch;
        self.push(self.now.plus(grace), containers::Ev::Start { rep, epoch });
    }
}
