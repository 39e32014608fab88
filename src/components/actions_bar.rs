//! Faults and operations, applied to every platform at the cursor's moment.

use hafen_core::{FaultKind, NodeRef, SimTime};
use yew::prelude::*;

/// Props of [`ActionsBar`].
#[derive(Properties, PartialEq)]
pub struct ActionsBarProps {
    /// The moment the actions happen.
    pub cursor: SimTime,
    /// Service the service actions apply to.
    pub service: Option<String>,
    /// Node the node action applies to.
    pub node: String,
    /// Current traffic [requests/s], if any.
    pub rps: Option<u64>,
    /// Zone names, if the clusters use zones.
    pub zones: Vec<String>,
    /// Inject a fault.
    pub onfault: Callback<FaultKind>,
}

/// The bar of action buttons.
#[component]
pub fn ActionsBar(props: &ActionsBarProps) -> Html {
    let fault = |kind: FaultKind| props.onfault.reform(move |_: MouseEvent| kind.clone());
    let svc = props.service.clone();
    let service_buttons = svc.map(|s| {
        html! {
            <>
                <button class="crash" onclick={fault(FaultKind::Crash(s.clone()))} title="One replica's process exits (key C)">{format!("Crash {s}")}</button>
                <button class="hang" onclick={fault(FaultKind::Hang(s.clone()))} title="One replica stops answering, its process stays (key H)">{format!("Hang {s}")}</button>
                <button class="deploy-good" onclick={fault(FaultKind::Deploy { service: s.clone(), version: "v2".into(), healthy: true })}>{format!("Deploy {s} v2")}</button>
                <button class="deploy-bad" onclick={fault(FaultKind::Deploy { service: s.clone(), version: "v2-broken".into(), healthy: false })}>{format!("Deploy broken {s} v2")}</button>
            </>
        }
    });
    let spike = props.rps.map(|r| {
        let to = r.saturating_mul(4).max(100);
        html! { <button class="spike" onclick={fault(FaultKind::Traffic(to))}>{format!("Traffic spike ×4 ({to}/s)")}</button> }
    });
    let zones = props.zones.iter().map(|z| html! { <button class="zone" onclick={fault(FaultKind::KillZone(z.clone()))}>{format!("Fail {z}")}</button> });
    let node = props.node.clone();
    html! {
        <div class="actions" role="group" aria-label="Faults and operations">
            <span class="at">{format!("At {}, on every platform:", props.cursor)}</span>
            <button class="kill-node" onclick={fault(FaultKind::KillNode(NodeRef::Named(node.clone())))} title="Power off (key K); on Compose this is the one host">{format!("Kill {node}")}</button>
            { service_buttons.unwrap_or_default() }
            { spike.unwrap_or_default() }
            <button class="config" onclick={fault(FaultKind::ConfigChange(None))}>{"Configuration change"}</button>
            { for zones }
        </div>
    }
}
