//! The page's state and its one reducer, in parts: the document and its history (`doc.rs`), what
//! the page opens with and how it plays (`opening.rs`), the simulated runs of the platforms shown
//! (`side.rs`), computed off the reducer (`hooks::use_runs`), the keys of the estimates
//! (`estimates.rs`), the session's view (`view.rs`: speed, panel, selection, notices), and the
//! reducer (`reduce.rs`). The document is the scenario being built (services, cluster, traffic,
//! faults): every change to it is a named edit that can be undone. Playback, the time cursor and
//! the selection are session state: they change no document.

mod doc;
mod estimates;
mod opening;
mod reduce;
mod side;
mod view;

pub use doc::Doc;
pub use estimates::{economics, EstimateKey};
pub use hafen_core::document::Pricing;
pub use hafen_core::economics::Economics;
pub use opening::{as_cluster, fault_node, preset, Opening, Playback, KEPT_ASIDE, PRESETS};
pub use side::{Needed, Shared, Side};
pub use view::{Instead, Notice, Panel, Selection, Speed, MIN_SHOWN};

use doc::History;
use hafen_core::document::Document;
use hafen_core::edit::Edit;
use hafen_core::text::message::Message;
use hafen_core::{Fault, NodeRef, PlatformKind, Scenario, SimTime};
use std::rc::Rc;

/// Where the cursor starts, so the steady state shows before any fault [ms].
pub const DEFAULT_FAULT_TIME: SimTime = SimTime(10_000);

/// Undo steps kept.
pub const HISTORY: usize = 200;

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The document, whole.
    pub doc: Doc,
    /// Preset the document started from.
    pub preset: String,
    /// The undo history, shared: a frame or any other session change copies a pointer, only a
    /// document change makes a new one.
    history: Rc<History>,
    /// The simulation of each shown platform, as far as it is made: after an edit, the runs of the
    /// document before it (without the platforms hidden since) until [`Action::Simulated`] brings
    /// the new ones ([`AppState::recomputing`]). The reducer never simulates: the app makes the
    /// runs in slices (`hooks::use_runs`), the first paint and the tests at once ([`AppState::settle`]).
    pub sides: Vec<Shared<Side>>,
    /// Counts the changes to the document or the platforms shown: the runs the sides must be.
    runs_wanted: u64,
    /// Which of those changes [`AppState::sides`] are the runs of.
    runs_made: u64,
    /// The moment the diagrams show; new faults happen here.
    pub cursor: SimTime,
    /// Whether time runs.
    pub playing: bool,
    /// Playback speed.
    pub speed: Speed,
    /// Whether playback starts again at [`AppState::loop_from`] after the end (`?loop=1`).
    pub looping: bool,
    /// Where a loop starts again [ms].
    pub loop_from: SimTime,
    last_frame: Option<f64>,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Why the last edit was refused, shown until the next action.
    pub refusal: Option<Message>,
    /// What is in front: the platforms or a part of the economics (session state, not an edit).
    pub panel: Panel,
    /// What the last edit removed ("backend removed"), offered for undo until the next edit.
    pub removed: Option<String>,
    /// Where the document came from, or why a link or saved state was not opened.
    pub notice: Option<Notice>,
    /// Where playback stops: the end of a story's step ([`Action::Present`]); `None`: the end of
    /// the run.
    pub stop_at: Option<SimTime>,
}

/// A story's step as the page shows it ([`Action::Present`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Staged {
    /// The step's application and events.
    pub scenario: Scenario,
    /// The platforms shown.
    pub shown: Vec<PlatformKind>,
    /// The panel in front.
    pub panel: Panel,
    /// Where playing starts [ms].
    pub from: SimTime,
    /// Where it stops [ms].
    pub to: SimTime,
    /// Play at once (false while a question waits for its answer).
    pub play: bool,
    /// Playback speed.
    pub speed: Speed,
}

