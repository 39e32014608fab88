//! Availability from the diagram: series/parallel maths over the entry service's dependency chain.
//!
//! Failure rates (MTBF) are user settings (assumptions, labelled so). Repair times (MTTR) are not
//! guessed: each comes from the engine — one crash of a replica, one hang, one death of its node —
//! so they follow the documented defaults and include the operator's reaction where the platform
//! does not heal by itself (a hung container on Compose, a hung pod without a liveness probe). A
//! deploy's cost comes from simulating one on the platform, never from a constant. The runs
//! ([`Estimation`], in steps) give [`Repairs`]; the rates and the deploys a day turn them into an
//! [`AvailabilityEstimate`] at once ([`Repairs::estimate`]).

use crate::engine::Stepper;
use crate::run::{Run, TraceKind};
use crate::scenario::{Fault, Scenario};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, ServiceKind};

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
    /// Mean time between hangs of one replica: the process stays alive but stops answering (a
    /// deadlock, an exhausted pool) [h] (assumption: once a quarter, 2,190 h).
    pub hang_mtbf_hours: f64,
}

/// Hours in a quarter of a 365-day year [h]: the assumed time between hangs of one replica.
pub const HANG_MTBF_HOURS: f64 = 8_760.0 / 4.0;

impl Default for FailureRates {
    fn default() -> Self {
        FailureRates { node_mtbf_hours: 8_760.0, replica_mtbf_hours: 720.0, hang_mtbf_hours: HANG_MTBF_HOURS }
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
    /// Time one replica is out after it hangs, from the engine [ms] (the operator's reaction where
    /// nothing on the platform restarts a hung container).
    pub mttr_hang: SimDuration,
    /// The service's availability on its own [0..1].
    pub availability: f64,
    /// A single point of failure, the same rule on every platform: it is on the users' entry
    /// service's dependency chain (the entry included) and one failure of it takes the entry down —
    /// it runs one replica (a crash stops it), or its one simulated crash, hang or node failure
    /// stopped every replica all the same (all of them on one host). A service off the chain never
    /// is one: on Compose the host's death stops it with everything else, but that is the host's
    /// failure, not the service's.
    pub single_point_of_failure: bool,
    /// A node failure brings it back on another node with an empty volume, its data left on the
    /// dead node: counted as down until the operator acts (`mttr_node` says so).
    pub data_left_behind: bool,
    /// On the users' entry service's dependency chain (the entry included): its availability
    /// counts in the users' figure.
    pub on_entry_chain: bool,
}

/// What one deploy costs on a platform, from simulating it: every service of the team's own code
/// (frontends, backends, workers; the entry service when there is none) gets a new, working version
/// at once, as a release does.
#[derive(Clone, Debug, PartialEq)]
pub struct DeployCost {
    /// The services the simulated deploy released.
    pub services: Vec<String>,
    /// Time the users' entry service could not answer during one deploy [ms].
    pub down: SimDuration,
    /// Downtime of the deploys per 30-day month [min].
    pub month_minutes: f64,
}

/// Where the expected downtime comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A replica's process exits.
    Crash,
    /// A replica stops answering, its process alive.
    Hang,
    /// A node (Compose: the host) dies.
    Node,
    /// A deploy.
    Deploy,
}

/// One share of the expected downtime users see.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// What fails.
    pub mode: Mode,
    /// The service it happens to (`None`: the host, or the application's deploys).
    pub service: Option<String>,
    /// Downtime per 30-day month it accounts for [min].
    pub month_minutes: f64,
}

