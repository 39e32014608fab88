//! What differs between the platforms, in one place: the [`Platform`] trait, implemented once per
//! platform ([`compose`], [`swarm`], [`kubernetes`]). The mechanisms ask their platform instead of
//! checking its kind; each implementation reads as what that platform does and hands the work to
//! the mechanism modules (the kubelet, Docker's engine, Swarm's orchestrator, the controllers).

mod compose;
mod kubernetes;
mod swarm;

use super::ids::{NodeId, RepId, SvcId};
use super::Sim;
use crate::cause::{Cause, Exit, Release};
use crate::defaults::Timings;
use crate::run::TraceKind;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};

/// The scenario's platform, as the engine holds it: a value that implements [`Platform`] by
/// handing each call to that platform's implementation. Dispatched statically (a `match`, not a
/// trait object), so the small answers inline where they are asked, as the matches on the kind
/// did: a `&dyn Platform` cost 2.5 KB of the app's first paint.
#[derive(Clone, Copy)]
pub(crate) enum Dispatch {
    Compose,
    Swarm,
    Kubernetes,
}

/// The platform `kind`'s behaviour.
pub(crate) fn of(kind: PlatformKind) -> Dispatch {
    match kind {
        PlatformKind::Compose => Dispatch::Compose,
        PlatformKind::Swarm => Dispatch::Swarm,
        PlatformKind::Kubernetes => Dispatch::Kubernetes,
    }
}

/// Implements [`Platform`] for [`Dispatch`] from the trait's method signatures, each call handed
/// to the platform's own implementation.
macro_rules! dispatch {
    ($(fn $name:ident(&self $(, $arg:ident: $ty:ty)*) $(-> $ret:ty)?;)*) => {
        impl Platform for Dispatch {
            $(fn $name(&self $(, $arg: $ty)*) $(-> $ret)? {
                match self {
                    Dispatch::Compose => compose::Compose.$name($($arg),*),
                    Dispatch::Swarm => swarm::Swarm.$name($($arg),*),
                    Dispatch::Kubernetes => kubernetes::Kubernetes.$name($($arg),*),
                }
            })*
        }
    };
}

