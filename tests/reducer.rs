//! The reducer: every document change is a named, undoable action; playback and selection are
//! session state. Runs natively (`cargo test`) and in headless Chromium (`wasm_bindgen_test`).

use hafen::state::{economics, Action, AppState, EstimateKey, Needed, Selection, Side, Speed, DEFAULT_FAULT_TIME};
use hafen_core::edit::{Edit, PaletteItem};
use hafen_core::fields::field;
use hafen_core::{Fault, FaultKind, NodeRef, PlatformKind, SimTime};
use std::rc::Rc;
use yew::Reducible;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// `a` reduced, and the runs it wants made (as the app makes them in slices, `hooks::use_runs`).
fn apply(s: Rc<AppState>, a: Action) -> Rc<AppState> {
    let s = s.reduce(a);
    if s.recomputing() { Rc::new(Rc::unwrap_or_clone(s).settle()) } else { s }
}

fn downtime(s: &AppState, platform: PlatformKind, service: &str) -> Option<u64> {
    s.side(platform).and_then(|d| d.run.as_ref().ok()).and_then(|r| r.service(service)).map(|r| r.downtime.as_millis())
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_fault_happens_at_the_cursor_on_every_platform() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Seek(SimTime(30_000)));
    let s = apply(s, Action::Fault(Fault::kill_node("node-1")));
    assert_eq!(s.doc.scenario.faults.len(), 1);
    assert_eq!(s.doc.scenario.faults.first().map(|f| f.at), Some(SimTime(30_000)));
    // Compose: the one host dies with node-1 and comes back with the operator 15 min later.
    assert_eq!(downtime(&s, PlatformKind::Compose, "postgres"), Some(15 * 60_000 + 8_000));
    assert_eq!(downtime(&s, PlatformKind::Kubernetes, "backend"), Some(0));
}

