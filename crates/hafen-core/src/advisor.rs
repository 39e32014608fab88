//! The decision: Docker Compose, Docker Swarm or Kubernetes for a team's situation, from the figures
//! the Availability and Costs tabs show for the document on screen.
//!
//! Among the platforms whose estimated availability meets the situation's uptime target and that
//! satisfy every hard requirement (machines added automatically, zero-downtime deploys), the
//! cheapest in total over the horizon (machines, people, expected downtime, set-up and learning) is
//! recommended, and by how much it is cheaper is said. Where none meets the target, none is
//! recommended and the closest is named. A platform that misses the target is told what it would
//! need, each step with the availability it would then reach.
//!
//! The situation (`situation:`: what runs today, team, deploys, target, requirements) is the
//! user's; the scenario's faults and what-ifs never change it. The design documents' rules of
//! thumb about team size, traffic, machines and containers are shown beside the verdict and do not
//! decide it.

use crate::availability::{AvailabilityEstimate, FailureRates, Mode, Repairs};
use crate::costs::{cumulative, Money, PlatformCost};
use crate::document::Pricing;
use crate::scenario::{Scenario, Situation};
use crate::time::SimDuration;
use crate::topology::{PerPlatform, PlatformKind, RestartPolicy};

/// The situation and the application's figures the rules of thumb are checked against.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The team's situation (editable in the app, `situation:` in a file).
    pub situation: Situation,
    /// The application's own traffic (the document's `traffic:`, never a what-if spike) [requests/s].
    pub rps: u64,
    /// Containers on today's platform [count].
    pub containers: u32,
    /// Services that run on Compose today with Docker's default `restart: no`.
    pub restart_no: Vec<String>,
}

impl Inputs {
    /// The inputs for a scenario.
    pub fn of(sc: &Scenario) -> Self {
        let today = sc.situation.today;
        let restart_no = if today == PlatformKind::Compose {
            sc.topology.services.iter().filter(|s| s.replicas_on(today) > 0 && !s.restart.restarts_after_crash()).map(|s| s.name.clone()).collect()
        } else {
            Vec::new()
        };
        Inputs {
            situation: sc.situation.clone(),
            rps: sc.traffic.as_ref().map_or(0, |t| t.rps),
            containers: sc.topology.services.iter().map(|s| s.replicas_on(today)).sum(),
            restart_no,
        }
    }
}

/// A rule of thumb of the design documents (prices.md, "migration triggers").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerKind {
    /// Stay on Compose: a team smaller than 3.
    TeamUnder3,
    /// Stay on Compose: under 100 requests/s.
    Under100Rps,
    /// Stay on Compose: 1–2 machines.
    OneOrTwoMachines,
    /// Consider Kubernetes: a team larger than 3.
    TeamOver3,
    /// Consider Kubernetes: over 1000 requests/s.
    Over1000Rps,
    /// Consider Kubernetes: over 5 machines.
    Over5Machines,
    /// Consider Kubernetes: over 20 containers.
    Over20Containers,
    /// Consider Kubernetes: over 10 deploys a day.
    Over10Deploys,
}

/// The figure a rule of thumb was checked against.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// Team size [people].
    Team(u32),
    /// The application's traffic [requests/s].
    PeakRps(u64),
    /// Machines on today's platform [count].
    Machines(u32, PlatformKind),
    /// Containers on today's platform [count].
    Containers(u32, PlatformKind),
    /// Deploys a day [count].
    DeploysPerDay(u32),
}

/// One rule of thumb and whether the situation meets it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trigger {
    /// Which rule.
    pub kind: TriggerKind,
    /// Whether it is met.
    pub met: bool,
    /// The figure it was checked against.
    pub figure: Figure,
}

/// A hard requirement of the situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// Machines are added and removed automatically (e.g. GPU nodes on demand).
    NodeAutoscaling,
    /// Zero-downtime deploys are business-critical.
    ZeroDowntimeDeploys,
}

impl Requirement {
    /// Stable name (the JSON report's `excluded_by`).
    pub const fn id(self) -> &'static str {
        match self {
            Requirement::NodeAutoscaling => "node_autoscaling",
            Requirement::ZeroDowntimeDeploys => "zero_downtime_deploys",
        }
    }
}

