//! Availability from the diagram: series/parallel maths over the entry service's dependency chain.
//!
//! Failure rates (MTBF) are user settings (assumptions, labelled so). Repair times (MTTR) are not
//! guessed: each comes from the engine — one crash of a replica, one death of its node — so they
//! follow the documented defaults and include the operator's reaction where the platform does not
//! heal by itself.

use crate::engine::Stepper;
use crate::run::Run;
use crate::scenario::{Fault, FaultKind, NodeRef, Scenario};
use crate::time::{SimDuration, SimTime};
use crate::topology::PlatformKind;

/// Minutes in a 30-day month (prices.md's availability arithmetic) [min].
pub const MONTH_MINUTES: f64 = 30.0 * 24.0 * 60.0;
/// Minutes in a year [min].
pub const YEAR_MINUTES: f64 = 365.0 * 24.0 * 60.0;

/// How often things fail. Not documented defaults: assumptions for the user to set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FailureRates {
    /// Mean time between failures of a node or host [h] (assumption: once a year).
    pub node_mtbf_hours: f64,
    /// Mean time between crashes of one replica [h] (assumption: once a month).
    pub replica_mtbf_hours: f64,
}

impl Default for FailureRates {
    fn default() -> Self {
        FailureRates { node_mtbf_hours: 8_760.0, replica_mtbf_hours: 720.0 }
    }
}

/// One service's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceAvailability {
    /// Service name.
    pub name: String,
    /// Replicas on this platform [count].
    pub replicas: u32,
    /// Time one replica is out after a crash, from the engine [ms].
    pub mttr_crash: SimDuration,
    /// Time one replica is out after its node dies, from the engine [ms].
    pub mttr_node: SimDuration,
    /// The service's availability on its own [0..1].
    pub availability: f64,
    /// A single crash or node failure takes the users' entry service down.
    pub single_point_of_failure: bool,
}

/// The estimate for one platform.
#[derive(Clone, Debug, PartialEq)]
pub struct AvailabilityEstimate {
    /// The platform.
    pub platform: PlatformKind,
    /// Per service (those on the entry's dependency chain first… all services, in topology order).
    pub services: Vec<ServiceAvailability>,
    /// Availability users see: the entry and everything it depends on, in series [0..1].
    pub availability: f64,
    /// Downtime per 30-day month [min].
    pub month_minutes: f64,
    /// Downtime per year [min].
    pub year_minutes: f64,
}

impl AvailabilityEstimate {
    /// Number of nines, e.g. 3.0 for 99.9 %.
    pub fn nines(&self) -> f64 {
        let u = (1.0 - self.availability).max(1e-12);
        -u.log10()
    }

    /// Error budget of an SLA target (e.g. 99.9) per month [min], and how much of it this uses [0..].
    pub fn budget(&self, target_percent: f64) -> (f64, f64) {
        let budget = (1.0 - target_percent / 100.0).max(0.0) * MONTH_MINUTES;
        let used = if budget > 0.0 { self.month_minutes / budget } else { f64::INFINITY };
        (budget, used)
    }
}

/// The scenario of one failure at 1 min with nothing else going on, long enough for the operator
/// to react and the service to come back.
fn single_failure(sc: &Scenario, kind: FaultKind) -> Scenario {
    let mut s = sc.clone();
    s.faults = vec![Fault { at: SimTime(60_000), kind }];
    s.traffic = None;
    s.duration = SimDuration::from_hours(24).max(sc.timings.operator_reaction.saturating_add(SimDuration::from_hours(2)));
    s
}

/// What one single-failure run says about a service.
#[derive(Clone, Copy)]
struct Outcome {
    /// How long after the failure the service was back at full strength.
    back: Option<SimDuration>,
    /// Its own failure (its replicas down, not a neighbour's on the same node) took the users'
    /// entry service down.
    hits_entry: bool,
}

impl Outcome {
    fn of(run: Option<&Run>, service: &str, entry: &str) -> Outcome {
        let start = SimTime(60_000);
        Outcome {
            back: run.and_then(|r| r.service(service)).and_then(|x| x.full_strength_at).map(|t| t.since(start)),
            hits_entry: run.is_some_and(|r| {
                r.service(service).is_some_and(|x| x.own_downtime > SimDuration::ZERO) && r.service(entry).is_some_and(|x| x.downtime > SimDuration::ZERO)
            }),
        }
    }
}

