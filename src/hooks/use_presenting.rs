//! The presenter's effects, one hook each: staging the step the deck names, telling the deck a
//! step played to its end, the link with the speaker's notes window, the address and full screen
//! (the window's `hashchange` and `fullscreenchange`), and the score kept between showings.

use crate::deck::{Deck, Move, Play};
use crate::presenting::{self, Channel, Presentation, Signal};
use crate::state::{Action, AppState, Panel, Staged};
use hafen_core::locale::Lang;
use hafen_core::story;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Space between two pages of a narration laid out as columns [px] (`styles/main.css`,
/// `.narration`'s `column-gap`).
const PAGE_GAP: f64 = 40.0;

/// A first Esc (or full screen left by one) waiting for the second, whether the presenter left
/// full screen itself (F), which is no Esc, and whether it is in full screen as far as it knows
/// (set when it asks, and by each `fullscreenchange`): the event of entering may come only after
/// full screen was left again (it is sent with the next frame), and must not count as leaving.
#[derive(Default)]
pub struct Esc {
    /// A first Esc waits for the second.
    pub armed: bool,
    /// Full screen is being left by the presenter itself (F).
    pub ours: bool,
    /// In full screen, as far as the presenter knows.
    pub full: bool,
}

impl Esc {
    /// A first Esc: "Esc again leaves" on screen (`data-esc`) until the next key; `false`: any
    /// other key, Esc starts over.
    pub fn arm(&mut self, root: &NodeRef, on: bool) {
        self.armed = on;
        if let Some(el) = root.cast::<web_sys::Element>() {
            let _ = if on { el.set_attribute("data-esc", "") } else { el.remove_attribute("data-esc") };
        }
    }
}

/// Turns the narration's page (its box's size, laid out side by side as columns) forward or back;
/// false at its first or last page: the key then moves through the story. Measured as the key
/// comes, so a box resized meanwhile turns to a whole page again.
pub fn turn(narration: &NodeRef, forward: bool) -> bool {
    let Some(el) = narration.cast::<web_sys::Element>() else { return false };
    let page = f64::from(el.client_width()) + PAGE_GAP;
    let from = el.scroll_left();
    let to = ((f64::from(from) / page).round() + if forward { 1.0 } else { -1.0 }) * page;
    el.set_scroll_left(to.round() as i32);
    // Beyond its last page the box scrolls no further (and before its first not at all).
    if (f64::from(el.scroll_left()) - to).abs() < page / 2.0 {
        return true;
    }
    el.set_scroll_left(from);
    false
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

/// Stages each step as it comes on screen (and again once its question is answered: it plays;
/// from its start when replayed), then plays, holds or shows it at its end as the deck says.
/// True once the page has staged the step the deck names: until then what is on screen is the
/// step before's and says nothing about this one.
#[hook]
pub fn use_staging(shown: &Rc<Presentation>, deck: &Deck, dispatcher: UseReducerDispatcher<AppState>, lang: Lang) -> bool {
    // The step, round and answer last staged.
    let cued = use_mut_ref(|| None::<(usize, u32, bool)>);
    let watching = deck.watching();
    {
        let (shown, cued) = (shown.clone(), cued.clone());
        use_effect_with((shown.story.id.clone(), deck.at, deck.round, watching, deck.play), move |&(_, at, round, watching, play)| {
            let s = &shown.story.steps[at];
            let before = cued.replace(Some((at, round, watching)));
            if before.map(|(a, _, w)| (a, w)) != Some((at, watching)) {
                let speed = presenting::step_speed(s);
                dispatcher.dispatch(Action::Present(Rc::new(Staged { scenario: s.staged(), shown: s.shown.clone(), panel: panel(s.panel), from: s.from, to: s.to, play: play == Play::Playing, speed })));
                crate::persist::replace_address(&shown.address(at, lang));
            } else if before != Some((at, round, watching)) {
                dispatcher.dispatch(Action::Seek(s.from));
            }
            dispatcher.dispatch(Action::SetPlaying(play == Play::Playing));
            if play == Play::Done {
                dispatcher.dispatch(Action::Seek(s.to));
            }
        });
    }
    let staged = *cued.borrow() == Some((deck.at, deck.round, watching));
    staged
}

/// Tells the deck when the stretch it plays has played to its end by itself (→ then goes on).
#[hook]
pub fn use_played_out(ended: bool, deck: UseReducerDispatcher<Deck>) {
    use_effect_with(ended, move |&ended| {
        if ended {
            deck.dispatch(Move::Ended);
        }
    });
}

/// The notes window: told where the presenter is (on every step, and when it asks); its buttons
/// and keys move the presenter (a long narration's pages first, [`turn`]; not while the screen is
/// black: → lights it). Leaving the presenter leaves full screen and tells the notes it has gone.
#[hook]
pub fn use_notes_window(story: &str, deck: &UseReducerHandle<Deck>, narration: NodeRef) {
    let now = use_mut_ref(|| Signal::Gone);
    *now.borrow_mut() = Signal::At(story.into(), deck.at, deck.black);
    {
        let (deck, now) = (deck.dispatcher(), now.clone());
        use_effect_with((), move |_| {
            let black = |now: &Signal| matches!(now, Signal::At(_, _, true));
            let channel = Channel::open(move |s| match s {
                Signal::Next if black(&now.borrow()) || !turn(&narration, true) => deck.dispatch(Move::Next),
                Signal::Prev if black(&now.borrow()) || !turn(&narration, false) => deck.dispatch(Move::Prev),
                Signal::Next | Signal::Prev => {}
                Signal::Where => presenting::announce(&now.borrow()),
                Signal::At(..) | Signal::Gone => {}
            });
            // Back to the app (by Esc or ✕): out of full screen; the notes window says the
            // presenter has gone (closed or reloaded, it stops answering the notes' questions).
            move || {
                presenting::leave_full_screen();
                drop(channel);
                presenting::announce(&Signal::Gone);
            }
        });
    }
    use_effect_with((story.to_string(), deck.at, deck.black), |(id, at, black)| presenting::announce(&Signal::At(id.clone(), *at, *black)));
}

/// The window's events: a step typed into the address (`#step=4`) is gone to; full screen left by
/// Esc (the browser takes that key itself) counts as the first Esc. Returns the Esc state the
/// presenter's keys share.
#[hook]
pub fn use_window_events(deck: UseReducerDispatcher<Deck>, root: NodeRef) -> Rc<RefCell<Esc>> {
    let esc = use_mut_ref(|| Esc { full: presenting::is_full_screen(), ..Esc::default() });
    {
        let esc = esc.clone();
        use_effect_with((), move |_| {
            let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                if let Some(n) = presenting::step_from_hash(&crate::persist::hash()) {
                    deck.dispatch(Move::To(n));
                }
            });
            let left = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                let mut e = esc.borrow_mut();
                if presenting::is_full_screen() {
                    e.full = true;
                } else if std::mem::take(&mut e.full) && !std::mem::take(&mut e.ours) {
                    e.arm(&root, true);
                }
            });
            crate::browser::listen_on_window(vec![("hashchange", listener), ("fullscreenchange", left)])
        });
    }
    esc
}

/// Keeps the score (right answers of those asked) once the story has been gone through, under
/// `key`; returns the one kept the time before, if any.
#[hook]
pub fn use_score(key: String, score: Option<(usize, usize)>) -> Option<(usize, usize)> {
    let previous = use_state(|| presenting::last_score(&key));
    use_effect_with(score, move |score| {
        if let Some((right, asked)) = *score {
            if asked > 0 {
                presenting::keep_score(&key, right, asked);
            }
        }
    });
    *previous
}
