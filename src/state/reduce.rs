//! The one reducer: every change to the page is an [`Action`].

use hafen_core::edit::Edit;
use hafen_core::{PlatformKind, SimDuration, SimTime};
use std::rc::Rc;
use super::*;
use yew::Reducible;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The power button is a kill or a restore, whichever the node's state at the cursor calls for.
        let action = match action {
            Action::Power(node) => Action::Fault(self.power_fault(node)),
            // The runs arriving are no action of the user's: a refusal or an offer stays shown.
            Action::Simulated(wanted, sides, all) => {
                if wanted != self.runs_wanted {
                    return self;
                }
                let mut next = (*self).clone();
                if all {
                    return Rc::new(next.with_runs(Rc::unwrap_or_clone(sides)));
                }
                next.sides = Rc::unwrap_or_clone(sides);
                return Rc::new(next);
            }
            other => other,
        };
        let mut next = (*self).clone();
        next.refusal = None;
        // The undo offer for a removal lasts until the document changes again or it is dismissed.
        if matches!(action, Action::Undo | Action::Redo | Action::Fault(_) | Action::LoadPreset(_) | Action::Dismiss | Action::Open(_)) {
            next.removed = None;
        }
        // A notice about where the document came from is out of date once it changes.
        if matches!(action, Action::Edit(_) | Action::Fault(_) | Action::LoadPreset(_) | Action::Open(_) | Action::Undo | Action::Redo) {
            next.notice = None;
        }
        let next = match action {
            Action::Edit(edit) => match self.edited(&edit) {
                Ok(doc) => {
                    next.removed = match &edit {
                        Edit::RemoveService(s) => Some(s.clone()),
                        Edit::RemoveNode(n) => Some(n.clone()),
                        _ => None,
                    };
                    next.with_doc(doc)
                }
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Fault(f) => match self.edited(&Edit::AddFault(f.at(self.cursor))) {
                Ok(doc) => next.with_doc(doc),
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Undo => match Rc::make_mut(&mut next.history).past.pop() {
                Some(prev) => {
                    let back = next.step_back(prev);
                    Rc::make_mut(&mut next.history).future.push(back);
                    next.rerun()
                }
                None => return self,
            },
            Action::Redo => match Rc::make_mut(&mut next.history).future.pop() {
                Some(step) => {
                    let back = next.step_back(step);
                    Rc::make_mut(&mut next.history).past.push(back);
                    next.rerun()
                }
                None => return self,
            },
            Action::LoadPreset(id) => match preset(&id) {
                Ok(doc) => {
                    next.preset = id;
                    next.cursor = DEFAULT_FAULT_TIME;
                    next.selected = None;
                    next.with_doc((doc, None))
                }
                Err(why) => {
                    next.refusal = Some(why);
                    next
                }
            },
            Action::Show(kind, on) => {
                let mut shown: Vec<PlatformKind> = PlatformKind::ALL.into_iter().filter(|k| if *k == kind { on } else { self.doc.shown.contains(k) }).collect();
                if shown.len() < MIN_SHOWN {
                    next.refusal = Some(hafen_core::message!("refused-show-two"));
                    shown = self.doc.shown.clone();
                }
                if shown == self.doc.shown {
                    next.doc.shown = shown;
                    return Rc::new(next);
                }
                // Hidden: the other platforms keep their runs (their scenarios are as they were).
                if !self.recomputing() && shown.iter().all(|k| self.doc.shown.contains(k)) {
                    next.sides.retain(|s| shown.contains(&s.platform));
                    next.doc.shown = shown;
                    next.keep_within_runs();
                    return Rc::new(next);
                }
                next.doc.shown = shown;
                next.rerun()
            }
            Action::Seek(t) => {
                // Within the runs; while they are being made, within the document's duration (and
                // within the new runs once they come).
                let t = if self.recomputing() { t.min(SimTime::ZERO.plus(self.doc.scenario.duration)) } else { t.min(self.end()) };
                if t == self.cursor && self.refusal.is_none() {
                    return self;
                }
                next.cursor = t;
                next
            }
            Action::Frame(ts) => {
                // Time waits for the runs of a changed document.
                if !self.playing || self.recomputing() {
                    return self;
                }
                // A hidden tab or a long frame must not make time jump.
                let dt = self.last_frame.map_or(0.0, |last| (ts - last).clamp(0.0, 100.0));
                next.last_frame = Some(ts);
                let advance = (dt * self.speed.factor()).round() as u64;
                let stop = self.stop();
                next.cursor = self.cursor.plus(SimDuration(advance)).min(stop);
                if next.cursor >= stop {
                    if self.looping && self.loop_from < self.end() {
                        next.cursor = self.loop_from;
                    } else {
                        next.playing = false;
                        next.last_frame = None;
                    }
                }
                next
            }
            Action::SetPlaying(on) => {
                if on == self.playing {
                    return self;
                }
                return self.reduce(Action::TogglePlay);
            }
            Action::TogglePlay => {
                next.playing = !self.playing;
                next.last_frame = None;
                // (While the runs are made, where they stop is not known yet: time waits for them.)
                if next.playing && !self.recomputing() && self.cursor >= self.stop() {
                    next.cursor = if self.looping || self.stop_at.is_some() { self.loop_from.min(self.end()) } else { SimTime::ZERO };
                }
                next
            }
            Action::SetSpeed(s) => {
                next.speed = s;
                next
            }
            // The moments are the runs': they wait for them.
            Action::NextEvent | Action::PrevEvent if self.recomputing() => return self,
            Action::NextEvent => match self.event_times().into_iter().find(|&t| t > self.cursor) {
                Some(t) => {
                    next.cursor = t;
                    next
                }
                None => return self,
            },
            Action::PrevEvent => match self.event_times().into_iter().rev().find(|&t| t < self.cursor) {
                Some(t) => {
                    next.cursor = t;
                    next
                }
                None => {
                    next.cursor = SimTime::ZERO;
                    next
                }
            },
            Action::SetCosts(c) => {
                if c == self.doc.pricing {
                    return self;
                }
                next.doc.pricing = c;
                next
            }
            Action::Power(_) => return self,
            Action::Open(doc) => {
                next.preset = String::new();
                next.cursor = DEFAULT_FAULT_TIME;
                next.selected = None;
                next.with_step(Doc::of(Rc::unwrap_or_clone(doc)), true)
            }
            Action::Present(staged) => {
                let staged = Rc::unwrap_or_clone(staged);
                next.doc = Doc { scenario: Shared(Rc::new(staged.scenario)), story: None, shown: staged.shown, ..next.doc };
                next.preset = String::new();
                next.history = Rc::default();
                next.selected = None;
                next.notice = None;
                next.panel = staged.panel;
                // The cursor is kept within the new runs once they come (`AppState::with_runs`).
                next.cursor = staged.from;
                let mut next = next.rerun();
                next.loop_from = next.cursor;
                next.stop_at = Some(staged.to);
                next.looping = false;
                next.playing = staged.play;
                next.speed = staged.speed;
                next.last_frame = None;
                next
            }
            Action::Simulated(..) => return self,
            Action::Notify(n) => {
                if n == self.notice {
                    return self;
                }
                next.notice = n;
                next
            }
            Action::Dismiss => {
                if self.removed.is_none() {
                    return self;
                }
                next
            }
            Action::ShowPanel(p) => {
                if p == self.panel {
                    return self;
                }
                next.panel = p;
                next
            }
            Action::Select(sel) => {
                if sel == self.selected && self.refusal.is_none() {
                    return self;
                }
                next.selected = sel;
                next
            }
        };
        Rc::new(next)
    }
}
