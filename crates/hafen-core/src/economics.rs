//! Everything the Availability, Costs and Advisor tabs show for one document, from one set of
//! engine runs: per platform the availability estimate and the bill, Kubernetes' break-even
//! against Compose, and the advice derived from exactly these figures. The app computes the runs
//! in slices ([`crate::availability::Estimation`]) and then calls [`economics`]; the command line
//! and the tests call [`of_document`].

use crate::advisor::{advise, Advice};
use crate::availability::{AvailabilityEstimate, Estimation, Repairs};
use crate::costs::{break_even, estimated_cost, BreakEven, PlatformCost};
use crate::document::{Document, Pricing};
use crate::scenario::Scenario;
use crate::topology::{PerPlatform, PlatformKind};

/// Costs, availability and the advice for a document, per platform (Compose, Swarm, Kubernetes).
#[derive(Clone, Debug, PartialEq)]
pub struct Economics {
    /// Per platform: its availability estimate and its bill.
    pub platforms: PerPlatform<(AvailabilityEstimate, PlatformCost)>,
    /// Kubernetes against Compose.
    pub break_even: BreakEven,
    /// The advice, from these figures and the document's situation.
    pub advice: Advice,
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
    let advice = advise(sc, repairs, &platforms, pricing);
    Economics { platforms, break_even: be, advice }
}

/// The figures for a scenario at the default pricing, runs included (a preset as the app opens it).
pub fn of_scenario(sc: &Scenario) -> Economics {
    economics(sc, &repairs(sc), &Pricing::default())
}

/// The figures for a whole document, runs included (the command line, tests).
pub fn of_document(doc: &Document) -> Economics {
    economics(&doc.scenario, &repairs(&doc.scenario), &doc.pricing)
}
