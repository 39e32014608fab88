//! Docker Swarm: Docker's engine on every node, with Swarm's orchestrator replacing failed tasks
//! in their slots, its dispatcher noticing silent nodes, its gossip layer and Raft managers.

use super::super::ids::{NodeId, RepId, SvcId};
use super::super::world::Node;
use super::super::{operator, swarm, Sim};
use super::Platform;
use crate::cause::{Cause, Exit, Release, TaskFailure};
use crate::defaults::Timings;
use crate::rng::SplitMix64;
use crate::run::TraceKind;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};

/// Docker Swarm.
pub(crate) struct Swarm;

impl Platform for Swarm {
    fn heartbeat(&self, t: &Timings) -> SimDuration {
        t.swarm_heartbeat
    }

    fn runs_tasks_as_manager(&self, index: u32, managers: u32) -> bool {
        index < managers
    }

    fn draw_node_phases(&self, nodes: &mut [Node], rng: &mut SplitMix64, t: &Timings) {
        for n in nodes {
            n.gossip_phase = rng.below(t.gossip_probe_interval.as_millis().max(1));
        }
    }

    fn desired_at_start(&self, s: &Service) -> u32 {
        s.replicas_on(PlatformKind::Swarm)
    }

    fn replica_name(&self, s: &Service, slot: u32, _number: u32) -> String {
        format!("{}.{}", s.name, slot + 1)
    }

    fn probe_defaults(&self, t: &Timings) -> (SimDuration, u32, SimDuration) {
        (t.healthcheck_interval, t.healthcheck_retries, t.healthcheck_timeout)
    }

    fn acts_on_health(&self) -> bool {
        true
    }

    fn stop_grace(&self, t: &Timings) -> SimDuration {
        t.docker_stop_grace
    }

    fn restart_after_exit(&self, sim: &mut Sim<'_>, rep: RepId, _name: &str, how: Exit) {
        sim.swarm_task_failed(rep, TaskFailure::Exited(how));
    }

    fn container_started(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, _base: SimTime, up: SimTime, epoch: u32) -> bool {
        sim.docker_container_started(rep, svc, up, epoch)
    }

    fn after_container_started(&self, sim: &mut Sim<'_>, rep: RepId) {
        sim.swarm_task_started(rep);
    }

    fn after_check_passed(&self, sim: &mut Sim<'_>, rep: RepId) {
        sim.swarm_task_running(rep);
    }

    fn hung(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, epoch: u32) -> bool {
        // Docker's HEALTHCHECK monitor starts with each container.
        let base = sim.world.rep(rep).started_at.unwrap_or(SimTime::ZERO);
        sim.healthcheck_hung(rep, svc, base, epoch)
    }

    fn node_died(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]) {
        let cause = Cause::SwarmNodeDown { node: name.to_string(), tasks: on_node.len(), grace: sim.t.swarm_heartbeat_grace };
        sim.cluster_node_down(node, name, epoch, on_node, |s, last| s.swarm_silence_noticed(last), cause);
        let gossip = sim.gossip_detection(node);
        sim.push(sim.now.plus(gossip), swarm::Ev::GossipDead { node, epoch });
        sim.update_quorum();
        // A stateful service pinned to this node (a placement constraint, to stay by its data)
        // cannot run anywhere else: only the operator bringing the node back heals it. An
        // unpinned one is rescheduled elsewhere, its data left here.
        let pinned_here = on_node.iter().any(|&rep| {
            let s = sim.rep_service(rep);
            s.stateful && s.node.as_deref() == Some(name)
        });
        if pinned_here {
            sim.push(sim.now.plus(sim.t.operator_reaction), operator::Ev::RestoresHost { node, epoch });
        }
    }

    fn node_not_ready(&self, sim: &mut Sim<'_>, node: NodeId) {
        sim.swarm_node_noticed(node);
    }

    fn node_back(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>, by_operator: bool) {
        sim.swarm_node_back(node, name, epoch, on_node, by_operator);
    }

    fn confirm_stopped(&self, sim: &mut Sim<'_>, rep: RepId, _node_name: &str) -> (TraceKind, Cause) {
        // The node reports the task it could not run as shut down: past RUNNING, which ends an
        // update's wait for it.
        sim.swarm_update_task_ended(rep);
        (TraceKind::TaskRemoved, Cause::OldTaskShutDown { rep: sim.rep_name(rep) })
    }

    fn quorum_changed(&self, sim: &mut Sim<'_>, quorum: bool, up: usize, managers: usize) {
        sim.swarm_quorum_changed(quorum, up, managers);
    }

    fn reconcile(&self, sim: &mut Sim<'_>, si: SvcId) {
        sim.reconcile_swarm(si);
    }

    fn bound(&self, sim: &mut Sim<'_>, rep: RepId, node: NodeId) {
        sim.claim_volume(rep, node);
    }

    fn roll_out(&self, sim: &mut Sim<'_>, si: SvcId, release: Release, command: String, _rollback: bool) {
        sim.log_release(si, release, command, None);
        sim.mark_dirty(si);
    }

    fn scale(&self, sim: &mut Sim<'_>, si: SvcId, replicas: u32) {
        sim.scale_desired(si, replicas, false);
    }
}
