//! SVG diagram of one platform at the time cursor: node boxes with their containers/pods.

use crate::state::{Shared, Side};
use hafen_core::{NodeState, PlatformKind, ReplicaState, SimTime};
use yew::prelude::*;

/// Props of [`Diagram`].
#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
}

/// Width of the drawing [SVG units].
const W: u32 = 600;
const GAP: u32 = 12;
const HEADER: u32 = 40;
const POD_H: u32 = 38;
const POD_GAP: u32 = 6;

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
        (_, NodeState::Unreachable) => "down — control plane not aware yet",
        (_, NodeState::NotReady) => "NotReady",
    }
}

/// The drawing.
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let side = &props.side;
    let kind = side.platform;
    let Ok(run) = &side.run else { return html! {} };
    let snap = run.snapshot_at(props.cursor);
    let n = run.nodes.len().max(1) as u32;
    let node_w = (W - GAP * (n + 1)) / n;
    let per_node: Vec<Vec<(u32, ReplicaState)>> = (0..n)
        .map(|i| snap.replicas.iter().filter(|r| r.1 == Some(i)).map(|r| (r.0, r.2)).collect())
        .collect();
    let pending: Vec<(u32, ReplicaState)> = snap.replicas.iter().filter(|r| r.1.is_none()).map(|r| (r.0, r.2)).collect();
    let most = per_node.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let node_h = HEADER + most.max(1) * (POD_H + POD_GAP) + 4;
    let pending_h = if pending.is_empty() { 0 } else { POD_H + 30 };
    let height = node_h + 2 * GAP + pending_h;

    let mut summary = Vec::new();
    let pod = |x: u32, y: u32, w: u32, rep: u32, state: ReplicaState| -> Html {
        let name = run.replicas.get(rep as usize).map(|r| r.name.clone()).unwrap_or_default();
        let service = run.replicas.get(rep as usize).and_then(|r| run.services.get(r.service as usize)).map(|s| s.name.clone()).unwrap_or_default();
        let label = state.label(kind);
        html! {
            <g class={classes!("pod", format!("state-{}", state.id()))} data-replica={name.clone()} data-service={service} data-state={state.id()}>
                <title>{format!("{name}: {label}")}</title>
                <rect x={x.to_string()} y={y.to_string()} width={w.to_string()} height={POD_H.to_string()} rx="6" />
                <text class="pod-name" x={(x + 8).to_string()} y={(y + 16).to_string()}>{format!("{} {name}", glyph(state))}</text>
                <text class="pod-state" x={(x + 8).to_string()} y={(y + 31).to_string()}>{label}</text>
            </g>
        }
    };
    let nodes = run.nodes.iter().enumerate().map(|(i, node)| {
        let i = i as u32;
        let x = GAP + i * (node_w + GAP);
        let state = snap.nodes.get(i as usize).copied().unwrap_or(NodeState::Ready);
        let pods = per_node.get(i as usize).cloned().unwrap_or_default();
        summary.push(format!("{} {}: {}", node.name, node_label(kind, state), pods.len()));
        let pods = pods.into_iter().enumerate().map(|(k, (rep, st))| pod(x + 8, GAP + HEADER + k as u32 * (POD_H + POD_GAP), node_w - 16, rep, st));
        html! {
            <g class={classes!("node", format!("node-{}", state.id()))} data-node={node.name.clone()} data-state={state.id()}>
                <rect class="node-box" x={x.to_string()} y={GAP.to_string()} width={node_w.to_string()} height={node_h.to_string()} rx="10" />
                <text class="node-name" x={(x + 10).to_string()} y={(GAP + 18).to_string()}>{node.name.clone()}</text>
                <text class="node-status" x={(x + 10).to_string()} y={(GAP + 33).to_string()}>{node_label(kind, state)}</text>
                { for pods }
            </g>
        }
    }).collect::<Html>();
    let pending_row = (!pending.is_empty()).then(|| {
        let y = node_h + 2 * GAP + 20;
        let w = (W - GAP * 2) / (pending.len() as u32).max(3);
        html! {
            <g class="pending-row">
                <text class="node-status" x={GAP.to_string()} y={(y - 6).to_string()}>{"Not on any node (Pending):"}</text>
                { for pending.iter().enumerate().map(|(k, &(rep, st))| pod(GAP + k as u32 * (w + 4), y, w, rep, st)) }
            </g>
        }
    });
    let aria = format!("{} at {}: {}", kind.label(), props.cursor, summary.join("; "));
    html! {
        <svg class="diagram" viewBox={format!("0 0 {W} {height}")} role="img" aria-label={aria} data-platform={kind.id()}>
            { nodes }
            { pending_row.unwrap_or_default() }
        </svg>
    }
}
