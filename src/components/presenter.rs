//! Presenter mode (`?present=1`, or P in the app): a story step by step — a built-in one, or the one
//! a document tells (written into its file, or the document itself in one step) — full screen, in
//! large type — the step's title, its narration, a step counter and the platforms (or the panel the
//! step puts in front), nothing else. Driven by a clicker or the keyboard (`hooks::use_clicker`),
//! kept in step with the speaker's notes window (`presenting::Channel`); a step's question is asked
//! before it plays and answered by the simulation when it has played.

use super::advisor_panel::{advisor_panel, AdvisorPanelProps};
use super::availability_panel::AvailabilityPanel;
use super::commands_panel::commands_panel;
use super::cost_panel::{cost_panel, CostPanelProps};
use super::glossed::marked;
use super::platform_panel::{platform_panel, PlatformPanelProps};
use super::question_card::{question_card, QuestionCardProps};
use crate::deck::{Deck, Move};
use crate::hooks::use_action::use_handlers;
use crate::hooks::use_animation::use_animation;
use crate::hooks::use_clicker::{use_clicker, Clicker};
use crate::hooks::use_estimates::use_economics;
use crate::presenting::{self, Channel, Presentation, Signal};
use crate::state::{Action, AppState, Panel, Speed, Staged};
use hafen_core::story::{self, Story, Target};
use hafen_core::say;
use hafen_core::text::story::{title_of, words as step_words};
use std::rc::Rc;
use yew::prelude::*;

/// How much larger the diagrams are drawn than in the app: their smallest text (12 px) becomes
/// 16.1 px, the 16 px at 1280×720 (measured in `e2e/present.test.mjs`).
const ZOOM: f64 = 1.34;

/// Props of [`Presenter`].
#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    /// The story, and where it comes from.
    pub shown: Rc<Presentation>,
    /// The step to start at (index).
    pub step: usize,
    /// Esc: back to the app.
    pub onleave: Callback<()>,
}

/// The app's panel for a story's.
fn panel(p: story::Panel) -> Panel {
    match p {
        story::Panel::Diagrams => Panel::Platforms,
        story::Panel::Costs => Panel::Costs,
        story::Panel::Availability => Panel::Availability,
        story::Panel::Advisor => Panel::Advisor,
        story::Panel::Commands => Panel::Commands,
    }
}

