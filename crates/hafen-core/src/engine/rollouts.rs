//! Releases and changes as each platform applies them: `docker compose up -d`, `docker service
//! update`, `kubectl set image` / rollout restart; volume resizes and manual scaling.

use super::ids::{RepId, SvcId};
use super::controllers::{Rollout, Version};
use super::deployment::{percent_down, percent_up};
use super::{containers, deployment, operator, Sim};
use crate::cause::{Cause, Created, Deletion, KubeStrategy, Release};
use crate::run::{ReplicaState, TraceKind};
use crate::topology::{PlatformKind, ServiceKind};

/// The events of changes applied by hand.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// A volume resized by hand (Compose, Swarm) is back: the containers start again.
    VolumeResized { service: SvcId },
}

/// Handles a change's event.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::VolumeResized { service } => sim.volume_resized(service),
    }
}

impl Sim<'_> {
    /// Deploys `version` of service `si`. `restart` marks a configuration change (same code).
    pub(crate) fn deploy(&mut self, si: SvcId, version: String, healthy: bool, restart: bool) {
        let st = self.svc_state_mut(si);
        st.versions.push(Version { name: version, healthy });
        let idx = st.versions.len() - 1;
        self.start_rollout(si, idx, restart, false);
    }

    /// Rolls service `si` to version index `idx`: a new release, a configuration change (`restart`),
    /// or a rollback to the version it came from (`rollback`: Kubernetes reuses the old ReplicaSet,
    /// so pods already at that version stay).
    pub(super) fn start_rollout(&mut self, si: SvcId, idx: usize, restart: bool, rollback: bool) {
        let (name, now) = (self.service_name(si), self.now);
        let st = self.svc_state_mut(si);
        let from = st.target;
        let Some(v) = st.versions.get(idx) else { return };
        let (version, healthy) = (v.name.clone(), v.healthy);
        st.target = idx;
        st.rollouts += 1;
        let id = st.rollouts;
        st.rollout = Some(Rollout::new(id, from, now));
        let stateful = self.service(si).stateful;
        let release = if restart {
            Release::Config
        } else if rollback {
            Release::Rollback { version }
        } else {
            Release::New { version }
        };
        let (platform, service) = (self.kind(), name.clone());
        let command = crate::commands::Names::of(self.sc).release(&name, &release, platform);
        match self.kind() {
            PlatformKind::Compose => {
                let keep = |s: &Self, r: RepId| rollback && { let r = s.world.rep(r); r.version() == idx && r.process_up };
                self.log(TraceKind::Deploy, &name, Cause::Deploy { service, release, platform, strategy: None, command });
                for rep in self.reps_of(si) {
                    if keep(self, rep) {
                        continue;
                    }
                    self.stop_process(rep, true);
                    let before = self.version_name(si, self.world.rep(rep).version());
                    self.recreated.push((self.changes.len(), rep.0, before));
                    self.world.set_version(rep, self.svc_state(si).target);
                    self.set_state(rep, ReplicaState::Starting);
                    let epoch = self.world.rep(rep).epoch;
                    self.push(now, containers::Ev::Start { rep, epoch });
                }
                self.svc_state_mut(si).rollout = None;
            }
            PlatformKind::Swarm => {
                self.log(TraceKind::Deploy, &name, Cause::Deploy { service, release, platform, strategy: None, command });
                self.mark_dirty(si);
            }
            PlatformKind::Kubernetes => {
                let strategy = if stateful {
                    KubeStrategy::StatefulSet
                } else {
                    let d = self.svc_state(si).desired;
                    let (surge_percent, unavailable_percent) = (self.t.max_surge_percent, self.t.max_unavailable_percent);
                    KubeStrategy::Rolling { surge: percent_up(d, surge_percent), surge_percent, unavailable: percent_down(d, unavailable_percent), unavailable_percent }
                };
                self.log(TraceKind::Deploy, &name, Cause::Deploy { service, release, platform, strategy: Some(strategy), command });
                self.push(now.plus(self.t.progress_deadline), deployment::Ev::ProgressDeadline { service: si, rollout: id });
                self.mark_dirty(si);
            }
        }
        if !healthy {
            self.push(now.plus(self.t.operator_reaction), operator::Ev::RollsBack { service: si, rollout: id });
        }
    }

    pub(crate) fn config_change(&mut self, target: Option<String>) {
        let services: Vec<SvcId> = match &target {
            Some(s) => self.sc.topology.service_index(s).map(SvcId::at).into_iter().collect(),
            None => self.service_ids().collect(),
        };
        if self.kind() == PlatformKind::Compose && target.is_none() {
            self.log(TraceKind::Config, "compose", Cause::ComposeConfigChange);
        }
        for si in services {
            let st = self.svc_state(si);
            let v = st.versions.get(st.target).unwrap_or_else(|| panic!("engine invariant broken: {si} has no target version #{}", st.target));
            let (v, healthy) = (v.name.clone(), v.healthy);
            self.deploy(si, v, healthy, true);
        }
    }

    pub(crate) fn resize_volume(&mut self, si: SvcId, gib: u32) {
        let name = self.service_name(si);
        match self.kind() {
            PlatformKind::Kubernetes => {
                self.log(TraceKind::VolumeResize, &name, Cause::VolumeExpanded { service: name.clone(), gib });
            }
            _ => {
                let took = self.t.manual_volume_resize;
                self.log(TraceKind::VolumeResize, &name, Cause::VolumeResizedByHand { service: name.clone(), gib, took });
                for rep in self.reps_of(si) {
                    self.stop_process(rep, true);
                    self.set_state(rep, ReplicaState::Exited);
                }
                self.push(self.now.plus(took), Ev::VolumeResized { service: si });
            }
        }
    }

    pub(crate) fn volume_resized(&mut self, si: SvcId) {
        let name = self.service_name(si);
        self.log(TraceKind::VolumeResize, &name, Cause::VolumeRestored { service: name.clone() });
        for rep in self.reps_of(si) {
            self.container_start(rep);
        }
    }

    pub(crate) fn manual_scale(&mut self, si: SvcId, replicas: u32) {
        let name = self.service_name(si);
        match self.kind() {
            PlatformKind::Compose => {
                let entry = self.flow.entry == Some(si);
                let proxy = self.sc.topology.services.iter().any(|s| s.kind == ServiceKind::Ingress);
                if entry && !proxy && replicas > 1 {
                    self.log(TraceKind::ScaleRefused, &name, Cause::ComposeScaleRefused { service: name.clone(), replicas });
                    return;
                }
                let command = crate::commands::Names::of(self.sc).scale(&name, replicas, PlatformKind::Compose);
                self.log(TraceKind::Scale, &name, Cause::Scale { service: name.clone(), replicas, platform: PlatformKind::Compose, autoscaled: false, command });
                let have = self.reps_of(si);
                self.svc_state_mut(si).desired = replicas;
                for _ in have.len() as u32..replicas {
                    let rep = self.new_rep(si, None);
                    self.schedule_new(rep, Created::ComposeStarts);
                }
                for &r in have.iter().skip(replicas as usize) {
                    self.delete_gracefully(r, Deletion::ComposeScaledDown);
                }
            }
            kind => {
                let autoscaled = kind == PlatformKind::Kubernetes && self.service(si).autoscale.is_some();
                let command = crate::commands::Names::of(self.sc).scale(&name, replicas, kind);
                self.log(TraceKind::Scale, &name, Cause::Scale { service: name.clone(), replicas, platform: kind, autoscaled, command });
                self.svc_state_mut(si).desired = replicas;
                self.mark_dirty(si);
            }
        }
    }
}
