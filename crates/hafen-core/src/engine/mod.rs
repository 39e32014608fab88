//! The deterministic discrete-event engine.
//!
//! Events are ordered by (simulated time, sequence number). Random phases (when each kubelet or
//! Swarm node posts its heartbeat, when the node controller and the autoscaler run) come from the
//! scenario's seed through [`SplitMix64`]. Nothing reads a wall clock.
//!
//! Where a periodic mechanism only matters at one moment (the node controller noticing a silent
//! node, the probe that first fails or passes), the engine computes that moment from the period and
//! phase instead of simulating every tick: the result is the same, and long runs stay fast.
//!
//! `mod.rs` holds the loop, nodes and containers; `controllers.rs` the Deployment, StatefulSet,
//! Swarm service and Compose logic, rollouts, the autoscaler and the operator; `flow.rs` traffic.

mod autoscaler;
mod controllers;
mod flow;
mod probes;
mod sorted;
mod world;

use crate::defaults::Timings;
use crate::rng::SplitMix64;
use crate::run::{Change, NodeInfo, NodeState, ReplicaInfo, ReplicaState, Run, TraceEvent, TraceKind};
use crate::scenario::{FaultKind, NodeRef, Scenario, ScenarioError};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Probe, Service};
use controllers::SvcState;
use flow::Flow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use world::{Node, World};

/// Most trace entries a run keeps; past this the report numbers stay right but the trace says it was cut.
pub const MAX_TRACE: usize = 200_000;
/// Most engine events one run handles; a run that needs more (a long crash loop of many replicas,
/// restart delays of 0 s) stops early and says so. Every event costs O(log n) in the replicas it
/// touches, so this bounds a run to about a second natively (`scripts/bench.sh` measures the
/// worst shapes); the benchmark scenario (24 h, 1,000 pods, a node failure every 10 min) needs ~7,000.
pub const MAX_EVENTS: u64 = 500_000;

/// The services traffic into `entry` reaches (it and, transitively, its dependencies), in `order`.
fn reached(order: &[usize], deps: &[Vec<usize>], entry: Option<usize>) -> Vec<usize> {
    let mut seen = vec![false; deps.len()];
    let mut stack: Vec<usize> = entry.into_iter().collect();
    while let Some(si) = stack.pop() {
        if let Some(s) = seen.get_mut(si) {
            if !*s {
                *s = true;
                stack.extend(deps.get(si).into_iter().flatten().copied());
            }
        }
    }
    order.iter().copied().filter(|&si| seen.get(si).copied().unwrap_or(false)).collect()
}

/// What a node must offer a replica: its requests, a GPU or not, the node it is pinned to, and
/// (Swarm, stateful) the node holding its volume.
struct Need<'s> {
    /// CPU request [millicores].
    cpu: u64,
    /// Memory request [MiB].
    mem: u64,
    gpu: bool,
    pin: Option<&'s str>,
    home: Option<usize>,
}

/// Where a Pending replica may fit since the scheduler last looked. Only a node whose resources
/// were freed or that became ready can take a replica that did not fit before, so the scheduler
/// retries only the Pending replicas such a node accepts: a retry costs what it can place, not
/// the number of replicas waiting.
#[derive(Default)]
pub(crate) struct Reschedule {
    /// Nodes that freed resources or became ready.
    pub nodes: sorted::SortedSet<usize>,
    /// Retry every Pending replica (the control plane is back).
    pub all: bool,
}

/// Runs a scenario to its end and returns the trace, the state changes and the availability record.
pub fn simulate(scenario: &Scenario) -> Result<Run, ScenarioError> {
    scenario.validate()?;
    let mut sim = Sim::new(scenario);
    sim.begin();
    while !sim.steps(u64::MAX) {}
    Ok(sim.finish())
}

/// The engine in the middle of a run, owning its scenario.
type SimSlot<'a> = Option<Sim<'a>>;

self_cell::self_cell!(
    struct StepperCell {
        owner: Scenario,
        #[not_covariant]
        dependent: SimSlot,
    }
);

/// A run that proceeds a bounded number of engine events at a time, so a caller with a deadline
/// (the app's main thread) can spread it over several tasks. The result is the same, event for
/// event, as [`simulate`]'s, however the run is divided.
pub struct Stepper(StepperCell);

impl Stepper {
    /// Starts a run of `scenario` (refused as [`simulate`] refuses it).
    pub fn new(scenario: Scenario) -> Result<Stepper, ScenarioError> {
        scenario.validate()?;
        Ok(Stepper(StepperCell::new(scenario, |sc| {
            let mut sim = Sim::new(sc);
            sim.begin();
            Some(sim)
        })))
    }

    /// Handles up to `events` more engine events; true once the run has reached its end.
    pub fn advance(&mut self, events: u64) -> bool {
        self.0.with_dependent_mut(|_, sim| sim.as_mut().is_none_or(|sim| sim.steps(events)))
    }

    /// Engine events handled so far [count].
    pub fn handled(&self) -> u64 {
        self.0.with_dependent(|_, sim| sim.as_ref().map_or(0, |sim| sim.handled))
    }

    /// The run: the rest of it is simulated first.
    pub fn finish(mut self) -> Run {
        self.0.with_dependent_mut(|_, slot| {
            let mut sim = slot.take().unwrap_or_else(|| panic!("engine invariant broken: a stepper finished twice"));
            while !sim.steps(u64::MAX) {}
            sim.finish()
        })
    }
}

