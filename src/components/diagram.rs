//! SVG diagram of one platform at the time cursor: node boxes with their containers/pods, traffic
//! dots from the users to the replicas that receive requests (red where requests fail), and the
//! movements of rescheduled replicas. Click or Tab to select; drag a replica onto a node to pin its
//! service; drag a node out to remove it.

use crate::browser::apply_data_styles;
use crate::drag::DragKind;
use crate::diagram_parts::{draw, At, Look};
use crate::markup::Yew;
use crate::hooks::use_width::use_width;
use crate::state::{Selection, Shared, Side};
use crate::i18n::use_words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Replicas a diagram mounted on a page already drawn adds per task (about 15 ms of work in
/// headless Chromium on the Large cluster's diagrams).
const PODS_PER_TASK: usize = 150;

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
    // Laid out for the width it is shown at (until measured: the width the first paint drew it
    // at, else a guess): text stays at its size.
    let measured_once = use_width(wrap.clone());
    let width = measured_once.or_else(|| crate::browser::first_width(props.side.platform.id())).unwrap_or(320.0) / props.zoom.clamp(0.5, 3.0);
    let laid_out_for = use_mut_ref(|| None::<f64>);
    // Mounted on a page already drawn (a platform shown, a story's step): nothing until its width
    // is known (before the frame is painted), then its replicas [`PODS_PER_TASK`] a task, from
    // the next task on: 500 replicas are not one long task. `None`: all drawn.
    let drawing = use_state_eq(|| crate::browser::page_drawn().then_some(0usize));
    // Counts the tasks asked for: only the latest one's count applies.
    let asked = use_mut_ref(|| 0u32);
    {
        let (drawing, measured) = (drawing.clone(), measured_once.is_some());
        let total = props.side.run.as_ref().map_or(0, |r| r.replicas.len());
        use_effect_with((*drawing, measured, total), move |&(now, measured, total)| {
            if let (Some(k), true) = (now, measured) {
                let more = k + PODS_PER_TASK;
                let ticket = {
                    let mut n = asked.borrow_mut();
                    *n += 1;
                    *n
                };
                crate::work::in_next_task(move || {
                    if *asked.borrow() == ticket {
                        drawing.set((more < total).then_some(more));
                    }
                });
            }
        });
    }
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
    if measured_once.is_none() && drawing.is_some() {
        // (Not busy: a diagram hidden on a phone waits here until it is shown. `use_width` observes
        // the drawing's element once it replaces this one.)
        return html! { <div class="diagram-wrap" ref={wrap}></div> };
    }
    // A new width moves every replica: they jump there instead of gliding (the first measurement
    // after the page opens, a resize).
    let resized = {
        let mut last = laid_out_for.borrow_mut();
        let changed = last.is_some_and(|w| w != width);
        *last = Some(width);
        changed || measured_once.is_none()
    };
    let look = Look { width, dense: props.dense, zoom: props.zoom, phone: crate::browser::narrow(), pods: drawing.unwrap_or(usize::MAX) };
    let drawn = draw::<Yew>(&words, side, run, &At { upto: props.upto, rps: props.rps, failing: props.failing }, &look, props.selected.as_ref(), &props.spof);
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
    styles.borrow_mut().0 = drawn.styles;
    html! {
        <>
        <div class="diagram-wrap" ref={wrap} aria-busy={drawing.is_some().then_some("true")}>
            <svg class={classes!(drawn.class, resized.then_some("resized"))} viewBox={drawn.view.clone()} role="group"
                aria-label={drawn.aria} data-platform={kind.id()} data-drop-platform={kind.id()} {onkeydown} {onclick} {onfocusin} {onpointerdown}>
                { drawn.inner }
            </svg>
            // (HTML dots with compositor-friendly keyframes were tried: in headless Chromium without
            // a GPU their layers made playback frames slower, p95 10.5-12.3 ms against 9.0.)
            <svg class="traffic-layer" viewBox={drawn.view} aria-hidden="true">{ drawn.dots }</svg>
        </div>
            // What the glyphs and colours mean: the states this run passes through.
            { drawn.legend.unwrap_or_default() }
        </>
    }
}
