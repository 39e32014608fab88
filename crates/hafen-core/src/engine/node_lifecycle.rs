//! Nodes die and come back; when each control plane notices: Kubernetes' node lifecycle controller
//! (heartbeats, node-monitor-grace-period, the unreachable taint and eviction), Swarm's dispatcher
//! (heartbeat × grace multiplier), and the Compose host that only an operator brings back.

use super::platform::Platform;
use super::ids::{NodeId, RepId};
use super::{containers, operator, Sim};
use crate::cause::{Cause, Ignored, TaskFailure};
use crate::run::{NodeState, ReplicaState, TraceKind};
use crate::time::{SimDuration, SimTime};

/// The node lifecycle controller's clock.
pub(crate) struct NodeMonitor {
    /// Phase of its checks, every `node_monitor_period` [ms].
    pub(super) phase: u64,
}

/// The control plane's events about nodes (at the node's epoch when scheduled) and evictions.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// The control plane notices a silent node (NotReady; Swarm: down).
    NotReady { node: NodeId, epoch: u32 },
    /// The control plane sees a returned node ready again.
    Ready { node: NodeId, epoch: u32 },
    /// A pod's toleration of the unreachable taint ran out.
    Evict { rep: RepId, epoch: u32 },
}

/// Handles a node event that is still current.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::NotReady { node, epoch } if sim.node_current(node, epoch) => sim.node_not_ready(node),
        Ev::Ready { node, epoch } if sim.node_current(node, epoch) => sim.node_ready(node),
        Ev::Evict { rep, epoch } if sim.rep_current(rep, epoch) => sim.evict(rep),
        _ => {} // stale: the node or replica changed since
    }
}

