//! One platform: its controls, diagram, consequences and event log.

use super::consequence_list::ConsequenceList;
use super::diagram::Diagram;
use super::event_log::EventLog;
use crate::state::{Shared, Side};
use hafen_core::{NodeState, PlatformKind, RestartPolicy, SimTime};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`PlatformPanel`].
#[derive(Properties, PartialEq)]
pub struct PlatformPanelProps {
    /// The simulated platform.
    pub side: Shared<Side>,
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// Compose restart policy in force (shown on the Compose side only).
    pub restart: RestartPolicy,
    /// Faults injected on this side so far.
    pub fault_count: usize,
    /// Kill the named node/host.
    pub onkill: Callback<String>,
    /// Crash one replica of the named service.
    pub oncrash: Callback<String>,
    /// Change the compose restart policy (Compose side only).
    #[prop_or_default]
    pub onrestart: Option<Callback<RestartPolicy>>,
    /// Move the time cursor.
    pub onseek: Callback<SimTime>,
}

fn title(kind: PlatformKind, nodes: usize) -> String {
    match kind {
        PlatformKind::Compose => "Docker Compose on one host".to_string(),
        PlatformKind::Swarm => format!("Docker Swarm on {nodes} nodes"),
        PlatformKind::Kubernetes => format!("Kubernetes on {nodes} worker nodes"),
    }
}

/// 1234567 → "1,234,567".
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A platform column.
#[component]
pub fn PlatformPanel(props: &PlatformPanelProps) -> Html {
    let side = &props.side;
    let kind = side.platform;
    let run = match &side.run {
        Ok(run) => run,
        Err(message) => {
            return html! {
                <section class={classes!("platform", kind.id())}>
                    <h2>{title(kind, side.scenario.as_ref().map_or(0, |s| s.platform.nodes as usize))}</h2>
                    <p class="error" role="alert">{format!("This scenario cannot be simulated: {message}")}</p>
                </section>
            }
        }
    };
    let snapshot = run.snapshot_at(props.cursor);
    let node_buttons = run.nodes.iter().enumerate().map(|(i, n)| {
        let dead = snapshot.nodes.get(i).is_some_and(|s| *s != NodeState::Ready);
        let name = n.name.clone();
        let onclick = props.onkill.reform(move |_: MouseEvent| name.clone());
        let label = if kind == PlatformKind::Compose { "Kill host".to_string() } else { format!("Kill {}", n.name) };
        html! {
            <button class="kill" data-node={n.name.clone()} disabled={dead} {onclick}
                title={if dead { "already down at this moment" } else { "power off at the time cursor" }}>
                {if dead { format!("{} is down", n.name) } else { label }}
            </button>
        }
    });
    let oncrash = props.oncrash.reform(|_: MouseEvent| "backend".to_string());
    let version = side.scenario.as_ref().map(|s| s.platform.kubernetes_version.to_string()).unwrap_or_default();
    let subtitle = match kind {
        PlatformKind::Compose => "one container per service, `docker compose up -d`".to_string(),
        _ => format!("frontend 3 pods, backend 2–10 pods (Deployments, autoscaler at 70 % CPU), PostgreSQL 1 pod with a volume (StatefulSet); v{version}"),
    };
    let traffic = side.scenario.as_ref().and_then(|sc| {
        let t = sc.traffic.as_ref()?;
        let entry = run.service(&t.entry)?;
        let total = entry.served_requests + entry.failed_requests;
        let share = if total > 0 { entry.failed_requests as f64 * 100.0 / total as f64 } else { 0.0 };
        Some(html! {
            <p class="traffic" data-failed={entry.failed_requests.to_string()}>
                {format!("Users send {} requests/s to {}: {} of {} requests failed ({share:.2} %) over {}.", t.rps, t.entry, group(entry.failed_requests), group(total), run.end.since(hafen_core::SimTime::ZERO).human())}
            </p>
        })
    });
    let restart = props.onrestart.as_ref().map(|onrestart| {
        let onchange = onrestart.reform(|e: Event| {
            let v = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            RestartPolicy::from_id(&v).unwrap_or_default()
        });
        html! {
            <label class="restart">
                {"restart: "}
                <select {onchange}>
                    { for super::app::restart_options().map(|p| html! {
                        <option value={p.id()} selected={p == props.restart}>
                            {if p == RestartPolicy::No { "no (Docker's default)" } else { p.id() }}
                        </option>
                    }) }
                </select>
            </label>
        }
    });
    html! {
        <section class={classes!("platform", kind.id())} aria-label={kind.label()}>
            <header>
                <h2>{title(kind, run.nodes.len())}</h2>
                <p class="sub">{subtitle}</p>
            </header>
            <div class="controls" role="group" aria-label={format!("Faults on {}", kind.label())}>
                { for node_buttons }
                <button class="crash" onclick={oncrash}>{"Crash backend"}</button>
                { restart.unwrap_or_default() }
            </div>
            <Diagram side={side.clone()} cursor={props.cursor} />
            { traffic.unwrap_or_default() }
            <ConsequenceList items={side.consequences.clone()} active={props.fault_count > 0} />
            <EventLog side={side.clone()} cursor={props.cursor} onseek={props.onseek.clone()} />
        </section>
    }
}
