//! Stories: an ordered sequence of steps to present or to learn from — which platforms are shown,
//! which panel is in front, what fires, the stretch of simulated time to play — and, for "predict,
//! then watch", a question whose answer is not written down but read from the simulation
//! ([`outcome`]), so an answer can never disagree with what the diagrams then show.
//!
//! The built-in stories (from the design documents) are in [`builtin`]; their words are in the text
//! layer (`text::en::story`), keyed by [`Words::Key`]. A story a user writes into a scenario file
//! (`story:`) is [`written::Written`], kept in the document it tells about; its words are its
//! author's ([`Words::Own`]).

pub mod builtin;
/// The story a user writes into a document: its own module below the document.
pub use crate::written;
pub use crate::written::{OwnWords, Outcome, Panel, Question, Target};

use crate::document::Document;
use crate::run::{ReplicaState, Run};
use crate::written::{Written, WrittenStep};
use crate::scenario::{Fault, Scenario, ScenarioError};
use crate::summary::{consequences, Finding};
use crate::time::{SimDuration, SimTime};
use crate::topology::PlatformKind;

/// What a step's narration says happens: checked against the simulation by the tests, so a story
/// cannot tell something the platforms would not do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// On which platform.
    pub platform: PlatformKind,
    /// To what.
    pub target: Target,
    /// What happens.
    pub outcome: Outcome,
}

/// Where a step's words come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Words {
    /// A built-in step: its key in the text layer (title, narration, speaker notes, question), so
    /// each language has its own words.
    Key(&'static str),
    /// Written by the story's author (a scenario file's `story:`), in their own language.
    Own(OwnWords),
    /// The document shown as it is, in one step (a document without a story of its own): the
    /// text layer names it and lists its events.
    Whole,
}

/// One step of a story.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Its title, narration, speaker notes and question.
    pub words: Words,
    /// The application and cluster it plays (each shown platform gets it through
    /// [`Scenario::on_platform`]); its faults are the events that fire.
    pub scenario: Scenario,
    /// The platforms shown, left to right.
    pub shown: Vec<PlatformKind>,
    /// The panel in front.
    pub panel: Panel,
    /// Where playing starts [ms].
    pub from: SimTime,
    /// Where playing stops [ms]; the simulation runs to here.
    pub to: SimTime,
    /// Asked before it plays, if anything.
    pub question: Option<Question>,
    /// What its narration says happens.
    pub claims: Vec<Claim>,
}

impl Step {
    /// The scenario one platform simulates for this step: the step's application on `kind`, run up
    /// to [`Step::to`].
    pub fn on(&self, kind: PlatformKind) -> Scenario {
        self.staged().on_platform(kind).0
    }

    /// The step's application as the page shows it: every platform run up to [`Step::to`], so
    /// what the page says about the run is what the claims were checked on.
    pub fn staged(&self) -> Scenario {
        let mut sc = self.scenario.clone();
        sc.duration = SimDuration(self.to.0);
        sc
    }

    /// The events that fire during the step.
    pub fn faults(&self) -> &[Fault] {
        &self.scenario.faults
    }
}

/// A story.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Its id: a built-in story's ("feastflow", "surprises": the address names it, its words are
    /// keyed by it), or [`DOCUMENT`] for the one a document carries.
    pub id: String,
    /// Its author's title (a written story's; a built-in one's is in the text layer).
    pub title: Option<String>,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// The id of the story a document carries, or of the document shown in one step.
pub const DOCUMENT: &str = "document";

impl Story {
    /// The story a document tells: the one written into it, or else the document itself in one
    /// step ([`Words::Whole`]: its platforms, its events, its whole run).
    pub fn of_document(doc: &Document) -> Story {
        let (sc, shown) = (&doc.scenario, &doc.shown[..]);
        match &doc.story {
            Some(w) => Story::of_written(w, sc, shown),
            None => {
                let to = SimTime::ZERO.plus(sc.duration);
                let step = Step { words: Words::Whole, scenario: sc.clone(), shown: shown.to_vec(), panel: Panel::Diagrams, from: SimTime::ZERO, to, question: None, claims: Vec::new() };
                Story { id: DOCUMENT.into(), title: Some(sc.name.clone()), steps: vec![step] }
            }
        }
    }

