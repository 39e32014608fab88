//! What each platform's controllers want for a service ([`SvcState`]: desired replicas, releases,
//! the rollout in progress), and the loop that hands a changed service to its controller:
//! [`deployment`](super::deployment), [`statefulset`](super::statefulset) or [`swarm`](super::swarm).

use super::ids::{RepId, SvcId};
use super::sorted::SortedSet;
use super::Sim;
use crate::time::SimTime;
use super::platform::{Dispatch, Platform};
use crate::topology::Service;

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
    /// Swarm: the new task the updater's worker waits for to reach RUNNING before it takes the next
    /// slot (swarmkit updater.go `updateTask`).
    pub updating: Option<RepId>,
    /// Swarm: the tasks this update created, each with the moment it reached RUNNING (or failed
    /// first): updater.go's `updatedTasks`, the only tasks whose failure triggers the failure action.
    pub updated: Vec<(RepId, Option<SimTime>)>,
    /// Swarm: slots the update had to change when it started [count].
    pub slots: u32,
    /// Swarm: every slot is updated and the one monitor window after the last runs (updater.go
    /// `monitorLoop`).
    pub monitoring: bool,
    /// Swarm: tasks of this update that failed while the worker brought up the last slot; the
    /// updater reads their failure only once the worker is done (updater.go: `wg.Wait()`).
    pub unseen: Vec<RepId>,
}

impl Rollout {
    /// A rollout (update) of the release at index `from` on, started at `now`.
    pub(crate) fn new(id: u32, from: usize, now: SimTime) -> Self {
        Rollout { id, from, last_progress: now, ready_new: 0, stalled: false, paused: false, updating: None, updated: Vec::new(), slots: 0, monitoring: false, unseen: Vec::new() }
    }
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
}

impl SvcState {
    pub(crate) fn new(s: &Service, platform: Dispatch) -> Self {
        let desired = platform.desired_at_start(s);
        SvcState {
            desired,
            versions: vec![Version { name: s.version.clone(), healthy: true }],
            target: 0,
            next_number: 0,
            rollouts: 0,
            rollout: None,
        }
    }

}

/// What the controllers own: each service's desired state, and which services changed since their
/// controller last looked.
pub(crate) struct Controllers {
    /// Per service, by [`SvcId`].
    services: Vec<SvcState>,
    /// Services whose replicas or desired state changed since their controller last looked.
    dirty: SortedSet<SvcId>,
}

impl Controllers {
    /// The desired state of every service of the topology, on platform `kind`.
    pub(crate) fn new(services: &[Service], platform: Dispatch) -> Self {
        Controllers { services: services.iter().map(|s| SvcState::new(s, platform)).collect(), dirty: SortedSet::default() }
    }

    /// Service `si`'s state; a missing one is a broken invariant and fails loudly.
    pub(crate) fn get(&self, si: SvcId) -> &SvcState {
        self.services.get(si.index()).unwrap_or_else(|| si.missing(self.services.len()))
    }

    /// Service `si`'s state, to change; a missing one is a broken invariant.
    pub(crate) fn get_mut(&mut self, si: SvcId) -> &mut SvcState {
        let n = self.services.len();
        self.services.get_mut(si.index()).unwrap_or_else(|| si.missing(n))
    }

    /// Notes that service `si` changed: its controller looks at it after this event.
    pub(crate) fn touch(&mut self, si: SvcId) {
        self.dirty.insert(si);
    }
}

impl Sim<'_> {
    /// The controller state of service `si`; a missing one is a broken invariant and fails loudly.
    pub(crate) fn svc_state(&self, si: SvcId) -> &SvcState {
        self.controllers.get(si)
    }

    /// The controller state of service `si`, to change; a missing one is a broken invariant.
    pub(crate) fn svc_state_mut(&mut self, si: SvcId) -> &mut SvcState {
        self.controllers.get_mut(si)
    }

    /// Version `v` of service `si`; a missing one is a broken invariant and fails loudly.
    pub(super) fn version(&self, si: SvcId, v: usize) -> &Version {
        let st = self.svc_state(si);
        st.versions.get(v).unwrap_or_else(|| panic!("engine invariant broken: {si} has no version #{v} (of {})", st.versions.len()))
    }

    pub(super) fn version_name(&self, si: SvcId, v: usize) -> String {
        self.version(si, v).name.clone()
    }

    /// Controllers react to whatever changed: Pending replicas get another chance, every service
    /// converges towards its desired state.
    ///
    /// Runs after every event: only services whose replicas changed are looked at, repeatedly while
    /// reconciling changes more (bounded, so a controller bug cannot loop forever).
    pub(crate) fn after_change(&mut self) {
        if !self.quorum.held() {
            // Neither Swarm's orchestrator nor Kubernetes' controllers act without a majority.
            return;
        }
        for _ in 0..16 {
            if self.reschedule.all || !self.reschedule.nodes.is_empty() {
                self.retry_pending();
            }
            let dirty = std::mem::take(&mut self.controllers.dirty);
            if dirty.is_empty() {
                return;
            }
            for si in dirty {
                let platform = self.platform;
                platform.reconcile(self, si);
            }
        }
    }

    /// Marks every service for its controller to look at (desired counts or versions changed).
    pub(crate) fn mark_dirty(&mut self, si: SvcId) {
        self.controllers.touch(si);
        self.autoscaled_changed(si);
    }
}

