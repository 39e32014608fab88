//! The page: toolbar, palette, the application graph, the platforms side by side on one timeline,
//! the inspector. Holds the reducer, the animation loop, keyboard shortcuts and the drag session.

use super::actions_bar::ActionsBar;
use super::app_graph::AppGraph;
use super::advisor_panel::AdvisorPanel;
use super::availability_panel::AvailabilityPanel;
use super::cost_panel::CostPanel;
use super::defaults_table::DefaultsTable;
use super::inspector::Inspector;
use super::palette::Palette;
use super::platform_panel::PlatformPanel;
use super::timeline::Timeline;
use super::toolbar::Toolbar;
use crate::drag::{DragKind, DropTarget};
use crate::hooks::use_estimates::use_estimates;
use crate::state::{economics, Action, AppState, Selection, Shared, Speed};
use hafen_core::edit::Edit;
use hafen_core::{FaultKind, NodeRef, PlatformKind, SimTime};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Reads `?preset=…&autoplay=1&speed=10` from the page address.
fn url_params() -> (Option<String>, bool, Option<Speed>) {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let mut preset = None;
    let mut autoplay = false;
    let mut speed = None;
    for pair in search.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "preset" => preset = Some(v.to_string()),
            "autoplay" => autoplay = v == "1" || v == "true",
            "speed" => speed = Speed::from_param(v),
            _ => {}
        }
    }
    (preset, autoplay, speed)
}

type PointerListener = Closure<dyn FnMut(web_sys::PointerEvent)>;
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// An in-progress drag: what, where it started, and the window listeners to remove at the end.
struct DragSession {
    kind: DragKind,
    start: (i32, i32),
    moved: bool,
    /// Each listener with every window event it is registered for.
    listeners: Vec<(&'static [&'static str], PointerListener)>,
}

fn drop_target(x: i32, y: i32) -> DropTarget {
    let mut target = DropTarget::default();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return target };
    let mut el = doc.element_from_point(x as f32, y as f32);
    while let Some(e) = el {
        if target.node.is_none() {
            target.node = e.get_attribute("data-drop-node");
        }
        if target.platform.is_none() {
            target.platform = e.get_attribute("data-drop-platform");
        }
        if e.has_attribute("data-drop-palette") {
            target.palette = true;
        }
        el = e.parent_element();
    }
    target
}

/// What a drop means, as an edit (None: nothing).
fn drop_edit(kind: &DragKind, at: &DropTarget) -> Option<Edit> {
    let cluster = at.platform.as_deref().is_some_and(|p| p != "compose");
    match kind {
        DragKind::Palette(item) if at.platform.is_some() => Some(Edit::AddService(*item, None)),
        DragKind::NewNode if cluster => Some(Edit::AddNode),
        DragKind::Service(s) if cluster => at.node.as_ref().filter(|n| !n.starts_with("cp-")).map(|n| Edit::Pin(s.clone(), Some(n.clone()))),
        DragKind::Node(n) if at.platform.is_none() || at.palette => Some(Edit::RemoveNode(n.clone())),
        _ => None,
    }
}

