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
//! One module per mechanism, each an `impl Sim` of its own with the state it owns, behind this
//! thin loop (the event queue, dispatch, plumbing). A mechanism that schedules events owns them
//! too: its `Ev` is one line of `mechanisms!` below (which also declares the module), and its
//! `handle` gets them back. What differs per platform is asked of [`platform`], never matched on
//! the platform's kind. A new mechanism with events is a module and its line in `mechanisms!`; one
//! without is a module and its `mod` line:
//!
//! | module | what lives there |
//! |---|---|
//! | [`world`] | replicas and nodes, with indexes that keep every lookup O(log n) |
//! | [`ids`] | `RepId`, `NodeId`, `SvcId`: a replica cannot be passed where a node or a service is meant |
//! | [`faults`] | the scenario's events, handed to the mechanism each concerns |
//! | [`scheduler`] | placement, binding, Pending replicas |
//! | [`containers`] | a container starts, comes up, passes a check, hangs or exits (any platform) |
//! | [`kubelet`] | restartPolicy Always, CrashLoopBackOff, startup/liveness/readiness probes |
//! | [`docker`] | the restart manager and HEALTHCHECK (Compose's host, Swarm's nodes) |
//! | [`probes`] | when a periodic check first passes or gives up |
//! | [`node_lifecycle`] | nodes die and return; heartbeats, NotReady, taint-based eviction |
//! | [`quorum`] | Swarm's Raft managers and etcd: nothing changes without a majority |
//! | [`controllers`] | each service's desired state, handed to its controller when it changes |
//! | [`deployment`] | Deployment and ReplicaSet: counts, maxSurge/maxUnavailable, progress deadline |
//! | [`statefulset`] | StatefulSet: ordered identities, no replacement on an unreachable node |
//! | [`swarm`] | Swarm's orchestrator, updater and gossip layer |
//! | [`termination`] | graceful deletion: endpoints, preStop, SIGTERM, grace period |
//! | [`rollouts`] | releases, configuration changes, resizes and scaling as each platform applies them |
//! | [`autoscaler`] | metrics-server and the HorizontalPodAutoscaler |
//! | [`outages`] | the availability record: each service's endpoints over time, and when it stops or starts answering |
//! | [`platform`] | what differs per platform: one `Platform` implementation each for Compose, Swarm and Kubernetes |
//! | [`operator`] | the human who acts where a platform does not heal itself |
//! | [`traffic`] | request rates through the dependency graph, served and failed requests |

mod controllers;
mod faults;
mod platform;
mod outages;
mod probes;
mod quorum;
mod scheduler;
mod sorted;
mod ids;
mod traffic;
mod world;

use crate::cause::Cause;
use crate::defaults::Timings;
use crate::rng::SplitMix64;
use crate::run::{Change, NodeInfo, NodeState, ReplicaInfo, ReplicaState, Run, TraceEvent, TraceKind};
use crate::scenario::{Scenario, ScenarioError};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};
use controllers::Controllers;
use platform::Platform;
use scheduler::{rendezvous, Reschedule};
use traffic::Flow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use ids::{NodeId, RepId, SvcId};
use world::{Node, World};

/// Most trace entries a run keeps; past this the report numbers stay right but the trace says it was cut.
pub const MAX_TRACE: usize = 200_000;
/// Most engine events one run handles; a run that needs more (a long crash loop of many replicas,
/// restart delays of 0 s) stops early and says so. Every event costs O(log n) in the replicas it
/// touches, so this bounds a run to about a second natively (`scripts/bench.sh` measures the
/// worst shapes); the benchmark scenario (24 h, 1,000 pods, a node failure every 10 min) needs ~7,000.
pub const MAX_EVENTS: u64 = 500_000;

