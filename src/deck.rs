//! The presenter's own state: which step of the story is on screen, the answers given to its
//! questions, the blacked-out screen, the closing score. A reducer of its own (the document's is
//! [`crate::state::AppState`]): the clicker, the keyboard, the notes window and the buttons all
//! dispatch [`Move`]s to it.

use hafen_core::story::{Outcome, Story};
use std::rc::Rc;
use yew::Reducible;

/// A move through the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// → / PageDown / Space: show the answer's play if a question waits, else the next step, after
    /// the last the score. While the screen is black it only lights it again.
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
}

/// Where the presentation is.
#[derive(Clone, Debug, PartialEq)]
pub struct Deck {
    /// Steps [count].
    pub len: usize,
    /// Which steps ask a question before they play.
    pub asks: Vec<bool>,
    /// The step on screen (index).
    pub at: usize,
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
        Deck {
            len,
            asks: story.steps.iter().map(|s| s.question.is_some()).collect(),
            at: at.min(len - 1),
            chosen: vec![None; len],
            skipped: vec![false; len],
            black: false,
            finished: false,
        }
    }

    /// The step on screen plays: it asks nothing, or its question was answered or passed over.
    pub fn watching(&self) -> bool {
        !self.asks.get(self.at).copied().unwrap_or(false) || self.chosen[self.at].is_some() || self.skipped[self.at]
    }

    /// The next state after `m`.
    pub fn after(&self, m: Move) -> Deck {
        let mut d = self.clone();
        match m {
            Move::Black => d.black = !d.black,
            _ if d.black && m == Move::Next => d.black = false,
            Move::Next if d.finished => {}
            Move::Next if !d.watching() => d.skipped[d.at] = true,
            Move::Next if d.at + 1 < d.len => d.at += 1,
            Move::Next => d.finished = true,
            Move::Prev if d.finished => d.finished = false,
            Move::Prev => d.at = d.at.saturating_sub(1),
            Move::First => (d.at, d.finished) = (0, false),
            Move::Last => (d.at, d.finished) = (d.len - 1, false),
            Move::To(n) => (d.at, d.finished) = (n.min(d.len - 1), false),
            Move::Choose(o) => {
                if d.asks[d.at] && d.chosen[d.at].is_none() && !d.skipped[d.at] {
                    d.chosen[d.at] = Some(o);
                }
            }
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
        assert!(d.asks[0] && !d.watching(), "the first surprise asks first");
        d = d.after(Move::Next);
        assert!(d.watching() && d.at == 0 && d.skipped[0], "next without an answer: it plays");
        d = d.after(Move::Next);
        assert_eq!(d.at, 1);
        d = d.after(Move::Choose(Outcome::HealedByItself));
        assert_eq!(d.chosen[1], Some(Outcome::HealedByItself));
        assert!(d.watching());
        assert_eq!(d.after(Move::Choose(Outcome::NotBack)).chosen[1], Some(Outcome::HealedByItself), "one answer per question");
        d = d.after(Move::Black);
        assert!(d.black);
        d = d.after(Move::Next);
        assert!(!d.black && d.at == 1, "next on black only lights the screen");
        d = d.after(Move::Last).after(Move::Next).after(Move::Next);
        assert!(d.finished);
        assert_eq!(d.after(Move::Next), d);
        d = d.after(Move::Prev);
        assert!(!d.finished && d.at == s.steps.len() - 1);
        assert_eq!(d.after(Move::First).at, 0);
        assert_eq!(d.after(Move::To(99)).at, s.steps.len() - 1);
    }
}