/// The runs `n` asks for, made at once (the app makes them in slices).
fn made(n: Needed) -> (u64, Rc<Vec<hafen::state::Shared<Side>>>) {
    (n.wanted, Rc::new(n.sides.into_iter().map(|s| s.unwrap_or_else(|(p, sc)| Side::simulated(p, sc))).collect()))
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn an_edit_shows_at_once_and_its_runs_follow_the_reducer_never_simulates() {
    let s = Rc::new(AppState::default());
    let edited = s.clone().reduce(Action::Edit(Edit::AddService(PaletteItem::Redis, None)));
    assert!(edited.doc.scenario.topology.service_index("redis").is_some(), "the document changed at once");
    assert!(edited.recomputing());
    assert_eq!(edited.sides, s.sides, "the runs on screen are the earlier document's, not made in the reducer");
    // A second edit before the first's runs came: those runs are dropped when they come.
    let first = edited.runs_needed();
    let again = edited.clone().reduce(Action::Edit(Edit::SetTraffic(100)));
    let (wanted, sides) = made(first);
    let late = again.clone().reduce(Action::Simulated(wanted, sides, true));
    assert!(Rc::ptr_eq(&late, &again), "the runs of an earlier document are dropped");
    // Time waits for the runs; a seek meanwhile stays within the document's duration, and the
    // moments to step to wait for the runs.
    let far = again.clone().reduce(Action::Seek(SimTime(u64::MAX)));
    assert_eq!(far.cursor, SimTime::ZERO.plus(far.doc.scenario.duration));
    assert!(Rc::ptr_eq(&far, &far.clone().reduce(Action::NextEvent)));
    let playing = again.clone().reduce(Action::TogglePlay).reduce(Action::Frame(0.0)).reduce(Action::Frame(16.0));
    assert_eq!(playing.cursor, again.cursor);
    // A platform's run handed on before the others': shown, and still waiting for the rest.
    let needed = playing.runs_needed();
    let (wanted, sides) = made(needed);
    let first = playing.clone().reduce(Action::Simulated(wanted, Rc::new(vec![sides[0].clone(), playing.sides[1].clone()]), false));
    assert!(first.recomputing());
    assert!(Rc::ptr_eq(&first.sides[0].0, &sides[0].0) && Rc::ptr_eq(&first.sides[1].0, &playing.sides[1].0));
    let done = first.reduce(Action::Simulated(wanted, sides, true));
    assert!(!done.recomputing());
    assert!(done.side(PlatformKind::Kubernetes).and_then(|d| d.run.as_ref().ok()).is_some_and(|r| r.replicas.iter().any(|x| x.name.starts_with("redis"))));
    assert!(done.playing);
    assert!(done.clone().reduce(Action::Frame(100.0)).reduce(Action::Frame(116.0)).cursor > done.cursor, "then time runs");
    // Showing a third platform runs only that one: the others keep their runs.
    let third = done.clone().reduce(Action::Show(PlatformKind::Swarm, true));
    let needed = third.runs_needed();
    let kept: Vec<_> = needed.sides.iter().map(|s| s.as_ref().map(|side| side.platform).map_err(|(p, _)| *p)).collect();
    assert_eq!(kept, vec![Ok(PlatformKind::Compose), Err(PlatformKind::Swarm), Ok(PlatformKind::Kubernetes)]);
    // Hiding a platform takes its side away at once, with nothing to run.
    let three = apply(third, Action::Select(None));
    let hidden = three.clone().reduce(Action::Show(PlatformKind::Swarm, false));
    assert!(!hidden.recomputing());
    assert_eq!(hidden.sides.iter().map(|x| x.platform).collect::<Vec<_>>(), vec![PlatformKind::Compose, PlatformKind::Kubernetes]);
    assert!(Rc::ptr_eq(&hidden.sides[0].0, &three.sides[0].0));
    // A refusal stays shown when the runs come in: they are no action of the user's.
    let edited = three.reduce(Action::Edit(Edit::AddService(PaletteItem::Redis, None)));
    let refused = edited.reduce(Action::Edit(Edit::SetField("backend".into(), field("replicas"), "many".into())));
    assert!(refused.refusal.is_some() && refused.recomputing());
    let (wanted, sides) = made(refused.runs_needed());
    assert!(refused.reduce(Action::Simulated(wanted, sides, true)).refusal.is_some());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn edits_undo_and_redo() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Edit(Edit::AddService(PaletteItem::Redis, None)));
    assert!(s.doc.scenario.topology.service_index("redis").is_some());
    assert!(s.side(PlatformKind::Kubernetes).and_then(|d| d.run.as_ref().ok()).is_some_and(|r| r.replicas.iter().any(|x| x.name.starts_with("redis"))));
    let s = apply(s, Action::Undo);
    assert!(s.doc.scenario.topology.service_index("redis").is_none());
    let s = apply(s, Action::Redo);
    assert!(s.doc.scenario.topology.service_index("redis").is_some());
    let same = apply(s.clone(), Action::Redo);
    assert!(Rc::ptr_eq(&s, &same), "nothing to redo");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn an_invalid_value_is_refused_in_place_and_nothing_changes() {
    let s = Rc::new(AppState::default());
    let before = s.doc.scenario.clone();
    let s = apply(s, Action::Edit(Edit::SetField("backend".into(), field("replicas"), "many".into())));
    assert_eq!(s.refusal.as_ref().map(|m| m.to_string()).as_deref(), Some("replicas must be a whole number, got \"many\""));
    assert!(s.doc.scenario == before);
    assert!(!s.can_undo());
    let s = apply(s, Action::Select(None));
    assert!(s.refusal.is_none(), "the message goes with the next action");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn playback_advances_by_speed_and_stops_at_the_end() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::SetSpeed(Speed::X60));
    let s = apply(s, Action::TogglePlay);
    let s = apply(s, Action::Frame(1_000.0));
    let s = apply(s, Action::Frame(1_016.0));
    assert_eq!(s.cursor, DEFAULT_FAULT_TIME.plus(hafen_core::SimDuration(16 * 60)));
    // A long pause (hidden tab) advances at most 100 ms of wall time.
    let s = apply(s, Action::Frame(60_000.0));
    assert_eq!(s.cursor, DEFAULT_FAULT_TIME.plus(hafen_core::SimDuration(16 * 60 + 100 * 60)));
    let end = s.end();
    let s = apply(s, Action::Seek(SimTime(end.as_millis() - 10)));
    let s = apply(s, Action::Frame(60_016.0));
    assert_eq!(s.cursor, end);
    assert!(!s.playing);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn platforms_shown_are_the_users_choice_but_at_least_two() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Show(PlatformKind::Swarm, true));
    assert_eq!(s.sides.len(), 3);
    let s = apply(s, Action::Show(PlatformKind::Compose, false));
    let s = apply(s, Action::Show(PlatformKind::Kubernetes, false));
    assert_eq!(s.sides.len(), 2);
    assert!(s.refusal.is_some());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn presets_load_and_a_removed_selection_is_dropped() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Select(Some(Selection::Service("backend".into()))));
    let s = apply(s, Action::LoadPreset("aima".into()));
    assert_eq!(s.preset, "aima");
    assert!(s.selected.is_none());
    assert!(s.doc.scenario.topology.service_index("gpu-orchestrator").is_some());
    let s = apply(s, Action::LoadPreset("large".into()));
    let pods: u32 = s.doc.scenario.topology.services.iter().map(|x| x.replicas).sum();
    assert_eq!((s.doc.scenario.platform.nodes, pods), (50, 500));
    let s = apply(s, Action::Undo);
    assert_eq!(s.preset, "large", "the preset id is session; the document went back");
    assert!(s.doc.scenario.topology.service_index("gpu-orchestrator").is_some());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn next_and_previous_event_step_through_the_trace() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Fault(Fault::crash("backend")));
    let s = apply(s, Action::NextEvent);
    assert!(s.cursor > DEFAULT_FAULT_TIME);
    let s = apply(s, Action::PrevEvent);
    assert_eq!(s.cursor, DEFAULT_FAULT_TIME);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_fault_keeps_the_cost_figures_and_a_topology_edit_renews_them() {
    // Costs and availability are derived outside the reducer, from the engine's runs, which depend
    // on the application and cluster only.
    let s = Rc::new(AppState::default());
    let key = |s: &AppState| EstimateKey::of(&s.doc.scenario);
    let before = key(&s);
    let s = apply(s, Action::Fault(Fault::crash("backend")));
    assert!(key(&s) == before, "faults do not change costs or availability");
    let s = apply(s, Action::Edit(Edit::SetField("backend".into(), field("replicas"), "3".into())));
    assert!(key(&s) != before);
    let k = key(&s);
    let runs = k.repairs();
    let eco = economics(&s.doc.scenario.situation, &k, &runs, &s.doc.pricing);
    let k8s_backend = eco.platforms.kubernetes.0.services.iter().find(|x| x.name == "backend").map(|x| x.replicas);
    assert_eq!(k8s_backend, Some(3));
    // Failure rates, the ops rate and the situation apply to the same runs: no new simulation.
    let mut c = s.doc.pricing.clone();
    c.ops_rate = 80.0;
    c.node_mtbf_hours = 100.0;
    let s = apply(s, Action::SetCosts(c.clone()));
    assert!(key(&s) == k);
    let again = economics(&s.doc.scenario.situation, &k, &runs, &s.doc.pricing);
    assert!(again.platforms.kubernetes.0.availability < eco.platforms.kubernetes.0.availability, "a node failing every 100 h costs more");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn the_advisor_answers_for_the_situation_and_its_inputs_are_undoable_edits() {
    // Quantum Trader: one person on one VPS, 95 % ⇒ Compose, although a 3-machine cluster is drawn.
    let s = Rc::new(AppState::with_preset("quantum-trader"));
    let k = EstimateKey::of(&s.doc.scenario);
    let runs = k.repairs();
    // The advice as the file worker derives it for the Advisor tab: from the same runs.
    let advice = |s: &AppState| {
        let mut sc = (*k.doc).clone();
        sc.situation = s.doc.scenario.situation.clone();
        let eco = economics(&s.doc.scenario.situation, &k, &runs, &s.doc.pricing);
        hafen_core::economics::advice(&sc, &runs, &eco, &s.doc.pricing)
    };
    assert_eq!(advice(&s).recommendation(), Some(PlatformKind::Compose));
    assert_eq!(advice(&s).inputs.situation.machines, 1);
    // 99.9 %: hangs that wait 4 h for the office-hours operator keep every platform below it.
    let bigger = hafen_core::scenario::Situation { team: 5, uptime_target: 99_900, ..s.doc.scenario.situation.clone() };
    let s = apply(s, Action::Edit(Edit::SetSituation(bigger)));
    assert_eq!(advice(&s).recommendation(), None, "{:?}", advice(&s).verdict);
    let s = apply(s, Action::Edit(Edit::SetTraffic(50)));
    assert_eq!(hafen_core::advisor::Inputs::of(&s.doc.scenario).rps, 50);
    let s = apply(s, Action::Undo);
    let s = apply(s, Action::Undo);
    assert_eq!(advice(&s).recommendation(), Some(PlatformKind::Compose));
    let refused = apply(s.clone(), Action::Edit(Edit::SetSituation(hafen_core::scenario::Situation { team: 0, ..s.doc.scenario.situation.clone() })));
    assert!(refused.refusal.as_ref().is_some_and(|r| r.to_string().contains("between 1 and")), "{:?}", refused.refusal);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn the_power_button_kills_a_running_node_and_restores_a_dead_one() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Seek(SimTime(30_000)));
    let s = apply(s, Action::Power("node-2".into()));
    assert!(matches!(s.doc.scenario.faults.last().map(|f| &f.kind), Some(FaultKind::KillNode(NodeRef::Named(n))) if n == "node-2"));
    let s = apply(s, Action::Seek(SimTime(90_000)));
    let s = apply(s, Action::Power("node-2".into()));
    assert!(matches!(s.doc.scenario.faults.last().map(|f| &f.kind), Some(FaultKind::RestoreNode(n)) if n == "node-2"));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn keys_act_on_the_selection_and_never_while_typing() {
    use hafen::hooks::use_shortcuts::{shortcut, Key};
    let key = |key, ctrl, typing| Key { key, ctrl, shift: false, alt: false, typing };
    let backend = Selection::Service("backend".into());
    let node = Selection::Node("node-2".into());
    assert!(matches!(shortcut(&key("Delete", false, false), Some(&backend)), Some(Action::Edit(Edit::RemoveService(s))) if s == "backend"));
    assert!(matches!(shortcut(&key("c", false, false), Some(&backend)), Some(Action::Fault(Fault { kind: FaultKind::Crash(s), .. })) if s == "backend"));
    assert!(matches!(shortcut(&key("k", false, false), Some(&node)), Some(Action::Fault(Fault { kind: FaultKind::KillNode(_), .. }))));
    assert!(shortcut(&key("Enter", false, false), Some(&backend)).is_none(), "Enter opens the inspector, it injects nothing");
    assert!(shortcut(&key("c", false, true), Some(&backend)).is_none(), "typing a c in a field is typing");
    assert!(matches!(shortcut(&key("z", true, true), None), Some(Action::Undo)), "undo works from a field too");
    assert!(shortcut(&key("Delete", false, false), Some(&Selection::Node("host".into()))).is_none(), "the Compose host is not removed");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_drop_becomes_the_edit_its_target_names() {
    use hafen::drag::{drop_edit, DragKind, DropTarget};
    let on = |platform: &str, node: Option<&str>| DropTarget { platform: Some(platform.into()), node: node.map(Into::into), palette: false };
    assert_eq!(drop_edit(&DragKind::Service("backend".into()), &on("kubernetes", Some("node-2"))), Some(Edit::Pin("backend".into(), Some("node-2".into()))));
    assert_eq!(drop_edit(&DragKind::Service("backend".into()), &on("compose", Some("host"))), None, "Compose has one host: nothing to pin to");
    assert_eq!(drop_edit(&DragKind::Service("backend".into()), &on("kubernetes", Some("cp-1"))), None, "no workloads on the control plane");
    assert_eq!(drop_edit(&DragKind::Palette(PaletteItem::Redis), &on("compose", None)), Some(Edit::AddService(PaletteItem::Redis, None)));
    assert_eq!(drop_edit(&DragKind::Node("node-3".into()), &DropTarget::default()), Some(Edit::RemoveNode("node-3".into())));
    assert_eq!(drop_edit(&DragKind::Node("node-3".into()), &on("kubernetes", Some("node-1"))), None);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_removal_is_offered_for_undo_until_the_document_changes_or_it_is_dismissed() {
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Edit(Edit::RemoveService("backend".into())));
    assert_eq!(s.removed.as_deref(), Some("backend"));
    let s = apply(s, Action::Seek(SimTime(60_000)));
    assert_eq!(s.removed.as_deref(), Some("backend"), "moving the cursor keeps the offer");
    let s = apply(s, Action::Undo);
    assert_eq!(s.removed, None);
    assert!(s.doc.scenario.topology.service_index("backend").is_some());
    let s = apply(s, Action::Edit(Edit::RemoveNode("node-3".into())));
    assert_eq!(s.removed.as_deref(), Some("node-3"));
    let s = apply(s, Action::Dismiss);
    assert_eq!(s.removed, None);
    // A crash at 1:00: its consequences come after the cursor, nothing happened before it.
    let s = apply(s, Action::Fault(Fault::crash("backend")));
    assert!(s.has_next() && !s.has_prev(), "prev is disabled before the first event, next is not");
    let s = apply(s, Action::Seek(SimTime(u64::MAX)));
    assert!(!s.has_next() && s.has_prev(), "at the end nothing comes next");
}

mod opening {
    //! What the page opens with: a link, then `?preset=`, then the saved scenario, then FeastFlow;
    //! a bad link or saved state gets a notice and is never lost.
    use super::*;
    use hafen::state::{Instead, Notice, Opening, KEPT_ASIDE};

    fn edited() -> AppState {
        let s = Rc::new(AppState::with_preset("aima"));
        let s = apply(s, Action::Fault(Fault::kill_node("node-1")));
        let s = apply(s, Action::Show(PlatformKind::Swarm, true));
        (*s).clone()
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_link_opens_the_same_document_and_simulation() {
        let mine = edited();
        let link = mine.document().encode();
        let (theirs, kept) = AppState::start(&Opening { hash: Some(link), preset: Some("large".into()), saved: None, embed: false });
        assert_eq!(kept, None);
        assert_eq!(theirs.document(), mine.document());
        assert_eq!(theirs.notice, None);
        assert!(!theirs.can_undo(), "opening is not an edit");
        for (a, b) in mine.sides.iter().zip(&theirs.sides) {
            assert_eq!(a.run, b.run, "{:?}: the same link is the same simulation", a.platform);
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_saved_scenario_is_restored_and_said_so_unless_a_preset_is_asked_for() {
        let saved = Some((edited().document().encode(), Some(7)));
        let (s, _) = AppState::start(&Opening { hash: None, preset: None, saved: saved.clone(), embed: false });
        assert_eq!(s.document(), edited().document());
        assert_eq!(s.notice, Some(Notice::Restored(Some(7))));
        let (s, _) = AppState::start(&Opening { hash: None, preset: Some("feastflow".into()), saved, embed: false });
        assert_eq!(s.preset, "feastflow");
        assert_eq!(s.notice, None);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_bad_link_falls_back_to_the_saved_scenario_or_a_preset_with_a_reason() {
        let saved = Some((edited().document().encode(), None));
        let (s, _) = AppState::start(&Opening { hash: Some("3.abc".into()), preset: None, saved, embed: false });
        assert_eq!(s.document(), edited().document());
        assert!(matches!(&s.notice, Some(Notice::BadLink { why, instead: Instead::Saved }) if why.to_string().contains("newer Hafen")), "{:?}", s.notice);
        let (s, _) = AppState::start(&Opening { hash: Some("1.%%%".into()), preset: Some("aima".into()), saved: None, embed: false });
        assert_eq!(s.preset, "aima");
        assert!(matches!(&s.notice, Some(Notice::BadLink { instead: Instead::Preset, .. })), "{:?}", s.notice);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_saved_state_that_cannot_be_read_is_kept_aside_whatever_opens() {
        let broken = "1.AAAA-cut".to_string();
        let (s, kept) = AppState::start(&Opening { hash: None, preset: None, saved: Some((broken.clone(), None)), embed: false });
        assert_eq!(kept.as_ref(), Some(&broken));
        assert!(matches!(&s.notice, Some(Notice::BadSaved { kept, .. }) if kept == KEPT_ASIDE), "{:?}", s.notice);
        assert_eq!(s.preset, "feastflow");
        // Also when a link or a preset opens instead: the next save would overwrite it.
        let (_, kept) = AppState::start(&Opening { hash: Some(edited().document().encode()), preset: None, saved: Some((broken.clone(), None)), embed: false });
        assert_eq!(kept, Some(broken));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn opening_a_document_in_an_open_tab_is_undoable_and_clears_the_notice() {
        let mine = Rc::new(AppState::default());
        let mine = apply(mine, Action::Notify(Some(Notice::Restored(None))));
        let theirs = edited().document();
        let s = apply(mine.clone(), Action::Open(Rc::new(theirs.clone())));
        assert_eq!(s.document(), theirs);
        assert_eq!(s.notice, None);
        assert_eq!(s.preset, "");
        let s = apply(s, Action::Undo);
        assert_eq!(s.doc.scenario, mine.doc.scenario);
        // Everything the Open replaced comes back: the platforms shown and the pricing inputs too.
        assert_eq!(s.document(), mine.document());
        assert_eq!(s.sides.len(), mine.sides.len());
        let s = apply(s, Action::Redo);
        assert_eq!(s.document(), theirs);
        assert_eq!(s.sides.iter().map(|x| x.platform).collect::<Vec<_>>(), theirs.shown);
        // An ordinary edit's undo leaves the platforms shown as they are.
        let s = apply(s, Action::Fault(Fault::crash("backend")));
        let s = apply(s, Action::Show(PlatformKind::Swarm, false));
        let s = apply(s, Action::Undo);
        assert!(!s.doc.shown.contains(&PlatformKind::Swarm));
    }
}

mod playing {
    //! How the page is asked to play by its address (`?autoplay=1&loop=1&t=…&show=…`), and what
    //! an embed opens.
    use super::*;
    use hafen::state::{Opening, Playback};
    use hafen_core::presets::SIGNATURE_AT;

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn autoplay_of_a_quiet_preset_plays_its_signature_failure_and_keeps_other_faults() {
        let quiet = AppState::with_preset("feastflow");
        assert!(quiet.doc.scenario.faults.is_empty());
        let s = quiet.played_as(&Playback { autoplay: true, ..Default::default() });
        assert!(s.playing);
        assert_eq!(s.cursor, SimTime::ZERO);
        assert_eq!(s.doc.scenario.faults.len(), 1);
        assert_eq!(s.doc.scenario.faults[0].at, SIGNATURE_AT);
        assert_eq!(s.doc.scenario.faults[0].kind, FaultKind::KillNode(NodeRef::Running("postgres".into())));
        // Something happens on every platform shown: Compose loses its host.
        assert!(downtime(&s, PlatformKind::Compose, "frontend").unwrap_or(0) > 0);
        // A document with faults of its own plays them.
        let busy = AppState::with_preset("aima");
        let faults = busy.doc.scenario.faults.clone();
        assert_eq!(busy.played_as(&Playback { autoplay: true, ..Default::default() }).doc.scenario.faults, faults);
        // Without autoplay nothing is added.
        assert!(AppState::with_preset("feastflow").played_as(&Playback::default()).doc.scenario.faults.is_empty());
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn a_start_time_platforms_and_a_loop_from_the_address() {
        let p = Playback { autoplay: true, speed: Some(Speed::X60), looping: true, start: Some(SimTime(90_000)), show: Some(vec![PlatformKind::Swarm, PlatformKind::Kubernetes]) };
        let s = Rc::new(AppState::with_preset("aima").played_as(&p));
        assert_eq!(s.cursor, SimTime(90_000));
        assert_eq!(s.speed, Speed::X60);
        assert_eq!(s.doc.shown, vec![PlatformKind::Swarm, PlatformKind::Kubernetes]);
        assert_eq!(s.sides.iter().map(|x| x.platform).collect::<Vec<_>>(), s.doc.shown);
        // Played to the end, it starts again at its start time and keeps playing.
        let end = s.end();
        let s = apply(s, Action::Seek(end));
        let s = apply(s, Action::Frame(0.0));
        let s = apply(s, Action::Frame(16.0));
        assert!(s.playing);
        assert!(s.cursor >= SimTime(90_000) && s.cursor < SimTime(91_000), "looped to {:?}", s.cursor);
        // Pause and play: what a host page's messages do.
        let s = apply(s, Action::SetPlaying(false));
        assert!(!s.playing);
        let same = apply(s.clone(), Action::SetPlaying(false));
        assert!(Rc::ptr_eq(&s, &same), "pausing a paused embed changes nothing");
        assert!(apply(s, Action::SetPlaying(true)).playing);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn an_embed_shows_what_its_address_says_never_the_saved_scenario() {
        let mut mine = AppState::with_preset("aima");
        mine.doc.shown = vec![PlatformKind::Swarm, PlatformKind::Kubernetes];
        let saved = Some((mine.document().encode(), Some(3)));
        let (s, kept) = AppState::start(&Opening { hash: None, preset: None, saved: saved.clone(), embed: true });
        assert_eq!(s.preset, "feastflow");
        assert_eq!(s.notice, None);
        assert_eq!(kept, None);
        let (s, _) = AppState::start(&Opening { hash: None, preset: Some("quantum-trader".into()), saved, embed: true });
        assert_eq!(s.preset, "quantum-trader");
    }
}


/// The node each platform lost to the first node failure of `s`'s runs (Compose: its one host).
fn node_lost(s: &AppState, platform: PlatformKind) -> String {
    let run = s.side(platform).and_then(|d| d.run.as_ref().ok()).unwrap_or_else(|| panic!("{platform:?} runs"));
    run.trace.iter().find(|e| e.kind == hafen_core::TraceKind::NodeDown).map(|e| e.subject.clone()).unwrap_or_else(|| panic!("{platform:?}: no node went down"))
}

/// The node `service`'s first replica stands on at the start of `s`'s run on `platform`.
fn node_running(s: &AppState, platform: PlatformKind, service: &str) -> String {
    let run = s.side(platform).and_then(|d| d.run.as_ref().ok()).unwrap_or_else(|| panic!("{platform:?} runs"));
    let si = s.doc.scenario.topology.service_index(service).unwrap_or_else(|| panic!("no {service}")) as u32;
    let snap = run.snapshot_at(SimTime::ZERO);
    snap.replicas
        .iter()
        .find(|(rep, _, _)| run.replicas.get(*rep as usize).is_some_and(|r| r.service == si))
        .and_then(|(_, node, _)| node.and_then(|n| run.nodes.get(n as usize)))
        .map(|n| n.name.clone())
        .unwrap_or_else(|| panic!("{platform:?}: {service} on no node"))
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn kill_offers_the_node_running_the_database_on_every_platform_and_a_selected_node_by_name() {
    // FeastFlow with Swarm shown too: nothing selected, Kill is "the node running postgres" (the
    // database, as the embed's signature failure), so Compose loses its host and Swarm and
    // Kubernetes the node that runs postgres, not node-1 (only frontend-2 there on Kubernetes).
    let s = Rc::new(AppState::default());
    let s = apply(s, Action::Show(PlatformKind::Swarm, true));
    assert_eq!(s.kill_target(), NodeRef::Running("postgres".into()));
    let killed = apply(s.clone(), Action::Fault(Fault { at: SimTime::ZERO, kind: FaultKind::KillNode(s.kill_target()) }));
    for platform in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
        assert_eq!(node_lost(&killed, platform), node_running(&s, platform, "postgres"), "{platform:?} (seed 0)");
        assert!(downtime(&killed, platform, "postgres").is_some_and(|d| d > 0), "{platform:?} (seed 0): postgres lost its node");
    }
    // A selected service: the node running it; a selected node: that node by name (the Compose
    // host is node-1 in the document).
    let s = apply(s, Action::Select(Some(Selection::Service("backend".into()))));
    assert_eq!(s.kill_target(), NodeRef::Running("backend".into()));
    let s = apply(s, Action::Select(Some(Selection::Node("node-2".into()))));
    assert_eq!(s.kill_target(), NodeRef::Named("node-2".into()));
    let s = apply(s, Action::Select(Some(Selection::Node("host".into()))));
    assert_eq!(s.kill_target(), NodeRef::Named("node-1".into()));
    // K does what the button does.
    use hafen::hooks::use_shortcuts::{shortcut, Key};
    let k = Key { key: "k", ctrl: false, shift: false, alt: false, typing: false };
    assert!(matches!(shortcut(&k, Some(&Selection::Service("backend".into()))), Some(Action::Fault(Fault { kind: FaultKind::KillNode(NodeRef::Running(s)), .. })) if s == "backend"));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn the_embed_snippet_is_titled_with_what_the_embed_plays_in_the_pages_language() {
    use hafen::state::Playback;
    use hafen_core::locale::Lang;
    use hafen_core::text::Words;
    // FeastFlow has no faults: the snippet asks for autoplay=1, which plays the node running the
    // database dying at 01:00; its title says so, as the embed's caption does, in each language.
    let s = AppState::default();
    assert!(s.doc.scenario.faults.is_empty());
    let doc = s.doc.scenario.clone();
    let played = s.played_as(&Playback { autoplay: true, ..Playback::default() });
    // Runs in the browser too, where the catalogs are compiled in by name.
    for (tag, source) in [("en", ""), ("de", include_str!("../crates/hafen-core/i18n/de.ftl")), ("nb", include_str!("../crates/hafen-core/i18n/nb.ftl"))] {
        let lang = Lang::from_tag(tag).expect("a language");
        let w = Words::read(lang, source).expect("catalog");
        let title = hafen::share::embed_title(&w, &doc);
        let caption = hafen_core::text::caption(&w, &played.doc.scenario);
        assert!(title.ends_with(&caption), "{lang:?}: \"{title}\" is not the embed's caption \"{caption}\"");
        assert!(!title.contains(&hafen_core::text::caption(&w, &doc)), "{lang:?}: \"{title}\" says no faults are scheduled");
    }
    assert_eq!(hafen::share::embed_title(&hafen_core::text::EN, &doc), "Hafen: FeastFlow: at 01:00 the node running postgres loses power");
}
