//! What happened to each service, in one sentence each; the worst first, the rest folded away when
//! there are many.

use hafen_core::summary::{Consequence, Tone};
use yew::prelude::*;

/// Props of [`ConsequenceList`].
#[derive(Properties, PartialEq)]
pub struct ConsequenceListProps {
    /// One per service.
    pub items: Vec<Consequence>,
    /// Whether any fault was injected (otherwise a prompt is shown).
    pub active: bool,
}

/// Items shown before the rest is folded.
const SHOWN: usize = 4;

fn item(c: &Consequence) -> Html {
    html! {
        <li class={classes!("consequence", c.tone.id())} data-service={c.service.clone()} data-downtime-ms={c.downtime.as_millis().to_string()} data-failed={c.failed_requests.to_string()}>
            <strong>{c.service.clone()}</strong>{": "}{hafen_core::text::en::consequence(c)}
        </li>
    }
}

/// The consequences box.
#[component]
pub fn ConsequenceList(props: &ConsequenceListProps) -> Html {
    if !props.active {
        return html! { <p class="consequences idle">{"Nothing has failed yet. Kill a node, crash a service, or pick an action above."}</p> };
    }
    let mut items: Vec<&Consequence> = props.items.iter().collect();
    // Worst first (stable, so services keep their order within a tone).
    items.sort_by_key(|c| match c.tone {
        Tone::Down => 0,
        Tone::Degraded => 1,
        Tone::Unaffected => 2,
    });
    let (first, rest) = items.split_at(items.len().min(SHOWN));
    html! {
        <>
            <ul class="consequences" aria-label="Consequences over the whole run">{ for first.iter().map(|c| item(c)) }</ul>
            if !rest.is_empty() {
                <details class="more-consequences">
                    <summary>{format!("{} more services", rest.len())}</summary>
                    <ul class="consequences">{ for rest.iter().map(|c| item(c)) }</ul>
                </details>
            }
        </>
    }
}
