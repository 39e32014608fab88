//! Everything the Availability, Costs and Advisor tabs show for one document, from one set of
//! engine runs: per platform the availability estimate and the bill, Kubernetes' break-even
//! against Compose ([`economics`]), and the advice derived from exactly these figures
//! ([`advice`]). The app computes the runs in slices ([`crate::availability::Estimation`]), then the
//! figures, and the advice when the Advisor tab is shown; the command line and the tests call
//! [`of_document`].

use crate::advisor::{advise, Advice};
use crate::availability::{AvailabilityEstimate, Estimation, Repairs};
use crate::costs::{break_even, estimated_cost, BreakEven, PlatformCost};
use crate::document::{Document, Pricing};
use crate::scenario::Scenario;
use crate::topology::{PerPlatform, PlatformKind};

/// Costs and availability for a document, per platform (Compose, Swarm, Kubernetes).
#[derive(Clone, Debug, PartialEq)]
pub struct Economics {
    /// Per platform: its availability estimate and its bill.
    pub platforms: PerPlatform<(AvailabilityEstimate, PlatformCost)>,
    /// Kubernetes against Compose.
    pub break_even: BreakEven,
}

/// The engine's runs for `sc` on each platform, at once (the app runs them in slices).
pub fn repairs(sc: &Scenario) -> PerPlatform<Repairs> {
    PerPlatform::from_fn(|k| estimation(sc, k).finish())
}

/// The runs of `sc` on platform `kind`, to advance in steps of a bounded number of engine events.
pub fn estimation(sc: &Scenario, kind: PlatformKind) -> Estimation {
    Estimation::new(sc.on_platform(kind).0)
}

/// The figures for `sc` (its application and situation) from the runs `repairs` at `pricing`.
/// Cheap: no simulation.
pub fn economics(sc: &Scenario, repairs: &PerPlatform<Repairs>, pricing: &Pricing) -> Economics {
    let inputs = pricing.cost_inputs();
    let rates = pricing.rates();
    let platforms = repairs.map(|k, r| {
        let est = r.estimate(rates, sc.situation.deploys_per_day);
        let cost = estimated_cost(&sc.on_platform(k).0, &est, &inputs);
        (est, cost)
    });
    let be = break_even(&platforms.compose.1, &platforms.kubernetes.1, pricing.horizon, pricing.usd_per_eur);
    Economics { platforms, break_even: be }
}

/// The advice for `sc`'s situation from the runs `repairs` and the figures `eco` derived from them
/// at `pricing`.
pub fn advice(sc: &Scenario, repairs: &PerPlatform<Repairs>, eco: &Economics, pricing: &Pricing) -> Advice {
    advise(sc, repairs, &eco.platforms, pricing)
}

/// The figures and the advice for a scenario at the default pricing, runs included (a preset as
/// the app opens it).
pub fn of_scenario(sc: &Scenario) -> (Economics, Advice) {
    let runs = repairs(sc);
    let pricing = Pricing::default();
    let eco = economics(sc, &runs, &pricing);
    let a = advice(sc, &runs, &eco, &pricing);
    (eco, a)
}

/// The figures and the advice for a whole document, runs included (the command line, tests).
pub fn of_document(doc: &Document) -> (Economics, Advice) {
    let runs = repairs(&doc.scenario);
    let eco = economics(&doc.scenario, &runs, &doc.pricing);
    let a = advice(&doc.scenario, &runs, &eco, &doc.pricing);
    (eco, a)
}
