//! The document and its reducer. The document is the scenario being built (services, cluster,
//! traffic, faults): every change to it is a named edit that can be undone. Playback, the time cursor,
//! the selection and which platforms are shown are session state: they change no document.

use hafen_core::availability::{Estimation, Repairs};
use hafen_core::document::Document;
pub use hafen_core::document::Pricing;
pub use hafen_core::economics::Economics;
use hafen_core::edit::{apply, Edit};
use hafen_core::written::Written;
use hafen_core::presets::{builtin, large_cluster};
use hafen_core::summary::{consequences, Consequence};
use hafen_core::{Fault, NodeRef, PerPlatform, PlatformKind, Run, Scenario, SimDuration, SimTime};
use hafen_core::text::message::Message;
use std::rc::Rc;
use yew::Reducible;

/// Where the cursor starts, so the steady state shows before any fault [ms].
pub const DEFAULT_FAULT_TIME: SimTime = SimTime(10_000);

/// Undo steps kept.
pub const HISTORY: usize = 200;

/// Built-in presets: (id, name); the large cluster's name is said by the toolbar (`preset-large`).
pub const PRESETS: [(&str, &str); 4] = [("feastflow", "FeastFlow"), ("quantum-trader", "Quantum Trader"), ("aima", "AIMA"), ("large", "")];

/// Loads a preset by id: the shipped scenario files, or the generated large cluster.
pub fn preset(id: &str) -> Result<Scenario, Message> {
    let sc = match id {
        "large" => large_cluster(50, 10, 50, SimDuration::from_hours(2), SimDuration::from_mins(10), SimDuration::from_mins(30)),
        other => builtin(other).map_err(|e| e.said())?,
    };
    Ok(as_cluster(sc))
}

/// The document always describes a cluster; Compose shows the same application on one host. A
/// scenario written for Compose becomes the same application on the Kubernetes cluster it would move to.
pub fn as_cluster(sc: Scenario) -> Scenario {
    if sc.platform.kind == PlatformKind::Compose { sc.on_platform(PlatformKind::Kubernetes).0 } else { sc }
}

/// Playback speed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    /// Real time.
    X1,
    /// Ten simulated seconds per second.
    X10,
    /// A simulated minute per second.
    X60,
}

impl Speed {
    /// Every speed, in menu order.
    pub const ALL: [Speed; 3] = [Speed::X1, Speed::X10, Speed::X60];

    /// Simulated ms per wall-clock ms.
    pub fn factor(self) -> f64 {
        match self {
            Speed::X1 => 1.0,
            Speed::X10 => 10.0,
            Speed::X60 => 60.0,
        }
    }

    /// Label, also the value in menus and `?speed=`.
    pub fn label(self) -> &'static str {
        match self {
            Speed::X1 => "1×",
            Speed::X10 => "10×",
            Speed::X60 => "60×",
        }
    }

    /// The speed for `?speed=10` style values.
    pub fn from_param(p: &str) -> Option<Speed> {
        match p.trim_end_matches(['x', '×']) {
            "1" => Some(Speed::X1),
            "10" => Some(Speed::X10),
            "60" => Some(Speed::X60),
            _ => None,
        }
    }
}

/// Platforms shown at least: Hafen compares. The reducer refuses fewer, the toolbar locks the last ones.
pub const MIN_SHOWN: usize = 2;

/// What the page shows under the toolbar: the platforms, or one part of the economics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// The platforms side by side (diagrams, counters, consequences, event logs).
    #[default]
    Platforms,
    /// What each platform costs.
    Costs,
    /// Availability per year and the Monte Carlo years.
    Availability,
    /// The advisor: do we need Kubernetes yet?
    Advisor,
    /// The timings in force and where they come from.
    Timings,
    /// What an operator types on each platform for each action.
    Commands,
    /// The application as a compose file, a stack file and Kubernetes manifests.
    Manifests,
}

impl Panel {
    /// Every panel, in tab order.
    pub const ALL: [Panel; 7] = [Panel::Platforms, Panel::Costs, Panel::Availability, Panel::Advisor, Panel::Commands, Panel::Manifests, Panel::Timings];

