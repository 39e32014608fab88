//! SVG diagram of one platform at the time cursor: node boxes with their containers/pods, traffic
//! dots from the users to the replicas that receive requests (red where requests fail), and the
//! movements of rescheduled replicas. Click or Tab to select; drag a replica onto a node to pin its
//! service; drag a node out to remove it.

use crate::browser::apply_data_styles;
use crate::drag::DragKind;
use crate::diagram_layout::{fit, Layout, Need, CELL, GAP, MIN_TEXT, POD_GAP};
use crate::diagram_parts::{label_need, Scene};
use crate::hooks::use_width::use_width;
use crate::state::{Selection, Shared, Side};
use crate::i18n::use_words;
use hafen_core::say;
use hafen_core::{NodeState, ReplicaState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`Diagram`].
#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// How many of the run's state changes have happened at the cursor.
    pub upto: usize,
    /// Requests per second arriving at the cursor (the traffic label follows traffic events).
    pub rps: u64,
    /// Share of the requests arriving at the cursor that fail end to end [0..1] (overload, a
    /// dependency down): that share of the dots to answering replicas is drawn red.
    #[prop_or_default]
    pub failing: f64,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Select a service or node.
    pub onselect: Callback<Selection>,
    /// Kill (or restore) a node: its name.
    pub onpower: Callback<String>,
    /// A drag starts here.
    pub ondragstart: Callback<(DragKind, PointerEvent)>,
    /// Services that are single points of failure on this platform.
    #[prop_or_default]
    pub spof: Vec<String>,
    /// The dense view (an embed): one-line replicas, narrower node boxes side by side.
    #[prop_or_default]
    pub dense: bool,
    /// Drawn this many times larger than laid out (the presenter's large type): laid out for its
    /// width divided by this, then scaled to fill it. Drawn larger in the dense view (the
    /// presenter's), every label is whole ([`Layout::whole`], [`label_need`]).
    #[prop_or(1.0)]
    pub zoom: f64,
}

fn focus_step(e: &KeyboardEvent, forward: bool) {
    let Some(svg) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(list) = svg.query_selector_all("[tabindex='0']") else { return };
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let n = list.length();
    let mut at = None;
    for i in 0..n {
        if let (Some(item), Some(a)) = (list.item(i), active.as_ref()) {
            if item.is_same_node(Some(a.as_ref())) {
                at = Some(i);
            }
        }
    }
    let next = match (at, forward) {
        (Some(i), true) => (i + 1).min(n.saturating_sub(1)),
        (Some(i), false) => i.saturating_sub(1),
        (None, _) => 0,
    };
    if let Some(el) = list.item(next).and_then(|n| n.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
        e.prevent_default();
    }
}

/// What a pointer or focus event in a diagram is about. The diagram has one listener per kind of
/// event for every replica and node (they carry data- attributes): the Large cluster then
/// registers three listeners, not 4,500.
enum Hit {
    /// A node's power button: the node to kill or restore.
    Power(String),
    /// A replica: its service.
    Replica(String),
    /// A node's header: the node.
    NodeHead(String),
}

/// What the event's target is part of, if anything.
fn hit(e: &Event) -> Option<Hit> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    if let Some(n) = closest_attr(&el, "data-power") {
        return Some(Hit::Power(n));
    }
    if closest_attr(&el, "data-replica").is_some() {
        return closest_attr(&el, "data-service").map(Hit::Replica);
    }
    el.closest(".node-head").ok().flatten()?;
    closest_attr(&el, "data-node").map(Hit::NodeHead)
}

/// The value of `attr` on `el` or its nearest ancestor that has it.
fn closest_attr(el: &web_sys::Element, attr: &str) -> Option<String> {
    el.closest(&format!("[{attr}]")).ok().flatten()?.get_attribute(attr)
}

