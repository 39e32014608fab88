//! A text with the glossary's terms marked: each explained on hover or keyboard focus, with its
//! source (`hafen_core::text::glossary`, in the page's language). A list of texts (the event log,
//! the consequences) marks each term once, where it first appears in the list ([`marked`] with the
//! terms marked so far); the presenter's narration marks its own.

use hafen_core::say;
use hafen_core::text::glossary::{Glossary, Term};
use hafen_core::text::Words;
use yew::prelude::*;


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
