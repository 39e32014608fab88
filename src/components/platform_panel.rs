//! One platform: title, diagram, live counters, consequences so far and the event log.

use super::consequence_list::ConsequenceList;
use super::counters::Counters;
use super::diagram::Diagram;
use super::event_log::EventLog;
use super::platform_commands::PlatformCommands;
use crate::drag::DragKind;
use crate::state::{Selection, Shared, Side};
use hafen_core::{PlatformKind, SimTime};
use yew::prelude::*;

/// Props of [`PlatformPanel`].
#[derive(Properties, PartialEq)]
pub struct PlatformPanelProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Whether any fault was injected.
    pub faulted: bool,
    /// Select something.
    pub onselect: Callback<Selection>,
    /// Kill or restore a node.
    pub onpower: Callback<String>,
    /// Move the cursor.
    pub onseek: Callback<SimTime>,
    /// A drag starts in the diagram.
    pub ondragstart: Callback<(DragKind, PointerEvent)>,
    /// Services that are single points of failure on this platform.
    #[prop_or_default]
    pub spof: Vec<String>,
    /// The document's scenario (the operator's commands use the names the exported files use).
    pub document: Shared<hafen_core::Scenario>,
    /// Only the title, the diagram and the counters (an embed).
    #[prop_or_default]
    pub brief: bool,
    /// The diagram drawn this many times larger (the presenter).
    #[prop_or(1.0)]
    pub zoom: f64,
}

/// The short title: "Kubernetes · 4 nodes" (every node drawn, GPU nodes too).
fn brief_title(p: &hafen_core::Platform) -> String {
    let nodes = p.nodes.saturating_add(p.gpu_nodes);
    match p.kind {
        PlatformKind::Compose => "Compose · one host".to_string(),
        PlatformKind::Swarm => format!("Swarm · {nodes} nodes"),
        PlatformKind::Kubernetes => format!("Kubernetes · {nodes} nodes"),
    }
}

/// " + 1 GPU node": the GPU nodes drawn beside the workers.
fn gpu(p: &hafen_core::Platform) -> String {
    match p.gpu_nodes {
        0 => String::new(),
        1 => " + 1 GPU node".into(),
        n => format!(" + {n} GPU nodes"),
    }
}

fn title(p: &hafen_core::Platform) -> String {
    let (nodes, managers, cp) = (p.nodes, p.managers, p.control_plane_nodes());
    match p.kind {
        PlatformKind::Compose => "Docker Compose on one host".to_string(),
        PlatformKind::Swarm => format!("Docker Swarm on {nodes} nodes{} ({managers} managers)", gpu(p)),
        PlatformKind::Kubernetes if cp > 0 => format!("Kubernetes on {nodes} worker nodes{} + {cp} control-plane node{} (self-hosted)", gpu(p), if cp == 1 { "" } else { "s" }),
        PlatformKind::Kubernetes => format!("Kubernetes on {nodes} worker nodes{} (managed control plane)", gpu(p)),
    }
}

/// The restart policies of the Compose containers, grouped: "restart policy: no — Docker's default
/// (frontend, backend, postgres)".
fn restart_policies(sc: &hafen_core::Scenario) -> String {
    let mut groups: Vec<(hafen_core::RestartPolicy, Vec<&str>)> = Vec::new();
    for s in sc.topology.services.iter().filter(|s| s.replicas_on(PlatformKind::Compose) > 0) {
        match groups.iter_mut().find(|(p, _)| *p == s.restart) {
            Some((_, names)) => names.push(&s.name),
            None => groups.push((s.restart, vec![&s.name])),
        }
    }
    let all = groups.len() == 1;
    groups
        .iter()
        .map(|(p, names)| {
            let default = if *p == hafen_core::RestartPolicy::No { " — Docker's default" } else { "" };
            if all {
                format!("restart policy: {}{default}", p.id())
            } else {
                format!("restart: {}{default} ({})", p.id(), names.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Share of the requests into the entry service at `t` that fail end to end [0..1].
fn failing_share(run: &hafen_core::Run, entry: Option<usize>, t: SimTime) -> f64 {
    let Some(series) = entry.and_then(|e| run.flow.get(e)) else { return 0.0 };
    match series.partition_point(|p| p.t <= t).checked_sub(1).and_then(|i| series.get(i)) {
        Some(p) if p.load > 0.0 => (1.0 - p.ok_rate / p.load).clamp(0.0, 1.0),
        _ => 0.0,
    }
}

/// A platform column.
#[component]
pub fn PlatformPanel(props: &PlatformPanelProps) -> Html {
    let side = &props.side;
    let kind = side.platform;
    let p = &side.scenario.platform;
    let heading = if props.brief { brief_title(p) } else { title(p) };
    let run = match &side.run {
        Ok(run) => run,
        Err(message) => {
            return html! {
                <section class={classes!("platform", kind.id())} aria-label={kind.label()}>
                    <h2>{heading}</h2>
                    <p class="error" role="alert">{format!("This setup cannot be simulated: {message}")}</p>
                </section>
            }
        }
    };
    let upto = run.changes_until(props.cursor);
    let trace_upto = run.trace.partition_point(|e| e.t <= props.cursor);
    let sub = match kind {
        PlatformKind::Compose => format!("one Docker daemon; {}; a person repairs what they cannot", restart_policies(&side.scenario)),
        PlatformKind::Swarm => {
            let t = &side.scenario.timings;
            format!("heartbeats every {}, down after {} missed, tasks restarted after {}", t.swarm_heartbeat.human(), t.swarm_heartbeat_grace, t.swarm_restart_delay.human())
        }
        PlatformKind::Kubernetes => format!("v{}; NotReady after {} of silence, eviction after {}", p.kubernetes_version, side.scenario.timings.node_monitor_grace.human(), side.scenario.timings.not_ready_toleration.human()),
    };
    // An embed gives a cluster twice the width of a single host: its nodes then stand side by side.
    let width = props.brief.then_some(if run.nodes.len() > 1 { "wide" } else { "narrow" });
    html! {
        <section class={classes!("platform", kind.id(), width)} aria-label={kind.label()}>
            <header>
                <h2>{heading}</h2>
                if !props.brief {
                    <p class="sub">{sub}</p>
                }
            </header>
            if let Some(note) = hafen_core::text::en::stopped_note(&side.scenario, run) {
                <p class="error run-stopped" role="alert">{note}</p>
            }
            <Diagram side={side.clone()} {upto} rps={side.scenario.rps_at(props.cursor)} failing={failing_share(run, side.entry, props.cursor)} selected={props.selected.clone()} onselect={props.onselect.clone()}
                onpower={props.onpower.clone()} ondragstart={props.ondragstart.clone()} spof={props.spof.clone()} dense={props.brief} zoom={props.zoom} />
            <Counters side={side.clone()} cursor={props.cursor} />
            if !props.brief {
                <ConsequenceList items={side.consequences.clone()} active={props.faulted} />
                <PlatformCommands scenario={props.document.clone()} platform={kind} />
                <EventLog side={side.clone()} upto={trace_upto} onseek={props.onseek.clone()} />
            }
        </section>
    }
}
