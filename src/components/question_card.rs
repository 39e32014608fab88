//! "What happens?": a step's question before it plays — the choices, numbered for the keyboard
//! — and, once the step has played, the simulation's answer beside the choice made.

use hafen_core::story::Outcome;
use hafen_core::say;
use hafen_core::text::story::outcome;
use hafen_core::text::Words;
use yew::prelude::*;

/// What the card shows and does.
pub struct QuestionCardProps {
    /// The question.
    pub prompt: AttrValue,
    /// Its choices, in order (keys 1, 2, …).
    pub choices: Vec<Outcome>,
    /// The choice made, if any.
    pub chosen: Option<Outcome>,
    /// The simulation's answer, once the step has played.
    pub answer: Option<Outcome>,
    /// What the platform did, in words (the consequence behind the answer).
    pub detail: AttrValue,
    /// A choice.
    pub onchoose: Callback<Outcome>,
}

/// The card. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn question_card(w: &Words, props: &QuestionCardProps) -> Html {
    let open = props.chosen.is_none() && props.answer.is_none();
    let choices = props.choices.iter().enumerate().map(|(i, &o)| {
        let onchoose = props.onchoose.clone();
        let mark = match (props.answer, props.chosen) {
            (Some(a), _) if a == o => Some("answer"),
            (Some(_), Some(c)) if c == o => Some("wrong"),
            (None, Some(c)) if c == o => Some("chosen"),
            _ => None,
        };
        html! {
            <li>
                <button class={classes!("choice", mark)} disabled={!open} aria-pressed={(props.chosen == Some(o)).to_string()}
                    onclick={Callback::from(move |_: MouseEvent| onchoose.emit(o))}>
                    <kbd>{i + 1}</kbd>{" "}{outcome(w, o)}
                </button>
            </li>
        }
    });
    let verdict = props.answer.map(|a| {
        let (class, said) = match props.chosen {
            Some(c) if c == a => ("right", say!(w, "question-right")),
            Some(_) => ("wrong", say!(w, "question-not-quite")),
            None => ("plain", say!(w, "question-what-happened")),
        };
        html! {
            <p class={classes!("verdict", class)} role="status">
                <b>{said}</b>{" "}{say!(w, "question-answer", outcome = outcome(w, a))}
                if !props.detail.is_empty() { <span class="detail">{" "}{props.detail.clone()}</span> }
            </p>
        }
    });
    // Once answered, the card is the verdict alone: the diagrams keep the room.
    let said = props.chosen.filter(|_| props.answer.is_some()).map(|c| html! { <p class="said">{say!(w, "question-you-said", outcome = outcome(w, c))}</p> });
    html! {
        <section class={classes!("question-card", props.answer.is_some().then_some("revealed"))} aria-label={say!(w, "question-aria")}>
            <p class="prompt">{props.prompt.clone()}</p>
            if props.answer.is_none() {
                <ol class="choices">{ for choices }</ol>
                if open { <p class="hint">{say!(w, "question-hint", count = props.choices.len())}</p> }
                else { <p class="hint">{say!(w, "question-watch")}</p> }
            }
            { said.unwrap_or_default() }
            { verdict.unwrap_or_default() }
        </section>
    }
}
