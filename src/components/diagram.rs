//! SVG diagram of one platform at the time cursor: node boxes with their containers/pods, traffic
//! dots from the users to the replicas that receive requests (red where requests fail), and the
//! movements of rescheduled replicas. Click or Tab to select; drag a replica onto a node to pin its
//! service; drag a node out to remove it.

use crate::browser::apply_data_styles;
use crate::drag::DragKind;
use crate::diagram_layout::{fit, text_width, two_lines, Layout, Need, CELL, GAP, MIN_TEXT, POD_GAP, STATUS_LINE, TOP};
use crate::hooks::use_width::use_width;
use crate::icons::{item_of, svg_icon};
use crate::state::{Selection, Shared, Side};
use crate::i18n::use_words;
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::{NodeState, PlatformKind, ReplicaState};
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

/// Every state, in the legend's order (their order in [`ReplicaState`], as [`hafen_core::Peak::states`]
/// counts them).
const STATES: [ReplicaState; 9] = [
    ReplicaState::Running,
    ReplicaState::Starting,
    ReplicaState::NotReady,
    ReplicaState::Hung,
    ReplicaState::BackOff,
    ReplicaState::Exited,
    ReplicaState::Unknown,
    ReplicaState::Terminating,
    ReplicaState::Pending,
];

/// A glyph per state, so the diagram reads without colour vision.
fn glyph(s: ReplicaState) -> &'static str {
    match s {
        ReplicaState::Running => "●",
        ReplicaState::Starting => "◔",
        ReplicaState::NotReady => "◌",
        ReplicaState::Hung | ReplicaState::Unhealthy => "‖",
        ReplicaState::BackOff => "↻",
        ReplicaState::Exited => "✕",
        ReplicaState::Unknown => "?",
        ReplicaState::Terminating => "⊘",
        ReplicaState::Pending => "…",
    }
}

/// A node's state in a few words (the box's style says it too; the tooltip has the whole story).
pub fn node_label(w: &Words, kind: PlatformKind, s: NodeState) -> String {
    match (kind, s) {
        (_, NodeState::Ready) => say!(w, "node-ready"),
        (PlatformKind::Compose, _) => say!(w, "node-host-down"),
        // Down, and its control plane has not noticed yet.
        (_, NodeState::Unreachable) => say!(w, "node-down-unnoticed"),
        (PlatformKind::Swarm, NodeState::NotReady) => say!(w, "node-swarm-down"),
        (_, NodeState::NotReady) => say!(w, "node-not-ready"),
    }
}

/// What the labels of `side`'s diagram need in the dense view to be drawn whole, in `w`'s words:
/// every replica the run has, every node, every status a node shows during it, the users' traffic
/// at each rate the scenario sets and the Pending row's title. The presenter gives each diagram
/// the width this asks for ([`Need::width`]).
pub fn label_need(w: &Words, side: &Side) -> Need {
    let mut need = Need::default();
    let Ok(run) = &side.run else { return need };
    for r in &run.replicas {
        need.replica(&r.name);
    }
    for n in &run.nodes {
        // (With its zone, as wide as " · zone-m" or narrower.)
        need.node(&n.name, n.zone.is_some());
    }
    need.status(&node_label(w, side.platform, NodeState::Ready));
    for c in &run.changes {
        if let hafen_core::Change::Node { state, .. } = *c {
            need.status(&node_label(w, side.platform, state));
        }
    }
    if let Some(t) = &side.scenario.traffic {
        let rps = side.scenario.peak_rps();
        need.across(&say!(w, "diagram-users", rps = rps, entry = &t.entry), false);
    }
    need.across(&say!(w, "diagram-pending"), true);
    need
}