/// Why a platform satisfies a requirement or not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Why {
    /// Kubernetes' cluster autoscaler adds nodes for Pending pods and removes unneeded ones.
    ClusterAutoscaler,
    /// Nothing on this platform adds a machine: a person does.
    NoAutomaticMachines,
    /// One simulated deploy left the users' entry service down this long [ms] (zero: none).
    DeployDowntime(SimDuration),
}

/// A requirement checked on one platform.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check {
    /// Whether the platform satisfies it.
    pub satisfied: bool,
    /// Why.
    pub why: Why,
}

/// A hard requirement and which platforms satisfy it.
#[derive(Clone, Debug, PartialEq)]
pub struct RequirementCheck {
    /// The requirement.
    pub requirement: Requirement,
    /// Per platform.
    pub platforms: PerPlatform<Check>,
}

/// A change that would raise a platform's availability.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Compose: `restart: unless-stopped` instead of Docker's default `restart: no`, so a crashed
    /// container restarts after the restart manager's delay instead of waiting for a person.
    RestartPolicy,
    /// Compose: hung containers restarted — a watchdog such as autoheal, or a healthcheck-aware
    /// restart (Docker's restart policies ignore an unhealthy container).
    Watchdog,
    /// Swarm: a HEALTHCHECK, so the orchestrator replaces a task that stops answering.
    Healthcheck,
    /// Kubernetes: a liveness probe, so the kubelet restarts a container that stops answering.
    LivenessProbe,
    /// Swarm or Kubernetes: a second replica, on another node.
    SecondReplica,
    /// Swarm or Kubernetes, for a stateful service: a replicated setup with a standby the
    /// application fails over to (a second replica alone does not share the data).
    Standby,
}

/// What a platform that misses the target would need.
#[derive(Clone, Debug, PartialEq)]
pub enum Need {
    /// This change to these services, and the availability then (the changes before it included).
    Change {
        /// The change.
        fix: Fix,
        /// The services it applies to.
        services: Vec<String>,
        /// Estimated availability with it [0..1].
        then: f64,
    },
    /// Out of reach on this platform: what is left is this much downtime a month from this source
    /// (the host's own failures, the deploys).
    OutOfReach {
        /// Where the largest remaining share comes from.
        mode: Mode,
        /// Its service, if it is one service's.
        service: Option<String>,
        /// Its downtime a month [min].
        month_minutes: f64,
        /// Estimated availability with every change above [0..1].
        best: f64,
    },
}

/// One platform's figures, as the Availability and Costs tabs show them, and what they mean for
/// the situation.
#[derive(Clone, Debug, PartialEq)]
pub struct PlatformVerdict {
    /// The platform.
    pub platform: PlatformKind,
    /// Estimated availability (the Availability tab's) [0..1].
    pub availability: f64,
    /// Estimated share of requests answered [0..1].
    pub request_success: f64,
    /// Everything a month: machines, people, expected downtime (the Costs tab's total).
    pub monthly: Money,
    /// The same in EUR (middle of the range), when it can be said in EUR.
    pub monthly_eur: Option<f64>,
    /// Everything over the horizon, set-up and learning included.
    pub horizon: Money,
    /// The same in EUR (middle of the range; the Costs tab's "over N months"), when it can be said.
    pub horizon_eur: Option<f64>,
    /// One simulated deploy: the entry's downtime [ms].
    pub deploy_down: SimDuration,
    /// Deploy downtime a month at the situation's deploys a day [min].
    pub deploy_month_minutes: f64,
    /// Whether the estimated availability meets the uptime target.
    pub meets_target: bool,
    /// The hard requirements it fails.
    pub excluded_by: Vec<Requirement>,
    /// What it would need to meet the target (empty when it meets it).
    pub needs: Vec<Need>,
    /// Services a node failure brings back on another node with an empty volume, their data left
    /// on the dead node (the users' service counted as down until the operator acts).
    pub data_left_behind: Vec<String>,
}