/// The services traffic into `entry` reaches (it and, transitively, its dependencies), in `order`.
fn reached(order: &[SvcId], deps: &[Vec<SvcId>], entry: Option<SvcId>) -> Vec<SvcId> {
    let mut seen = vec![false; deps.len()];
    let mut stack: Vec<SvcId> = entry.into_iter().collect();
    while let Some(si) = stack.pop() {
        if !seen[si.index()] {
            seen[si.index()] = true;
            stack.extend(deps[si.index()].iter().copied());
        }
    }
    order.iter().copied().filter(|&si| seen[si.index()]).collect()
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

/// Declares the mechanisms that schedule events of their own, one line each: the module, its
/// variant of [`Ev`] (holding the module's own `Ev`), and the module's `handle`, which gets them
/// back when they are due. A module's events are its own business: what they carry and when one
/// is stale (the replica or node changed since it was scheduled) is decided in the module.
macro_rules! mechanisms {
    ($($(#[$doc:meta])* $module:ident => $variant:ident,)*) => {
        $(mod $module;)*
        /// Every engine event, by the mechanism that owns it.
        #[derive(Clone, Copy)]
        pub(crate) enum Ev {
            /// The scenario's fault at this index ([`faults`]).
            Fault(usize),
            $($(#[$doc])* $variant($module::Ev),)*
        }
        $(impl From<$module::Ev> for Ev {
            fn from(ev: $module::Ev) -> Ev {
                Ev::$variant(ev)
            }
        })*
        impl Sim<'_> {
            /// Hands a due event to the mechanism that owns it.
            fn handle(&mut self, ev: Ev) {
                match ev {
                    Ev::Fault(i) => self.fault(i),
                    $(Ev::$variant(ev) => $module::handle(self, ev),)*
                }
            }
        }
    };
}

mechanisms! {
    /// A container starts, comes up, passes its first check or is killed.
    containers => Container,
    /// The kubelet's probes fail or give up.
    kubelet => Kubelet,
    /// Docker's HEALTHCHECK reports unhealthy.
    docker => Docker,
    /// The control plane notices a node, and taint-based eviction.
    node_lifecycle => NodeLifecycle,
    /// Swarm's orchestrator, updater and gossip layer.
    swarm => Swarm,
    /// The human operator acts.
    operator => Operator,
    /// A StatefulSet pod's volume is detached from a dead node.
    statefulset => StatefulSet,
    /// A hand-made volume resize is over.
    rollouts => Rollouts,
    /// A Deployment's progress deadline.
    deployment => Deployment,
    /// metrics-server and the HorizontalPodAutoscaler tick.
    autoscaler => Autoscaler,
    /// A deleted pod's endpoint removal and preStop pause.
    termination => Termination,
}

/// An event in the queue. Ordered by (time, sequence number) alone: sequence numbers are unique,
/// so the event itself never decides the order.
struct Queued {
    at: SimTime,
    seq: u64,
    ev: Ev,
}

impl PartialEq for Queued {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}

impl Eq for Queued {}

impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Queued {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(other.at, other.seq))
    }
}

pub(crate) struct Sim<'a> {
    pub sc: &'a Scenario,
    pub t: &'a Timings,
    /// What the scenario's platform does differently ([`platform`]).
    pub platform: platform::Dispatch,
    pub now: SimTime,
    pub end: SimTime,
    seq: u64,
    queue: BinaryHeap<Reverse<Queued>>,
    pub world: World,
    /// Each service's desired state, owned by [`controllers`].
    pub controllers: Controllers,
    /// Dependency order (dependencies first) and each service's dependencies, by index.
    pub order: Vec<SvcId>,
    pub deps: Vec<Vec<SvcId>>,
    /// The node lifecycle controller's clock ([`node_lifecycle`]).
    node_monitor: node_lifecycle::NodeMonitor,
    pub flow: Flow,
    trace: Vec<TraceEvent>,
    changes: Vec<Change>,
    /// The availability record and the outages the trace said ([`outages`]).
    outages: outages::Outages,
    /// Whether a majority of managers / etcd members is up ([`quorum`]).
    pub quorum: quorum::Quorum,
    /// Where something may now fit a Pending replica since the scheduler last looked.
    pub reschedule: Reschedule,
    /// Events handled [count], for throughput figures.
    pub handled: u64,
    /// When the run was stopped for needing more than [`MAX_EVENTS`] events.
    stopped_early: Option<SimTime>,
    /// The run has reached its end and its totals are final.
    concluded: bool,
    /// The HorizontalPodAutoscaler and metrics-server, when a service is autoscaled on Kubernetes.
    pub hpa: Option<autoscaler::Hpa>,
    /// Swarm's local volumes: where each slot's data is ([`swarm`]).
    volumes: swarm::Volumes,
    /// Compose containers recreated with another release ([`Run::recreated`]).
    pub recreated: Vec<(usize, u32, String)>,
}

impl<'a> Sim<'a> {
    fn new(sc: &'a Scenario) -> Self {
        let mut rng = SplitMix64::new(sc.seed);
        let t = &sc.timings;
        let platform = platform::of(sc.platform.kind);
        let heartbeat = platform.heartbeat(t);
        let regular = sc.platform.nodes;
        let nodes: Vec<Node> = sc
            .platform
            .node_names()
            .into_iter()
            .enumerate()
            .map(|(i, name)| Node {
                name,
                zone: sc.platform.zone_of(i as u32),
                gpu: (i as u32 >= regular && (i as u32) < regular + sc.platform.gpu_nodes) || (platform.one_host() && sc.platform.gpu_nodes > 0),
                // Swarm managers (which also run tasks) or self-hosted Kubernetes control-plane nodes (which do not).
                manager: platform.runs_tasks_as_manager(i as u32, sc.platform.managers) || (i as u32) >= regular + sc.platform.gpu_nodes,
                alive: true,
                api_ready: true,
                heartbeat_phase: whole_second_phase(&mut rng, heartbeat),
                gossip_phase: 0,
                last_heartbeat: 0,
                back_at: None,
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
        platform.draw_node_phases(&mut nodes, &mut rng, t);
        let services = &sc.topology.services;
        let order: Vec<SvcId> = sc.dependency_order().unwrap_or_else(|| (0..services.len()).collect()).into_iter().map(SvcId::at).collect();
        let deps: Vec<Vec<SvcId>> = services.iter().map(|s| s.depends_on.iter().filter_map(|d| sc.topology.service_index(d)).map(SvcId::at).collect()).collect();
        let entry = sc.traffic.as_ref().and_then(|tr| sc.topology.service_index(&tr.entry)).map(SvcId::at);
        let reached_from = reached(&order, &deps, entry);
        let n = services.len();
        let controllers = Controllers::new(services, platform);
        let autoscaled = platform.autoscales() && services.iter().any(|s| s.autoscale.is_some());
        let hpa = autoscaled.then(|| autoscaler::Hpa::new(hpa_phase, metrics_phase, services, &controllers));
        let mut sim = Sim {
            sc,
            t,
            platform,
            now: SimTime::ZERO,
            end: SimTime::ZERO.plus(sc.duration),
            seq: 0,
            queue: BinaryHeap::new(),
            world: World::new(nodes, n),
            controllers,
            order,
            deps,
            node_monitor: node_lifecycle::NodeMonitor { phase: monitor_phase },
            flow: Flow::new(sc.traffic.as_ref().map_or(0.0, |t| t.rps as f64), entry, n, reached_from),
            trace: Vec::new(),
            changes: Vec::new(),
            outages: outages::Outages::new(n),
            quorum: quorum::Quorum::new(),
            reschedule: Reschedule::default(),
            handled: 0,
            stopped_early: None,
            concluded: false,
            hpa,
            volumes: swarm::Volumes::new(n),
            recreated: Vec::new(),
        };
        // The application has been running for a long time when the scenario starts.
        for si in SvcId::all(n) {
            let want = sim.svc_state(si).desired;
            let name = sim.service_name(si);
            let order: Vec<u64> = sim.world.nodes.iter().map(|node| rendezvous(&name, &node.name)).collect();
            for _ in 0..want {
                let rep = sim.new_rep(si, None);
                match sim.place_initial(rep, &order) {
                    Some(node) => {
                        sim.bind(rep, node);
                        let platform = sim.platform;
                        platform.bound(&mut sim, rep, node);
                        let r = sim.world.rep_mut(rep);
                        r.process_up = true;
                        r.initial = true;
                        sim.world.set_app_up(rep, true);
                        sim.world.set_listed(rep, true);
                        sim.set_state(rep, ReplicaState::Running);
                    }
                    None => {
                        sim.set_state(rep, ReplicaState::Pending);
                        let need = sim.unschedulable_reason(rep);
                        let name = sim.rep_name(rep);
                        sim.log(TraceKind::Pending, &name, Cause::Pending { why: None, rep: name.clone(), need });
                    }
                }
            }
        }
        for (i, f) in sc.faults.iter().enumerate() {
            sim.push(f.at, Ev::Fault(i));
        }
        sim.observe(SvcId::all(n));
        sim.world.take_touched();
        sim
    }

    // ------------------------------------------------------------ plumbing

    /// Schedules `ev` (any mechanism's event) at `at`, or now if `at` is past. Inlined: the
    /// conversion folds into each call site, which then calls the one [`Sim::push_event`].
    #[inline(always)]
    pub(crate) fn push(&mut self, at: SimTime, ev: impl Into<Ev>) {
        self.push_event(at, ev.into());
    }

    fn push_event(&mut self, at: SimTime, ev: Ev) {
        self.seq += 1;
        self.queue.push(Reverse(Queued { at: at.max(self.now), seq: self.seq, ev }));
    }

    pub(crate) fn log(&mut self, kind: TraceKind, subject: &str, cause: Cause) {
        if self.trace.len() < MAX_TRACE {
            self.trace.push(TraceEvent { t: self.now, kind, subject: subject.to_string(), cause });
        } else if self.trace.len() == MAX_TRACE {
            let cause = Cause::TraceCut { max: MAX_TRACE };
            self.trace.push(TraceEvent { t: self.now, kind: TraceKind::TraceTruncated, subject: String::new(), cause });
        }
    }

    pub(crate) fn rep_name(&self, rep: RepId) -> String {
        self.world.rep(rep).name.clone()
    }

    pub(crate) fn node_name(&self, node: NodeId) -> String {
        self.world.node(node).name.clone()
    }

    /// Service `si` of the topology; a missing one is a broken invariant and fails loudly.
    pub(crate) fn service(&self, si: SvcId) -> &'a Service {
        let services = &self.sc.topology.services;
        services.get(si.index()).unwrap_or_else(|| si.missing(services.len()))
    }

    pub(crate) fn service_name(&self, si: SvcId) -> String {
        self.service(si).name.clone()
    }

    pub(crate) fn rep_service(&self, rep: RepId) -> &'a Service {
        self.service(self.world.rep(rep).service())
    }

    pub(crate) fn kind(&self) -> PlatformKind {
        self.sc.platform.kind
    }

    /// Every service's id, in topology order.
    pub(crate) fn service_ids(&self) -> impl DoubleEndedIterator<Item = SvcId> + Clone + use<'a> {
        SvcId::all(self.sc.topology.services.len())
    }

    pub(crate) fn rep_epoch(&self, rep: RepId) -> Option<u32> {
        let r = self.world.rep(rep);
        (!r.gone()).then_some(r.epoch)
    }

    pub(crate) fn node_alive(&self, node: Option<NodeId>) -> bool {
        node.is_some_and(|n| self.world.node(n).alive())
    }

    pub(crate) fn set_state(&mut self, rep: RepId, state: ReplicaState) {
        let now = self.now;
        let r = self.world.rep_mut(rep);
        if state == ReplicaState::Running {
            if r.ready_since.is_none() {
                r.ready_since = Some(now);
            }
            r.ever_ready = true;
        } else {
            r.ready_since = None;
        }
        r.state = state;
        self.changes.push(Change::Replica { t: now, rep: rep.0, node: r.node().map(|n| n.0), state });
        let si = r.service();
        self.controllers.touch(si);
        self.autoscaled_changed(si);
    }

    /// Notes for the autoscaler that a pod or the desired count of service `si` changed.
    pub(crate) fn autoscaled_changed(&mut self, si: SvcId) {
        let autoscaled = self.service(si).autoscale.is_some();
        if let (true, Some(h)) = (autoscaled, self.hpa.as_mut()) {
            h.changed = true;
        }
    }

    pub(crate) fn set_node_state(&mut self, node: NodeId, state: NodeState) {
        self.changes.push(Change::Node { t: self.now, node: node.0, state });
    }

    /// Removes a replica for good (its node confirmed it stopped, or it was force-deleted).
    pub(crate) fn remove(&mut self, rep: RepId) {
        if let Some(node) = self.world.rep(rep).node() {
            self.reschedule.nodes.insert(node);
        }
        self.unbind(rep);
        let si = self.world.rep(rep).service();
        self.autoscaled_changed(si);
        self.controllers.touch(si);
        self.world.remove(rep);
        self.changes.push(Change::Removed { t: self.now, rep: rep.0 });
    }

    /// Whether a replica of service `si` holds `slot` (StatefulSet ordinal, Swarm slot). A deleted
    /// StatefulSet pod keeps its identity until it is gone; a failed Swarm task keeps its slot until
    /// it is replaced.
    pub(crate) fn slot_held(&self, si: SvcId, slot: u32) -> bool {
        self.world.slot_held(si, slot)
    }

    /// A new replica of service `si` with the service's target version, not yet on a node, in `slot`
    /// (the lowest free one when `None`); StatefulSet and Swarm names follow the slot.
    pub(crate) fn new_rep(&mut self, si: SvcId, slot: Option<u32>) -> RepId {
        let svc = self.service(si);
        let slot = slot.unwrap_or_else(|| self.world.lowest_free_slot(si));
        let st = self.svc_state_mut(si);
        let number = st.next_number;
        st.next_number += 1;
        let version = st.target;
        // The most recent replica of the service that was lost or shut down, and not yet stood in for.
        let replaces = self.world.newest_to_stand_in_for(si);
        if let Some(old) = replaces {
            self.world.stand_in(old);
        }
        let name = self.platform.replica_name(svc, slot, number);
        self.world.add(si, name, slot, version, replaces)
    }

    /// Marks the replica's process as stopped and invalidates its pending events.
    pub(crate) fn stop_process(&mut self, rep: RepId, leave_endpoints: bool) {
        self.world.stop(rep, leave_endpoints);
    }

    /// The replicas bound to `node` that are not gone, in creation order.
    pub(crate) fn reps_on(&self, node: NodeId) -> Vec<RepId> {
        self.world.on_node(node)
    }

    /// Service `si`'s replicas that are neither gone nor deleted, in creation order.
    pub(crate) fn reps_of(&self, si: SvcId) -> Vec<RepId> {
        self.world.live_of(si)
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
        let Some(Reverse(Queued { at, ev, .. })) = self.queue.pop() else { return false };
        if at > self.end {
            return false;
        }
        if self.handled >= MAX_EVENTS {
            self.now = at;
            self.end = at;
            let cause = Cause::RunStopped { at, max_events: MAX_EVENTS };
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
        let moved = self.flow.stale(&self.world);
        if moved {
            self.refresh_rates();
        }
        self.autoscaler_after_event(moved);
        true
    }

    /// Whether an event scheduled for replica `rep` at its `epoch` still applies (the replica is
    /// not gone and has not changed since).
    pub(crate) fn rep_current(&self, rep: RepId, epoch: u32) -> bool {
        self.rep_epoch(rep) == Some(epoch)
    }

    /// Whether an event scheduled for `node` at its `epoch` still applies.
    pub(crate) fn node_current(&self, node: NodeId, epoch: u32) -> bool {
        self.world.node(node).epoch == epoch
    }

    // ------------------------------------------------------------ observation

    /// Endpoints and answering endpoints per service.
    /// A removed pod whose endpoint removal has not reached kube-proxy yet still counts, as dead.
    pub(crate) fn endpoint_counts(&self) -> (Vec<u32>, Vec<u32>) {
        self.world.endpoint_counts()
    }

    fn finish(self) -> Run {
        let nodes = self.world.nodes.iter().map(|n| NodeInfo { name: n.name.clone(), zone: n.zone }).collect();
        let replicas = self.world.all().map(|r| ReplicaInfo { name: r.name.clone(), service: r.service().0, replaces: r.replaces.map(|x| x.0), version: self.version_name(r.service(), r.version()) }).collect();
        let (handled, stopped_early) = (self.handled, self.stopped_early);
        let requests = self.flow.served.iter().zip(&self.flow.failed).map(|(&s, &f)| (s.round() as u64, f.round() as u64)).collect();
        let mut run = Run::new(self.sc, nodes, replicas, self.changes, self.trace, self.outages.avail, requests, self.end);
        for ((s, &over), left) in run.services.iter_mut().zip(&self.flow.overload_time).zip(self.volumes.into_left_behind()) {
            s.overloaded = over;
            s.data_left_behind = left;
        }
        // A service stopped by choice (0 replicas, none ever ran) has no outage of its own: only
        // the run's end tells, so the "down" said for it at the start goes.
        let stopped: Vec<String> = run.services.iter().filter(|s| s.stopped).map(|s| s.name.clone()).collect();
        if !stopped.is_empty() {
            run.trace.retain(|e| !(matches!(e.kind, TraceKind::ServiceDown | TraceKind::ServiceUp) && stopped.contains(&e.subject)));
        }
        run.events_handled = handled;
        run.stopped_early = stopped_early;
        run.flow = self.flow.series;
        run.recreated = self.recreated;
        run
    }
}