    /// Stable id: the tab's data attribute.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Platforms => "platforms",
            Panel::Costs => "costs",
            Panel::Availability => "availability",
            Panel::Advisor => "advisor",
            Panel::Timings => "timings",
            Panel::Commands => "commands",
            Panel::Manifests => "manifests",
        }
    }

    /// The tab's name.
    pub fn label(self, w: &hafen_core::text::Words) -> String {
        use hafen_core::say;
        match self {
            Panel::Platforms => say!(w, "tab-platforms"),
            Panel::Costs => say!(w, "tab-costs"),
            Panel::Availability => say!(w, "tab-availability"),
            Panel::Advisor => say!(w, "tab-advisor"),
            Panel::Timings => say!(w, "tab-timings"),
            Panel::Commands => say!(w, "tab-commands"),
            Panel::Manifests => say!(w, "tab-files"),
        }
    }
}

/// What is selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A service (selected through any of its replicas).
    Service(String),
    /// A node by name ("host" stands for the Compose host).
    Node(String),
}

/// A message about where the document came from, shown above the page until dismissed or the
/// document changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The last scenario saved in this browser was restored; saved this long ago [min], if known.
    Restored(Option<u64>),
    /// The link in the address could not be opened.
    BadLink {
        /// Why.
        why: Message,
        /// What the page shows instead.
        instead: Instead,
    },
    /// The scenario saved in this browser could not be read; it was kept aside.
    BadSaved {
        /// Why.
        why: Message,
        /// The storage key it was kept under.
        kept: String,
    },
    /// Another tab saved its scenario over the one this tab saved.
    OtherTab,
    /// The link was made by a newer Hafen: this many of its settings (extension keys this build
    /// does not know) were left out.
    Newer(usize),
    /// A scenario file could not be opened (why, with its line and field); nothing changed.
    BadFile(Message),
    /// A compose file was imported (undoably): its name, the services imported, and every warning.
    Imported {
        /// The file's name.
        file: String,
        /// Services imported [count].
        services: usize,
        /// What is not simulated or assumed, one sentence each.
        warnings: Vec<Message>,
    },
}

/// What the page shows when a link could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// The scenario saved in this browser.
    Saved,
    /// A preset.
    Preset,
    /// What it showed before (a link pasted into an open tab).
    Unchanged,
}

/// What the page opens with: the link in the address, the scenario saved in this browser, the
/// preset asked for. Read by the browser glue, decided by [`AppState::start`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opening {
    /// The address's `#…`, if any (without the `#`).
    pub hash: Option<String>,
    /// `?preset=…`, if any.
    pub preset: Option<String>,
    /// The saved document and how long ago it was saved [min], if any.
    pub saved: Option<(String, Option<u64>)>,
    /// Whether the page is an embed: it shows what its address says, never this browser's saved
    /// scenario (a wiki page must show every reader the same thing).
    pub embed: bool,
}

/// How the page is asked to play, by its address (`?autoplay=1&speed=60&loop=1&t=1m&show=…`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Playback {
    /// Start playing at once. A document without faults then gets its signature fault
    /// ([`hafen_core::presets::signature_fault`]): something happens, not a clock over a quiet diagram.
    pub autoplay: bool,
    /// Playback speed.
    pub speed: Option<Speed>,
    /// Play again from the start time after the end.
    pub looping: bool,
    /// Where the cursor starts, and a loop starts again [ms].
    pub start: Option<SimTime>,
    /// The platforms shown, in order.
    pub show: Option<Vec<PlatformKind>>,
}

/// The node a node fault acts on for the node `n` selected on a diagram: the Compose host is
/// `node-1` in the document.
pub fn fault_node(n: &str) -> String {
    if n == "host" { "node-1".into() } else { n.to_string() }
}

/// Where a saved document that could not be read is kept (never overwritten by a later save).
pub const KEPT_ASIDE: &str = "hafen.broken";