/// The verdict.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// The cheapest in total over the horizon of the platforms that meet the target and every
    /// requirement (in EUR, or in each currency when no exchange rate is given), and the next
    /// cheapest of them.
    Cheapest {
        /// The platform.
        platform: PlatformKind,
        /// The next cheapest that qualifies.
        next: PlatformKind,
    },
    /// Only this platform meets the target and every requirement.
    Only(PlatformKind),
    /// Several qualify, but their totals mix EUR and USD without an exchange rate and none is
    /// cheaper in both currencies.
    NeedsRate(Vec<PlatformKind>),
    /// None meets the target with every requirement; the closest (of those satisfying the
    /// requirements, if any does) and its availability.
    NoneMeets {
        /// Closest platform.
        closest: PlatformKind,
        /// Its estimated availability [0..1].
        availability: f64,
    },
    /// No platform satisfies every hard requirement.
    NoneSatisfies,
}

impl Verdict {
    /// The platform recommended, if any.
    pub fn recommendation(&self) -> Option<PlatformKind> {
        match self {
            Verdict::Cheapest { platform, .. } | Verdict::Only(platform) => Some(*platform),
            Verdict::NeedsRate(_) | Verdict::NoneMeets { .. } | Verdict::NoneSatisfies => None,
        }
    }
}

/// Worth doing whatever the platform.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// These services run with `restart: no`, Docker's default: a crash waits for the operator
    /// (reaction [ms]); `unless-stopped` restarts after the restart manager's first delay [ms].
    RestartNo {
        /// The services.
        services: Vec<String>,
        /// Operator reaction [ms].
        operator: SimDuration,
        /// Docker's first restart delay [ms].
        restart_delay: SimDuration,
    },
    /// On today's platform nothing restarts these services when they hang: a hang waits for the
    /// operator (reaction [ms]); `fix` would restart them.
    HangsWait {
        /// Today's platform.
        platform: PlatformKind,
        /// The services.
        services: Vec<String>,
        /// Operator reaction [ms].
        operator: SimDuration,
        /// What restarts a hung container on that platform.
        fix: Fix,
    },
}

/// A step of the migration path (what changes is said by the text layer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// From.
    pub from: PlatformKind,
    /// To.
    pub to: PlatformKind,
}

/// The advice.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    /// What the rules of thumb were checked against.
    pub inputs: Inputs,
    /// The verdict.
    pub verdict: Verdict,
    /// Per platform: the figures and what they mean.
    pub platforms: PerPlatform<PlatformVerdict>,
    /// The situation's hard requirements, each with the platforms that satisfy it.
    pub requirements: Vec<RequirementCheck>,
    /// The uptime target [0..1].
    pub target: f64,
    /// The service users call (the traffic's entry, else the first): whose downtime counts.
    pub entry: String,
    /// The operator's reaction [ms].
    pub operator: SimDuration,
    /// Months the totals are over.
    pub horizon: u32,
    /// Worth doing whatever the platform (e.g. a restart policy on Compose). (The design
    /// documents' rules of thumb, which decide nothing, are [`rules_of_thumb`] of the inputs.)
    pub notes: Vec<Note>,
}

impl Advice {
    /// The platform recommended, if any.
    pub fn recommendation(&self) -> Option<PlatformKind> {
        self.verdict.recommendation()
    }
}

/// The design documents' rules of thumb for `inputs` (prices.md, "migration triggers": stay below
/// a team of 3, 100 req/s, 1–2 machines; consider Kubernetes above a team of 3, 1000 req/s, 5
/// machines, 20 containers, 10 deploys a day). Their SLA and deploy-downtime rules are decided by
/// the figures instead, and zero-downtime deploys are a hard requirement.
pub fn rules_of_thumb(inputs: &Inputs) -> (Vec<Trigger>, Vec<Trigger>) {
    let s = &inputs.situation;
    let t = |kind, met, figure| Trigger { kind, met, figure };
    let machines = Figure::Machines(s.machines, s.today);
    let stay = vec![
        t(TriggerKind::TeamUnder3, s.team < 3, Figure::Team(s.team)),
        t(TriggerKind::Under100Rps, inputs.rps < 100, Figure::PeakRps(inputs.rps)),
        t(TriggerKind::OneOrTwoMachines, s.machines <= 2, machines),
    ];
    let move_on = vec![
        t(TriggerKind::TeamOver3, s.team > 3, Figure::Team(s.team)),
        t(TriggerKind::Over1000Rps, inputs.rps > 1_000, Figure::PeakRps(inputs.rps)),
        t(TriggerKind::Over5Machines, s.machines > 5, machines),
        t(TriggerKind::Over20Containers, inputs.containers > 20, Figure::Containers(inputs.containers, s.today)),
        t(TriggerKind::Over10Deploys, s.deploys_per_day > 10, Figure::DeploysPerDay(s.deploys_per_day)),
    ];
    (stay, move_on)
}

