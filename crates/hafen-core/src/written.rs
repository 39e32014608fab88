//! A story its user wrote into a scenario file (`story:`, documented in `scenarios/README.md`):
//! per step, the author's words and what the built-in steps say in code — the platforms shown, the
//! panel in front, the stretch of time to play, the events that fire and the question asked.
//!
//! It is kept in the [`crate::document::Document`] it tells about, so the editor's edits follow it
//! (a removed service's events and questions go with it, a removed node's successors are
//! renumbered: [`Written::follow`]) and the document's validation refuses a story that no longer
//! fits its application ([`Written::validate`]). It travels in links from version 2 of the link
//! format (`crate::document`). Only what is written lives here (below the document); telling it,
//! which simulates, is `crate::story`'s.

use crate::message;
use crate::message::Message;
use std::rc::Rc;
use crate::scenario::{err, Fault, Scenario, ScenarioError};
use crate::time::SimTime;
use crate::topology::PlatformKind;

/// Most steps a story may have [count].
pub const MAX_STEPS: usize = 100;
/// Longest title, of the story or a step [characters].
pub const MAX_TITLE: usize = 120;
/// Longest narration [characters]: a few sentences on screen.
pub const MAX_NARRATION: usize = 1_000;
/// Longest speaker notes [characters].
pub const MAX_NOTES: usize = 5_000;
/// Longest question [characters].
pub const MAX_QUESTION: usize = 300;

/// The panel in front during a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// What happens to this service's requests.
    Service(String),
    /// Whether replicas return to this node after it comes back.
    Node(String),
}

/// What happened to a service, or a node, over a step: the choices of a question, read from the
/// simulation by [`outcome`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The platform the question is about.
    pub platform: PlatformKind,
    /// What on it.
    pub target: Target,
    /// The choices offered, in order (three or four of [`Outcome::FOR_SERVICE`] or
    /// [`Outcome::FOR_NODE`]); the simulation's answer is one of them (tested).
    pub choices: Vec<Outcome>,
}

/// A step's words, as its author wrote them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
    /// the narration is the whole text, shown throughout). Links carry it in their extension
    /// section (`crate::wire`, key `story.step.after`).
    pub after: String,
}

/// A story written into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Its title.
    pub title: String,
    /// The steps, in order (at least one).
    pub steps: Vec<WrittenStep>,
}

/// One step of a written story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenStep {
    /// Title, narration, speaker notes, question.
    pub words: OwnWords,
    /// The platforms shown, left to right; empty: the ones the document shows.
    pub shown: Vec<PlatformKind>,
    /// The panel in front.
    pub panel: Panel,
    /// Where playing starts [ms].
    pub from: SimTime,
    /// Where it stops [ms]; the step's simulation runs to here.
    pub to: SimTime,
    /// The events that fire; `None`: the document's own (`events:`).
    pub events: Option<Vec<Fault>>,
    /// Asked before it plays.
    pub question: Option<Question>,
}

/// The field path of step `i` ("story.steps[2]").
fn at(i: usize) -> String {
    format!("story.steps[{i}]")
}

/// Refuses text longer than `most` characters.
fn length(text: &str, field: String, most: usize) -> Result<(), ScenarioError> {
    let n = text.chars().count();
    if n > most {
        return Err(err(field, message!("bad-characters-most", most = most, got = n)));
    }
    Ok(())
}

impl Written {
    /// Checks the story against `sc`, the application it tells about: words within their lengths,
    /// each step's time range, platforms, events (as [`Scenario::validate`] checks a file's
    /// `events:`) and question (a service or node that exists there, two to four distinct choices
    /// that fit what is asked). Errors name `story.steps[i]…`.
    pub fn validate(&self, sc: &Scenario) -> Result<(), ScenarioError> {
        if self.title.trim().is_empty() {
            return Err(err("story.title", message!("story-needs-title")));
        }
        length(&self.title, "story.title".into(), MAX_TITLE)?;
        if self.steps.is_empty() {
            return Err(err("story.steps", message!("story-needs-step")));
        }
        if self.steps.len() > MAX_STEPS {
            return Err(err("story.steps", message!("story-steps-most", most = MAX_STEPS, got = self.steps.len())));
        }
        for (i, w) in self.steps.iter().enumerate() {
            w.validate(sc).map_err(|mut e| {
                if !e.field.starts_with("story.") {
                    e.field = format!("{}.{}", at(i), e.field);
                }
                e
            })?;
        }
        Ok(())
    }

