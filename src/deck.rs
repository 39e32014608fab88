//! The presenter's own state: which step of the story is on screen, whether it plays, is held or
//! has played, the answers given to its questions, the blacked-out screen, the closing score. A
//! reducer of its own (the document's is [`crate::state::AppState`]): the clicker, the keyboard,
//! the notes window and the buttons all dispatch [`Move`]s to it.

use hafen_core::story::{Outcome, Story};
use std::rc::Rc;
use yew::Reducible;

/// A move through the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// → / PageDown / Space: show the answer's play if a question waits; a step playing (or held)
    /// is played to its end; else the next step, after the last the score. While the screen is
    /// black it only lights it again.
    Next,
    /// ← / PageUp: the step before (from the score: the last step).
    Prev,
    /// Home.
    First,
    /// End.
    Last,
    /// Step `n` (from the address or the notes window).
    To(usize),
    /// A choice for the question on screen; the step then plays.
    Choose(Outcome),
    /// B or `.`: black screen on or off.
    Black,
    /// K or F5 (a clicker's start button): hold a playing step, or let it play on; on a step that
    /// has played, play it again.
    Hold,
    /// R: play the step again from its start.
    Replay,
    /// The step reached the end of its stretch of time (the presenter says so).
    Ended,
    /// From the score: the story again from its first step, every answer cleared.
    Restart,
}

/// What the step on screen does with its stretch of simulated time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Play {
    /// Stands still before its end: held by the speaker, or its question waits for an answer.
    Held,
    /// Plays towards its end.
    Playing,
    /// Shows its end (a panel's step has nothing to play: it is there at once).
    Done,
}

/// Where the presentation is.
#[derive(Clone, Debug, PartialEq)]
pub struct Deck {
    /// Steps [count].
    pub len: usize,
    /// Which steps ask a question before they play.
    pub asks: Vec<bool>,
    /// Which steps play a stretch of time on the diagrams (the others show a panel of figures).
    pub plays: Vec<bool>,
    /// The step on screen (index).
    pub at: usize,
    /// What the step on screen does.
    pub play: Play,
    /// How many times a step has been played again (a replay starts it anew even where nothing
    /// else changed) [count].
    pub round: u32,
    /// Per step, the choice made.
    pub chosen: Vec<Option<Outcome>>,
    /// Per step, whether it was let play without a choice (the speaker went on).
    pub skipped: Vec<bool>,
    /// The screen is black.
    pub black: bool,
    /// After the last step: the score.
    pub finished: bool,
}

impl Deck {
    /// A deck at step `at` of `story` (the last step if `at` is beyond it).
    pub fn new(story: &Story, at: usize) -> Deck {
        let len = story.steps.len().max(1);
        let mut d = Deck {
            len,
            asks: (0..len).map(|i| story.steps.get(i).is_some_and(|s| s.question.is_some())).collect(),
            plays: (0..len).map(|i| story.steps.get(i).is_some_and(|s| s.panel == hafen_core::story::Panel::Diagrams)).collect(),
            at: at.min(len - 1),
            play: Play::Held,
            round: 0,
            chosen: vec![None; len],
            skipped: vec![false; len],
            black: false,
            finished: false,
        };
        d.arrive();
        d
    }

    /// The step on screen plays: it asks nothing, or its question was answered or passed over.
    pub fn watching(&self) -> bool {
        !self.asks[self.at] || self.chosen[self.at].is_some() || self.skipped[self.at]
    }

    /// The step on screen as it comes: a panel shown at once, a question waiting, else playing.
    fn arrive(&mut self) {
        self.play = match (self.plays[self.at], self.watching()) {
            (false, _) => Play::Done,
            (true, false) => Play::Held,
            (true, true) => Play::Playing,
        };
    }

    /// Goes to step `n` (from the score too).
    fn go(&mut self, n: usize) {
        (self.at, self.finished) = (n.min(self.len - 1), false);
        self.arrive();
    }

    /// The next state after `m`.
    pub fn after(&self, m: Move) -> Deck {
        let mut d = self.clone();
        let playable = !d.finished && d.watching() && d.plays[d.at];
        match m {
            Move::Black => d.black = !d.black,
            _ if d.black && m == Move::Next => d.black = false,
            Move::Next if d.finished => {}
            Move::Next if !d.watching() => {
                d.skipped[d.at] = true;
                d.arrive();
            }
            Move::Next if d.play != Play::Done => d.play = Play::Done,
            Move::Next if d.at + 1 < d.len => d.go(d.at + 1),
            Move::Next => d.finished = true,
            Move::Prev if d.finished => d.go(d.at),
            Move::Prev => d.go(d.at.saturating_sub(1)),
            Move::First => d.go(0),
            Move::Last => d.go(d.len - 1),
            Move::To(n) => d.go(n),
            Move::Choose(o) => {
                if !d.finished && d.asks[d.at] && !d.watching() {
                    d.chosen[d.at] = Some(o);
                    d.arrive();
                }
            }
            Move::Hold if playable => match d.play {
                Play::Playing => d.play = Play::Held,
                Play::Held => d.play = Play::Playing,
                Play::Done => (d.play, d.round) = (Play::Playing, d.round + 1),
            },
            Move::Replay if playable => (d.play, d.round) = (Play::Playing, d.round + 1),
            Move::Ended if d.play == Play::Playing => d.play = Play::Done,
            Move::Restart => {
                d.chosen.iter_mut().for_each(|c| *c = None);
                d.skipped.iter_mut().for_each(|s| *s = false);
                d.black = false;
                d.go(0);
            }
            Move::Hold | Move::Replay | Move::Ended => {}
        }
        d
    }
}

