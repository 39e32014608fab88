//! A story its user wrote into a scenario file (`story:`, documented in `scenarios/README.md`):
//! per step, the author's words and what the built-in steps say in code — the platforms shown, the
//! panel in front, the stretch of time to play, the events that fire and the question asked.
//!
//! It is kept in the [`Scenario`] it tells about ([`Scenario::story`]), so the editor's edits
//! follow it (a removed service's events and questions go with it, a removed node's successors are
//! renumbered: [`Written::follow`]) and [`Scenario::validate`] refuses a document whose story no
//! longer fits its application ([`Written::validate`]). It travels in links from version 2 of
//! the link format (`crate::document`).

use super::{OwnWords, Outcome, Panel, Question, Step, Story, Target, Words, DOCUMENT};
use crate::message;
use crate::scenario::{err, Fault, Scenario, ScenarioError};
use crate::time::SimTime;
use crate::topology::PlatformKind;
use serde::{Deserialize, Serialize};

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

/// A story written into a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    /// Its title.
    pub title: String,
    /// The steps, in order (at least one).
    pub steps: Vec<WrittenStep>,
}

/// One step of a written story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The story as the presenter steps through it, on `sc` (the document's application), with
    /// `shown` the platforms the document compares.
    pub fn story(&self, sc: &Scenario, shown: &[PlatformKind]) -> Story {
        let steps = self.steps.iter().map(|w| w.step(sc, shown)).collect();
        Story { id: DOCUMENT.into(), title: Some(self.title.clone()), steps }
    }

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

impl WrittenStep {
    /// The step to present on `sc`, showing `shown` unless it names its own platforms.
    fn step(&self, sc: &Scenario, shown: &[PlatformKind]) -> Step {
        let scenario = self.application(sc);
        let mut shown = if self.shown.is_empty() { shown.to_vec() } else { self.shown.clone() };
        // The platform a question asks about is on screen, to read its answer from (the
        // document's platforms may have changed since the story was written).
        if let Some(q) = self.question.as_ref().filter(|q| !shown.contains(&q.platform)) {
            shown.push(q.platform);
            crate::order::sort_by_key(&mut shown, |k| PlatformKind::ALL.iter().position(|a| a == k));
        }
        Step {
            words: Words::Own(self.words.clone()),
            scenario,
            shown,
            panel: self.panel,
            from: self.from,
            to: self.to,
            question: self.question.clone(),
            claims: Vec::new(),
        }
    }

    /// The step's application: `sc` with the step's events, or with the document's own that
    /// happen before the step ends (a later one is not part of it).
    fn application(&self, sc: &Scenario) -> Scenario {
        let mut staged = sc.clone();
        staged.story = None;
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
            crate::document::check_shown(&self.shown).map_err(|(_, m)| err("show", m))?;
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
