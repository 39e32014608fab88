//! Swarm's orchestrator and updater: a failed task is replaced in its slot after the restart
//! delay, a service update runs one task at a time, stop-first, pausing on failure; and the
//! gossip layer (memberlist) that takes a dead node's tasks out of the routing mesh.

use super::ids::{NodeId, RepId, SvcId};
use super::{Ev, Sim};
use crate::cause::{Cause, Created, Deletion, TaskFailure};
use crate::run::{ReplicaState, TraceKind};
use crate::time::SimDuration;

impl Sim<'_> {
    /// How long Swarm's gossip layer (memberlist, DefaultLANConfig) takes to declare a dead node
    /// dead: another member probes it within one probe interval (a seeded phase), the probe and its
    /// indirect probes fail within that interval, then the suspicion timeout of
    /// SuspicionMult × max(1, log10 n) intervals runs. With more members than SuspicionMult it waits for
    /// SuspicionMult − 2 confirmations, assumed to arrive one probe interval apart (an approximation).
    pub(super) fn gossip_detection(&self, node: NodeId) -> SimDuration {
        let t = self.t;
        let interval = t.gossip_probe_interval.as_millis();
        let n = self.world.nodes.len().max(1) as f64;
        let scale = n.log10().max(1.0);
        let suspicion = (f64::from(t.gossip_suspicion_mult) * scale * interval as f64).round() as u64;
        let k = u64::from(t.gossip_suspicion_mult.saturating_sub(2));
        let confirmations = if (self.world.nodes.len() as u64).saturating_sub(2) < k { 0 } else { k };
        let phase = self.world.node(node).gossip_phase;
        SimDuration(phase + interval + suspicion + confirmations * interval)
    }

    /// Swarm's gossip layer declared `node` dead: the routing mesh stops sending to its tasks.
    pub(super) fn gossip_dead(&mut self, node: NodeId) {
        let mut hidden = 0;
        for rep in self.reps_on(node) {
            if self.world.rep(rep).in_endpoints() {
                self.world.set_listed(rep, false);
                hidden += 1;
            }
        }
        if hidden == 0 {
            return;
        }
        let name = self.node_name(node);
        let t = self.t;
        let cause = Cause::MeshRemoved { node: name.clone(), probe_interval: t.gossip_probe_interval, suspicion_mult: t.gossip_suspicion_mult, tasks: hidden };
        self.log(TraceKind::MeshRemoved, &name, cause);
    }

    /// A task exited, became unhealthy or was lost with its node: Swarm shuts it down and, after the
    /// restart delay, starts a new task for the same slot (restart condition `any`).
    pub(crate) fn swarm_task_failed(&mut self, rep: RepId, why: TaskFailure) {
        let r = self.world.rep(rep);
        if r.gone() || (r.deleted() && r.replaced()) {
            return;
        }
        self.world.set_deleted(rep);
        self.world.set_listed(rep, false);
        self.world.set_app_up(rep, false);
        self.world.rep_mut(rep).process_up = false;
        let r = self.world.rep(rep);
        let (epoch, node) = (r.epoch, r.node());
        let name = r.name.clone();
        let dead_node = !self.node_alive(node);
        self.set_state(rep, if dead_node { ReplicaState::Unknown } else { ReplicaState::Exited });
        // A failing task during a service update pauses the update.
        let si = self.world.rep(rep).service();
        let mut paused = false;
        if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
            if ro.updating == Some(rep) && !ro.paused {
                ro.paused = true;
                paused = true;
            }
        }
        if paused {
            let svc = self.service_name(si);
            self.log(TraceKind::UpdatePaused, &svc, Cause::UpdatePaused { service: svc.clone() });
        }
        if !self.quorum {
            self.log(TraceKind::TaskFailed, &name, Cause::TaskFailedNoQuorum { rep: name.clone(), why });
            return;
        }
        let delay = self.t.swarm_restart_delay;
        self.log(TraceKind::TaskFailed, &name, Cause::TaskFailed { rep: name.clone(), why, delay });
        self.push(self.now.plus(delay), Ev::SwarmReplace { rep, epoch });
    }

    pub(crate) fn swarm_replace(&mut self, rep: RepId) {
        if !self.quorum {
            return;
        }
        let r = self.world.rep(rep);
        if r.replaced() {
            return;
        }
        let (si, slot, node) = (r.service(), r.slot(), r.node());
        self.world.set_replaced(rep);
        let was_updating = self.svc_state(si).rollout.as_ref().is_some_and(|ro| ro.updating == Some(rep));
        if self.node_alive(node) {
            self.remove(rep);
        }
        if self.slot_held(si, slot) {
            return;
        }
        let new = self.new_rep(si, Some(slot));
        if was_updating {
            if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
                ro.updating = Some(new);
            }
        }
        self.schedule_new(new, Created::SwarmTask);
    }

    pub(super) fn reconcile_swarm(&mut self, si: SvcId) {
        if !self.quorum {
            return;
        }
        let st = self.svc_state(si);
        let desired = st.desired;
        for slot in self.world.free_slots_below(si, desired) {
            let rep = self.new_rep(si, Some(slot));
            self.schedule_new(rep, Created::SwarmTaskForReplicas { desired });
        }
        let mut extra: Vec<RepId> = self.world.live_in_slots_from(si, desired, |_| true).into_iter().map(|(_, r)| r).collect();
        extra.sort_unstable();
        for r in extra {
            self.delete_gracefully(r, Deletion::SwarmScaledDown { desired });
        }
        self.swarm_update_step(si);
    }

    /// Service update: parallelism 1, delay 0, stop-first: stop one old task, start its replacement,
    /// and move on once it has run for the monitor period.
    pub(super) fn swarm_update_step(&mut self, si: SvcId) {
        let st = self.svc_state(si);
        let target = st.target;
        let Some(ro) = st.rollout.as_ref() else { return };
        if ro.paused || ro.updating.is_some() {
            return;
        }
        let outdated = self.world.live_slot_extreme(si, |v| v != target, false);
        let svc_name = self.service_name(si);
        let v = self.version_name(si, target);
        let Some(old) = outdated else {
            {
                let st = &mut self.svcs[si.index()];
                st.rollout = None;
            }
            self.log(TraceKind::RolloutComplete, &svc_name, Cause::SwarmUpdateComplete { service: svc_name.clone(), version: v });
            return;
        };
        let slot = self.world.rep(old).slot();
        let old_name = self.rep_name(old);
        self.world.set_replaced(old);
        self.delete_gracefully(old, Deletion::SwarmUpdateStopFirst { version: v.clone() });
        let new = self.new_rep(si, Some(slot));
        if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
            ro.updating = Some(new);
        }
        self.schedule_new(new, Created::SwarmUpdate { old: old_name, version: v });
    }

    /// Called when a Swarm task's container starts; without a HEALTHCHECK it is running now.
    pub(crate) fn swarm_task_started(&mut self, rep: RepId) {
        if self.rep_service(rep).liveness.is_none() {
            self.swarm_task_running(rep);
        }
    }

    /// A Swarm task reached `running`: an updating task now has to survive the monitor period.
    pub(crate) fn swarm_task_running(&mut self, rep: RepId) {
        let si = self.world.rep(rep).service();
        let updating = self.svc_state(si).rollout.as_ref().is_some_and(|ro| ro.updating == Some(rep));
        if updating {
            let epoch = self.world.rep(rep).epoch;
            self.push(self.now.plus(self.t.swarm_update_monitor), Ev::SwarmMonitorDone { rep, epoch });
        }
    }

    pub(crate) fn swarm_monitor_done(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if !r.process_up || r.deleted() {
            return;
        }
        let si = r.service();
        if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
            if ro.updating == Some(rep) {
                ro.updating = None;
            }
        }
        self.swarm_update_step(si);
    }
}
