//! A text with the glossary's terms marked: each explained on hover or keyboard focus, with its
//! source (`hafen_core::text::en::gloss`). A list of texts (the event log, the consequences) marks
//! each term once, where it first appears in the list ([`marked`] with the terms marked so far).

use hafen_core::text::en::Term;
use yew::prelude::*;

/// Props of [`Glossed`].
#[derive(Properties, PartialEq)]
pub struct GlossedProps {
    /// The text.
    pub text: AttrValue,
}

/// The text, terms marked.
#[component]
pub fn Glossed(props: &GlossedProps) -> Html {
    marked(&props.text, &mut Vec::new())
}

/// `text` with the glossary terms not in `seen` marked (and added to it).
pub fn marked(text: &str, seen: &mut Vec<&'static str>) -> Html {
    let parts = hafen_core::text::en::gloss(text).into_iter().map(|(run, term)| match term.filter(|t| !seen.contains(&t.term)) {
        None => html! { {run.to_string()} },
        Some(t) => {
            seen.push(t.term);
            tip(run, t)
        }
    });
    html! { <>{ for parts }</> }
}

/// One marked term and its explanation.
fn tip(run: &str, t: &'static Term) -> Html {
    html! {
        <span class="term" tabindex="0" data-term={t.term}>
            {run.to_string()}
            <span class="term-tip" role="tooltip"><b>{t.term}</b>{": "}{t.explanation}<span class="term-source">{format!(" Source: {}.", t.source)}</span></span>
        </span>
    }
}
