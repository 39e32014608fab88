//! The kubelet: restartPolicy Always with CrashLoopBackOff, startup, liveness and readiness
//! probes, and what it does when one fails.

use super::ids::RepId;
use super::{containers, probes, Sim};
use crate::cause::{Cause, Exit};
use crate::run::{ReplicaState, TraceKind};
use crate::time::{SimDuration, SimTime};
use crate::topology::{Probe, Service};

/// The kubelet's probe events, for a container at the epoch it had when they were scheduled.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// A hung container fails its readiness probe `failureThreshold` times.
    ReadinessFails { rep: RepId, epoch: u32 },
    /// A hung container fails its liveness probe: the kubelet kills it.
    LivenessFails { rep: RepId, epoch: u32 },
    /// A liveness or startup probe gives up on a container that is still starting.
    StartupGivesUp { rep: RepId, epoch: u32, startup_probe: bool },
}

/// Handles a probe event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::ReadinessFails { rep, epoch } if sim.rep_current(rep, epoch) => sim.readiness_fails(rep),
        Ev::LivenessFails { rep, epoch } if sim.rep_current(rep, epoch) => sim.liveness_fails(rep),
        Ev::StartupGivesUp { rep, epoch, startup_probe } if sim.rep_current(rep, epoch) => sim.startup_gives_up(rep, startup_probe),
        _ => {} // stale: the container changed since
    }
}