/// One platform's scenario and what the engine made of it.
#[derive(Debug, PartialEq)]
pub struct Side {
    /// The platform.
    pub platform: PlatformKind,
    /// The scenario simulated (the document on this platform).
    pub scenario: Scenario,
    /// The run, or why the scenario was refused.
    pub run: Result<Run, Message>,
    /// Per service, what happened, in words.
    pub consequences: Vec<Consequence>,
    /// Index of the traffic entry service.
    pub entry: Option<usize>,
    /// The most the diagram has to hold at any moment of the run: it keeps one layout throughout.
    pub peak: hafen_core::Peak,
}

impl Side {
    /// The side of `platform` once `scenario` has run to its end as `run` (or was refused).
    pub fn of_run(platform: PlatformKind, scenario: Scenario, run: Result<Run, Message>) -> Shared<Side> {
        // The first paint shows none: its build leaves them out (their code and their time).
        let consequences = if cfg!(feature = "paint") { Vec::new() } else { run.as_ref().map(|r| consequences(&scenario, r)).unwrap_or_default() };
        let entry = scenario.traffic.as_ref().and_then(|t| scenario.topology.service_index(&t.entry));
        let peak = run.as_ref().map(hafen_core::Run::peak).unwrap_or_default();
        Shared(Rc::new(Side { platform, scenario, run, consequences, entry, peak }))
    }

    /// The side of `platform` with `scenario` simulated at once.
    pub fn simulated(platform: PlatformKind, scenario: Scenario) -> Shared<Side> {
        let run = hafen_core::simulate(&scenario).map_err(|e| e.said());
        Side::of_run(platform, scenario, run)
    }
}

/// The runs the sides must become ([`AppState::runs_needed`]).
#[derive(Debug)]
pub struct Needed {
    /// The change they stand for ([`Action::Simulated`] carries it back).
    pub wanted: u64,
    /// Per platform shown, in order: the side already made, or the scenario still to run.
    pub sides: Vec<Result<Shared<Side>, (PlatformKind, Scenario)>>,
}

/// An `Rc` whose equality is identity: cheap props comparison for large derived data.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

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
struct Step {
    doc: Doc,
    whole: bool,
}

