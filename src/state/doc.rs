//! The document as the page holds it, and its undo history.

use hafen_core::document::Document;
use hafen_core::edit::{apply, Edit};
use hafen_core::written::Written;
use hafen_core::{PlatformKind, Scenario};
use hafen_core::text::message::Message;
use std::rc::Rc;
use super::*;

/// The document as the page holds it, whole: what is simulated, what it costs, what is compared,
/// and its story. The scenario is shared (a view that takes it compares it by pointer), the story
/// too; the pricing inputs and the platforms shown are small values: the history keeps whole
/// documents at little cost.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The application, the cluster, traffic, faults, timings and the team's situation.
    pub scenario: Shared<Scenario>,
    /// The story written into the document, if any: it follows the scenario's edits and comes
    /// back with them on undo.
    pub story: Option<Rc<Written>>,
    /// Cost, availability and advisor inputs. The costs, availability and advice themselves are
    /// derived outside the reducer, in slices (`hooks::use_estimates`): they take many simulations.
    pub pricing: Pricing,
    /// Platforms shown, in display order (two or three).
    pub shown: Vec<PlatformKind>,
}

impl Doc {
    /// The page's hold on `d`.
    pub fn of(d: Document) -> Doc {
        Doc { scenario: Shared(Rc::new(d.scenario)), story: d.story, pricing: d.pricing, shown: d.shown }
    }

    /// The document as it is kept and shared (links, saved state, files).
    pub fn document(&self) -> Document {
        Document { scenario: (*self.scenario).clone(), pricing: self.pricing.clone(), shown: self.shown.clone(), story: self.story.clone() }
    }
}

/// One step of the undo history: the document before (or after) an change, and whether the change
/// replaced it whole (opening a link or a file: undoing it gives back the pricing inputs and the
/// platforms shown too) or only its scenario and story (an edit: the pricing inputs and platforms
/// shown are the page's as they are now).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Step {
    pub(super) doc: Doc,
    pub(super) whole: bool,
}

/// The undo history: the steps before the document (oldest first) and those undone after it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct History {
    pub(super) past: Vec<Step>,
    pub(super) future: Vec<Step>,
}

impl AppState {
    /// The document as it is kept and shared: the scenario, the cost inputs, the platforms shown.
    pub fn document(&self) -> Document {
        self.doc.document()
    }

    /// The scenario and its story after `edit` ([`Document::edited`]'s rules).
    pub(super) fn edited(&self, edit: &Edit) -> Result<(Scenario, Option<Rc<Written>>), Message> {
        let doc = apply(&self.doc.scenario, edit)?;
        let story = hafen_core::written::followed(self.doc.story.as_ref(), edit, &doc)?;
        Ok((doc, story))
    }

    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.history.past.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.history.future.is_empty()
    }

    pub(super) fn with_doc(self, (scenario, story): (Scenario, Option<Rc<Written>>)) -> Self {
        let doc = Doc { scenario: Shared(Rc::new(scenario)), story, ..self.doc.clone() };
        self.with_step(doc, false)
    }

    /// The document becomes `doc`; the history remembers the one before it, `whole` if this change
    /// replaced its pricing inputs and platforms shown too.
    pub(super) fn with_step(mut self, doc: Doc, whole: bool) -> Self {
        let step = Step { doc: std::mem::replace(&mut self.doc, doc), whole };
        let h = Rc::make_mut(&mut self.history);
        h.past.push(step);
        if h.past.len() > HISTORY {
            h.past.remove(0);
        }
        h.future.clear();
        self.rerun()
    }

    /// Goes to `step` (a history entry); returns the entry that comes back here. A step that
    /// replaced the whole document gives back its pricing inputs and platforms shown as well.
    pub(super) fn step_back(&mut self, step: Step) -> Step {
        let doc = if step.whole { step.doc } else { Doc { scenario: step.doc.scenario, story: step.doc.story, ..self.doc.clone() } };
        Step { doc: std::mem::replace(&mut self.doc, doc), whole: step.whole }
    }
}