/// The drawing.
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let words = use_words();
    let wrap = use_node_ref();
    // Laid out for the width it is shown at (a guess until measured): text stays at its size.
    let measured_once = use_width(wrap.clone());
    let width = measured_once.unwrap_or(320.0) / props.zoom.clamp(0.5, 3.0);
    let laid_out_for = use_mut_ref(|| None::<f64>);
    // The CSS variables of the dots and arriving replicas (`data-style`), as drawn and as last
    // copied into the elements' styles: copied again only when they change.
    let styles = use_mut_ref(|| (String::new(), String::new()));
    {
        let (wrap, styles) = (wrap.clone(), styles.clone());
        use_effect(move || {
            let (drawn, copied) = &mut *styles.borrow_mut();
            if drawn != copied {
                if let Some(root) = wrap.cast::<web_sys::Element>() {
                    apply_data_styles(&root);
                }
                copied.clone_from(drawn);
            }
        });
    }
    let side = &props.side;
    let kind = side.platform;
    let Ok(run) = &side.run else { return html! {} };
    let snap = run.snapshot_upto(props.upto);
    let n = run.nodes.len();
    let mut per_node: Vec<Vec<(u32, ReplicaState)>> = vec![Vec::new(); n];
    let mut pending = Vec::new();
    for &(rep, node, state) in &snap.replicas {
        match node.and_then(|i| per_node.get_mut(i as usize)) {
            Some(list) => list.push((rep, state)),
            None => pending.push((rep, state)),
        }
    }
    // Sized for the fullest moment of the run, not of the cursor: seeking or playing then moves
    // replicas and never resizes every node box (and restyles the whole drawing).
    let peak = side.peak;
    let most = peak.per_node.max(per_node.iter().map(Vec::len).max().unwrap_or(0));
    // A new width moves every replica: they jump there instead of gliding (the first measurement
    // after the page opens, a resize).
    let resized = {
        let mut last = laid_out_for.borrow_mut();
        let changed = last.is_some_and(|w| w != width);
        *last = Some(width);
        changed || measured_once.is_none()
    };
    // A phone (the window as narrow as the stylesheet's one-column layout) lists each node's replicas.
    let phone = crate::browser::narrow();
    // Drawn larger in the dense view (a presenter's): every label whole.
    let whole = props.dense && props.zoom > 1.0;
    let lay = if props.dense {
        Layout::whole(width, n, most, &if whole { label_need(&words, side) } else { Need::default() })
    } else if phone {
        Layout::list(width, n, most)
    } else {
        Layout::new(width, n, most)
    };
    let pod_w = lay.pod_size().0;

    // Replicas not on any node: a row of their own under the nodes.
    let waiting = peak.pending.max(pending.len());
    let pending_y = lay.height + 22.0;
    let (pending_cols, pending_w) = if lay.compact {
        ((((width - 2.0 * GAP) / CELL).floor() as usize).max(1), CELL - 2.0)
    } else {
        // Each as wide as a node's replicas are (the dense view's: as its labels need, when whole).
        let least = if whole { pod_w } else { 150.0 };
        let cols = (((width - GAP + 0.01) / (least + GAP)).floor() as usize).max(1);
        (cols, (width - GAP) / cols as f64 - GAP)
    };
    let pending_step = if lay.compact { (CELL, CELL) } else { (pending_w + GAP, lay.pod_h() + POD_GAP) };
    let height = lay.height + if waiting == 0 { 0.0 } else { 22.0 + waiting.div_ceil(pending_cols) as f64 * pending_step.1 + GAP };

    // Where each replica is drawn (top-left).
    let mut at: Vec<Option<(f64, f64)>> = vec![None; run.replicas.len()];
    for (i, list) in per_node.iter().enumerate() {
        for (k, &(rep, _)) in list.iter().enumerate() {
            if let Some(p) = at.get_mut(rep as usize) {
                *p = Some(lay.pod_xy(i, k));
            }
        }
    }
    for (k, &(rep, _)) in pending.iter().enumerate() {
        if let Some(p) = at.get_mut(rep as usize) {
            *p = Some((GAP + (k % pending_cols) as f64 * pending_step.0, pending_y + (k / pending_cols) as f64 * pending_step.1));
        }
    }
    let scene = Scene::new(&words, side, run, props.upto, &lay, at, pending_w, props.selected.as_ref(), &props.spof, &snap.replicas);
    let mut summary = Vec::new();
    let mut not_ready = Vec::new();
    let nodes = (0..n)
        .map(|i| {
            let state = snap.nodes.get(i).copied().unwrap_or(NodeState::Ready);
            let (drawn, said, status) = scene.node(i, state, per_node.get(i).map_or(0, Vec::len));
            summary.push(said);
            if state != NodeState::Ready {
                not_ready.push(format!("{} {status}", run.nodes[i].name));
            }
            drawn
        })
        .collect::<Html>();
    let node_line = scene.node_line(&not_ready, width);
    let (traffic, dots) = scene.traffic(&snap.replicas, props.rps, props.failing, width).unzip();
    let pods = snap.replicas.iter().map(|&(rep, node, state)| scene.pod(rep, node, state)).collect::<Html>();
    let pending_label = (!pending.is_empty()).then(|| html! {
        <text class="node-status" x={GAP.to_string()} y={(pending_y - 8.0).to_string()}>{fit(&say!(words, "diagram-pending"), MIN_TEXT, true, width - 2.0 * GAP)}</text>
    });
    // One set of listeners for every replica and node (they carry data- attributes): a diagram of
    // the Large cluster then registers three listeners, not 4,500.
    let onclick = {
        let (select, power) = (props.onselect.clone(), props.onpower.clone());
        Callback::from(move |e: MouseEvent| match hit(&e) {
            Some(Hit::Power(n)) => power.emit(n),
            Some(Hit::Replica(s)) => select.emit(Selection::Service(s)),
            Some(Hit::NodeHead(n)) => select.emit(Selection::Node(n)),
            None => {}
        })
    };
    // Focus by keyboard selects; a pointer's focus does not (a press may start a drag, and its
    // click selects).
    let onfocusin = {
        let select = props.onselect.clone();
        Callback::from(move |e: FocusEvent| match hit(&e).filter(|_| e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.matches(":focus-visible").unwrap_or(false))) {
            Some(Hit::Replica(s)) => select.emit(Selection::Service(s)),
            Some(Hit::NodeHead(n)) => select.emit(Selection::Node(n)),
            Some(Hit::Power(_)) | None => {}
        })
    };
    let onpointerdown = {
        let drag = props.ondragstart.clone();
        Callback::from(move |e: PointerEvent| match hit(&e) {
            Some(Hit::Replica(s)) => drag.emit((DragKind::Service(s), e)),
            // Only nodes the user added or may remove are dragged out (not the Compose host).
            Some(Hit::NodeHead(n)) if n.starts_with("node-") => drag.emit((DragKind::Node(n), e)),
            _ => {}
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| match e.key().as_str() {
        "ArrowRight" | "ArrowDown" => focus_step(&e, true),
        "ArrowLeft" | "ArrowUp" => focus_step(&e, false),
        _ => {}
    });
    let aria = say!(words, "diagram-aria", platform = kind.label(), nodes = summary.join("; "));
    let legend = (!props.dense).then(|| scene.legend());
    styles.borrow_mut().0 = scene.drawn.into_inner();
    // The moving dots are drawn on a layer of their own above the diagram.
    let view = format!("0 0 {:.0} {height:.0}", lay.width);
    html! {
        <>
        <div class="diagram-wrap" ref={wrap}>
            <svg class={classes!("diagram", lay.compact.then_some("compact"), lay.list.then_some("list"), resized.then_some("resized"))} viewBox={view.clone()} role="group"
                aria-label={aria} data-platform={kind.id()} data-drop-platform={kind.id()} {onkeydown} {onclick} {onfocusin} {onpointerdown}>
                { node_line.unwrap_or_default() }
                { nodes }
                { traffic.unwrap_or_default() }
                { pending_label.unwrap_or_default() }
                { pods }
            </svg>
            // (HTML dots with compositor-friendly keyframes were tried: in headless Chromium without
            // a GPU their layers made playback frames slower, p95 10.5-12.3 ms against 9.0.)
            <svg class="traffic-layer" viewBox={view} aria-hidden="true">{ dots.unwrap_or_default() }</svg>
        </div>
            // What the glyphs and colours mean: the states this run passes through.
            { legend.unwrap_or_default() }
        </>
    }
}
