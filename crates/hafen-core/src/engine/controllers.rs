//! What each platform's controllers want for a service ([`SvcState`]: desired replicas, releases,
//! the rollout in progress), and the loop that hands a changed service to its controller:
//! [`deployment`](super::deployment), [`statefulset`](super::statefulset) or [`swarm`](super::swarm).

use super::ids::{NodeId, RepId, SvcId};
use super::Sim;
use crate::time::SimTime;
use crate::topology::{PlatformKind, Service};

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
    /// HPA recommendations of the longest stabilization window: (time, replicas).
    pub hpa_recs: Vec<(SimTime, u32)>,
    /// HPA with `behavior`: its steps within the policies' period: (time, replicas added; negative
    /// when removed).
    pub hpa_steps: Vec<(SimTime, i64)>,
    /// Swarm, stateful services: the node whose local volume holds each slot's data, by slot. Only
    /// a record: Swarm's scheduler does not keep a task near its data (see [`Sim::claim_volume`]).
    pub homes: Vec<Option<NodeId>>,
    /// Swarm, stateful services: the nodes where a task of the service created its local volume
    /// (Docker's `local` driver creates a named volume on the node that first mounts it).
    pub volumes: Vec<NodeId>,
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
            hpa_steps: Vec::new(),
            homes: Vec::new(),
            volumes: Vec::new(),
        }
    }

}

impl Sim<'_> {
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
                    PlatformKind::Kubernetes if self.service(si).stateful => self.reconcile_statefulset(si),
                    PlatformKind::Kubernetes => self.reconcile_deployment(si),
                    PlatformKind::Swarm => self.reconcile_swarm(si),
                    PlatformKind::Compose => {}
                }
            }
        }
    }

    /// Marks every service for its controller to look at (desired counts or versions changed).
    pub(crate) fn mark_dirty(&mut self, si: SvcId) {
        self.dirty.insert(si);
        self.autoscaled_changed(si);
    }
}