impl Reducible for Deck {
    type Action = Move;

    fn reduce(self: Rc<Self>, m: Move) -> Rc<Self> {
        let next = self.after(m);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hafen_core::story::builtin::story;

    #[test]
    fn a_clicker_walks_the_surprises_forward_and_back() {
        let s = story("surprises").unwrap();
        let mut d = Deck::new(&s, 0);
        assert!(d.asks[0] && !d.watching() && d.play == Play::Held, "the first surprise asks first");
        d = d.after(Move::Next);
        assert!(d.watching() && d.at == 0 && d.skipped[0] && d.play == Play::Playing, "next without an answer: it plays");
        d = d.after(Move::Next);
        assert_eq!((d.at, d.play), (0, Play::Done), "next while it plays: its end");
        d = d.after(Move::Next);
        assert_eq!(d.at, 1);
        d = d.after(Move::Choose(Outcome::HealedByItself));
        assert_eq!(d.chosen[1], Some(Outcome::HealedByItself));
        assert!(d.watching() && d.play == Play::Playing);
        assert_eq!(d.after(Move::Choose(Outcome::NotBack)).chosen[1], Some(Outcome::HealedByItself), "one answer per question");
        d = d.after(Move::Black);
        assert!(d.black);
        d = d.after(Move::Next);
        assert!(!d.black && d.at == 1 && d.play == Play::Playing, "next on black only lights the screen");
        d = d.after(Move::Ended).after(Move::Last).after(Move::Next).after(Move::Next).after(Move::Next);
        assert!(d.finished);
        assert_eq!(d.after(Move::Next), d);
        assert_eq!(d.after(Move::Hold), d, "nothing plays on the score");
        d = d.after(Move::Prev);
        assert!(!d.finished && d.at == s.steps.len() - 1);
        assert_eq!(d.after(Move::First).at, 0);
        assert_eq!(d.after(Move::To(99)).at, s.steps.len() - 1);
    }

    #[test]
    fn the_speaker_holds_replays_and_finishes_a_step() {
        let s = story("feastflow").unwrap();
        let mut d = Deck::new(&s, 3);
        assert!(!d.asks[3] && d.play == Play::Playing, "a step without a question plays when reached");
        d = d.after(Move::Hold);
        assert_eq!(d.play, Play::Held);
        assert_eq!(d.after(Move::Ended).play, Play::Held, "held: it has not ended");
        d = d.after(Move::Hold);
        assert_eq!(d.play, Play::Playing, "resumed");
        d = d.after(Move::Next);
        assert_eq!((d.at, d.play), (3, Play::Done), "→ while playing: to its end, not away");
        d = d.after(Move::Hold);
        assert_eq!((d.play, d.round), (Play::Playing, 1), "hold on a played step: again");
        d = d.after(Move::Ended);
        assert_eq!(d.play, Play::Done);
        d = d.after(Move::Replay);
        assert_eq!((d.at, d.play, d.round), (3, Play::Playing, 2));
        d = d.after(Move::Ended).after(Move::Next);
        assert_eq!((d.at, d.play), (4, Play::Held), "the next step asks first");
        assert_eq!(d.after(Move::Hold), d, "a question waiting is not played by hold");
        // A panel's step has nothing to play: → goes on at once.
        let last = s.steps.len() - 1;
        d = d.after(Move::To(last));
        assert!(!d.plays[last] && d.play == Play::Done);
        assert!(d.after(Move::Next).finished);
    }

    #[test]
    fn restart_clears_the_answers() {
        let s = story("surprises").unwrap();
        let mut d = Deck::new(&s, 0).after(Move::Choose(Outcome::NotBack)).after(Move::Last).after(Move::Next).after(Move::Next).after(Move::Next);
        assert!(d.finished && d.chosen[0].is_some());
        d = d.after(Move::Restart);
        assert!(!d.finished && d.at == 0 && d.chosen.iter().all(Option::is_none) && !d.watching());
    }
}