/// The requirements the situation sets, checked on each platform's figures.
fn requirements(s: &Situation, estimates: &PerPlatform<(AvailabilityEstimate, PlatformCost)>) -> Vec<RequirementCheck> {
    let mut out = Vec::new();
    if s.node_autoscaling {
        out.push(RequirementCheck {
            requirement: Requirement::NodeAutoscaling,
            platforms: PerPlatform::from_fn(|k| match k {
                PlatformKind::Kubernetes => Check { satisfied: true, why: Why::ClusterAutoscaler },
                PlatformKind::Compose | PlatformKind::Swarm => Check { satisfied: false, why: Why::NoAutomaticMachines },
            }),
        });
    }
    if s.zero_downtime_deploys {
        out.push(RequirementCheck {
            requirement: Requirement::ZeroDowntimeDeploys,
            platforms: estimates.map(|_, (est, _)| Check { satisfied: est.deploy.down == SimDuration::ZERO, why: Why::DeployDowntime(est.deploy.down) }),
        });
    }
    out
}

/// The document's figures and the situation: the advice. `repairs` are the engine's runs per
/// platform (availability's [`Repairs`]), `estimates` the figures derived from them at the
/// document's pricing (what the Availability and Costs tabs show).
pub fn advise(sc: &Scenario, repairs: &PerPlatform<Repairs>, estimates: &PerPlatform<(AvailabilityEstimate, PlatformCost)>, pricing: &Pricing) -> Advice {
    let inputs = Inputs::of(sc);
    let s = &inputs.situation;
    let target = s.uptime_percent() / 100.0;
    let rate = pricing.usd_per_eur;
    let requirements = requirements(s, estimates);
    let platforms = estimates.map(|k, (est, cost)| {
        let excluded_by: Vec<Requirement> = requirements.iter().filter(|r| !r.platforms.get(k).satisfied).map(|r| r.requirement).collect();
        let meets_target = est.availability >= target;
        let needs = if meets_target { Vec::new() } else { needs(sc, k, repairs.get(k), pricing.rates(), target) };
        PlatformVerdict {
            platform: k,
            availability: est.availability,
            request_success: est.request_success,
            monthly: cost.monthly,
            monthly_eur: cost.monthly.in_eur(rate).map(|m| m.mid()),
            horizon: cost.one_time.plus(cost.monthly.times(f64::from(pricing.horizon))),
            horizon_eur: cumulative(cost, pricing.horizon, rate),
            deploy_down: est.deploy.down,
            deploy_month_minutes: est.deploy.month_minutes,
            meets_target,
            excluded_by,
            needs,
            data_left_behind: est.services.iter().filter(|x| x.data_left_behind).map(|x| x.name.clone()).collect(),
        }
    });
    let verdict = verdict(&platforms);
    let mut notes = Vec::new();
    if !inputs.restart_no.is_empty() {
        notes.push(Note::RestartNo { services: inputs.restart_no.clone(), operator: sc.timings.operator_reaction, restart_delay: sc.timings.docker_restart_initial });
    }
    // Hangs that wait for a person on today's platform (the engine's hang run lasted the operator's
    // reaction or longer).
    let today = repairs.get(s.today);
    let waiting: Vec<String> = today
        .services
        .iter()
        .enumerate()
        .filter(|(i, r)| today.chain.contains(i) && r.replicas > 0 && r.hang.back >= sc.timings.operator_reaction)
        .map(|(_, r)| r.name.clone())
        .collect();
    if !waiting.is_empty() {
        let fix = match s.today {
            PlatformKind::Compose => Fix::Watchdog,
            PlatformKind::Swarm => Fix::Healthcheck,
            PlatformKind::Kubernetes => Fix::LivenessProbe,
        };
        notes.push(Note::HangsWait { platform: s.today, services: waiting, operator: sc.timings.operator_reaction, fix });
    }
    let entry = sc.traffic.as_ref().map(|t| t.entry.clone()).or_else(|| sc.topology.services.first().map(|s| s.name.clone())).unwrap_or_default();
    Advice { inputs, verdict, platforms, requirements, target, entry, operator: sc.timings.operator_reaction, horizon: pricing.horizon, notes }
}