/// The same, in a sentence for the tooltip and screen readers.
fn node_story(w: &Words, kind: PlatformKind, s: NodeState) -> String {
    match (kind, s) {
        (PlatformKind::Compose, _) => node_label(w, kind, s),
        (PlatformKind::Swarm, NodeState::Unreachable) => say!(w, "node-swarm-unnoticed"),
        (_, NodeState::Unreachable) => say!(w, "node-control-plane-unnoticed"),
        _ => node_label(w, kind, s),
    }
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
    let services = &side.scenario.topology.services;
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
    let (pod_w, pod_h) = lay.pod_size();

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
    let pos = |rep: u32| at.get(rep as usize).copied().flatten();
    // The release each replica runs (a Compose container recreated later still runs the one
    // before); during a rollout, while a service runs another than it started with, each of its
    // replicas says which.
    let release = |rep: u32| -> Option<(u32, &str)> {
        let r = run.replicas.get(rep as usize)?;
        Some((r.service, run.recreated.iter().find(|e| e.1 == rep && e.0 >= props.upto).map_or(r.version.as_str(), |e| e.2.as_str())))
    };
    let mut rolling = vec![false; services.len()];
    for &(rep, ..) in &snap.replicas {
        if let Some((s, v)) = release(rep) {
            if let Some(flag) = rolling.get_mut(s as usize) {
                *flag |= services.get(s as usize).is_some_and(|svc| svc.version != v);
            }
        }
    }
    let selected_service = match &props.selected {
        Some(Selection::Service(s)) => Some(s.as_str()),
        _ => None,
    };

    // Every `data-style` drawn, with the replica it belongs to (see `styles`).
    let drawn = std::cell::RefCell::new(String::new());
    let style = |owner: u32, css: String| -> String {
        use std::fmt::Write as _;
        let _ = write!(drawn.borrow_mut(), "{owner}:{css}|");
        css
    };
    // Each state's label said once per drawing, not once per replica (500 on the Large cluster).
    let labels = std::cell::RefCell::new(Vec::<(ReplicaState, std::rc::Rc<str>)>::new());
    let label_of = |state: ReplicaState| -> std::rc::Rc<str> {
        let mut known = labels.borrow_mut();
        if let Some((_, l)) = known.iter().find(|(s, _)| *s == state) {
            return l.clone();
        }
        let l: std::rc::Rc<str> = hafen_core::text::state(&words, state, kind).into();
        known.push((state, l.clone()));
        l
    };
    let spof_tag = say!(words, "spof-tag");
    // What the badge means, in its tooltip: the rule is the same on every platform.
    let entry = side.scenario.topology.services.get(hafen_core::availability::entry_index(&side.scenario)).map(|s| s.name.as_str()).unwrap_or_default();
    let spof_title = say!(words, "spof-title", entry = entry);
    let pod = |rep: u32, node: Option<u32>, state: ReplicaState| -> Html {
        let info = run.replicas.get(rep as usize);
        let drop_node = node.and_then(|n| run.nodes.get(n as usize)).map(|n| AttrValue::from(n.name.clone()));
        let name = info.map(|r| r.name.clone()).unwrap_or_default();
        // During a rollout: the release it runs.
        let version = release(rep).filter(|(s, _)| rolling.get(*s as usize) == Some(&true)).map(|(_, v)| v);
        let svc = info.and_then(|r| services.get(r.service as usize));
        let service = svc.map(|s| s.name.clone()).unwrap_or_default();
        let (x, y) = pos(rep).unwrap_or((0.0, 0.0));
        // A replacement travels from the replica it replaces.
        let from = info.and_then(|r| r.replaces).and_then(pos).map(|(ox, oy)| ((ox - x).round() as i32, (oy - y).round() as i32));
        let chosen = selected_service == Some(service.as_str());
        let spof = props.spof.contains(&service);
        let label = label_of(state);
        let (w, h) = if node.is_none() && !lay.compact { (pending_w, lay.pod_h()) } else { (pod_w, pod_h) };
        let body = if lay.compact {
            html! { <rect width={w.to_string()} height={h.to_string()} rx="2" /> }
        } else if lay.small {
            // Glyph and name; the state is the box's colour and the glyph (and the tooltip).
            html! {
                <>
                    <rect width={w.to_string()} height={h.to_string()} rx="5" />
                    <text class="pod-name small" x="6" y="16.5">{fit(&format!("{} {name}", glyph(state)), MIN_TEXT, true, w - 12.0)}</text>
                </>
            }
        } else {
            // Name and state shortened to the box; the tags take the lines' right ends (the
            // stylesheet centres them in a phone's taller box).
            let text_room = w - 34.0 - 6.0;
            let tag_room = if spof { text_width(&spof_tag, MIN_TEXT, true) + 8.0 } else { 0.0 };
            let version_room = version.map_or(0.0, |v| text_width(v, MIN_TEXT, true) + 8.0);
            html! {
                <>
                    <rect width={w.to_string()} height={h.to_string()} rx="6" />
                    { svc.map(|s| svg_icon(item_of(s), 6.0, 9.0, 22.0, false)).unwrap_or_default() }
                    <text class="pod-name" x="34" y="17">{fit(&format!("{} {name}", glyph(state)), 13.0, true, text_room - version_room)}</text>
                    <text class="pod-state" x="34" y="33">{fit(&label, MIN_TEXT, true, text_room - tag_room)}</text>
                    if let Some(v) = version {
                        <text class="pod-version" x={(w - 6.0).to_string()} y="17" text-anchor="end">{v}</text>
                    }
                    if spof {
                        <text class="spof-tag" x={(w - 6.0).to_string()} y="33" text-anchor="end">{spof_tag.clone()}</text>
                    }
                </>
            }
        };
        // No listeners here: the diagram handles clicks, focus and drags for every replica by its
        // data- attributes. The <title> is both the tooltip and the accessible name. Only a
        // replacement on its way in has the wrapper that animates its arrival.
        let title = html! { <title>{if spof { say!(words, "pod-title-spof", name = name.as_str(), state = &*label, spof = spof_title.as_str()) } else { say!(words, "pod-title", name = name.as_str(), state = &*label) }}</title> };
        let content = match from {
            Some((fx, fy)) => html! {
                <g class="arrive moving" data-style={style(rep, format!("--fx: {fx}px; --fy: {fy}px"))}>{ title }{ body }</g>
            },
            None => html! { <>{ title }{ body }</> },
        };
        html! {
            <g key={rep} class={classes!("pod", format!("state-{}", state.id()), chosen.then_some("selected"), spof.then_some("spof"))}
                transform={format!("translate({x:.0} {y:.0})")}
                data-replica={name} data-service={service} data-state={state.id()} data-drop-node={drop_node}
                tabindex="0" role="button">
                { content }
            </g>
        }
    };

    let mut summary = Vec::new();
    let mut not_ready = Vec::new();
    let header = lay.header();
    let nodes = run.nodes.iter().enumerate().map(|(i, node)| {
        let (x, y) = lay.node_xy(i);
        let state = snap.nodes.get(i).copied().unwrap_or(NodeState::Ready);
        let count = per_node.get(i).map_or(0, Vec::len);
        // Said once per node: the summary, the header's tooltip and its status line share them.
        let (story, status) = (node_story(&words, kind, state), node_label(&words, kind, state));
        summary.push(say!(words, "diagram-node-summary", node = &node.name, state = &story, count = count));
        if state != NodeState::Ready {
            not_ready.push(format!("{} {status}", node.name));
        }
        let name = node.name.clone();
        let zone = node.zone.map(|z| format!(" · {}", hafen_core::topology::zone_name(z))).unwrap_or_default();
        let chosen = props.selected == Some(Selection::Node(name.clone()));
        let dead = state != NodeState::Ready;
        let power_label = if dead { say!(words, "node-restore", node = name.as_str()) } else { say!(words, "node-kill", node = name.as_str()) };
        let power_at = if lay.named { format!("translate({:.0} {:.0})", x + lay.node_w - 25.0, y + 7.0) } else { format!("translate({:.0} {:.0}) scale(0.7)", x + lay.node_w - 15.0, y + 3.0) };
        let head_label = format!("{name}: {story}");
        let status_lines = match two_lines(&status).filter(|_| lay.status_lines > 1 && text_width(&status, MIN_TEXT, true) > lay.node_w - 16.0) {
            Some((first, second)) => (first, Some(second)),
            None => (status.as_str(), None),
        };
        html! {
            <g key={name.clone()} class={classes!("node", format!("node-{}", state.id()), chosen.then_some("selected"))}
                data-node={name.clone()} data-drop-node={name.clone()} data-state={state.id()}>
                <rect class="node-box" x={x.to_string()} y={y.to_string()} width={lay.node_w.to_string()} height={lay.node_h.to_string()} rx={if lay.compact { "5" } else { "10" }} />
                <g class="node-head" tabindex="0" role="button" aria-label={head_label.clone()}>
                    <title>{head_label}</title>
                    <rect x={x.to_string()} y={y.to_string()} width={(lay.node_w - if lay.named { 30.0 } else { 18.0 }).max(4.0).to_string()} height={header.to_string()} fill="transparent" />
                    if lay.named {
                        <text class="node-name" x={(x + 8.0).to_string()} y={(y + if lay.small { 16.0 } else { 19.0 }).to_string()}>{fit(&format!("{name}{zone}"), 14.0, true, lay.node_w - 16.0 - 26.0)}</text>
                        // On two lines where the layout gave the header two and one would shorten it.
                        <text class="node-status" x={(x + 8.0).to_string()} y={(y + if lay.small { 30.0 } else { 36.0 }).to_string()}>{fit(status_lines.0, MIN_TEXT, true, lay.node_w - 16.0)}</text>
                        if let Some(second) = status_lines.1 {
                            <text class="node-status" x={(x + 8.0).to_string()} y={(y + 30.0 + STATUS_LINE).to_string()}>{second}</text>
                        }
                    }
                </g>
                <g class={classes!("power", dead.then_some("dead"))} role="button" tabindex="0" aria-label={power_label.clone()} data-power={if kind == PlatformKind::Compose { "node-1".to_string() } else { name.clone() }}
                    transform={power_at}>
                    <title>{power_label}</title>
                    // A finger's target on a touch screen (its radius is the stylesheet's).
                    <circle cx="9" cy="9" class="power-hit" />
                    <circle cx="9" cy="9" r="9" class="power-bg" />
                    <path d="M5.5 6.5 A5 5 0 1 0 12.5 6.5 M9 3 L9 9" />
                </g>
            </g>
        }
    }).collect::<Html>();
    // Boxes too narrow for their names: one line says which nodes are not Ready.
    let node_line = (!lay.named).then(|| {
        let line = if not_ready.is_empty() { say!(words, "diagram-all-ready", count = n) } else { say!(words, "diagram-some-ready", ready = n - not_ready.len(), others = not_ready.join(" · ")) };
        html! { <text class="node-line" x={GAP.to_string()} y={(TOP + 12.0).to_string()}>{fit(&line, MIN_TEXT, true, width - 2.0 * GAP)}</text> }
    });

    // Traffic: dots from the users to the entry service's replicas that receive requests.
    let rps = props.rps;
    let traffic = side.entry.zip(side.scenario.traffic.as_ref()).map(|(entry, t)| {
        let src = (width / 2.0, TOP - 8.0);
        let targets: Vec<(u32, bool)> = snap
            .replicas
            .iter()
            .filter(|r| run.replicas.get(r.0 as usize).is_some_and(|i| i.service as usize == entry))
            .filter_map(|r| match r.2 {
                ReplicaState::Running => Some((r.0, true)),
                // Still in the load balancer but not answering: these requests fail.
                ReplicaState::Unknown | ReplicaState::Hung | ReplicaState::Unhealthy if kind != PlatformKind::Compose || r.2 != ReplicaState::Unknown => Some((r.0, false)),
                _ => None,
            })
            .take(12)
            .collect();
        let none = targets.is_empty() && rps > 0;
        // Requests to a dead endpoint fail; of the rest, the share that fails end to end, spread
        // evenly over the dots.
        let dead = targets.iter().filter(|t| !t.1).count() as f64;
        let total = targets.len() as f64;
        let live_fail = if total > dead { ((props.failing * total - dead) / (total - dead)).clamp(0.0, 1.0) } else { 0.0 };
        let dots = targets.iter().enumerate().flat_map(|(k, &(rep, answering))| {
            let (px, py) = pos(rep).unwrap_or(src);
            let (dx, dy) = (px + pod_w / 2.0 - src.0, py + pod_h / 2.0 - src.1);
            // One dot per replica: each animated circle costs a style recalculation every frame
            // (measured: 72 of them on three Large diagrams, ~0.9 ms a frame).
            std::iter::once(k).map(move |k| {
                let i = k as f64;
                let ok = answering && ((i + 1.0) * live_fail).floor() <= (i * live_fail).floor();
                let delay = (k as f64 * 0.37) % 1.2;
                html! {
                    <circle class={classes!("dot", if ok { "ok" } else { "fail" })} r="3.5" cx={src.0.to_string()} cy={src.1.to_string()}
                        data-style={style(u32::MAX, format!("--dx: {dx:.0}px; --dy: {dy:.0}px; animation-delay: -{delay:.2}s"))} />
                }
            })
        });
        let users = say!(words, "diagram-users", rps = rps, entry = &t.entry);
        let label = html! {
            <g class="traffic" aria-hidden="true">
                <text class="users" x={GAP.to_string()} y="14">{fit(&users, MIN_TEXT, false, width - 2.0 * GAP)}</text>
                if none {
                    <text class="no-endpoint" x={GAP.to_string()} y="30">{say!(words, "diagram-nobody-answers")}</text>
                }
            </g>
        };
        (label, dots.collect::<Html>())
    });
    let (traffic, dots) = traffic.unzip();

    let pods = snap.replicas.iter().map(|&(rep, node, state)| pod(rep, node, state)).collect::<Html>();
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
    styles.borrow_mut().0 = drawn.into_inner();
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
            if !props.dense {
                // What the glyphs and colours mean: the states this run passes through.
                <ul class="legend" aria-label={say!(words, "diagram-legend")}>
                    { for STATES.into_iter().filter(|&s| peak.states & 1 << s as u16 != 0).map(|s| html! { <li><span class={classes!("swatch", format!("state-{}", s.id()))} aria-hidden="true">{glyph(s)}</span>{label_of(s).to_string()}</li> }) }
                </ul>
            }
        </>
    }
}
