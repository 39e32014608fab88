//! Stories users write into scenario files (`story:`): read with every field, written back by
//! Download to the same document, carried in links (format 2; format 1 links still open), refused
//! with the field and line when they do not fit the application, followed by the editor's edits,
//! and as deterministic as the built-in ones.

use hafen_core::document::{Document, LinkError};
use hafen_core::edit::Edit;
use hafen_core::export::scenario::scenario_yaml;
use hafen_core::file::parse_document;
use hafen_core::story::written::Written;
use hafen_core::story::{answer, Outcome, Panel, Story, Target, Words};
use hafen_core::{PlatformKind, SimTime};

const EXAMPLE: &str = include_str!("../../../scenarios/8-onboarding-story.yaml");

fn example() -> Document {
    parse_document(EXAMPLE).unwrap_or_else(|e| panic!("scenarios/8-onboarding-story.yaml: {e}"))
}

fn written(d: &Document) -> &Written {
    d.story.as_deref().expect("the example has a story")
}

#[test]
fn the_example_file_reads_with_every_field_of_its_story() {
    let d = example();
    let w = written(&d);
    assert_eq!(w.title, "Welcome to FeastFlow: what breaks, and who fixes it");
    assert_eq!(w.steps.len(), 4);
    let crash = &w.steps[1];
    assert_eq!(crash.words.title, "The backend crashes");
    assert!(crash.words.narration.starts_with("At one minute the backend's process exits."), "{:?}", crash.words.narration);
    assert!(crash.words.notes.contains("`restart: no`"));
    assert_eq!(crash.words.question, "What happens to the backend on Compose?");
    assert_eq!((crash.from, crash.to), (SimTime(50_000), SimTime(1_200_000)));
    assert_eq!(crash.events.as_ref().map(Vec::len), Some(1));
    let q = crash.question.as_ref().expect("a question");
    assert_eq!((q.platform, &q.target), (PlatformKind::Compose, &Target::Service("backend".into())));
    assert_eq!(q.choices, vec![Outcome::HealedByItself, Outcome::DownUntilSomeoneActs, Outcome::OthersKeptServing]);
    // No `events:`: the file's own, up to the step's end (the node's return at 45 min is not in it).
    assert_eq!(w.steps[2].events, None);
    assert_eq!(w.steps[3].panel, Panel::Costs);
    assert_eq!(w.steps[0].events, Some(Vec::new()));
}

#[test]
fn a_document_tells_its_story_and_every_answer_is_one_of_its_choices() {
    let d = example();
    let story = Story::of_document(&d);
    assert_eq!(story.id, hafen_core::story::DOCUMENT);
    assert_eq!(story.title.as_deref(), Some("Welcome to FeastFlow: what breaks, and who fixes it"));
    let node = &story.steps[2];
    assert_eq!(node.faults().len(), 1, "the file's events before the step's end: {:?}", node.faults());
    assert_eq!(node.shown, d.shown, "a step without `show:` shows the document's platforms");
    for (i, step) in story.steps.iter().enumerate() {
        assert!(matches!(step.words, Words::Own(_)), "step {i}");
        if let Some(q) = &step.question {
            let got = answer(step).unwrap_or_else(|e| panic!("step {i} (seed {}): {e}", step.scenario.seed)).expect("answered");
            assert!(q.choices.contains(&got), "step {i} (seed {}): the simulation shows {got:?}, not one of {:?}", step.scenario.seed, q.choices);
        }
    }
    // The crash on Compose with `restart: no` waits for the operator; the frontend on Kubernetes
    // waits for PostgreSQL's force-delete.
    assert_eq!(answer(&story.steps[1]).expect("runs"), Some(Outcome::DownUntilSomeoneActs));
    assert_eq!(answer(&story.steps[2]).expect("runs"), Some(Outcome::DownUntilSomeoneActs));
    // The same document tells the same story, run for run.
    let again = Story::of_document(&Document { shown: d.shown.clone(), ..example() });
    for (a, b) in story.steps.iter().zip(&again.steps) {
        for k in &a.shown {
            let (ra, rb) = (hafen_core::simulate(&a.on(*k)).expect("runs"), hafen_core::simulate(&b.on(*k)).expect("runs"));
            assert_eq!(format!("{:?}", ra.trace), format!("{:?}", rb.trace), "{k:?}: not deterministic (seed {})", a.scenario.seed);
        }
    }
}

#[test]
fn a_document_without_a_story_is_shown_whole_in_one_step() {
    let mut d = example();
    d.story = None;
    let story = Story::of_document(&d);
    assert_eq!(story.steps.len(), 1);
    let step = &story.steps[0];
    assert_eq!(step.words, Words::Whole);
    assert_eq!((step.from, step.to), (SimTime::ZERO, SimTime(3_600_000)));
    assert_eq!(step.faults(), d.scenario.faults.as_slice());
    let said = hafen_core::text::story::words(&hafen_core::text::EN, step);
    assert_eq!(said.narration, "At 01:00 the node running postgres loses power. At 45:00 node-3 comes back.");
}