/// Every change, to the document (undoable) or to the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// An edit to the document.
    Edit(Edit),
    /// A fault, placed at the cursor, on every platform.
    Fault(Fault),
    /// Undo the last document edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Replace the document by a preset (undoable).
    LoadPreset(String),
    /// Show or hide a platform (at least two stay shown).
    Show(PlatformKind, bool),
    /// Move the cursor.
    Seek(SimTime),
    /// An animation frame at this wall-clock timestamp [ms].
    Frame(f64),
    /// Start or stop playback.
    TogglePlay,
    /// Play (true) or pause (false): a host page's message to an embed.
    SetPlaying(bool),
    /// Playback speed.
    SetSpeed(Speed),
    /// Jump to the next moment something happens.
    NextEvent,
    /// Jump to the previous moment something happened.
    PrevEvent,
    /// Select something (or nothing).
    Select(Option<Selection>),
    /// Bring a panel to the front.
    ShowPanel(Panel),
    /// Put away the offer to undo a removal.
    Dismiss,
    /// A node's power button: restore the node if it is down at the cursor (on the first cluster
    /// shown, else the first platform), kill it otherwise.
    Power(String),
    /// Change the cost, availability or advisor inputs.
    SetCosts(Pricing),
    /// Replace the whole document: a link pasted into the address, a file opened (undoable).
    Open(Rc<Document>),
    /// Show a notice (or none).
    Notify(Option<Notice>),
    /// Show a story's step: its application on its platforms, from its start (not an edit: the
    /// presenter's own state, with nothing to undo).
    Present(Rc<Staged>),
    /// Runs made for a change ([`AppState::runs_needed`]): the sides in the order of the platforms
    /// shown, those not made yet as they were (or missing), and whether they are all made. Ignored
    /// when the document has changed again since.
    Simulated(u64, Rc<Vec<Shared<Side>>>, bool),
}

impl Default for AppState {
    fn default() -> Self {
        AppState::with_preset("feastflow")
    }
}

impl AppState {
    /// Whether the sides are the runs of an earlier document or platforms shown: the new ones are
    /// being made. Time does not run meanwhile.
    pub fn recomputing(&self) -> bool {
        self.runs_made != self.runs_wanted
    }

    /// The change to the document or platforms shown the sides must stand for (counted).
    pub fn runs_wanted(&self) -> u64 {
        self.runs_wanted
    }

    /// What the sides must become: which change they stand for and, per platform shown, the side
    /// already made for the same scenario or the scenario still to run.
    pub fn runs_needed(&self) -> Needed {
        let sides = self
            .doc
            .shown
            .iter()
            .map(|&platform| {
                let (scenario, _) = self.doc.scenario.on_platform(platform);
                match self.sides.iter().find(|s| s.platform == platform && s.scenario == scenario) {
                    Some(made) => Ok(made.clone()),
                    None => Err((platform, scenario)),
                }
            })
            .collect();
        Needed { wanted: self.runs_wanted, sides }
    }

    /// The state with its runs made now, on this thread (the first paint, the tests, opening).
    pub fn settle(self) -> Self {
        if !self.recomputing() {
            return self;
        }
        // Every platform run anew (not [`AppState::runs_needed`]: comparing scenarios would cost the
        // first paint, which settles once, its bytes).
        let sides = self.doc.shown.iter().map(|&platform| Side::simulated(platform, self.doc.scenario.on_platform(platform).0)).collect();
        self.with_runs(sides)
    }

    /// The runs `sides` made for the change the state wants now become the sides; the cursor stays
    /// within them.
    fn with_runs(mut self, sides: Vec<Shared<Side>>) -> Self {
        self.sides = sides;
        self.runs_made = self.runs_wanted;
        self.keep_within_runs();
        self.last_frame = None;
        self
    }

    /// The cursor and the loop's start within the runs shown.
    fn keep_within_runs(&mut self) {
        self.cursor = self.cursor.min(self.end());
        self.loop_from = self.loop_from.min(self.end());
    }

    /// The simulated side of `platform`, if shown.
    pub fn side(&self, platform: PlatformKind) -> Option<&Shared<Side>> {
        self.sides.iter().find(|s| s.platform == platform)
    }

    /// Where playback stops: a step's end, else the run's [ms].
    pub fn stop(&self) -> SimTime {
        self.stop_at.map_or(self.end(), |t| t.min(self.end()))
    }

    /// End of the longest run [ms].
    pub fn end(&self) -> SimTime {
        self.sides.iter().filter_map(|s| s.run.as_ref().ok()).map(|r| r.end).max().unwrap_or(SimTime::ZERO)
    }

