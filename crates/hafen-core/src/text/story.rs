//! The built-in stories in words: titles, each step's title, narration and speaker notes, the
//! questions and their choices. The numbers in the narration are the simulation's with the
//! documented defaults; `tests/stories.rs` checks each one a step states. A written story's words
//! are its author's ([`words`] passes them through); a document shown in one step is named and its
//! events listed here.

use super::{key, Key, Words};
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
    /// A question step's words once it has played: its title then, and the rest of its narration
    /// (what happened: the answer). Before, only [`StepWords::title`] and the set-up
    /// [`StepWords::narration`] are shown, which never state the answer (`tests/stories.rs`).
    pub after: Option<(String, String)>,
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
    /// A question step's title and the rest of its narration once it has played (the answer);
    /// `None` where the narration is whole from the start (no question, or a written step without
    /// `question.after:`: its author's narration is shown throughout).
    pub after: Option<(Cow<'a, str>, Cow<'a, str>)>,
}

impl Said<'_> {
    /// The title and narration on screen: before a question step has played, its neutral title
    /// and its set-up; once it has played (`played`), its title then and the rest (the set-up
    /// was read while the question was asked; the stage keeps its room for the diagrams).
    pub fn on_screen(&self, played: bool) -> (&str, Cow<'_, str>) {
        match &self.after {
            Some((title, rest)) if played => (title, Cow::Borrowed(rest)),
            _ => (&self.title, Cow::Borrowed(&self.narration)),
        }
    }
}

/// A step's words: a built-in step's from the catalog, a written step's as its author wrote
/// them, a document shown whole named and its events listed.
pub fn words<'a>(w: &Words, s: &'a Step) -> Said<'a> {
    let what_happens = || Cow::Owned(say!(w, "story-what-happens"));
    match &s.words {
        StepText::Key(key) => match step(w, key) {
            Some(b) => Said {
                title: b.title.into(),
                narration: b.narration.into(),
                notes: b.notes.into(),
                question: b.question.map_or_else(what_happens, Cow::Owned),
                after: b.after.map(|(t, n)| (t.into(), n.into())),
            },
            None => Said { title: "".into(), narration: "".into(), notes: "".into(), question: what_happens(), after: None },
        },
        StepText::Own(o) => Said {
            title: o.title.as_str().into(),
            narration: o.narration.as_str().into(),
            notes: o.notes.as_str().into(),
            question: if o.question.is_empty() { what_happens() } else { o.question.as_str().into() },
            after: (!o.after.is_empty() && s.question.is_some()).then(|| (o.title.as_str().into(), o.after.as_str().into())),
        },
        StepText::Whole => Said { title: say!(w, "story-whole-title").into(), narration: whole(w, &s.scenario).into(), notes: "".into(), question: what_happens(), after: None },
    }
}

