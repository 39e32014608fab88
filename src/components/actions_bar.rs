//! Faults and operations, applied to every platform at the cursor's moment.

use hafen_core::{FaultKind, NodeRef, SimTime};
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
    /// Inject a fault.
    pub onfault: Callback<FaultKind>,
}

/// The bar of action buttons. A view, not a component of its own (each component type costs the
/// page ~1.2 KB gzipped of wasm): its inputs change with every frame anyway (the moment shown).
pub fn actions_bar(w: &Words, props: &ActionsBarProps) -> Html {
    let fault = |kind: FaultKind| props.onfault.reform(move |_: MouseEvent| kind.clone());
    let svc = props.service.clone();
    let service_buttons = svc.map(|s| {
        html! {
            <>
                <button class="crash" onclick={fault(FaultKind::Crash(s.clone()))} title={say!(w, "action-crash-title")}>{say!(w, "action-crash", service = s)}</button>
                <button class="hang" onclick={fault(FaultKind::Hang(s.clone()))} title={say!(w, "action-hang-title")}>{say!(w, "action-hang", service = s)}</button>
                <button class="deploy-good" onclick={fault(FaultKind::Deploy { service: s.clone(), version: "v2".into(), healthy: true })}>{say!(w, "action-deploy", service = s)}</button>
                <button class="deploy-bad" onclick={fault(FaultKind::Deploy { service: s.clone(), version: "v2-broken".into(), healthy: false })}>{say!(w, "action-deploy-broken", service = s)}</button>
            </>
        }
    });
    let spike = props.rps.map(|r| {
        let to = r.saturating_mul(4).max(100);
        html! { <button class="spike" onclick={fault(FaultKind::Traffic(to))}>{say!(w, "action-spike", to = to)}</button> }
    });
    let zones = props.zones.iter().map(|z| html! { <button class="zone" onclick={fault(FaultKind::KillZone(z.clone()))}>{say!(w, "action-fail-zone", zone = z)}</button> });
    let (kill, kill_title) = match &props.node {
        NodeRef::Running(service) => (say!(w, "node-kill-running", service = service), say!(w, "action-kill-running-title", service = service)),
        NodeRef::Named(node) => (say!(w, "node-kill", node = node), say!(w, "action-kill-title")),
    };
    html! {
        <div class="actions" role="group" aria-label={say!(w, "actions-aria")}>
            <span class="at">{say!(w, "actions-at", at = props.cursor)}</span>
            <button class="kill-node" onclick={fault(FaultKind::KillNode(props.node.clone()))} title={kill_title}>{kill}</button>
            { service_buttons.unwrap_or_default() }
            { spike.unwrap_or_default() }
            <button class="config" onclick={fault(FaultKind::ConfigChange(None))}>{say!(w, "action-config")}</button>
            { for zones }
        </div>
    }
}