/// The estimate for one platform.
#[derive(Clone, Debug, PartialEq)]
pub struct AvailabilityEstimate {
    /// The platform.
    pub platform: PlatformKind,
    /// Per service, in topology order.
    pub services: Vec<ServiceAvailability>,
    /// Availability users see: the entry and everything it depends on, in series, and the deploys
    /// [0..1].
    pub availability: f64,
    /// Share of the users' requests answered: every crash, hang, node failure and deploy costs the
    /// requests it failed in its simulation (a dead endpoint still listed, a replica hung behind
    /// its load balancer), at the failure rates [0..1].
    pub request_success: f64,
    /// What one deploy costs.
    pub deploy: DeployCost,
    /// Where the downtime comes from, largest first (first-order shares).
    pub contributions: Vec<Contribution>,
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

/// When the failure of every single-failure run happens.
const FAILURE_AT: SimTime = SimTime(60_000);

/// The scenario of `faults` at 1 min with nothing else going on, long enough for the operator to
/// react and the service to come back.
fn single_failure(sc: &Scenario, faults: Vec<Fault>) -> Scenario {
    let mut s = sc.clone();
    s.faults = faults.into_iter().map(|f| f.at(FAILURE_AT)).collect();
    s.traffic = None;
    s.duration = SimDuration::from_hours(24).max(sc.timings.operator_reaction.saturating_add(SimDuration::from_hours(2)));
    s
}

/// What one single-failure run says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// How long after the failure the service was back at full strength (the rest of the run when
    /// it never was) [ms].
    pub back: SimDuration,
    /// Its own failure (its replicas down, not a neighbour's on the same node) took the users'
    /// entry service down.
    pub hits_entry: bool,
    /// Time the entry service could not answer [ms].
    pub entry_down: SimDuration,
    /// The entry's failed requests as time at full outage [ms].
    pub entry_failed: SimDuration,
    /// The node the run killed, for a node failure.
    pub node: Option<String>,
    /// The service came back on another node with an empty volume, its data left on the dead one
    /// (Swarm: no local-volume affinity).
    pub data_left_behind: bool,
    /// Some service of the application did (its users lose what it held).
    pub any_data_left_behind: bool,
}

impl Outcome {
    fn of(run: Option<&Run>, service: Option<&str>, entry: &str) -> Outcome {
        let Some(run) = run else { return Outcome::default() };
        let svc = service.and_then(|s| run.service(s));
        let entry = run.service(entry);
        let back = match svc {
            Some(x) if !x.full_at_end => run.end.since(FAILURE_AT),
            Some(x) => x.full_strength_at.map(|t| t.since(FAILURE_AT)).unwrap_or_default(),
            None => SimDuration::ZERO,
        };
        // What the entry was down before the failure (a service stopped on purpose on its chain)
        // is not the failure's doing.
        let before = entry.map_or(SimDuration::ZERO, |x| x.outages.iter().filter(|o| o.start < FAILURE_AT).map(|o| o.end.unwrap_or(run.end).since(o.start)).fold(SimDuration::ZERO, SimDuration::saturating_add));
        Outcome {
            back,
            hits_entry: svc.is_some_and(|x| x.own_downtime > SimDuration::ZERO) && entry.is_some_and(|x| x.downtime > before),
            entry_down: entry.map(|x| SimDuration(x.downtime.as_millis().saturating_sub(before.as_millis()))).unwrap_or_default(),
            entry_failed: entry.map(|x| SimDuration(x.failed_share.as_millis().saturating_sub(before.as_millis()))).unwrap_or_default(),
            node: run.trace.iter().find(|e| e.kind == TraceKind::NodeDown).map(|e| e.subject.clone()),
            data_left_behind: svc.is_some_and(|x| !x.data_left_behind.is_empty()),
            any_data_left_behind: run.services.iter().any(|x| !x.data_left_behind.is_empty()),
        }
    }
}

/// One service's single-failure runs.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceRepairs {
    /// Service name.
    pub name: String,
    /// Replicas on this platform [count].
    pub replicas: u32,
    /// One replica crashes.
    pub crash: Outcome,
    /// The node running its first replica dies.
    pub node: Outcome,
    /// One replica hangs.
    pub hang: Outcome,
}

/// What the engine says about one platform, before failure rates and deploys a day are applied:
/// per service a crash, a hang and the death of its node, and one deploy. Cheap to turn into an
/// estimate ([`Repairs::estimate`]) for any rates and situation.
#[derive(Clone, Debug, PartialEq)]
pub struct Repairs {
    /// The platform.
    pub platform: PlatformKind,
    /// Per service, in topology order.
    pub services: Vec<ServiceRepairs>,
    /// The users' entry service and what it depends on (indexes into `services`).
    pub chain: Vec<usize>,
    /// The simulated deploy.
    pub deploy: Outcome,
    /// The services it released.
    pub deployed: Vec<String>,
    /// The operator's reaction [ms]: a service whose data was left behind counts as down until then.
    pub operator: SimDuration,
}