/// The estimate in the making: two single-failure runs per service (a crash of one replica, the
/// death of its node), advanced a bounded number of engine events at a time so the app can spread
/// it over several tasks. The result does not depend on how it was divided.
pub struct Estimation {
    sc: Scenario,
    rates: FailureRates,
    /// The users' entry service (the first service without traffic).
    entry: String,
    /// Per service, in topology order: the crash run's outcome, then the node run's.
    outcomes: Vec<Outcome>,
    /// The run in progress, with the service it is about.
    current: Option<(Stepper, String)>,
}

impl Estimation {
    /// Starts the estimate for `sc`'s platform at `rates`.
    pub fn new(sc: Scenario, rates: FailureRates) -> Estimation {
        let entry = sc.traffic.as_ref().and_then(|t| sc.topology.service_index(&t.entry)).unwrap_or(0);
        let entry = sc.topology.services.get(entry).map(|s| s.name.clone()).unwrap_or_default();
        Estimation { sc, rates, entry, outcomes: Vec::new(), current: None }
    }

    /// (single-failure runs done, runs in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.outcomes.len(), self.sc.topology.services.len() * 2)
    }

    /// Handles up to about `events` engine events (starting a run counts as one); true once every
    /// run is done.
    pub fn advance(&mut self, events: u64) -> bool {
        let mut budget = events.max(1);
        loop {
            if self.current.is_none() {
                let k = self.outcomes.len();
                let Some(s) = self.sc.topology.services.get(k / 2) else { return true };
                let kind = if k.is_multiple_of(2) { FaultKind::Crash(s.name.clone()) } else { FaultKind::KillNode(NodeRef::Running(s.name.clone())) };
                let name = s.name.clone();
                match Stepper::new(single_failure(&self.sc, kind)) {
                    Ok(stepper) => self.current = Some((stepper, name)),
                    Err(_) => {
                        self.outcomes.push(Outcome::of(None, &name, &self.entry));
                        continue;
                    }
                }
                budget = budget.saturating_sub(1);
            }
            let Some((stepper, _)) = self.current.as_mut() else { continue };
            let before = stepper.handled();
            let done = stepper.advance(budget);
            budget = budget.saturating_sub(stepper.handled() - before);
            if !done {
                return false;
            }
            if let Some((stepper, name)) = self.current.take() {
                let run = stepper.finish();
                self.outcomes.push(Outcome::of(Some(&run), &name, &self.entry));
            }
            if budget == 0 {
                return self.outcomes.len() >= self.sc.topology.services.len() * 2;
            }
        }
    }

    /// The estimate: the runs not yet done are done first.
    pub fn finish(mut self) -> AvailabilityEstimate {
        while !self.advance(u64::MAX) {}
        combine(&self.sc, self.rates, &self.outcomes)
    }
}

/// Services `entry` needs, itself included.
fn chain(sc: &Scenario, entry: usize) -> Vec<usize> {
    let mut out = vec![entry];
    let mut i = 0;
    while let Some(&s) = out.get(i) {
        for d in sc.topology.services.get(s).map(|x| x.depends_on.as_slice()).unwrap_or(&[]) {
            if let Some(j) = sc.topology.service_index(d) {
                if !out.contains(&j) {
                    out.push(j);
                }
            }
        }
        i += 1;
    }
    out
}

/// Estimates the availability users see on `sc`'s platform (at once; [`Estimation`] in steps).
pub fn estimate(sc: &Scenario, rates: FailureRates) -> AvailabilityEstimate {
    Estimation::new(sc.clone(), rates).finish()
}

