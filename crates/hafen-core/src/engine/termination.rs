//! Graceful deletion: out of the endpoints (and, on Kubernetes, the propagation delay to
//! kube-proxy), the preStop pause, SIGTERM, and the kill after the grace period.

use super::platform::Platform;
use super::ids::RepId;
use super::{containers, Sim};
use crate::cause::{Cause, Deletion};
use crate::run::{ReplicaState, TraceKind};
use crate::time::SimDuration;

/// Graceful deletion's events (for a replica already deleted: no epoch).
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// A deleted pod's endpoint removal has reached kube-proxy.
    EndpointGone { rep: RepId },
    /// A deleted pod's preStop pause is over: SIGTERM.
    PreStopDone { rep: RepId },
}

/// Handles a deletion's event.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::EndpointGone { rep } => sim.endpoint_gone(rep),
        Ev::PreStopDone { rep } => sim.pre_stop_done(rep),
    }
}

impl Sim<'_> {
    /// Deletes a replica gracefully. Swarm takes a task out of the routing mesh before stopping it
    /// (moby's executor waits 2 s for the gossip to converge), and Compose's containers are not
    /// behind a load balancer, so neither fails requests. Kubernetes marks the pod Terminating and
    /// sends SIGTERM at once (after its preStop pause, if any) while the endpoint's removal still
    /// propagates to kube-proxy: until it arrives, requests reaching a pod that stopped answering
    /// fail. On a dead node nothing happens until the node is back.
    pub(super) fn delete_gracefully(&mut self, rep: RepId, why: Deletion) {
        let kube = self.platform.endpoints_lag_deletion();
        let propagation = self.t.endpoint_propagation;
        let r = self.world.rep(rep);
        if r.deleted() {
            return;
        }
        let (name, node, listed) = (r.name.clone(), r.node(), r.in_endpoints());
        self.world.set_deleted(rep);
        let alive = self.node_alive(node) || node.is_none();
        let lingers = kube && alive && listed && propagation > SimDuration::ZERO;
        self.world.set_lingering(rep, lingers);
        if !lingers {
            self.world.set_listed(rep, false);
        }
        self.set_state(rep, ReplicaState::Terminating);
        self.log(TraceKind::Terminating, &name, Cause::Terminating { rep: name.clone(), why });
        if !alive {
            return;
        }
        if lingers {
            self.push(self.now.plus(propagation), Ev::EndpointGone { rep });
        }
        let pre_stop = self.rep_service(rep).pre_stop.filter(|p| kube && *p > SimDuration::ZERO);
        let r = self.world.rep(rep);
        let answering = r.process_up && r.app_up();
        match pre_stop {
            Some(pause) if answering => self.push(self.now.plus(pause), Ev::PreStopDone { rep }),
            _ => self.sigterm(rep),
        }
    }

    /// SIGTERM to a deleted replica: an answering application shuts down at once and the pod is gone;
    /// a hung one ignores it and is killed after the grace period.
    pub(super) fn sigterm(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if r.gone() {
            return;
        }
        if r.hung {
            let grace = self.platform.stop_grace(self.t);
            let epoch = r.epoch;
            self.push(self.now.plus(grace), containers::Ev::Killed { rep, epoch });
        } else {
            self.remove(rep);
        }
    }

    /// The preStop pause of a deleted pod is over.
    pub(crate) fn pre_stop_done(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if r.deleted() && !r.gone() {
            self.sigterm(rep);
        }
    }

    /// A deleted pod's endpoint removal reached kube-proxy: no more requests go there.
    pub(crate) fn endpoint_gone(&mut self, rep: RepId) {
        let r = self.world.rep(rep);
        if !r.endpoint_lingers() {
            return;
        }
        let (was_listed, gone, name) = (r.in_endpoints(), r.gone(), r.name.clone());
        self.world.set_lingering(rep, false);
        self.world.set_listed(rep, false);
        if was_listed && gone {
            let propagation = self.t.endpoint_propagation;
            self.log(TraceKind::EndpointRemoved, &name, Cause::EndpointRemoved { rep: name.clone(), propagation });
        }
    }
}
