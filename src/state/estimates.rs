//! What the estimates (costs, availability, advice) are made for, and their figures from the runs.

use hafen_core::availability::{Estimation, Repairs};
use hafen_core::{PerPlatform, PlatformKind, Scenario};
use std::rc::Rc;
use super::{Economics, Pricing};

/// What the engine's runs for the estimates depend on: the document without its faults, name,
/// situation and story (a fault — the most common edit — leaves them as they are). Failure rates,
/// deploys a day, the target and prices are applied to the runs afterwards, at no cost.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateKey {
    /// The document as the runs see it.
    pub doc: Rc<Scenario>,
}

impl EstimateKey {
    /// The key for `doc`.
    pub fn of(doc: &Scenario) -> EstimateKey {
        let mut d = doc.clone();
        d.faults.clear();
        d.name.clear();
        d.situation = Default::default();
        EstimateKey { doc: Rc::new(d) }
    }

    /// The runs on platform `kind`, to advance in steps of a bounded number of engine events.
    pub fn estimation(&self, kind: PlatformKind) -> Estimation {
        hafen_core::economics::estimation(&self.doc, kind)
    }

    /// The runs per platform, at once (tests).
    pub fn repairs(&self) -> PerPlatform<Repairs> {
        PerPlatform::from_fn(|k| self.estimation(k).finish())
    }
}

/// The figures the Availability and Costs tabs show for the document `key` describes in
/// `situation`, from the runs made for `key` and the pricing inputs `c`. Cheap: no simulation.
pub fn economics(situation: &hafen_core::scenario::Situation, key: &EstimateKey, repairs: &PerPlatform<Repairs>, c: &Pricing) -> Economics {
    let mut sc = (*key.doc).clone();
    sc.situation = situation.clone();
    hafen_core::economics::economics(&sc, repairs, c)
}
