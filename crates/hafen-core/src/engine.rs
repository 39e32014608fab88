//! The deterministic discrete-event engine.
//!
//! Events are ordered by (simulated time, sequence number). Random phases (when each kubelet posts
//! its status, when the node controller checks) come from the scenario's seed through
//! [`SplitMix64`]. Nothing reads a wall clock.
//!
//! Where a periodic mechanism only matters at one moment (the node controller noticing a silent
//! node, the readiness probe that first succeeds), the engine computes that moment from the period
//! and phase instead of simulating every tick: the result is the same, and long runs stay fast.

use crate::defaults::Timings;
use crate::rng::SplitMix64;
use crate::run::{Change, NodeInfo, NodeState, ReplicaInfo, ReplicaState, Run, TraceEvent};
use crate::scenario::{FaultKind, NodeRef, Scenario, ScenarioError};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, RestartPolicy};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Runs a scenario to its end and returns the trace, the state changes and the availability record.
pub fn simulate(scenario: &Scenario) -> Result<Run, ScenarioError> {
    scenario.validate()?;
    let mut sim = Sim::new(scenario);
    sim.run();
    Ok(sim.finish())
}

/// A random phase within `period`, in whole seconds (periods shorter than a second: whole ms), so
/// that derived times read as the round numbers the real components log.
fn whole_second_phase(rng: &mut SplitMix64, period: SimDuration) -> u64 {
    let ms = period.as_millis();
    if ms >= 1_000 {
        rng.below(ms / 1_000) * 1_000
    } else {
        rng.below(ms)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ev {
    Fault(usize),
    ContainerStart { rep: usize, epoch: u32 },
    AppUp { rep: usize, epoch: u32 },
    ReadinessProbe { rep: usize, epoch: u32 },
    NodeNotReady { node: usize, epoch: u32 },
    Evict { rep: usize, epoch: u32 },
    OperatorRestoresHost { node: usize, epoch: u32 },
    OperatorStartsContainer { rep: usize, epoch: u32 },
    OperatorForceDeletes { rep: usize, epoch: u32 },
    VolumeDetached { rep: usize, epoch: u32 },
}

struct Node {
    name: String,
    alive: bool,
    /// The control plane's view (Kubernetes node condition Ready).
    api_ready: bool,
    /// Phase of this kubelet's status posts within one period [ms].
    heartbeat_phase: u64,
    last_heartbeat: SimTime,
    epoch: u32,
    cpu_used: u64,
    mem_used: u64,
}

struct Rep {
    service: usize,
    name: String,
    node: Option<usize>,
    state: ReplicaState,
    process_up: bool,
    app_up: bool,
    in_endpoints: bool,
    /// Deleted in the API (Kubernetes deletionTimestamp set): no longer counts towards the desired replicas.
    deleted: bool,
    /// Removed entirely.
    gone: bool,
    epoch: u32,
    /// Last container start; `None` for a container that has been running since long before the start.
    started_at: Option<SimTime>,
    /// Kubelet back-off entry: (current back-off, time of the crash that last updated it).
    k8s_backoff: Option<(SimDuration, SimTime)>,
    /// Docker restart manager's current delay.
    docker_delay: SimDuration,
    /// A new StatefulSet pod waits for the volume its predecessor held on a dead node until this time.
    volume_free_at: Option<SimTime>,
}

struct Sim<'a> {
    sc: &'a Scenario,
    t: &'a Timings,
    now: SimTime,
    end: SimTime,
    seq: u64,
    queue: BinaryHeap<Reverse<(SimTime, u64, Ev)>>,
    nodes: Vec<Node>,
    reps: Vec<Rep>,
    /// Next pod number per service, for Deployment replacement names.
    next_ordinal: Vec<u32>,
    monitor_phase: u64,
    trace: Vec<TraceEvent>,
    changes: Vec<Change>,
    /// Per service: (time, endpoints, endpoints able to serve), appended on change.
    avail: Vec<Vec<(SimTime, u32, u32)>>,
}

impl<'a> Sim<'a> {
    fn new(sc: &'a Scenario) -> Self {
        let mut rng = SplitMix64::new(sc.seed);
        let t = &sc.timings;
        let kind = sc.platform.kind;
        let nodes: Vec<Node> = sc
            .platform
            .node_names()
            .into_iter()
            .map(|name| Node {
                name,
                alive: true,
                api_ready: true,
                heartbeat_phase: whole_second_phase(&mut rng, t.node_status_update),
                last_heartbeat: SimTime::ZERO,
                epoch: 0,
                cpu_used: 0,
                mem_used: 0,
            })
            .collect();
        let monitor_phase = whole_second_phase(&mut rng, t.node_monitor_period);
        let services = &sc.topology.services;
        let mut sim = Sim {
            sc,
            t,
            now: SimTime::ZERO,
            end: SimTime::ZERO.plus(sc.duration),
            seq: 0,
            queue: BinaryHeap::new(),
            nodes,
            reps: Vec::new(),
            next_ordinal: vec![0; services.len()],
            monitor_phase,
            trace: Vec::new(),
            changes: Vec::new(),
            avail: vec![Vec::new(); services.len()],
        };
        for (si, s) in services.iter().enumerate() {
            for _ in 0..s.replicas_on(kind) {
                let rep = sim.new_rep(si);
                if let Some(n) = sim.place(rep) {
                    sim.bind(rep, n);
                    if let Some(r) = sim.reps.get_mut(rep) {
                        r.process_up = true;
                        r.app_up = true;
                        r.in_endpoints = true;
                    }
                    sim.set_state(rep, ReplicaState::Running);
                } else {
                    let why = sim.unschedulable_reason(rep);
                    sim.log("pending", &sim.rep_name(rep), why);
                }
            }
        }
        for (i, f) in sc.faults.iter().enumerate() {
            sim.push(f.at, Ev::Fault(i));
        }
        sim.observe();
        sim
    }

    // ------------------------------------------------------------ plumbing

    fn push(&mut self, at: SimTime, ev: Ev) {
        self.seq += 1;
        self.queue.push(Reverse((at.max(self.now), self.seq, ev)));
    }

    fn log(&mut self, kind: &'static str, subject: &str, cause: String) {
        self.trace.push(TraceEvent { t: self.now, kind, subject: subject.to_string(), cause });
    }

    fn rep_name(&self, rep: usize) -> String {
        self.reps.get(rep).map(|r| r.name.clone()).unwrap_or_default()
    }

    fn node_name(&self, node: usize) -> String {
        self.nodes.get(node).map(|n| n.name.clone()).unwrap_or_default()
    }

    fn service_name(&self, si: usize) -> String {
        self.sc.topology.services.get(si).map(|s| s.name.clone()).unwrap_or_default()
    }

    fn kind(&self) -> PlatformKind {
        self.sc.platform.kind
    }

    fn rep_epoch(&self, rep: usize) -> Option<u32> {
        self.reps.get(rep).filter(|r| !r.gone).map(|r| r.epoch)
    }

    fn node_alive(&self, node: Option<usize>) -> bool {
        node.and_then(|n| self.nodes.get(n)).is_some_and(|n| n.alive)
    }

    fn set_state(&mut self, rep: usize, state: ReplicaState) {
        let now = self.now;
        if let Some(r) = self.reps.get_mut(rep) {
            r.state = state;
            self.changes.push(Change::Replica { t: now, rep: rep as u32, node: r.node.map(|n| n as u32), state });
        }
    }

    fn set_node_state(&mut self, node: usize, state: NodeState) {
        self.changes.push(Change::Node { t: self.now, node: node as u32, state });
    }

    /// A new replica of service `si`, not yet on a node.
    fn new_rep(&mut self, si: usize) -> usize {
        let kind = self.kind();
        let Some(svc) = self.sc.topology.services.get(si) else { return usize::MAX };
        let ordinal = self.next_ordinal.get(si).copied().unwrap_or(0);
        if let Some(o) = self.next_ordinal.get_mut(si) {
            *o += 1;
        }
        let name = match kind {
            PlatformKind::Kubernetes if svc.is_statefulset() => format!("{}-{}", svc.name, ordinal),
            PlatformKind::Swarm => format!("{}.{}", svc.name, ordinal + 1),
            _ => format!("{}-{}", svc.name, ordinal + 1),
        };
        self.reps.push(Rep {
            service: si,
            name,
            node: None,
            state: ReplicaState::Pending,
            process_up: false,
            app_up: false,
            in_endpoints: false,
            deleted: false,
            gone: false,
            epoch: 0,
            started_at: None,
            k8s_backoff: None,
            docker_delay: SimDuration::ZERO,
            volume_free_at: None,
        });
        self.reps.len() - 1
    }

    fn requests(&self, rep: usize) -> (u64, u64) {
        self.reps
            .get(rep)
            .and_then(|r| self.sc.topology.services.get(r.service))
            .map(|s| (u64::from(s.cpu_millis), u64::from(s.memory_mib)))
            .unwrap_or((0, 0))
    }

    /// The scheduler: the one host on Compose; otherwise a node the control plane sees as Ready where
    /// the requests fit, preferring fewer replicas of the same service (spreading), then the most free
    /// resources (LeastAllocated), then the lowest node number.
    fn place(&self, rep: usize) -> Option<usize> {
        if self.kind() == PlatformKind::Compose {
            return Some(0);
        }
        let (cpu, mem) = self.requests(rep);
        let si = self.reps.get(rep)?.service;
        let cap_cpu = u64::from(self.sc.platform.node_cpu_millis);
        let cap_mem = u64::from(self.sc.platform.node_memory_mib);
        let mut best: Option<(usize, (usize, u64))> = None;
        for (i, n) in self.nodes.iter().enumerate() {
            if !n.api_ready || n.cpu_used + cpu > cap_cpu || n.mem_used + mem > cap_mem {
                continue;
            }
            let same = self.reps.iter().filter(|r| !r.gone && !r.deleted && r.service == si && r.node == Some(i)).count();
            // Used share after placing, in parts per million of the scarcer resource.
            let used = ((n.cpu_used + cpu) * 1_000_000 / cap_cpu.max(1)).max((n.mem_used + mem) * 1_000_000 / cap_mem.max(1));
            let key = (same, used);
            if best.is_none_or(|(_, k)| key < k) {
                best = Some((i, key));
            }
        }
        best.map(|(i, _)| i)
    }

    fn unschedulable_reason(&self, rep: usize) -> String {
        let (cpu, mem) = self.requests(rep);
        let ready = self.nodes.iter().filter(|n| n.api_ready).count();
        format!(
            "Pending: no Ready node has {cpu} m CPU and {mem} MiB memory free ({ready} of {} nodes Ready)",
            self.nodes.len()
        )
    }

    fn bind(&mut self, rep: usize, node: usize) {
        let (cpu, mem) = self.requests(rep);
        if let Some(r) = self.reps.get_mut(rep) {
            r.node = Some(node);
        }
        if let Some(n) = self.nodes.get_mut(node) {
            n.cpu_used += cpu;
            n.mem_used += mem;
        }
    }

    fn unbind(&mut self, rep: usize) {
        let (cpu, mem) = self.requests(rep);
        let node = self.reps.get_mut(rep).and_then(|r| r.node.take());
        if let Some(n) = node.and_then(|n| self.nodes.get_mut(n)) {
            n.cpu_used = n.cpu_used.saturating_sub(cpu);
            n.mem_used = n.mem_used.saturating_sub(mem);
        }
    }

    /// Marks the replica's process as stopped and invalidates its pending events.
    fn stop_process(&mut self, rep: usize, leave_endpoints: bool) {
        if let Some(r) = self.reps.get_mut(rep) {
            r.process_up = false;
            r.app_up = false;
            if leave_endpoints {
                r.in_endpoints = false;
            }
            r.epoch += 1;
        }
    }

    // ------------------------------------------------------------ main loop

    fn run(&mut self) {
        while let Some(Reverse((at, _, ev))) = self.queue.pop() {
            if at > self.end {
                break;
            }
            self.now = at;
            self.handle(ev);
            self.observe();
        }
        self.now = self.end;
    }

    fn handle(&mut self, ev: Ev) {
        match ev {
            Ev::Fault(i) => self.fault(i),
            Ev::ContainerStart { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.container_start(rep),
            Ev::AppUp { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.app_up(rep),
            Ev::ReadinessProbe { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.readiness_probe(rep),
            Ev::NodeNotReady { node, epoch } if self.nodes.get(node).is_some_and(|n| n.epoch == epoch) => self.node_not_ready(node),
            Ev::Evict { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.evict(rep),
            Ev::OperatorRestoresHost { node, epoch } if self.nodes.get(node).is_some_and(|n| n.epoch == epoch) => {
                self.operator_restores_host(node)
            }
            Ev::OperatorStartsContainer { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.operator_starts_container(rep),
            Ev::OperatorForceDeletes { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.operator_force_deletes(rep),
            Ev::VolumeDetached { rep, epoch } if self.rep_epoch(rep) == Some(epoch) => self.volume_detached(rep),
            _ => {} // stale: the replica or node changed since this was scheduled
        }
    }

    fn fault(&mut self, i: usize) {
        let Some(f) = self.sc.faults.get(i) else { return };
        match &f.kind {
            FaultKind::KillNode(target) => {
                let node = match target {
                    NodeRef::Named(name) => self.nodes.iter().position(|n| &n.name == name),
                    NodeRef::Running(svc) => self
                        .reps
                        .iter()
                        .find(|r| !r.gone && r.process_up && self.service_name(r.service) == *svc)
                        .and_then(|r| r.node),
                };
                match node {
                    Some(n) => self.kill_node(n),
                    None => self.log("fault_ignored", "", format!("kill node: {target:?} matches no running node")),
                }
            }
            FaultKind::Crash(svc) => {
                let rep = self.reps.iter().position(|r| !r.gone && r.process_up && self.service_name(r.service) == *svc);
                match rep {
                    Some(rep) => self.crash(rep),
                    None => self.log("fault_ignored", svc, format!("crash {svc}: no replica of {svc} is running")),
                }
            }
        }
    }

    // ------------------------------------------------------------ containers

    fn crash(&mut self, rep: usize) {
        let name = self.rep_name(rep);
        self.stop_process(rep, true);
        match self.kind() {
            PlatformKind::Kubernetes => self.kubelet_restart_after_exit(rep, &name),
            _ => self.docker_restart_after_exit(rep, &name),
        }
    }

    /// Kubelet (restartPolicy Always): first restart at once, then CrashLoopBackOff 10 s doubling to 300 s.
    fn kubelet_restart_after_exit(&mut self, rep: usize, name: &str) {
        let (now, t) = (self.now, self.t);
        let Some(r) = self.reps.get_mut(rep) else { return };
        let delay = match r.k8s_backoff {
            Some((backoff, last)) if now.since(last) <= t.crashloop_reset => {
                r.k8s_backoff = Some(((backoff.saturating_mul(2)).min(t.crashloop_max), now));
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
            self.log(
                "container_exited",
                name,
                format!("{name}: container exited; the pod is not Ready and leaves the Service endpoints; kubelet restarts it at once (first restart has no back-off)"),
            );
        } else {
            self.set_state(rep, ReplicaState::BackOff);
            self.log(
                "container_exited",
                name,
                format!(
                    "{name}: container exited again; CrashLoopBackOff: restart in {} (kubelet back-off starts at {}, doubles, max {})",
                    delay.human(),
                    t.crashloop_initial.human(),
                    t.crashloop_max.human()
                ),
            );
        }
        self.push(now.plus(delay), Ev::ContainerStart { rep, epoch });
    }

    /// Docker restart policy: `no` waits for the operator; others restart after the restart manager's delay.
    fn docker_restart_after_exit(&mut self, rep: usize, name: &str) {
        let (now, t) = (self.now, self.t);
        let policy = self
            .reps
            .get(rep)
            .and_then(|r| self.sc.topology.services.get(r.service))
            .map(|s| s.restart)
            .unwrap_or_default();
        let Some(r) = self.reps.get_mut(rep) else { return };
        let epoch = r.epoch;
        if !policy.restarts_after_crash() {
            self.set_state(rep, ReplicaState::Exited);
            self.log(
                "container_exited",
                name,
                format!(
                    "{name}: container exited; restart: {} (Docker's default) so nothing restarts it until an operator acts ({} reaction)",
                    policy.id(),
                    t.operator_reaction.human()
                ),
            );
            self.push(now.plus(t.operator_reaction), Ev::OperatorStartsContainer { rep, epoch });
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
            "container_exited",
            name,
            format!(
                "{name}: container exited; restart: {} restarts it after {} (Docker's restart delay starts at {}, doubles, max {})",
                policy.id(),
                delay.human(),
                t.docker_restart_initial.human(),
                t.docker_restart_max.human()
            ),
        );
        self.push(now.plus(delay), Ev::ContainerStart { rep, epoch });
    }

    fn container_start(&mut self, rep: usize) {
        let now = self.now;
        let kind = self.kind();
        let Some(r) = self.reps.get(rep) else { return };
        if !self.node_alive(r.node) || r.process_up {
            return;
        }
        let Some(svc) = self.sc.topology.services.get(r.service) else { return };
        let (startup, readiness) = (svc.startup, svc.readiness);
        let name = r.name.clone();
        let Some(r) = self.reps.get_mut(rep) else { return };
        r.process_up = true;
        r.started_at = Some(now);
        r.epoch += 1;
        let epoch = r.epoch;
        // Docker DNS lists a running container at once; Kubernetes lists a pod once it is Ready,
        // which without a readiness probe is as soon as its containers run.
        let listed_now = kind != PlatformKind::Kubernetes || !readiness;
        if listed_now {
            r.in_endpoints = true;
        }
        self.set_state(rep, ReplicaState::Starting);
        self.log("container_started", &name, format!("{name}: container started; the application needs {} to start", startup.human()));
        self.push(now.plus(startup), Ev::AppUp { rep, epoch });
        if kind == PlatformKind::Kubernetes && readiness {
            // Probes run from container start (initialDelaySeconds 0) every periodSeconds; the first that
            // finds the application up makes the pod Ready.
            let period = self.t.probe_period.as_millis().max(1);
            let ticks = startup.as_millis().div_ceil(period);
            self.push(now.plus(SimDuration(ticks.saturating_mul(period))), Ev::ReadinessProbe { rep, epoch });
        }
    }

    fn app_up(&mut self, rep: usize) {
        let kind = self.kind();
        let Some(r) = self.reps.get_mut(rep) else { return };
        r.app_up = true;
        let name = r.name.clone();
        let waits_for_probe = kind == PlatformKind::Kubernetes && !r.in_endpoints;
        if waits_for_probe {
            self.log("app_up", &name, format!("{name}: application answers; waiting for the next readiness probe"));
        } else {
            self.set_state(rep, ReplicaState::Running);
            self.log("ready", &name, format!("{name}: application answers requests again"));
        }
    }

    fn readiness_probe(&mut self, rep: usize) {
        let period = self.t.probe_period;
        let Some(r) = self.reps.get_mut(rep) else { return };
        let name = r.name.clone();
        if r.app_up {
            r.in_endpoints = true;
            self.set_state(rep, ReplicaState::Running);
            self.log(
                "ready",
                &name,
                format!("{name}: readiness probe passed; Ready, back in the Service endpoints (probes every {}, periodSeconds)", period.human()),
            );
        } else {
            let epoch = r.epoch;
            self.push(self.now.plus(period), Ev::ReadinessProbe { rep, epoch });
        }
    }

    // ------------------------------------------------------------ nodes

    fn reps_on(&self, node: usize) -> Vec<usize> {
        self.reps.iter().enumerate().filter(|(_, r)| !r.gone && r.node == Some(node)).map(|(i, _)| i).collect()
    }

    fn kill_node(&mut self, node: usize) {
        let name = self.node_name(node);
        let Some(n) = self.nodes.get_mut(node) else { return };
        if !n.alive {
            self.log("fault_ignored", &name, format!("{name} is already down"));
            return;
        }
        n.alive = false;
        n.epoch += 1;
        let epoch = n.epoch;
        let on_node = self.reps_on(node);
        match self.kind() {
            PlatformKind::Kubernetes => {
                // The API still shows the node Ready and its pods in the endpoints until the node
                // controller notices the silence.
                for &rep in &on_node {
                    self.stop_process(rep, false);
                    self.set_state(rep, ReplicaState::Unknown);
                }
                self.set_node_state(node, NodeState::Unreachable);
                let (last, noticed) = self.node_silence_noticed(node);
                if let Some(n) = self.nodes.get_mut(node) {
                    n.last_heartbeat = last;
                }
                self.log(
                    "node_down",
                    &name,
                    format!(
                        "{name} stops: its {} pod(s) stop answering, but the control plane still counts them Ready until it notices the silence",
                        on_node.len()
                    ),
                );
                self.push(noticed, Ev::NodeNotReady { node, epoch });
                let reaction = self.t.operator_reaction;
                for &rep in &on_node {
                    let stateful = self.reps.get(rep).and_then(|r| self.sc.topology.services.get(r.service)).is_some_and(|s| s.is_statefulset());
                    if let (true, Some(e)) = (stateful, self.rep_epoch(rep)) {
                        self.push(self.now.plus(reaction), Ev::OperatorForceDeletes { rep, epoch: e });
                    }
                }
            }
            _ => {
                for &rep in &on_node {
                    self.stop_process(rep, true);
                    self.set_state(rep, ReplicaState::Unknown);
                }
                self.set_node_state(node, NodeState::Unreachable);
                self.log(
                    "node_down",
                    &name,
                    format!(
                        "{name} stops: all {} container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after {}",
                        on_node.len(),
                        self.t.operator_reaction.human()
                    ),
                );
                self.push(self.now.plus(self.t.operator_reaction), Ev::OperatorRestoresHost { node, epoch });
            }
        }
    }

    /// The last status post of `node` at or before now, and the node-controller check that first finds
    /// it older than the grace period.
    fn node_silence_noticed(&self, node: usize) -> (SimTime, SimTime) {
        let now = self.now.as_millis() as i128;
        let p = i128::from(self.t.node_status_update.as_millis().max(1));
        let phase = self.nodes.get(node).map_or(0, |n| i128::from(n.heartbeat_phase));
        // Posts happen at phase + k·p for every integer k (also before the scenario started).
        let last = phase + (now - phase).div_euclid(p) * p;
        let m = i128::from(self.t.node_monitor_period.as_millis().max(1));
        let mphase = i128::from(self.monitor_phase);
        let threshold = last + i128::from(self.t.node_monitor_grace.as_millis());
        // First check strictly after the threshold.
        let check = mphase + ((threshold - mphase).div_euclid(m) + 1) * m;
        let clamp = |v: i128| SimTime(v.clamp(0, i128::from(u64::MAX)) as u64);
        (clamp(last), clamp(check.max(now)))
    }

    fn node_not_ready(&mut self, node: usize) {
        let name = self.node_name(node);
        let silent = self.nodes.get(node).map(|n| self.now.since(n.last_heartbeat)).unwrap_or_default();
        if let Some(n) = self.nodes.get_mut(node) {
            n.api_ready = false;
        }
        self.set_node_state(node, NodeState::NotReady);
        let on_node = self.reps_on(node);
        let grace = self.t.node_monitor_grace;
        let toleration = self.t.not_ready_toleration;
        self.log(
            "node_not_ready",
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
            if let Some(r) = self.reps.get_mut(rep) {
                r.in_endpoints = false;
                let epoch = r.epoch;
                if !r.deleted {
                    self.push(self.now.plus(toleration), Ev::Evict { rep, epoch });
                }
            }
        }
    }

    fn evict(&mut self, rep: usize) {
        let Some(r) = self.reps.get_mut(rep) else { return };
        if r.deleted {
            return;
        }
        r.deleted = true;
        let (si, name) = (r.service, r.name.clone());
        let node_name = r.node.map(|n| self.node_name(n)).unwrap_or_default();
        self.set_state(rep, ReplicaState::Terminating);
        let stateful = self.sc.topology.services.get(si).is_some_and(|s| s.is_statefulset());
        let toleration = self.t.not_ready_toleration;
        if stateful {
            self.log(
                "pod_evicted",
                &name,
                format!(
                    "{name} deleted after {} on unreachable {node_name} (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it",
                    toleration.human()
                ),
            );
            return;
        }
        self.log(
            "pod_evicted",
            &name,
            format!("{name} evicted: {node_name} unreachable for {} (tolerationSeconds); stays Terminating on the dead node", toleration.human()),
        );
        let new = self.new_rep(si);
        let new_name = self.rep_name(new);
        self.schedule_new(new, format!("{new_name} created by the ReplicaSet to replace {name}"));
    }

    /// Binds a freshly created pod and starts it, or leaves it Pending.
    fn schedule_new(&mut self, rep: usize, why: String) {
        let name = self.rep_name(rep);
        match self.place(rep) {
            Some(node) => {
                self.bind(rep, node);
                let node_name = self.node_name(node);
                self.set_state(rep, ReplicaState::Pending);
                self.log("pod_scheduled", &name, format!("{why}; scheduled on {node_name} (spread, most free resources)"));
                let epoch = self.rep_epoch(rep).unwrap_or(0);
                let wait = self.reps.get(rep).and_then(|r| r.volume_free_at);
                match wait {
                    Some(free) if free > self.now => self.push(free, Ev::VolumeDetached { rep, epoch }),
                    _ => self.push(self.now.plus(self.t.image_pull), Ev::ContainerStart { rep, epoch }),
                }
            }
            None => {
                self.set_state(rep, ReplicaState::Pending);
                let reason = self.unschedulable_reason(rep);
                self.log("pending", &name, format!("{why}; {reason}"));
            }
        }
    }

    fn operator_force_deletes(&mut self, rep: usize) {
        let Some(r) = self.reps.get(rep) else { return };
        if self.node_alive(r.node) {
            return;
        }
        let (si, name) = (r.service, r.name.clone());
        let reaction = self.t.operator_reaction;
        self.unbind(rep);
        if let Some(r) = self.reps.get_mut(rep) {
            r.gone = true;
            r.in_endpoints = false;
            r.epoch += 1;
        }
        self.changes.push(Change::Removed { t: self.now, rep: rep as u32 });
        self.log(
            "operator",
            &name,
            format!("operator force-deletes {name} after {} (kubectl delete pod --force --grace-period=0; operator reaction)", reaction.human()),
        );
        // The StatefulSet recreates the same identity; its ReadWriteOnce volume is still attached to the
        // dead node until the attach/detach controller gives up waiting for an unmount.
        let new = self.new_rep(si);
        let detach = self.t.max_wait_for_unmount;
        if let Some(r) = self.reps.get_mut(new) {
            r.name = name.clone();
            r.volume_free_at = Some(self.now.plus(detach));
        }
        self.schedule_new(
            new,
            format!(
                "the StatefulSet recreates {name}; its ReadWriteOnce volume is force-detached from the dead node after {} (maxWaitForUnmountDuration)",
                detach.human()
            ),
        );
    }

    fn volume_detached(&mut self, rep: usize) {
        let name = self.rep_name(rep);
        self.log("volume_attached", &name, format!("{name}: volume force-detached from the dead node and attached here"));
        let epoch = self.rep_epoch(rep).unwrap_or(0);
        self.push(self.now.plus(self.t.image_pull), Ev::ContainerStart { rep, epoch });
    }

    fn operator_restores_host(&mut self, node: usize) {
        let name = self.node_name(node);
        if let Some(n) = self.nodes.get_mut(node) {
            n.alive = true;
            n.epoch += 1;
        }
        self.set_node_state(node, NodeState::Ready);
        let reaction = self.t.operator_reaction;
        let on_node = self.reps_on(node);
        let any_no = on_node.iter().any(|&rep| {
            self.reps.get(rep).and_then(|r| self.sc.topology.services.get(r.service)).is_some_and(|s| s.restart == RestartPolicy::No)
        });
        let how = if any_no {
            "the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest"
        } else {
            "the Docker daemon restarts every container (restart policies)"
        };
        self.log("operator", &name, format!("operator brings {name} back after {}; {how}", reaction.human()));
        for rep in on_node {
            if let Some(e) = self.rep_epoch(rep) {
                self.push(self.now, Ev::ContainerStart { rep, epoch: e });
            }
        }
    }

    fn operator_starts_container(&mut self, rep: usize) {
        let Some(r) = self.reps.get(rep) else { return };
        if r.process_up || !self.node_alive(r.node) {
            return;
        }
        let name = r.name.clone();
        self.log(
            "operator",
            &name,
            format!("operator notices after {} and runs `docker compose up -d`", self.t.operator_reaction.human()),
        );
        self.container_start(rep);
    }

    // ------------------------------------------------------------ observation

    fn observe(&mut self) {
        let n = self.sc.topology.services.len();
        let mut endpoints = vec![0u32; n];
        let mut able = vec![0u32; n];
        for r in self.reps.iter().filter(|r| !r.gone && r.in_endpoints) {
            if let Some(e) = endpoints.get_mut(r.service) {
                *e += 1;
            }
            if r.app_up {
                if let Some(a) = able.get_mut(r.service) {
                    *a += 1;
                }
            }
        }
        for si in 0..n {
            let (e, a) = (endpoints.get(si).copied().unwrap_or(0), able.get(si).copied().unwrap_or(0));
            let prev = self.avail.get(si).and_then(|v| v.last()).map(|&(_, pe, pa)| (pe, pa));
            if prev == Some((e, a)) {
                continue;
            }
            let name = self.service_name(si);
            match prev {
                Some((_, pa)) if pa > 0 && a == 0 => {
                    self.log("service_down", &name, format!("{name} down: no Ready replica can answer"))
                }
                Some((_, 0)) if a > 0 => {
                    self.log("service_up", &name, format!("{name} serving again ({a} replica(s) answering)"))
                }
                _ => {}
            }
            if let Some(v) = self.avail.get_mut(si) {
                v.push((self.now, e, a));
            }
        }
    }

    fn finish(self) -> Run {
        let nodes = self.nodes.iter().map(|n| NodeInfo { name: n.name.clone() }).collect();
        let replicas = self
            .reps
            .iter()
            .map(|r| ReplicaInfo { name: r.name.clone(), service: r.service as u32 })
            .collect();
        Run::new(self.sc, nodes, replicas, self.changes, self.trace, self.avail, self.end)
    }
}
