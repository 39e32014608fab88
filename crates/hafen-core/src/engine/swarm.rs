//! Swarm's orchestrator and updater: a failed task is replaced in its slot after the restart
//! delay; a service update runs one task at a time, stop-first, moving on as soon as the new task
//! runs and pausing when a task it created fails within the monitor window; and the gossip layer
//! (memberlist) that takes a dead node's tasks out of the routing mesh.

use super::ids::{NodeId, RepId, SvcId};
use super::Sim;
use crate::cause::{Cause, Created, Deletion, TaskFailure};
use crate::run::{LeftBehind, ReplicaState, TraceKind};
use crate::time::SimDuration;

/// Swarm's `local` volumes of one stateful service.
#[derive(Default)]
pub(crate) struct ServiceVolumes {
    /// The node whose local volume holds each slot's data, by slot. Only a record: Swarm's
    /// scheduler does not keep a task near its data (see [`Sim::claim_volume`]).
    homes: Vec<Option<NodeId>>,
    /// The nodes where a task of the service created its local volume (Docker's `local` driver
    /// creates a named volume on the node that first mounts it).
    created: Vec<NodeId>,
    /// Tasks that started on another node than their slot's data, in order.
    left_behind: Vec<LeftBehind>,
}

/// Swarm's `local` volumes, per service.
pub(crate) struct Volumes {
    services: Vec<ServiceVolumes>,
}

impl Volumes {
    /// No volumes yet for `n` services.
    pub(crate) fn new(n: usize) -> Self {
        Volumes { services: (0..n).map(|_| ServiceVolumes::default()).collect() }
    }

    /// Service `si`'s volumes; a missing service is a broken invariant and fails loudly.
    fn of_mut(&mut self, si: SvcId) -> &mut ServiceVolumes {
        let n = self.services.len();
        self.services.get_mut(si.index()).unwrap_or_else(|| si.missing(n))
    }

    /// Per service, in topology order: the tasks that started away from their data.
    pub(crate) fn into_left_behind(self) -> impl Iterator<Item = Vec<LeftBehind>> {
        self.services.into_iter().map(|s| s.left_behind)
    }
}

/// Swarm's own events.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// The orchestrator starts a replacement task for a failed one (at its epoch when it failed).
    Replace { rep: RepId, epoch: u32 },
    /// The monitor window after an update's last slot is over.
    MonitorDone { service: SvcId, rollout: u32 },
    /// The gossip layer declares a dead node dead: the routing mesh drops its tasks.
    GossipDead { node: NodeId, epoch: u32 },
}

/// Handles a Swarm event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::Replace { rep, epoch } if sim.rep_current(rep, epoch) => sim.swarm_replace(rep),
        Ev::MonitorDone { service, rollout } => sim.swarm_monitor_done(service, rollout),
        Ev::GossipDead { node, epoch } if sim.node_current(node, epoch) => sim.gossip_dead(node),
        _ => {} // stale: the task or node changed since
    }
}

