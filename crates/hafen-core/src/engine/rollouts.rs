//! Releases and changes as each platform applies them: `docker compose up -d`, `docker service
//! update`, `kubectl set image` / rollout restart; volume resizes and manual scaling.

use super::platform::Platform;
use super::ids::{RepId, SvcId};
use super::controllers::{Rollout, Version};
use super::deployment::{percent_down, percent_up};
use super::{containers, deployment, operator, Sim};
use crate::cause::{Cause, Created, Deletion, KubeStrategy, Release};
use crate::run::{ReplicaState, TraceKind};
use crate::topology::ServiceKind;

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
        let release = if restart {
            Release::Config
        } else if rollback {
            Release::Rollback { version }
        } else {
            Release::New { version }
        };
        let command = crate::commands::Names::of(self.sc).release(&name, &release, self.kind());
        let platform = self.platform;
        platform.roll_out(self, si, release, command, rollback);
        if !healthy {
            self.push(now.plus(self.t.operator_reaction), operator::Ev::RollsBack { service: si, rollout: id });
        }
    }

    /// Logs the release of service `si` as `release`, with the operator's `command` and, on
    /// Kubernetes, the controller's `strategy`.
    pub(crate) fn log_release(&mut self, si: SvcId, release: Release, command: String, strategy: Option<KubeStrategy>) {
        let name = self.service_name(si);
        let (platform, service) = (self.kind(), name.clone());
        self.log(TraceKind::Deploy, &name, Cause::Deploy { service, release, platform, strategy, command });
    }

    /// `docker compose up -d`: every container of service `si` not at version `idx` is recreated
    /// with it at once (`rollback`: a running container already at that version stays).
    pub(crate) fn recreate_containers(&mut self, si: SvcId, idx: usize, release: Release, command: String, rollback: bool) {
        let now = self.now;
        let keep = |s: &Self, r: RepId| rollback && { let r = s.world.rep(r); r.version() == idx && r.process_up };
        self.log_release(si, release, command, None);
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

    /// A Deployment's or StatefulSet's rollout of service `si` (number `id`) begins: its
    /// controller takes over, and a Deployment's progress deadline starts.
    pub(crate) fn kube_roll_out(&mut self, si: SvcId, id: u32, release: Release, command: String) {
        let now = self.now;
        let strategy = if self.service(si).stateful {
            KubeStrategy::StatefulSet
        } else {
            let d = self.svc_state(si).desired;
            let (surge_percent, unavailable_percent) = (self.t.max_surge_percent, self.t.max_unavailable_percent);
            KubeStrategy::Rolling { surge: percent_up(d, surge_percent), surge_percent, unavailable: percent_down(d, unavailable_percent), unavailable_percent }
        };
        self.log_release(si, release, command, Some(strategy));
        self.push(now.plus(self.t.progress_deadline), deployment::Ev::ProgressDeadline { service: si, rollout: id });
        self.mark_dirty(si);
    }

    pub(crate) fn config_change(&mut self, target: Option<String>) {
        let services: Vec<SvcId> = match &target {
            Some(s) => self.sc.topology.service_index(s).map(SvcId::at).into_iter().collect(),
            None => self.service_ids().collect(),
        };
        let platform = self.platform;
        platform.config_changing(self, target.is_none());
        for si in services {
            let st = self.svc_state(si);
            let v = st.versions.get(st.target).unwrap_or_else(|| panic!("engine invariant broken: {si} has no target version #{}", st.target));
            let (v, healthy) = (v.name.clone(), v.healthy);
            self.deploy(si, v, healthy, true);
        }
    }

    /// Service `si`'s volume resized to `gib` [GiB], as its platform does it.
    pub(crate) fn resize_volume(&mut self, si: SvcId, gib: u32) {
        let platform = self.platform;
        platform.resize_volume(self, si, gib);
    }

    /// A local volume resized by hand: the containers of service `si` stop for `manual_volume_resize`.
    pub(crate) fn resize_volume_by_hand(&mut self, si: SvcId, gib: u32) {
        let name = self.service_name(si);
        let took = self.t.manual_volume_resize;
        self.log(TraceKind::VolumeResize, &name, Cause::VolumeResizedByHand { service: name.clone(), gib, took });
        for rep in self.reps_of(si) {
            self.stop_process(rep, true);
            self.set_state(rep, ReplicaState::Exited);
        }
        self.push(self.now.plus(took), Ev::VolumeResized { service: si });
    }

    pub(crate) fn volume_resized(&mut self, si: SvcId) {
        let name = self.service_name(si);
        self.log(TraceKind::VolumeResize, &name, Cause::VolumeRestored { service: name.clone() });
        for rep in self.reps_of(si) {
            self.container_start(rep);
        }
    }

    /// Service `si` scaled by hand to `replicas`, as its platform does it.
    pub(crate) fn manual_scale(&mut self, si: SvcId, replicas: u32) {
        let platform = self.platform;
        platform.scale(self, si, replicas);
    }

    /// `docker compose up --scale`: containers are started or stopped at once; an entry service
    /// publishing its port without a proxy in front cannot run twice on the host.
    pub(crate) fn compose_scale(&mut self, si: SvcId, replicas: u32) {
        let name = self.service_name(si);
        let entry = self.flow.entry == Some(si);
        let proxy = self.sc.topology.services.iter().any(|s| s.kind == ServiceKind::Ingress);
        if entry && !proxy && replicas > 1 {
            self.log(TraceKind::ScaleRefused, &name, Cause::ComposeScaleRefused { service: name.clone(), replicas });
            return;
        }
        let platform = self.kind();
        let command = crate::commands::Names::of(self.sc).scale(&name, replicas, platform);
        self.log(TraceKind::Scale, &name, Cause::Scale { service: name.clone(), replicas, platform, autoscaled: false, command });
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

    /// An orchestrator's desired replicas of service `si` set to `replicas` (`autoscaled`: an HPA
    /// will move them again); its controller converges.
    pub(crate) fn scale_desired(&mut self, si: SvcId, replicas: u32, autoscaled: bool) {
        let name = self.service_name(si);
        let kind = self.kind();
        let command = crate::commands::Names::of(self.sc).scale(&name, replicas, kind);
        self.log(TraceKind::Scale, &name, Cause::Scale { service: name.clone(), replicas, platform: kind, autoscaled, command });
        self.svc_state_mut(si).desired = replicas;
        self.mark_dirty(si);
    }
}
