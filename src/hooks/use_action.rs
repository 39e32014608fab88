//! The app's action callbacks, made once per reducer: they stay the same objects from render to
//! render, so a component that receives one is not redrawn just because its parent was (Yew
//! compares callbacks by identity). During playback only what follows the cursor is redrawn.

use crate::state::{Action, AppState, Pricing, Panel, Selection, Speed};
use hafen_core::edit::{Edit, PaletteItem};
use hafen_core::scenario::Situation;
use hafen_core::{Fault, PlatformKind, SimDuration, SimTime};
use std::rc::Rc;
use yew::prelude::*;

/// Every callback the page hands to its components.
#[allow(missing_docs)]
pub struct Handlers {
    pub select: Callback<Selection>,
    pub power: Callback<String>,
    pub seek: Callback<SimTime>,
    pub fault: Callback<Fault>,
    pub edit: Callback<Edit>,
    pub situation: Callback<Situation>,
    pub costs: Callback<Pricing>,
    pub preset: Callback<String>,
    pub show: Callback<(PlatformKind, bool)>,
    pub zones: Callback<u32>,
    pub operator: Callback<SimDuration>,
    pub undo: Callback<()>,
    pub redo: Callback<()>,
    pub clear: Callback<()>,
    pub add: Callback<PaletteItem>,
    pub add_node: Callback<()>,
    pub toggle: Callback<()>,
    pub speed: Callback<Speed>,
    pub next: Callback<()>,
    pub prev: Callback<()>,
    pub traffic: Callback<u64>,
    pub panel: Callback<Panel>,
    pub deselect: Callback<()>,
    pub dismiss: Callback<()>,
    pub dismiss_notice: Callback<()>,
    pub fresh: Callback<()>,
}

/// A callback dispatching `f(input)`.
fn to<IN: 'static>(d: &UseReducerDispatcher<AppState>, f: fn(IN) -> Action) -> Callback<IN> {
    let d = d.clone();
    Callback::from(move |x| d.dispatch(f(x)))
}

/// The page's callbacks, created once.
#[hook]
pub fn use_handlers(dispatcher: UseReducerDispatcher<AppState>) -> Rc<Handlers> {
    use_memo(dispatcher, |d| {
        let unit = |a: fn(()) -> Action| to(d, a);
        Handlers {
            select: to(d, |s| Action::Select(Some(s))),
            power: to(d, Action::Power),
            seek: to(d, Action::Seek),
            fault: to(d, Action::Fault),
            edit: to(d, Action::Edit),
            situation: to(d, |s| Action::Edit(Edit::SetSituation(s))),
            costs: to(d, Action::SetCosts),
            preset: to(d, Action::LoadPreset),
            show: to(d, |(k, on)| Action::Show(k, on)),
            zones: to(d, |z| Action::Edit(Edit::SetZones(z))),
            operator: to(d, |o| Action::Edit(Edit::SetOperator(o))),
            undo: unit(|_| Action::Undo),
            redo: unit(|_| Action::Redo),
            clear: unit(|_| Action::Edit(Edit::ClearFaults)),
            add: to(d, |i| Action::Edit(Edit::AddService(i, None))),
            add_node: unit(|_| Action::Edit(Edit::AddNode)),
            toggle: unit(|_| Action::TogglePlay),
            speed: to(d, Action::SetSpeed),
            next: unit(|_| Action::NextEvent),
            prev: unit(|_| Action::PrevEvent),
            traffic: to(d, |r| Action::Edit(Edit::SetTraffic(r))),
            panel: to(d, Action::ShowPanel),
            deselect: unit(|_| Action::Select(None)),
            dismiss: unit(|_| Action::Dismiss),
            dismiss_notice: unit(|_| Action::Notify(None)),
            fresh: unit(|_| Action::LoadPreset("feastflow".into())),
        }
    })
}
