//! What happened to each service, in one sentence each.

use hafen_core::summary::Consequence;
use yew::prelude::*;

/// Props of [`ConsequenceList`].
#[derive(Properties, PartialEq)]
pub struct ConsequenceListProps {
    /// One per service.
    pub items: Vec<Consequence>,
    /// Whether any fault was injected (otherwise a prompt is shown).
    pub active: bool,
}

/// The consequences box.
#[component]
pub fn ConsequenceList(props: &ConsequenceListProps) -> Html {
    if !props.active {
        return html! { <p class="consequences idle">{"Nothing has failed yet. Kill a node or crash the backend."}</p> };
    }
    html! {
        <ul class="consequences" aria-label="Consequences">
            { for props.items.iter().map(|c| html! {
                <li class={classes!("consequence", c.tone.id())} data-service={c.service.clone()} data-downtime-ms={c.downtime.as_millis().to_string()}>
                    <strong>{c.service.clone()}</strong>{": "}{c.text.clone()}
                </li>
            }) }
        </ul>
    }
}