/// The whole application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (preset, autoplay, speed) = url_params();
        let mut s = AppState::with_preset(preset.as_deref().unwrap_or("feastflow"));
        if let Some(sp) = speed {
            s.speed = sp;
        }
        if autoplay {
            s.cursor = SimTime::ZERO;
            s.playing = true;
        }
        s
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };

    // Animation loop: one Frame action per display frame while playing.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.playing, move |&playing| {
            let handle: Rc<RefCell<Option<i32>>> = Rc::new(RefCell::new(None));
            let tick: FrameCallback = Rc::new(RefCell::new(None));
            if playing {
                let (h, t) = (handle.clone(), tick.clone());
                *tick.borrow_mut() = Some(Closure::new(move |ts: f64| {
                    dispatch.emit(Action::Frame(ts));
                    if let (Some(w), Some(cb)) = (web_sys::window(), t.borrow().as_ref()) {
                        *h.borrow_mut() = w.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
                    }
                }));
                if let (Some(w), Some(cb)) = (web_sys::window(), tick.borrow().as_ref()) {
                    *handle.borrow_mut() = w.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
                }
            }
            move || {
                if let (Some(w), Some(id)) = (web_sys::window(), handle.borrow_mut().take()) {
                    let _ = w.cancel_animation_frame(id);
                }
                tick.borrow_mut().take();
            }
        });
    }

    // Keyboard shortcuts (not while typing in a field). The listener is registered once and reads
    // the selection when a key is pressed, so a key right after a click acts on what was clicked.
    let current_selection = use_mut_ref(|| None::<Selection>);
    *current_selection.borrow_mut() = state.selected.clone();
    {
        let dispatcher = state.dispatcher();
        let current = current_selection.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                let selected = current.borrow().clone();
                let typing = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
                let ctrl = e.ctrl_key() || e.meta_key();
                let key = e.key();
                let action = match key.as_str() {
                    "z" | "Z" if ctrl && e.shift_key() => Some(Action::Redo),
                    "z" if ctrl => Some(Action::Undo),
                    "y" if ctrl => Some(Action::Redo),
                    _ if typing || ctrl || e.alt_key() => None,
                    " " => Some(Action::TogglePlay),
                    "n" => Some(Action::NextEvent),
                    "p" => Some(Action::PrevEvent),
                    "Escape" => Some(Action::Select(None)),
                    "Delete" | "Backspace" => match &selected {
                        Some(Selection::Service(s)) => Some(Action::Edit(Edit::RemoveService(s.clone()))),
                        Some(Selection::Node(n)) if n.starts_with("node-") => Some(Action::Edit(Edit::RemoveNode(n.clone()))),
                        _ => None,
                    },
                    "k" => match &selected {
                        Some(Selection::Node(n)) => Some(Action::Fault(FaultKind::KillNode(NodeRef::Named(if n == "host" { "node-1".into() } else { n.clone() })))),
                        _ => None,
                    },
                    "r" => match &selected {
                        Some(Selection::Node(n)) => Some(Action::Fault(FaultKind::RestoreNode(if n == "host" { "node-1".into() } else { n.clone() }))),
                        _ => None,
                    },
                    "c" => match &selected {
                        Some(Selection::Service(s)) => Some(Action::Fault(FaultKind::Crash(s.clone()))),
                        _ => None,
                    },
                    "h" => match &selected {
                        Some(Selection::Service(s)) => Some(Action::Fault(FaultKind::Hang(s.clone()))),
                        _ => None,
                    },
                    "Enter" if selected.is_some() => {
                        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("#inspector input, #inspector button").ok().flatten()) {
                            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                                let _ = h.focus();
                            }
                        }
                        None
                    }
                    _ => None,
                };
                if let Some(a) = action {
                    e.prevent_default();
                    dispatcher.dispatch(a);
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
                }
            }
        });
    }

    // Drag session: a ghost follows the pointer; only the drop dispatches an edit.
    let ghost = use_node_ref();
    let session: Rc<RefCell<Option<DragSession>>> = use_mut_ref(|| None);
    let ondragstart = {
        let ghost = ghost.clone();
        let session = session.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |(kind, e): (DragKind, PointerEvent)| {
            if e.button() != 0 || session.borrow().is_some() {
                return;
            }
            let label = kind.label();
            let Some(window) = web_sys::window() else { return };
            let move_ghost = {
                let ghost = ghost.clone();
                let session = session.clone();
                PointerListener::new(move |e: web_sys::PointerEvent| {
                    let mut s = session.borrow_mut();
                    let Some(s) = s.as_mut() else { return };
                    let (dx, dy) = (e.client_x() - s.start.0, e.client_y() - s.start.1);
                    if !s.moved && dx * dx + dy * dy < 25 {
                        return;
                    }
                    s.moved = true;
                    if let Some(g) = ghost.cast::<web_sys::HtmlElement>() {
                        g.set_text_content(Some(&label));
                        let style = g.style();
                        let _ = style.set_property("display", "block");
                        let _ = style.set_property("transform", &format!("translate({}px, {}px)", e.client_x() + 12, e.client_y() + 12));
                    }
                })
            };
            let up = {
                let ghost = ghost.clone();
                let session = session.clone();
                let dispatch = dispatch.clone();
                PointerListener::new(move |e: web_sys::PointerEvent| {
                    let Some(s) = session.borrow_mut().take() else { return };
                    if let Some(g) = ghost.cast::<web_sys::HtmlElement>() {
                        let _ = g.style().set_property("display", "none");
                    }
                    if let Some(w) = web_sys::window() {
                        for (names, l) in &s.listeners {
                            for name in names.iter() {
                                let _ = w.remove_event_listener_with_callback(name, l.as_ref().unchecked_ref());
                            }
                        }
                    }
                    if s.moved && e.type_() == "pointerup" {
                        if let Some(edit) = drop_edit(&s.kind, &drop_target(e.client_x(), e.client_y())) {
                            dispatch.emit(Action::Edit(edit));
                        }
                    }
                    // The listeners are dropped after this event has been handled.
                    drop_after_event(s.listeners);
                })
            };
            // One list both registers and (in `up`) removes them, so no registration is left behind.
            let listeners: Vec<(&'static [&'static str], PointerListener)> = vec![(&["pointermove"], move_ghost), (&["pointerup", "pointercancel"], up)];
            for (names, l) in &listeners {
                for name in names.iter() {
                    let _ = window.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
                }
            }
            *session.borrow_mut() = Some(DragSession { kind, start: (e.client_x(), e.client_y()), moved: false, listeners });
        })
    };

    let select = dispatch.reform(|s: Selection| Action::Select(Some(s)));
    let power = {
        let state = state.clone();
        dispatch.reform(move |node: String| {
            // Restore if the node is down at the cursor on the Kubernetes (or first) side, else kill.
            let down = state.sides.iter().find(|s| s.platform != PlatformKind::Compose).or_else(|| state.sides.first()).and_then(|s| {
                let run = s.run.as_ref().ok()?;
                let i = run.nodes.iter().position(|n| n.name == node)?;
                Some(run.snapshot_at(state.cursor).nodes.get(i).is_some_and(|st| *st != hafen_core::NodeState::Ready))
            });
            if down == Some(true) {
                Action::Fault(FaultKind::RestoreNode(node))
            } else {
                Action::Fault(FaultKind::KillNode(NodeRef::Named(node)))
            }
        })
    };
    let seek = dispatch.reform(Action::Seek);
    let onfault = dispatch.reform(Action::Fault);
    let onedit = dispatch.reform(Action::Edit);
    let faulted = !state.doc.faults.is_empty();
    // Costs and availability: estimated in slices after each edit (never inside it).
    let estimates = use_estimates(&state.doc, state.costs.rates());
    let economics = {
        let latest = estimates.latest.clone();
        let costs = state.costs.clone();
        use_memo((latest, costs), |(latest, costs)| latest.as_ref().map(|e| Shared(Rc::new(economics(&e.key, &e.platforms, costs)))))
    };
    let updating = !estimates.current;
    let panels = state.sides.iter().map(|side| {
        // Single points of failure only from estimates of the document on screen.
        let spof: Vec<String> = crate::state::PLATFORMS
            .iter()
            .position(|k| *k == side.platform)
            .and_then(|i| estimates.latest.as_ref().filter(|_| estimates.current)?.platforms.get(i).cloned())
            .map(|a| a.services.iter().filter(|s| s.single_point_of_failure).map(|s| s.name.clone()).collect())
            .unwrap_or_default();
        html! {
            <PlatformPanel key={side.platform.id()} side={side.clone()} cursor={state.cursor} selected={state.selected.clone()} {faulted} {spof}
                onselect={select.clone()} onpower={power.clone()} onseek={seek.clone()} ondragstart={ondragstart.clone()} />
        }
    });
    let doc = &state.doc;
    let target_service = match &state.selected {
        Some(Selection::Service(s)) => Some(s.clone()),
        _ => doc.topology.services.iter().find(|s| s.kind == hafen_core::ServiceKind::Backend).or_else(|| doc.topology.services.first()).map(|s| s.name.clone()),
    };
    let target_node = match &state.selected {
        Some(Selection::Node(n)) if n != "host" => n.clone(),
        _ => "node-1".to_string(),
    };
    let cols = state.sides.len();
    html! {
        <div class="app">
            <header class="topbar">
                <h1>{"Hafen"}<span class="tagline">{format!(" — {} on {}", doc.topology.name, state.shown.iter().map(|k| k.label()).collect::<Vec<_>>().join(", "))}</span></h1>
                <Toolbar preset={state.preset.clone()} shown={state.shown.clone()} zones={doc.platform.zones} operator={doc.timings.operator_reaction}
                    can_undo={state.can_undo()} can_redo={state.can_redo()} faults={doc.faults.len()}
                    onpreset={dispatch.reform(Action::LoadPreset)} onshow={dispatch.reform(|(k, on)| Action::Show(k, on))}
                    onzones={dispatch.reform(|z| Action::Edit(Edit::SetZones(z)))} onoperator={dispatch.reform(|d| Action::Edit(Edit::SetOperator(d)))}
                    onundo={dispatch.reform(|_| Action::Undo)} onredo={dispatch.reform(|_| Action::Redo)} onclear={dispatch.reform(|_| Action::Edit(Edit::ClearFaults))} />
            </header>
            <div class="workspace">
                <Palette ondragstart={ondragstart.clone()} onadd={dispatch.reform(|i| Action::Edit(Edit::AddService(i, None)))} onaddnode={dispatch.reform(|_| Action::Edit(Edit::AddNode))} />
                <div class="middle">
                    <div class="graph-row">
                        <AppGraph doc={state.doc.clone()} selected={state.selected.clone()} onselect={select.clone()} />
                    </div>
                    <ActionsBar cursor={state.cursor} service={target_service} node={target_node} rps={doc.traffic.as_ref().map(|t| t.rps)}
                        zones={doc.platform.zone_names()} onfault={onfault.clone()} />
                    <main class={classes!("sides", format!("cols-{cols}"))}>{ for panels }</main>
                </div>
                <Inspector doc={state.doc.clone()} selected={state.selected.clone()} refusal={state.refusal.clone()} {onedit} {onfault} />
            </div>
            <Timeline cursor={state.cursor} end={state.end()} playing={state.playing} speed={state.speed} onseek={seek}
                ontoggle={dispatch.reform(|_| Action::TogglePlay)} onspeed={dispatch.reform(Action::SetSpeed)}
                onnext={dispatch.reform(|_| Action::NextEvent)} onprev={dispatch.reform(|_| Action::PrevEvent)} />
            <div class="economics">
                if let Some(eco) = (*economics).clone() {
                    <CostPanel settings={state.costs.clone()} economics={eco.clone()} {updating} onchange={dispatch.reform(Action::SetCosts)} />
                    <AvailabilityPanel settings={state.costs.clone()} economics={eco} {updating} onchange={dispatch.reform(Action::SetCosts)} doc={state.doc.clone()}
                        sides={state.sides.clone()} onsituation={dispatch.reform(|s| Action::Edit(Edit::SetSituation(s)))} />
                } else {
                    <section class="economics-part estimating" aria-live="polite"><h2>{"What it costs"}</h2><p class="updating-note">{"Estimating costs and availability: two simulated failures per service on each platform…"}</p></section>
                }
                <AdvisorPanel advice={state.advice.clone()} rps_start={doc.traffic.as_ref().map_or(0, |t| t.rps)}
                    onsituation={dispatch.reform(|s| Action::Edit(Edit::SetSituation(s)))} ontraffic={dispatch.reform(|r| Action::Edit(Edit::SetTraffic(r)))} />
            </div>
            <DefaultsTable rows={doc.timings.rows(doc.platform.kubernetes_version)} />
            <footer class="footer">
                {"Every timing is the documented default of Kubernetes, Docker and Docker Swarm (table above, with sources); start-up times, capacities and requests are properties of the example application; the operator's reaction is a setting. Nothing leaves your browser."}
            </footer>
            <div class="drag-ghost" ref={ghost} aria-hidden="true"></div>
        </div>
    }
}

/// Drops the drag listeners once the current event has finished (a closure must not be freed while
/// it runs).
fn drop_after_event(listeners: Vec<(&'static [&'static str], PointerListener)>) {
    let cleanup = Closure::once_into_js(move || drop(listeners));
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cleanup.unchecked_ref(), 0);
    }
}
