//! The inspector: the selected service's settings (refused in place with a reason when invalid) or
//! the selected node's actions.

use crate::icons::{icon, item_of};
use crate::state::Selection;
use hafen_core::edit::{Edit, Field};
use hafen_core::{FaultKind, NodeRef, RestartPolicy, Scenario};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`Inspector`].
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// The document.
    pub doc: crate::state::Shared<Scenario>,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Why the last edit was refused.
    pub refusal: Option<String>,
    /// Apply an edit.
    pub onedit: Callback<Edit>,
    /// Inject a fault at the cursor.
    pub onfault: Callback<FaultKind>,
    /// Close it (select nothing).
    pub onclose: Callback<()>,
}

fn input_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).or_else(|| e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())).unwrap_or_default()
}

fn checked(e: &Event) -> String {
    e.target_dyn_into::<HtmlInputElement>().map(|i| if i.checked() { "on" } else { "off" }.to_string()).unwrap_or_default()
}

/// A text field of the selected service; its change is an edit. Not inlined: one copy for every field.
#[inline(never)]
fn text_field(onedit: &Callback<Edit>, service: &str, label: &'static str, f: Field, value: String, hint: &'static str) -> Html {
    let cb = onedit.clone();
    let n = service.to_string();
    let onchange = Callback::from(move |e: Event| cb.emit(Edit::SetField(n.clone(), f, input_value(&e))));
    html! {
        <label class="field">{label}<input type="text" value={value} {onchange} data-field={label} aria-describedby={format!("hint-{label}")} /><small id={format!("hint-{label}")}>{hint}</small></label>
    }
}

/// A checkbox of the selected service; its change is an edit.
#[inline(never)]
fn check_field(onedit: &Callback<Edit>, service: &str, label: &'static str, f: Field, on: bool) -> Html {
    let cb = onedit.clone();
    let n = service.to_string();
    let onchange = Callback::from(move |e: Event| cb.emit(Edit::SetField(n.clone(), f, checked(&e))));
    html! { <label class="check"><input type="checkbox" checked={on} {onchange} data-field={label} />{label}</label> }
}

