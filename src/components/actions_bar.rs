//! Faults and operations, applied to every platform at the cursor's moment.

use hafen_core::{Fault, NodeRef, SimTime};
use hafen_core::say;
use hafen_core::text::Words;
use yew::prelude::*;

/// What the actions apply to.
pub struct ActionsBarProps {
    /// The moment the actions happen.
    pub cursor: SimTime,
    /// Service the service actions apply to.
    pub service: Option<String>,
    /// Node the node action applies to: the node running a service (the fair comparison: every
    /// platform loses that service's node), or a node the user selected by name.
    pub node: NodeRef,
    /// Current traffic [requests/s], if any.
    pub rps: Option<u64>,
    /// Zone names, if the clusters use zones.
    pub zones: Vec<String>,
    /// Inject a fault (at the cursor).
    pub onfault: Callback<Fault>,
}

/// The bar of action buttons. A view, not a component of its own (each component type costs the
/// page ~1.2 KB gzipped of wasm): its inputs change with every frame anyway (the moment shown).
pub fn actions_bar(w: &Words, props: &ActionsBarProps) -> Html {
    let fault = |f: Fault| props.onfault.reform(move |_: MouseEvent| f.clone());
    let svc = props.service.clone();
    let service_buttons = svc.map(|s| {
        html! {
            <>
                <button class="crash" onclick={fault(Fault::crash(s.clone()))} title={say!(w, "action-crash-title")}>{say!(w, "action-crash", service = s)}</button>
                <button class="hang" onclick={fault(Fault::hang(s.clone()))} title={say!(w, "action-hang-title")}>{say!(w, "action-hang", service = s)}</button>
                <button class="deploy-good" onclick={fault(Fault::deploy(s.clone(), "v2", true))}>{say!(w, "action-deploy", service = s)}</button>
                <button class="deploy-bad" onclick={fault(Fault::deploy(s.clone(), "v2-broken", false))}>{say!(w, "action-deploy-broken", service = s)}</button>
            </>
        }
    });
    let spike = props.rps.map(|r| {
        let to = r.saturating_mul(4).max(100);
        html! { <button class="spike" onclick={fault(Fault::traffic(to))}>{say!(w, "action-spike", to = to)}</button> }
    });
    let zones = props.zones.iter().map(|z| html! { <button class="zone" onclick={fault(Fault::kill_zone(z.clone()))}>{say!(w, "action-fail-zone", zone = z)}</button> });
    let (kill, kill_title, killed) = match &props.node {
        NodeRef::Running(service) => (say!(w, "node-kill-running", service = service), say!(w, "action-kill-running-title", service = service), Fault::kill_running(service.clone())),
        NodeRef::Named(node) => (say!(w, "node-kill", node = node), say!(w, "action-kill-title"), Fault::kill_node(node.clone())),
    };
    html! {
        <div class="actions" role="group" aria-label={say!(w, "actions-aria")}>
            <span class="at">{say!(w, "actions-at", at = props.cursor)}</span>
            <button class="kill-node" onclick={fault(killed)} title={kill_title}>{kill}</button>
            { service_buttons.unwrap_or_default() }
            { spike.unwrap_or_default() }
            <button class="config" onclick={fault(Fault::config_change(None))}>{say!(w, "action-config")}</button>
            { for zones }
        </div>
    }
}
