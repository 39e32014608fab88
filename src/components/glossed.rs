//! A text with the glossary's terms marked: each explained on hover or keyboard focus, with its
//! source (`hafen_core::text::glossary`, in the page's language). A list of texts (the event log,
//! the consequences) marks each term once, where it first appears in the list ([`marked`] with the
//! terms marked so far).

use crate::i18n::use_glossary;
use hafen_core::say;
use hafen_core::text::glossary::{Glossary, Term};
use hafen_core::text::Words;
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
    let w = crate::i18n::use_words();
    let glossary = use_glossary();
    marked(&w, &glossary, &props.text, &mut Vec::new())
}

/// `text` with the glossary terms not in `seen` (their ids) marked, and added to it.
pub fn marked(w: &Words, glossary: &Glossary, text: &str, seen: &mut Vec<&'static str>) -> Html {
    let parts = glossary.gloss(text).into_iter().map(|(run, term)| match term.filter(|t| !seen.contains(&t.id)) {
        None => html! { {run.to_string()} },
        Some(t) => {
            seen.push(t.id);
            tip(w, run, t)
        }
    });
    html! { <>{ for parts }</> }
}

/// One marked term and its explanation.
fn tip(w: &Words, run: &str, t: &Term) -> Html {
    html! {
        <span class="term" tabindex="0" data-term={t.id}>
            {run.to_string()}
            <span class="term-tip" role="tooltip"><b>{t.term.clone()}</b>{": "}{t.explanation.clone()}<span class="term-source">{say!(w, "glossary-source-line", source = &t.source)}</span></span>
        </span>
    }
}