/// The presenter.
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let tongue = crate::i18n::use_words();
    let glossary = crate::i18n::use_glossary();
    // Why the last figure typed on a costs step was refused.
    let cost_refusal = use_state(|| None::<hafen_core::text::message::Message>);
    let advisor_refusal = use_state(|| None::<hafen_core::text::message::Message>);
    let story: Rc<Story> = props.shown.story.clone();
    let shown = props.shown.clone();
    let deck = use_reducer({
        let (story, step) = (story.clone(), props.step);
        move || Deck::new(&story, step)
    });
    let state = use_reducer(AppState::default);
    // Large type where there is room for it; a phone gets the app's own size, in one column.
    let root = use_node_ref();
    let zoom = if crate::hooks::use_width::use_width(root.clone()).is_some_and(|w| w < 700.0) { 1.0 } else { ZOOM };
    let dispatcher = state.dispatcher();
    use_animation(state.playing, dispatcher.clone());
    let on = use_handlers(dispatcher.clone());
    let watching = deck.watching();
    let step = &story.steps[deck.at];

    // Each step staged as it comes on screen (and again once its question is answered: it plays).
    {
        let (story, dispatcher, shown) = (story.clone(), dispatcher.clone(), shown.clone());
        use_effect_with((story.id.clone(), deck.at, watching), move |&(_, at, watching)| {
            let s = &story.steps[at];
            // A step plays in at most about half a minute: ten simulated seconds per second for a
            // few minutes, a simulated minute per second beyond.
            let speed = if s.to.0.saturating_sub(s.from.0) <= 300_000 { Speed::X10 } else { Speed::X60 };
            dispatcher.dispatch(Action::Present(Rc::new(Staged { scenario: s.staged(), shown: s.shown.clone(), panel: panel(s.panel), from: s.from, to: s.to, play: watching, speed })));
            crate::persist::replace_address(&shown.address(at));
        });
    }
    // The notes window: told where the presenter is (on every step, and when it asks); its buttons
    // and keys move the presenter.
    let now = use_mut_ref(|| (story.id.clone(), 0usize));
    *now.borrow_mut() = (story.id.clone(), deck.at);
    {
        let (deck_dispatch, now) = (deck.dispatcher(), now.clone());
        use_effect_with((), move |_| {
            let channel = Channel::open(move |s| match s {
                Signal::Next => deck_dispatch.dispatch(Move::Next),
                Signal::Prev => deck_dispatch.dispatch(Move::Prev),
                Signal::Where => {
                    let (id, at) = now.borrow().clone();
                    presenting::announce(&Signal::At(id, at));
                }
                Signal::At(..) => {}
            });
            move || drop(channel)
        });
    }
    use_effect_with((story.id.clone(), deck.at), |(id, at)| presenting::announce(&Signal::At(id.clone(), *at)));
    // A step typed into the address (`#step=4`) is gone to.
    {
        let deck_dispatch = deck.dispatcher();
        use_effect_with((), move |_| {
            let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                if let Some(n) = presenting::step_from_hash(&crate::persist::hash()) {
                    deck_dispatch.dispatch(Move::To(n));
                }
            });
            crate::browser::listen_on_window(vec![("hashchange", listener)])
        });
    }

    // The answer, read from the run on screen once the step has played to its end.
    let played = watching && !state.playing && state.cursor >= state.stop();
    let question = step.question.as_ref();
    // The answer, and what the platform did to the service asked about (its consequence).
    let revealed = question.filter(|_| played).and_then(|q| {
        let side = state.side(q.platform)?;
        let answer = story::outcome(&side.scenario, side.run.as_ref().ok()?, &q.target).ok()?;
        let detail = match &q.target {
            Target::Service(s) => side.consequences.iter().find(|c| &c.service == s).map(|c| hafen_core::text::consequence(&tongue, c)),
            Target::Node(_) => None,
        };
        Some((answer, detail))
    });
    let answer = revealed.as_ref().map(|(a, _)| *a);
    let detail = revealed.and_then(|(_, d)| d);

    // The score, once the story has been gone through: every question answered, checked against
    // a simulation of its step.
    let score = use_memo((story.id.clone(), deck.finished, deck.chosen.clone()), |(_, finished, chosen)| {
        finished.then(|| {
            let asked: Vec<_> = story.steps.iter().zip(chosen).filter_map(|(s, c)| c.map(|c| (s, c))).collect();
            let right = asked.iter().filter(|(s, c)| story::answer(s).ok().flatten() == Some(*c)).count();
            (right, asked.len())
        })
    });
    let previous = use_state(|| presenting::last_score(&shown.score_key()));
    {
        let key = shown.score_key();
        use_effect_with(*score, move |score| {
            if let Some((right, asked)) = *score {
                if asked > 0 {
                    presenting::keep_score(&key, right, asked);
                }
            }
        });
    }

    let onkey = {
        let (deck_dispatch, onleave, choices, notes) = (deck.dispatcher(), props.onleave.clone(), question.map(|q| q.choices.clone()).unwrap_or_default(), shown.notes_address(tongue.lang()));
        Callback::from(move |c: Clicker| match c {
            Clicker::Next => deck_dispatch.dispatch(Move::Next),
            Clicker::Prev => deck_dispatch.dispatch(Move::Prev),
            Clicker::First => deck_dispatch.dispatch(Move::First),
            Clicker::Last => deck_dispatch.dispatch(Move::Last),
            Clicker::Black => deck_dispatch.dispatch(Move::Black),
            Clicker::Choice(n) => {
                if let Some(&o) = choices.get(n) {
                    deck_dispatch.dispatch(Move::Choose(o));
                }
            }
            Clicker::FullScreen => {
                if presenting::is_full_screen() {
                    presenting::leave_full_screen();
                } else {
                    presenting::enter_full_screen();
                }
            }
            Clicker::Notes => {
                presenting::open_notes(&notes);
            }
            Clicker::Leave => {
                presenting::leave_full_screen();
                onleave.emit(());
            }
        })
    };
    use_clicker(onkey.clone());

    // Costs and availability for the steps that show them.
    let (estimates, eco) = use_economics(&state.doc, &state.costs);
    let updating = !estimates.current;
    let words = step_words(&tongue, step);
    // A question step's neutral title and set-up until it has played, then the rest (the answer).
    let (title, narration) = words.on_screen(played);
    let faulted = !state.doc.faults.is_empty();
    let stage = match (state.panel, eco.clone()) {
        (Panel::Costs, Some(eco)) => html! { <div class="present-panel">{ cost_panel(&tongue, &CostPanelProps { settings: state.costs.clone(), economics: eco, updating, onchange: on.costs.clone(), refusal: cost_refusal.clone() }) }</div> },
        (Panel::Availability, Some(eco)) => html! {
            <div class="present-panel"><AvailabilityPanel settings={state.costs.clone()} economics={eco} {updating} onchange={on.costs.clone()} doc={state.doc.clone()} sides={state.sides.clone()} onsituation={on.situation.clone()} /></div>
        },
        (Panel::Costs | Panel::Availability, None) => html! { <div class="present-panel"><p class="updating-note">{say!(tongue, "present-estimating")}</p></div> },
        (Panel::Advisor, _) => html! {
            <div class="present-panel">{ advisor_panel(&tongue, &AdvisorPanelProps { doc: state.doc.clone(), runs: estimates.latest.clone(), economics: eco.clone(), updating, costs: state.costs.clone(), onsituation: on.situation.clone(), ontraffic: on.traffic.clone(), refusal: advisor_refusal.clone() }) }</div>
        },
        (Panel::Commands, _) => html! { <div class="present-panel">{ commands_panel(&tongue, &state.doc, &state.shown, &hafen_core::commands::rows(&state.doc)) }</div> },
        _ => {
            let panels = state.sides.iter().map(|side| {
                platform_panel(&tongue, &PlatformPanelProps { side: side.clone(), commands: Default::default(), cursor: state.cursor, selected: state.selected.clone(), faulted, spof: Vec::new(),
                    onselect: on.select.clone(), onpower: on.power.clone(), onseek: on.seek.clone(), ondragstart: Callback::noop(), brief: true, zoom })
            });
            html! { <div class={classes!("present-sides", format!("cols-{}", state.sides.len()))}>{ for panels }</div> }
        }
    };
    let card = question.filter(|_| !deck.finished).map(|q| {
        let prompt = AttrValue::from(words.question.to_string());
        let d = deck.dispatcher();
        let onchoose = Callback::from(move |o| d.dispatch(Move::Choose(o)));
        question_card(&tongue, &QuestionCardProps { prompt, choices: q.choices.clone(), chosen: deck.chosen[deck.at], answer, detail: detail.clone().unwrap_or_default().into(), onchoose })
    });
    let finish = score.map(|(right, asked)| {
        let before = (*previous).map(|(r, a)| say!(tongue, "present-last-time", right = r, asked = a));
        html! {
            <section class="present-score" role="status">
                <h2>{say!(tongue, "present-the-end")}</h2>
                if asked > 0 {
                    <p>{say!(tongue, "present-score", right = right, asked = asked)}{before.map(|b| format!(" {b}")).unwrap_or_default()}</p>
                } else {
                    <p>{say!(tongue, "present-no-answers")}</p>
                }
                <p class="note">{say!(tongue, "present-kept-here")}</p>
            </section>
        }
    });
    let press = |c: Clicker| onkey.reform(move |_: MouseEvent| c);
    let clock = format!("{} / {}", state.cursor.clock(), step.to.clock());
    html! {
        <div ref={root} class={classes!("presenter", deck.finished.then_some("finished"))} data-step={(deck.at + 1).to_string()} data-watching={watching.to_string()} data-played={played.to_string()}>
            <header class="present-head">
                <p class="present-story">{title_of(&tongue, &story).into_owned()}</p>
                <h1 class="present-title">{title.to_string()}</h1>
                <p class="present-count" aria-label={say!(tongue, "present-step-of", step = deck.at + 1, steps = deck.len)}>{format!("{} / {}", deck.at + 1, deck.len)}</p>
                <nav class="present-bar" aria-label={say!(tongue, "present-aria")}>
                    <button class="present-prev" onclick={press(Clicker::Prev)} title={say!(tongue, "present-back-title")}>{"←"}</button>
                    <span class="present-clock">{clock}</span>
                    <button class="present-next" onclick={press(Clicker::Next)} title={say!(tongue, "present-next-title")}>{"→"}</button>
                    <button class="present-full" onclick={press(Clicker::FullScreen)} title={say!(tongue, "present-full-title")}>{say!(tongue, "present-full")}</button>
                    <button class="present-notes" onclick={press(Clicker::Notes)} title={say!(tongue, "present-notes-title")}>{say!(tongue, "present-notes")}</button>
                    <button class="present-leave" onclick={press(Clicker::Leave)} title={say!(tongue, "present-leave-title")}>{"✕"}</button>
                </nav>
            </header>
            if let Some(finish) = finish { { finish } } else {
                <main class="present-stage">{ stage }</main>
                <section class="present-words">
                    <p class="narration">{ marked(&tongue, &glossary, &narration, &mut Vec::new()) }</p>
                    { card.unwrap_or_default() }
                </section>
            }
            if deck.black { <div class="blackout" aria-label={say!(tongue, "present-blackout")}></div> }
        </div>
    }
}

