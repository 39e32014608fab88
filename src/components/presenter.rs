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
use crate::deck::{Deck, Move, Play};
use crate::diagram_layout::Need;
use crate::hooks::use_action::use_handlers;
use crate::hooks::use_animation::use_animation;
use crate::hooks::use_clicker::{use_clicker, Clicker};
use crate::hooks::use_estimates::use_economics;
use crate::hooks::use_presenting::{turn, use_notes_window, use_played_out, use_score, use_staging, use_window_events};
use crate::presenting::{self, Presentation};
use crate::state::{AppState, Panel};
use hafen_core::story::{self, Story, Target};
use hafen_core::say;
use hafen_core::text::story::{outcome as said_outcome, title_of, words as step_words};
use std::rc::Rc;
use yew::prelude::*;

/// How much larger the diagrams are drawn than in the app (a larger screen shows the whole
/// presenter larger, `styles/main.css`): their smallest text (12 px) becomes 18 px, legible from the back of a room at 1280×720
/// (measured in `e2e/speaker.test.mjs`).
const ZOOM: f64 = 1.5;

/// The presenter's padding left and right in a presenter `w` px wide [px] (`styles/main.css`,
/// `.presenter`: less on a narrow screen).
fn pad(w: f64) -> f64 {
    if w <= 1100.0 { 16.0 } else { 24.0 }
}
/// The space between two platforms [px] (`.present-sides`).
const GAP: f64 = 16.0;
/// A platform's padding left and right and its border [px] (`.present-sides .platform`).
const SIDE_PAD: f64 = 2.0 * 5.6 + 2.0;
/// What a presenter's height keeps from a diagram: the step's title, a platform's name and
/// counters, a few lines of words and the footer [px].
const AROUND: f64 = 335.0;

/// The least zoom in a presenter `w` px wide: [`ZOOM`] from 1,280 px (the diagrams' smallest text
/// 18 px); narrower, the same size on the wall — a narrower picture is projected as wide as a wider
/// one, each of its pixels larger —, 18 px × w / 1,280 (14.4 px at 1,024: as large as 18 px
/// across 1,280).
fn least_zoom(w: f64) -> f64 {
    ZOOM * (w / 1280.0).min(1.0)
}