impl Sim<'_> {
    /// Kubelet (restartPolicy Always): first restart at once, then CrashLoopBackOff 10 s doubling to 300 s.
    pub(super) fn kubelet_restart_after_exit(&mut self, rep: RepId, name: &str, how: Exit) {
        let (now, t) = (self.now, self.t);
        let r = self.world.rep_mut(rep);
        // client-go flowcontrol.Backoff as the kubelet uses it: the entry is stamped when the container
        // is restarted; a crash more than 2 × the cap after that restart starts over.
        let delay = match r.k8s_backoff {
            Some((backoff, last_restart)) if now.since(last_restart) <= t.crashloop_reset => {
                r.k8s_backoff = Some(((backoff.saturating_mul(2)).min(t.crashloop_max), now.plus(backoff)));
                backoff
            }
            _ => {
                r.k8s_backoff = Some((t.crashloop_initial, now));
                SimDuration::ZERO
            }
        };
        let epoch = r.epoch;
        if delay == SimDuration::ZERO {
            self.set_state(rep, ReplicaState::Starting);
            self.log(TraceKind::ContainerExited, name, Cause::KubeletRestartsAtOnce { rep: name.to_string(), how });
        } else {
            self.set_state(rep, ReplicaState::BackOff);
            let cause = Cause::CrashLoopBackOff { rep: name.to_string(), how, delay, initial: t.crashloop_initial, max: t.crashloop_max };
            self.log(TraceKind::ContainerExited, name, cause);
        }
        self.push(now.plus(delay), containers::Ev::Start { rep, epoch });
    }

    /// When a Kubernetes liveness or startup probe of a container started now passes or gives up;
    /// its ticks run from the pod's start on its node (see [`probes`]).
    pub(super) fn kube_start_outcome(&self, probe: &Probe, base: SimTime, up: SimTime) -> probes::Outcome {
        let (period, threshold, _) = self.probe_params(probe);
        let (delay, _, _) = self.probe_start(probe);
        probes::kubernetes(base, period, self.now, delay, up, threshold)
    }

    /// A liveness or startup probe gave up on a container that is still starting: the kubelet kills
    /// it (a starting application exits on SIGTERM) and restarts it with the back-off.
    pub(super) fn startup_gives_up(&mut self, rep: RepId, startup_probe: bool) {
        let svc = self.rep_service(rep);
        let probe = if startup_probe { svc.startup_probe.clone() } else { svc.liveness.clone() };
        let probe = probe.unwrap_or_default();
        let (period, threshold, _) = self.probe_params(&probe);
        let (delay, _, _) = self.probe_start(&probe);
        let name = self.rep_name(rep);
        let startup = svc.startup;
        let (kind, cause, how) = if startup_probe {
            (TraceKind::StartupFailed, Cause::StartupProbeFailed { rep: name.clone(), threshold, period, startup }, Exit::KilledByStartupProbe)
        } else {
            let cause = Cause::LivenessFailedWhileStarting { rep: name.clone(), threshold, period, delay, startup };
            (TraceKind::LivenessFailed, cause, Exit::KilledByLivenessWhileStarting)
        };
        self.log(kind, &name, cause);
        self.process_exited(rep, how);
    }

    pub(super) fn readiness_fails(&mut self, rep: RepId) {
        let svc = self.rep_service(rep);
        let (period, threshold, timeout) = self.probe_params(&svc.readiness.clone().unwrap_or_default());
        self.world.set_listed(rep, false);
        let name = self.world.rep(rep).name.clone();
        self.set_state(rep, ReplicaState::NotReady);
        self.log(TraceKind::NotReady, &name, Cause::ReadinessFailed { rep: name.clone(), threshold, period, timeout });
    }

    pub(super) fn liveness_fails(&mut self, rep: RepId) {
        let svc = self.rep_service(rep);
        let (period, threshold, _) = self.probe_params(&svc.liveness.clone().unwrap_or_default());
        let grace = self.t.termination_grace;
        let r = self.world.rep(rep);
        let (name, epoch) = (r.name.clone(), r.epoch);
        self.log(TraceKind::LivenessFailed, &name, Cause::LivenessFailed { rep: name.clone(), threshold, period, grace });
        self.push(self.now.plus(grace), containers::Ev::Killed { rep, epoch });
    }

    /// A container of `rep` started now (its pod's probe ticks run from `base`); the application is
    /// up at `up`. A startup probe runs first (liveness and readiness wait for it); a liveness probe
    /// otherwise counts from the pod's first tick after the container started; the pod is Ready at
    /// the first passing readiness probe (the first is run as soon as the container counts as
    /// started: [`probes::readiness`]), or as soon as the container runs (and started) without one.
    /// True when it is Ready now.
    pub(super) fn kubelet_container_started(&mut self, rep: RepId, svc: &Service, base: SimTime, up: SimTime, epoch: u32) -> bool {
        let now = self.now;
        let started = match &svc.startup_probe {
            Some(probe) => match self.kube_start_outcome(probe, base, up) {
                probes::Outcome::Passes(at) => at,
                probes::Outcome::GivesUp(at) => {
                    self.push(at, Ev::StartupGivesUp { rep, epoch, startup_probe: true });
                    return false;
                }
            },
            None => now,
        };
        if let (None, Some(probe)) = (&svc.startup_probe, &svc.liveness) {
            if let probes::Outcome::GivesUp(at) = self.kube_start_outcome(probe, base, up) {
                self.push(at, Ev::StartupGivesUp { rep, epoch, startup_probe: false });
            }
        }
        match &svc.readiness {
            Some(probe) => {
                let (period, _, _) = self.probe_params(probe);
                let (delay, _, _) = self.probe_start(probe);
                let at = probes::readiness(base, period, now, delay, started, up);
                self.push(at, containers::Ev::ProbePass { rep, epoch });
                false
            }
            None if started > now => {
                self.push(started, containers::Ev::ProbePass { rep, epoch });
                false
            }
            None => true,
        }
    }

    /// The application of `rep` stopped answering now: when its readiness probe takes it out of the
    /// endpoints and its liveness probe kills it (ticks from `base`, the pod's start; a tick counts
    /// only strictly after the container's start + initialDelaySeconds, as at its start). True when
    /// a liveness probe will notice.
    pub(super) fn kubelet_probes_hung(&mut self, rep: RepId, svc: &Service, base: SimTime, epoch: u32) -> bool {
        let now = self.now;
        let started_at = self.world.rep(rep).started_at;
        // The hang, or the end of the probe's initial delay if that is later: detection counts
        // the ticks strictly after it.
        let from = |delay: SimDuration| started_at.map_or(now, |s| now.max(s.plus(delay)));
        if let Some(p) = &svc.readiness {
            let (period, threshold, timeout) = self.probe_params(p);
            let (delay, _, _) = self.probe_start(p);
            self.push(self.detection(base, from(delay), period, threshold, timeout, false), Ev::ReadinessFails { rep, epoch });
        }
        let Some(p) = &svc.liveness else { return false };
        let (period, threshold, timeout) = self.probe_params(p);
        let (delay, _, _) = self.probe_start(p);
        self.push(self.detection(base, from(delay), period, threshold, timeout, false), Ev::LivenessFails { rep, epoch });
        true
    }
}
