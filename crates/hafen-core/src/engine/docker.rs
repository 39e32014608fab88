//! The Docker engine (Compose's host and each Swarm node): the restart manager and its delay,
//! and HEALTHCHECK, which only reports unless Swarm acts on it.

use super::{probes, Ev, Sim};
use crate::run::{ReplicaState, TraceKind};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Probe, Service};

impl Sim<'_> {

    /// Docker restart policy: `no` waits for the operator; others restart after the restart manager's delay.
    pub(super) fn docker_restart_after_exit(&mut self, rep: usize, name: &str, how: &str) {
        let (now, t) = (self.now, self.t);
        let policy = self.rep_service(rep).map(|s| s.restart).unwrap_or_default();
        let Some(r) = self.world.get_mut(rep) else { return };
        let epoch = r.epoch;
        if !policy.restarts_after_crash() {
            self.set_state(rep, ReplicaState::Exited);
            self.log(
                TraceKind::ContainerExited,
                name,
                format!(
                    "{name}: container {how}; restart: {} (Docker's default) so nothing restarts it until an operator acts ({} reaction)",
                    policy.id(),
                    t.operator_reaction.human()
                ),
            );
            self.push(now.plus(t.operator_reaction), Ev::OperatorRestarts { rep, epoch });
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
        self.log(
            TraceKind::ContainerExited,
            name,
            format!(
                "{name}: container {how}; restart: {} restarts it after {} (Docker's restart delay starts at {}, doubles, max {})",
                policy.id(),
                delay.human(),
                t.docker_restart_initial.human(),
                t.docker_restart_max.human()
            ),
        );
        self.push(now.plus(delay), Ev::ContainerStart { rep, epoch });
    }

    /// When a Docker HEALTHCHECK of a container started now passes or gives up.
    pub(super) fn docker_start_outcome(&self, probe: &Probe, up: SimTime) -> probes::Outcome {
        let (interval, retries, _) = self.probe_params(probe);
        let (_, start_period, start_interval) = self.probe_start(probe);
        probes::docker(self.now, up, interval, start_period, start_interval, retries)
    }

    /// A HEALTHCHECK reported unhealthy while the application was still starting: Swarm replaces the
    /// task; Docker and Compose only report it.
    pub(super) fn unhealthy_while_starting(&mut self, rep: usize) {
        let Some(svc) = self.rep_service(rep) else { return };
        let probe = svc.liveness.clone().unwrap_or_default();
        let (interval, retries, _) = self.probe_params(&probe);
        let (_, start_period, _) = self.probe_start(&probe);
        let name = self.rep_name(rep);
        let base = format!(
            "{name}: HEALTHCHECK failed {retries} times while the application was still starting (it needs {}; checks every {}, start period {}): unhealthy",
            svc.startup.human(),
            interval.human(),
            start_period.human()
        );
        if self.kind() == PlatformKind::Swarm {
            self.log(TraceKind::Unhealthy, &name, format!("{base}; Swarm shuts the task down and starts another, which starts just as slowly. A HEALTHCHECK start period longer than its start-up would let it start"));
            self.stop_process(rep, true);
            self.swarm_task_failed(rep, &format!("{name} unhealthy while starting"));
        } else {
            self.log(TraceKind::Unhealthy, &name, format!("{base}; Docker and Compose never restart an unhealthy container, so it keeps starting and answers once up"));
        }
    }

    pub(super) fn unhealthy(&mut self, rep: usize) {
        let Some(svc) = self.rep_service(rep) else { return };
        let (period, retries, timeout) = self.probe_params(&svc.liveness.clone().unwrap_or_default());
        let Some(r) = self.world.get(rep) else { return };
        let name = r.name.clone();
        let base = format!("{name}: HEALTHCHECK failed {retries} times (interval {}, timeout {}): unhealthy", period.human(), timeout.human());
        if self.kind() == PlatformKind::Swarm {
            self.log(TraceKind::Unhealthy, &name, format!("{base}; Swarm shuts the task down and replaces it"));
            self.stop_process(rep, true);
            self.swarm_task_failed(rep, &format!("{name} unhealthy"));
        } else {
            self.log(
                TraceKind::Unhealthy,
                &name,
                format!("{base}; Docker and Compose never restart an unhealthy container, so it keeps receiving requests until an operator acts"),
            );
        }
    }

    /// A container of `rep` started now; the application is up at `up`. Docker DNS lists a running
    /// container at once and its HEALTHCHECK only reports; Swarm's routing mesh lists a task once it
    /// is running, which with a HEALTHCHECK means healthy. True when it is listed now.
    pub(super) fn docker_container_started(&mut self, rep: usize, svc: &Service, up: SimTime, epoch: u32) -> bool {
        let swarm = self.kind() == PlatformKind::Swarm;
        let Some(probe) = &svc.liveness else { return true };
        match self.docker_start_outcome(probe, up) {
            probes::Outcome::Passes(at) if swarm => self.push(at, Ev::ProbePass { rep, epoch }),
            probes::Outcome::Passes(_) => {}
            probes::Outcome::GivesUp(at) => self.push(at, Ev::UnhealthyWhileStarting { rep, epoch }),
        }
        !swarm
    }

    /// The application of `rep` stopped answering now: when its HEALTHCHECK (monitor started at
    /// `base`, the container's start) reports unhealthy. True when that makes the platform act
    /// (Swarm replaces the task; Docker and Compose only report it).
    pub(super) fn healthcheck_hung(&mut self, rep: usize, svc: &Service, base: SimTime, epoch: u32) -> bool {
        let Some(p) = &svc.liveness else { return false };
        let (period, threshold, timeout) = self.probe_params(p);
        self.push(self.detection(base, self.now, period, threshold, timeout, true), Ev::Unhealthy { rep, epoch });
        self.kind() == PlatformKind::Swarm
    }
}
