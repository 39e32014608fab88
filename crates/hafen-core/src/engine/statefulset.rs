//! The Kubernetes StatefulSet controller: stable identities created in order, one pod at a time
//! from the highest ordinal, no replacement while a node has not confirmed a pod stopped, and the
//! volume that must be detached from a dead node first.

use super::ids::{RepId, SvcId};
use super::{containers, Sim};
use crate::cause::{Cause, Created, Deletion};
use crate::run::TraceKind;

/// The StatefulSet's own events.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// The volume a recreated pod waits for is detached from the dead node.
    VolumeDetached { rep: RepId, epoch: u32 },
}

/// Handles a StatefulSet event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::VolumeDetached { rep, epoch } if sim.rep_current(rep, epoch) => sim.volume_detached(rep),
        _ => {} // stale: the pod changed since
    }
}

impl Sim<'_> {
    pub(super) fn reconcile_statefulset(&mut self, si: SvcId) {
        let st = self.svc_state(si);
        let (desired, target) = (st.desired, st.target);
        let name = self.service_name(si);
        // Missing identities are created in order (OrderedReady: only when the lower ones are Ready).
        for slot in self.world.free_slots_below(si, desired) {
            if !self.world.listed_below(si, slot) {
                break;
            }
            let rep = self.new_rep(si, Some(slot));
            self.schedule_new(rep, Created::StatefulSetRecreates);
        }
        // Scale down from the highest ordinal.
        if let Some(&(_, r)) = self.world.live_in_slots_from(si, desired, |_| true).last() {
            self.delete_gracefully(r, Deletion::StatefulSetScaledDown { desired });
        }
        // Rolling update: highest ordinal first, one at a time, only while all others are Ready.
        let outdated = self.world.live_slot_extreme(si, |v| v != target, true);
        let all_ready = self.world.version_counts(si).all(|(_, c)| c.ready == c.live);
        let busy = self.world.any_terminating(si);
        if let (Some(r), true, false) = (outdated, all_ready, busy) {
            let v = self.version_name(si, target);
            self.delete_gracefully(r, Deletion::StatefulSetUpdate { version: v });
        }
        // kubectl rollout status (rollout_status.go, StatefulSetStatusViewer): complete when
        // readyReplicas ≥ replicas and every pod is at the update revision. Not while a deleted
        // pod's successor has yet to start: the pods left must be the new ones, enough of them Ready.
        let updated = self.world.version_count(si, target);
        let all_updated = self.world.version_counts(si).all(|(v, c)| v == target || c.live == 0);
        let done = self.svc_state(si).rollout.as_ref().is_some() && all_updated && updated.ready >= desired && updated.ready == updated.live;
        if done {
            self.svc_state_mut(si).rollout = None;
            let v = self.version_name(si, target);
            self.log(TraceKind::RolloutComplete, &name, Cause::RolloutComplete { service: name.clone(), version: v, pods: None });
        }
    }

    pub(crate) fn volume_detached(&mut self, rep: RepId) {
        let name = self.rep_name(rep);
        self.log(TraceKind::VolumeAttached, &name, Cause::VolumeAttached { rep: name.clone() });
        let epoch = self.world.rep(rep).epoch;
        self.push(self.now.plus(self.t.image_pull), containers::Ev::Start { rep, epoch });
    }
}