/// A document's events as one narration: "At 01:00 node-2 loses power. At 03:00 node-2 comes back."
fn whole(w: &Words, sc: &Scenario) -> String {
    let mut faults: Vec<_> = sc.faults.iter().collect();
    crate::order::sort_by_key(&mut faults, |f| f.at);
    if faults.is_empty() {
        return say!(w, "story-whole-quiet");
    }
    let shown = faults.len().min(6);
    let mut line: Vec<String> = faults[..shown].iter().map(|f| say!(w, "story-whole-event", at = f.at, fault = super::fault_on(w, &f.kind, sc.platform.kind))).collect();
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

/// What an embed telling `story` says over step `at` (index): the story, "Step 2 of 6" and the
/// step's title — a question step's telling title only once it has `played`.
pub fn told(w: &Words, story: &Story, at: usize, played: bool) -> String {
    let step = say!(w, "present-step-of", step = at + 1, steps = story.steps.len());
    say!(w, "embed-story", story = &*title_of(w, story), step = step, title = words(w, &story.steps[at]).on_screen(played).0)
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

/// A built-in step's key, its title, narration and notes, and its question's messages if it asks one.
type StepKeys = (&'static str, [Key; 3], Option<[Key; 3]>);

/// Each built-in step's key and its messages: title, narration, speaker notes, and, if it asks a
/// question, the question, the title once it has played and the rest of the narration (a question
/// step's title and narration are its neutral set-up).
const STEPS: [StepKeys; 26] = [
    ("feastflow/app", [key("story-feastflow-app-title"), key("story-feastflow-app-narration"), key("story-feastflow-app-notes")], None),
    ("feastflow/crash", [key("story-feastflow-crash-title"), key("story-feastflow-crash-narration"), key("story-feastflow-crash-notes")], Some([key("story-feastflow-crash-question"), key("story-feastflow-crash-after-title"), key("story-feastflow-crash-after")])),
    ("feastflow/node", [key("story-feastflow-node-title"), key("story-feastflow-node-narration"), key("story-feastflow-node-notes")], Some([key("story-feastflow-node-question"), key("story-feastflow-node-after-title"), key("story-feastflow-node-after")])),
    ("feastflow/spike", [key("story-feastflow-spike-title"), key("story-feastflow-spike-narration"), key("story-feastflow-spike-notes")], None),
    ("feastflow/update", [key("story-feastflow-update-title"), key("story-feastflow-update-narration"), key("story-feastflow-update-notes")], Some([key("story-feastflow-update-question"), key("story-feastflow-update-after-title"), key("story-feastflow-update-after")])),
    ("feastflow/bad-release", [key("story-feastflow-bad-release-title"), key("story-feastflow-bad-release-narration"), key("story-feastflow-bad-release-notes")], None),
    ("feastflow/storage", [key("story-feastflow-storage-title"), key("story-feastflow-storage-narration"), key("story-feastflow-storage-notes")], None),
    ("feastflow/config", [key("story-feastflow-config-title"), key("story-feastflow-config-narration"), key("story-feastflow-config-notes")], None),
    ("feastflow/costs", [key("story-feastflow-costs-title"), key("story-feastflow-costs-narration"), key("story-feastflow-costs-notes")], None),
    ("quantum-trader/today", [key("story-quantum-trader-today-title"), key("story-quantum-trader-today-narration"), key("story-quantum-trader-today-notes")], None),
    ("quantum-trader/host-dies", [key("story-quantum-trader-host-dies-title"), key("story-quantum-trader-host-dies-narration"), key("story-quantum-trader-host-dies-notes")], None),
    ("quantum-trader/costs", [key("story-quantum-trader-costs-title"), key("story-quantum-trader-costs-narration"), key("story-quantum-trader-costs-notes")], None),
    ("quantum-trader/availability", [key("story-quantum-trader-availability-title"), key("story-quantum-trader-availability-narration"), key("story-quantum-trader-availability-notes")], None),
    ("quantum-trader/swarm", [key("story-quantum-trader-swarm-title"), key("story-quantum-trader-swarm-narration"), key("story-quantum-trader-swarm-notes")], None),
    ("quantum-trader/verdict", [key("story-quantum-trader-verdict-title"), key("story-quantum-trader-verdict-narration"), key("story-quantum-trader-verdict-notes")], None),
    ("aima/app", [key("story-aima-app-title"), key("story-aima-app-narration"), key("story-aima-app-notes")], None),
    ("aima/setup", [key("story-aima-setup-title"), key("story-aima-setup-narration"), key("story-aima-setup-notes")], None),
    ("aima/operations", [key("story-aima-operations-title"), key("story-aima-operations-narration"), key("story-aima-operations-notes")], None),
    ("aima/failures", [key("story-aima-failures-title"), key("story-aima-failures-narration"), key("story-aima-failures-notes")], None),
    ("aima/payback", [key("story-aima-payback-title"), key("story-aima-payback-narration"), key("story-aima-payback-notes")], None),
    ("surprises/dead-node-traffic", [key("story-surprises-dead-node-traffic-title"), key("story-surprises-dead-node-traffic-narration"), key("story-surprises-dead-node-traffic-notes")], Some([key("story-surprises-dead-node-traffic-question"), key("story-surprises-dead-node-traffic-after-title"), key("story-surprises-dead-node-traffic-after")])),
    ("surprises/eviction", [key("story-surprises-eviction-title"), key("story-surprises-eviction-narration"), key("story-surprises-eviction-notes")], Some([key("story-surprises-eviction-question"), key("story-surprises-eviction-after-title"), key("story-surprises-eviction-after")])),
    ("surprises/statefulset", [key("story-surprises-statefulset-title"), key("story-surprises-statefulset-narration"), key("story-surprises-statefulset-notes")], Some([key("story-surprises-statefulset-question"), key("story-surprises-statefulset-after-title"), key("story-surprises-statefulset-after")])),
    ("surprises/slow-starter", [key("story-surprises-slow-starter-title"), key("story-surprises-slow-starter-narration"), key("story-surprises-slow-starter-notes")], Some([key("story-surprises-slow-starter-question"), key("story-surprises-slow-starter-after-title"), key("story-surprises-slow-starter-after")])),
    ("surprises/hung", [key("story-surprises-hung-title"), key("story-surprises-hung-narration"), key("story-surprises-hung-notes")], Some([key("story-surprises-hung-question"), key("story-surprises-hung-after-title"), key("story-surprises-hung-after")])),
    ("surprises/no-rebalance", [key("story-surprises-no-rebalance-title"), key("story-surprises-no-rebalance-narration"), key("story-surprises-no-rebalance-notes")], Some([key("story-surprises-no-rebalance-question"), key("story-surprises-no-rebalance-after-title"), key("story-surprises-no-rebalance-after")])),
];

/// The words of the built-in step with this key; `None` for a key no built-in story has.
pub fn step(w: &Words, key: &str) -> Option<StepWords> {
    let &(_, [title, narration, notes], asks) = STEPS.iter().find(|(k, ..)| *k == key)?;
    Some(StepWords {
        title: w.say(title, &[]),
        narration: w.say(narration, &[]),
        notes: w.say(notes, &[]),
        question: asks.map(|[q, ..]| w.say(q, &[])),
        after: asks.map(|[_, t, n]| (w.say(t, &[]), w.say(n, &[]))),
    })
}

/// A choice as a question offers it.
pub fn outcome(w: &Words, o: Outcome) -> String {
    match o {
        Outcome::Unaffected => say!(w, "outcome-unaffected"),
        Outcome::OthersKeptServing => say!(w, "outcome-others-kept-serving"),
        Outcome::SomeRequestsFailed => say!(w, "outcome-some-requests-failed"),
        Outcome::HealedByItself => say!(w, "outcome-healed-by-itself"),
        Outcome::BackWithoutItsData => say!(w, "outcome-back-without-its-data"),
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
