//! The Docker engine (Compose's host and each Swarm node): the restart manager and its delay,
//! and HEALTHCHECK, which only reports unless Swarm acts on it.

use super::platform::Platform;
use super::ids::RepId;
use super::{containers, operator, probes, Sim};
use crate::cause::{Cause, Exit, TaskFailure};
use crate::run::{ReplicaState, TraceKind};
use crate::time::{SimDuration, SimTime};
use crate::topology::{Probe, Service};

/// HEALTHCHECK's events, for a container at the epoch it had when they were scheduled.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// A HEALTHCHECK reports a hung application unhealthy.
    Unhealthy { rep: RepId, epoch: u32 },
    /// A HEALTHCHECK reports unhealthy while the application is still starting.
    UnhealthyWhileStarting { rep: RepId, epoch: u32 },
}

/// Handles a HEALTHCHECK event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::Unhealthy { rep, epoch } if sim.rep_current(rep, epoch) => sim.unhealthy(rep),
        Ev::UnhealthyWhileStarting { rep, epoch } if sim.rep_current(rep, epoch) => sim.unhealthy_while_starting(rep),
        _ => {} // stale: the container changed since
    }
}

impl Sim<'_> {
    /// Docker restart policy: `no` waits for the operator; others restart after the restart manager's delay.
    pub(super) fn docker_restart_after_exit(&mut self, rep: RepId, name: &str, how: Exit) {
        let (now, t) = (self.now, self.t);
        let policy = self.rep_service(rep).restart;
        let r = self.world.rep_mut(rep);
        let epoch = r.epoch;
        if !policy.restarts_after_crash() {
            self.set_state(rep, ReplicaState::Exited);
            let cause = Cause::NoRestartPolicy { rep: name.to_string(), how, policy, reaction: t.operator_reaction };
            self.log(TraceKind::ContainerExited, name, cause);
            self.push(now.plus(t.operator_reaction), operator::Ev::Restarts { rep, epoch });
            return;
        }
        let ran_long = r.started_at.is_none_or(|s| now.since(s) >= t.docker_restart_reset_after);
        let delay = if ran_long || r.docker_delay == SimDuration::ZERO {
            t.docker_restart_initial
        } else {
            r.docker_delay.saturating_mul(2).min(t.docker_restart_max)
        };
        r.docker_delay = delay;
        self.set_state(rep, ReplicaState::BackOff);
        let cause = Cause::DockerRestarts { rep: name.to_string(), how, policy, delay, initial: t.docker_restart_initial, max: t.docker_restart_max };
        self.log(TraceKind::ContainerExited, name, cause);
        self.push(now.plus(delay), containers::Ev::Start { rep, epoch });
    }

    /// When a Docker HEALTHCHECK of a container started now passes or gives up.
    pub(super) fn docker_start_outcome(&self, probe: &Probe, up: SimTime) -> probes::Outcome {
        let (interval, retries, _) = self.probe_params(probe);
        let (_, start_period, start_interval) = self.probe_start(probe);
        probes::docker(self.now, up, interval, start_period, start_interval, retries)
    }

    /// A HEALTHCHECK reported unhealthy while the application was still starting: Swarm replaces the
    /// task; Docker and Compose only report it.
    pub(super) fn unhealthy_while_starting(&mut self, rep: RepId) {
        let svc = self.rep_service(rep);
        let probe = svc.liveness.clone().unwrap_or_default();
        let (interval, retries, _) = self.probe_params(&probe);
        let (_, start_period, _) = self.probe_start(&probe);
        let name = self.rep_name(rep);
        let swarm = self.platform.acts_on_health();
        let cause = Cause::UnhealthyWhileStarting { rep: name.clone(), retries, startup: svc.startup, interval, start_period, swarm };
        self.log(TraceKind::Unhealthy, &name, cause);
        if swarm {
            self.stop_process(rep, true);
            self.swarm_task_failed(rep, TaskFailure::UnhealthyWhileStarting);
        }
    }

    /// A HEALTHCHECK reported a hung application unhealthy: Swarm replaces the task; Docker and
    /// Compose only report it.
    pub(super) fn unhealthy(&mut self, rep: RepId) {
        let svc = self.rep_service(rep);
        let (period, retries, timeout) = self.probe_params(&svc.liveness.clone().unwrap_or_default());
        let r = self.world.rep(rep);
        let name = r.name.clone();
        let swarm = self.platform.acts_on_health();
        self.log(TraceKind::Unhealthy, &name, Cause::Unhealthy { rep: name.clone(), retries, interval: period, timeout, swarm });
        if swarm {
            self.stop_process(rep, true);
            self.swarm_task_failed(rep, TaskFailure::Unhealthy);
        } else {
            // `docker ps` shows it "(unhealthy)"; it stays hung and keeps receiving requests.
            self.set_state(rep, ReplicaState::Unhealthy);
        }
    }

    /// A container of `rep` started now; the application is up at `up`. Docker DNS lists a running
    /// container at once and its HEALTHCHECK only reports; Swarm's routing mesh lists a task once it
    /// is running, which with a HEALTHCHECK means healthy. True when it is listed now.
    pub(super) fn docker_container_started(&mut self, rep: RepId, svc: &Service, up: SimTime, epoch: u32) -> bool {
        let swarm = self.platform.acts_on_health();
        let Some(probe) = &svc.liveness else { return true };
        match self.docker_start_outcome(probe, up) {
            probes::Outcome::Passes(at) if swarm => self.push(at, containers::Ev::ProbePass { rep, epoch }),
            probes::Outcome::Passes(_) => {}
            probes::Outcome::GivesUp(at) => self.push(at, Ev::UnhealthyWhileStarting { rep, epoch }),
        }
        !swarm
    }

    /// The application of `rep` stopped answering now: when its HEALTHCHECK (monitor started at
    /// `base`, the container's start) reports unhealthy. True when that makes the platform act
    /// (Swarm replaces the task; Docker and Compose only report it).
    pub(super) fn healthcheck_hung(&mut self, rep: RepId, svc: &Service, base: SimTime, epoch: u32) -> bool {
        let Some(p) = &svc.liveness else { return false };
        let (period, threshold, timeout) = self.probe_params(p);
        self.push(self.detection(base, self.now, period, threshold, timeout, true), Ev::Unhealthy { rep, epoch });
        self.platform.acts_on_health()
    }
}