dispatch! {
    fn heartbeat(&self, t: &Timings) -> SimDuration;
    fn runs_tasks_as_manager(&self, index: u32, managers: u32) -> bool;
    fn one_host(&self) -> bool;
    fn control_plane_tainted(&self) -> bool;
    fn draw_node_phases(&self, nodes: &mut [super::world::Node], rng: &mut crate::rng::SplitMix64, t: &Timings);
    fn autoscales(&self) -> bool;
    fn desired_at_start(&self, s: &Service) -> u32;
    fn replica_name(&self, s: &Service, slot: u32, number: u32) -> String;
    fn probe_defaults(&self, t: &Timings) -> (SimDuration, u32, SimDuration);
    fn readiness_probes(&self) -> bool;
    fn acts_on_health(&self) -> bool;
    fn stop_grace(&self, t: &Timings) -> SimDuration;
    fn restart_after_exit(&self, sim: &mut Sim<'_>, rep: RepId, name: &str, how: Exit);
    fn container_started(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, base: SimTime, up: SimTime, epoch: u32) -> bool;
    fn after_container_started(&self, sim: &mut Sim<'_>, rep: RepId);
    fn after_check_passed(&self, sim: &mut Sim<'_>, rep: RepId);
    fn hung(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, epoch: u32) -> bool;
    fn endpoints_lag_deletion(&self) -> bool;
    fn node_died(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]);
    fn node_not_ready(&self, sim: &mut Sim<'_>, node: NodeId);
    fn node_back(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>, by_operator: bool);
    fn confirm_stopped(&self, sim: &mut Sim<'_>, rep: RepId, node_name: &str) -> (TraceKind, Cause);
    fn taints_unreachable(&self) -> bool;
    fn quorum_changed(&self, sim: &mut Sim<'_>, quorum: bool, up: usize, managers: usize);
    fn reconcile(&self, sim: &mut Sim<'_>, si: SvcId);
    fn bound(&self, sim: &mut Sim<'_>, rep: RepId, node: NodeId);
    fn roll_out(&self, sim: &mut Sim<'_>, si: SvcId, release: Release, command: String, rollback: bool);
    fn before_rollback(&self, sim: &mut Sim<'_>, si: SvcId);
    fn config_changing(&self, sim: &mut Sim<'_>, all: bool);
    fn resize_volume(&self, sim: &mut Sim<'_>, si: SvcId, gib: u32);
    fn scale(&self, sim: &mut Sim<'_>, si: SvcId, replicas: u32);
}

/// What a platform does differently. Methods taking the engine act on it (in the order the
/// mechanisms did before, so runs are the same event for event); the others describe the platform.
pub(crate) trait Platform {
    // ------------------------------------------------------------ the platform's shape

    /// Period of each node's status posts (kubelet) or heartbeats (Swarm) [ms].
    fn heartbeat(&self, t: &Timings) -> SimDuration;

    /// Whether the machine at `index` is a manager that also runs tasks (Swarm's first `managers`
    /// nodes); a self-hosted control plane's nodes are managers on every platform that has them.
    fn runs_tasks_as_manager(&self, _index: u32, _managers: u32) -> bool {
        false
    }

    /// One host runs everything (Compose): no scheduler to choose, no spreading.
    fn one_host(&self) -> bool {
        false
    }

    /// Control-plane nodes carry the NoSchedule control-plane taint (Kubernetes).
    fn control_plane_tainted(&self) -> bool {
        false
    }

    /// Draws the platform's own random phases of its nodes, after the engine's (so seeds keep
    /// giving the same heartbeats and checks).
    fn draw_node_phases(&self, _nodes: &mut [super::world::Node], _rng: &mut crate::rng::SplitMix64, _t: &Timings) {}

    /// Whether a HorizontalPodAutoscaler runs for autoscaled services (Kubernetes).
    fn autoscales(&self) -> bool {
        false
    }

    /// A service's desired replicas at the start.
    fn desired_at_start(&self, s: &Service) -> u32;

    /// The name of replica number `number` (from 0, per service) in `slot`.
    fn replica_name(&self, s: &Service, _slot: u32, number: u32) -> String {
        format!("{}-{}", s.name, number + 1)
    }

    // ------------------------------------------------------------ containers and checks

    /// Default probe settings: (period, failure threshold, timeout) — the kubelet's probes, or
    /// Docker's HEALTHCHECK.
    fn probe_defaults(&self, t: &Timings) -> (SimDuration, u32, SimDuration);

    /// A replica is Ready (listed) by its readiness probe (Kubernetes), not by its HEALTHCHECK.
    fn readiness_probes(&self) -> bool {
        false
    }

    /// The platform acts on a HEALTHCHECK (Swarm: the routing mesh waits for healthy, an unhealthy
    /// task is replaced); plain Docker only reports it.
    fn acts_on_health(&self) -> bool {
        false
    }

    /// How long a hung process has between SIGTERM and SIGKILL.
    fn stop_grace(&self, t: &Timings) -> SimDuration;

    /// Replica `rep` (called `name`) exited `how`, not being deleted: its agent restarts it (or not).
    fn restart_after_exit(&self, sim: &mut Sim<'_>, rep: RepId, name: &str, how: Exit);

    /// A container of `rep` started now (its pod's probe ticks from `base`); its application
    /// answers at `up`. Schedules its checks; true when it is listed as an endpoint now.
    fn container_started(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, base: SimTime, up: SimTime, epoch: u32) -> bool;

    /// After a container started and, if it was, was listed (Swarm: a task without a HEALTHCHECK
    /// is running).
    fn after_container_started(&self, _sim: &mut Sim<'_>, _rep: RepId) {}

    /// A replica passed its first check and is listed (Swarm: the task is running).
    fn after_check_passed(&self, _sim: &mut Sim<'_>, _rep: RepId) {}

    /// The application of `rep` hangs now: schedules what notices. True when something will
    /// (else the operator restarts it).
    fn hung(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, epoch: u32) -> bool;

    // ------------------------------------------------------------ graceful deletion

    /// A deleted replica's endpoint removal propagates (to kube-proxy) after SIGTERM is sent,
    /// and a preStop pause runs first (Kubernetes).
    fn endpoints_lag_deletion(&self) -> bool {
        false
    }

    // ------------------------------------------------------------ nodes

    /// Node `node` (`name`) died now at `epoch`, with replicas `on_node`; the world already knows.
    fn node_died(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]);

    /// The control plane notices that `node` is silent (NotReady; Swarm: down).
    fn node_not_ready(&self, _sim: &mut Sim<'_>, _node: NodeId) {
        panic!("engine invariant broken: a control plane's event without a control plane")
    }

    /// Node `node` (`name`) is back at `epoch` (`by_operator`: the operator brought it back).
    fn node_back(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>, by_operator: bool);

    /// A replica the cluster deleted while its node (`node_name`) was away is confirmed stopped
    /// by the node: what the trace says.
    fn confirm_stopped(&self, _sim: &mut Sim<'_>, _rep: RepId, _node_name: &str) -> (TraceKind, Cause) {
        panic!("engine invariant broken: a control plane's event without a control plane")
    }

    /// Removing a node's unreachable taint when it is Ready again (Kubernetes).
    fn taints_unreachable(&self) -> bool {
        false
    }

    /// The managers' majority was lost or regained: `up` of `managers` are up.
    fn quorum_changed(&self, _sim: &mut Sim<'_>, _quorum: bool, _up: usize, _managers: usize) {
        panic!("engine invariant broken: a control plane's event without a control plane")
    }

    // ------------------------------------------------------------ controllers and changes

    /// The controller of service `si` converges it towards its desired state.
    fn reconcile(&self, _sim: &mut Sim<'_>, _si: SvcId) {}

    /// A task was bound to `node` (Swarm: a stateful task mounts its local volume there).
    fn bound(&self, _sim: &mut Sim<'_>, _rep: RepId, _node: NodeId) {}

    /// Rolls service `si` out to its new target version (the rollout just recorded in its state),
    /// logged as `release` with the operator's `command` (`rollback`: pods already at that version
    /// stay).
    fn roll_out(&self, sim: &mut Sim<'_>, si: SvcId, release: Release, command: String, rollback: bool);

    /// Before the operator rolls back service `si`.
    fn before_rollback(&self, _sim: &mut Sim<'_>, _si: SvcId) {}

    /// A configuration change of every service (`all`) or of one is about to be applied.
    fn config_changing(&self, _sim: &mut Sim<'_>, _all: bool) {}

    /// Service `si`'s volume is resized to `gib` [GiB].
    fn resize_volume(&self, sim: &mut Sim<'_>, si: SvcId, gib: u32) {
        sim.resize_volume_by_hand(si, gib);
    }

    /// Service `si` is scaled by hand to `replicas`.
    fn scale(&self, sim: &mut Sim<'_>, si: SvcId, replicas: u32);
}
