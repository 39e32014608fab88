//! Monte Carlo with the engine: many simulated years with random failures (exponential times
//! between failures from the MTBFs: node deaths, replica crashes and hangs), giving the distribution
//! of yearly downtime per platform. The situation's deploys are the same every year: the app adds
//! what they cost ([`deploy_minutes_per_year`], from the estimate's simulated deploy) instead of
//! simulating hundreds of rollouts a year.
//! Runs in batches so a caller (the app) can show progress and cancel between batches.

use crate::availability::FailureRates;
use crate::rng::SplitMix64;
use crate::scenario::{Fault, Scenario};
use crate::time::{SimDuration, SimTime};

/// One simulated year [ms].
pub const YEAR: SimDuration = SimDuration::from_hours(24 * 365);
/// Most failures one simulated year may draw [count]: the engine simulates each (and what follows).
pub const MAX_FAULTS_PER_YEAR: f64 = 20_000.0;
/// Most failures all the years of one platform may draw together [count]: fewer years are
/// simulated when the rates would exceed it, and the app says so.
pub const MAX_FAULTS_TOTAL: f64 = 1_000_000.0;

/// Failures a year draws on average at these rates on `sc`'s platform [count].
pub fn failures_per_year(sc: &Scenario, rates: FailureRates) -> f64 {
    let hours = YEAR.as_secs_f64() / 3_600.0;
    let nodes = sc.platform.node_names().len() as f64 / rates.node_mtbf_hours.max(1e-9);
    let replicas: f64 = sc.topology.services.iter().map(|s| f64::from(s.replicas_on(sc.platform.kind))).sum::<f64>();
    let per_replica = 1.0 / rates.replica_mtbf_hours.max(1e-9) + 1.0 / rates.hang_mtbf_hours.max(1e-9);
    hours * (nodes + replicas * per_replica)
}

/// What a year of deploys costs the users' service [min]: the simulated deploy's downtime
/// ([`crate::availability::DeployCost`]) for each of the situation's deploys a day, 365 days.
pub fn deploy_minutes_per_year(deploy: &crate::availability::DeployCost) -> f64 {
    deploy.month_minutes / 30.0 * 365.0
}

/// How many of `wanted` years to simulate on `sc`'s platform: all of them, fewer when together they
/// would draw more than [`MAX_FAULTS_TOTAL`] failures, or none (with the reason) when one year would
/// draw more than [`MAX_FAULTS_PER_YEAR`] or the rates are out of range.
pub fn years_to_simulate(sc: &Scenario, rates: FailureRates, wanted: u64) -> Result<u64, crate::message::Message> {
    use crate::costs::Figure;
    use crate::message;
    Figure::Mtbf.check(rates.node_mtbf_hours).map_err(|m| message!("mc-node-interval", why = m))?;
    Figure::Mtbf.check(rates.replica_mtbf_hours).map_err(|m| message!("mc-replica-interval", why = m))?;
    Figure::Mtbf.check(rates.hang_mtbf_hours).map_err(|m| message!("mc-hang-interval", why = m))?;
    let per_year = failures_per_year(sc, rates);
    if per_year > MAX_FAULTS_PER_YEAR {
        return Err(message!("mc-too-many-failures", failures = per_year.round() as u64, platform = sc.platform.kind.label(), most = MAX_FAULTS_PER_YEAR.round() as u64));
    }
    Ok(wanted.min((MAX_FAULTS_TOTAL / per_year.max(1.0)).floor().max(1.0) as u64))
}

