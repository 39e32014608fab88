//! The document a user builds, keeps and shares: the scenario, the cost inputs and the platforms
//! compared. It travels in a link (`#1.…` after the address) and sits in the browser's storage in
//! one encoding:
//!
//! `2.` (the format's version) + base64url (no padding) of raw DEFLATE of the document in postcard
//! (serde's compact binary format, fields in declaration order, integers as varints), followed by
//! the story written into it (`Option<Written>`, postcard too).
//!
//! Version 1 is the same without the story (links made before stories could be written): it
//! still opens, as a document without a story. The wire shape is that of [`Document`] and the model
//! types it holds as they are today. A change to any of them changes the format: `tests/links.rs`
//! decodes links saved when versions 1 and 2 were made and fails until the old shape is kept as its
//! own type and a new version number is given. Whatever a link holds is checked as a file is
//! ([`Scenario::validate`], the figures' ranges, the story against the application) before the app
//! sees it.
//!
//! A field added to the model since is not in that positional shape (it is `#[serde(skip)]`) but
//! in format 2's optional *extension section* after the story: postcard `Vec<(String, Vec<u8>)>`,
//! a key and that field's value in postcard. It is written only when some extension differs from
//! its default, so a document without one encodes to the same bytes as before; it is read when
//! bytes remain after the story. A key this build does not know is skipped and counted
//! ([`Document::decode_counting`]: "made by a newer Hafen: N settings not understood"); a key
//! given twice, or a known key whose value does not read or fit the document, refuses the link. A
//! key's value keeps its shape for good: a new shape is a new key. Keys:
//!
//! | key | value |
//! |---|---|
//! | `service.autoscale.behavior` | `Vec<(u32, HpaBehavior)>`: (service index, its `autoscale.behavior`) for each service whose behavior is set, by index |
//! | `pricing.hang_mtbf` | `f64`: [`Pricing::hang_mtbf_hours`], when it is not the default |
//! | `service.memory_limit` | `Vec<(u32, u32)>`: (service index, its `memory_limit` in MiB) for each service with a memory limit, by index |
//! | `story.step.after` | `Vec<(u32, String)>`: (step index, its `question.after:` words) for each step of the story with some, by index |

use crate::availability::FailureRates;
use crate::costs::Figure;
use crate::message;
use crate::scenario::{Scenario, ScenarioError};
use crate::message::Message;
use crate::topology::{HpaBehavior, PlatformKind};
use crate::edit::Edit;
use crate::written::Written;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The link format written today.
pub const VERSION: u32 = 2;
/// The oldest link format still read (version 1: without a story).
pub const OLDEST: u32 = 1;
/// Longest encoded document read [characters]: a link of the largest document a file may describe
/// stays far below (a 256-service file compresses to ~20 KB); 100 KB of junk is refused unread.
pub const MAX_ENCODED: usize = 64 * 1024;
/// Largest decompressed document read [bytes] (a deflate bomb stops here).
pub const MAX_DECODED: usize = 1 << 20;
/// DEFLATE effort (miniz level 0–10): 9 is the best ratio; a document is ~1 KB, the time is µs.
const LEVEL: u8 = 9;
/// The extension key of the autoscalers' `behavior` (see the module's doc).
pub const EXT_HPA_BEHAVIOR: &str = "service.autoscale.behavior";
/// The extension key of the replicas' mean time between hangs (see the module's doc).
pub const EXT_HANG_MTBF: &str = "pricing.hang_mtbf";
/// The extension key of the services' memory limits (see the module's doc).
pub const EXT_MEMORY_LIMIT: &str = "service.memory_limit";
/// The extension key of a written story's words shown once a question's step has played.
pub const EXT_STORY_AFTER: &str = "story.step.after";

/// A document read from a link, with how many settings this build did not understand.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The document, as far as this build reads it.
    pub doc: Document,
    /// Extension keys skipped because this build does not know them (a newer Hafen made the link).
    pub not_understood: usize,
}

/// The cost, availability and advisor inputs a user sets (the `pricing:` section of a file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// Replica mean time between hangs [h]. Added after link format 2: kept out of its positional
    /// shape and carried in the document's extension section.
    #[serde(skip, default = "default_hang_mtbf")]
    pub hang_mtbf_hours: f64,
}

