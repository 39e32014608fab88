//! The built-in stories in words: titles, each step's title, narration and speaker notes, the
//! questions and their choices. The numbers in the narration are the simulation's with the
//! documented defaults; `tests/stories.rs` checks each one a step states. A written story's words
//! are its author's ([`words`] passes them through); a document shown in one step is named and its
//! events listed here.

use super::Words;
use crate::say;
use crate::scenario::Scenario;
use crate::story::{Outcome, Step, Story, Target, Words as StepText};
use crate::topology::PlatformKind;
use std::borrow::Cow;

/// A built-in step's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepWords {
    /// Its title.
    pub title: String,
    /// Shown on screen, one or two sentences.
    pub narration: String,
    /// For the speaker only.
    pub notes: String,
    /// The question asked before it plays, if it asks one.
    pub question: Option<String>,
}

/// Any step's words, as the presenter and the notes window show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said<'a> {
    /// Its title.
    pub title: Cow<'a, str>,
    /// Shown on screen.
    pub narration: Cow<'a, str>,
    /// For the speaker only (may be empty).
    pub notes: Cow<'a, str>,
    /// The question asked before it plays.
    pub question: Cow<'a, str>,
}

/// A step's words: a built-in step's from the catalog, a written step's as its author wrote
/// them, a document shown whole named and its events listed.
pub fn words<'a>(w: &Words, s: &'a Step) -> Said<'a> {
    let what_happens = || Cow::Owned(say!(w, "story-what-happens"));
    match &s.words {
        StepText::Key(key) => match step(w, key) {
            Some(b) => Said { title: b.title.into(), narration: b.narration.into(), notes: b.notes.into(), question: b.question.map_or_else(what_happens, Cow::Owned) },
            None => Said { title: "".into(), narration: "".into(), notes: "".into(), question: what_happens() },
        },
        StepText::Own(o) => Said {
            title: o.title.as_str().into(),
            narration: o.narration.as_str().into(),
            notes: o.notes.as_str().into(),
            question: if o.question.is_empty() { what_happens() } else { o.question.as_str().into() },
        },
        StepText::Whole => Said { title: say!(w, "story-whole-title").into(), narration: whole(w, &s.scenario).into(), notes: "".into(), question: what_happens() },
    }
}

/// A document's events as one narration: "At 01:00 node-2 loses power. At 03:00 node-2 comes back."
fn whole(w: &Words, sc: &Scenario) -> String {
    let mut faults: Vec<_> = sc.faults.iter().collect();
    faults.sort_by_key(|f| f.at);
    if faults.is_empty() {
        return say!(w, "story-whole-quiet");
    }
    let shown = faults.len().min(6);
    let mut line: Vec<String> = faults[..shown].iter().map(|f| say!(w, "story-whole-event", at = f.at, fault = super::fault(w, &f.kind))).collect();
    if faults.len() > shown {
        line.push(say!(w, "story-whole-more", count = faults.len() - shown));
    }
    line.join(" ")
}

/// A story's title: its author's, or a built-in one's.
pub fn title_of<'a>(w: &Words, s: &'a Story) -> Cow<'a, str> {
    match &s.title {
        Some(t) => t.as_str().into(),
        None => story_title(w, &s.id).into(),
    }
}

/// A built-in story's title.
pub fn story_title(w: &Words, id: &str) -> String {
    match id {
        "feastflow" => say!(w, "story-title-feastflow"),
        "quantum-trader" => say!(w, "story-title-quantum-trader"),
        "aima" => say!(w, "story-title-aima"),
        "surprises" => say!(w, "story-title-surprises"),
        _ => say!(w, "story-title-other"),
    }
}

