//! SVG diagram of one platform at the time cursor: node boxes with their containers/pods, traffic
//! dots from the users to the replicas that receive requests (red where requests fail), and the
//! movements of rescheduled replicas. Click or Tab to select; drag a replica onto a node to pin its
//! service; drag a node out to remove it.

use crate::drag::DragKind;
use crate::icons::{item_of, svg_icon};
use crate::state::{Selection, Shared, Side};
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
}

const TOP: f64 = 34.0;
const GAP: f64 = 12.0;
const HEADER: f64 = 42.0;
const POD_H: f64 = 38.0;
const POD_GAP: f64 = 6.0;
const CELL: f64 = 13.0;

/// A glyph per state, so the diagram reads without colour vision.
fn glyph(s: ReplicaState) -> &'static str {
    match s {
        ReplicaState::Running => "●",
        ReplicaState::Starting => "◔",
        ReplicaState::NotReady => "◌",
        ReplicaState::Hung => "‖",
        ReplicaState::BackOff => "↻",
        ReplicaState::Exited => "✕",
        ReplicaState::Unknown => "?",
        ReplicaState::Terminating => "⊘",
        ReplicaState::Pending => "…",
    }
}

fn node_label(kind: PlatformKind, s: NodeState) -> &'static str {
    match (kind, s) {
        (_, NodeState::Ready) => "Ready",
        (PlatformKind::Compose, _) => "DOWN",
        (PlatformKind::Swarm, NodeState::Unreachable) => "down; swarm not aware yet",
        (_, NodeState::Unreachable) => "down; control plane not aware yet",
        (PlatformKind::Swarm, NodeState::NotReady) => "Down",
        (_, NodeState::NotReady) => "NotReady",
    }
}

struct Layout {
    width: f64,
    height: f64,
    compact: bool,
    cols: usize,
    node_w: f64,
    node_h: f64,
}

fn layout(nodes: usize, most: usize) -> Layout {
    let compact = nodes > 8 || most > 7;
    let cols = if compact { nodes.clamp(1, 10) } else { nodes.clamp(1, 4) };
    // Drawn about as wide as it is shown, so text stays readable in a column.
    let width = if compact { 1000.0 } else { (cols as f64 * 150.0 + GAP * (cols as f64 + 1.0)).max(320.0) };
    let node_w = (width - GAP * (cols as f64 + 1.0)) / cols as f64;
    let per_row = ((node_w - 12.0) / CELL).floor().max(1.0) as usize;
    let body = if compact { (most.max(1).div_ceil(per_row)) as f64 * CELL + 6.0 } else { most.max(1) as f64 * (POD_H + POD_GAP) };
    let node_h = HEADER + body + 4.0;
    let rows = nodes.max(1).div_ceil(cols);
    let height = TOP + rows as f64 * (node_h + GAP) + GAP;
    Layout { width, height, compact, cols, node_w, node_h }
}

impl Layout {
    fn node_xy(&self, i: usize) -> (f64, f64) {
        let (r, c) = (i / self.cols, i % self.cols);
        (GAP + c as f64 * (self.node_w + GAP), TOP + GAP + r as f64 * (self.node_h + GAP))
    }

