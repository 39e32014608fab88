//! The first paint (`hafen::paint`) says only what its build compiles in: every text it draws for
//! every preset and every built-in story's step, on every platform, at the start, during the
//! failure and at the end, in the app's and an embed's frame and at a phone's, a laptop's and a
//! wide screen's width, is the same with the English catalog whole and with only the messages
//! `crates/hafen-core/first-paint.keys` names (the others empty, as its build has them).

use hafen::diagram_parts::Look;
use hafen::paint::{diagram, frame};
use hafen::state::{preset, AppState, Pricing};
use hafen_core::document::Document;
use hafen_core::text::{Words, EN};
use hafen_core::{PlatformKind, Scenario, SimTime};

fn listed() -> Words {
    let list = include_str!("../crates/hafen-core/first-paint.keys");
    let keys: Vec<&str> = list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    Words::english_only(&keys)
}

/// Every document the first paint may open with: the presets, and every built-in story's steps
/// (each fault kind, each state a replica or node passes through).
fn documents() -> Vec<(String, Scenario)> {
    let mut all: Vec<(String, Scenario)> = ["feastflow", "quantum-trader", "aima"].iter().map(|p| (p.to_string(), preset(p).expect("preset"))).collect();
    for id in hafen_core::story::builtin::IDS {
        let story = hafen_core::story::builtin::story(id).expect("story");
        for (i, step) in story.steps.iter().enumerate() {
            all.push((format!("story {id}, step {}", i + 1), step.staged()));
        }
    }
    all
}

#[test]
fn the_first_paint_says_nothing_its_build_leaves_out() {
    let only = listed();
    let shown = vec![PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes];
    for (name, scenario) in documents() {
        let state = AppState::with_document(Document { scenario, pricing: Pricing::default(), shown: shown.clone(), story: None });
        for embed in [false, true] {
            assert_eq!(frame(&EN, &state, embed), frame(&only, &state, embed), "{name}: the frame (embed: {embed})");
        }
        let end = state.end();
        for cursor in [SimTime::ZERO, SimTime(end.0 / 3), SimTime(end.0 / 2), end] {
            for side in &state.sides {
                for (width, dense, phone) in [(360.0, false, true), (700.0, false, false), (1400.0, false, false), (300.0, true, false), (640.0, true, false)] {
                    let look = || Look { width, dense, zoom: 1.0, phone, pods: usize::MAX };
                    assert_eq!(diagram(&EN, side, cursor, &look()), diagram(&only, side, cursor, &look()), "{name}: {:?} at {cursor:?}, {width} px (dense: {dense}, phone: {phone})", side.platform);
                }
            }
        }
    }
}


/// Once a service runs another release than it started with, each of its replicas says which it
/// runs: during Kubernetes' rolling update both, once it is done the new one; before it, none
/// (the markup the first paint and the app share). Compose recreates every container at once.
#[test]
fn once_a_release_rolls_out_each_replica_says_which_it_runs() {
    let mut scenario = preset("feastflow").expect("preset");
    scenario.faults.push(hafen_core::Fault::deploy("backend", "v2", true).at(SimTime(60_000)));
    let state = AppState::with_document(Document { scenario, pricing: Pricing::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None });
    let look = || Look { width: 1400.0, dense: false, zoom: 1.0, phone: false, pods: usize::MAX };
    for side in &state.sides {
        let at = |ms: u64| diagram(&EN, side, SimTime(ms), &look()).expect("a run").0;
        assert!(!at(30_000).contains("pod-version"), "{:?}: no release named before the rollout", side.platform);
        let during = (60_000..180_000).step_by(500).map(at).find(|html| html.contains(">v1<") && html.contains(">v2<"));
        assert_eq!(during.is_some(), side.platform == PlatformKind::Kubernetes, "{:?}: at some moment of the rollout, replicas of both releases say which they run", side.platform);
        let done = at(state.end().0);
        assert!(done.contains(">v2<") && !done.contains(">v1<"), "{:?}: once it is done, every replica runs the new release and says so", side.platform);
    }
}