/// An exponentially distributed wait with the given mean [h], from a uniform draw.
fn exponential(rng: &mut SplitMix64, mean_hours: f64) -> SimDuration {
    // Uniform in (0, 1]: never 0, so the logarithm stays finite.
    let u = ((rng.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64;
    let hours = -mean_hours * u.ln();
    SimDuration((hours * 3_600_000.0).min(YEAR.as_millis() as f64 * 2.0) as u64)
}

/// The faults of one random year on `sc`'s platform: each node dies at random and is repaired after
/// the operator's reaction; each replica crashes and hangs at random.
pub fn random_year(sc: &Scenario, rates: FailureRates, rng: &mut SplitMix64) -> Vec<Fault> {
    let mut faults = Vec::new();
    // Draws stop at the cap (an unlucky year at the limit of the rates), whatever the rates.
    let cap = (MAX_FAULTS_PER_YEAR * 3.0) as usize;
    let end = YEAR.as_millis();
    let repair = sc.timings.operator_reaction.max(SimDuration::from_mins(1));
    for node in sc.platform.node_names() {
        let mut t = exponential(rng, rates.node_mtbf_hours).as_millis();
        while t < end && faults.len() < cap {
            faults.push(Fault::kill_node(node.clone()).at(SimTime(t)));
            let back = t.saturating_add(repair.as_millis());
            if back < end {
                faults.push(Fault::restore_node(node.clone()).at(SimTime(back)));
            }
            t = back.saturating_add(exponential(rng, rates.node_mtbf_hours).as_millis());
        }
    }
    for s in &sc.topology.services {
        let n = s.replicas_on(sc.platform.kind);
        if n == 0 {
            continue;
        }
        // n replicas crash (and hang) n times as often as one.
        for (mtbf, crash) in [(rates.replica_mtbf_hours, true), (rates.hang_mtbf_hours, false)] {
            let mean = mtbf / f64::from(n);
            let mut t = exponential(rng, mean).as_millis();
            while t < end && faults.len() < cap {
                let fault = if crash { Fault::crash(s.name.clone()) } else { Fault::hang(s.name.clone()) };
                faults.push(fault.at(SimTime(t)));
                t = t.saturating_add(exponential(rng, mean).as_millis().max(1_000));
            }
        }
    }
    crate::order::sort_by_key(&mut faults, |f| f.at);
    faults
}

/// Yearly downtime of the entry service [min] for one random year with seed `seed`.
pub fn one_year(sc: &Scenario, rates: FailureRates, seed: u64) -> Option<f64> {
    YearRun::new(sc, rates, seed)?.finish()
}

/// One random year in the making, advanced a bounded number of engine events at a time (the app
/// spreads a year of the Large cluster over several tasks). Same result as [`one_year`].
pub struct YearRun {
    stepper: Option<crate::Stepper>,
    entry: String,
    /// The operator's reaction [ms]: a service back without its data counts as down until then.
    operator: SimDuration,
}

impl YearRun {
    /// The year with seed `seed`; `None` when the scenario has no service to measure.
    pub fn new(sc: &Scenario, rates: FailureRates, seed: u64) -> Option<YearRun> {
        let mut rng = SplitMix64::new(seed);
        let mut year = sc.clone();
        year.faults = random_year(sc, rates, &mut rng);
        year.traffic = None;
        year.duration = YEAR;
        year.seed = seed;
        let entry = sc.traffic.as_ref().map(|t| t.entry.clone()).or_else(|| sc.topology.services.first().map(|s| s.name.clone()))?;
        Some(YearRun { stepper: crate::Stepper::new(year).ok(), entry, operator: sc.timings.operator_reaction })
    }

    /// Handles up to `events` more engine events; true once the year is simulated.
    pub fn advance(&mut self, events: u64) -> bool {
        self.stepper.as_mut().is_none_or(|s| s.advance(events))
    }

    /// Engine events handled so far [count].
    pub fn handled(&self) -> u64 {
        self.stepper.as_ref().map_or(0, crate::Stepper::handled)
    }

    /// The entry service's downtime in the year [min] (`None` for a year the engine refused). A
    /// service a node failure brought back on an empty volume (Swarm) counts as down until the
    /// operator acts after that failure, as the availability estimate counts it (its data stayed
    /// on the dead node): that time is added where the entry was not down anyway. (A crash whose
    /// replacement landed elsewhere is left as the engine ran it, as the estimate leaves it.)
    pub fn finish(self) -> Option<f64> {
        let run = self.stepper?.finish();
        let entry = run.service(&self.entry)?;
        // From the death of the node holding the data to the operator's reaction. (Two such windows
        // overlapping — two stateful services on one dead node — would count their overlap twice:
        // rare, and left.)
        let mut down = entry.downtime.as_millis();
        for left in run.services.iter().flat_map(|s| &s.data_left_behind) {
            let Some(died) = run.trace.iter().rev().find(|e| e.kind == crate::run::TraceKind::NodeDown && e.subject == left.data_node && e.t <= left.t).map(|e| e.t) else { continue };
            let (from, to) = (died.as_millis(), died.plus(self.operator).min(run.end).as_millis());
            let counted: u64 = entry.outages.iter().map(|o| o.end.unwrap_or(run.end).as_millis().min(to).saturating_sub(o.start.as_millis().max(from))).sum();
            down = down.saturating_add(to.saturating_sub(from).saturating_sub(counted));
        }
        Some(down as f64 / 60_000.0)
    }
}

/// A distribution of yearly downtime [min].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Distribution {
    /// Every simulated year's downtime, sorted [min].
    pub years: Vec<f64>,
}

impl Distribution {
    /// Builds it from samples.
    pub fn new(mut years: Vec<f64>) -> Self {
        crate::order::sort_by(&mut years, f64::total_cmp);
        Distribution { years }
    }
    /// The p-th percentile [min] (nearest rank).
    pub fn percentile(&self, p: f64) -> f64 {
        if self.years.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.years.len() as f64).ceil() as usize;
        self.years.get(rank.saturating_sub(1).min(self.years.len() - 1)).copied().unwrap_or(0.0)
    }
    /// Median [min].
    pub fn median(&self) -> f64 {
        self.percentile(50.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::builtin;
    use crate::topology::PlatformKind;

    #[test]
    fn absurd_failure_rates_are_refused_and_heavy_ones_shorten_the_run() {
        let (sc, _) = builtin("feastflow").expect("preset").on_platform(PlatformKind::Kubernetes);
        // A replica crash every 0.001 h once drew ~31 million faults a year and ran out of memory.
        let absurd = FailureRates { replica_mtbf_hours: 0.001, ..FailureRates::default() };
        assert!(years_to_simulate(&sc, absurd, 1_000).is_err_and(|m| m.to_string().contains("between 1 and")));
        let heavy = FailureRates { replica_mtbf_hours: 1.0, ..FailureRates::default() };
        // 6 replicas crashing hourly (52,560) and hanging every 2,190 h (24), 3 nodes once a year:
        // 52,587 a year, over the per-year cap.
        assert!(years_to_simulate(&sc, heavy, 1_000).is_err_and(|m| m.to_string().contains("about 52,587 failures on Kubernetes")));
        let busy = FailureRates { replica_mtbf_hours: 24.0, ..FailureRates::default() };
        // 6 × (365 + 4) + 3 = 2,217 a year: 451 years fit in the total of 1,000,000 (451.06).
        assert_eq!(years_to_simulate(&sc, busy, 1_000), Ok(451));
        assert_eq!(years_to_simulate(&sc, FailureRates::default(), 1_000), Ok(1_000));
        let mut rng = SplitMix64::new(1);
        assert!(random_year(&sc, heavy, &mut rng).len() <= (MAX_FAULTS_PER_YEAR * 3.0) as usize);
    }

    #[test]
    fn random_years_repeat_with_their_seed_and_kubernetes_beats_compose() {
        let base = builtin("feastflow").expect("preset");
        let rates = FailureRates::default();
        let (compose, _) = base.on_platform(PlatformKind::Compose);
        let (k8s, _) = base.on_platform(PlatformKind::Kubernetes);
        assert_eq!(one_year(&compose, rates, 7), one_year(&compose, rates, 7));
        let c = Distribution::new((0..40).filter_map(|s| one_year(&compose, rates, s)).collect());
        let k = Distribution::new((0..40).filter_map(|s| one_year(&k8s, rates, s)).collect());
        assert_eq!(c.years.len(), 40);
        assert!(k.median() < c.median(), "kubernetes {} vs compose {}", k.median(), c.median());
        // restart: no ⇒ every crash costs Compose the operator's 15 minutes: ~12 crashes a year per
        // service × 3 services ≈ 9 hours.
        assert!(c.median() > 300.0 && c.median() < 900.0, "compose median {}", c.median());
    }
}