#[test]
fn download_writes_the_story_and_reads_it_back_the_same() {
    let d = example();
    let yaml = scenario_yaml(&d);
    assert!(yaml.contains("story:\n  title: \"Welcome to FeastFlow: what breaks, and who fixes it\""), "{yaml}");
    assert_eq!(parse_document(&yaml).as_ref(), Ok(&d), "{yaml}");
}

#[test]
fn a_link_carries_the_story_and_version_1_links_still_open() {
    let d = example();
    let link = d.encode();
    assert!(link.starts_with("2."), "{link:.20}");
    assert_eq!(Document::decode(&link).as_ref(), Ok(&d));
    println!("the example with its story: {} characters", link.len());
    assert!(link.len() < 4_000, "{} characters", link.len());
    // The same document made with version 1 (no story) opens as the document without it.
    let mut plain = d.clone();
    plain.story = None;
    let v1 = {
        use base64::Engine as _;
        let mut bytes = plain.to_bytes();
        // Without the story's `None` after the document: what version 1 wrote.
        assert_eq!(bytes.pop(), Some(0));
        format!("1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 9)))
    };
    assert_eq!(Document::decode(&v1).as_ref(), Ok(&plain));
    // A version 2 link whose story does not fit its application is refused, naming the step.
    let mut bad = d.clone();
    let mut w = written(&d).clone();
    w.steps[1].question.as_mut().expect("a question").target = Target::Service("payments".into());
    bad.story = Some(std::rc::Rc::new(w));
    match Document::decode(&bad.encode()) {
        Err(LinkError::Invalid(e)) => assert_eq!(e.field, "story.steps[1].question.service", "{e}"),
        other => panic!("accepted or refused for another reason: {other:?}"),
    }
}

/// A story as a file writes it, with one step changed by `step`.
fn with_step(step: &str) -> String {
    let head = EXAMPLE.split("story:\n").next().expect("the example");
    format!("{head}story:\n  title: A story\n  steps:\n{step}")
}

#[test]
fn a_story_that_does_not_fit_is_refused_with_its_field_and_line() {
    let cases = [
        ("    - { title: Crash, events: [{ at: 60s, crash: payments }] }\n", "story.steps[0].events[0].crash", "no service is called \"payments\""),
        ("    - { title: Node, events: [{ at: 60s, kill_node: node-9 }] }\n", "story.steps[0].events[0].kill_node", "no node is called \"node-9\""),
        ("    - { title: Late, play: { from: 10m, to: 5m } }\n", "story.steps[0].play", "before it starts"),
        ("    - { title: Long, play: { to: 500d } }\n", "story.steps[0].play", "at most"),
        ("    - { title: After, play: { to: 1m }, events: [{ at: 2m, crash: backend }] }\n", "story.steps[0].events[0].at", "after the end"),
        ("    - { title: Odd, panel: slides }\n", "story.steps[0].panel", "unknown panel \"slides\""),
        ("    - { title: Two, show: [compose, compose] }\n", "story.steps[0].show", "listed twice"),
        ("    - { narration: no title }\n", "story.steps[0]", "needs `title:`"),
        ("    - { title: Q, question: { platform: compose, service: backend, choices: [soon] } }\n", "story.steps[0].question.choices", "unknown outcome \"soon\""),
        ("    - { title: Q, question: { platform: compose, service: backend, choices: [node-stays-empty, not-back] } }\n", "story.steps[0].question.choices", "not an outcome for a service"),
        ("    - { title: Q, question: { platform: compose, service: backend, choices: [not-back] } }\n", "story.steps[0].question.choices", "two to 4 choices"),
        ("    - { title: Q, question: { platform: compose, service: backend, choices: [not-back, not-back] } }\n", "story.steps[0].question.choices", "listed twice"),
        ("    - { title: Q, question: { platform: compose, node: node-1, choices: [node-used-again, node-stays-empty] } }\n", "story.steps[0].question.node", "compose has no node called \"node-1\""),
        ("    - { title: Q, question: { platform: swarm, service: backend, choices: [not-back, healed-by-itself] }, show: [compose, kubernetes] }\n", "story.steps[0].question.platform", "not shown"),
        ("    - { title: Q, question: { service: backend } }\n", "story.steps[0].question", "needs `platform:`"),
        ("    - { title: Q, question: { platform: compose, service: backend, node: host } }\n", "story.steps[0].question.node", "one service or one node"),
        ("    - { title: Q, color: red }\n", "story.steps[0].color", "title"),
    ];
    for (step, field, message) in cases {
        let text = with_step(step);
        let e = parse_document(&text).err().unwrap_or_else(|| panic!("accepted: {step}"));
        assert_eq!(e.field, field, "{step}: {e}");
        assert!(e.message.to_string().contains(message), "{step}: {e}");
        let line = text.lines().position(|l| l == step.trim_end()).map(|i| i + 1);
        assert_eq!(e.line, line, "{step}: {e}");
    }
    // Absurd sizes.
    let many: String = (0..101).map(|i| format!("    - {{ title: \"Step {i}\" }}\n")).collect();
    assert!(parse_document(&with_step(&many)).is_err_and(|e| e.field == "story.steps" && e.message.to_string().contains("at most 100")));
    let long = format!("    - {{ title: \"{}\" }}\n", "x".repeat(121));
    assert!(parse_document(&with_step(&long)).is_err_and(|e| e.field == "story.steps[0].title"));
    assert!(parse_document(&with_step("")).is_err_and(|e| e.field == "story.steps"), "a story without steps");
}

#[test]
fn markup_in_a_story_is_text() {
    let text = with_step("    - { title: \"<script>alert(1)</script>\", narration: \"<img src=x onerror=alert(1)>\" }\n");
    let d = parse_document(&text).expect("markup is only text");
    assert_eq!(written(&d).steps[0].words.title, "<script>alert(1)</script>");
    assert_eq!(parse_document(&scenario_yaml(&d)).as_ref(), Ok(&d));
}

#[test]
fn edits_to_the_application_follow_into_its_story() {
    let d = example();
    // The backend goes: its crash and the question about it go with it; the rest stays.
    let edited = d.edited(&Edit::RemoveService("backend".into())).expect("removed");
    let w = edited.story.as_deref().expect("the story stays");
    assert_eq!(w.steps[1].events, Some(Vec::new()));
    assert_eq!(w.steps[1].question, None);
    assert!(w.steps[2].question.is_some(), "the question about the frontend stays");
    // node-1 goes: a step killing node-3 now kills node-2; one killing node-1 loses that event.
    let mut d2 = d.clone();
    let mut story = written(&d).clone();
    story.steps[0].events = Some(vec![hafen_core::Fault { at: SimTime(10_000), kind: hafen_core::FaultKind::KillNode(hafen_core::NodeRef::Named("node-3".into())) }]);
    story.steps[3].events = Some(vec![hafen_core::Fault { at: SimTime(10_000), kind: hafen_core::FaultKind::KillNode(hafen_core::NodeRef::Named("node-1".into())) }]);
    d2.story = Some(std::rc::Rc::new(story));
    let edited = d2.edited(&Edit::RemoveNode("node-1".into())).expect("removed");
    let w = edited.story.as_deref().expect("the story stays");
    assert_eq!(w.steps[0].events.as_ref().map(|e| e[0].kind.clone()), Some(hafen_core::FaultKind::KillNode(hafen_core::NodeRef::Named("node-2".into()))));
    assert_eq!(w.steps[3].events, Some(Vec::new()));
    // An edit the story cannot follow is refused, saying why.
    let mut d3 = d.clone();
    let mut story = written(&d).clone();
    story.steps[0].events = Some(vec![hafen_core::Fault { at: SimTime(10_000), kind: hafen_core::FaultKind::KillZone("zone-c".into()) }]);
    d3.scenario.platform.zones = 3;
    d3.story = Some(std::rc::Rc::new(story));
    assert_eq!(d3.validate(), Ok(()));
    let why = d3.edited(&Edit::SetZones(2)).expect_err("zone-c is in the story");
    assert!(why.to_string().contains("zone-c"), "{why}");
}

/// A written question may say what happened once its step has played (`question.after:`): read
/// from the file, written back by Download, carried in a link's extension section (a story
/// without it encodes as before), shown only after the step has played.
#[test]
fn a_written_question_keeps_its_answer_for_after_the_step_has_played() {
    let text = EXAMPLE.replacen(
        "        text: What happens to the backend on Compose?\n",
        "        text: What happens to the backend on Compose?\n        after: Nothing restarts it until the operator acts.\n",
        1,
    );
    let d = parse_document(&text).expect("reads");
    let w = written(&d);
    assert_eq!(w.steps[1].words.after, "Nothing restarts it until the operator acts.");
    // Download writes it back; the file reads to the same document.
    assert_eq!(parse_document(&scenario_yaml(&d)).as_ref(), Ok(&d));
    // A link carries it in its extension section; the example without it encodes as before.
    assert_eq!(Document::decode(&d.encode()).as_ref(), Ok(&d));
    assert_eq!(Document::decode_counting(&d.encode()).map(|x| x.not_understood), Ok(0));
    let plain = example();
    assert_ne!(plain.encode(), d.encode());
    assert!(written(&plain).steps.iter().all(|s| s.words.after.is_empty()));
    // On screen: the narration alone before the step has played, then the rest after it.
    let story = Story::of_document(&Document { shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], ..d.clone() });
    let said = hafen_core::text::story::words(&hafen_core::text::EN, &story.steps[1]);
    assert!(!said.on_screen(false).1.contains("Nothing restarts it"));
    assert!(said.on_screen(true).1.ends_with("Nothing restarts it until the operator acts."));
    // Refused where it does not belong: under a question only, and no longer than a narration.
    let long = text.replacen("Nothing restarts it until the operator acts.", &"x".repeat(1_001), 1);
    let e = parse_document(&long).expect_err("too long");
    assert!(e.field.ends_with("question.after"), "{e}");
}
