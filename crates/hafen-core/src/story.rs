//! Stories: an ordered sequence of steps to present or to learn from — which platforms are shown,
//! which panel is in front, what fires, the stretch of simulated time to play — and, for "predict,
//! then watch", a question whose answer is not written down but read from the simulation
//! ([`outcome`]), so an answer can never disagree with what the diagrams then show.
//!
//! The built-in stories (from the design documents) are in [`builtin`]; their words are in the text
//! layer (`text::en::story`), keyed by [`Words::Key`]. A story a user writes into a scenario file
//! (`story:`) is [`written::Written`], kept in the scenario it tells about; its words are its
//! author's ([`Words::Own`]).

pub mod builtin;
pub mod written;

use crate::run::{ReplicaState, Run};
use crate::scenario::{Fault, Scenario, ScenarioError};
use crate::summary::{consequences, Finding};
use crate::time::{SimDuration, SimTime};
use crate::topology::PlatformKind;

/// The panel in front during a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Panel {
    /// The platforms' diagrams.
    Diagrams,
    /// Costs per month.
    Costs,
    /// Availability.
    Availability,
    /// The advisor's verdict.
    Advisor,
    /// The operator's commands.
    Commands,
}

impl Panel {
    /// Every panel, in the order the app's tabs show them.
    pub const ALL: [Panel; 5] = [Panel::Diagrams, Panel::Costs, Panel::Availability, Panel::Advisor, Panel::Commands];

    /// Its name in a scenario file's `story:` (`panel: costs`).
    pub const fn id(self) -> &'static str {
        match self {
            Panel::Diagrams => "diagrams",
            Panel::Costs => "costs",
            Panel::Availability => "availability",
            Panel::Advisor => "advisor",
            Panel::Commands => "commands",
        }
    }
}

/// What a question asks about.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// What happens to this service's requests.
    Service(String),
    /// Whether replicas return to this node after it comes back.
    Node(String),
}

/// What happened to a service, or a node, over a step: the choices of a question, read from the
/// simulation by [`outcome`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Outcome {
    /// Nothing happened to it.
    Unaffected,
    /// It lost replicas, but the others answered every request.
    OthersKeptServing,
    /// It stayed up, but some requests failed (a dead replica still received them, or too few
    /// replicas for the traffic).
    SomeRequestsFailed,
    /// It was down, and the platform brought it back by itself.
    HealedByItself,
    /// It was down while a change was made (a release, a configuration change, a volume resized by
    /// hand), and back when it was done.
    DownWhileChanged,
    /// It was down until an operator acted.
    DownUntilSomeoneActs,
    /// It was down and not back by the end of the step.
    NotBack,
    /// The node came back and received replicas again.
    NodeUsedAgain,
    /// The node came back and stayed empty.
    NodeStaysEmpty,
    /// The platform brought it back by itself on another node, without its data (a stateful Swarm
    /// service without a placement constraint: a new, empty local volume there). Last, so links
    /// made before it keep their choices (a link stores an outcome by its place in this list).
    BackWithoutItsData,
}

impl Outcome {
    /// The choices a question about a service offers, in order.
    pub const FOR_SERVICE: [Outcome; 8] = [
        Outcome::OthersKeptServing,
        Outcome::SomeRequestsFailed,
        Outcome::HealedByItself,
        Outcome::BackWithoutItsData,
        Outcome::DownWhileChanged,
        Outcome::DownUntilSomeoneActs,
        Outcome::NotBack,
        Outcome::Unaffected,
    ];
    /// The choices a question about a node offers.
    pub const FOR_NODE: [Outcome; 2] = [Outcome::NodeUsedAgain, Outcome::NodeStaysEmpty];

    /// Its name in a scenario file's `story:` (`choices: [healed-by-itself, not-back]`).
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::Unaffected => "unaffected",
            Outcome::OthersKeptServing => "others-kept-serving",
            Outcome::SomeRequestsFailed => "some-requests-failed",
            Outcome::HealedByItself => "healed-by-itself",
            Outcome::BackWithoutItsData => "back-without-its-data",
            Outcome::DownWhileChanged => "down-while-changed",
            Outcome::DownUntilSomeoneActs => "down-until-someone-acts",
            Outcome::NotBack => "not-back",
            Outcome::NodeUsedAgain => "node-used-again",
            Outcome::NodeStaysEmpty => "node-stays-empty",
        }
    }

    /// The outcome a file names ([`Outcome::id`]).
    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::FOR_SERVICE.into_iter().chain(Outcome::FOR_NODE).find(|o| o.id() == id)
    }
}

/// "What happens?" before a step plays.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    /// The platform the question is about.
    pub platform: PlatformKind,
    /// What on it.
    pub target: Target,
    /// The choices offered, in order (three or four of [`Outcome::FOR_SERVICE`] or
    /// [`Outcome::FOR_NODE`]); the simulation's answer is one of them (tested).
    pub choices: Vec<Outcome>,
}

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

/// A step's words, as its author wrote them.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnWords {
    /// Its title.
    pub title: String,
    /// Shown on screen under the title.
    pub narration: String,
    /// For the speaker's notes window only (may be empty).
    pub notes: String,
    /// The question asked before it plays (empty: none, or the text layer's "What happens?").
    pub question: String,
    /// Shown after the narration once a question's step has played (`question.after:`; empty:
    /// the narration is the whole text, shown throughout). Not in the link's positional shape:
    /// it travels in the document's extension section (`story.step.after`).
    #[serde(skip)]
    pub after: String,
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
    pub fn of_document(sc: &Scenario, shown: &[PlatformKind]) -> Story {
        match &sc.story {
            Some(w) => w.story(sc, shown),
            None => {
                let mut scenario = sc.clone();
                scenario.story = None;
                let to = SimTime::ZERO.plus(sc.duration);
                let step = Step { words: Words::Whole, scenario, shown: shown.to_vec(), panel: Panel::Diagrams, from: SimTime::ZERO, to, question: None, claims: Vec::new() };
                Story { id: DOCUMENT.into(), title: Some(sc.name.clone()), steps: vec![step] }
            }
        }
    }
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
