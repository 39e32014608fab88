//! Docker Compose: one host; Docker's engine restarts containers by their restart policy, its
//! HEALTHCHECK only reports, and the operator brings the host back.

use super::super::ids::{NodeId, RepId, SvcId};
use super::super::Sim;
use super::Platform;
use crate::cause::{Cause, Exit, Release};
use crate::defaults::Timings;
use crate::run::TraceKind;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};

/// Docker Compose on one host.
pub(crate) struct Compose;

impl Platform for Compose {
    fn heartbeat(&self, t: &Timings) -> SimDuration {
        t.node_status_update
    }

    fn one_host(&self) -> bool {
        true
    }

    fn desired_at_start(&self, s: &Service) -> u32 {
        s.replicas_on(PlatformKind::Compose)
    }

    fn probe_defaults(&self, t: &Timings) -> (SimDuration, u32, SimDuration) {
        (t.healthcheck_interval, t.healthcheck_retries, t.healthcheck_timeout)
    }

    fn stop_grace(&self, t: &Timings) -> SimDuration {
        t.docker_stop_grace
    }

    fn restart_after_exit(&self, sim: &mut Sim<'_>, rep: RepId, name: &str, how: Exit) {
        sim.docker_restart_after_exit(rep, name, how);
    }

    fn container_started(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, _base: SimTime, up: SimTime, epoch: u32) -> bool {
        sim.docker_container_started(rep, svc, up, epoch)
    }

    fn hung(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, epoch: u32) -> bool {
        // Docker's HEALTHCHECK monitor starts with each container.
        let base = sim.world.rep(rep).started_at.unwrap_or(SimTime::ZERO);
        sim.healthcheck_hung(rep, svc, base, epoch)
    }

    fn node_died(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]) {
        sim.host_down(node, name, epoch, on_node);
    }

    fn node_back(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, _epoch: u32, on_node: Vec<RepId>, by_operator: bool) {
        sim.host_back(node, name, on_node, by_operator);
    }

    fn roll_out(&self, sim: &mut Sim<'_>, si: SvcId, release: Release, command: String, rollback: bool) {
        let idx = sim.svc_state(si).target;
        sim.recreate_containers(si, idx, release, command, rollback);
    }

    fn config_changing(&self, sim: &mut Sim<'_>, all: bool) {
        if all {
            sim.log(TraceKind::Config, "compose", Cause::ComposeConfigChange);
        }
    }

    fn scale(&self, sim: &mut Sim<'_>, si: SvcId, replicas: u32) {
        sim.compose_scale(si, replicas);
    }
}
