//! What the page opens with (a link, a saved state, a preset) and how its address asks it to play.

use hafen_core::document::Document;
use hafen_core::edit::Edit;
use hafen_core::presets::{builtin, large_cluster};
use hafen_core::{PlatformKind, Scenario, SimDuration, SimTime};
use hafen_core::text::message::Message;
use std::rc::Rc;
use super::*;

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
    pub(super) fn opened(doc: Document, preset: String) -> Self {
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
}

pub(super) fn empty_scenario() -> Scenario {
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