/// A service's rank for a node (rendezvous hashing: FNV-1a over both names, then a SplitMix64
/// finaliser): a fixed order of nodes per service that another node or service does not disturb.
fn rendezvous(service: &str, node: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in service.bytes().chain(std::iter::once(0xff)).chain(node.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    SplitMix64::new(h).next_u64()
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
pub(crate) enum Ev {
    Fault(usize),
    ContainerStart { rep: usize, epoch: u32 },
    AppUp { rep: usize, epoch: u32 },
    /// Readiness probe / Swarm health check passes for the first time.
    ProbePass { rep: usize, epoch: u32 },
    /// A hung container fails its readiness probe `failureThreshold` times.
    ReadinessFails { rep: usize, epoch: u32 },
    /// A hung container fails its liveness probe: the kubelet kills it.
    LivenessFails { rep: usize, epoch: u32 },
    /// A Docker HEALTHCHECK reports unhealthy.
    Unhealthy { rep: usize, epoch: u32 },
    /// A killed hung process finally exits (after the grace period).
    Killed { rep: usize, epoch: u32 },
    NodeNotReady { node: usize, epoch: u32 },
    NodeReady { node: usize, epoch: u32 },
    Evict { rep: usize, epoch: u32 },
    /// Swarm: the orchestrator starts a replacement task for a failed one.
    SwarmReplace { rep: usize, epoch: u32 },
    OperatorRestoresHost { node: usize, epoch: u32 },
    OperatorRestarts { rep: usize, epoch: u32 },
    OperatorForceDeletes { rep: usize, epoch: u32 },
    OperatorRollsBack { service: usize, rollout: u32 },
    VolumeDetached { rep: usize, epoch: u32 },
    VolumeResized { service: usize },
    ProgressDeadline { service: usize, rollout: u32 },
    SwarmMonitorDone { rep: usize, epoch: u32 },
    HpaSync,
    /// metrics-server scrapes the kubelets.
    MetricsScrape,
    /// A Kubernetes liveness or startup probe gives up on a container that is still starting.
    StartupGivesUp { rep: usize, epoch: u32, startup_probe: bool },
    /// A Docker HEALTHCHECK reports unhealthy while the application is still starting.
    UnhealthyWhileStarting { rep: usize, epoch: u32 },
    /// A deleted pod's endpoint removal has reached kube-proxy.
    EndpointGone { rep: usize },
    /// A deleted pod's preStop pause is over: SIGTERM.
    PreStopDone { rep: usize },
    /// Swarm's gossip layer declares a dead node dead: the routing mesh drops its tasks.
    GossipDead { node: usize, epoch: u32 },
}

pub(crate) struct Sim<'a> {
    pub sc: &'a Scenario,
    pub t: &'a Timings,
    pub now: SimTime,
    pub end: SimTime,
    seq: u64,
    queue: BinaryHeap<Reverse<(SimTime, u64, Ev)>>,
    pub world: World,
    pub svcs: Vec<SvcState>,
    /// Dependency order (dependencies first) and each service's dependencies, by index.
    pub order: Vec<usize>,
    pub deps: Vec<Vec<usize>>,
    monitor_phase: u64,
    pub flow: Flow,
    trace: Vec<TraceEvent>,
    changes: Vec<Change>,
    /// Per service: (time, endpoints, endpoints able to serve), appended on change.
    avail: Vec<Vec<(SimTime, u32, u32)>>,
    /// Swarm: whether a majority of managers is up.
    pub quorum: bool,
    /// Services whose replicas changed since their controller last looked, by index.
    pub dirty: sorted::SortedSet<usize>,
    /// Where something may now fit a Pending replica since the scheduler last looked.
    pub reschedule: Reschedule,
    /// Events handled [count], for throughput figures.
    pub handled: u64,
    /// When the run was stopped for needing more than [`MAX_EVENTS`] events.
    stopped_early: Option<SimTime>,
    /// The run has reached its end and its totals are final.
    concluded: bool,
    /// The world's endpoint change count the traffic rates were last computed for.
    rates_seen: u64,
    /// The traffic into the entry service changed: the rates must be recomputed.
    rates_stale: bool,
    /// The HorizontalPodAutoscaler and metrics-server, when a service is autoscaled on Kubernetes.
    pub hpa: Option<autoscaler::Hpa>,
}

impl<'a> Sim<'a> {
    fn new(sc: &'a Scenario) -> Self {
        let mut rng = SplitMix64::new(sc.seed);
        let t = &sc.timings;
        let kind = sc.platform.kind;
        let heartbeat = if kind == PlatformKind::Swarm { t.swarm_heartbeat } else { t.node_status_update };
        let regular = sc.platform.nodes;
        let nodes: Vec<Node> = sc
            .platform
            .node_names()
            .into_iter()
            .enumerate()
            .map(|(i, name)| Node {
                name,
                zone: sc.platform.zone_of(i as u32),
                gpu: (i as u32 >= regular && (i as u32) < regular + sc.platform.gpu_nodes) || (kind == PlatformKind::Compose && sc.platform.gpu_nodes > 0),
                // Swarm managers (which also run tasks) or self-hosted Kubernetes control-plane nodes (which do not).
                manager: (kind == PlatformKind::Swarm && (i as u32) < sc.platform.managers) || (i as u32) >= regular + sc.platform.gpu_nodes,
                alive: true,
                api_ready: true,
                heartbeat_phase: whole_second_phase(&mut rng, heartbeat),
                gossip_phase: 0,
                last_heartbeat: SimTime::ZERO,
                epoch: 0,
                cpu_used: 0,
                mem_used: 0,
            })
            .collect();
        let monitor_phase = whole_second_phase(&mut rng, t.node_monitor_period);
        let hpa_phase = whole_second_phase(&mut rng, t.hpa_sync);
        // Drawn after the phases above, so seeds keep giving the same heartbeats and checks.
        let metrics_phase = whole_second_phase(&mut rng, t.metrics_resolution);
        let mut nodes = nodes;
        if kind == PlatformKind::Swarm {
            for n in &mut nodes {
                n.gossip_phase = rng.below(t.gossip_probe_interval.as_millis().max(1));
            }
        }
        let services = &sc.topology.services;
        let order = sc.dependency_order().unwrap_or_else(|| (0..services.len()).collect());
        let deps = services.iter().map(|s| s.depends_on.iter().filter_map(|d| sc.topology.service_index(d)).collect()).collect();
        let entry = sc.traffic.as_ref().and_then(|tr| sc.topology.service_index(&tr.entry));
        let deps: Vec<Vec<usize>> = deps;
        let reached_from = reached(&order, &deps, entry);
        let n = services.len();
        let mut sim = Sim {
            sc,
            t,
            now: SimTime::ZERO,
            end: SimTime::ZERO.plus(sc.duration),
            seq: 0,
            queue: BinaryHeap::new(),
            world: World::new(nodes, n),
            svcs: services.iter().map(|s| SvcState::new(s, kind)).collect(),
            order,
            deps,
            monitor_phase,
            flow: Flow {
                rps: sc.traffic.as_ref().map_or(0.0, |t| t.rps as f64),
                entry,
                load: vec![0.0; n],
                ok_rate: vec![0.0; n],
                served: vec![0.0; n],
                failed: vec![0.0; n],
                overloaded: vec![false; n],
                overload_time: vec![SimDuration::ZERO; n],
                last: SimTime::ZERO,
                series: vec![Vec::new(); n],
                reached: reached_from,
                started: false,
            },
            trace: Vec::new(),
            changes: Vec::new(),
            avail: vec![Vec::new(); n],
            quorum: true,
            dirty: sorted::SortedSet::default(),
            reschedule: Reschedule::default(),
            handled: 0,
            stopped_early: None,
            concluded: false,
            rates_seen: 0,
            rates_stale: true,
            hpa: (kind == PlatformKind::Kubernetes && services.iter().any(|s| s.autoscale.is_some())).then(|| autoscaler::Hpa::new(hpa_phase, metrics_phase)),
        };
        // The application has been running for a long time when the scenario starts.
        for si in 0..n {
            let want = sim.svc_state(si).desired;
            let name = sim.service_name(si);
            let order: Vec<u64> = sim.world.nodes.iter().map(|node| rendezvous(&name, &node.name)).collect();
            for _ in 0..want {
                let rep = sim.new_rep(si, None);
                match sim.place_initial(rep, &order) {
                    Some(node) => {
                        sim.bind(rep, node);
                        let r = sim.world.rep_mut(rep);
                        r.process_up = true;
                        r.initial = true;
                        sim.world.set_app_up(rep, true);
                        sim.world.set_listed(rep, true);
                        sim.set_state(rep, ReplicaState::Running);
                    }
                    None => {
                        sim.set_state(rep, ReplicaState::Pending);
                        let why = sim.unschedulable_reason(rep);
                        let name = sim.rep_name(rep);
                        sim.log(TraceKind::Pending, &name, format!("{name} {why}"));
                    }
                }
            }
        }
        for (i, f) in sc.faults.iter().enumerate() {
            sim.push(f.at, Ev::Fault(i));
        }
        sim.observe(0..n);
        sim.world.take_touched();
        sim
    }

    // ------------------------------------------------------------ plumbing

    pub(crate) fn push(&mut self, at: SimTime, ev: Ev) {
        self.seq += 1;
        self.queue.push(Reverse((at.max(self.now), self.seq, ev)));
    }

    pub(crate) fn log(&mut self, kind: TraceKind, subject: &str, cause: String) {
        if self.trace.len() < MAX_TRACE {
            self.trace.push(TraceEvent { t: self.now, kind, subject: subject.to_string(), cause });
        } else if self.trace.len() == MAX_TRACE {
            let cause = format!("trace cut after {MAX_TRACE} entries; downtime and request counts still cover the whole run");
            self.trace.push(TraceEvent { t: self.now, kind: TraceKind::TraceTruncated, subject: String::new(), cause });
        }
    }

    pub(crate) fn rep_name(&self, rep: usize) -> String {
        self.world.get(rep).map(|r| r.name.clone()).unwrap_or_default()
    }

    pub(crate) fn node_name(&self, node: usize) -> String {
        self.world.nodes.get(node).map(|n| n.name.clone()).unwrap_or_default()
    }

    pub(crate) fn service(&self, si: usize) -> Option<&'a Service> {
        self.sc.topology.services.get(si)
    }

    pub(crate) fn service_name(&self, si: usize) -> String {
        self.service(si).map(|s| s.name.clone()).unwrap_or_default()
    }

    pub(crate) fn rep_service(&self, rep: usize) -> Option<&'a Service> {
        self.world.get(rep).and_then(|r| self.service(r.service()))
    }

    pub(crate) fn kind(&self) -> PlatformKind {
        self.sc.platform.kind
    }

    /// The controller state of service `si`; a missing one is a broken invariant and fails loudly.
    pub(crate) fn svc_state(&self, si: usize) -> &SvcState {
        self.svcs.get(si).unwrap_or_else(|| panic!("engine invariant broken: no service #{si} (of {})", self.svcs.len()))
    }

    pub(crate) fn rep_epoch(&self, rep: usize) -> Option<u32> {
        self.world.get(rep).filter(|r| !r.gone()).map(|r| r.epoch)
    }

    pub(crate) fn node_alive(&self, node: Option<usize>) -> bool {
        node.and_then(|n| self.world.nodes.get(n)).is_some_and(|n| n.alive())
    }

    pub(crate) fn set_state(&mut self, rep: usize, state: ReplicaState) {
        let now = self.now;
        if let Some(r) = self.world.get_mut(rep) {
            if state == ReplicaState::Running {
                if r.ready_since.is_none() {
                    r.ready_since = Some(now);
                }
                r.ever_ready = true;
            } else {
                r.ready_since = None;
            }
            r.state = state;
            self.changes.push(Change::Replica { t: now, rep: rep as u32, node: r.node().map(|n| n as u32), state });
            let si = r.service();
            self.dirty.insert(si);
            self.autoscaled_changed(si);
        }
    }

    /// Notes for the autoscaler that a pod or the desired count of service `si` changed.
    pub(crate) fn autoscaled_changed(&mut self, si: usize) {
        let autoscaled = self.service(si).is_some_and(|s| s.autoscale.is_some());
        if let (true, Some(h)) = (autoscaled, self.hpa.as_mut()) {
            h.changed = true;
        }
    }

    pub(crate) fn set_node_state(&mut self, node: usize, state: NodeState) {
        self.changes.push(Change::Node { t: self.now, node: node as u32, state });
    }

    /// Removes a replica for good (its node confirmed it stopped, or it was force-deleted).
    pub(crate) fn remove(&mut self, rep: usize) {
        if let Some(node) = self.world.rep(rep).node() {
            self.reschedule.nodes.insert(node);
        }
        self.unbind(rep);
        let si = self.world.rep(rep).service();
        self.autoscaled_changed(si);
        self.dirty.insert(si);
        self.world.remove(rep);
        self.changes.push(Change::Removed { t: self.now, rep: rep as u32 });
    }

    /// Whether a replica of service `si` holds `slot` (StatefulSet ordinal, Swarm slot). A deleted
    /// StatefulSet pod keeps its identity until it is gone; a failed Swarm task keeps its slot until
    /// it is replaced.
    pub(crate) fn slot_held(&self, si: usize, slot: u32) -> bool {
        self.world.slot_held(si, slot)
    }

    /// A new replica of service `si` with the service's target version, not yet on a node, in `slot`
    /// (the lowest free one when `None`); StatefulSet and Swarm names follow the slot.
    pub(crate) fn new_rep(&mut self, si: usize, slot: Option<u32>) -> usize {
        let kind = self.kind();
        let svc = self.service(si).unwrap_or_else(|| panic!("engine invariant broken: no service #{si}"));
        let slot = slot.unwrap_or_else(|| self.world.lowest_free_slot(si));
        let st = self.svcs.get_mut(si).unwrap_or_else(|| panic!("engine invariant broken: no controller state for service #{si}"));
        let number = st.next_number;
        st.next_number += 1;
        let version = st.target;
        // The most recent replica of the service that was lost or shut down, and not yet stood in for.
        let replaces = self.world.newest_to_stand_in_for(si);
        if let Some(old) = replaces {
            self.world.stand_in(old);
        }
        let name = match kind {
            PlatformKind::Kubernetes if svc.stateful => format!("{}-{}", svc.name, slot),
            PlatformKind::Swarm => format!("{}.{}", svc.name, slot + 1),
            _ => format!("{}-{}", svc.name, number + 1),
        };
        self.world.add(si, name, slot, version, replaces)
    }

    fn requests(&self, rep: usize) -> (u64, u64) {
        self.rep_service(rep).map(|s| (u64::from(s.cpu_millis), u64::from(s.memory_mib))).unwrap_or((0, 0))
    }

    /// The scheduler, for a replica being created: see [`Sim::choose_node`] (most free resources after
    /// spreading).
    pub(crate) fn place(&self, rep: usize) -> Option<usize> {
        self.choose_node(rep, None)
    }

    /// Where a replica of the steady state at the start runs. The application has been running for a
    /// long time; the history that placed it is unknown. Each service's replicas are spread over the
    /// nodes (zones first) in an order of their own (rendezvous hashing of the service's and the
    /// nodes' names), so the steady state of one service does not depend on the others: editing one
    /// service never moves another's replicas, as a real scheduler places only the pods it creates.
    /// Capacity is still respected, in declaration order. `order`: the service's rank of each node.
    fn place_initial(&self, rep: usize, order: &[u64]) -> Option<usize> {
        self.choose_node(rep, Some(order))
    }

    /// What a node must offer replica `rep`; `None` for a replica that does not exist.
    fn need_of(&self, rep: usize) -> Option<Need<'a>> {
        let svc = self.rep_service(rep)?;
        let (cpu, mem) = self.requests(rep);
        Some(Need { cpu, mem, gpu: svc.gpu, pin: svc.node.as_deref(), home: self.swarm_home(rep) })
    }

    /// Whether node `i` takes a replica needing `need` now: ready in the control plane's view, the
    /// requests fit, and the pin, GPU need, control-plane taint and Swarm volume allow it. What
    /// [`Sim::choose_node`] filters on, and all that can make a Pending replica schedulable.
    fn node_takes(&self, need: &Need, i: usize) -> bool {
        let Some(n) = self.world.nodes.get(i) else { return false };
        if self.kind() == PlatformKind::Compose {
            return i == 0 && (!need.gpu || n.gpu);
        }
        let cap_cpu = u64::from(self.sc.platform.node_cpu_millis);
        let cap_mem = u64::from(self.sc.platform.node_memory_mib);
        if need.home.is_some_and(|h| h != i) {
            return false;
        }
        if !n.api_ready || n.cpu_used + need.cpu > cap_cpu || n.mem_used + need.mem > cap_mem || n.gpu != need.gpu {
            return false;
        }
        // Control-plane nodes carry the NoSchedule control-plane taint.
        if n.manager && self.sc.platform.kind == PlatformKind::Kubernetes {
            return false;
        }
        need.pin.is_none_or(|pin| pin == n.name)
    }

    /// A node the control plane sees as ready where the requests fit and the pin / GPU need / Swarm
    /// volume allows (the one host on Compose), preferring the zone and then the node with the fewest
    /// replicas of the same service (spreading), then (`steady`: the service's own order of nodes)
    /// the most free resources (LeastAllocated), then the lowest node number.
    fn choose_node(&self, rep: usize, steady: Option<&[u64]>) -> Option<usize> {
        let svc = self.rep_service(rep)?;
        if self.kind() == PlatformKind::Compose {
            return (!svc.gpu || self.world.nodes.first().is_some_and(|n| n.gpu)).then_some(0);
        }
        let (cpu, mem) = self.requests(rep);
        let si = self.world.get(rep)?.service();
        let cap_cpu = u64::from(self.sc.platform.node_cpu_millis);
        let cap_mem = u64::from(self.sc.platform.node_memory_mib);
        let per_node: Vec<usize> = (0..self.world.nodes.len()).map(|n| self.world.placed_on(si, n) as usize).collect();
        let mut per_zone = vec![0usize; self.sc.platform.zones.max(1) as usize];
        for (n, &count) in self.world.nodes.iter().zip(&per_node) {
            if let Some(c) = n.zone.and_then(|z| per_zone.get_mut(z as usize)) {
                *c += count;
            }
        }
        let need = self.need_of(rep)?;
        let mut best: Option<(usize, (usize, usize, u64))> = None;
        for (i, n) in self.world.nodes.iter().enumerate() {
            if !self.node_takes(&need, i) {
                continue;
            }
            let zone_count = n.zone.and_then(|z| per_zone.get(z as usize)).copied().unwrap_or(0);
            let node_count = per_node.get(i).copied().unwrap_or(0);
            let order = if let Some(ranks) = steady {
                ranks.get(i).copied().unwrap_or(u64::MAX)
            } else {
                // Used share after placing, in parts per million of the scarcer resource.
                ((n.cpu_used + cpu) * 1_000_000 / cap_cpu.max(1)).max((n.mem_used + mem) * 1_000_000 / cap_mem.max(1))
            };
            let key = (zone_count, node_count, order);
            if best.is_none_or(|(_, k)| key < k) {
                best = Some((i, key));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The node holding the local volume of a stateful Swarm task's slot, once it has one.
    pub(crate) fn swarm_home(&self, rep: usize) -> Option<usize> {
        if self.kind() != PlatformKind::Swarm || !self.rep_service(rep).is_some_and(|s| s.stateful) {
            return None;
        }
        let r = self.world.get(rep)?;
        self.svcs.get(r.service())?.homes.get(r.slot() as usize).copied().flatten()
    }

    pub(crate) fn unschedulable_reason(&self, rep: usize) -> String {
        let (cpu, mem) = self.requests(rep);
        let svc = self.rep_service(rep);
        let ready = self.world.nodes.iter().filter(|n| n.api_ready).count();
        let mut what = format!("{cpu} m CPU and {mem} MiB memory free");
        if let Some(pin) = svc.and_then(|s| s.node.as_ref()) {
            what = format!("{what} (pinned to {pin})");
        }
        if svc.is_some_and(|s| s.gpu) {
            what = format!("{what} and a GPU");
        }
        if let Some(home) = self.swarm_home(rep) {
            what = format!("{what}; it must run on {} where its local volume lives (Swarm volumes are node-local)", self.node_name(home));
        }
        format!("Pending: no ready node has {what}; {ready} of {} nodes ready", self.world.nodes.len())
    }

    pub(crate) fn bind(&mut self, rep: usize, node: usize) {
        let (cpu, mem) = self.requests(rep);
        let stateful = self.rep_service(rep).is_some_and(|s| s.stateful);
        if self.world.get(rep).is_some() {
            self.world.set_node(rep, Some(node));
            if stateful && self.sc.platform.kind == PlatformKind::Swarm {
                let (si, slot) = (self.world.rep(rep).service(), self.world.rep(rep).slot());
                if let Some(st) = self.svcs.get_mut(si) {
                    if st.homes.len() <= slot as usize {
                        st.homes.resize(slot as usize + 1, None);
                    }
                    st.homes[slot as usize].get_or_insert(node);
                }
            }
        }
        if let Some(n) = self.world.nodes.get_mut(node) {
            n.cpu_used += cpu;
            n.mem_used += mem;
        }
    }

    pub(crate) fn unbind(&mut self, rep: usize) {
        let (cpu, mem) = self.requests(rep);
        let node = self.world.get(rep).and_then(|r| r.node());
        if node.is_some() {
            self.world.set_node(rep, None);
        }
        if let Some(n) = node.and_then(|n| self.world.nodes.get_mut(n)) {
            n.cpu_used = n.cpu_used.saturating_sub(cpu);
            n.mem_used = n.mem_used.saturating_sub(mem);
        }
    }

    /// Marks the replica's process as stopped and invalidates its pending events.
    pub(crate) fn stop_process(&mut self, rep: usize, leave_endpoints: bool) {
        if self.world.get(rep).is_some() {
            self.world.stop(rep, leave_endpoints);
        }
    }

    /// The replicas bound to `node` that are not gone, in creation order.
    pub(crate) fn reps_on(&self, node: usize) -> Vec<usize> {
        self.world.on_node(node)
    }

    /// Service `si`'s replicas that are neither gone nor deleted, in creation order.
    pub(crate) fn reps_of(&self, si: usize) -> Vec<usize> {
        self.world.live_of(si)
    }

    /// The probe settings in force for `probe` on this platform: Kubernetes defaults, or Docker's
    /// HEALTHCHECK defaults on Compose and Swarm; explicit fields win. (period, threshold, timeout)
    pub(crate) fn probe_params(&self, probe: &Probe) -> (SimDuration, u32, SimDuration) {
        let t = self.t;
        let (p, f, to) = match self.kind() {
            PlatformKind::Kubernetes => (t.probe_period, t.probe_failure_threshold, t.probe_timeout),
            _ => (t.healthcheck_interval, t.healthcheck_retries, t.healthcheck_timeout),
        };
        (probe.period.unwrap_or(p), probe.failure_threshold.unwrap_or(f).max(1), probe.timeout.unwrap_or(to))
    }

    // ------------------------------------------------------------ main loop

    /// The state at the start, before the first event.
    fn begin(&mut self) {
        self.refresh_rates();
        self.autoscaler_after_event(true);
    }

    /// Handles up to `budget` events; true once the run has reached its end (then the totals are
    /// brought up to the end, once).
    fn steps(&mut self, budget: u64) -> bool {
        if self.concluded {
            return true;
        }
        for _ in 0..budget {
            if !self.step() {
                self.integrate(self.end);
                self.now = self.end;
                self.concluded = true;
                return true;
            }
        }
        false
    }

    /// Handles the next event; false when there is none before the end (or the run stops early).
    fn step(&mut self) -> bool {
        let Some(Reverse((at, _, ev))) = self.queue.pop() else { return false };
        if at > self.end {
            return false;
        }
        if self.handled >= MAX_EVENTS {
            self.now = at;
            self.end = at;
            let cause = format!("run stopped at {at} after {MAX_EVENTS} engine events: shorten the scenario or the failure loop");
            self.trace.push(TraceEvent { t: at, kind: TraceKind::RunStopped, subject: String::new(), cause });
            self.stopped_early = Some(at);
            return false;
        }
        self.now = at;
        self.handle(ev);
        self.handled += 1;
        self.after_change();
        // Traffic and the availability record follow the endpoint counts (and the traffic into
        // the entry service): recomputed only when those moved, so an event costs what it changes.
        let moved = self.rates_stale || self.world.endpoint_changes() != self.rates_seen;
        if moved {
            self.refresh_rates();
        }
        self.autoscaler_after_event(moved);
        true
    }

    /// Records the endpoint counts where they changed and recomputes the traffic rates from them.
    fn refresh_rates(&mut self) {
        // The rates were constant since the last refresh: the totals catch up in one step.
        self.integrate(self.now);
        let touched = self.world.take_touched();
        self.observe(touched);
        self.compute_rates();
        self.rates_seen = self.world.endpoint_changes();
        self.rates_stale = false;
    }

    fn handle(&mut self, ev: Ev) {
        let rep_ok = |s: &Self, rep: usize, epoch: u32| s.rep_epoch(rep) == Some(epoch);
        let node_ok = |s: &Self, node: usize, epoch: u32| s.world.nodes.get(node).is_some_and(|n| n.epoch == epoch);
        match ev {
            Ev::Fault(i) => self.fault(i),
            Ev::ContainerStart { rep, epoch } if rep_ok(self, rep, epoch) => self.container_start(rep),
            Ev::AppUp { rep, epoch } if rep_ok(self, rep, epoch) => self.app_up(rep),
            Ev::ProbePass { rep, epoch } if rep_ok(self, rep, epoch) => self.probe_pass(rep),
            Ev::ReadinessFails { rep, epoch } if rep_ok(self, rep, epoch) => self.readiness_fails(rep),
            Ev::LivenessFails { rep, epoch } if rep_ok(self, rep, epoch) => self.liveness_fails(rep),
            Ev::Unhealthy { rep, epoch } if rep_ok(self, rep, epoch) => self.unhealthy(rep),
            Ev::Killed { rep, epoch } if rep_ok(self, rep, epoch) => self.process_exited(rep, "killed after its grace period"),
            Ev::NodeNotReady { node, epoch } if node_ok(self, node, epoch) => self.node_not_ready(node),
            Ev::NodeReady { node, epoch } if node_ok(self, node, epoch) => self.node_ready(node),
            Ev::Evict { rep, epoch } if rep_ok(self, rep, epoch) => self.evict(rep),
            Ev::SwarmReplace { rep, epoch } if rep_ok(self, rep, epoch) => self.swarm_replace(rep),
            Ev::OperatorRestoresHost { node, epoch } if node_ok(self, node, epoch) => self.restore_node(node, true),
            Ev::OperatorRestarts { rep, epoch } if rep_ok(self, rep, epoch) => self.operator_restarts(rep),
            Ev::OperatorForceDeletes { rep, epoch } if rep_ok(self, rep, epoch) => self.operator_force_deletes(rep),
            Ev::OperatorRollsBack { service, rollout } => self.operator_rolls_back(service, rollout),
            Ev::VolumeDetached { rep, epoch } if rep_ok(self, rep, epoch) => self.volume_detached(rep),
            Ev::VolumeResized { service } => self.volume_resized(service),
            Ev::ProgressDeadline { service, rollout } => self.progress_deadline(service, rollout),
            Ev::SwarmMonitorDone { rep, epoch } if rep_ok(self, rep, epoch) => self.swarm_monitor_done(rep),
            Ev::HpaSync => self.hpa_sync(),
            Ev::MetricsScrape => self.metrics_scrape(),
            Ev::StartupGivesUp { rep, epoch, startup_probe } if rep_ok(self, rep, epoch) => self.startup_gives_up(rep, startup_probe),
            Ev::UnhealthyWhileStarting { rep, epoch } if rep_ok(self, rep, epoch) => self.unhealthy_while_starting(rep),
            Ev::EndpointGone { rep } => self.endpoint_gone(rep),
            Ev::PreStopDone { rep } => self.pre_stop_done(rep),
            Ev::GossipDead { node, epoch } if node_ok(self, node, epoch) => self.gossip_dead(node),
            _ => {} // stale: the replica or node changed since this was scheduled
        }
    }

    /// The first replica of service `svc` (by name) whose process runs, in creation order; with
    /// `answering`, one that is not hung.
    fn running_of(&self, svc: &str, answering: bool) -> Option<usize> {
        let si = self.sc.topology.service_index(svc)?;
        self.world.of_service(si).find(|&r| {
            let r = self.world.rep(r);
            r.process_up && !(answering && r.hung)
        })
    }

    fn fault(&mut self, i: usize) {
        let Some(f) = self.sc.faults.get(i) else { return };
        match &f.kind {
            FaultKind::KillNode(target) => {
                let node = match target {
                    NodeRef::Named(name) => self.world.nodes.iter().position(|n| &n.name == name),
                    NodeRef::Running(svc) => {
                        self.running_of(svc, false).and_then(|r| self.world.rep(r).node())
                    }
                };
                match node {
                    Some(n) => self.kill_node(n),
                    None => {
                        let what = match target {
                            NodeRef::Named(n) => n.clone(),
                            NodeRef::Running(s) => format!("the node running {s}"),
                        };
                        self.log(TraceKind::FaultIgnored, &what, format!("kill {what}: no such running node"))
                    }
                }
            }
            FaultKind::RestoreNode(name) => match self.world.nodes.iter().position(|n| &n.name == name) {
                Some(n) => self.restore_node(n, false),
                None => self.log(TraceKind::FaultIgnored, name, format!("restore {name}: no such node")),
            },
            FaultKind::KillZone(zone) | FaultKind::RestoreZone(zone) => {
                let kill = matches!(f.kind, FaultKind::KillZone(_));
                let zi = self.sc.platform.zone_names().iter().position(|z| z == zone).map(|z| z as u32);
                let members: Vec<usize> = self.world.nodes.iter().enumerate().filter(|(_, n)| n.zone.is_some() && n.zone == zi).map(|(i, _)| i).collect();
                self.log(
                    if kill { TraceKind::ZoneDown } else { TraceKind::ZoneUp },
                    zone,
                    format!("{zone} {}: {} node(s)", if kill { "fails" } else { "is back" }, members.len()),
                );
                for n in members {
                    if kill {
                        self.kill_node(n)
                    } else {
                        self.restore_node(n, false)
                    }
                }
            }
            FaultKind::Crash(svc) => {
                let rep = self.running_of(svc, false);
                match rep {
                    Some(rep) => {
                        let name = self.rep_name(rep);
                        self.log(TraceKind::Crash, &name, format!("{name}: the process exits (crash)"));
                        self.process_exited(rep, "crashed");
                    }
                    None => self.log(TraceKind::FaultIgnored, svc, format!("crash {svc}: no replica of {svc} is running")),
                }
            }
            FaultKind::Hang(svc) => {
                let rep = self.running_of(svc, true);
                match rep {
                    Some(rep) => self.hang(rep),
                    None => self.log(TraceKind::FaultIgnored, svc, format!("hang {svc}: no replica of {svc} is running")),
                }
            }
            FaultKind::Deploy { service, version, healthy } => {
                if let Some(si) = self.sc.topology.service_index(service) {
                    self.deploy(si, version.clone(), *healthy, false);
                }
            }
            FaultKind::Traffic(rps) => {
                let before = self.flow.rps;
                self.flow.rps = *rps as f64;
                self.rates_stale = true;
                let entry = self.flow.entry.map(|e| self.service_name(e)).unwrap_or_default();
                self.log(TraceKind::Traffic, &entry, format!("traffic into {entry} changes from {before} to {rps} requests/s"));
            }
            FaultKind::ConfigChange(target) => self.config_change(target.clone()),
            FaultKind::ResizeVolume { service, gib } => {
                if let Some(si) = self.sc.topology.service_index(service) {
                    self.resize_volume(si, *gib);
                }
            }
            FaultKind::Scale { service, replicas } => {
                if let Some(si) = self.sc.topology.service_index(service) {
                    self.manual_scale(si, *replicas);
                }
            }
        }
    }

    // ------------------------------------------------------------ containers

    /// The process of `rep` has exited (`how`: "crashed", "killed …"): restart per platform.
    pub(crate) fn process_exited(&mut self, rep: usize, how: &str) {
        let Some(r) = self.world.get(rep) else { return };
        if r.gone() {
            return;
        }
        let name = r.name.clone();
        self.stop_process(rep, true);
        if self.world.get(rep).is_some_and(|r| r.deleted()) {
            // Being shut down anyway (rolling update, scale-down): it is gone now.
            self.remove(rep);
            return;
        }
        match self.kind() {
            PlatformKind::Kubernetes => self.kubelet_restart_after_exit(rep, &name, how),
            PlatformKind::Swarm => self.swarm_task_failed(rep, &format!("{name} {how}")),
            PlatformKind::Compose => self.docker_restart_after_exit(rep, &name, how),
        }
    }

    /// Kubelet (restartPolicy Always): first restart at once, then CrashLoopBackOff 10 s doubling to 300 s.
    fn kubelet_restart_after_exit(&mut self, rep: usize, name: &str, how: &str) {
        let (now, t) = (self.now, self.t);
        let Some(r) = self.world.get_mut(rep) else { return };
        // client-go flowcontrol.Backoff as the kubelet uses it: the entry is stamped when the container
        // is restarted; a crash more than 2 × the cap after that restart starts over.
        let delay = match r.k8s_backoff {
            Some((backoff, last_restart)) if now.since(last_restart) <= t.crashloop_reset => {
                r.k8s_backoff = Some(((backoff.saturating_mul(2)).min(t.crashloop_max), now.plus(backoff)));
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
                TraceKind::ContainerExited,
                name,
                format!("{name}: container {how}; the pod is not Ready and leaves the Service endpoints; kubelet restarts it at once (first restart has no back-off)"),
            );
        } else {
            self.set_state(rep, ReplicaState::BackOff);
            self.log(
                TraceKind::ContainerExited,
                name,
                format!(
                    "{name}: container {how} again; CrashLoopBackOff: restart in {} (kubelet back-off starts at {}, doubles, max {})",
                    delay.human(),
                    t.crashloop_initial.human(),
                    t.crashloop_max.human()
                ),
            );
        }
        self.push(now.plus(delay), Ev::ContainerStart { rep, epoch });
    }

    /// Docker restart policy: `no` waits for the operator; others restart after the restart manager's delay.
    fn docker_restart_after_exit(&mut self, rep: usize, name: &str, how: &str) {
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

    /// Start-up settings of a probe on this platform: (initialDelaySeconds, HEALTHCHECK start period,
    /// HEALTHCHECK start interval); explicit fields win.
    pub(crate) fn probe_start(&self, probe: &Probe) -> (SimDuration, SimDuration, SimDuration) {
        let t = self.t;
        (
            probe.initial_delay.unwrap_or(t.probe_initial_delay),
            probe.start_period.unwrap_or(t.healthcheck_start_period),
            probe.start_interval.unwrap_or(t.healthcheck_start_interval),
        )
    }

    /// When a Docker HEALTHCHECK of a container started now passes or gives up.
    fn docker_start_outcome(&self, probe: &Probe, up: SimTime) -> probes::Outcome {
        let (interval, retries, _) = self.probe_params(probe);
        let (_, start_period, start_interval) = self.probe_start(probe);
        probes::docker(self.now, up, interval, start_period, start_interval, retries)
    }

    /// When a Kubernetes probe of a container started now, active from `active_from`, passes or
    /// gives up; its ticks run from the pod's start on its node.
    fn kube_start_outcome(&self, probe: &Probe, base: SimTime, active_from: SimTime, up: SimTime) -> probes::Outcome {
        let (period, threshold, _) = self.probe_params(probe);
        let (delay, _, _) = self.probe_start(probe);
        probes::kubernetes(base, period, self.now, delay, active_from, up, threshold)
    }

    pub(crate) fn container_start(&mut self, rep: usize) {
        let now = self.now;
        let kind = self.kind();
        let Some(r) = self.world.get(rep) else { return };
        if !self.node_alive(r.node()) || r.process_up || r.gone() {
            return;
        }
        let Some(svc) = self.service(r.service()) else { return };
        let version = self.svcs.get(r.service()).and_then(|s| s.versions.get(r.version())).map(|v| v.name.clone()).unwrap_or_default();
        let name = r.name.clone();
        let startup = svc.startup;
        let up = now.plus(startup);
        let Some(r) = self.world.get_mut(rep) else { return };
        r.process_up = true;
        r.hung = false;
        r.started_at = Some(now);
        if !r.initial && r.pod_start.is_none() {
            r.pod_start = Some(now);
        }
        let base = r.pod_start.unwrap_or(SimTime::ZERO);
        r.epoch += 1;
        let epoch = r.epoch;
        self.set_state(rep, ReplicaState::Starting);
        self.log(TraceKind::ContainerStarted, &name, format!("{name}: container started ({version}); the application needs {} to start", startup.human()));
        self.push(up, Ev::AppUp { rep, epoch });
        let mut listed_now = false;
        match kind {
            // Docker DNS lists a running container at once; its HEALTHCHECK only reports.
            PlatformKind::Compose => {
                listed_now = true;
                if let Some(probe) = &svc.liveness {
                    if let probes::Outcome::GivesUp(at) = self.docker_start_outcome(probe, up) {
                        self.push(at, Ev::UnhealthyWhileStarting { rep, epoch });
                    }
                }
            }
            // The routing mesh lists a task once it is running, which with a HEALTHCHECK means healthy.
            PlatformKind::Swarm => match &svc.liveness {
                Some(probe) => match self.docker_start_outcome(probe, up) {
                    probes::Outcome::Passes(at) => self.push(at, Ev::ProbePass { rep, epoch }),
                    probes::Outcome::GivesUp(at) => self.push(at, Ev::UnhealthyWhileStarting { rep, epoch }),
                },
                None => listed_now = true,
            },
            // The kubelet: a startup probe first (liveness and readiness wait for it); a liveness probe
            // from the container's start otherwise; Ready at the first passing readiness probe, or as
            // soon as the container runs (and started) without one.
            PlatformKind::Kubernetes => {
                let started = match &svc.startup_probe {
                    Some(probe) => match self.kube_start_outcome(probe, base, now, up) {
                        probes::Outcome::Passes(at) => Some(at),
                        probes::Outcome::GivesUp(at) => {
                            self.push(at, Ev::StartupGivesUp { rep, epoch, startup_probe: true });
                            None
                        }
                    },
                    None => Some(now),
                };
                if let Some(started) = started {
                    if let (None, Some(probe)) = (&svc.startup_probe, &svc.liveness) {
                        if let probes::Outcome::GivesUp(at) = self.kube_start_outcome(probe, base, now, up) {
                            self.push(at, Ev::StartupGivesUp { rep, epoch, startup_probe: false });
                        }
                    }
                    match &svc.readiness {
                        Some(probe) => {
                            let (period, _, _) = self.probe_params(probe);
                            let (delay, _, _) = self.probe_start(probe);
                            let at = probes::tick_at_or_after(base, period, now.plus(delay).max(started).max(up));
                            self.push(at, Ev::ProbePass { rep, epoch });
                        }
                        None if started > now => self.push(started, Ev::ProbePass { rep, epoch }),
                        None => listed_now = true,
                    }
                }
            }
        }
        if listed_now && self.world.get(rep).is_some() {
            self.world.set_listed(rep, true);
        }
        if kind == PlatformKind::Swarm {
            self.swarm_task_started(rep);
        }
    }

    /// A liveness or startup probe gave up on a container that is still starting: the kubelet kills
    /// it (a starting application exits on SIGTERM) and restarts it with the back-off.
    fn startup_gives_up(&mut self, rep: usize, startup_probe: bool) {
        let Some(svc) = self.rep_service(rep) else { return };
        let probe = if startup_probe { svc.startup_probe.clone() } else { svc.liveness.clone() };
        let probe = probe.unwrap_or_default();
        let (period, threshold, _) = self.probe_params(&probe);
        let (delay, _, _) = self.probe_start(&probe);
        let name = self.rep_name(rep);
        let startup = svc.startup;
        let (kind, cause) = if startup_probe {
            (
                TraceKind::StartupFailed,
                format!(
                    "{name}: startup probe failed {threshold} times (every {}): the application needs {}, more than the startup probe allows (failureThreshold × periodSeconds = {}); the kubelet kills and restarts it",
                    period.human(),
                    startup.human(),
                    period.saturating_mul(u64::from(threshold)).human()
                ),
            )
        } else {
            (
                TraceKind::LivenessFailed,
                format!(
                    "{name}: liveness probe failed {threshold} times while the application was still starting (it needs {}; probes every {} from {}, initialDelaySeconds {}): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start",
                    startup.human(),
                    period.human(),
                    if delay == SimDuration::ZERO { "the container's start".to_string() } else { format!("{} after its start", delay.human()) },
                    delay.as_millis() / 1_000
                ),
            )
        };
        self.log(kind, &name, cause);
        let how = if startup_probe { "killed by its startup probe" } else { "killed by its liveness probe before it finished starting" };
        self.process_exited(rep, how);
    }

    /// A HEALTHCHECK reported unhealthy while the application was still starting: Swarm replaces the
    /// task; Docker and Compose only report it.
    fn unhealthy_while_starting(&mut self, rep: usize) {
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

    fn app_up(&mut self, rep: usize) {
        let Some(r) = self.world.get(rep) else { return };
        let (si, name) = (r.service(), r.name.clone());
        let healthy = self.svcs.get(si).and_then(|s| s.versions.get(r.version())).is_none_or(|v| v.healthy);
        if !healthy {
            let version = self.svcs.get(si).and_then(|s| s.versions.get(r.version())).map(|v| v.name.clone()).unwrap_or_default();
            self.log(TraceKind::Crash, &name, format!("{name}: release {version} is broken and exits right after start-up"));
            self.process_exited(rep, "crashed (broken release)");
            return;
        }
        self.world.set_app_up(rep, true);
        if self.world.rep(rep).in_endpoints() {
            self.set_state(rep, ReplicaState::Running);
            self.log(TraceKind::Ready, &name, format!("{name}: application answers requests"));
        } else {
            let what = if self.kind() == PlatformKind::Kubernetes { "readiness probe" } else { "health check" };
            self.log(TraceKind::AppUp, &name, format!("{name}: application answers; waiting for the next {what}"));
        }
    }

    fn probe_pass(&mut self, rep: usize) {
        let kind = self.kind();
        let Some(svc) = self.rep_service(rep) else { return };
        let probe = if kind == PlatformKind::Kubernetes { svc.readiness.clone() } else { svc.liveness.clone() };
        let (period, _, _) = self.probe_params(&probe.unwrap_or_default());
        let Some(r) = self.world.get(rep) else { return };
        let name = r.name.clone();
        if r.app_up() {
            self.world.set_listed(rep, true);
            self.set_state(rep, ReplicaState::Running);
            let cause = if kind == PlatformKind::Kubernetes && svc.readiness.is_none() {
                format!("{name}: startup probe passed; Ready, in the Service endpoints")
            } else if kind == PlatformKind::Kubernetes {
                format!("{name}: readiness probe passed; Ready, in the Service endpoints (probes every {}, periodSeconds)", period.human())
            } else {
                format!("{name}: health check passed; the task is running and joins the routing mesh (HEALTHCHECK every {})", period.human())
            };
            self.log(TraceKind::Ready, &name, cause);
            if kind == PlatformKind::Swarm {
                self.swarm_task_running(rep);
            }
        } else if r.process_up && !r.hung {
            let epoch = r.epoch;
            self.push(self.now.plus(period), Ev::ProbePass { rep, epoch });
        }
    }

    /// The first moment a periodic check, started at `base` every `period`, has failed `threshold`
    /// times in a row when the application stops answering at `from`; each failure takes `timeout`.
    /// `first` is the offset of the first check (0 for Kubernetes probes, one period for Docker).
    fn detection(&self, base: SimTime, from: SimTime, period: SimDuration, threshold: u32, timeout: SimDuration, docker: bool) -> SimTime {
        let p = period.as_millis().max(1);
        let since = from.since(base).as_millis();
        let first = if docker { 1 } else { 0 };
        // First check starting strictly after the hang.
        let k = (since / p + 1).max(first);
        let start = base.plus(SimDuration(k.saturating_mul(p)));
        if docker {
            // Docker runs the next check one interval after the previous one finished.
            let per = timeout.saturating_add(period);
            start.plus(per.saturating_mul(u64::from(threshold) - 1)).plus(timeout)
        } else {
            start.plus(period.saturating_mul(u64::from(threshold) - 1)).plus(timeout)
        }
    }

    fn hang(&mut self, rep: usize) {
        let now = self.now;
        let kind = self.kind();
        let Some(svc) = self.rep_service(rep) else { return };
        if self.world.get(rep).is_none() {
            return;
        }
        self.world.hang(rep);
        let r = self.world.rep(rep);
        let epoch = r.epoch;
        // The kubelet's probe ticks run from the pod's start across restarts; Docker's HEALTHCHECK
        // monitor starts with each container.
        let base = if kind == PlatformKind::Kubernetes { r.pod_start } else { r.started_at }.unwrap_or(SimTime::ZERO);
        let name = r.name.clone();
        self.set_state(rep, ReplicaState::Hung);
        self.log(TraceKind::Hang, &name, format!("{name}: the application stops answering; its process keeps running, so it still looks alive"));
        let mut noticed = false;
        match kind {
            PlatformKind::Kubernetes => {
                if let Some(p) = &svc.readiness {
                    let (period, threshold, timeout) = self.probe_params(p);
                    self.push(self.detection(base, now, period, threshold, timeout, false), Ev::ReadinessFails { rep, epoch });
                }
                if let Some(p) = &svc.liveness {
                    let (period, threshold, timeout) = self.probe_params(p);
                    self.push(self.detection(base, now, period, threshold, timeout, false), Ev::LivenessFails { rep, epoch });
                    noticed = true;
                }
            }
            PlatformKind::Swarm | PlatformKind::Compose => {
                if let Some(p) = &svc.liveness {
                    let (period, threshold, timeout) = self.probe_params(p);
                    self.push(self.detection(base, now, period, threshold, timeout, true), Ev::Unhealthy { rep, epoch });
                    noticed = kind == PlatformKind::Swarm;
                }
            }
        }
        if !noticed {
            self.push(now.plus(self.t.operator_reaction), Ev::OperatorRestarts { rep, epoch });
        }
    }

    fn readiness_fails(&mut self, rep: usize) {
        let Some(svc) = self.rep_service(rep) else { return };
        let (period, threshold, timeout) = self.probe_params(&svc.readiness.clone().unwrap_or_default());
        if self.world.get(rep).is_none() {
            return;
        }
        self.world.set_listed(rep, false);
        let name = self.world.rep(rep).name.clone();
        self.set_state(rep, ReplicaState::NotReady);
        self.log(
            TraceKind::NotReady,
            &name,
            format!("{name}: readiness probe failed {threshold} times (every {}, timeout {}); NotReady, out of the Service endpoints", period.human(), timeout.human()),
        );
    }

    fn liveness_fails(&mut self, rep: usize) {
        let Some(svc) = self.rep_service(rep) else { return };
        let (period, threshold, _) = self.probe_params(&svc.liveness.clone().unwrap_or_default());
        let grace = self.t.termination_grace;
        let Some(r) = self.world.get(rep) else { return };
        let (name, epoch) = (r.name.clone(), r.epoch);
        self.log(
            TraceKind::LivenessFailed,
            &name,
            format!(
                "{name}: liveness probe failed {threshold} times (every {}); kubelet kills the container: the hung process ignores SIGTERM and is killed after terminationGracePeriodSeconds ({})",
                period.human(),
                grace.human()
            ),
        );
        self.push(self.now.plus(grace), Ev::Killed { rep, epoch });
    }

    fn unhealthy(&mut self, rep: usize) {
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

    // ------------------------------------------------------------ nodes

    fn kill_node(&mut self, node: usize) {
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

    /// How long Swarm's gossip layer (memberlist, DefaultLANConfig) takes to declare a dead node
    /// dead: another member probes it within one probe interval (a seeded phase), the probe and its
    /// indirect probes fail within that interval, then the suspicion timeout of
    /// SuspicionMult × max(1, log10 n) intervals runs. With more members than SuspicionMult it waits for
    /// SuspicionMult − 2 confirmations, assumed to arrive one probe interval apart (an approximation).
    fn gossip_detection(&self, node: usize) -> SimDuration {
        let t = self.t;
        let interval = t.gossip_probe_interval.as_millis();
        let n = self.world.nodes.len().max(1) as f64;
        let scale = n.log10().max(1.0);
        let suspicion = (f64::from(t.gossip_suspicion_mult) * scale * interval as f64).round() as u64;
        let k = u64::from(t.gossip_suspicion_mult.saturating_sub(2));
        let confirmations = if (self.world.nodes.len() as u64).saturating_sub(2) < k { 0 } else { k };
        let phase = self.world.node(node).gossip_phase;
        SimDuration(phase + interval + suspicion + confirmations * interval)
    }

    /// Swarm's gossip layer declared `node` dead: the routing mesh stops sending to its tasks.
    fn gossip_dead(&mut self, node: usize) {
        let mut hidden = 0;
        for rep in self.reps_on(node) {
            if self.world.get(rep).is_some_and(|r| r.in_endpoints()) {
                self.world.set_listed(rep, false);
                hidden += 1;
            }
        }
        if hidden == 0 {
            return;
        }
        let name = self.node_name(node);
        let t = self.t;
        self.log(
            TraceKind::MeshRemoved,
            &name,
            format!(
                "{name} declared dead by the gossip layer (memberlist: a probe every {}, suspicion timeout {} × max(1, log10 nodes) probe intervals): the routing mesh stops sending requests to its {hidden} task(s); the managers reschedule only when its heartbeats are overdue",
                t.gossip_probe_interval.human(),
                t.gossip_suspicion_mult
            ),
        );
    }

    /// The last heartbeat of `node` at or before now, and when the control plane notices its silence:
    /// Kubernetes: the first node-controller check strictly after last + grace period;
    /// Swarm: last + heartbeat × grace multiplier.
    fn silence_noticed(&self, node: usize) -> (SimTime, SimTime) {
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
    fn restore_node(&mut self, node: usize, by_operator: bool) {
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
    fn returning_replicas(&mut self, node_name: &str, on_node: Vec<usize>) {
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

    fn node_ready(&mut self, node: usize) {
        let name = self.node_name(node);
        if let Some(n) = self.world.nodes.get_mut(node) {
            n.api_ready = true;
        }
        self.set_node_state(node, NodeState::Ready);
        self.reschedule.nodes.insert(node);
        let what = if self.kind() == PlatformKind::Kubernetes { "Ready again; taint removed" } else { "ready again" };
        self.log(TraceKind::NodeReady, &name, format!("{name} {what}"));
    }

    // ------------------------------------------------------------ observation

    /// Endpoints and answering endpoints per service.
    /// A removed pod whose endpoint removal has not reached kube-proxy yet still counts, as dead.
    pub(crate) fn endpoint_counts(&self) -> (Vec<u32>, Vec<u32>) {
        self.world.endpoint_counts()
    }

    /// Records each service's endpoints and answering endpoints where they changed.
    fn observe(&mut self, services: impl IntoIterator<Item = usize>) {
        for si in services {
            let (e, a) = self.world.endpoints_of(si);
            let prev = self.avail.get(si).and_then(|v| v.last()).map(|&(_, pe, pa)| (pe, pa));
            if prev == Some((e, a)) {
                continue;
            }
            let name = self.service_name(si);
            match prev {
                Some((_, pa)) if pa > 0 && a == 0 => self.log(TraceKind::ServiceDown, &name, format!("{name} down: no replica can answer")),
                Some((_, 0)) if a > 0 => self.log(TraceKind::ServiceUp, &name, format!("{name} serving again ({a} replica(s) answering)")),
                _ => {}
            }
            if let Some(v) = self.avail.get_mut(si) {
                v.push((self.now, e, a));
            }
        }
    }

    fn finish(self) -> Run {
        let nodes = self.world.nodes.iter().map(|n| NodeInfo { name: n.name.clone(), zone: n.zone }).collect();
        let replicas = self.world.all().map(|r| ReplicaInfo { name: r.name.clone(), service: r.service() as u32, replaces: r.replaces.map(|x| x as u32) }).collect();
        let (handled, stopped_early) = (self.handled, self.stopped_early);
        let requests = self.flow.served.iter().zip(&self.flow.failed).map(|(&s, &f)| (s.round() as u64, f.round() as u64)).collect();
        let mut run = Run::new(self.sc, nodes, replicas, self.changes, self.trace, self.avail, requests, self.end);
        for (s, &over) in run.services.iter_mut().zip(&self.flow.overload_time) {
            s.overloaded = over;
        }
        run.events_handled = handled;
        run.stopped_early = stopped_early;
        run.flow = self.flow.series;
        run
    }
}