    /// The story after the editor's `edit` to its application: events and questions about a
    /// removed service go; a removed node's events and question go, and the nodes after it are
    /// renumbered (as [`crate::edit::apply`] does to the document's own events).
    pub fn follow(&mut self, edit: &crate::edit::Edit) {
        for w in &mut self.steps {
            if let Some(events) = &mut w.events {
                crate::edit::follow_faults(events, edit);
            }
            let keep = match (&mut w.question, edit) {
                (Some(Question { target: Target::Service(s), .. }), crate::edit::Edit::RemoveService(name)) => s != name,
                (Some(Question { target: Target::Node(n), .. }), crate::edit::Edit::RemoveNode(_)) => match crate::edit::follow_node(n, edit) {
                    Some(new) => {
                        *n = new;
                        true
                    }
                    None => false,
                },
                _ => true,
            };
            if !keep {
                w.question = None;
            }
        }
    }
}

/// The story `story` after the editor's `edit` to its application, which gave `sc`
/// ([`Written::follow`]); a step that no longer fits refuses the edit, naming the step.
pub fn followed(story: Option<&Rc<Written>>, edit: &crate::edit::Edit, sc: &Scenario) -> Result<Option<Rc<Written>>, Message> {
    let Some(story) = story else { return Ok(None) };
    let mut story = story.clone();
    Rc::make_mut(&mut story).follow(edit);
    story.validate(sc).map_err(|e| match e.field.strip_prefix("story.steps[").and_then(|r| r.split(']').next()?.parse::<usize>().ok()) {
        Some(i) => message!("edit-story-step", step = i + 1, why = e.message),
        None => e.message,
    })?;
    Ok(Some(story))
}

impl WrittenStep {
    /// The step's application: `sc` with the step's events, or with the document's own that
    /// happen before the step ends (a later one is not part of it).
    pub fn application(&self, sc: &Scenario) -> Scenario {
        let mut staged = sc.clone();
        match &self.events {
            Some(events) => staged.faults = events.clone(),
            None => staged.faults.retain(|f| f.at <= self.to),
        }
        staged
    }

    /// Checks the step against `sc` (fields relative to the step).
    fn validate(&self, sc: &Scenario) -> Result<(), ScenarioError> {
        let w = &self.words;
        if w.title.trim().is_empty() {
            return Err(err("title", message!("story-step-needs-title")));
        }
        length(&w.title, "title".into(), MAX_TITLE)?;
        length(&w.narration, "narration".into(), MAX_NARRATION)?;
        length(&w.notes, "notes".into(), MAX_NOTES)?;
        length(&w.question, "question.text".into(), MAX_QUESTION)?;
        length(&w.after, "question.after".into(), MAX_NARRATION)?;
        if self.to <= self.from {
            return Err(err("play", message!("story-ends-before-start", to = self.to, from = self.from)));
        }
        if self.to.since(SimTime::ZERO) > crate::scenario::MAX_DURATION {
            return Err(err("play", message!("bad-duration-most", max = crate::scenario::MAX_DURATION)));
        }
        // None listed: the document's own.
        if !self.shown.is_empty() {
            crate::scenario::check_shown(&self.shown).map_err(|(_, m)| err("show", m))?;
        }
        // The step's application, run to its end.
        let mut staged = self.application(sc);
        staged.duration = self.to.since(SimTime::ZERO);
        staged.validate()?;
        if let Some(q) = &self.question {
            let field = "question";
            match &q.target {
                Target::Service(s) if sc.topology.service_index(s).is_none() => return Err(err(format!("{field}.service"), message!("bad-no-such-service", service = s))),
                Target::Node(n) => {
                    let nodes = sc.on_platform(q.platform).0.platform.node_names();
                    if !nodes.contains(n) {
                        return Err(err(format!("{field}.node"), message!("story-no-such-node", platform = q.platform.id(), node = n, nodes = nodes.join(", "))));
                    }
                }
                Target::Service(_) => {}
            }
            let allowed: &[Outcome] = match q.target {
                Target::Service(_) => &Outcome::FOR_SERVICE,
                Target::Node(_) => &Outcome::FOR_NODE,
            };
            if let Some(c) = q.choices.iter().find(|c| !allowed.contains(c)) {
                let ids = allowed.iter().map(|o| o.id()).collect::<Vec<_>>().join(", ");
                let why = if matches!(q.target, Target::Service(_)) {
                    message!("story-not-a-service-outcome", outcome = c.id(), known = ids)
                } else {
                    message!("story-not-a-node-outcome", outcome = c.id(), known = ids)
                };
                return Err(err(format!("{field}.choices"), why));
            }
            let most = allowed.len().min(4);
            if !(2..=most).contains(&q.choices.len()) {
                return Err(err(format!("{field}.choices"), message!("story-choices-count", most = most, got = q.choices.len())));
            }
            if q.choices.iter().enumerate().any(|(i, c)| q.choices[..i].contains(c)) {
                return Err(err(format!("{field}.choices"), message!("story-choice-twice")));
            }
            let shown = if self.shown.is_empty() { None } else { Some(&self.shown) };
            if shown.is_some_and(|s| !s.contains(&q.platform)) {
                return Err(err(format!("{field}.platform"), message!("story-platform-not-shown", platform = q.platform.id())));
            }
        }
        Ok(())
    }
}
