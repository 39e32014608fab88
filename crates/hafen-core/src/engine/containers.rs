//! A container's life on any platform: it starts, the application comes up, a probe or health
//! check passes, it hangs or exits. What happens next is each platform's agent's:
//! [`kubelet`](super::kubelet), [`docker`](super::docker) or [`swarm`](super::swarm).

use super::platform::Platform;
use super::ids::RepId;
use super::{operator, Sim};
use crate::cause::{Cause, Exit};
use crate::run::{ReplicaState, TraceKind};
use crate::time::{SimDuration, SimTime};
use crate::topology::Probe;

/// A container's own events; each names the replica and its epoch when scheduled (stale once the
/// replica changed since).
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// The container starts (after an image pull, a restart delay, the operator's restart …).
    Start { rep: RepId, epoch: u32 },
    /// The application answers requests.
    AppUp { rep: RepId, epoch: u32 },
    /// Readiness probe / Swarm health check passes for the first time.
    ProbePass { rep: RepId, epoch: u32 },
    /// A killed hung process finally exits (after the grace period).
    Killed { rep: RepId, epoch: u32 },
}

/// Handles a container's event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::Start { rep, epoch } if sim.rep_current(rep, epoch) => sim.container_start(rep),
        Ev::AppUp { rep, epoch } if sim.rep_current(rep, epoch) => sim.app_up(rep),
        Ev::ProbePass { rep, epoch } if sim.rep_current(rep, epoch) => sim.probe_pass(rep),
        Ev::Killed { rep, epoch } if sim.rep_current(rep, epoch) => sim.process_exited(rep, Exit::KilledAfterGrace),
        _ => {} // stale: the replica changed since this was scheduled
    }
}