/// Whether `a` costs less than `b` over the horizon: in EUR when both can be said in EUR, else when
/// it costs less in each currency (`None`: it depends on the exchange rate).
pub fn cheaper(a: &PlatformVerdict, b: &PlatformVerdict) -> Option<bool> {
    match (a.horizon_eur, b.horizon_eur) {
        (Some(x), Some(y)) => Some(x < y || (x == y && (a.platform as u8) < (b.platform as u8))),
        _ => {
            let (ae, au, be, bu) = (a.horizon.eur.mid(), a.horizon.usd.mid(), b.horizon.eur.mid(), b.horizon.usd.mid());
            if ae <= be && au <= bu {
                Some(true)
            } else if ae >= be && au >= bu {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// The verdict from the platforms' figures.
fn verdict(platforms: &PerPlatform<PlatformVerdict>) -> Verdict {
    let all: Vec<&PlatformVerdict> = PlatformKind::ALL.iter().map(|&k| platforms.get(k)).collect();
    let allowed: Vec<&PlatformVerdict> = all.iter().copied().filter(|p| p.excluded_by.is_empty()).collect();
    if allowed.is_empty() {
        return Verdict::NoneSatisfies;
    }
    let qualify: Vec<&PlatformVerdict> = allowed.iter().copied().filter(|p| p.meets_target).collect();
    if qualify.is_empty() {
        let closest = allowed.iter().copied().max_by(|a, b| a.availability.total_cmp(&b.availability)).unwrap_or_else(|| panic!("advisor invariant broken: no platform allowed"));
        return Verdict::NoneMeets { closest: closest.platform, availability: closest.availability };
    }
    if qualify.len() == 1 {
        return Verdict::Only(qualify[0].platform);
    }
    // The cheapest: the one cheaper than every other (none when that depends on the exchange rate);
    // the next: the cheapest of the rest (in EUR, else by its amounts in each currency).
    let beats_all = |p: &PlatformVerdict, among: &[&PlatformVerdict]| among.iter().all(|o| o.platform == p.platform || cheaper(p, o) == Some(true));
    let Some(best) = qualify.iter().copied().find(|p| beats_all(p, &qualify)) else {
        return Verdict::NeedsRate(qualify.iter().map(|p| p.platform).collect());
    };
    let rest: Vec<&PlatformVerdict> = qualify.iter().copied().filter(|p| p.platform != best.platform).collect();
    let next = rest.iter().copied().find(|p| beats_all(p, &rest)).or_else(|| rest.first().copied()).unwrap_or_else(|| panic!("advisor invariant broken: two qualify, one left"));
    Verdict::Cheapest { platform: best.platform, next: next.platform }
}

/// Time until a hung container is found unhealthy by Docker's HEALTHCHECK, at the latest: the hang
/// starts just after a check began; that check and `retries − 1` more fail after their timeout,
/// each next one starting an interval after the previous finished (moby daemon/health.go; with the
/// defaults 30 s + 3 × 30 s + 2 × 30 s = 180 s, timings.md) [ms].
fn docker_unhealthy_after(interval: SimDuration, timeout: SimDuration, retries: u32) -> SimDuration {
    let r = u64::from(retries.max(1));
    interval.saturating_add(timeout.saturating_mul(r)).saturating_add(interval.saturating_mul(r - 1))
}

/// The changes that would raise `platform`'s availability towards `target`, each with the
/// availability then (the changes before it included), in the order a team would make them; ends
/// with what is out of reach when the target is still missed. The figures are the estimate with
/// the engine's repair times replaced by what the change gives (restart delay, detection by the
/// platform's check, start-up), a labelled approximation of running the changed document.
fn needs(sc: &Scenario, platform: PlatformKind, repairs: &Repairs, rates: FailureRates, target: f64) -> Vec<Need> {
    let t = &sc.timings;
    let deploys = sc.situation.deploys_per_day;
    let mut r = repairs.clone();
    let mut out = Vec::new();
    let on_chain = |r: &Repairs, i: usize| r.chain.contains(&i) && r.services.get(i).is_some_and(|s| s.replicas > 0);
    let fixes: &[Fix] = match platform {
        PlatformKind::Compose => &[Fix::RestartPolicy, Fix::Watchdog],
        PlatformKind::Swarm => &[Fix::Healthcheck, Fix::SecondReplica, Fix::Standby],
        PlatformKind::Kubernetes => &[Fix::LivenessProbe, Fix::SecondReplica, Fix::Standby],
    };
    let mut availability = r.estimate(rates, deploys).availability;
    for &fix in fixes {
        if availability >= target {
            break;
        }
        let mut services = Vec::new();
        for i in 0..r.services.len() {
            if !on_chain(&r, i) {
                continue;
            }
            let Some(svc) = sc.topology.services.get(i) else { panic!("advisor invariant broken: repairs of service #{i} without its service") };
            let Some(rs) = r.services.get_mut(i) else { continue };
            let startup = svc.startup;
            let healed = |detect: SimDuration, restart: SimDuration| detect.saturating_add(restart).saturating_add(startup);
            let docker_check = || {
                let p = svc.liveness.as_ref();
                docker_unhealthy_after(
                    p.and_then(|p| p.period).unwrap_or(t.healthcheck_interval),
                    p.and_then(|p| p.timeout).unwrap_or(t.healthcheck_timeout),
                    p.and_then(|p| p.failure_threshold).unwrap_or(t.healthcheck_retries),
                )
            };
            let applies = match fix {
                Fix::RestartPolicy => svc.restart == RestartPolicy::No && set_back(&mut rs.crash, healed(SimDuration::ZERO, t.docker_restart_initial)),
                // A hung process ignores SIGTERM: `docker stop`/`restart` waits its stop grace first.
                Fix::Watchdog => set_back(&mut rs.hang, healed(docker_check().saturating_add(t.docker_stop_grace), t.docker_restart_initial)),
                Fix::Healthcheck => svc.liveness.is_none() && set_back(&mut rs.hang, healed(docker_check().saturating_add(t.docker_stop_grace), t.swarm_restart_delay)),
                Fix::LivenessProbe => {
                    let p = svc.liveness.as_ref();
                    let detect = p.and_then(|p| p.period).unwrap_or(t.probe_period).saturating_mul(u64::from(p.and_then(|p| p.failure_threshold).unwrap_or(t.probe_failure_threshold).max(1)));
                    // The kubelet kills it with the pod's termination grace period, all of it for a
                    // process that no longer answers SIGTERM.
                    svc.liveness.is_none() && set_back(&mut rs.hang, healed(detect.saturating_add(t.termination_grace), SimDuration::ZERO))
                }
                Fix::SecondReplica | Fix::Standby => {
                    let wanted = if fix == Fix::Standby { svc.stateful } else { !svc.stateful };
                    if wanted && rs.replicas == 1 {
                        rs.replicas = 2;
                        true
                    } else {
                        false
                    }
                }
            };
            if applies {
                services.push(svc.name.clone());
            }
        }
        if services.is_empty() {
            continue;
        }
        let then = r.estimate(rates, deploys).availability;
        if then <= availability {
            continue;
        }
        availability = then;
        out.push(Need::Change { fix, services, then });
    }
    if availability < target {
        let est = r.estimate(rates, deploys);
        if let Some(c) = est.contributions.first() {
            out.push(Need::OutOfReach { mode: c.mode, service: c.service.clone(), month_minutes: c.month_minutes, best: availability });
        }
    }
    out
}

/// Shortens an outcome's repair to `back` (and what the entry lost with it); true when it was
/// longer.
fn set_back(o: &mut crate::availability::Outcome, back: SimDuration) -> bool {
    if o.back <= back {
        return false;
    }
    o.back = back;
    o.entry_down = o.entry_down.min(back);
    o.entry_failed = o.entry_failed.min(back);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_finds_a_hang_unhealthy_within_three_minutes_with_the_defaults() {
        // 30 s interval, 30 s timeout, 3 retries: 30 + 90 + 60 = 180 s (timings.md: 150–180 s).
        assert_eq!(docker_unhealthy_after(SimDuration::from_secs(30), SimDuration::from_secs(30), 3), SimDuration::from_secs(180));
    }
}