    /// The story `w` tells, as the presenter steps through it, on `sc` (the document's
    /// application), with `shown` the platforms the document compares.
    pub fn of_written(w: &Written, sc: &Scenario, shown: &[PlatformKind]) -> Story {
        let steps = w.steps.iter().map(|w| step(w, sc, shown)).collect();
        Story { id: DOCUMENT.into(), title: Some(w.title.clone()), steps }
    }
}

/// A written step to present on `sc`, showing `shown` unless it names its own platforms.
fn step(w: &WrittenStep, sc: &Scenario, shown: &[PlatformKind]) -> Step {
    let scenario = w.application(sc);
    let mut shown = if w.shown.is_empty() { shown.to_vec() } else { w.shown.clone() };
    // The platform a question asks about is on screen, to read its answer from (the document's
    // platforms may have changed since the story was written).
    if let Some(q) = w.question.as_ref().filter(|q| !shown.contains(&q.platform)) {
        shown.push(q.platform);
        crate::order::sort_by_key(&mut shown, |k| PlatformKind::ALL.iter().position(|a| a == k));
    }
    Step { words: Words::Own(w.words.clone()), scenario, shown, panel: w.panel, from: w.from, to: w.to, question: w.question.clone(), claims: Vec::new() }
}

/// What happened to `target` over a run of a step (`sc` is the scenario that run simulated).
pub fn outcome(sc: &Scenario, run: &Run, target: &Target) -> Result<Outcome, ScenarioError> {
    match target {
        Target::Service(name) => {
            let index = sc.topology.services.iter().position(|s| &s.name == name).ok_or_else(|| crate::scenario::err("story", crate::message!("bad-no-such-service", service = name)))?;
            let report = &run.services[index];
            let all = consequences(sc, run);
            let findings = &all[index].findings;
            // It runs again, but not on its data: that is what happened to it, however long it was down.
            let back = report.outages.last().is_none_or(|o| o.end.is_some());
            if !report.data_left_behind.is_empty() && back {
                return Ok(Outcome::BackWithoutItsData);
            }
            if report.downtime.0 == 0 {
                let kept = findings.iter().any(|f| matches!(f, Finding::OthersKeptServing | Finding::RolloutStalled));
                return Ok(if report.failed_requests > 0 {
                    Outcome::SomeRequestsFailed
                } else if report.short.0 > 0 || kept {
                    Outcome::OthersKeptServing
                } else {
                    Outcome::Unaffected
                });
            }
            // The last outage decides: was it ended, and by whom? One that came through a
            // dependency ended as the dependency's did (FeastFlow's frontend waits for PostgreSQL).
            let last = |i: usize| {
                all[i].findings.iter().rev().find_map(|f| match f {
                    Finding::Down { end, operator, dependency, .. } => Some((*end, *operator, dependency.clone())),
                    _ => None,
                })
            };
            let mut at = index;
            for _ in 0..=all.len() {
                let Some((end, operator, dependency)) = last(at) else { return Ok(Outcome::NotBack) };
                if end.is_none() {
                    return Ok(Outcome::NotBack);
                }
                if operator.is_some() {
                    return Ok(Outcome::DownUntilSomeoneActs);
                }
                match dependency.and_then(|d| all.iter().position(|c| c.service == d)) {
                    Some(d) => at = d,
                    None => {
                        let start = all[at].findings.iter().rev().find_map(|f| match f {
                            Finding::Down { start, .. } => Some(*start),
                            _ => None,
                        });
                        let changed = sc.faults.iter().any(|f| Some(f.at) == start && f.kind.is_change());
                        return Ok(if changed { Outcome::DownWhileChanged } else { Outcome::HealedByItself });
                    }
                }
            }
            Err(crate::scenario::err("story", crate::message!("story-outage-circular", service = name)))
        }
        Target::Node(name) => {
            let node = run.nodes.iter().position(|n| &n.name == name).ok_or_else(|| crate::scenario::err("story", crate::message!("story-no-node", node = name)))?;
            let end = run.snapshot_at(run.end);
            let used = end.replicas.iter().any(|(_, on, state)| *on == Some(node as u32) && *state != ReplicaState::Terminating);
            Ok(if used { Outcome::NodeUsedAgain } else { Outcome::NodeStaysEmpty })
        }
    }
}

/// A step's question answered by the simulation: the outcome on the question's platform.
pub fn answer(step: &Step) -> Result<Option<Outcome>, ScenarioError> {
    let Some(q) = &step.question else { return Ok(None) };
    let sc = step.on(q.platform);
    let run = crate::engine::simulate(&sc)?;
    outcome(&sc, &run, &q.target).map(Some)
}