impl Sim<'_> {

    /// The probe settings in force for `probe` on this platform: Kubernetes defaults, or Docker's
    /// HEALTHCHECK defaults on Compose and Swarm; explicit fields win. (period, threshold, timeout)
    pub(crate) fn probe_params(&self, probe: &Probe) -> (SimDuration, u32, SimDuration) {
        let t = self.t;
        let (p, f, to) = self.platform.probe_defaults(t);
        (probe.period.unwrap_or(p), probe.failure_threshold.unwrap_or(f).max(1), probe.timeout.unwrap_or(to))
    }

    /// The process of `rep` has exited (`how`: crashed, killed …): restart per platform.
    pub(crate) fn process_exited(&mut self, rep: RepId, how: Exit) {
        let r = self.world.rep(rep);
        if r.gone() {
            return;
        }
        let name = r.name.clone();
        self.stop_process(rep, true);
        if self.world.rep(rep).deleted() {
            // Being shut down anyway (rolling update, scale-down): it is gone now.
            self.remove(rep);
            return;
        }
        let platform = self.platform;
        platform.restart_after_exit(self, rep, &name, how);
    }

    /// Start-up settings of a probe on this platform: (initialDelaySeconds, HEALTHCHECK start period,
    /// HEALTHCHECK start interval); explicit fields win.
    pub(crate) fn probe_start(&self, probe: &Probe) -> (SimDuration, SimDuration, SimDuration) {
        let t = self.t;
        (
            probe.initial_delay.unwrap_or(t.probe_initial_delay),
            probe.start_period.unwrap_or(t.healthcheck_start_period),
            probe.start_interval.unwrap_or(t.healthcheck_start_interval),
        )
    }

    pub(crate) fn container_start(&mut self, rep: RepId) {
        let now = self.now;
        let r = self.world.rep(rep);
        if !self.node_alive(r.node()) || r.process_up || r.gone() {
            return;
        }
        let svc = self.service(r.service());
        let version = self.version(r.service(), r.version()).name.clone();
        let name = r.name.clone();
        let startup = svc.startup;
        let up = now.plus(startup);
        let r = self.world.rep_mut(rep);
        r.process_up = true;
        r.hung = false;
        r.started_at = Some(now);
        if !r.initial && r.pod_start.is_none() {
            r.pod_start = Some(now);
        }
        let base = r.pod_start.unwrap_or(SimTime::ZERO);
        r.epoch += 1;
        let epoch = r.epoch;
        self.set_state(rep, ReplicaState::Starting);
        self.log(TraceKind::ContainerStarted, &name, Cause::ContainerStarted { rep: name.clone(), version, startup });
        self.push(up, Ev::AppUp { rep, epoch });
        let platform = self.platform;
        if platform.container_started(self, rep, svc, base, up, epoch) {
            self.world.set_listed(rep, true);
        }
        platform.after_container_started(self, rep);
    }

    pub(super) fn app_up(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        let (si, name) = (r.service(), r.name.clone());
        let healthy = self.version(si, r.version()).healthy;
        if !healthy {
            let version = self.version(si, r.version()).name.clone();
            self.log(TraceKind::Crash, &name, Cause::BrokenRelease { rep: name.clone(), version });
            self.process_exited(rep, Exit::CrashedBrokenRelease);
            return;
        }
        self.world.set_app_up(rep, true);
        if self.world.rep(rep).in_endpoints() {
            self.set_state(rep, ReplicaState::Running);
            self.log(TraceKind::Ready, &name, Cause::AppAnswers { rep: name.clone() });
        } else {
            let readiness_probe = self.platform.readiness_probes();
            self.log(TraceKind::AppUp, &name, Cause::AppUpWaiting { rep: name.clone(), readiness_probe });
        }
    }

    pub(super) fn probe_pass(&mut self, rep: RepId) {
        let readiness = self.platform.readiness_probes();
        let svc = self.rep_service(rep);
        let probe = if readiness { svc.readiness.clone() } else { svc.liveness.clone() };
        let (period, _, _) = self.probe_params(&probe.unwrap_or_default());
        let r = self.world.rep(rep);
        let name = r.name.clone();
        if r.app_up() {
            self.world.set_listed(rep, true);
            self.set_state(rep, ReplicaState::Running);
            let cause = if readiness && svc.readiness.is_none() {
                Cause::StartupPassedReady { rep: name.clone() }
            } else if readiness {
                Cause::ReadinessPassed { rep: name.clone(), period }
            } else {
                Cause::HealthcheckPassed { rep: name.clone(), period }
            };
            self.log(TraceKind::Ready, &name, cause);
            let platform = self.platform;
            platform.after_check_passed(self, rep);
        } else if r.process_up && !r.hung {
            let epoch = r.epoch;
            self.push(self.now.plus(period), Ev::ProbePass { rep, epoch });
        }
    }

    /// The first moment a periodic check, started at `base` every `period`, has failed `threshold`
    /// times in a row when the application stops answering at `from`; each failure takes `timeout`.
    /// `first` is the offset of the first check (0 for Kubernetes probes, one period for Docker).
    pub(super) fn detection(&self, base: SimTime, from: SimTime, period: SimDuration, threshold: u32, timeout: SimDuration, docker: bool) -> SimTime {
        let p = period.as_millis().max(1);
        let since = from.since(base).as_millis();
        let first = if docker { 1 } else { 0 };
        // First check starting strictly after the hang.
        let k = (since / p + 1).max(first);
        let start = base.plus(SimDuration(k.saturating_mul(p)));
        if docker {
            // Docker runs the next check one interval after the previous one finished.
            let per = timeout.saturating_add(period);
            start.plus(per.saturating_mul(u64::from(threshold) - 1)).plus(timeout)
        } else {
            start.plus(period.saturating_mul(u64::from(threshold) - 1)).plus(timeout)
        }
    }

    pub(super) fn hang(&mut self, rep: RepId) {
        let now = self.now;
        let svc = self.rep_service(rep);
        self.world.hang(rep);
        let r = self.world.rep(rep);
        let epoch = r.epoch;
        let name = r.name.clone();
        self.set_state(rep, ReplicaState::Hung);
        self.log(TraceKind::Hang, &name, Cause::Hang { rep: name.clone() });
        let platform = self.platform;
        let noticed = platform.hung(self, rep, svc, epoch);
        if !noticed {
            self.push(now.plus(self.t.operator_reaction), operator::Ev::Restarts { rep, epoch });
        }
    }
}