/// [`Pricing::hang_mtbf_hours`] when a link or a file does not say.
fn default_hang_mtbf() -> f64 {
    FailureRates::default().hang_mtbf_hours
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The application, the cluster, traffic, faults, timings and the team's situation.
    pub scenario: Scenario,
    /// Cost and failure-rate inputs.
    pub pricing: Pricing,
    /// Platforms shown side by side, in order (two or three, each once).
    pub shown: Vec<PlatformKind>,
    /// The story written about it (a file's `story:`), if any: not simulated, checked against the
    /// application by [`Document::validate`]. Not in the positional shape: a link carries it after
    /// the document (link format 2).
    #[serde(skip)]
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

pub use crate::scenario::check_shown;


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

    /// The document as a link fragment, `2.` + base64url.
    pub fn encode(&self) -> String {
        let bytes = self.to_bytes();
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, LEVEL);
        format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
    }

    /// Reads what [`Document::encode`] wrote (a leading `#` is ignored), checked as a file is.
    /// Settings this build does not understand are left out: [`Document::decode_counting`] counts them.
    pub fn decode(text: &str) -> Result<Document, LinkError> {
        Document::decode_counting(text).map(|d| d.doc)
    }

    /// [`Document::decode`], saying how many extension keys were skipped as not understood.
    pub fn decode_counting(text: &str) -> Result<Decoded, LinkError> {
        let text = text.strip_prefix('#').unwrap_or(text).trim();
        if text.is_empty() {
            return Err(LinkError::Empty);
        }
        if text.len() > MAX_ENCODED {
            return Err(LinkError::TooLong(text.len()));
        }
        let Some((version, body)) = text.split_once('.') else { return Err(LinkError::NoVersion) };
        let number = version.parse::<u32>().ok().filter(|v| (OLDEST..=VERSION).contains(v) && !version.starts_with('0'));
        let Some(number) = number else {
            return Err(if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
                LinkError::NoVersion
            } else {
                LinkError::UnknownVersion(version.chars().take(12).collect())
            });
        };
        let packed = URL_SAFE_NO_PAD.decode(body.trim_end_matches('=')).map_err(|_| LinkError::NotBase64)?;
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_DECODED).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooBig,
            _ => LinkError::Damaged,
        })?;
        Document::read(&bytes, number)
    }

    /// The document as bytes, uncompressed and without a size limit (the current version's
    /// shape): how the page and its file worker hand a document over ([`crate::offload`]); a link
    /// uses [`Document::encode`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = postcard::to_allocvec(self).expect("a document always serializes (no maps, no unsized values)");
        let story = self.story.as_deref();
        bytes.extend(postcard::to_allocvec(&story).expect("a story always serializes"));
        let extensions = self.extensions();
        if !extensions.is_empty() {
            bytes.extend(postcard::to_allocvec(&extensions).expect("extensions always serialize"));
        }
        bytes
    }

    /// Reads what [`Document::to_bytes`] wrote, checked as a file is.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, LinkError> {
        Document::read(bytes, VERSION).map(|d| d.doc)
    }

    /// The extension section: each field outside the positional shape that differs from its
    /// default, as (key, postcard value).
    fn extensions(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let behaviors: Vec<(u32, &HpaBehavior)> = (0u32..)
            .zip(&self.scenario.topology.services)
            .filter_map(|(i, s)| s.autoscale.as_ref().and_then(|a| a.behavior.as_ref()).map(|b| (i, b)))
            .collect();
        if !behaviors.is_empty() {
            out.push((EXT_HPA_BEHAVIOR.to_string(), postcard::to_allocvec(&behaviors).expect("behaviors always serialize")));
        }
        if self.pricing.hang_mtbf_hours != default_hang_mtbf() {
            out.push((EXT_HANG_MTBF.to_string(), postcard::to_allocvec(&self.pricing.hang_mtbf_hours).expect("a number always serializes")));
        }
        let limits: Vec<(u32, u32)> = (0u32..).zip(&self.scenario.topology.services).filter_map(|(i, s)| s.memory_limit.map(|l| (i, l))).collect();
        if !limits.is_empty() {
            out.push((EXT_MEMORY_LIMIT.to_string(), postcard::to_allocvec(&limits).expect("limits always serialize")));
        }
        let after: Vec<(u32, &str)> = self.story.iter().flat_map(|s| (0u32..).zip(&s.steps)).filter(|(_, st)| !st.words.after.is_empty()).map(|(i, st)| (i, st.words.after.as_str())).collect();
        if !after.is_empty() {
            out.push((EXT_STORY_AFTER.to_string(), postcard::to_allocvec(&after).expect("words always serialize")));
        }
        out
    }

    /// Sets what the extension `key` holds; `Ok(false)` for a key this build does not know.
    fn extend(&mut self, key: &str, value: &[u8]) -> Result<bool, LinkError> {
        match key {
            EXT_HPA_BEHAVIOR => {
                let (behaviors, rest): (Vec<(u32, HpaBehavior)>, &[u8]) = postcard::take_from_bytes(value).map_err(|_| LinkError::NotADocument)?;
                if !rest.is_empty() {
                    return Err(LinkError::NotADocument);
                }
                for (i, b) in behaviors {
                    let a = usize::try_from(i).ok().and_then(|i| self.scenario.topology.services.get_mut(i)).and_then(|s| s.autoscale.as_mut());
                    match a {
                        Some(a) if a.behavior.is_none() => a.behavior = Some(b),
                        // No such autoscaled service, or one given twice: not what Hafen writes.
                        _ => return Err(LinkError::NotADocument),
                    }
                }
                Ok(true)
            }
            EXT_HANG_MTBF => {
                let (hours, rest): (f64, &[u8]) = postcard::take_from_bytes(value).map_err(|_| LinkError::NotADocument)?;
                if !rest.is_empty() {
                    return Err(LinkError::NotADocument);
                }
                // Checked with the rest of the pricing (its range) when the document is validated.
                self.pricing.hang_mtbf_hours = hours;
                Ok(true)
            }
            EXT_MEMORY_LIMIT => {
                let (limits, rest): (Vec<(u32, u32)>, &[u8]) = postcard::take_from_bytes(value).map_err(|_| LinkError::NotADocument)?;
                if !rest.is_empty() {
                    return Err(LinkError::NotADocument);
                }
                for (i, mib) in limits {
                    match usize::try_from(i).ok().and_then(|i| self.scenario.topology.services.get_mut(i)) {
                        // Checked against the request when the document is validated.
                        Some(s) if s.memory_limit.is_none() => s.memory_limit = Some(mib),
                        // No such service, or one given twice: not what Hafen writes.
                        _ => return Err(LinkError::NotADocument),
                    }
                }
                Ok(true)
            }
            EXT_STORY_AFTER => {
                let (after, rest): (Vec<(u32, String)>, &[u8]) = postcard::take_from_bytes(value).map_err(|_| LinkError::NotADocument)?;
                if !rest.is_empty() {
                    return Err(LinkError::NotADocument);
                }
                for (i, words) in after {
                    let step = self.story.as_mut().and_then(|s| usize::try_from(i).ok().and_then(|i| Rc::make_mut(s).steps.get_mut(i)));
                    match step {
                        // Its length is checked with the story when the document is validated.
                        Some(st) if st.words.after.is_empty() && !words.is_empty() => st.words.after = words,
                        // No such step, given twice, or empty: not what Hafen writes.
                        _ => return Err(LinkError::NotADocument),
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Reads a document in the shape of link format `version`, checked as a file is.
    fn read(bytes: &[u8], version: u32) -> Result<Decoded, LinkError> {
        let (mut doc, mut rest): (Document, &[u8]) = postcard::take_from_bytes(bytes).map_err(|_| LinkError::NotADocument)?;
        let mut not_understood = 0;
        if version >= 2 {
            let (story, after): (Option<Written>, &[u8]) = postcard::take_from_bytes(rest).map_err(|_| LinkError::NotADocument)?;
            doc.story = story.map(Rc::new);
            rest = after;
            if !rest.is_empty() {
                let (extensions, after): (Vec<(String, Vec<u8>)>, &[u8]) = postcard::take_from_bytes(rest).map_err(|_| LinkError::NotADocument)?;
                rest = after;
                let mut seen: Vec<&str> = Vec::new();
                for (key, value) in &extensions {
                    if seen.contains(&key.as_str()) {
                        return Err(LinkError::NotADocument);
                    }
                    seen.push(key);
                    if !doc.extend(key, value)? {
                        not_understood += 1;
                    }
                }
            }
        }
        if !rest.is_empty() {
            return Err(LinkError::NotADocument);
        }
        doc.validate().map_err(LinkError::Invalid)?;
        Ok(Decoded { doc, not_understood })
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
