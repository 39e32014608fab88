//! A text with the glossary's terms marked: each explained on hover or keyboard focus, with its
//! source (`hafen_core::text::en::gloss`).

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
    let parts = hafen_core::text::en::gloss(&props.text).into_iter().map(|(run, term)| match term {
        None => html! { {run} },
        Some(t) => html! {
            <span class="term" tabindex="0" data-term={t.term}>
                {run}
                <span class="term-tip" role="tooltip"><b>{t.term}</b>{": "}{t.explanation}<span class="term-source">{format!(" Source: {}.", t.source)}</span></span>
            </span>
        },
    });
    html! { <>{ for parts }</> }
}