/// The panel.
#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let refusal = props.refusal.as_ref().map(|r| html! { <p class="refusal" role="alert">{format!("Not changed: {r}")}</p> });
    let body = match &props.selected {
        None => html! { <p class="note">{"Select a replica, a service or a node (click, or Tab and arrow keys) to see and change its settings. Enter opens the inspector; Delete removes."}</p> },
        Some(Selection::Node(name)) => {
            let node = if name == "host" { "node-1".to_string() } else { name.clone() };
            let kill = props.onfault.reform({
                let n = node.clone();
                move |_: MouseEvent| FaultKind::KillNode(NodeRef::Named(n.clone()))
            });
            let restore = props.onfault.reform({
                let n = node.clone();
                move |_: MouseEvent| FaultKind::RestoreNode(n.clone())
            });
            let remove = props.onedit.reform({
                let n = name.clone();
                move |_: MouseEvent| Edit::RemoveNode(n.clone())
            });
            let removable = name.starts_with("node-");
            html! {
                <>
                    <h3>{name.clone()}</h3>
                    <p class="note">{if name == "host" { "The one Docker host. Killing it kills node-1 on the clusters at the same moment." } else { "A worker node. Actions apply at the time cursor on every platform (on Compose, to the one host)." }}</p>
                    <div class="buttons">
                        <button class="kill-node" onclick={kill}>{format!("Kill {node}")}</button>
                        <button class="restore-node" onclick={restore}>{format!("Restore {node}")}</button>
                        if removable {
                            <button class="remove" onclick={remove}>{format!("Remove {name} from the clusters")}</button>
                        }
                    </div>
                </>
            }
        }
        Some(Selection::Service(name)) => match props.doc.topology.services.iter().find(|s| &s.name == name) {
            None => html! {},
            Some(s) => {
                let text = |label: &'static str, f: Field, value: String, hint: &'static str| text_field(&props.onedit, &s.name, label, f, value, hint);
                let check = |label: &'static str, f: Field, on: bool| check_field(&props.onedit, &s.name, label, f, on);
                let restart = props.onedit.reform({
                    let n = s.name.clone();
                    move |e: Event| Edit::SetField(n.clone(), Field::Restart, input_value(&e))
                });
                let kind = props.onedit.reform({
                    let n = s.name.clone();
                    move |e: Event| Edit::SetField(n.clone(), Field::Kind, input_value(&e))
                });
                let pin_cb = props.onedit.clone();
                let pin_name = s.name.clone();
                let onpin = Callback::from(move |e: Event| {
                    let v = input_value(&e);
                    pin_cb.emit(Edit::Pin(pin_name.clone(), (!v.is_empty()).then_some(v)))
                });
                let remove = props.onedit.reform({
                    let n = s.name.clone();
                    move |_: MouseEvent| Edit::RemoveService(n.clone())
                });
                let crash = props.onfault.reform({
                    let n = s.name.clone();
                    move |_: MouseEvent| FaultKind::Crash(n.clone())
                });
                let hang = props.onfault.reform({
                    let n = s.name.clone();
                    move |_: MouseEvent| FaultKind::Hang(n.clone())
                });
                let nodes = props.doc.platform.node_names();
                let autoscale = s.autoscale.as_ref().map(|a| format!("{}-{}", a.min, a.max)).unwrap_or_default();
                html! {
                    <>
                        <h3>{icon(item_of(s), 20)}{" "}{s.name.clone()}</h3>
                        <div class="buttons">
                            <button class="crash" onclick={crash}>{"Crash one replica"}</button>
                            <button class="hang" onclick={hang}>{"Hang one replica"}</button>
                            <button class="remove" onclick={remove}>{"Remove service"}</button>
                        </div>
                        <div class="fields">
                            { text("replicas", Field::Replicas, s.replicas.to_string(), "Swarm and Kubernetes") }
                            { text("containers on Compose", Field::ComposeReplicas, s.compose_replicas.map(|r| r.to_string()).unwrap_or_default(), "empty: same as replicas") }
                            { text("CPU", Field::Cpu, format!("{}m", s.cpu_millis), "request, e.g. 250m or 0.5") }
                            { text("memory", Field::Memory, format!("{}Mi", s.memory_mib), "request, e.g. 256Mi or 1Gi") }
                            { text("start-up", Field::Startup, s.startup.human().replace(' ', ""), "until it answers, e.g. 5s") }
                            { text("capacity req/s", Field::Capacity, s.capacity_rps.map(|c| c.to_string()).unwrap_or_default(), "per replica; empty: unlimited") }
                            { text("depends on", Field::DependsOn, s.depends_on.join(", "), "services it calls, comma-separated") }
                            { text("autoscale", Field::Autoscale, autoscale, "Kubernetes min-max at 70 % CPU; empty: off") }
                            { text("volume", Field::Volume, s.volume_gib.map(|g| format!("{g}Gi")).unwrap_or_default(), "stateful data, e.g. 10Gi") }
                            { text("CPU limit", Field::CpuLimit, s.cpu_limit.map(|c| format!("{c}m")).unwrap_or_default(), "empty: none (it may use its node's spare CPU)") }
                            { text("preStop pause", Field::PreStop, s.pre_stop.map(|d| d.human().replace(' ', "")).unwrap_or_default(), "Kubernetes: keeps answering while its endpoint is removed, e.g. 5s") }
                            { check("stateful", Field::Stateful, s.stateful) }
                            { check("liveness probe / HEALTHCHECK", Field::Liveness, s.liveness.is_some()) }
                            { check("readiness probe", Field::Readiness, s.readiness.is_some()) }
                            { check("startup probe (30 × 10 s, Kubernetes)", Field::StartupProbe, s.startup_probe.is_some()) }
                            <label class="field">{"kind"}
                                <select onchange={kind} data-field="kind">
                                    { for hafen_core::ServiceKind::ALL.iter().map(|k| html! { <option value={k.id()} selected={*k == s.kind}>{k.id()}</option> }) }
                                </select>
                            </label>
                            <label class="field">{"restart (Compose)"}
                                <select onchange={restart} data-field="restart">
                                    { for RestartPolicy::ALL.iter().map(|p| html! { <option value={p.id()} selected={*p == s.restart}>{if *p == RestartPolicy::No { "no (Docker's default)" } else { p.id() }}</option> }) }
                                </select>
                            </label>
                            <label class="field">{"pinned to"}
                                <select onchange={onpin} data-field="pin">
                                    <option value="" selected={s.node.is_none()}>{"any node (scheduler decides)"}</option>
                                    { for nodes.iter().map(|n| html! { <option value={n.clone()} selected={s.node.as_ref() == Some(n)}>{n.clone()}</option> }) }
                                </select>
                            </label>
                        </div>
                    </>
                }
            }
        },
    };
    html! {
        <section class={classes!("inspector", (props.selected.is_none() && props.refusal.is_none()).then_some("idle"))} id="inspector" aria-label="Inspector" tabindex="-1">
            <h2>{"Inspector"}<button class="close" aria-label="Close the inspector (Esc)" title="Close (Esc)" onclick={props.onclose.reform(|_| ())}>{"×"}</button></h2>
            { refusal.unwrap_or_default() }
            { body }
        </section>
    }
}