    /// Moments where something happens on any shown platform, sorted.
    pub fn event_times(&self) -> Vec<SimTime> {
        // Sorted as milliseconds, as the core sorts its moments.
        let mut ms: Vec<u64> = self.sides.iter().filter_map(|s| s.run.as_ref().ok()).flat_map(|r| r.trace.iter().map(|e| e.t.as_millis())).collect();
        ms.sort_unstable();
        ms.dedup();
        ms.into_iter().map(SimTime).collect()
    }

    /// Whether something happens on a platform after the cursor (the timeline's "next").
    pub fn has_next(&self) -> bool {
        self.sides.iter().filter_map(|s| s.run.as_ref().ok()).any(|r| r.trace.last().is_some_and(|e| e.t > self.cursor))
    }

    /// The node the actions bar's "Kill" powers off: a selected node by name (the Compose host is
    /// `node-1` in the document); else the node running the selected service, else the node running
    /// the application's database ([`hafen_core::presets::signature_service`]). A node named
    /// `node-1` is Compose's one host but may be an empty node of a cluster; the node running a
    /// service is lost on every platform alike.
    pub fn kill_target(&self) -> NodeRef {
        match &self.selected {
            Some(Selection::Node(n)) => NodeRef::Named(fault_node(n)),
            Some(Selection::Service(s)) => NodeRef::Running(s.clone()),
            None => match hafen_core::presets::signature_service(&self.doc.scenario) {
                Some(s) => NodeRef::Running(s.to_string()),
                None => NodeRef::Named(fault_node("host")),
            },
        }
    }

    /// Whether something happened on a platform before the cursor (the timeline's "prev").
    pub fn has_prev(&self) -> bool {
        self.sides.iter().filter_map(|s| s.run.as_ref().ok()).any(|r| r.trace.first().is_some_and(|e| e.t < self.cursor))
    }

    /// What the power button of `node` does now: restore it if it is down at the cursor (on the
    /// first cluster shown, else the first platform), kill it otherwise.
    fn power_fault(&self, node: String) -> Fault {
        let down = self.sides.iter().find(|s| s.platform != PlatformKind::Compose).or_else(|| self.sides.first()).and_then(|s| {
            let run = s.run.as_ref().ok()?;
            let i = run.nodes.iter().position(|n| n.name == node)?;
            Some(run.snapshot_at(self.cursor).nodes.get(i).is_some_and(|st| *st != hafen_core::NodeState::Ready))
        });
        if down == Some(true) {
            Fault::restore_node(node)
        } else {
            Fault::kill_node(node)
        }
    }

    /// The document or the platforms shown changed: their runs are wanted anew (the sides of the
    /// platforms no longer shown go at once).
    fn rerun(mut self) -> Self {
        self.runs_wanted += 1;
        self.sides.retain(|s| self.doc.shown.contains(&s.platform));
        // A selection that no longer exists is dropped.
        let keep = match &self.selected {
            Some(Selection::Service(s)) => self.doc.scenario.topology.service_index(s).is_some(),
            Some(Selection::Node(n)) => n == "host" || self.doc.scenario.platform.node_names().contains(n),
            None => true,
        };
        if !keep {
            self.selected = None;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::Reducible;

    /// `s` with the runs it wants made.
    fn settled(s: Rc<AppState>) -> Rc<AppState> {
        Rc::new(Rc::unwrap_or_clone(s).settle())
    }

    #[test]
    fn a_frame_shares_the_undo_history_and_only_a_document_change_makes_a_new_one() {
        let s = settled(Rc::new(AppState::with_preset("feastflow")).reduce(Action::Edit(Edit::SetTraffic(100)))).reduce(Action::TogglePlay);
        let played = s.clone().reduce(Action::Frame(1_000.0)).reduce(Action::Frame(1_016.0));
        assert!(played.cursor > s.cursor, "time ran");
        assert!(Rc::ptr_eq(&s.history, &played.history), "frames copy a pointer, not 200 steps");
        let undone = played.clone().reduce(Action::Undo);
        assert!(!Rc::ptr_eq(&played.history, &undone.history));
        assert!(undone.can_redo() && !undone.can_undo());
        assert_eq!(played.history.past.len(), 1, "the history the frames shared is as it was");
    }
}
