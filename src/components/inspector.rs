//! The inspector: the selected service's settings (refused in place with a reason when invalid) or
//! the selected node's actions.

use crate::icons::{icon, item_of};
use crate::state::Selection;
use hafen_core::edit::{Edit, Field};
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use hafen_core::{say, FaultKind, NodeRef, RestartPolicy, Scenario};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the inspector shows and does.
pub struct InspectorProps {
    /// The document.
    pub doc: crate::state::Shared<Scenario>,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Why the last edit was refused.
    pub refusal: Option<Message>,
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

/// A text field of the selected service; its change is an edit. `id` names it for tests and its
/// hint (stable whatever the language). Not inlined: one copy for every field.
#[inline(never)]
fn text_field(onedit: &Callback<Edit>, service: &str, id: &'static str, label: String, f: Field, value: String, hint: String) -> Html {
    let cb = onedit.clone();
    let n = service.to_string();
    let onchange = Callback::from(move |e: Event| cb.emit(Edit::SetField(n.clone(), f, input_value(&e))));
    html! {
        <label class="field">{label}<input type="text" value={value} {onchange} data-field={id} aria-describedby={format!("hint-{id}")} /><small id={format!("hint-{id}")}>{hint}</small></label>
    }
}

/// A checkbox of the selected service; its change is an edit.
#[inline(never)]
fn check_field(onedit: &Callback<Edit>, service: &str, id: &'static str, label: String, f: Field, on: bool) -> Html {
    let cb = onedit.clone();
    let n = service.to_string();
    let onchange = Callback::from(move |e: Event| cb.emit(Edit::SetField(n.clone(), f, checked(&e))));
    html! { <label class="check"><input type="checkbox" checked={on} {onchange} data-field={id} />{label}</label> }
}

/// The panel. A view, not a component of its own (each component type costs the page ~1.2 KB
/// gzipped of wasm; redrawing it with its parent costs no measurable frame time).
pub fn inspector(w: &Words, props: &InspectorProps) -> Html {
    let refusal = props.refusal.as_ref().map(|r| html! { <p class="refusal" role="alert">{say!(w, "not-changed", why = w.tell(r))}</p> });
    let body = match &props.selected {
        None => html! { <p class="note">{say!(w, "inspector-idle")}</p> },
        Some(Selection::Node(name)) => {
            let node = crate::state::fault_node(name);
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
                    <p class="note">{if name == "host" { say!(w, "inspector-host") } else { say!(w, "inspector-node") }}</p>
                    <div class="buttons">
                        <button class="kill-node" onclick={kill}>{say!(w, "node-kill", node = &node)}</button>
                        <button class="restore-node" onclick={restore}>{say!(w, "node-restore", node = &node)}</button>
                        if removable {
                            <button class="remove" onclick={remove}>{say!(w, "inspector-remove-node", node = name)}</button>
                        }
                    </div>
                </>
            }
        }
        Some(Selection::Service(name)) => match props.doc.topology.services.iter().find(|s| &s.name == name) {
            None => html! {},
            Some(s) => {
                let text = |id: &'static str, label: String, f: Field, value: String, hint: String| text_field(&props.onedit, &s.name, id, label, f, value, hint);
                let check = |id: &'static str, label: String, f: Field, on: bool| check_field(&props.onedit, &s.name, id, label, f, on);
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
                            <button class="crash" onclick={crash}>{say!(w, "inspector-crash")}</button>
                            <button class="hang" onclick={hang}>{say!(w, "inspector-hang")}</button>
                            <button class="remove" onclick={remove}>{say!(w, "inspector-remove-service")}</button>
                        </div>
                        <div class="fields">
                            { text("replicas", say!(w, "field-replicas"), Field::Replicas, s.replicas.to_string(), say!(w, "field-replicas-hint")) }
                            { text("compose-replicas", say!(w, "field-compose-replicas"), Field::ComposeReplicas, s.compose_replicas.map(|r| r.to_string()).unwrap_or_default(), say!(w, "field-compose-replicas-hint")) }
                            { text("cpu", say!(w, "field-cpu"), Field::Cpu, format!("{}m", s.cpu_millis), say!(w, "field-cpu-hint")) }
                            { text("memory", say!(w, "field-memory"), Field::Memory, format!("{}Mi", s.memory_mib), say!(w, "field-memory-hint")) }
                            { text("start-up", say!(w, "field-startup"), Field::Startup, s.startup.human().replace(' ', ""), say!(w, "field-startup-hint")) }
                            { text("capacity", say!(w, "field-capacity"), Field::Capacity, s.capacity_rps.map(|c| c.to_string()).unwrap_or_default(), say!(w, "field-capacity-hint")) }
                            { text("depends-on", say!(w, "field-depends-on"), Field::DependsOn, s.depends_on.join(", "), say!(w, "field-depends-on-hint")) }
                            { text("autoscale", say!(w, "field-autoscale"), Field::Autoscale, autoscale, say!(w, "field-autoscale-hint")) }
                            { text("volume", say!(w, "field-volume"), Field::Volume, s.volume_gib.map(|g| format!("{g}Gi")).unwrap_or_default(), say!(w, "field-volume-hint")) }
                            { text("cpu-limit", say!(w, "field-cpu-limit"), Field::CpuLimit, s.cpu_limit.map(|c| format!("{c}m")).unwrap_or_default(), say!(w, "field-cpu-limit-hint")) }
                            { text("pre-stop", say!(w, "field-pre-stop"), Field::PreStop, s.pre_stop.map(|d| d.human().replace(' ', "")).unwrap_or_default(), say!(w, "field-pre-stop-hint")) }
                            { check("stateful", say!(w, "field-stateful"), Field::Stateful, s.stateful) }
                            { check("liveness", say!(w, "field-liveness"), Field::Liveness, s.liveness.is_some()) }
                            { check("readiness", say!(w, "field-readiness"), Field::Readiness, s.readiness.is_some()) }
                            { check("startup-probe", say!(w, "field-startup-probe"), Field::StartupProbe, s.startup_probe.is_some()) }
                            <label class="field">{say!(w, "field-kind")}
                                <select onchange={kind} data-field="kind">
                                    { for hafen_core::ServiceKind::ALL.iter().map(|k| html! { <option value={k.id()} selected={*k == s.kind}>{k.id()}</option> }) }
                                </select>
                            </label>
                            <label class="field">{say!(w, "field-restart")}
                                <select onchange={restart} data-field="restart">
                                    { for RestartPolicy::ALL.iter().map(|p| html! { <option value={p.id()} selected={*p == s.restart}>{if *p == RestartPolicy::No { say!(w, "field-restart-no") } else { p.id().to_string() }}</option> }) }
                                </select>
                            </label>
                            <label class="field">{say!(w, "field-pin")}
                                <select onchange={onpin} data-field="pin">
                                    <option value="" selected={s.node.is_none()}>{say!(w, "field-pin-any")}</option>
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
        <section class={classes!("inspector", (props.selected.is_none() && props.refusal.is_none()).then_some("idle"))} id="inspector" aria-label={say!(w, "inspector")} tabindex="-1">
            <h2>{say!(w, "inspector")}<button class="close" aria-label={say!(w, "inspector-close-aria")} title={say!(w, "inspector-close")} onclick={props.onclose.reform(|_| ())}>{"×"}</button></h2>
            { refusal.unwrap_or_default() }
            { body }
        </section>
    }
}
