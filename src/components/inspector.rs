//! The inspector: the selected service's settings (refused in place with a reason when invalid) or
//! the selected node's actions.

use crate::icons::{icon, item_of};
use crate::state::Selection;
use hafen_core::edit::{Edit, Field};
use hafen_core::fields::{field, Widget, SERVICE_FIELDS};
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use hafen_core::{say, Fault, RestartPolicy, Scenario};
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
    /// Inject a fault (at the cursor).
    pub onfault: Callback<Fault>,
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
                move |_: MouseEvent| Fault::kill_node(n.clone())
            });
            let restore = props.onfault.reform({
                let n = node.clone();
                move |_: MouseEvent| Fault::restore_node(n.clone())
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
                let app = &props.doc.name;
                // The fields of the table: text fields (a text without a value shows the one in
                // force, e.g. the image the exports write), then checkboxes.
                let fields = SERVICE_FIELDS.iter().filter_map(|f| {
                    let label = w.say(f.label?, &[]);
                    match f.widget {
                        Widget::Text => Some(text_field(&props.onedit, &s.name, f.id, label, f, f.show(s, || hafen_core::fields::image(app, s)), f.hint.map(|h| w.say(h, &[])).unwrap_or_default())),
                        Widget::Check => Some(check_field(&props.onedit, &s.name, f.id, label, f, f.show(s, String::new) == "true")),
                        Widget::Choice | Widget::None => None,
                    }
                });
                let restart = props.onedit.reform({
                    let n = s.name.clone();
                    move |e: Event| Edit::SetField(n.clone(), field("restart"), input_value(&e))
                });
                let kind = props.onedit.reform({
                    let n = s.name.clone();
                    move |e: Event| Edit::SetField(n.clone(), field("kind"), input_value(&e))
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
                    move |_: MouseEvent| Fault::crash(n.clone())
                });
                let hang = props.onfault.reform({
                    let n = s.name.clone();
                    move |_: MouseEvent| Fault::hang(n.clone())
                });
                let nodes = props.doc.platform.node_names();
                html! {
                    <>
                        <h3>{icon(item_of(s), 20)}{" "}{s.name.clone()}</h3>
                        <div class="buttons">
                            <button class="crash" onclick={crash}>{say!(w, "inspector-crash")}</button>
                            <button class="hang" onclick={hang}>{say!(w, "inspector-hang")}</button>
                            <button class="remove" onclick={remove}>{say!(w, "inspector-remove-service")}</button>
                        </div>
                        <div class="fields">
                            { for fields }
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