    /// Top-left of the `k`-th replica inside node `i`.
    fn pod_xy(&self, i: usize, k: usize) -> (f64, f64) {
        let (x, y) = self.node_xy(i);
        if self.compact {
            let per_row = ((self.node_w - 12.0) / CELL).floor().max(1.0) as usize;
            (x + 6.0 + (k % per_row) as f64 * CELL, y + HEADER + (k / per_row) as f64 * CELL)
        } else {
            (x + 8.0, y + HEADER + k as f64 * (POD_H + POD_GAP))
        }
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
    let most = peak.per_node.max(per_node.iter().map(Vec::len).max().unwrap_or(0)).max(peak.pending.max(pending.len()).min(8));
    let lay = layout(n, most);
    let height = lay.height + if peak.pending.max(pending.len()) == 0 { 0.0 } else { POD_H + 34.0 };
    let pending_y = lay.height + 18.0;

    // Where each replica is drawn (top-left).
    let mut at: Vec<Option<(f64, f64)>> = vec![None; run.replicas.len()];
    for (i, list) in per_node.iter().enumerate() {
        for (k, &(rep, _)) in list.iter().enumerate() {
            if let Some(p) = at.get_mut(rep as usize) {
                *p = Some(lay.pod_xy(i, k));
            }
        }
    }
    let pending_w = if lay.compact { CELL } else { (lay.width - GAP * 2.0) / peak.pending.max(pending.len()).max(4) as f64 };
    for (k, &(rep, _)) in pending.iter().enumerate() {
        if let Some(p) = at.get_mut(rep as usize) {
            *p = Some((GAP + k as f64 * (pending_w + 4.0), pending_y));
        }
    }
    let pos = |rep: u32| at.get(rep as usize).copied().flatten();
    let pod_w = if lay.compact { CELL - 2.0 } else { lay.node_w - 16.0 };
    let pod_h = if lay.compact { CELL - 2.0 } else { POD_H };
    let selected_service = match &props.selected {
        Some(Selection::Service(s)) => Some(s.as_str()),
        _ => None,
    };

    let pod = |rep: u32, node: Option<u32>, state: ReplicaState| -> Html {
        let info = run.replicas.get(rep as usize);
        let drop_node = node.and_then(|n| run.nodes.get(n as usize)).map(|n| AttrValue::from(n.name.clone()));
        let name = info.map(|r| r.name.clone()).unwrap_or_default();
        let svc = info.and_then(|r| services.get(r.service as usize));
        let service = svc.map(|s| s.name.clone()).unwrap_or_default();
        let (x, y) = pos(rep).unwrap_or((0.0, 0.0));
        // A replacement travels from the replica it replaces.
        let from = info.and_then(|r| r.replaces).and_then(pos).map(|(ox, oy)| ((ox - x).round() as i32, (oy - y).round() as i32));
        let chosen = selected_service == Some(service.as_str());
        let spof = props.spof.contains(&service);
        let label = hafen_core::text::en::state(state, kind);
        let body = if lay.compact {
            html! { <rect width={pod_w.to_string()} height={pod_h.to_string()} rx="2" /> }
        } else {
            html! {
                <>
                    <rect width={pod_w.to_string()} height={pod_h.to_string()} rx="6" />
                    { svc.map(|s| svg_icon(item_of(s), 6.0, 7.0, 24.0)).unwrap_or_default() }
                    <text class="pod-name" x="36" y="16">{format!("{} {name}", glyph(state))}</text>
                    <text class="pod-state" x="36" y="31">{label}</text>
                    if spof {
                        <text class="spof-tag" x={(pod_w - 6.0).to_string()} y="14" text-anchor="end">{"SPOF"}</text>
                    }
                </>
            }
        };
        // No listeners here: the diagram handles clicks, focus and drags for every replica by its
        // data- attributes. The <title> is both the tooltip and the accessible name. Only a
        // replacement on its way in has the wrapper that animates its arrival.
        let title = html! { <title>{format!("{name}: {label}{}", if spof { "; single point of failure" } else { "" })}</title> };
        let content = match from {
            Some((fx, fy)) => html! {
                <g class="arrive moving" style={format!("--fx: {fx}px; --fy: {fy}px;")}>{ title }{ body }</g>
            },
            None => html! { <>{ title }{ body }</> },
        };
        html! {
            <g key={rep} class={classes!("pod", format!("state-{}", state.id()), chosen.then_some("selected"), spof.then_some("spof"))}
                style={format!("transform: translate({x:.0}px, {y:.0}px)")}
                data-replica={name} data-service={service} data-state={state.id()} data-drop-node={drop_node}
                tabindex="0" role="button">
                { content }
            </g>
        }
    };

    let mut summary = Vec::new();
    let nodes = run.nodes.iter().enumerate().map(|(i, node)| {
        let (x, y) = lay.node_xy(i);
        let state = snap.nodes.get(i).copied().unwrap_or(NodeState::Ready);
        let count = per_node.get(i).map_or(0, Vec::len);
        summary.push(format!("{} {}: {count}", node.name, node_label(kind, state)));
        let name = node.name.clone();
        let zone = node.zone.map(|z| format!(" · {}", hafen_core::topology::zone_name(z))).unwrap_or_default();
        let chosen = props.selected == Some(Selection::Node(name.clone()));
        let dead = state != NodeState::Ready;
        let power_label = if dead { format!("Restore {name}") } else { format!("Kill {name}") };
        html! {
            <g key={name.clone()} class={classes!("node", format!("node-{}", state.id()), chosen.then_some("selected"))}
                data-node={name.clone()} data-drop-node={name.clone()} data-state={state.id()}>
                <rect class="node-box" x={x.to_string()} y={y.to_string()} width={lay.node_w.to_string()} height={lay.node_h.to_string()} rx="10" />
                <g class="node-head" tabindex="0" role="button" aria-label={format!("{name}: {}", node_label(kind, state))}>
                    <rect x={x.to_string()} y={y.to_string()} width={(lay.node_w - 30.0).to_string()} height="36" fill="transparent" />
                    <text class="node-name" x={(x + 6.0).to_string()} y={(y + 17.0).to_string()}>{format!("{name}{zone}")}</text>
                    <text class="node-status" x={(x + 6.0).to_string()} y={(y + 32.0).to_string()}>{if lay.compact { state.id() } else { node_label(kind, state) }}</text>
                </g>
                <g class={classes!("power", dead.then_some("dead"))} role="button" tabindex="0" aria-label={power_label.clone()} data-power={if kind == PlatformKind::Compose { "node-1".to_string() } else { name.clone() }}
                    transform={format!("translate({:.0} {:.0}){}", x + lay.node_w - if lay.compact { 16.0 } else { 24.0 }, y + 8.0, if lay.compact { " scale(0.7)" } else { "" })}>
                    <title>{power_label}</title>
                    <circle cx="8" cy="8" r="9" class="power-bg" />
                    <path d="M4.5 5.5 A5 5 0 1 0 11.5 5.5 M8 2 L8 8" />
                </g>
            </g>
        }
    }).collect::<Html>();

    // Traffic: dots from the users to the entry service's replicas that receive requests.
    let rps = props.rps;
    let traffic = side.entry.zip(side.scenario.traffic.as_ref()).map(|(entry, t)| {
        let src = (lay.width / 2.0, 14.0);
        let targets: Vec<(u32, bool)> = snap
            .replicas
            .iter()
            .filter(|r| run.replicas.get(r.0 as usize).is_some_and(|i| i.service as usize == entry))
            .filter_map(|r| match r.2 {
                ReplicaState::Running => Some((r.0, true)),
                // Still in the load balancer but not answering: these requests fail.
                ReplicaState::Unknown | ReplicaState::Hung if kind != PlatformKind::Compose || r.2 == ReplicaState::Hung => Some((r.0, false)),
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
            (0..2).map(move |j| {
                let i = (2 * k + j) as f64;
                let ok = answering && ((i + 1.0) * live_fail).floor() <= (i * live_fail).floor();
                let delay = (k as f64 * 0.23 + j as f64 * 0.6) % 1.2;
                html! {
                    <circle class={classes!("dot", if ok { "ok" } else { "fail" })} r="3.5" cx={src.0.to_string()} cy={src.1.to_string()}
                        style={format!("--dx: {dx:.0}px; --dy: {dy:.0}px; animation-delay: -{delay:.2}s")} />
                }
            })
        });
        let label = html! {
            <g class="traffic" aria-hidden="true">
                <text class="users" x={(src.0 + 10.0).to_string()} y="18">{format!("users: {rps} req/s → {}", t.entry)}</text>
                if none {
                    <text class="no-endpoint" x={(src.0 - 10.0).to_string()} y="30" text-anchor="end">{"✕ nobody answers"}</text>
                }
            </g>
        };
        (label, dots.collect::<Html>())
    });
    let (traffic, dots) = traffic.unzip();

    let pods = snap.replicas.iter().map(|&(rep, node, state)| pod(rep, node, state)).collect::<Html>();
    let pending_label = (!pending.is_empty()).then(|| html! {
        <text class="node-status" x={GAP.to_string()} y={(pending_y - 6.0).to_string()}>{"Not on any node (Pending):"}</text>
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
    let onfocusin = {
        let select = props.onselect.clone();
        Callback::from(move |e: FocusEvent| match hit(&e) {
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
    let aria = format!("{} diagram: {}", kind.label(), summary.join("; "));
    // The moving dots are drawn on a layer of their own above the diagram: their animation then
    // repaints that small layer, not the thousands of replicas under it.
    let view = format!("0 0 {:.0} {height:.0}", lay.width);
    html! {
        <div class="diagram-wrap">
            <svg class={classes!("diagram", lay.compact.then_some("compact"))} viewBox={view.clone()} role="group"
                aria-label={aria} data-platform={kind.id()} data-drop-platform={kind.id()} {onkeydown} {onclick} {onfocusin} {onpointerdown}>
                { nodes }
                { traffic.unwrap_or_default() }
                { pending_label.unwrap_or_default() }
                { pods }
            </svg>
            <svg class="traffic-layer" viewBox={view} aria-hidden="true">{ dots.unwrap_or_default() }</svg>
        </div>
    }
}