impl Sim<'_> {
    pub(super) fn kill_node(&mut self, node: NodeId) {
        let name = self.node_name(node);
        let n = self.world.node(node);
        if !n.alive() {
            self.log(TraceKind::FaultIgnored, &name, Cause::Ignored(Ignored::AlreadyDown { node: name.clone() }));
            return;
        }
        let epoch = self.world.set_alive(node, false);
        let on_node = self.reps_on(node);
        self.set_node_state(node, NodeState::Unreachable);
        let platform = self.platform;
        platform.node_died(self, node, &name, epoch, &on_node);
    }

    /// The Compose host died: its containers are gone with it until the operator brings it back.
    pub(crate) fn host_down(&mut self, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]) {
        for &rep in on_node {
            self.stop_process(rep, true);
            self.set_state(rep, ReplicaState::Unknown);
        }
        let cause = Cause::HostDown { node: name.to_string(), containers: on_node.len(), reaction: self.t.operator_reaction };
        self.log(TraceKind::NodeDown, name, cause);
        self.push(self.now.plus(self.t.operator_reaction), operator::Ev::RestoresHost { node, epoch });
    }

    /// A node of a cluster died: the control plane still counts its replicas as running and routes
    /// to them until it notices the silence, at the moment `noticed` computes from the node's last
    /// post [ms since the run's start]; `cause` says so in the trace.
    pub(crate) fn cluster_node_down(&mut self, node: NodeId, name: &str, epoch: u32, on_node: &[RepId], noticed: impl FnOnce(&Self, i128) -> SimTime, cause: Cause) {
        for &rep in on_node {
            self.stop_process(rep, false);
            self.set_state(rep, ReplicaState::Unknown);
        }
        let last = self.last_post(node);
        let at = noticed(self, last);
        self.world.node_mut(node).last_heartbeat = last.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        self.log(TraceKind::NodeDown, name, cause);
        self.push(at, Ev::NotReady { node, epoch });
    }

    /// The last status post (kubelet) or heartbeat (Swarm) of `node` at or before now [ms since the
    /// run's start, negative before it]: posts happen at phase + k·period for every integer k (also
    /// before the scenario started), and at the moment the node came back.
    fn last_post(&self, node: NodeId) -> i128 {
        let now = i128::from(self.now.as_millis());
        let p = i128::from(self.platform.heartbeat(self.t).as_millis().max(1));
        let n = self.world.node(node);
        let phase = i128::from(n.heartbeat_phase);
        let mut last = phase + (now - phase).div_euclid(p) * p;
        if let Some(back) = n.back_at {
            last = last.max(i128::from(back.as_millis()));
        }
        last
    }

    /// When Kubernetes' node controller notices a node whose last post was at `last` [ms since the
    /// run's start]: the first check strictly after probeTimestamp + grace period,
    /// probeTimestamp being the check that saw that post (see [`Sim::probe_stamp`]).
    pub(crate) fn kube_silence_noticed(&self, last: i128) -> SimTime {
        let last_ms = last.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        self.not_ready_due(last_ms).max(self.now)
    }

    /// When Swarm's dispatcher notices a node whose last heartbeat was at `last` [ms since the
    /// run's start]: last + heartbeat × grace multiplier.
    pub(crate) fn swarm_silence_noticed(&self, last: i128) -> SimTime {
        let now = i128::from(self.now.as_millis());
        let clamp = |v: i128| SimTime(v.clamp(0, i128::from(u64::MAX)) as u64);
        let ttl = i128::from(self.t.swarm_heartbeat.saturating_mul(u64::from(self.t.swarm_heartbeat_grace)).as_millis());
        clamp((last + ttl).max(now))
    }

    /// When the node controller marks NotReady a node last renewed at `renewed` [ms since the run's
    /// start]: its first check strictly after probeTimestamp + grace period
    /// (`nc.now().After(nodeHealth.probeTimestamp.Add(gracePeriod))`).
    pub(super) fn not_ready_due(&self, renewed: i64) -> SimTime {
        let m = i128::from(self.t.node_monitor_period.as_millis().max(1));
        let threshold = self.probe_stamp(i128::from(renewed)) + i128::from(self.t.node_monitor_grace.as_millis());
        let mphase = i128::from(self.node_monitor.phase);
        let check = mphase + ((threshold - mphase).div_euclid(m) + 1) * m;
        SimTime(check.clamp(0, i128::from(u64::MAX)) as u64)
    }

    /// The node controller's probeTimestamp for a lease renewed at `renewed` [ms since the run's
    /// start]: `nc.now()` of the first check (every --node-monitor-period) that sees the renewal
    /// (node_lifecycle_controller.go tryUpdateNodeHealth: `nodeHealth.probeTimestamp = nc.now()`
    /// when the observed lease's RenewTime is newer). Assumption: a check at the renewal's own
    /// second sees it (the informer's delay is milliseconds).
    fn probe_stamp(&self, renewed: i128) -> i128 {
        let m = i128::from(self.t.node_monitor_period.as_millis().max(1));
        let mphase = i128::from(self.node_monitor.phase);
        mphase + (renewed - mphase).div_euclid(m) * m + if (renewed - mphase).rem_euclid(m) == 0 { 0 } else { m }
    }

    /// The control plane notices that `node` is silent, as its platform does.
    pub(crate) fn node_not_ready(&mut self, node: NodeId) {
        let platform = self.platform;
        platform.node_not_ready(self, node);
    }

    /// How long ago `t` was [ms since the run's start], from now.
    fn ago(&self, t: i128) -> SimDuration {
        let now = i128::from(self.now.as_millis());
        SimDuration((now - t).clamp(0, i128::from(u64::MAX)) as u64)
    }

    /// The control plane marks `node` not ready and takes its replicas out of the endpoints.
    /// Returns the node's name, its last post [ms since the run's start] and its replicas.
    fn mark_not_ready(&mut self, node: NodeId) -> (String, i128, Vec<RepId>) {
        let name = self.node_name(node);
        let last = i128::from(self.world.node(node).last_heartbeat);
        self.world.node_mut(node).api_ready = false;
        self.set_node_state(node, NodeState::NotReady);
        let on_node = self.reps_on(node);
        for &rep in &on_node {
            self.world.set_listed(rep, false);
        }
        (name, last, on_node)
    }

    /// Swarm's dispatcher declares a silent node down: its tasks failed.
    pub(crate) fn swarm_node_noticed(&mut self, node: NodeId) {
        let (name, last, on_node) = self.mark_not_ready(node);
        let silent = self.ago(last);
        let (missed, heartbeat) = (self.t.swarm_heartbeat_grace, self.t.swarm_heartbeat);
        self.log(TraceKind::NodeNotReady, &name, Cause::SwarmNodeNoticed { node: name.clone(), silent, missed, heartbeat });
        for rep in on_node {
            self.swarm_task_failed(rep, TaskFailure::LostWithNode { node: name.clone() });
        }
    }

    /// Kubernetes' node lifecycle controller marks a silent node NotReady and taints it
    /// unreachable; its pods are evicted once their toleration runs out.
    pub(crate) fn kube_node_not_ready(&mut self, node: NodeId) {
        let (name, last, on_node) = self.mark_not_ready(node);
        let silent = self.ago(last);
        let (grace, period) = (self.t.node_monitor_grace, self.t.node_monitor_period);
        let seen = self.ago(self.probe_stamp(last));
        let toleration = self.t.not_ready_toleration;
        let version = self.sc.platform.kubernetes_version;
        self.log(TraceKind::NodeNotReady, &name, Cause::NodeNotReady { node: name.clone(), silent, seen, grace, period, version, toleration });
        for rep in on_node {
            let r = self.world.rep(rep);
            let epoch = r.epoch;
            if !r.deleted() {
                self.push(self.now.plus(toleration), Ev::Evict { rep, epoch });
            }
        }
    }

    /// A node comes back: by the operator (Compose host) or by a restore event.
    pub(super) fn restore_node(&mut self, node: NodeId, by_operator: bool) {
        let name = self.node_name(node);
        let n = self.world.node(node);
        if n.alive() {
            if !by_operator {
                self.log(TraceKind::FaultIgnored, &name, Cause::Ignored(Ignored::AlreadyUp { node: name.clone() }));
            }
            return;
        }
        let epoch = self.world.set_alive(node, true);
        // The kubelet posts its status, the Swarm node its heartbeat, at once.
        self.world.node_mut(node).back_at = Some(self.now);
        let on_node = self.reps_on(node);
        let platform = self.platform;
        platform.node_back(self, node, &name, epoch, on_node, by_operator);
    }

    /// The Compose host is back: its containers start again.
    pub(crate) fn host_back(&mut self, node: NodeId, name: &str, on_node: Vec<RepId>, by_operator: bool) {
        self.world.node_mut(node).api_ready = true;
        self.set_node_state(node, NodeState::Ready);
        let any_no = on_node.iter().any(|&rep| !self.rep_service(rep).restart.restarts_after_crash());
        let operator = by_operator.then_some(self.t.operator_reaction);
        let kind = if by_operator { TraceKind::Operator } else { TraceKind::NodeUp };
        self.log(kind, name, Cause::HostBack { node: name.to_string(), operator, any_no_restart: any_no });
        for rep in on_node {
            if let Some(e) = self.rep_epoch(rep) {
                self.push(self.now, containers::Ev::Start { rep, epoch: e });
            }
        }
    }

    /// A Kubernetes node is back: the kubelet posts its status at once; the node controller sees
    /// it at its next check.
    pub(crate) fn kube_node_back(&mut self, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>) {
        let m = self.t.node_monitor_period.as_millis().max(1);
        let now = self.now.as_millis();
        let phase = self.node_monitor.phase;
        let next = if now >= phase { phase + (now - phase).div_ceil(m) * m } else { phase };
        self.log(TraceKind::NodeUp, name, Cause::KubeletBack { node: name.to_string() });
        self.push(SimTime(next), Ev::Ready { node, epoch });
        self.update_quorum();
        self.returning_replicas(name, on_node);
    }

    /// A Swarm node is back: its heartbeat reaches the managers at once.
    pub(crate) fn swarm_node_back(&mut self, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>, by_operator: bool) {
        let operator = by_operator.then_some(self.t.operator_reaction);
        let kind = if by_operator { TraceKind::Operator } else { TraceKind::NodeUp };
        self.log(kind, name, Cause::SwarmNodeBack { node: name.to_string(), operator });
        self.push(self.now, Ev::Ready { node, epoch });
        self.returning_replicas(name, on_node);
        self.update_quorum();
    }

    /// The replicas of a node that came back: those the cluster already deleted or replaced elsewhere
    /// are removed for good (the kubelet / Docker confirms they stopped); the others start again.
    pub(super) fn returning_replicas(&mut self, node_name: &str, on_node: Vec<RepId>) {
        let platform = self.platform;
        for rep in on_node {
            if self.world.rep(rep).deleted() {
                let (kind, cause) = platform.confirm_stopped(self, rep, node_name);
                let rn = self.rep_name(rep);
                self.log(kind, &rn, cause);
                self.remove(rep);
            } else if let Some(e) = self.rep_epoch(rep) {
                self.push(self.now, containers::Ev::Start { rep, epoch: e });
            }
        }
    }

    pub(super) fn node_ready(&mut self, node: NodeId) {
        let name = self.node_name(node);
        self.world.node_mut(node).api_ready = true;
        self.set_node_state(node, NodeState::Ready);
        self.reschedule.nodes.insert(node);
        let taint_removed = self.platform.taints_unreachable();
        self.log(TraceKind::NodeReady, &name, Cause::NodeReadyAgain { node: name.clone(), taint_removed });
    }

    /// Taint-based eviction: the pod on an unreachable node is deleted once its toleration of the
    /// unreachable taint runs out (tolerationSeconds); it stays Terminating until the node is back.
    pub(crate) fn evict(&mut self, rep: RepId) {
        if !self.quorum.held() {
            return;
        }
        let r = self.world.rep(rep);
        if r.deleted() {
            return;
        }
        self.world.set_deleted(rep);
        self.world.set_listed(rep, false);
        let r = self.world.rep(rep);
        let name = r.name.clone();
        let node_name = r.node().map(|n| self.node_name(n)).unwrap_or_default();
        self.set_state(rep, ReplicaState::Terminating);
        let stateful = self.rep_service(rep).stateful;
        let toleration = self.t.not_ready_toleration;
        self.log(TraceKind::PodEvicted, &name, Cause::PodEvicted { rep: name.clone(), node: node_name, toleration, stateful });
    }
}