/// The undo history: the steps before the document (oldest first) and those undone after it.
#[derive(Clone, Debug, Default, PartialEq)]
struct History {
    past: Vec<Step>,
    future: Vec<Step>,
}

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
    /// The app opened on preset `id` (FeastFlow when unknown), Compose and Kubernetes shown.
    pub fn with_preset(id: &str) -> Self {
        let (doc, preset, refusal) = match preset(id) {
            Ok(sc) => (sc, id.to_string(), None),
            Err(e) => match preset("feastflow") {
                Ok(sc) => (sc, "feastflow".to_string(), Some(hafen_core::message!("app-preset-failed", preset = id, why = e))),
                Err(e2) => (empty_scenario(), "feastflow".to_string(), Some(hafen_core::message!("app-presets-unreadable", why = e2))),
            },
        };
        let shown = vec![PlatformKind::Compose, PlatformKind::Kubernetes];
        let mut s = AppState::opened(Document { scenario: doc, pricing: Pricing::default(), shown, story: None }, preset);
        s.refusal = refusal;
        s
    }

    /// The app opened on `doc` (from a link or a saved state): no preset, nothing to undo.
    pub fn with_document(doc: Document) -> Self {
        AppState::opened(doc, String::new())
    }

    /// The app showing `doc`, started from `preset` ("" for none), simulated once.
    fn opened(doc: Document, preset: String) -> Self {
        let s = AppState {
            doc: Doc::of(doc),
            preset,
            history: Rc::default(),
            sides: Vec::new(),
            runs_wanted: 1,
            runs_made: 0,
            cursor: DEFAULT_FAULT_TIME,
            playing: false,
            speed: Speed::X10,
            looping: false,
            loop_from: SimTime::ZERO,
            last_frame: None,
            selected: None,
            refusal: None,
            panel: Panel::default(),
            removed: None,
            notice: None,
            stop_at: None,
        };
        s.settle()
    }

    /// What the page opens with, and the saved text to keep aside if it could not be read: a link
    /// in the address first, then an explicit `?preset=`, then the scenario saved in this browser,
    /// then FeastFlow. A bad link or saved state gets a notice; it never stops the app.
    pub fn start(o: &Opening) -> (AppState, Option<String>) {
        // A saved state that cannot be read is kept aside whatever opens: the next save would
        // overwrite it.
        let saved = o.saved.as_ref().filter(|_| !o.embed).map(|(text, ago)| (Document::decode(text), *ago));
        let keep_aside = o.saved.as_ref().filter(|_| matches!(saved, Some((Err(_), _)))).map(|(text, _)| text.clone());
        let link = o.hash.as_deref().filter(|h| !h.is_empty()).map(Document::decode_counting);
        let bad_link = match link {
            Some(Ok(d)) => {
                let mut s = AppState::with_document(d.doc);
                s.notice = (d.not_understood > 0).then_some(Notice::Newer(d.not_understood));
                return (s, keep_aside);
            }
            Some(Err(e)) => Some(hafen_core::text::link_error(&e)),
            None => None,
        };
        let preset = o.preset.as_deref().unwrap_or("feastflow");
        if let (None, Some(p)) = (&bad_link, &o.preset) {
            return (AppState::with_preset(p), keep_aside);
        }
        let (mut s, notice) = match saved {
            Some((Ok(doc), ago)) => (AppState::with_document(doc), Some(Notice::Restored(ago))),
            Some((Err(e), _)) => (AppState::with_preset(preset), Some(Notice::BadSaved { why: hafen_core::text::link_error(&e), kept: KEPT_ASIDE.into() })),
            None => (AppState::with_preset(preset), None),
        };
        s.notice = match bad_link {
            Some(why) => {
                let instead = if matches!(notice, Some(Notice::Restored(_))) { Instead::Saved } else { Instead::Preset };
                Some(Notice::BadLink { why, instead })
            }
            None => notice,
        };
        (s, keep_aside)
    }

    /// The page as its address asks it to play (see [`Playback`]).
    pub fn played_as(mut self, p: &Playback) -> Self {
        if let Some(speed) = p.speed {
            self.speed = speed;
        }
        if let Some(show) = p.show.as_ref().filter(|s| **s != self.doc.shown) {
            self.doc.shown = show.clone();
            self = self.rerun().settle();
        }
        if p.autoplay && self.doc.scenario.faults.is_empty() {
            let added = hafen_core::presets::signature_fault(&self.doc.scenario).and_then(|f| self.edited(&Edit::AddFault(f)).ok());
            if let Some((doc, story)) = added {
                self.doc.scenario = Shared(Rc::new(doc));
                self.doc.story = story;
                self = self.rerun().settle();
            }
        }
        self.looping = p.looping;
        self.loop_from = p.start.unwrap_or(SimTime::ZERO).min(self.end());
        if p.start.is_some() || p.autoplay {
            self.cursor = self.loop_from;
        }
        self.playing = p.autoplay;
        self
    }

    /// The document as it is kept and shared: the scenario, the cost inputs, the platforms shown.
    pub fn document(&self) -> Document {
        self.doc.document()
    }

    /// The scenario and its story after `edit` ([`Document::edited`]'s rules).
    fn edited(&self, edit: &Edit) -> Result<(Scenario, Option<Rc<Written>>), Message> {
        let doc = apply(&self.doc.scenario, edit)?;
        let story = hafen_core::written::followed(self.doc.story.as_ref(), edit, &doc)?;
        Ok((doc, story))
    }

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

    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.history.past.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.history.future.is_empty()
    }

    fn with_doc(self, (scenario, story): (Scenario, Option<Rc<Written>>)) -> Self {
        let doc = Doc { scenario: Shared(Rc::new(scenario)), story, ..self.doc.clone() };
        self.with_step(doc, false)
    }

    /// The document becomes `doc`; the history remembers the one before it, `whole` if this change
    /// replaced its pricing inputs and platforms shown too.
    fn with_step(mut self, doc: Doc, whole: bool) -> Self {
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
    fn step_back(&mut self, step: Step) -> Step {
        let doc = if step.whole { step.doc } else { Doc { scenario: step.doc.scenario, story: step.doc.story, ..self.doc.clone() } };
        Step { doc: std::mem::replace(&mut self.doc, doc), whole: step.whole }
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

fn empty_scenario() -> Scenario {
    let platform = hafen_core::Platform::kubernetes(3, 2_000, 4_096);
    Scenario {
        name: "empty".into(),
        topology: hafen_core::Topology { name: "empty".into(), services: Vec::new() },
        timings: hafen_core::Timings::documented(platform.kubernetes_version),
        platform,
        traffic: None,
        faults: Vec::new(),
        seed: 0,
        duration: SimDuration::from_hours(1),
        situation: Default::default(),
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The power button is a kill or a restore, whichever the node's state at the cursor calls for.
        let action = match action {
            Action::Power(node) => Action::Fault(self.power_fault(node)),
            // The runs arriving are no action of the user's: a refusal or an offer stays shown.
            Action::Simulated(wanted, sides, all) => {
                if wanted != self.runs_wanted {
                    return self;
                }
                let mut next = (*self).clone();
                if all {
                    return Rc::new(next.with_runs(Rc::unwrap_or_clone(sides)));
                }
                next.sides = Rc::unwrap_or_clone(sides);
                return Rc::new(next);
            }
            other => other,
        };
        let mut next = (*self).clone();
        next.refusal = None;
        // The undo offer for a removal lasts until the document changes again or it is dismissed.
        if matches!(action, Action::Undo | Action::Redo | Action::Fault(_) | Action::LoadPreset(_) | Action::Dismiss | Action::Open(_)) {
            next.removed = None;
        }
        // A notice about where the document came from is out of date once it changes.
        if matches!(action, Action::Edit(_) | Action::Fault(_) | Action::LoadPreset(_) | Action::Open(_) | Action::Undo | Action::Redo) {
            next.notice = None;
        }
        let next = match action {
            Action::Edit(edit) => match self.edited(&edit) {
                Ok(doc) => {
                    next.removed = match &edit {
                        Edit::RemoveService(s) => Some(s.clone()),
                        Edit::RemoveNode(n) => Some(n.clone()),
                        _ => None,
                    };
                    next.with_doc(doc)
                }
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Fault(f) => match self.edited(&Edit::AddFault(f.at(self.cursor))) {
                Ok(doc) => next.with_doc(doc),
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Undo => match Rc::make_mut(&mut next.history).past.pop() {
                Some(prev) => {
                    let back = next.step_back(prev);
                    Rc::make_mut(&mut next.history).future.push(back);
                    next.rerun()
                }
                None => return self,
            },
            Action::Redo => match Rc::make_mut(&mut next.history).future.pop() {
                Some(step) => {
                    let back = next.step_back(step);
                    Rc::make_mut(&mut next.history).past.push(back);
                    next.rerun()
                }
                None => return self,
            },
            Action::LoadPreset(id) => match preset(&id) {
                Ok(doc) => {
                    next.preset = id;
                    next.cursor = DEFAULT_FAULT_TIME;
                    next.selected = None;
                    next.with_doc((doc, None))
                }
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Show(kind, on) => {
                let mut shown: Vec<PlatformKind> = PlatformKind::ALL.into_iter().filter(|k| if *k == kind { on } else { self.doc.shown.contains(k) }).collect();
                if shown.len() < MIN_SHOWN {
                    next.refusal = Some(hafen_core::message!("refused-show-two"));
                    shown = self.doc.shown.clone();
                }
                if shown == self.doc.shown {
                    next.doc.shown = shown;
                    return Rc::new(next);
                }
                // Hidden: the other platforms keep their runs (their scenarios are as they were).
                if !self.recomputing() && shown.iter().all(|k| self.doc.shown.contains(k)) {
                    next.sides.retain(|s| shown.contains(&s.platform));
                    next.doc.shown = shown;
                    next.keep_within_runs();
                    return Rc::new(next);
                }
                next.doc.shown = shown;
                next.rerun()
            }
            Action::Seek(t) => {
                // Within the runs; while they are being made, within the document's duration (and
                // within the new runs once they come).
                let t = if self.recomputing() { t.min(SimTime::ZERO.plus(self.doc.scenario.duration)) } else { t.min(self.end()) };
                if t == self.cursor && self.refusal.is_none() {
                    return self;
                }
                next.cursor = t;
                next
            }
            Action::Frame(ts) => {
                // Time waits for the runs of a changed document.
                if !self.playing || self.recomputing() {
                    return self;
                }
                // A hidden tab or a long frame must not make time jump.
                let dt = self.last_frame.map_or(0.0, |last| (ts - last).clamp(0.0, 100.0));
                next.last_frame = Some(ts);
                let advance = (dt * self.speed.factor()).round() as u64;
                let stop = self.stop();
                next.cursor = self.cursor.plus(SimDuration(advance)).min(stop);
                if next.cursor >= stop {
                    if self.looping && self.loop_from < self.end() {
                        next.cursor = self.loop_from;
                    } else {
                        next.playing = false;
                        next.last_frame = None;
                    }
                }
                next
            }
            Action::SetPlaying(on) => {
                if on == self.playing {
                    return self;
                }
                return self.reduce(Action::TogglePlay);
            }
            Action::TogglePlay => {
                next.playing = !self.playing;
                next.last_frame = None;
                // (While the runs are made, where they stop is not known yet: time waits for them.)
                if next.playing && !self.recomputing() && self.cursor >= self.stop() {
                    next.cursor = if self.looping || self.stop_at.is_some() { self.loop_from.min(self.end()) } else { SimTime::ZERO };
                }
                next
            }
            Action::SetSpeed(s) => {
                next.speed = s;
                next
            }
            // The moments are the runs': they wait for them.
            Action::NextEvent | Action::PrevEvent if self.recomputing() => return self,
            Action::NextEvent => match self.event_times().into_iter().find(|&t| t > self.cursor) {
                Some(t) => {
                    next.cursor = t;
                    next
                }
                None => return self,
            },
            Action::PrevEvent => match self.event_times().into_iter().rev().find(|&t| t < self.cursor) {
                Some(t) => {
                    next.cursor = t;
                    next
                }
                None => {
                    next.cursor = SimTime::ZERO;
                    next
                }
            },
            Action::SetCosts(c) => {
                if c == self.doc.pricing {
                    return self;
                }
                next.doc.pricing = c;
                next
            }
            Action::Power(_) => return self,
            Action::Open(doc) => {
                next.preset = String::new();
                next.cursor = DEFAULT_FAULT_TIME;
                next.selected = None;
                next.with_step(Doc::of(Rc::unwrap_or_clone(doc)), true)
            }
            Action::Present(staged) => {
                let staged = Rc::unwrap_or_clone(staged);
                next.doc = Doc { scenario: Shared(Rc::new(staged.scenario)), story: None, shown: staged.shown, ..next.doc };
                next.preset = String::new();
                next.history = Rc::default();
                next.selected = None;
                next.notice = None;
                next.panel = staged.panel;
                // The cursor is kept within the new runs once they come (`AppState::with_runs`).
                next.cursor = staged.from;
                let mut next = next.rerun();
                next.loop_from = next.cursor;
                next.stop_at = Some(staged.to);
                next.looping = false;
                next.playing = staged.play;
                next.speed = staged.speed;
                next.last_frame = None;
                next
            }
            Action::Simulated(..) => return self,
            Action::Notify(n) => {
                if n == self.notice {
                    return self;
                }
                next.notice = n;
                next
            }
            Action::Dismiss => {
                if self.removed.is_none() {
                    return self;
                }
                next
            }
            Action::ShowPanel(p) => {
                if p == self.panel {
                    return self;
                }
                next.panel = p;
                next
            }
            Action::Select(sel) => {
                if sel == self.selected && self.refusal.is_none() {
                    return self;
                }
                next.selected = sel;
                next
            }
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