/// The services a deploy releases: the team's own code (frontends, backends, workers), or the entry
/// service when the application has none.
pub fn deployed_services(sc: &Scenario) -> Vec<String> {
    let own: Vec<String> = sc
        .topology
        .services
        .iter()
        .filter(|s| s.replicas_on(sc.platform.kind) > 0 && matches!(s.kind, ServiceKind::Frontend | ServiceKind::Backend | ServiceKind::Worker))
        .map(|s| s.name.clone())
        .collect();
    if own.is_empty() {
        sc.topology.services.get(entry_index(sc)).map(|s| vec![s.name.clone()]).unwrap_or_default()
    } else {
        own
    }
}

/// The users' entry service, whose dependency chain the estimate and its single points of failure
/// follow: the traffic's, else the first.
pub fn entry_index(sc: &Scenario) -> usize {
    sc.traffic.as_ref().and_then(|t| sc.topology.service_index(&t.entry)).unwrap_or(0)
}

/// A single-failure run of the estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Job {
    /// The deploy.
    Deploy,
    /// Service `i`'s crash, node failure or hang.
    Service(usize, Mode),
}

/// The estimate in the making: three single-failure runs per service (a crash of one replica, the
/// death of its node, a hang) and one deploy, advanced a bounded number of engine events at a time
/// so the app can spread it over several tasks. The result does not depend on how it was divided.
pub struct Estimation {
    sc: Scenario,
    /// The users' entry service's name.
    entry: String,
    /// The runs, in order.
    jobs: Vec<Job>,
    /// Their outcomes so far, in the same order.
    outcomes: Vec<Outcome>,
    /// The run in progress.
    current: Option<Stepper>,
}

impl Estimation {
    /// Starts the runs for `sc`'s platform.
    pub fn new(sc: Scenario) -> Estimation {
        let entry = sc.topology.services.get(entry_index(&sc)).map(|s| s.name.clone()).unwrap_or_default();
        let mut jobs = vec![Job::Deploy];
        for i in 0..sc.topology.services.len() {
            jobs.extend([Job::Service(i, Mode::Crash), Job::Service(i, Mode::Node), Job::Service(i, Mode::Hang)]);
        }
        Estimation { sc, entry, jobs, outcomes: Vec::new(), current: None }
    }

