//! Releases and changes as each platform applies them: `docker compose up -d`, `docker service
//! update`, `kubectl set image` / rollout restart; volume resizes and manual scaling.

use super::controllers::{Rollout, Version};
use super::deployment::{percent_down, percent_up};
use super::{Ev, Sim};
use crate::run::{ReplicaState, TraceKind};
use crate::topology::{PlatformKind, ServiceKind};

impl Sim<'_> {

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
    pub(super) fn start_rollout(&mut self, si: usize, idx: usize, restart: bool, rollback: bool) {
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
