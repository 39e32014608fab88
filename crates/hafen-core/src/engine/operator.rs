//! The human operator: acts after the operator reaction time where a platform does not heal
//! itself (restarting a container with restart: no, rolling back a broken release, force-deleting
//! a StatefulSet pod, bringing back the host that holds the data).

use super::{Ev, Sim};
use crate::run::{ReplicaState, TraceKind};
use crate::time::SimDuration;
use crate::topology::PlatformKind;

impl Sim<'_> {

    pub(crate) fn operator_force_deletes(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if self.node_alive(r.node()) || !self.quorum {
            return;
        }
        let (si, name, slot) = (r.service(), r.name.clone(), r.slot());
        let reaction = self.t.operator_reaction;
        self.remove(rep);
        self.log(
            TraceKind::Operator,
            &name,
            format!("operator force-deletes {name} after {} (kubectl delete pod --force --grace-period=0; operator reaction)", reaction.human()),
        );
        // The StatefulSet recreates the same identity; its ReadWriteOnce volume is still attached to the
        // dead node until the attach/detach controller gives up waiting for an unmount.
        let new = self.new_rep(si, Some(slot));
        let detach = self.t.max_wait_for_unmount;
        if let Some(r) = self.world.get_mut(new) {
            r.volume_free_at = Some(self.now.plus(detach));
        }
        self.schedule_new(
            new,
            format!("the StatefulSet recreates {name}; its ReadWriteOnce volume is force-detached from the dead node after {} (maxWaitForUnmountDuration)", detach.human()),
        );
    }

    pub(crate) fn operator_rolls_back(&mut self, si: usize, id: u32) {
        let Some(st) = self.svcs.get(si) else { return };
        // Only if that release is still the target (nobody rolled forward or back meanwhile).
        if st.rollouts != id {
            return;
        }
        let bad = st.versions.get(st.target).is_some_and(|v| !v.healthy);
        if !bad {
            return;
        }
        let from = self.svcs.get(si).and_then(|s| s.rollout.as_ref()).map(|r| r.from).unwrap_or_else(|| st.target.saturating_sub(1));
        let previous = self.version_name(si, from);
        let name = self.service_name(si);
        let reaction = self.t.operator_reaction.human();
        let cmd = match self.kind() {
            PlatformKind::Compose => "pins the previous image and runs `docker compose up -d`".to_string(),
            PlatformKind::Swarm => format!("runs `docker service rollback {name}`"),
            PlatformKind::Kubernetes => format!("runs `kubectl rollout undo {name}`"),
        };
        self.log(TraceKind::Operator, &name, format!("operator notices the broken release after {reaction} and {cmd} (back to {previous})"));
        if self.kind() == PlatformKind::Kubernetes && self.service(si).is_some_and(|s| s.stateful) {
            // A StatefulSet does not replace a pod that never became Ready: the operator deletes it.
            for rep in self.reps_of(si) {
                if self.world.get(rep).is_some_and(|r| !r.in_endpoints()) {
                    self.delete_gracefully(rep, "deleted by the operator so the StatefulSet recreates it with the previous version");
                }
            }
        }
        self.start_rollout(si, from, false, true);
    }

    pub(crate) fn operator_restarts(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        if !self.node_alive(r.node()) || r.deleted() {
            return;
        }
        let (name, si) = (r.name.clone(), r.service());
        let svc = self.service_name(si);
        let reaction = self.t.operator_reaction.human();
        let cmd = match self.kind() {
            PlatformKind::Compose => format!("`docker compose up -d` ({svc})"),
            PlatformKind::Swarm => format!("`docker service update --force {svc}`"),
            PlatformKind::Kubernetes => format!("`kubectl delete pod {name}`"),
        };
        let hung = self.world.get(rep).is_some_and(|r| r.hung);
        let grace = match (hung, self.kind()) {
            (false, _) => SimDuration::ZERO,
            (true, PlatformKind::Kubernetes) => self.t.termination_grace,
            (true, _) => self.t.docker_stop_grace,
        };
        let wait = if hung { format!("; the hung process ignores SIGTERM and is killed after {}", grace.human()) } else { String::new() };
        self.log(TraceKind::Operator, &name, format!("operator notices after {reaction} and runs {cmd}{wait}"));
        if self.world.get(rep).is_some_and(|r| r.process_up) {
            self.stop_process(rep, true);
            self.set_state(rep, ReplicaState::Terminating);
        }
        let epoch = self.world.rep(rep).epoch;
        self.push(self.now.plus(grace), Ev::ContainerStart { rep, epoch });
    }
}