/// The diagrams' zoom in a presenter `w` × `h` px, and the width each drawing is laid out for at
/// least, from what each diagram's labels need ([`Need`], in the language shown) to be drawn
/// whole, its node count and the most it holds at once (`sides`): [`ZOOM`] where the row holds
/// every diagram at it with up to three node boxes side by side; else as large as the row allows,
/// and where that is under [`least_zoom`], fewer node boxes side by side in the widest drawing
/// (rows of two, then of one) while its height leaves room for the words. Labels are never
/// shortened: only a row too narrow for one box each draws text smaller.
fn fit_zoom(w: f64, h: f64, sides: &[(usize, hafen_core::Peak, Need)]) -> (f64, Vec<f64>) {
    let n = sides.len().max(1) as f64;
    // What the columns leave for the drawings, less two pixels each (widths are measured in whole
    // pixels) [px].
    let room = w - pad(w) - n * SIDE_PAD - (n - 1.0) * GAP - 2.0 * n;
    let mut cols: Vec<usize> = sides.iter().map(|s| s.0.clamp(1, 3)).collect();
    loop {
        let widths: Vec<f64> = sides.iter().zip(&cols).map(|(s, &c)| s.2.width(c)).collect();
        let total = widths.iter().fold(0.0, |a, b| a + b);
        let zoom = (room / total).min(ZOOM);
        // The widest drawing with two node boxes or more side by side.
        let mut widest = None;
        for i in 0..sides.len() {
            if cols[i] > 1 && widest.is_none_or(|j: usize| widths[i] > widths[j]) {
                widest = Some(i);
            }
        }
        let Some(i) = widest.filter(|_| zoom < least_zoom(w)) else { return (zoom, widths) };
        // One box fewer side by side there, if its drawing, taller, leaves the words their room:
        // rows of node boxes (a name and status, the replicas, the space below) under
        // the traffic line.
        cols[i] -= 1;
        let (nodes, peak, need) = &sides[i];
        let tall = 38.0 + nodes.div_ceil(cols[i]) as f64 * (48.0 + 30.0 * peak.per_node as f64);
        if tall * (room / (total - widths[i] + need.width(cols[i]))).min(ZOOM) > h - AROUND {
            return (zoom, widths);
        }
    }
}

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
    let width = crate::hooks::use_width::use_width(root.clone());
    let dispatcher = state.dispatcher();
    crate::hooks::use_runs::use_runs(&state);
    use_animation(state.playing, dispatcher.clone());
    let on = use_handlers(dispatcher.clone());
    let watching = deck.watching();
    let step = &story.steps[deck.at];

    // Each step staged as it comes on screen, then played, held or shown at its end as the deck says.
    let staged = use_staging(&shown, &deck, dispatcher.clone(), tongue.lang());
    let at_end = staged && !state.recomputing() && !state.playing && state.cursor >= state.stop();
    use_played_out(at_end && deck.play == Play::Playing, deck.dispatcher());
    // A narration longer than its room, a box at a time: → and ← turn its pages ([`turn`]) before
    // they move through the story (a clicker cannot scroll).
    let narration_ref = use_node_ref();
    use_notes_window(&story.id, &deck, narration_ref.clone());
    let esc = use_window_events(deck.dispatcher(), root.clone());

    // The answer, read from the run on screen once the step has played to its end.
    let played = watching && at_end;
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

    // The score, once the story has been gone through: every question with the choice made and
    // the simulation's answer for its step.
    let answers = use_memo((story.id.clone(), deck.finished, deck.chosen.clone()), |(_, finished, chosen)| {
        let asked = story.steps.iter().zip(chosen).enumerate().filter(|(_, (s, _))| s.question.is_some());
        finished.then(|| asked.map(|(i, (s, c))| (i, *c, story::answer(s).ok().flatten())).collect::<Vec<_>>())
    });
    let score = (*answers).as_ref().map(|all| {
        let chosen = all.iter().filter(|(_, c, _)| c.is_some());
        (chosen.clone().filter(|(_, c, a)| c == a).count(), chosen.count())
    });
    let previous = use_score(shown.score_key(), score);

    // Esc: a clicker whose start button sends F5 and Esc in turn would leave with every second
    // press, and in full screen the browser takes the first Esc to leave full screen. So Esc in
    // full screen only leaves full screen; out of it, Esc says "Esc again leaves" and a second Esc
    // (no other key between) leaves. Leaving full screen by Esc counts as the first.
    let onkey = {
        let (deck_dispatch, onleave, choices, notes, esc, narration, root, black) = (deck.dispatcher(), props.onleave.clone(), question.map(|q| q.choices.clone()).unwrap_or_default(), shown.notes_address(tongue.lang()), esc.clone(), narration_ref.clone(), root.clone(), deck.black);
        Callback::from(move |c: Clicker| {
            let leave = c == Clicker::Leave && esc.borrow().armed;
            // Esc: the first (unless in full screen); any other key: Esc starts over.
            esc.borrow_mut().arm(&root, c == Clicker::Leave && !leave && !presenting::is_full_screen());
            // → and ← turn a long narration's pages first (→ on a black screen lights it).
            let turned = !black && matches!(c, Clicker::Next | Clicker::Prev) && turn(&narration, c == Clicker::Next);
            match c {
                _ if turned => {}
                Clicker::Next => deck_dispatch.dispatch(Move::Next),
                Clicker::Prev => deck_dispatch.dispatch(Move::Prev),
                Clicker::First => deck_dispatch.dispatch(Move::First),
                Clicker::Last => deck_dispatch.dispatch(Move::Last),
                Clicker::Black => deck_dispatch.dispatch(Move::Black),
                Clicker::Hold => deck_dispatch.dispatch(Move::Hold),
                Clicker::Replay => deck_dispatch.dispatch(Move::Replay),
                Clicker::Choice(n) => {
                    if let Some(&o) = choices.get(n) {
                        deck_dispatch.dispatch(Move::Choose(o));
                    }
                }
                Clicker::FullScreen => {
                    if presenting::is_full_screen() {
                        esc.borrow_mut().ours = true;
                        presenting::leave_full_screen();
                    } else {
                        esc.borrow_mut().full = true;
                        presenting::enter_full_screen();
                    }
                }
                Clicker::Notes => {
                    presenting::open_notes(&notes);
                }
                Clicker::Leave if leave => onleave.emit(()),
                // (Out of full screen, the first: said above.)
                Clicker::Leave => presenting::leave_full_screen(),
            }
        })
    };
    use_clicker(onkey.clone());

    // Costs and availability for the steps that show them.
    let (estimates, eco) = use_economics(&state.doc.scenario, &state.doc.pricing, state.recomputing());
    let updating = !estimates.current;
    let words = step_words(&tongue, step);
    // A question step's neutral title and set-up until it has played, then the rest (the answer).
    let (title, narration) = words.on_screen(played);
    let faulted = !state.doc.scenario.faults.is_empty();
    // A panel shows the figures of the platforms the step names, no others (`data-shown`).
    let only = state.doc.shown.iter().map(|k| k.id()).collect::<Vec<_>>().join(" ");
    let needs: Vec<(usize, hafen_core::Peak, Need)> = state.sides.iter().map(|s| (s.run.as_ref().map_or(1, |r| r.nodes.len()), s.peak, crate::diagram_parts::label_need(&tongue, s))).collect();
    let (zoom, needed) = match width {
        Some(w) if w < 700.0 => (1.0, Vec::new()),
        // (Its height as its width is measured: without the zoom a larger screen shows it at.)
        w => {
            let w = w.unwrap_or(1280.0);
            let rect = root.cast::<web_sys::Element>().map(|e| e.get_bounding_client_rect());
            fit_zoom(w, rect.filter(|r| r.width() > 0.0).map_or(720.0, |r| r.height() * w / r.width()), &needs)
        }
    };
    let figures = match (state.panel, eco.clone()) {
        (Panel::Costs, Some(eco)) => cost_panel(&tongue, &CostPanelProps { settings: state.doc.pricing.clone(), economics: eco, updating, onchange: on.costs.clone(), refusal: cost_refusal.clone() }),
        (Panel::Availability, Some(eco)) => html! {
            <AvailabilityPanel settings={state.doc.pricing.clone()} economics={eco} {updating} onchange={on.costs.clone()} doc={state.doc.scenario.clone()} sides={state.sides.clone()} onsituation={on.situation.clone()} />
        },
        (Panel::Costs | Panel::Availability, None) => html! { <p class="updating-note">{say!(tongue, "present-estimating")}</p> },
        (Panel::Advisor, _) => advisor_panel(&tongue, &AdvisorPanelProps { doc: state.doc.scenario.clone(), runs: estimates.latest.clone(), economics: eco.clone(), updating, costs: state.doc.pricing.clone(), onsituation: on.situation.clone(), ontraffic: on.traffic.clone(), refusal: advisor_refusal.clone() }),
        (Panel::Commands, _) => commands_panel(&tongue, &state.doc.scenario, &state.doc.shown, &hafen_core::commands::rows(&state.doc.scenario)),
        _ => {
            // Each platform at least as wide as its drawing needs (the width of a 0 px tall canvas:
            // the policy allows no inline style), the rest of the row shared evenly.
            let panels = state.sides.iter().enumerate().map(|(i, side)| {
                let panel = platform_panel(&tongue, &PlatformPanelProps { side: side.clone(), commands: Default::default(), cursor: state.cursor, selected: state.selected.clone(), faulted, spof: Vec::new(),
                    onselect: on.select.clone(), onpower: on.power.clone(), onseek: on.seek.clone(), ondragstart: Callback::noop(), brief: true, zoom });
                html! { <div class="present-side">{ panel }<canvas width={format!("{:.0}", needed.get(i).map_or(0.0, |w| w * zoom + SIDE_PAD + 2.0))} height="0" aria-hidden="true"></canvas></div> }
            });
            html! { <div class="present-sides">{ for panels }</div> }
        }
    };
    let stage = if state.panel == Panel::Platforms { figures } else { html! { <div class="present-panel" data-shown={only}>{ figures }</div> } };
    // The question card takes the width its words need beside the narration's (each choice a line
    // of its own, or two): both end about level.
    let balance = question.and_then(|q| {
        let card = match &detail {
            Some(d) if answer.is_some() => d.len() + 60,
            _ => words.question.len() + q.choices.iter().map(|&o| said_outcome(&tongue, o).len() + 30).sum::<usize>(),
        };
        let share = card * 100 / (card + narration.len()).max(1);
        (share >= 56).then_some("card-wide")
    });
    let card = question.filter(|_| !deck.finished).map(|q| {
        let prompt = AttrValue::from(words.question.to_string());
        let d = deck.dispatcher();
        let onchoose = Callback::from(move |o| d.dispatch(Move::Choose(o)));
        question_card(&tongue, &QuestionCardProps { prompt, choices: q.choices.clone(), chosen: deck.chosen[deck.at], answer, detail: detail.clone().unwrap_or_default().into(), onchoose })
    });
    let finish = score.map(|(right, asked)| {
        let before = previous.map(|(r, a)| say!(tongue, "present-last-time", right = r, asked = a));
        let rows = (*answers).iter().flatten().map(|&(i, chosen, answer)| {
            let said = |o: Option<story::Outcome>| o.map_or_else(|| say!(tongue, "present-score-none"), |o| said_outcome(&tongue, o).to_string());
            let mark = answer.filter(|_| chosen.is_some()).map(|a| if chosen == Some(a) { "right" } else { "wrong" });
            html! {
                <li class={classes!(mark)}>{step_words(&tongue, &story.steps[i]).question.to_string()}<br />{say!(tongue, "present-score-line", chosen = said(chosen), answer = said(answer))}</li>
            }
        });
        let restart = deck.dispatcher();
        html! {
            <section class="present-score" role="status">
                <h2>{say!(tongue, "present-the-end")}</h2>
                if asked > 0 {
                    <p>{say!(tongue, "present-score", right = right, asked = asked)}{before.map(|b| format!(" {b}")).unwrap_or_default()}</p>
                } else if story.steps.iter().any(|s| s.question.is_some()) {
                    <p>{say!(tongue, "present-no-answers")}</p>
                }
                if (*answers).as_ref().is_some_and(|a| !a.is_empty()) {
                    <ol class="present-answers">{ for rows }</ol>
                    <p class="note">{say!(tongue, "present-kept-here")}</p>
                }
                <p><button class="present-restart" onclick={Callback::from(move |_: MouseEvent| restart.dispatch(Move::Restart))}>{say!(tongue, "present-restart")}</button></p>
            </section>
        }
    });
    let press = |c: Clicker| onkey.reform(move |_: MouseEvent| c);
    let clock = format!("{} / {}", state.cursor.clock(), step.to.clock());
    let (hold, hold_title) = match deck.play {
        Play::Playing => ("‖", say!(tongue, "present-hold-title")),
        _ => ("▶", say!(tongue, "present-play-title")),
    };
    let play_state = match deck.play {
        Play::Held => "held",
        Play::Playing => "playing",
        Play::Done => "done",
    };
    html! {
        <div ref={root} class={classes!("presenter", deck.finished.then_some("finished"))} data-step={(deck.at + 1).to_string()} data-watching={watching.to_string()} data-played={played.to_string()} data-play={play_state}>
            <header class="present-head">
                if !deck.finished {
                    <h1 class={classes!("present-title", (title.chars().count() > 46).then_some("long"))}>{title.to_string()}</h1>
                    <p class="present-count" aria-label={say!(tongue, "present-step-of", step = deck.at + 1, steps = deck.len)}>{format!("{} / {}", deck.at + 1, deck.len)}</p>
                }
            </header>
            if let Some(finish) = finish { { finish } } else {
                <main class="present-stage">{ stage }</main>
                <section class={classes!("present-words", balance)}>
                    <div class="narration-box">
                        // Another step, or its answer: a new box, from its first page.
                        <p key={deck.at * 2 + usize::from(played)} ref={narration_ref} class={classes!("narration", (narration.len() > 360).then_some("long"))}>{ marked(&tongue, &glossary, &narration, &mut Vec::new()) }</p>
                    </div>
                    { card.unwrap_or_default() }
                </section>
            }
            <footer class="present-foot">
                <p class="present-story">{title_of(&tongue, &story).into_owned()}</p>
                <nav class="present-bar" aria-label={say!(tongue, "present-aria")}>
                    <button class="present-prev" onclick={press(Clicker::Prev)} title={say!(tongue, "present-back-title")}>{"←"}</button>
                    if !deck.finished && deck.plays[deck.at] && watching {
                        <button class="present-hold" onclick={press(Clicker::Hold)} title={hold_title}>{hold}</button>
                        <span class="present-clock">{clock}</span>
                    }
                    <button class="present-next" onclick={press(Clicker::Next)} title={say!(tongue, "present-next-title")}>{"→"}</button>
                    <button class="present-full" onclick={press(Clicker::FullScreen)} title={say!(tongue, "present-full-title")}>{say!(tongue, "present-full")}</button>
                    <button class="present-notes" onclick={press(Clicker::Notes)} title={say!(tongue, "present-notes-title")}>{say!(tongue, "present-notes")}</button>
                    <button class="present-leave" onclick={props.onleave.reform(|_| ())} title={say!(tongue, "present-leave-title")}>{"✕"}</button>
                </nav>
            </footer>
            <p class="toast present-esc" role="status">{say!(tongue, "present-esc-again")}</p>
            if deck.black { <div class="blackout" aria-label={say!(tongue, "present-blackout")}></div> }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram_layout::Layout;
    use crate::state::Side;
    use hafen_core::locale::Lang;
    use hafen_core::story::builtin;
    use hafen_core::text::Words;

    fn languages() -> Vec<Words> {
        let read = |lang: Lang| Words::read(lang, &std::fs::read_to_string(format!("{}/crates/hafen-core/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.tag())).expect("a catalog")).expect("reads");
        Lang::ALL.into_iter().map(read).collect()
    }

    /// Every diagram step of every built-in story, each platform's side as the presenter has it.
    fn steps() -> Vec<(String, Vec<Side>)> {
        let mut out = Vec::new();
        for id in builtin::IDS {
            let story = builtin::story(id).expect("a built-in story");
            for (i, step) in story.steps.iter().enumerate().filter(|(_, s)| s.panel == hafen_core::story::Panel::Diagrams) {
                let staged = step.staged();
                let sides = step.shown.iter().map(|&platform| {
                    let (scenario, _) = staged.on_platform(platform);
                    let run = hafen_core::simulate(&scenario).map_err(|e| e.said());
                    let entry = scenario.traffic.as_ref().and_then(|t| scenario.topology.service_index(&t.entry));
                    let peak = run.as_ref().map(hafen_core::Run::peak).unwrap_or_default();
                    Side { platform, scenario, run, consequences: Vec::new(), entry, peak }
                });
                out.push((format!("{id} {}", i + 1), sides.collect()));
            }
        }
        out
    }

    #[test]
    fn every_label_of_every_built_in_step_is_whole_at_18_px_from_1280_px_and_as_large_on_the_wall_at_1024() {
        for words in languages() {
            for (name, sides) in steps() {
                let needs: Vec<(usize, hafen_core::Peak, Need)> = sides.iter().map(|s| (s.run.as_ref().map_or(1, |r| r.nodes.len()), s.peak, crate::diagram_parts::label_need(&words, s))).collect();
                for (w, h) in [(1280.0, 720.0), (1024.0, 768.0)] {
                    let (zoom, needed) = fit_zoom(w, h, &needs);
                    let at = format!("{:?} {name} at {w} px", words.lang());
                    assert!(zoom >= least_zoom(w) - 1e-9, "{at}: zoom {zoom}");
                    // The row shared as the stylesheet shares it: each column as wide as its canvas,
                    // the rest evenly; each drawing measured in whole pixels.
                    let n = sides.len() as f64;
                    let basis: Vec<f64> = needed.iter().map(|l| (l * zoom + SIDE_PAD + 2.0).round()).collect();
                    let rest = (w - pad(w) - (n - 1.0) * GAP - basis.iter().sum::<f64>()) / n;
                    assert!(rest >= 0.0, "{at}: the row holds the columns");
                    for ((side, (nodes, _, need)), b) in sides.iter().zip(&needs).zip(&basis) {
                        let width = (b + rest - SIDE_PAD).floor() / zoom;
                        let lay = Layout::whole(width, *nodes, side.peak.per_node, need);
                        assert!(lay.node_w >= need.node_w - 1e-9 && lay.width >= need.across, "{at}, {:?}: {lay:?} for {need:?}", side.platform);
                    }
                }
            }
        }
    }
}
