//! One platform: title, diagram, live counters, consequences so far and the event log.

use super::consequence_list::ConsequenceList;
use super::counters::{counters, CountersProps};
use super::diagram::Diagram;
use super::event_log::EventLog;
use super::platform_commands::platform_commands;
use crate::drag::DragKind;
use hafen_core::say;
use hafen_core::text::Words;
use crate::state::{Selection, Shared, Side};
use hafen_core::{PlatformKind, SimTime};
use yew::prelude::*;

/// What a platform column shows and does.
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
    pub spof: Vec<String>,
    /// The operator's answers to the document's actions ([`hafen_core::commands::rows`], made once
    /// per document; empty where the commands are not shown).
    pub commands: std::rc::Rc<Vec<(SimTime, hafen_core::commands::Row)>>,
    /// Only the title, the diagram and the counters (an embed).
    pub brief: bool,
    /// The diagram drawn this many times larger (the presenter; 1 elsewhere).
    pub zoom: f64,
}

/// The short title: "Kubernetes · 4 nodes" (every node drawn, GPU nodes too).
pub fn brief_title(w: &Words, p: &hafen_core::Platform) -> String {
    let nodes = p.nodes.saturating_add(p.gpu_nodes);
    match p.kind {
        PlatformKind::Compose => say!(w, "platform-brief-compose"),
        PlatformKind::Swarm => say!(w, "platform-brief-swarm", nodes = nodes),
        PlatformKind::Kubernetes => say!(w, "platform-brief-kubernetes", nodes = nodes),
    }
}

/// The title: the platform and its nodes.
pub fn title(w: &Words, p: &hafen_core::Platform) -> String {
    let (nodes, managers, cp, gpu) = (p.nodes, p.managers, p.control_plane_nodes(), p.gpu_nodes);
    match p.kind {
        PlatformKind::Compose => say!(w, "platform-title-compose"),
        PlatformKind::Swarm => say!(w, "platform-title-swarm", nodes = nodes, gpu = gpu, managers = managers),
        PlatformKind::Kubernetes if cp > 0 => say!(w, "platform-title-kubernetes-self-hosted", nodes = nodes, gpu = gpu, control_plane = cp),
        PlatformKind::Kubernetes => say!(w, "platform-title-kubernetes-managed", nodes = nodes, gpu = gpu),
    }
}

/// The restart policies of the Compose containers, grouped: "restart policy: no — Docker's default
/// (frontend, backend, postgres)".
fn restart_policies(w: &Words, sc: &hafen_core::Scenario) -> String {
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
            let default = *p == hafen_core::RestartPolicy::No;
            match (all, default) {
                (true, false) => say!(w, "restart-policy-all", policy = p.id()),
                (true, true) => say!(w, "restart-policy-all-default", policy = p.id()),
                (false, false) => say!(w, "restart-policy-some", policy = p.id(), services = names.join(", ")),
                (false, true) => say!(w, "restart-policy-some-default", policy = p.id(), services = names.join(", ")),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Share of the requests into the entry service at `t` that fail end to end [0..1].
pub fn failing_share(run: &hafen_core::Run, entry: Option<usize>, t: SimTime) -> f64 {
    let Some(series) = entry.and_then(|e| run.flow.get(e)) else { return 0.0 };
    match series.partition_point(|p| p.t <= t).checked_sub(1).and_then(|i| series.get(i)) {
        Some(p) if p.load > 0.0 => (1.0 - p.ok_rate / p.load).clamp(0.0, 1.0),
        _ => 0.0,
    }
}

/// The line under the title: how the platform notices and replaces what fails (its timings).
pub fn sub(w: &Words, side: &Side) -> String {
    let p = &side.scenario.platform;
    match side.platform {
        PlatformKind::Compose => say!(w, "platform-sub-compose", policies = restart_policies(w, &side.scenario)),
        PlatformKind::Swarm => {
            let t = &side.scenario.timings;
            say!(w, "platform-sub-swarm", heartbeat = t.swarm_heartbeat, missed = t.swarm_heartbeat_grace, restart = t.swarm_restart_delay)
        }
        PlatformKind::Kubernetes => say!(
            w,
            "platform-sub-kubernetes",
            version = p.kubernetes_version.to_string(),
            grace = side.scenario.timings.node_monitor_grace,
            toleration = side.scenario.timings.not_ready_toleration
        ),
    }
}

/// A platform column, keyed by its platform. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm): its inputs change with every frame anyway.
pub fn platform_panel(w: &Words, props: &PlatformPanelProps) -> Html {
    let side = &props.side;
    let kind = side.platform;
    let p = &side.scenario.platform;
    let heading = if props.brief { brief_title(w, p) } else { title(w, p) };
    let run = match &side.run {
        Ok(run) => run,
        Err(message) => {
            return html! {
                <section key={kind.id()} class={classes!("platform", kind.id())} aria-label={kind.label()}>
                    <h2>{heading}</h2>
                    <p class="error" role="alert">{say!(w, "platform-cannot-simulate", why = w.tell(message))}</p>
                </section>
            }
        }
    };
    let upto = run.changes_until(props.cursor);
    let trace_upto = run.trace.partition_point(|e| e.t <= props.cursor);
    let sub = sub(w, side);
    // An embed gives a cluster twice the width of a single host: its nodes then stand side by side.
    let width = props.brief.then_some(if run.nodes.len() > 1 { "wide" } else { "narrow" });
    html! {
        <section key={kind.id()} class={classes!("platform", kind.id(), width)} aria-label={kind.label()}>
            <header>
                <h2>{heading}</h2>
                if !props.brief {
                    <p class="sub">{sub}</p>
                }
            </header>
            if let Some(note) = hafen_core::text::stopped_note(w, &side.scenario, run) {
                <p class="error run-stopped" role="alert">{note}</p>
            }
            <Diagram side={side.clone()} {upto} rps={side.scenario.rps_at(props.cursor)} failing={failing_share(run, side.entry, props.cursor)} selected={props.selected.clone()} onselect={props.onselect.clone()}
                onpower={props.onpower.clone()} ondragstart={props.ondragstart.clone()} spof={props.spof.clone()} dense={props.brief} zoom={props.zoom} />
            { counters(w, &CountersProps { side: side.clone(), cursor: props.cursor, headed: !props.brief }) }
            if !props.brief {
                <ConsequenceList items={side.consequences.clone()} active={props.faulted} end={run.end} />
                { platform_commands(w, &props.commands, kind) }
                <EventLog side={side.clone()} upto={trace_upto} onseek={props.onseek.clone()} />
            }
        </section>
    }
}
