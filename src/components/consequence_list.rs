//! What happened to each service over the whole run, in one sentence each, headed "Over the whole
//! run (to 1:00:00)" (the counters above them are so far); the worst first, the rest folded away
//! when there are many.

use super::glossed::marked;
use hafen_core::text::glossary::Glossary;
use crate::i18n::use_words;
use hafen_core::say;
use hafen_core::summary::{Consequence, Tone};
use hafen_core::text::Words;
use yew::prelude::*;

/// Props of [`ConsequenceList`].
#[derive(Properties, PartialEq)]
pub struct ConsequenceListProps {
    /// One per service.
    pub items: Vec<Consequence>,
    /// Whether any fault was injected (otherwise a prompt is shown).
    pub active: bool,
    /// The end of the run they cover.
    pub end: hafen_core::SimTime,
}

/// Items shown before the rest is folded.
const SHOWN: usize = 4;

/// One service's consequence, the glossary terms not yet in `seen` marked.
fn item(w: &Words, glossary: &Glossary, c: &Consequence, seen: &mut Vec<&'static str>) -> Html {
    html! {
        <li class={classes!("consequence", c.tone.id())} data-service={c.service.clone()} data-downtime-ms={c.downtime.as_millis().to_string()} data-failed={c.failed_requests.to_string()}>
            <strong>{c.service.clone()}</strong>{": "}{marked(w, glossary, &hafen_core::text::consequence(w, c), seen)}
        </li>
    }
}

/// The consequences box.
#[component]
pub fn ConsequenceList(props: &ConsequenceListProps) -> Html {
    let w = use_words();
    let glossary = crate::i18n::use_glossary();
    if !props.active {
        return html! { <p class="consequences idle">{say!(w, "consequences-idle")}</p> };
    }
    let mut items: Vec<&Consequence> = props.items.iter().collect();
    // Worst first (stable, so services keep their order within a tone).
    hafen_core::order::sort_by_key(&mut items, |c| match c.tone {
        Tone::Down => 0,
        Tone::Degraded => 1,
        Tone::Unaffected => 2,
    });
    let (first, rest) = items.split_at(items.len().min(SHOWN));
    // Each glossary term explained once, where it first appears.
    let mut seen = Vec::new();
    let first: Vec<Html> = first.iter().map(|c| item(&w, &glossary, c, &mut seen)).collect();
    let rest: Vec<Html> = rest.iter().map(|c| item(&w, &glossary, c, &mut seen)).collect();
    html! {
        <>
            <p class="when">{say!(w, "consequences-when", end = props.end)}</p>
            <ul class="consequences" aria-label={say!(w, "consequences-aria")}>{ for first }</ul>
            if !rest.is_empty() {
                <details class="more-consequences">
                    <summary>{say!(w, "consequences-more", count = rest.len())}</summary>
                    <ul class="consequences">{ for rest }</ul>
                </details>
            }
        </>
    }
}