impl Sim<'_> {
    /// A stateful Swarm task bound to `node` mounts the service's named volume there; Docker's `local`
    /// driver creates it on the node on first use (docs "Manage data in Docker": volumes; a stack
    /// file's top-level `volumes:` without a driver is `local`). When the slot's data is on another
    /// node, the task runs on a new, empty volume (or one an earlier task left on `node`) and its
    /// data stays where it was: recorded and logged. From then on the slot's data is here.
    pub(crate) fn claim_volume(&mut self, rep: RepId, node: NodeId) {
        if !self.rep_service(rep).stateful {
            return;
        }
        let (si, slot) = (self.world.rep(rep).service(), self.world.rep(rep).slot() as usize);
        let st = self.volumes.of_mut(si);
        if st.homes.len() <= slot {
            st.homes.resize(slot + 1, None);
        }
        let home = st.homes[slot].replace(node);
        let empty = !st.created.contains(&node);
        if empty {
            st.created.push(node);
        }
        let Some(home) = home.filter(|&h| h != node) else { return };
        let (name, node_name, data_node) = (self.rep_name(rep), self.node_name(node), self.node_name(home));
        self.volumes.of_mut(si).left_behind.push(LeftBehind { t: self.now, rep: name.clone(), node: node_name.clone(), data_node: data_node.clone(), empty });
        self.log(TraceKind::DataLeftBehind, &name, Cause::SwarmDataLeftBehind { rep: name.clone(), node: node_name, data_node, empty });
    }

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
    /// restart delay, starts a new task for the same slot (restart condition `any`), of the service's
    /// current version (swarmkit restart.go `Restart`: `NewTask` from the service spec), so a task of
    /// a bad release keeps being replaced by another of the same release.
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
        if !self.quorum.held() {
            self.log(TraceKind::TaskFailed, &name, Cause::TaskFailedNoQuorum { rep: name.clone(), why });
            return;
        }
        let delay = self.t.swarm_restart_delay;
        // A task on a node the managers declared down keeps its last reported state (running, or
        // still starting) until the dispatcher orphans it after 24 h (swarmkit dispatcher.go
        // `markNodeNotReady`, `defaultNodeDownPeriod`): for the updater it has not failed.
        let ended = !matches!(why, TaskFailure::LostWithNode { .. });
        self.log(TraceKind::TaskFailed, &name, Cause::TaskFailed { rep: name.clone(), why, delay });
        self.push(self.now.plus(delay), Ev::Replace { rep, epoch });
        if ended {
            self.swarm_update_task_ended(rep);
        }
    }

    pub(crate) fn swarm_replace(&mut self, rep: RepId) {
        if !self.quorum.held() {
            return;
        }
        let r = self.world.rep(rep);
        if r.replaced() {
            return;
        }
        let (si, slot, node) = (r.service(), r.slot(), r.node());
        self.world.set_replaced(rep);
        if self.node_alive(node) {
            self.remove(rep);
        }
        if self.slot_held(si, slot) {
            return;
        }
        let new = self.new_rep(si, Some(slot));
        self.schedule_new(new, Created::SwarmTask);
    }

    pub(super) fn reconcile_swarm(&mut self, si: SvcId) {
        if !self.quorum.held() {
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

    /// Service update as swarmkit's updater runs it with Swarm's defaults (api/defaults/service.go:
    /// parallelism 1, delay 0, order stop-first, failure action pause, monitor 5 s, max failure ratio
    /// 0), manager/orchestrator/update/updater.go: `Run` hands the outdated slots one at a time to a
    /// `worker`, whose `updateTask` shuts the old task down and waits for the new one to reach
    /// RUNNING (or to fail); with delay 0 the worker takes the next slot at once. `monitor` is not a
    /// pause between slots: it is the window after a task reached RUNNING in which its failure
    /// triggers the failure action (`failureTriggersAction`), and `Run` waits it once, after the last
    /// slot, before it declares the update complete.
    pub(super) fn swarm_update_step(&mut self, si: SvcId) {
        let st = self.svc_state(si);
        let target = st.target;
        let Some(ro) = st.rollout.as_ref() else { return };
        if ro.paused || ro.updating.is_some() || ro.monitoring {
            return;
        }
        let (first, id, updated_any) = (ro.updated.is_empty() && ro.slots == 0, ro.id, !ro.updated.is_empty());
        if first {
            let slots: u32 = self.world.version_counts(si).filter(|&(v, _)| v != target).map(|(_, c)| c.live).sum();
            if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
                ro.slots = slots;
            }
        }
        let outdated = self.world.live_slot_extreme(si, |v| v != target, false);
        let Some(old) = outdated else {
            if updated_any {
                // Every slot handed out: watch for failures one more monitor window, then complete.
                if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
                    ro.monitoring = true;
                }
                self.push(self.now.plus(self.t.swarm_update_monitor), Ev::MonitorDone { service: si, rollout: id });
            } else {
                // Nothing to update: `Run` completes at once.
                self.swarm_update_complete(si);
            }
            return;
        };
        let v = self.version_name(si, target);
        let slot = self.world.rep(old).slot();
        let old_name = self.rep_name(old);
        self.world.set_replaced(old);
        self.delete_gracefully(old, Deletion::SwarmUpdateStopFirst { version: v.clone() });
        let new = self.new_rep(si, Some(slot));
        if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
            ro.updating = Some(new);
            ro.updated.push((new, None));
        }
        self.schedule_new(new, Created::SwarmUpdate { old: old_name, version: v });
    }

    fn swarm_update_complete(&mut self, si: SvcId) {
        let svc_name = self.service_name(si);
        let v = self.version_name(si, self.svc_state(si).target);
        self.svc_state_mut(si).rollout = None;
        self.log(TraceKind::RolloutComplete, &svc_name, Cause::SwarmUpdateComplete { service: svc_name.clone(), version: v });
    }

    /// Called when a Swarm task's container starts; without a HEALTHCHECK it is running now.
    pub(crate) fn swarm_task_started(&mut self, rep: RepId) {
        if self.rep_service(rep).liveness.is_none() {
            self.swarm_task_running(rep);
        }
    }

    /// A Swarm task reached RUNNING (its container started; with a HEALTHCHECK, healthy: moby's
    /// executor reports it running only then). If the updater's worker waited for it, its monitor
    /// window starts now and the worker takes the next slot.
    pub(crate) fn swarm_task_running(&mut self, rep: RepId) {
        let si = self.world.rep(rep).service();
        let now = self.now;
        let Some(ro) = self.svc_state_mut(si).rollout.as_mut() else { return };
        if ro.updating != Some(rep) {
            return;
        }
        ro.updating = None;
        if let Some(u) = ro.updated.iter_mut().find(|(r, _)| *r == rep) {
            u.1 = Some(now);
        }
        if ro.paused {
            return;
        }
        let unseen = std::mem::take(&mut ro.unseen);
        // Failures that came while the worker brought up the last slot are read now.
        for failed in unseen {
            if self.swarm_update_failure(si, failed) {
                return;
            }
        }
        self.swarm_update_step(si);
    }

    /// A task's state went past RUNNING (it failed, or was shut down on a node that came back):
    /// the worker waiting for it is done, and if the update created it, the updater decides whether
    /// its failure counts. While the worker brings up the last slot, `Run` is in `wg.Wait()` and
    /// reads the failure only afterwards.
    pub(crate) fn swarm_update_task_ended(&mut self, rep: RepId) {
        let si = self.world.rep(rep).service();
        let target = self.svc_state(si).target;
        let last_slot = self.world.live_slot_extreme(si, |v| v != target, false).is_none();
        let Some(ro) = self.svc_state_mut(si).rollout.as_mut() else { return };
        if ro.paused || !ro.updated.iter().any(|(r, _)| *r == rep) {
            return;
        }
        if ro.updating == Some(rep) {
            // `updateTask` sees a state past RUNNING and returns; the task never ran, so its
            // failure counts (the updater stamps it now: 0 s ≤ monitor).
            ro.updating = None;
        } else if ro.updating.is_some() && last_slot {
            ro.unseen.push(rep);
            return;
        }
        if !self.swarm_update_failure(si, rep) {
            self.swarm_update_step(si);
        }
    }

    /// The failure of `rep`, a task of the update of `si`, seen now: it triggers the failure action
    /// (pause) if it never ran or ran at most `monitor` (`failureTriggersAction`: `startedAt.IsZero()
    /// || time.Since(startedAt) <= monitoringPeriod`; max failure ratio 0). True when it paused.
    fn swarm_update_failure(&mut self, si: SvcId, rep: RepId) -> bool {
        let (now, monitor) = (self.now, self.t.swarm_update_monitor);
        let (service, task) = (self.service_name(si), self.rep_name(rep));
        let Some(ro) = self.svc_state_mut(si).rollout.as_mut() else { return false };
        let started = ro.updated.iter().find(|(r, _)| *r == rep).and_then(|&(_, t)| t);
        let ran = started.map(|t| now.since(t));
        if ran.is_some_and(|r| r > monitor) {
            return false;
        }
        ro.paused = true;
        let (updated, slots) = (ro.updated.len() as u32, ro.slots);
        self.log(TraceKind::UpdatePaused, &service, Cause::UpdatePaused { service: service.clone(), task, ran, monitor, updated, slots });
        true
    }

    /// The monitor window after the update's last slot is over: the update is complete.
    pub(crate) fn swarm_monitor_done(&mut self, si: SvcId, id: u32) {
        let done = self.svc_state(si).rollout.as_ref().is_some_and(|ro| ro.id == id && ro.monitoring && !ro.paused);
        if done {
            self.swarm_update_complete(si);
        }
    }
}
