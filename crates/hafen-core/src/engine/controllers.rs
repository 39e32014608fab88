//! Controllers: Kubernetes Deployments (rolling updates, progress deadline) and StatefulSets, Swarm
//! services (restart, rescheduling, rolling update with pause, quorum), Compose operations, the
//! HorizontalPodAutoscaler, and the human operator.

use crate::run::TraceKind;
use super::{Ev, Sim};
use crate::run::ReplicaState;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service, ServiceKind};

/// A release of a service.
#[derive(Clone, Debug)]
pub(crate) struct Version {
    pub name: String,
    pub healthy: bool,
}

/// A rollout (Kubernetes) or service update (Swarm) in progress.
#[derive(Clone, Debug)]
pub(crate) struct Rollout {
    pub id: u32,
    /// Version index rolled away from.
    pub from: usize,
    pub last_progress: SimTime,
    pub ready_new: usize,
    pub stalled: bool,
    /// Swarm: the update is paused after a failed task (`--update-failure-action pause`).
    pub paused: bool,
    /// Swarm: the task being updated and waiting for its monitor period.
    pub updating: Option<usize>,
}

/// What the platform's controller wants for one service.
#[derive(Clone, Debug)]
pub(crate) struct SvcState {
    /// Desired replicas (Deployment/StatefulSet `replicas`, Swarm `replicas`, Compose containers).
    pub desired: u32,
    pub versions: Vec<Version>,
    /// Version index the controller converges to.
    pub target: usize,
    pub next_number: u32,
    pub rollouts: u32,
    pub rollout: Option<Rollout>,
    /// HPA recommendations of the last scale-down window: (time, replicas).
    pub hpa_recs: Vec<(SimTime, u32)>,
    /// Swarm, stateful services: the node holding each slot's local volume, by slot.
    pub homes: Vec<Option<usize>>,
}

impl SvcState {
    pub(crate) fn new(s: &Service, kind: PlatformKind) -> Self {
        let mut desired = s.replicas_on(kind);
        if let (PlatformKind::Kubernetes, Some(a)) = (kind, &s.autoscale) {
            desired = desired.clamp(a.min, a.max);
        }
        SvcState {
            desired,
            versions: vec![Version { name: s.version.clone(), healthy: true }],
            target: 0,
            next_number: 0,
            rollouts: 0,
            rollout: None,
            // The HPA controller starts its recommendation history with the current replicas
            // (pkg/controller/podautoscaler: the first reconcile stores currentReplicas), so a
            // scale-down waits a full stabilization window.
            hpa_recs: if s.autoscale.is_some() { vec![(SimTime::ZERO, desired)] } else { Vec::new() },
            homes: Vec::new(),
        }
    }

}

pub(crate) fn percent_up(n: u32, pct: u32) -> u32 {
    (u64::from(n) * u64::from(pct)).div_ceil(100) as u32
}

fn percent_down(n: u32, pct: u32) -> u32 {
    (u64::from(n) * u64::from(pct) / 100) as u32
}

