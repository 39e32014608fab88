//! A scenario: an application on a platform, the faults injected into it, a seed and a duration.

use crate::defaults::Timings;
use crate::time::{SimDuration, SimTime};
use crate::topology::{Platform, PlatformKind, Topology};
use std::fmt;

/// Largest number of nodes a scenario may have [count].
pub const MAX_NODES: u32 = 1_000;
/// Largest number of replicas one service may have [count].
pub const MAX_REPLICAS: u32 = 10_000;
/// Longest scenario [ms]: one year of simulated time.
pub const MAX_DURATION: SimDuration = SimDuration::from_hours(24 * 366);

/// Which node a fault hits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeRef {
    /// The node with this name ("host", "node-2").
    Named(String),
    /// The node where this service's first running replica is at that moment.
    Running(String),
}

/// What goes wrong (or is repaired).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// The node/host loses power: every container on it stops and it sends no more status.
    KillNode(NodeRef),
    /// One replica's process exits (the first running one, in creation order).
    Crash(String),
}

/// A fault at a moment of simulated time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// When it happens.
    pub at: SimTime,
    /// What happens.
    pub kind: FaultKind,
}

/// Everything one simulation run needs. Same scenario ⇒ same trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The application.
    pub topology: Topology,
    /// Where it runs.
    pub platform: Platform,
    /// The platform defaults in force (documented unless overridden).
    pub timings: Timings,
    /// Injected faults, in any order.
    pub faults: Vec<Fault>,
    /// Seed of the SplitMix64 stream that sets heartbeat and controller phases.
    pub seed: u64,
    /// How much simulated time to run [ms].
    pub duration: SimDuration,
}

/// Why a scenario cannot be run, naming the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// Path of the offending field, e.g. `services[1].depends_on`.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ScenarioError {}

fn err(field: impl Into<String>, message: impl Into<String>) -> ScenarioError {
    ScenarioError { field: field.into(), message: message.into() }
}

impl Scenario {
    /// Checks names, references, numbers and dependency cycles; the engine only runs valid scenarios.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let p = &self.platform;
        if p.kind != PlatformKind::Compose && !(1..=MAX_NODES).contains(&p.nodes) {
            return Err(err("platform.nodes", format!("must be between 1 and {MAX_NODES}, got {}", p.nodes)));
        }
        if p.node_cpu_millis == 0 || p.node_memory_mib == 0 {
            return Err(err("platform.node size", "a node needs some CPU and memory"));
        }
        if self.duration > MAX_DURATION {
            return Err(err("duration", format!("at most {} of simulated time", MAX_DURATION.human())));
        }
        if self.topology.services.is_empty() {
            return Err(err("services", "the application has no services"));
        }
        for (i, s) in self.topology.services.iter().enumerate() {
            let f = |name: &str| format!("services[{i}].{name}");
            if s.name.trim().is_empty() {
                return Err(err(f("name"), "a service needs a name"));
            }
            if self.topology.services.iter().filter(|o| o.name == s.name).count() > 1 {
                return Err(err(f("name"), format!("two services are called \"{}\"", s.name)));
            }
            if s.replicas > MAX_REPLICAS || s.compose_replicas.is_some_and(|r| r > MAX_REPLICAS) {
                return Err(err(f("replicas"), format!("at most {MAX_REPLICAS}")));
            }
            if s.startup > SimDuration::from_hours(24) {
                return Err(err(f("startup"), "a start-up of more than a day is not plausible"));
            }
            for d in &s.depends_on {
                if self.topology.service_index(d).is_none() {
                    return Err(err(f("depends_on"), format!("no service is called \"{d}\"")));
                }
                if d == &s.name {
                    return Err(err(f("depends_on"), "a service cannot depend on itself"));
                }
            }
        }
        if self.dependency_order().is_none() {
            return Err(err("services.depends_on", "the dependencies form a cycle"));
        }
        let nodes = p.node_names();
        for (i, fault) in self.faults.iter().enumerate() {
            let f = format!("events[{i}]");
            if fault.at.since(SimTime::ZERO) > self.duration {
                return Err(err(format!("{f}.at"), format!("{} is after the end of the scenario ({})", fault.at, SimTime::ZERO.plus(self.duration))));
            }
            match &fault.kind {
                FaultKind::KillNode(NodeRef::Named(n)) if !nodes.contains(n) => {
                    return Err(err(format!("{f}.kill_node"), format!("no node is called \"{n}\" (nodes: {})", nodes.join(", "))));
                }
                FaultKind::KillNode(NodeRef::Running(s)) | FaultKind::Crash(s) if self.topology.service_index(s).is_none() => {
                    return Err(err(f, format!("no service is called \"{s}\"")));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Service indices so that every service comes after the ones it depends on; `None` on a cycle
    /// or an unknown dependency.
    pub fn dependency_order(&self) -> Option<Vec<usize>> {
        let services = &self.topology.services;
        let mut order = Vec::with_capacity(services.len());
        let mut state = vec![0u8; services.len()]; // 0 new, 1 visiting, 2 done
        fn visit(i: usize, t: &Topology, state: &mut [u8], order: &mut Vec<usize>) -> bool {
            match state.get(i).copied() {
                Some(2) => return true,
                Some(1) | None => return false,
                _ => {}
            }
            if let Some(s) = state.get_mut(i) {
                *s = 1;
            }
            let deps = t.services.get(i).map(|s| s.depends_on.as_slice()).unwrap_or(&[]);
            for d in deps {
                match t.service_index(d) {
                    Some(j) if visit(j, t, state, order) => {}
                    _ => return false,
                }
            }
            if let Some(s) = state.get_mut(i) {
                *s = 2;
            }
            order.push(i);
            true
        }
        for i in 0..services.len() {
            if !visit(i, &self.topology, &mut state, &mut order) {
                return None;
            }
        }
        Some(order)
    }
}
