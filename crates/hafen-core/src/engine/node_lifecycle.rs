//! Nodes die and come back; when each control plane notices: Kubernetes' node lifecycle controller
//! (heartbeats, node-monitor-grace-period, the unreachable taint and eviction), Swarm's dispatcher
//! (heartbeat × grace multiplier), and the Compose host that only an operator brings back.

use super::{Ev, Sim};
use crate::run::{NodeState, ReplicaState, TraceKind};
use crate::time::SimTime;
use crate::topology::PlatformKind;

impl Sim<'_> {

    pub(super) fn kill_node(&mut self, node: usize) {
        let name = self.node_name(node);
        let Some(n) = self.world.nodes.get(node) else { return };
        if !n.alive() {
            self.log(TraceKind::FaultIgnored, &name, format!("{name} is already down"));
            return;
        }
        self.world.set_alive(node, false);
        let n = &mut self.world.nodes[node];
        n.epoch += 1;
        let epoch = n.epoch;
        let on_node = self.reps_on(node);
        self.set_node_state(node, NodeState::Unreachable);
        match self.kind() {
            PlatformKind::Compose => {
                for &rep in &on_node {
                    self.stop_process(rep, true);
                    self.set_state(rep, ReplicaState::Unknown);
                }
                self.log(
                    TraceKind::NodeDown,
                    &name,
                    format!(
                        "{name} stops: all {} container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after {}",
                        on_node.len(),
                        self.t.operator_reaction.human()
                    ),
                );
                self.push(self.now.plus(self.t.operator_reaction), Ev::OperatorRestoresHost { node, epoch });
            }
            kind => {
                // The control plane still counts the replicas as running and routes to them until it
                // notices the silence.
                for &rep in &on_node {
                    self.stop_process(rep, false);
                    self.set_state(rep, ReplicaState::Unknown);
                }
                let (last, noticed) = self.silence_noticed(node);
                if let Some(n) = self.world.nodes.get_mut(node) {
                    n.last_heartbeat = last;
                }
                let cause = if kind == PlatformKind::Swarm {
                    format!(
                        "{name} stops: its {} task(s) stop answering, but the routing mesh still sends them requests until the gossip layer declares the node dead (seconds), and the managers reschedule only after {} missed heartbeats",
                        on_node.len(),
                        self.t.swarm_heartbeat_grace
                    )
                } else {
                    format!("{name} stops: its {} pod(s) stop answering, but the control plane still routes to them until it notices the silence", on_node.len())
                };
                self.log(TraceKind::NodeDown, &name, cause);
                self.push(noticed, Ev::NodeNotReady { node, epoch });
                if kind == PlatformKind::Swarm {
                    let gossip = self.gossip_detection(node);
                    self.push(self.now.plus(gossip), Ev::GossipDead { node, epoch });
                }
                self.update_quorum();
                if kind == PlatformKind::Kubernetes {
                    let reaction = self.t.operator_reaction;
                    for &rep in &on_node {
                        let stateful = self.rep_service(rep).is_some_and(|s| s.stateful);
                        if let (true, Some(e)) = (stateful, self.rep_epoch(rep)) {
                            self.push(self.now.plus(reaction), Ev::OperatorForceDeletes { rep, epoch: e });
                        }
                    }
                }
                if kind == PlatformKind::Swarm {
                    // Only this node has the stateful tasks' data: the platform cannot heal that.
                    let holds_data = on_node.iter().any(|&rep| self.rep_service(rep).is_some_and(|s| s.stateful));
                    if holds_data {
                        self.push(self.now.plus(self.t.operator_reaction), Ev::OperatorRestoresHost { node, epoch });
                    }
                }
            }
        }
    }

    /// The last heartbeat of `node` at or before now, and when the control plane notices its silence:
    /// Kubernetes: the first node-controller check strictly after last + grace period;
    /// Swarm: last + heartbeat × grace multiplier.
    pub(super) fn silence_noticed(&self, node: usize) -> (SimTime, SimTime) {
        let swarm = self.kind() == PlatformKind::Swarm;
        let now = i128::from(self.now.as_millis());
        let period = if swarm { self.t.swarm_heartbeat } else { self.t.node_status_update };
        let p = i128::from(period.as_millis().max(1));
        let phase = i128::from(self.world.node(node).heartbeat_phase);
        // Posts happen at phase + k·p for every integer k (also before the scenario started).
        let last = phase + (now - phase).div_euclid(p) * p;
        let clamp = |v: i128| SimTime(v.clamp(0, i128::from(u64::MAX)) as u64);
        if swarm {
            let ttl = i128::from(self.t.swarm_heartbeat.saturating_mul(u64::from(self.t.swarm_heartbeat_grace)).as_millis());
            return (clamp(last), clamp((last + ttl).max(now)));
        }
        let m = i128::from(self.t.node_monitor_period.as_millis().max(1));
        let mphase = i128::from(self.monitor_phase);
        let threshold = last + i128::from(self.t.node_monitor_grace.as_millis());
        let check = mphase + ((threshold - mphase).div_euclid(m) + 1) * m;
        (clamp(last), clamp(check.max(now)))
    }

    pub(crate) fn node_not_ready(&mut self, node: usize) {
        if !self.quorum && self.kind() == PlatformKind::Kubernetes {
            // The node controller needs the API server; it acts once the control plane is back.
            return;
        }
        let name = self.node_name(node);
        let silent = self.world.nodes.get(node).map(|n| self.now.since(n.last_heartbeat)).unwrap_or_default();
        if let Some(n) = self.world.nodes.get_mut(node) {
            n.api_ready = false;
        }
        self.set_node_state(node, NodeState::NotReady);
        let on_node = self.reps_on(node);
        for &rep in &on_node {
            self.world.set_listed(rep, false);
        }
        if self.kind() == PlatformKind::Swarm {
            self.log(
                TraceKind::NodeNotReady,
                &name,
                format!(
                    "{name} down: no heartbeat for {} ({} missed heartbeats of {}); its tasks leave the routing mesh",
                    silent.human(),
                    self.t.swarm_heartbeat_grace,
                    self.t.swarm_heartbeat.human()
                ),
            );
            for rep in on_node {
                self.swarm_task_failed(rep, &format!("{} lost with {name}", self.rep_name(rep)));
            }
            return;
        }
        let grace = self.t.node_monitor_grace;
        let toleration = self.t.not_ready_toleration;
        self.log(
            TraceKind::NodeNotReady,
            &name,
            format!(
                "{name} NotReady: no status for {} (node-monitor-grace-period {}, Kubernetes {}); its pods leave the Service endpoints; taint node.kubernetes.io/unreachable added, eviction after {} (tolerationSeconds)",
                silent.human(),
                grace.human(),
                self.sc.platform.kubernetes_version,
                toleration.human()
            ),
        );
        for rep in on_node {
            if let Some(r) = self.world.get(rep) {
                let epoch = r.epoch;
                if !r.deleted() {
                    self.push(self.now.plus(toleration), Ev::Evict { rep, epoch });
                }
            }
        }
    }

    /// A node comes back: by the operator (Compose host) or by a restore event.
    pub(super) fn restore_node(&mut self, node: usize, by_operator: bool) {
        let name = self.node_name(node);
        let Some(n) = self.world.nodes.get(node) else { return };
        if n.alive() {
            if !by_operator {
                self.log(TraceKind::FaultIgnored, &name, format!("{name} is already up"));
            }
            return;
        }
        self.world.set_alive(node, true);
        let n = &mut self.world.nodes[node];
        n.epoch += 1;
        let epoch = n.epoch;
        let on_node = self.reps_on(node);
        match self.kind() {
            PlatformKind::Compose => {
                if let Some(n) = self.world.nodes.get_mut(node) {
                    n.api_ready = true;
                }
                self.set_node_state(node, NodeState::Ready);
                let any_no = on_node.iter().any(|&rep| self.rep_service(rep).is_some_and(|s| !s.restart.restarts_after_crash()));
                let how = if any_no {
                    "the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest"
                } else {
                    "the Docker daemon restarts every container (restart policies)"
                };
                let who = if by_operator { format!("operator brings {name} back after {}", self.t.operator_reaction.human()) } else { format!("{name} is back") };
                self.log(if by_operator { TraceKind::Operator } else { TraceKind::NodeUp }, &name, format!("{who}; {how}"));
                for rep in on_node {
                    if let Some(e) = self.rep_epoch(rep) {
                        self.push(self.now, Ev::ContainerStart { rep, epoch: e });
                    }
                }
            }
            PlatformKind::Kubernetes => {
                // The kubelet posts its status at once; the node controller sees it at its next check.
                let m = self.t.node_monitor_period.as_millis().max(1);
                let now = self.now.as_millis();
                let next = if now >= self.monitor_phase { self.monitor_phase + (now - self.monitor_phase).div_ceil(m) * m } else { self.monitor_phase };
                self.log(TraceKind::NodeUp, &name, format!("{name} is back: the kubelet starts and posts its status"));
                self.push(SimTime(next), Ev::NodeReady { node, epoch });
                self.update_quorum();
                self.returning_replicas(&name, on_node);
            }
            PlatformKind::Swarm => {
                let who = if by_operator {
                    format!("operator brings {name} back after {}: it holds a stateful service's local volume", self.t.operator_reaction.human())
                } else {
                    format!("{name} is back")
                };
                self.log(if by_operator { TraceKind::Operator } else { TraceKind::NodeUp }, &name, format!("{who}; it sends heartbeats again"));
                self.push(self.now, Ev::NodeReady { node, epoch });
                self.returning_replicas(&name, on_node);
                self.update_quorum();
            }
        }
    }

    /// The replicas of a node that came back: those the cluster already deleted or replaced elsewhere
    /// are removed for good (the kubelet / Docker confirms they stopped); the others start again.
    pub(super) fn returning_replicas(&mut self, node_name: &str, on_node: Vec<usize>) {
        let (kind, what) = if self.kind() == PlatformKind::Kubernetes {
            (TraceKind::PodRemoved, format!("{node_name} confirms the pod stopped; it is removed"))
        } else {
            (TraceKind::TaskRemoved, "its slot already runs elsewhere; the old task is shut down".to_string())
        };
        for rep in on_node {
            if self.world.get(rep).is_some_and(|r| r.deleted()) {
                let rn = self.rep_name(rep);
                self.log(kind, &rn, format!("{rn}: {what}"));
                self.remove(rep);
            } else if let Some(e) = self.rep_epoch(rep) {
                self.push(self.now, Ev::ContainerStart { rep, epoch: e });
            }
        }
    }

    pub(super) fn node_ready(&mut self, node: usize) {
        let name = self.node_name(node);
        if let Some(n) = self.world.nodes.get_mut(node) {
            n.api_ready = true;
        }
        self.set_node_state(node, NodeState::Ready);
        self.reschedule.nodes.insert(node);
        let what = if self.kind() == PlatformKind::Kubernetes { "Ready again; taint removed" } else { "ready again" };
        self.log(TraceKind::NodeReady, &name, format!("{name} {what}"));
    }

    pub(crate) fn evict(&mut self, rep: usize) {
        if !self.quorum {
            return;
        }
        let Some(r) = self.world.get(rep) else { return };
        if r.deleted() {
            return;
        }
        self.world.set_deleted(rep);
        self.world.set_listed(rep, false);
        let r = self.world.rep(rep);
        let name = r.name.clone();
        let node_name = r.node().map(|n| self.node_name(n)).unwrap_or_default();
        self.set_state(rep, ReplicaState::Terminating);
        let stateful = self.rep_service(rep).is_some_and(|s| s.stateful);
        let toleration = self.t.not_ready_toleration;
        if stateful {
            self.log(
                TraceKind::PodEvicted,
                &name,
                format!(
                    "{name} deleted after {} on unreachable {node_name} (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it",
                    toleration.human()
                ),
            );
        } else {
            self.log(
                TraceKind::PodEvicted,
                &name,
                format!("{name} evicted: {node_name} unreachable for {} (tolerationSeconds); stays Terminating on the dead node, the ReplicaSet replaces it", toleration.human()),
            );
        }
    }
}