    /// (single-failure runs done, runs in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.outcomes.len(), self.jobs.len())
    }

    /// The scenario of run `job`.
    fn scenario(&self, job: Job) -> Scenario {
        match job {
            Job::Deploy => {
                let faults = deployed_services(&self.sc).into_iter().map(|service| Fault::deploy(service, "v2", true)).collect();
                single_failure(&self.sc, faults)
            }
            Job::Service(i, mode) => {
                let name = self.sc.topology.services.get(i).map(|s| s.name.clone()).unwrap_or_else(|| panic!("availability invariant broken: no service #{i}"));
                let kind = match mode {
                    Mode::Crash => Fault::crash(name),
                    Mode::Hang => Fault::hang(name),
                    Mode::Node => Fault::kill_running(name),
                    Mode::Deploy => panic!("availability invariant broken: a deploy is not a service's run"),
                };
                single_failure(&self.sc, vec![kind])
            }
        }
    }

    /// Handles up to about `events` engine events (starting a run counts as one); true once every
    /// run is done.
    pub fn advance(&mut self, events: u64) -> bool {
        let mut budget = events.max(1);
        loop {
            let Some(&job) = self.jobs.get(self.outcomes.len()) else { return true };
            let service = match job {
                Job::Deploy => None,
                Job::Service(i, _) => self.sc.topology.services.get(i).map(|s| s.name.as_str()),
            };
            if self.current.is_none() {
                match Stepper::new(self.scenario(job)) {
                    Ok(stepper) => self.current = Some(stepper),
                    Err(_) => {
                        let outcome = Outcome::of(None, service, &self.entry);
                        self.outcomes.push(outcome);
                        continue;
                    }
                }
                budget = budget.saturating_sub(1);
            }
            let Some(stepper) = self.current.as_mut() else { continue };
            let before = stepper.handled();
            let done = stepper.advance(budget);
            budget = budget.saturating_sub(stepper.handled() - before);
            if !done {
                return false;
            }
            if let Some(stepper) = self.current.take() {
                let run = stepper.finish();
                let outcome = Outcome::of(Some(&run), service, &self.entry);
                self.outcomes.push(outcome);
            }
            if budget == 0 {
                return self.outcomes.len() >= self.jobs.len();
            }
        }
    }

    /// What the runs say: the runs not yet done are done first.
    pub fn finish(mut self) -> Repairs {
        while !self.advance(u64::MAX) {}
        let platform = self.sc.platform.kind;
        let mut outcomes = self.jobs.iter().copied().zip(self.outcomes);
        let deploy = match outcomes.next() {
            Some((Job::Deploy, o)) => o,
            _ => panic!("availability invariant broken: the deploy run comes first"),
        };
        let mut services = Vec::new();
        for (i, s) in self.sc.topology.services.iter().enumerate() {
            let mut take = |mode: Mode| match outcomes.next() {
                Some((Job::Service(j, m), o)) if j == i && m == mode => o,
                _ => panic!("availability invariant broken: the runs are not in the order they were started (service #{i})"),
            };
            let crash = take(Mode::Crash);
            let node = take(Mode::Node);
            let hang = take(Mode::Hang);
            services.push(ServiceRepairs { name: s.name.clone(), replicas: s.replicas_on(platform), crash, node, hang });
        }
        Repairs { platform, services, chain: chain(&self.sc, entry_index(&self.sc)), deploy, deployed: deployed_services(&self.sc), operator: self.sc.timings.operator_reaction }
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

/// Estimates the availability users see on `sc`'s platform at `rates` with the deploys a day of
/// its situation (at once; [`Estimation`] in steps).
pub fn estimate(sc: &Scenario, rates: FailureRates) -> AvailabilityEstimate {
    Estimation::new(sc.clone()).finish().estimate(rates, sc.situation.deploys_per_day)
}

impl Repairs {
    /// The estimate at `rates` with `deploys_per_day` deploys.
    ///
    /// Time up: each service's replicas in parallel (a replica is out λ × MTTR of the time for each
    /// way it fails: crash, hang and, on a cluster, its node), the entry's chain in series; on
    /// Compose the host's failures are common to every container and counted once; the deploys'
    /// downtime in series. Requests answered: every failure costs the requests it failed in its
    /// simulation, as often as it happens (first order: failures are rare and do not overlap).
    pub fn estimate(&self, rates: FailureRates, deploys_per_day: u32) -> AvailabilityEstimate {
        let platform = self.platform;
        let per_hour = |mtbf: f64| 1.0 / mtbf.max(1e-9);
        let (lam_node, lam_rep, lam_hang) = (per_hour(rates.node_mtbf_hours), per_hour(rates.replica_mtbf_hours), per_hour(rates.hang_mtbf_hours));
        let hours = |d: SimDuration| d.as_secs_f64() / 3_600.0;
        let compose = platform == PlatformKind::Compose;
        let mut services = Vec::new();
        let mut contributions = Vec::new();
        let mut host_mttr = SimDuration::ZERO;
        // A service back without its data is not back for its users: an assumption, labelled in the
        // Availability tab's notes — it counts as down until the operator acts (restores the dead
        // node's volume or a backup), as a pinned one waits for the operator to bring its node back.
        // (A crashed task's replacement may land on another node too, when the scheduler ranks another
        // one first; from a steady state the engine moves it once and keeps it there after: counted
        // for node failures only, as Monte Carlo counts it.)
        let fixed = |o: &Outcome| {
            let mut o = o.clone();
            if o.data_left_behind {
                o.back = o.back.max(self.operator);
            }
            if o.any_data_left_behind {
                o.entry_down = o.entry_down.max(self.operator);
                o.entry_failed = o.entry_failed.max(self.operator);
            }
            o
        };
        let runs: Vec<[Outcome; 3]> = self.services.iter().map(|s| [s.crash.clone(), s.hang.clone(), fixed(&s.node)]).collect();
        for (i, s) in self.services.iter().enumerate() {
            let on_chain = self.chain.contains(&i);
            let Some([crash, hang, node]) = runs.get(i) else { panic!("availability invariant broken: no runs for service #{i}") };
            host_mttr = host_mttr.max(node.back);
            let spof = on_chain && s.replicas > 0 && (s.replicas == 1 || s.crash.hits_entry || s.node.hits_entry || s.hang.hits_entry);
            // Unavailability of one replica, per way it fails.
            let mut parts = vec![(Mode::Crash, lam_rep * hours(crash.back)), (Mode::Hang, lam_hang * hours(hang.back))];
            if !compose {
                parts.push((Mode::Node, lam_node * hours(node.back)));
            }
            let u_rep: f64 = parts.iter().map(|(_, u)| u).sum::<f64>().min(1.0);
            let availability = if s.replicas == 0 { 0.0 } else { 1.0 - u_rep.powi(s.replicas as i32) };
            if on_chain && s.replicas > 0 && u_rep > 0.0 {
                let u_svc = u_rep.powi(s.replicas as i32);
                for (mode, u) in parts {
                    if u > 0.0 {
                        contributions.push(Contribution { mode, service: Some(s.name.clone()), month_minutes: u_svc * (u / u_rep) * MONTH_MINUTES });
                    }
                }
            }
            services.push(ServiceAvailability {
                name: s.name.clone(),
                replicas: s.replicas,
                mttr_crash: crash.back,
                mttr_node: node.back,
                mttr_hang: hang.back,
                availability,
                single_point_of_failure: spof,
                data_left_behind: node.data_left_behind,
                on_entry_chain: on_chain,
            });
        }
        let mut a: f64 = self.chain.iter().filter_map(|&i| services.get(i)).map(|s| s.availability).product();
        if compose {
            let u_host = (lam_node * hours(host_mttr)).min(1.0);
            a *= 1.0 - u_host;
            if u_host > 0.0 {
                contributions.push(Contribution { mode: Mode::Node, service: None, month_minutes: u_host * MONTH_MINUTES });
            }
        }
        let per_month = f64::from(deploys_per_day) * 30.0;
        let deploy_minutes = per_month * self.deploy.entry_down.as_secs_f64() / 60.0;
        let u_deploy = (deploy_minutes / MONTH_MINUTES).min(1.0);
        a *= 1.0 - u_deploy;
        if deploy_minutes > 0.0 {
            contributions.push(Contribution { mode: Mode::Deploy, service: None, month_minutes: deploy_minutes });
        }
        crate::order::sort_by(&mut contributions, |x, y| y.month_minutes.total_cmp(&x.month_minutes));
        // Requests: the entry's failed requests in each run, as often as that failure happens.
        let mut failed_hours = per_month / MONTH_MINUTES * 60.0 * hours(self.deploy.entry_failed);
        let mut nodes_seen: Vec<&str> = Vec::new();
        for (s, [crash, hang, node]) in self.services.iter().zip(&runs) {
            let n = f64::from(s.replicas);
            failed_hours += n * (lam_rep * hours(crash.entry_failed) + lam_hang * hours(hang.entry_failed));
            if let Some(name) = node.node.as_deref() {
                if !nodes_seen.contains(&name) {
                    nodes_seen.push(name);
                    failed_hours += lam_node * hours(node.entry_failed);
                }
            }
        }
        let request_success = (1.0 - failed_hours).clamp(0.0, 1.0);
        let u = (1.0 - a).clamp(0.0, 1.0);
        AvailabilityEstimate {
            platform,
            services,
            availability: a,
            request_success,
            deploy: DeployCost { services: self.deployed.clone(), down: self.deploy.entry_down, month_minutes: deploy_minutes },
            contributions,
            month_minutes: u * MONTH_MINUTES,
            year_minutes: u * YEAR_MINUTES,
        }
    }
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
        // A hang: Docker's HEALTHCHECK marks it unhealthy and restarts nothing; the operator's
        // `docker stop` at 15 min waits the 10 s stop grace for the hung process, then 5 s start-up.
        assert_eq!(backend.mttr_hang, SimDuration::from_secs(15 * 60 + 10 + 5));
        // A deploy releases frontend and backend at once (`docker compose up -d`: stop, then start):
        // the frontend answers again once the backend is up, 5 s.
        assert_eq!(est.deploy.services, vec!["frontend".to_string(), "backend".to_string()]);
        assert_eq!(est.deploy.down, SimDuration::from_secs(5));
        // By hand: per service (1/720 h) × crash MTTR + (1/2190 h) × hang MTTR; host:
        // (1/8760 h) × (15 min + 8 s); deploys: 1 a day × 30 × 5 s in a 30-day month.
        let u = |crash: f64, hang: f64| crash / 3_600.0 / 720.0 + hang / 3_600.0 / 2_190.0;
        // frontend 15 min + 2 s, backend + 5 s, postgres + 8 s; the host comes back with everything at 15 min 8 s.
        let deploys = 30.0 * 5.0 / (30.0 * 24.0 * 3_600.0);
        let expected = (1.0 - u(902.0, 912.0)) * (1.0 - u(905.0, 915.0)) * (1.0 - u(908.0, 918.0)) * (1.0 - 908.0 / 3_600.0 / 8_760.0) * (1.0 - deploys);
        assert_eq!(sc.situation.deploys_per_day, 1);
        assert!((est.availability - expected).abs() < 1e-12, "{} vs {expected}", est.availability);
        // One container each: every failed moment fails every request.
        assert!((est.request_success - est.availability).abs() < 1e-4, "{} vs {}", est.request_success, est.availability);
    }

    /// The users call `web` (two replicas), which needs `api` (one), which needs `db` (one); a
    /// `reports` worker of one replica is needed by nobody. `compose_replicas: 1` keeps `web` at one
    /// container on Compose too, so every platform runs the same replicas of each service.
    const CHAIN: &str = "
seed: 0
duration: 1h
platform: { kind: kubernetes, nodes: 3 }
services:
  - { name: web, replicas: 2, startup: 2s, readiness: true, depends_on: [api] }
  - { name: api, replicas: 1, startup: 5s, readiness: true, depends_on: [db] }
  - { name: db, kind: database, replicas: 1, startup: 8s, volume: 10Gi, readiness: true }
  - { name: reports, kind: worker, replicas: 1, startup: 5s }
traffic: { entry: web, rps: 20 }
";

    /// The services the badges mark on `kind`, for [`CHAIN`] with `web` at `web` replicas on Compose.
    fn spof_of_chain(kind: PlatformKind, compose_web: u32) -> Vec<String> {
        let doc = crate::file::parse_scenario(&CHAIN.replace("replicas: 2, startup: 2s", &format!("replicas: 2, compose_replicas: {compose_web}, startup: 2s"))).expect("scenario");
        let (sc, _) = doc.on_platform(kind);
        estimate(&sc, FailureRates::default()).services.into_iter().filter(|s| s.single_point_of_failure).map(|s| s.name).collect()
    }

    #[test]
    fn a_single_replica_on_the_entrys_chain_is_a_single_point_of_failure_on_compose() {
        // One container each: a crash of any of web, api or db stops the entry (restart: no, the
        // operator after 15 min). `reports` is one container too, but the users never call it: the
        // host's death stops it with everything else, and that is the host's failure, not its own.
        assert_eq!(spof_of_chain(PlatformKind::Compose, 1), ["web", "api", "db"], "seed 0");
        // Two web containers on the one host: the host's death stops both, so web still is one.
        assert_eq!(spof_of_chain(PlatformKind::Compose, 2), ["web", "api", "db"], "seed 0");
    }

    #[test]
    fn a_single_replica_on_the_entrys_chain_is_a_single_point_of_failure_on_swarm() {
        // web's two tasks stand on two nodes (spread): one crash, hang or node leaves the other
        // answering. api and db have one task each; reports is off the chain.
        assert_eq!(spof_of_chain(PlatformKind::Swarm, 1), ["api", "db"], "seed 0");
    }

    #[test]
    fn a_single_replica_on_the_entrys_chain_is_a_single_point_of_failure_on_kubernetes() {
        assert_eq!(spof_of_chain(PlatformKind::Kubernetes, 1), ["api", "db"], "seed 0");
    }

    #[test]
    fn every_preset_marks_its_single_replicas_on_the_chain_alike_on_every_platform() {
        // A service with one replica on a platform, on the chain, is marked there; off the chain
        // (AIMA's gpu-orchestrator, Quantum Trader's stopped risk-safety) never, Compose included.
        for id in ["feastflow", "quantum-trader", "aima"] {
            let doc = builtin(id).expect("preset");
            for kind in PlatformKind::ALL {
                let (sc, _) = doc.on_platform(kind);
                for s in estimate(&sc, FailureRates::default()).services {
                    if s.on_entry_chain && s.replicas == 1 {
                        assert!(s.single_point_of_failure, "{id} on {kind:?} (seed {}): {} has one replica on the chain", sc.seed, s.name);
                    }
                    if !s.on_entry_chain {
                        assert!(!s.single_point_of_failure, "{id} on {kind:?} (seed {}): {} is off the chain", sc.seed, s.name);
                    }
                }
            }
        }
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
