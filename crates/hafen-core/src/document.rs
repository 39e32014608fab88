//! The document a user builds, keeps and shares: the scenario, the cost inputs, the platforms
//! compared and the story written into it. It travels in a link (`#2.…` after the address) and
//! sits in the browser's storage as `2.` (the format's version) + base64url (no padding) of raw
//! DEFLATE of its bytes in the link format, which is its own (`crate::wire`), not this model.
//! Whatever a link holds is checked as a file is ([`Scenario::validate`], the figures' ranges, the
//! story against the application) before the app sees it.

use crate::availability::FailureRates;
use crate::costs::Figure;
use crate::message;
use crate::scenario::{check_shown, Scenario, ScenarioError};
use crate::message::Message;
use crate::topology::PlatformKind;
use crate::edit::Edit;
use crate::written::Written;
use std::rc::Rc;

/// The cost, availability and advisor inputs a user sets (the `pricing:` section of a file).
#[derive(Clone, Debug, PartialEq)]
pub struct Pricing {
    /// Price table id (see [`crate::costs::price_tables`]).
    pub prices: String,
    /// Cost of an hour of work [EUR].
    pub ops_rate: f64,
    /// Cost of an hour of downtime [EUR].
    pub downtime_per_hour: f64,
    /// USD per EUR, if given.
    pub usd_per_eur: Option<f64>,
    /// Months to total over [months].
    pub horizon: u32,
    /// Node mean time between failures [h].
    pub node_mtbf_hours: f64,
    /// Replica mean time between failures [h].
    pub replica_mtbf_hours: f64,
    /// Replica mean time between hangs [h]. Added after link format 2: carried in the link's
    /// extension section (`crate::wire`).
    pub hang_mtbf_hours: f64,
}

impl Default for Pricing {
    fn default() -> Self {
        let rates = FailureRates::default();
        Pricing {
            prices: "design-docs".into(),
            ops_rate: 50.0,
            downtime_per_hour: 100.0,
            usd_per_eur: None,
            horizon: 24,
            node_mtbf_hours: rates.node_mtbf_hours,
            replica_mtbf_hours: rates.replica_mtbf_hours,
            hang_mtbf_hours: rates.hang_mtbf_hours,
        }
    }
}

impl Pricing {
    /// The failure rates the availability estimate uses.
    pub fn rates(&self) -> FailureRates {
        FailureRates { node_mtbf_hours: self.node_mtbf_hours, replica_mtbf_hours: self.replica_mtbf_hours, hang_mtbf_hours: self.hang_mtbf_hours }
    }

    /// The cost model's inputs: the price table, the hourly rate of work and of downtime (EUR), the
    /// exchange rate; the people's hours are the model's (prices.md).
    pub fn cost_inputs(&self) -> crate::costs::CostInputs {
        use crate::costs::{price_table, CostInputs, Currency, Span};
        let mut inputs = CostInputs::default();
        if let Some(t) = price_table(&self.prices) {
            inputs.prices = t;
        }
        inputs.people.rate = Span::fixed(self.ops_rate);
        inputs.downtime_per_hour = (self.downtime_per_hour, Currency::Eur);
        inputs.usd_per_eur = self.usd_per_eur;
        inputs
    }

    /// Refuses what the cost fields and files refuse: an unknown price table, a figure out of its range.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let bad = |field: &str, message: Message| ScenarioError { field: format!("pricing.{field}"), message, line: None };
        if crate::costs::price_table(&self.prices).is_none() {
            return Err(bad("preset", message!("bad-price-table", table = &self.prices)));
        }
        Figure::OpsRate.check(self.ops_rate).map_err(|m| bad("ops_rate", m))?;
        Figure::DowntimeCost.check(self.downtime_per_hour).map_err(|m| bad("downtime_cost_per_hour", m))?;
        if let Some(r) = self.usd_per_eur {
            Figure::UsdPerEur.check(r).map_err(|m| bad("usd_per_eur", m))?;
        }
        Figure::Horizon.check(f64::from(self.horizon)).map_err(|m| bad("horizon", m))?;
        Figure::Mtbf.check(self.node_mtbf_hours).map_err(|m| bad("node_mtbf", m))?;
        Figure::Mtbf.check(self.replica_mtbf_hours).map_err(|m| bad("replica_mtbf", m))?;
        Figure::Mtbf.check(self.hang_mtbf_hours).map_err(|m| bad("hang_mtbf", m))?;
        Ok(())
    }
}

/// Everything a user builds: what is simulated, what it costs, what is compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The application, the cluster, traffic, faults, timings and the team's situation.
    pub scenario: Scenario,
    /// Cost and failure-rate inputs.
    pub pricing: Pricing,
    /// Platforms shown side by side, in order (two or three, each once).
    pub shown: Vec<PlatformKind>,
    /// The story written about it (a file's `story:`), if any: not simulated, checked against the
    /// application by [`Document::validate`].
    pub story: Option<Rc<Written>>,
}

/// Why an encoded document could not be read. Data, not words: the text layer says it.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than [`MAX_ENCODED`] [characters].
    TooLong(usize),
    /// No `N.` version in front.
    NoVersion,
    /// A version this build does not know (made by a newer Hafen, or not a Hafen link).
    UnknownVersion(String),
    /// Characters that are not base64url.
    NotBase64,
    /// The compressed data is cut short or damaged.
    Damaged,
    /// Decompresses to more than [`MAX_DECODED`] bytes.
    TooBig,
    /// Decoded, but not a document of this version (cut short, or bytes of something else).
    NotADocument,
    /// A document, but one Hafen refuses, as it would refuse the same file.
    Invalid(ScenarioError),
}


impl Document {
    /// Refuses a document a file could not describe: the scenario's rules, the figures' ranges, two
    /// or three platforms shown, each once.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        self.scenario.validate()?;
        self.pricing.validate()?;
        check_shown(&self.shown).map_err(|(_, message)| ScenarioError { field: "show".into(), message, line: None })?;
        match &self.story {
            Some(story) => story.validate(&self.scenario),
            None => Ok(()),
        }
    }

    /// The document after the editor's `edit` to its scenario ([`crate::edit::apply`]); the story
    /// follows it ([`Written::follow`]: the events and questions about what was removed go), and a
    /// step that no longer fits refuses the edit, naming the step.
    pub fn edited(&self, edit: &Edit) -> Result<Document, Message> {
        let scenario = crate::edit::apply(&self.scenario, edit)?;
        let story = crate::written::followed(self.story.as_ref(), edit, &scenario)?;
        Ok(Document { scenario, story, ..self.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::builtin;

    fn doc(id: &str) -> Document {
        Document { scenario: builtin(id).expect(id), pricing: Pricing::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None }
    }

    #[test]
    fn bad_versions_are_told_apart() {
        let d = doc("feastflow").encode();
        let body = d.split_once('.').unwrap().1;
        assert_eq!(Document::decode(&format!("3.{body}")), Err(LinkError::UnknownVersion("3".into())));
        assert_eq!(Document::decode(body), Err(LinkError::NoVersion));
        assert_eq!(Document::decode("x.abc"), Err(LinkError::NoVersion));
        assert_eq!(Document::decode("#"), Err(LinkError::Empty));
    }
}