/// The estimate from the single-failure outcomes (per service: crash, then node).
fn combine(sc: &Scenario, rates: FailureRates, outcomes: &[Outcome]) -> AvailabilityEstimate {
    let platform = sc.platform.kind;
    let entry = sc.traffic.as_ref().and_then(|t| sc.topology.service_index(&t.entry)).unwrap_or(0);
    let lam_node = 1.0 / rates.node_mtbf_hours.max(1e-9);
    let lam_rep = 1.0 / rates.replica_mtbf_hours.max(1e-9);
    let hours = |d: SimDuration| d.as_secs_f64() / 3_600.0;
    let mut services = Vec::new();
    let mut host_mttr = SimDuration::ZERO;
    for (i, s) in sc.topology.services.iter().enumerate() {
        let replicas = s.replicas_on(platform);
        let (Some(crash), Some(node)) = (outcomes.get(2 * i), outcomes.get(2 * i + 1)) else {
            panic!("availability invariant broken: no single-failure runs for service #{i}")
        };
        let mttr_crash = crash.back.unwrap_or_default();
        let mttr_node = node.back.unwrap_or_default();
        host_mttr = host_mttr.max(mttr_node);
        // A single point of failure: its own failure takes the users' entry service down.
        let spof = replicas > 0 && (crash.hits_entry || node.hits_entry);
        // Unavailability of one replica: crashes (and, on a cluster, its node).
        let crash_u = lam_rep * hours(mttr_crash);
        let (availability, _) = if replicas == 0 {
            (0.0, 0.0)
        } else if platform == PlatformKind::Compose {
            // Replicas share the host: its failures are common to all of them (counted once below).
            (1.0 - crash_u.min(1.0).powi(replicas as i32), 0.0)
        } else {
            let u = (crash_u + lam_node * hours(mttr_node)).min(1.0);
            (1.0 - u.powi(replicas as i32), 0.0)
        };
        services.push(ServiceAvailability { name: s.name.clone(), replicas, mttr_crash, mttr_node, availability, single_point_of_failure: spof });
    }
    let mut a: f64 = chain(sc, entry).iter().filter_map(|&i| services.get(i)).map(|s| s.availability).product();
    if platform == PlatformKind::Compose {
        a *= 1.0 - (lam_node * hours(host_mttr)).min(1.0);
    }
    let u = (1.0 - a).clamp(0.0, 1.0);
    AvailabilityEstimate { platform, services, availability: a, month_minutes: u * MONTH_MINUTES, year_minutes: u * YEAR_MINUTES }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::builtin;

    #[test]
    fn feastflow_compose_is_one_chain_of_single_points_of_failure() {
        let (sc, _) = builtin("feastflow").expect("preset").on_platform(PlatformKind::Compose);
        let est = estimate(&sc, FailureRates::default());
        assert!(est.services.iter().all(|s| s.single_point_of_failure));
        // restart: no ⇒ a crash is repaired by the operator: 15 min + start-up.
        let backend = est.services.iter().find(|s| s.name == "backend").expect("backend");
        assert_eq!(backend.mttr_crash, SimDuration::from_secs(15 * 60 + 5));
        // By hand: crash unavailability per service = (1/720 h) × MTTR; host: (1/8760 h) × (15 min + 8 s).
        let u = |secs: f64| secs / 3_600.0 / 720.0;
        // frontend 15 min + 2 s, backend + 5 s, postgres + 8 s; the host comes back with everything at 15 min 8 s.
        let expected = (1.0 - u(902.0)) * (1.0 - u(905.0)) * (1.0 - u(908.0)) * (1.0 - 908.0 / 3_600.0 / 8_760.0);
        assert!((est.availability - expected).abs() < 1e-12, "{} vs {expected}", est.availability);
    }

    #[test]
    fn feastflow_kubernetes_single_point_of_failure_is_the_database() {
        let (sc, _) = builtin("feastflow").expect("preset").on_platform(PlatformKind::Kubernetes);
        let est = estimate(&sc, FailureRates::default());
        let spof: Vec<_> = est.services.iter().filter(|s| s.single_point_of_failure).map(|s| s.name.as_str()).collect();
        assert_eq!(spof, vec!["postgres"]);
        // postgres after its node dies: operator 15 min + forced detach 6 min + 8 s start-up + probe at 10 s.
        let pg = est.services.iter().find(|s| s.name == "postgres").expect("postgres");
        assert_eq!(pg.mttr_node, SimDuration::from_secs(15 * 60 + 6 * 60 + 10));
        let compose = estimate(&builtin("feastflow").expect("preset").on_platform(PlatformKind::Compose).0, FailureRates::default());
        assert!(est.availability > compose.availability);
        let (budget, _) = est.budget(99.9);
        assert!((budget - 43.2).abs() < 1e-9, "99.9 % allows 43 min 12 s a month");
    }
}
