//! The Kubernetes Deployment controller with its ReplicaSets: replica counts, rolling updates
//! (maxSurge, maxUnavailable) and progressDeadlineSeconds.

use super::ids::{RepId, SvcId};
use super::Sim;
use crate::cause::{Cause, Created, Deletion};
use crate::run::TraceKind;

/// The Deployment controller's own events.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// progressDeadlineSeconds after rollout number `rollout` last progressed.
    ProgressDeadline { service: SvcId, rollout: u32 },
}

/// Handles a Deployment event.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::ProgressDeadline { service, rollout } => sim.progress_deadline(service, rollout),
    }
}

/// `pct` % of `n`, rounded up (maxSurge) [count].
pub(super) fn percent_up(n: u32, pct: u32) -> u32 {
    (u64::from(n) * u64::from(pct)).div_ceil(100) as u32
}

/// `pct` % of `n`, rounded down (maxUnavailable) [count].
pub(super) fn percent_down(n: u32, pct: u32) -> u32 {
    (u64::from(n) * u64::from(pct) / 100) as u32
}

impl Sim<'_> {
    pub(super) fn create_pod(&mut self, si: SvcId, why: Created) -> RepId {
        let rep = self.new_rep(si, None);
        self.schedule_new(rep, why);
        rep
    }

    /// The Deployment controller (with its ReplicaSets) for service `si`. It works from counts
    /// (pods per version, Ready ones) and lists pods only when it deletes some, so a sync costs
    /// O(versions) while nothing needs doing, however many pods the service has.
    pub(super) fn reconcile_deployment(&mut self, si: SvcId) {
        let st = self.svc_state(si);
        let (desired, target) = (st.desired, st.target);
        let (mut total, mut available) = (0u32, 0u32);
        for (_, c) in self.world.version_counts(si) {
            total += c.live;
            available += c.ready;
        }
        let new = self.world.version_count(si, target);
        let old_live = total - new.live;
        let ready = |s: &Self, r: RepId| s.world.rep(r).in_endpoints();
        let svc_name = self.service_name(si);
        if old_live == 0 {
            let have = new.live;
            for _ in have..desired {
                self.create_pod(si, Created::ReplicaSetShort { service: svc_name.clone(), have, desired });
            }
            if have > desired {
                // Not-ready pods go first, then the newest.
                let n = (have - desired) as usize;
                let mut extra = self.world.pick(si, |_| true, false, n, true);
                extra.extend(self.world.pick(si, |_| true, true, n - extra.len().min(n), true));
                for r in extra {
                    self.delete_gracefully(r, Deletion::DeploymentScaledDown { desired });
                }
            }
            // kubectl rollout status (rollout_status.go, DeploymentStatusViewer): updatedReplicas ≥
            // replicas, no old replicas (Status.Replicas counts pods not being deleted) and
            // availableReplicas ≥ updatedReplicas, counted after this sync's creations and deletions.
            let now = self.world.version_count(si, target);
            let done = self.svc_state(si).rollout.as_ref().is_some() && now.live >= desired && now.ready >= now.live;
            if done {
                self.svc_state_mut(si).rollout = None;
                let v = self.version_name(si, target);
                self.log(TraceKind::RolloutComplete, &svc_name, Cause::RolloutComplete { service: svc_name.clone(), version: v, pods: Some(desired) });
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
            self.create_pod(si, Created::RollingUpdate { service: svc_name.clone(), version: v.clone(), surge });
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
                self.delete_gracefully(r, Deletion::RollingUpdateOld { version: v.clone(), unavailable });
            }
        }
        // Progress bookkeeping for progressDeadlineSeconds.
        let now = self.now;
        let deadline = t.progress_deadline;
        let mut arm = None;
        if let Some(ro) = self.svc_state_mut(si).rollout.as_mut() {
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

    pub(crate) fn progress_deadline(&mut self, si: SvcId, id: u32) {
        let now = self.now;
        let deadline = self.t.progress_deadline;
        let name = self.service_name(si);
        let Some(ro) = self.svc_state_mut(si).rollout.as_mut() else { return };
        if ro.id != id || ro.stalled || now.since(ro.last_progress) < deadline {
            return;
        }
        ro.stalled = true;
        self.log(TraceKind::RolloutStalled, &name, Cause::RolloutStalled { service: name.clone(), deadline });
    }
}