/// The words of the built-in step with this key; `None` for a key no built-in story has.
pub fn step(w: &Words, key: &str) -> Option<StepWords> {
    macro_rules! words {
        ($t:literal, $n:literal, $s:literal) => {
            Some(StepWords { title: say!(w, $t), narration: say!(w, $n), notes: say!(w, $s), question: None })
        };
        ($t:literal, $n:literal, $s:literal, $q:literal) => {
            Some(StepWords { title: say!(w, $t), narration: say!(w, $n), notes: say!(w, $s), question: Some(say!(w, $q)) })
        };
    }
    match key {
        "feastflow/app" => words!("story-feastflow-app-title", "story-feastflow-app-narration", "story-feastflow-app-notes"),
        "feastflow/crash" => words!("story-feastflow-crash-title", "story-feastflow-crash-narration", "story-feastflow-crash-notes", "story-feastflow-crash-question"),
        "feastflow/node" => words!("story-feastflow-node-title", "story-feastflow-node-narration", "story-feastflow-node-notes", "story-feastflow-node-question"),
        "feastflow/spike" => words!("story-feastflow-spike-title", "story-feastflow-spike-narration", "story-feastflow-spike-notes"),
        "feastflow/update" => words!("story-feastflow-update-title", "story-feastflow-update-narration", "story-feastflow-update-notes", "story-feastflow-update-question"),
        "feastflow/bad-release" => words!("story-feastflow-bad-release-title", "story-feastflow-bad-release-narration", "story-feastflow-bad-release-notes"),
        "feastflow/storage" => words!("story-feastflow-storage-title", "story-feastflow-storage-narration", "story-feastflow-storage-notes"),
        "feastflow/config" => words!("story-feastflow-config-title", "story-feastflow-config-narration", "story-feastflow-config-notes"),
        "feastflow/costs" => words!("story-feastflow-costs-title", "story-feastflow-costs-narration", "story-feastflow-costs-notes"),
        "quantum-trader/today" => words!("story-quantum-trader-today-title", "story-quantum-trader-today-narration", "story-quantum-trader-today-notes"),
        "quantum-trader/host-dies" => words!("story-quantum-trader-host-dies-title", "story-quantum-trader-host-dies-narration", "story-quantum-trader-host-dies-notes"),
        "quantum-trader/costs" => words!("story-quantum-trader-costs-title", "story-quantum-trader-costs-narration", "story-quantum-trader-costs-notes"),
        "quantum-trader/availability" => words!("story-quantum-trader-availability-title", "story-quantum-trader-availability-narration", "story-quantum-trader-availability-notes"),
        "quantum-trader/swarm" => words!("story-quantum-trader-swarm-title", "story-quantum-trader-swarm-narration", "story-quantum-trader-swarm-notes"),
        "quantum-trader/verdict" => words!("story-quantum-trader-verdict-title", "story-quantum-trader-verdict-narration", "story-quantum-trader-verdict-notes"),
        "aima/app" => words!("story-aima-app-title", "story-aima-app-narration", "story-aima-app-notes"),
        "aima/setup" => words!("story-aima-setup-title", "story-aima-setup-narration", "story-aima-setup-notes"),
        "aima/operations" => words!("story-aima-operations-title", "story-aima-operations-narration", "story-aima-operations-notes"),
        "aima/failures" => words!("story-aima-failures-title", "story-aima-failures-narration", "story-aima-failures-notes"),
        "aima/payback" => words!("story-aima-payback-title", "story-aima-payback-narration", "story-aima-payback-notes"),
        "surprises/dead-node-traffic" => words!(
            "story-surprises-dead-node-traffic-title",
            "story-surprises-dead-node-traffic-narration",
            "story-surprises-dead-node-traffic-notes",
            "story-surprises-dead-node-traffic-question"
        ),
        "surprises/eviction" => words!("story-surprises-eviction-title", "story-surprises-eviction-narration", "story-surprises-eviction-notes", "story-surprises-eviction-question"),
        "surprises/statefulset" => words!(
            "story-surprises-statefulset-title",
            "story-surprises-statefulset-narration",
            "story-surprises-statefulset-notes",
            "story-surprises-statefulset-question"
        ),
        "surprises/slow-starter" => words!(
            "story-surprises-slow-starter-title",
            "story-surprises-slow-starter-narration",
            "story-surprises-slow-starter-notes",
            "story-surprises-slow-starter-question"
        ),
        "surprises/hung" => words!("story-surprises-hung-title", "story-surprises-hung-narration", "story-surprises-hung-notes", "story-surprises-hung-question"),
        "surprises/no-rebalance" => words!(
            "story-surprises-no-rebalance-title",
            "story-surprises-no-rebalance-narration",
            "story-surprises-no-rebalance-notes",
            "story-surprises-no-rebalance-question"
        ),
        _ => None,
    }
}

/// A choice as a question offers it.
pub fn outcome(w: &Words, o: Outcome) -> String {
    match o {
        Outcome::Unaffected => say!(w, "outcome-unaffected"),
        Outcome::OthersKeptServing => say!(w, "outcome-others-kept-serving"),
        Outcome::SomeRequestsFailed => say!(w, "outcome-some-requests-failed"),
        Outcome::HealedByItself => say!(w, "outcome-healed-by-itself"),
        Outcome::DownWhileChanged => say!(w, "outcome-down-while-changed"),
        Outcome::DownUntilSomeoneActs => say!(w, "outcome-down-until-someone-acts"),
        Outcome::NotBack => say!(w, "outcome-not-back"),
        Outcome::NodeUsedAgain => say!(w, "outcome-node-used-again"),
        Outcome::NodeStaysEmpty => say!(w, "outcome-node-stays-empty"),
    }
}

/// What a question is about, as a heading: "postgres on Kubernetes".
pub fn target(w: &Words, platform: PlatformKind, target: &Target) -> String {
    let name = match target {
        Target::Service(s) | Target::Node(s) => s,
    };
    say!(w, "story-target", name = name, platform = platform.label())
}