impl Sim<'_> {
    fn version_name(&self, si: usize, v: usize) -> String {
        self.svcs.get(si).and_then(|s| s.versions.get(v)).map(|v| v.name.clone()).unwrap_or_default()
    }

    /// Controllers react to whatever changed: Pending replicas get another chance, every service
    /// converges towards its desired state.
    ///
    /// Runs after every event: only services whose replicas changed are looked at, repeatedly while
    /// reconciling changes more (bounded, so a controller bug cannot loop forever).
    pub(crate) fn after_change(&mut self) {
        if !self.quorum {
            // Neither Swarm's orchestrator nor Kubernetes' controllers act without a majority.
            return;
        }
        for _ in 0..16 {
            if self.reschedule.all || !self.reschedule.nodes.is_empty() {
                self.retry_pending();
            }
            let dirty = std::mem::take(&mut self.dirty);
            if dirty.is_empty() {
                return;
            }
            for si in dirty {
                match self.kind() {
                    PlatformKind::Kubernetes if self.service(si).is_some_and(|s| s.stateful) => self.reconcile_statefulset(si),
                    PlatformKind::Kubernetes => self.reconcile_deployment(si),
                    PlatformKind::Swarm => self.reconcile_swarm(si),
                    PlatformKind::Compose => {}
                }
            }
        }
    }

    /// Marks every service for its controller to look at (desired counts or versions changed).
    pub(crate) fn mark_dirty(&mut self, si: usize) {
        if si < self.svcs.len() {
            self.dirty.insert(si);
        }
        self.autoscaled_changed(si);
    }

    fn retry_pending(&mut self) {
        let changed = std::mem::take(&mut self.reschedule);
        let candidates = if changed.all {
            self.world.pending()
        } else {
            // A Pending replica failed on every node when it was last tried; only the changed nodes
            // got better since. Replicas of a service differ only in their Swarm volume's node.
            let mut c = Vec::new();
            for si in 0..self.svcs.len() {
                let Some(first) = self.world.pending_of(si).next() else { continue };
                let fits = |rep: usize| self.need_of(rep).is_some_and(|need| changed.nodes.iter().any(|&n| self.node_takes(&need, n)));
                if self.kind() == PlatformKind::Swarm && self.service(si).is_some_and(|s| s.stateful) {
                    c.extend(self.world.pending_of(si).filter(|&r| fits(r)));
                } else if fits(first) {
                    c.extend(self.world.pending_of(si));
                }
            }
            c.sort_unstable();
            c
        };
        for rep in candidates {
            if let Some(node) = self.place(rep) {
                self.bind(rep, node);
                let (name, node_name) = (self.rep_name(rep), self.node_name(node));
                self.log(TraceKind::Scheduled, &name, format!("{name}: scheduled on {node_name} now that it fits"));
                self.start_bound(rep);
            }
        }
        // The retry above skipped replicas no changed node accepts; in test builds, check that none
        // of them could have been placed (small worlds only: the check tries every node).
        #[cfg(debug_assertions)]
        if self.world.pending().len() <= 64 {
            for rep in self.world.pending() {
                assert!(self.place(rep).is_none(), "engine invariant broken: Pending replica #{rep} fits but the scheduler skipped it");
            }
        }
    }

    fn start_bound(&mut self, rep: usize) {
        let epoch = self.world.rep(rep).epoch;
        match self.world.get(rep).and_then(|r| r.volume_free_at) {
            Some(free) if free > self.now => self.push(free, Ev::VolumeDetached { rep, epoch }),
            _ => self.push(self.now.plus(self.t.image_pull), Ev::ContainerStart { rep, epoch }),
        }
    }

    /// Binds a freshly created replica and starts it, or leaves it Pending.
    pub(crate) fn schedule_new(&mut self, rep: usize, why: String) {
        let name = self.rep_name(rep);
        self.set_state(rep, ReplicaState::Pending);
        match self.place(rep) {
            Some(node) => {
                self.bind(rep, node);
                self.set_state(rep, ReplicaState::Pending);
                let node_name = self.node_name(node);
                let how = if self.kind() == PlatformKind::Compose { String::new() } else { " (spread, most free resources)".to_string() };
                self.log(TraceKind::Scheduled, &name, format!("{why}; {name} on {node_name}{how}"));
                self.start_bound(rep);
            }
            None => {
                let reason = self.unschedulable_reason(rep);
                self.log(TraceKind::Pending, &name, format!("{why}; {name} {reason}"));
            }
        }
    }

    /// Deletes a replica gracefully. Swarm takes a task out of the routing mesh before stopping it
    /// (moby's executor waits 2 s for the gossip to converge), and Compose's containers are not
    /// behind a load balancer, so neither fails requests. Kubernetes marks the pod Terminating and
    /// sends SIGTERM at once (after its preStop pause, if any) while the endpoint's removal still
    /// propagates to kube-proxy: until it arrives, requests reaching a pod that stopped answering
    /// fail. On a dead node nothing happens until the node is back.
    fn delete_gracefully(&mut self, rep: usize, why: &str) {
        let kube = self.kind() == PlatformKind::Kubernetes;
        let propagation = self.t.endpoint_propagation;
        let Some(r) = self.world.get(rep) else { return };
        if r.deleted() {
            return;
        }
        let (name, node, listed) = (r.name.clone(), r.node(), r.in_endpoints());
        self.world.set_deleted(rep);
        let alive = self.node_alive(node) || node.is_none();
        let lingers = kube && alive && listed && propagation > SimDuration::ZERO;
        self.world.set_lingering(rep, lingers);
        if !lingers {
            self.world.set_listed(rep, false);
        }
        self.set_state(rep, ReplicaState::Terminating);
        self.log(TraceKind::Terminating, &name, format!("{name}: {why}"));
        if !alive {
            return;
        }
        if lingers {
            self.push(self.now.plus(propagation), Ev::EndpointGone { rep });
        }
        let pre_stop = self.rep_service(rep).and_then(|s| s.pre_stop).filter(|p| kube && *p > SimDuration::ZERO);
        let answering = self.world.get(rep).is_some_and(|r| r.process_up && r.app_up());
        match pre_stop {
            Some(pause) if answering => self.push(self.now.plus(pause), Ev::PreStopDone { rep }),
            _ => self.sigterm(rep),
        }
    }

    /// SIGTERM to a deleted replica: an answering application shuts down at once and the pod is gone;
    /// a hung one ignores it and is killed after the grace period.
    fn sigterm(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if r.gone() {
            return;
        }
        if r.hung {
            let grace = if self.kind() == PlatformKind::Kubernetes { self.t.termination_grace } else { self.t.docker_stop_grace };
            let epoch = r.epoch;
            self.push(self.now.plus(grace), Ev::Killed { rep, epoch });
        } else {
            self.remove(rep);
        }
    }

    /// The preStop pause of a deleted pod is over.
    pub(crate) fn pre_stop_done(&mut self, rep: usize) {
        if self.world.get(rep).is_some_and(|r| r.deleted() && !r.gone()) {
            self.sigterm(rep);
        }
    }

    /// A deleted pod's endpoint removal reached kube-proxy: no more requests go there.
    pub(crate) fn endpoint_gone(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if !r.endpoint_lingers() {
            return;
        }
        let (was_listed, gone, name) = (r.in_endpoints(), r.gone(), r.name.clone());
        self.world.set_lingering(rep, false);
        self.world.set_listed(rep, false);
        if was_listed && gone {
            let propagation = self.t.endpoint_propagation;
            self.log(
                TraceKind::EndpointRemoved,
                &name,
                format!("{name}: its removal from the Service endpoints reached kube-proxy ({} after the delete); requests sent to it meanwhile failed, as it stopped at SIGTERM (no preStop pause covers the propagation)", propagation.human()),
            );
        }
    }

    // ------------------------------------------------------------ Kubernetes Deployment

    fn create_pod(&mut self, si: usize, why: &str) -> usize {
        let rep = self.new_rep(si, None);
        let name = self.rep_name(rep);
        self.schedule_new(rep, format!("{why}: {name} created"));
        rep
    }

    /// The Deployment controller (with its ReplicaSets) for service `si`. It works from counts
    /// (pods per version, Ready ones) and lists pods only when it deletes some, so a sync costs
    /// O(versions) while nothing needs doing, however many pods the service has.
    fn reconcile_deployment(&mut self, si: usize) {
        let Some(st) = self.svcs.get(si) else { return };
        let (desired, target) = (st.desired, st.target);
        let (mut total, mut available) = (0u32, 0u32);
        for (_, c) in self.world.version_counts(si) {
            total += c.live;
            available += c.ready;
        }
        let new = self.world.version_count(si, target);
        let old_live = total - new.live;
        let ready = |s: &Self, r: usize| s.world.get(r).is_some_and(|r| r.in_endpoints());
        let svc_name = self.service_name(si);
        if old_live == 0 {
            let have = new.live;
            for _ in have..desired {
                self.create_pod(si, &format!("the ReplicaSet of {svc_name} has {have} of {desired} pods"));
            }
            if have > desired {
                // Not-ready pods go first, then the newest.
                let n = (have - desired) as usize;
                let mut extra = self.world.pick(si, |_| true, false, n, true);
                extra.extend(self.world.pick(si, |_| true, true, n - extra.len().min(n), true));
                for r in extra {
                    self.delete_gracefully(r, &format!("scaled down to {desired} replicas"));
                }
            }
            let done = self.svcs.get(si).and_then(|s| s.rollout.as_ref()).is_some() && new.ready >= desired;
            if done {
                if let Some(st) = self.svcs.get_mut(si) {
                    st.rollout = None;
                }
                let v = self.version_name(si, target);
                self.log(TraceKind::RolloutComplete, &svc_name, format!("{svc_name}: rollout to {v} complete ({desired} of {desired} pods Ready)"));
            }
            return;
        }
        // Rolling update (maxSurge rounded up, maxUnavailable rounded down).
        let t = self.t;
        let surge = percent_up(desired, t.max_surge_percent);
        let mut unavailable = percent_down(desired, t.max_unavailable_percent);
        if surge == 0 && unavailable == 0 {
            // Validation refuses 0 % for both, but maxUnavailable rounds down (25 % of 3 pods is 0) and a
            // 0 % surge can make both 0: the Deployment controller then allows one unavailable pod
            // (pkg/controller/deployment/util ResolveFenceposts).
            unavailable = 1;
        }
        let create = (desired + surge).saturating_sub(total).min(desired.saturating_sub(new.live));
        let v = self.version_name(si, target);
        for _ in 0..create {
            self.create_pod(si, &format!("rolling update of {svc_name} to {v} (maxSurge {surge})"));
        }
        // The pods just created are of the new version and not Ready.
        let all = total + create;
        let new_ready = new.ready;
        let new_unavailable = new.live + create - new_ready;
        let min_available = desired.saturating_sub(unavailable);
        let mut budget = all.saturating_sub(min_available).saturating_sub(new_unavailable);
        let old_ready = available - new_ready;
        let mut can_remove_ready = available.saturating_sub(min_available);
        // First old pods that are not Ready anyway, then Ready ones while enough stay available.
        if budget > 0 && (old_live > old_ready || can_remove_ready > 0) {
            // At most `budget` of each kind can go: the oldest not-Ready ones, then the oldest Ready.
            let n = budget as usize;
            let mut old_sorted = self.world.pick(si, |v| v != target, false, n, false);
            old_sorted.extend(self.world.pick(si, |v| v != target, true, n, false));
            for r in old_sorted {
                if budget == 0 {
                    break;
                }
                if ready(self, r) {
                    if can_remove_ready == 0 {
                        continue;
                    }
                    can_remove_ready -= 1;
                }
                budget -= 1;
                self.delete_gracefully(r, &format!("old pod scaled down by the rolling update to {v} (maxUnavailable {unavailable})"));
            }
        }
        // Progress bookkeeping for progressDeadlineSeconds.
        let now = self.now;
        let deadline = t.progress_deadline;
        let mut arm = None;
        if let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) {
            if new_ready as usize > ro.ready_new || create > 0 {
                ro.ready_new = new_ready as usize;
                ro.last_progress = now;
                arm = Some(ro.id);
            }
        }
        if let Some(id) = arm {
            self.push(now.plus(deadline), Ev::ProgressDeadline { service: si, rollout: id });
        }
    }

    pub(crate) fn progress_deadline(&mut self, si: usize, id: u32) {
        let now = self.now;
        let deadline = self.t.progress_deadline;
        let name = self.service_name(si);
        let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) else { return };
        if ro.id != id || ro.stalled || now.since(ro.last_progress) < deadline {
            return;
        }
        ro.stalled = true;
        self.log(
            TraceKind::RolloutStalled,
            &name,
            format!("{name}: rollout made no progress for {} (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes does not roll back by itself", deadline.human()),
        );
    }

    // ------------------------------------------------------------ Kubernetes StatefulSet

    fn reconcile_statefulset(&mut self, si: usize) {
        let Some(st) = self.svcs.get(si) else { return };
        let (desired, target) = (st.desired, st.target);
        let name = self.service_name(si);
        // Missing identities are created in order (OrderedReady: only when the lower ones are Ready).
        for slot in self.world.free_slots_below(si, desired) {
            if !self.world.listed_below(si, slot) {
                break;
            }
            let rep = self.new_rep(si, Some(slot));
            let rn = self.rep_name(rep);
            self.schedule_new(rep, format!("the StatefulSet recreates {rn}"));
        }
        // Scale down from the highest ordinal.
        if let Some(&(_, r)) = self.world.live_in_slots_from(si, desired, |_| true).last() {
            self.delete_gracefully(r, &format!("StatefulSet scaled down to {desired}"));
        }
        // Rolling update: highest ordinal first, one at a time, only while all others are Ready.
        let outdated = self.world.live_slot_extreme(si, |v| v != target, true);
        let all_ready = self.world.version_counts(si).all(|(_, c)| c.ready == c.live);
        let busy = self.world.any_terminating(si);
        if let (Some(r), true, false) = (outdated, all_ready, busy) {
            let v = self.version_name(si, target);
            self.delete_gracefully(r, &format!("StatefulSet rolling update to {v}: replaced one pod at a time, highest ordinal first"));
        }
        let done = self.world.version_counts(si).all(|(v, c)| v == target && c.ready == c.live) && self.svcs.get(si).and_then(|s| s.rollout.as_ref()).is_some();
        if done {
            if let Some(st) = self.svcs.get_mut(si) {
                st.rollout = None;
            }
            let v = self.version_name(si, target);
            self.log(TraceKind::RolloutComplete, &name, format!("{name}: rollout to {v} complete"));
        }
    }

    pub(crate) fn evict(&mut self, rep: usize) {
        if !self.quorum {
            return;
        }
        let Some(r) = self.world.get(rep) else { return };
        if r.deleted() {
            return;
        }
        self.world.set_deleted(rep);
        self.world.set_listed(rep, false);
        let r = self.world.rep(rep);
        let name = r.name.clone();
        let node_name = r.node().map(|n| self.node_name(n)).unwrap_or_default();
        self.set_state(rep, ReplicaState::Terminating);
        let stateful = self.rep_service(rep).is_some_and(|s| s.stateful);
        let toleration = self.t.not_ready_toleration;
        if stateful {
            self.log(
                TraceKind::PodEvicted,
                &name,
                format!(
                    "{name} deleted after {} on unreachable {node_name} (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it",
                    toleration.human()
                ),
            );
        } else {
            self.log(
                TraceKind::PodEvicted,
                &name,
                format!("{name} evicted: {node_name} unreachable for {} (tolerationSeconds); stays Terminating on the dead node, the ReplicaSet replaces it", toleration.human()),
            );
        }
    }

    pub(crate) fn operator_force_deletes(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if self.node_alive(r.node()) || !self.quorum {
            return;
        }
        let (si, name, slot) = (r.service(), r.name.clone(), r.slot());
        let reaction = self.t.operator_reaction;
        self.remove(rep);
        self.log(
            TraceKind::Operator,
            &name,
            format!("operator force-deletes {name} after {} (kubectl delete pod --force --grace-period=0; operator reaction)", reaction.human()),
        );
        // The StatefulSet recreates the same identity; its ReadWriteOnce volume is still attached to the
        // dead node until the attach/detach controller gives up waiting for an unmount.
        let new = self.new_rep(si, Some(slot));
        let detach = self.t.max_wait_for_unmount;
        if let Some(r) = self.world.get_mut(new) {
            r.volume_free_at = Some(self.now.plus(detach));
        }
        self.schedule_new(
            new,
            format!("the StatefulSet recreates {name}; its ReadWriteOnce volume is force-detached from the dead node after {} (maxWaitForUnmountDuration)", detach.human()),
        );
    }

    pub(crate) fn volume_detached(&mut self, rep: usize) {
        let name = self.rep_name(rep);
        self.log(TraceKind::VolumeAttached, &name, format!("{name}: volume force-detached from the dead node and attached here"));
        let epoch = self.world.rep(rep).epoch;
        self.push(self.now.plus(self.t.image_pull), Ev::ContainerStart { rep, epoch });
    }

    // ------------------------------------------------------------ Swarm

    /// Swarm managers or a self-hosted Kubernetes control plane (etcd) need a majority up to change
    /// anything. Called whenever a node dies or returns.
    pub(crate) fn update_quorum(&mut self) {
        let managers = self.world.nodes.iter().filter(|n| n.manager).count();
        if managers == 0 {
            return;
        }
        let up = self.world.nodes.iter().filter(|n| n.manager && n.alive()).count();
        let quorum = up > managers / 2;
        if quorum == self.quorum {
            return;
        }
        self.quorum = quorum;
        if self.kind() == PlatformKind::Kubernetes {
            self.k8s_quorum_changed(quorum, up, managers);
            return;
        }
        if quorum {
            self.log(TraceKind::Quorum, "swarm", format!("swarm has a majority of managers again ({up} of {managers}); the orchestrator catches up"));
            let mut waiting: Vec<usize> = (0..self.svcs.len())
                .flat_map(|si| self.world.of_service(si))
                .filter(|&r| self.world.rep(r).deleted() && !self.world.rep(r).replaced())
                .collect();
            waiting.sort_unstable();
            for rep in waiting {
                if let Some(epoch) = self.rep_epoch(rep) {
                    self.push(self.now, Ev::SwarmReplace { rep, epoch });
                }
            }
            for si in 0..self.svcs.len() {
                self.mark_dirty(si);
            }
            self.reschedule.all = true;
        } else {
            self.log(
                TraceKind::Quorum,
                "swarm",
                format!("swarm lost its manager quorum: {up} of {managers} managers up, {} needed; no task is rescheduled or restarted until a majority is back (running tasks keep running)", managers / 2 + 1),
            );
        }
    }

    fn k8s_quorum_changed(&mut self, quorum: bool, up: usize, members: usize) {
        if !quorum {
            self.log(
                TraceKind::Quorum,
                "control-plane",
                format!(
                    "etcd lost its quorum: {up} of {members} control-plane nodes up, {} needed; the API server stops answering: no node is marked NotReady, nothing is evicted, scheduled or scaled until a majority is back; running pods keep running and kubelets still restart crashed containers",
                    members / 2 + 1
                ),
            );
            return;
        }
        self.log(TraceKind::Quorum, "control-plane", format!("etcd has a majority again ({up} of {members}); the controllers catch up"));
        // The node controller now sees every silent node at once; overdue evictions happen now.
        let dead: Vec<usize> = self.world.nodes.iter().enumerate().filter(|(_, n)| !n.alive()).map(|(i, _)| i).collect();
        for node in dead {
            if self.world.nodes.get(node).is_some_and(|n| n.api_ready) {
                self.node_not_ready(node);
                continue;
            }
            for rep in self.reps_on(node) {
                let Some(r) = self.world.get(rep) else { continue };
                let epoch = r.epoch;
                if !r.deleted() {
                    self.push(self.now, Ev::Evict { rep, epoch });
                } else if self.rep_service(rep).is_some_and(|s| s.stateful) {
                    self.push(self.now, Ev::OperatorForceDeletes { rep, epoch });
                }
            }
        }
        for si in 0..self.svcs.len() {
            self.mark_dirty(si);
        }
        self.reschedule.all = true;
    }

    /// A task exited, became unhealthy or was lost with its node: Swarm shuts it down and, after the
    /// restart delay, starts a new task for the same slot (restart condition `any`).
    pub(crate) fn swarm_task_failed(&mut self, rep: usize, why: &str) {
        let Some(r) = self.world.get(rep) else { return };
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
        if let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) {
            if ro.updating == Some(rep) && !ro.paused {
                ro.paused = true;
                paused = true;
            }
        }
        if paused {
            let svc = self.service_name(si);
            self.log(TraceKind::UpdatePaused, &svc, format!("{svc}: the updated task failed; the update is paused (--update-failure-action pause)"));
        }
        if !self.quorum {
            self.log(TraceKind::TaskFailed, &name, format!("{why}; no manager quorum, so nothing replaces it"));
            return;
        }
        let delay = self.t.swarm_restart_delay;
        self.log(TraceKind::TaskFailed, &name, format!("{why}; Swarm starts a new task for the slot after {} (--restart-delay, restart condition any)", delay.human()));
        self.push(self.now.plus(delay), Ev::SwarmReplace { rep, epoch });
    }

    pub(crate) fn swarm_replace(&mut self, rep: usize) {
        if !self.quorum {
            return;
        }
        let Some(r) = self.world.get(rep) else { return };
        if r.replaced() {
            return;
        }
        let (si, slot, node) = (r.service(), r.slot(), r.node());
        self.world.set_replaced(rep);
        let was_updating = self.svcs.get(si).and_then(|s| s.rollout.as_ref()).is_some_and(|ro| ro.updating == Some(rep));
        if self.node_alive(node) {
            self.remove(rep);
        }
        if self.slot_held(si, slot) {
            return;
        }
        let new = self.new_rep(si, Some(slot));
        if was_updating {
            if let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) {
                ro.updating = Some(new);
            }
        }
        let name = self.rep_name(new);
        self.schedule_new(new, format!("Swarm creates task {name}"));
    }

    fn reconcile_swarm(&mut self, si: usize) {
        if !self.quorum {
            return;
        }
        let Some(st) = self.svcs.get(si) else { return };
        let desired = st.desired;
        for slot in self.world.free_slots_below(si, desired) {
            let rep = self.new_rep(si, Some(slot));
            let name = self.rep_name(rep);
            self.schedule_new(rep, format!("Swarm creates task {name} (replicas: {desired})"));
        }
        let mut extra: Vec<usize> = self.world.live_in_slots_from(si, desired, |_| true).into_iter().map(|(_, r)| r).collect();
        extra.sort_unstable();
        for r in extra {
            self.delete_gracefully(r, &format!("service scaled down to {desired}"));
        }
        self.swarm_update_step(si);
    }

    /// Service update: parallelism 1, delay 0, stop-first: stop one old task, start its replacement,
    /// and move on once it has run for the monitor period.
    fn swarm_update_step(&mut self, si: usize) {
        let Some(st) = self.svcs.get(si) else { return };
        let target = st.target;
        let Some(ro) = st.rollout.as_ref() else { return };
        if ro.paused || ro.updating.is_some() {
            return;
        }
        let outdated = self.world.live_slot_extreme(si, |v| v != target, false);
        let svc_name = self.service_name(si);
        let v = self.version_name(si, target);
        let Some(old) = outdated else {
            if let Some(st) = self.svcs.get_mut(si) {
                st.rollout = None;
            }
            self.log(TraceKind::RolloutComplete, &svc_name, format!("{svc_name}: service update to {v} complete"));
            return;
        };
        let slot = self.world.rep(old).slot();
        let old_name = self.rep_name(old);
        if self.world.get(old).is_some() {
            self.world.set_replaced(old);
        }
        self.delete_gracefully(old, &format!("service update to {v}: stopped first (--update-order stop-first, parallelism 1)"));
        let new = self.new_rep(si, Some(slot));
        if let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) {
            ro.updating = Some(new);
        }
        let name = self.rep_name(new);
        self.schedule_new(new, format!("service update replaces {old_name}: task {name} with {v}"));
    }

    /// Called when a Swarm task's container starts; without a HEALTHCHECK it is running now.
    pub(crate) fn swarm_task_started(&mut self, rep: usize) {
        if self.rep_service(rep).is_some_and(|s| s.liveness.is_none()) {
            self.swarm_task_running(rep);
        }
    }

    /// A Swarm task reached `running`: an updating task now has to survive the monitor period.
    pub(crate) fn swarm_task_running(&mut self, rep: usize) {
        let si = self.world.rep(rep).service();
        let updating = self.svcs.get(si).and_then(|s| s.rollout.as_ref()).is_some_and(|ro| ro.updating == Some(rep));
        if updating {
            let epoch = self.world.rep(rep).epoch;
            self.push(self.now.plus(self.t.swarm_update_monitor), Ev::SwarmMonitorDone { rep, epoch });
        }
    }

    pub(crate) fn swarm_monitor_done(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if !r.process_up || r.deleted() {
            return;
        }
        let si = r.service();
        if let Some(ro) = self.svcs.get_mut(si).and_then(|s| s.rollout.as_mut()) {
            if ro.updating == Some(rep) {
                ro.updating = None;
            }
        }
        self.swarm_update_step(si);
    }

    // ------------------------------------------------------------ releases and changes

    /// Deploys `version` of service `si`. `restart` marks a configuration change (same code).
    pub(crate) fn deploy(&mut self, si: usize, version: String, healthy: bool, restart: bool) {
        let Some(st) = self.svcs.get_mut(si) else { return };
        st.versions.push(Version { name: version, healthy });
        let idx = st.versions.len() - 1;
        self.start_rollout(si, idx, restart, false);
    }

    /// Rolls service `si` to version index `idx`: a new release, a configuration change (`restart`),
    /// or a rollback to the version it came from (`rollback`: Kubernetes reuses the old ReplicaSet,
    /// so pods already at that version stay).
    fn start_rollout(&mut self, si: usize, idx: usize, restart: bool, rollback: bool) {
        let name = self.service_name(si);
        let Some(st) = self.svcs.get_mut(si) else { return };
        let from = st.target;
        let Some(v) = st.versions.get(idx) else { return };
        let (version, healthy) = (v.name.clone(), v.healthy);
        st.target = idx;
        st.rollouts += 1;
        let id = st.rollouts;
        let now = self.now;
        st.rollout = Some(Rollout { id, from, last_progress: now, ready_new: 0, stalled: false, paused: false, updating: None });
        let stateful = self.service(si).is_some_and(|s| s.stateful);
        let what = if restart {
            "configuration change".to_string()
        } else if rollback {
            format!("rollback to {version}")
        } else {
            format!("release {version}")
        };
        match self.kind() {
            PlatformKind::Compose => {
                let cmd = if restart { "docker compose restart" } else { "docker compose up -d" };
                let keep = |s: &Self, r: usize| rollback && s.world.get(r).is_some_and(|r| r.version() == idx && r.process_up);
                self.log(
                    TraceKind::Deploy,
                    &name,
                    format!("{what} of {name}: `{cmd}` stops the old container(s), then starts new ones: no replica answers in between"),
                );
                for rep in self.reps_of(si) {
                    if keep(self, rep) {
                        continue;
                    }
                    self.stop_process(rep, true);
                    if self.world.get(rep).is_some() {
                        self.world.set_version(rep, self.svc_state(si).target);
                    }
                    self.set_state(rep, ReplicaState::Starting);
                    let epoch = self.world.rep(rep).epoch;
                    self.push(now, Ev::ContainerStart { rep, epoch });
                }
                if let Some(st) = self.svcs.get_mut(si) {
                    st.rollout = None;
                }
            }
            PlatformKind::Swarm => {
                let cmd = if restart {
                    format!("docker service update --force {name}")
                } else if rollback {
                    format!("docker service rollback {name}")
                } else {
                    format!("docker stack deploy (image {version})")
                };
                self.log(TraceKind::Deploy, &name, format!("{what} of {name}: `{cmd}`: rolling update, one task at a time, stop-first, pause on failure"));
                self.mark_dirty(si);
            }
            PlatformKind::Kubernetes => {
                let how = if stateful {
                    "StatefulSet rolling update, one pod at a time from the highest ordinal".to_string()
                } else {
                    let d = self.svc_state(si).desired;
                    format!(
                        "rolling update: maxSurge {} ({} %), maxUnavailable {} ({} %), new pods take traffic only once Ready",
                        percent_up(d, self.t.max_surge_percent),
                        self.t.max_surge_percent,
                        percent_down(d, self.t.max_unavailable_percent),
                        self.t.max_unavailable_percent
                    )
                };
                let cmd = if restart {
                    format!("kubectl rollout restart {name}")
                } else if rollback {
                    format!("kubectl rollout undo {name}")
                } else {
                    format!("kubectl set image {name} {version}")
                };
                self.log(TraceKind::Deploy, &name, format!("{what} of {name}: `{cmd}`: {how}"));
                self.push(now.plus(self.t.progress_deadline), Ev::ProgressDeadline { service: si, rollout: id });
                self.mark_dirty(si);
            }
        }
        if !healthy {
            self.push(now.plus(self.t.operator_reaction), Ev::OperatorRollsBack { service: si, rollout: id });
        }
    }

    pub(crate) fn config_change(&mut self, target: Option<String>) {
        let services: Vec<usize> = match &target {
            Some(s) => self.sc.topology.service_index(s).into_iter().collect(),
            None => (0..self.svcs.len()).collect(),
        };
        if self.kind() == PlatformKind::Compose && target.is_none() {
            self.log(TraceKind::Config, "compose", "configuration change: edit .env, `docker compose restart`: every service restarts at once".to_string());
        }
        for si in services {
            let (v, healthy) = self
                .svcs
                .get(si)
                .and_then(|s| s.versions.get(s.target))
                .map(|v| (v.name.clone(), v.healthy))
                .unwrap_or_default();
            self.deploy(si, v, healthy, true);
        }
    }

    pub(crate) fn operator_rolls_back(&mut self, si: usize, id: u32) {
        let Some(st) = self.svcs.get(si) else { return };
        // Only if that release is still the target (nobody rolled forward or back meanwhile).
        if st.rollouts != id {
            return;
        }
        let bad = st.versions.get(st.target).is_some_and(|v| !v.healthy);
        if !bad {
            return;
        }
        let from = self.svcs.get(si).and_then(|s| s.rollout.as_ref()).map(|r| r.from).unwrap_or_else(|| st.target.saturating_sub(1));
        let previous = self.version_name(si, from);
        let name = self.service_name(si);
        let reaction = self.t.operator_reaction.human();
        let cmd = match self.kind() {
            PlatformKind::Compose => "pins the previous image and runs `docker compose up -d`".to_string(),
            PlatformKind::Swarm => format!("runs `docker service rollback {name}`"),
            PlatformKind::Kubernetes => format!("runs `kubectl rollout undo {name}`"),
        };
        self.log(TraceKind::Operator, &name, format!("operator notices the broken release after {reaction} and {cmd} (back to {previous})"));
        if self.kind() == PlatformKind::Kubernetes && self.service(si).is_some_and(|s| s.stateful) {
            // A StatefulSet does not replace a pod that never became Ready: the operator deletes it.
            for rep in self.reps_of(si) {
                if self.world.get(rep).is_some_and(|r| !r.in_endpoints()) {
                    self.delete_gracefully(rep, "deleted by the operator so the StatefulSet recreates it with the previous version");
                }
            }
        }
        self.start_rollout(si, from, false, true);
    }

    pub(crate) fn operator_restarts(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if !self.node_alive(r.node()) || r.deleted() {
            return;
        }
        let (name, si) = (r.name.clone(), r.service());
        let svc = self.service_name(si);
        let reaction = self.t.operator_reaction.human();
        let cmd = match self.kind() {
            PlatformKind::Compose => format!("`docker compose up -d` ({svc})"),
            PlatformKind::Swarm => format!("`docker service update --force {svc}`"),
            PlatformKind::Kubernetes => format!("`kubectl delete pod {name}`"),
        };
        let hung = self.world.get(rep).is_some_and(|r| r.hung);
        let grace = match (hung, self.kind()) {
            (false, _) => SimDuration::ZERO,
            (true, PlatformKind::Kubernetes) => self.t.termination_grace,
            (true, _) => self.t.docker_stop_grace,
        };
        let wait = if hung { format!("; the hung process ignores SIGTERM and is killed after {}", grace.human()) } else { String::new() };
        self.log(TraceKind::Operator, &name, format!("operator notices after {reaction} and runs {cmd}{wait}"));
        if self.world.get(rep).is_some_and(|r| r.process_up) {
            self.stop_process(rep, true);
            self.set_state(rep, ReplicaState::Terminating);
        }
        let epoch = self.world.rep(rep).epoch;
        self.push(self.now.plus(grace), Ev::ContainerStart { rep, epoch });
    }

    pub(crate) fn resize_volume(&mut self, si: usize, gib: u32) {
        let name = self.service_name(si);
        match self.kind() {
            PlatformKind::Kubernetes => {
                self.log(
                    TraceKind::VolumeResize,
                    &name,
                    format!("{name}: PersistentVolumeClaim expanded to {gib} GiB online (storage class with allowVolumeExpansion); no restart"),
                );
            }
            _ => {
                let took = self.t.manual_volume_resize;
                self.log(
                    TraceKind::VolumeResize,
                    &name,
                    format!("{name}: volume resized to {gib} GiB by hand: back up, stop, resize, restart, restore (assumed {}; not a platform default)", took.human()),
                );
                for rep in self.reps_of(si) {
                    self.stop_process(rep, true);
                    self.set_state(rep, ReplicaState::Exited);
                }
                self.push(self.now.plus(took), Ev::VolumeResized { service: si });
            }
        }
    }

    pub(crate) fn volume_resized(&mut self, si: usize) {
        let name = self.service_name(si);
        self.log(TraceKind::VolumeResize, &name, format!("{name}: volume resized and data restored; starting again"));
        for rep in self.reps_of(si) {
            self.container_start(rep);
        }
    }

    pub(crate) fn manual_scale(&mut self, si: usize, replicas: u32) {
        let name = self.service_name(si);
        match self.kind() {
            PlatformKind::Compose => {
                let entry = self.flow.entry == Some(si);
                let proxy = self.sc.topology.services.iter().any(|s| s.kind == ServiceKind::Ingress);
                if entry && !proxy && replicas > 1 {
                    self.log(
                        TraceKind::ScaleRefused,
                        &name,
                        format!("`docker compose up --scale {name}={replicas}` fails: replicas cannot share one published host port; a reverse proxy is needed first"),
                    );
                    return;
                }
                self.log(TraceKind::Scale, &name, format!("`docker compose up -d --scale {name}={replicas}`"));
                let have = self.reps_of(si);
                if let Some(st) = self.svcs.get_mut(si) {
                    st.desired = replicas;
                }
                for _ in have.len() as u32..replicas {
                    let rep = self.new_rep(si, None);
                    let rn = self.rep_name(rep);
                    self.schedule_new(rep, format!("Compose starts {rn}"));
                }
                for &r in have.iter().skip(replicas as usize) {
                    self.delete_gracefully(r, "scaled down");
                }
            }
            kind => {
                let cmd = if kind == PlatformKind::Swarm { format!("docker service scale {name}={replicas}") } else { format!("kubectl scale {name} --replicas={replicas}") };
                let hpa = kind == PlatformKind::Kubernetes && self.service(si).is_some_and(|s| s.autoscale.is_some());
                let note = if hpa { "; the autoscaler may change it again at its next sync" } else { "" };
                self.log(TraceKind::Scale, &name, format!("`{cmd}`{note}"));
                if let Some(st) = self.svcs.get_mut(si) {
                    st.desired = replicas;
                }
                self.mark_dirty(si);
            }
        }
    }

}

