//! The reducer: every document change is a named action.
#![cfg(not(target_arch = "wasm32"))]

use hafen::state::{Action, AppState, DEFAULT_FAULT_TIME};
use hafen_core::{OperatorPreset, PlatformKind, RestartPolicy, SimTime};
use std::rc::Rc;
use yew::Reducible;

fn apply(s: Rc<AppState>, a: Action) -> Rc<AppState> {
    s.reduce(a)
}

#[test]
fn a_fault_happens_at_the_cursor_and_reruns_only_its_side() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::SetCursor(SimTime(30_000)));
    let s = apply(s, Action::KillNode { platform: PlatformKind::Kubernetes, node: "node-1".into() });
    let faults: Vec<_> = s.faults_of(PlatformKind::Kubernetes).collect();
    assert_eq!(faults.len(), 1);
    assert_eq!(faults.first().map(|f| f.at), Some(SimTime(30_000)));
    assert_eq!(s.faults_of(PlatformKind::Compose).count(), 0);
}

#[test]
fn settings_change_the_outcome_and_reset_restores_the_start() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Crash { platform: PlatformKind::Compose, service: "backend".into() });
    let downtime = |s: &AppState| {
        s.side(PlatformKind::Compose).and_then(|d| d.run.as_ref().ok()).and_then(|r| r.service("backend")).map(|r| r.downtime.as_millis())
    };
    assert_eq!(downtime(&s), Some(905_000));
    let s = apply(s, Action::SetOperator(OperatorPreset::Weekend));
    assert_eq!(downtime(&s), Some(48 * 3_600_000 + 5_000));
    let s = apply(s, Action::SetComposeRestart(RestartPolicy::Always));
    assert_eq!(downtime(&s), Some(5_100));
    let s = apply(s, Action::Reset);
    assert!(s.faults.is_empty());
    assert_eq!(s.cursor, DEFAULT_FAULT_TIME);
}

#[test]
fn identity_actions_return_the_same_state_so_nothing_rerenders() {
    let s = Rc::new(AppState::default());
    let same = apply(s.clone(), Action::SetOperator(OperatorPreset::OnCall));
    assert!(Rc::ptr_eq(&s, &same));
    let same = apply(s.clone(), Action::SetCursor(DEFAULT_FAULT_TIME));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn the_cursor_cannot_leave_the_simulated_time() {
    let s = Rc::new(AppState::default());
    let end = s.end();
    let s = apply(s, Action::SetCursor(SimTime(u64::MAX)));
    assert_eq!(s.cursor, end);
}
