//! The platforms' simulated runs as the page shows them.

use hafen_core::summary::{consequences, Consequence};
use hafen_core::{PlatformKind, Run, Scenario};
use hafen_core::text::message::Message;
use std::rc::Rc;

/// One platform's scenario and what the engine made of it.
#[derive(Debug, PartialEq)]
pub struct Side {
    /// The platform.
    pub platform: PlatformKind,
    /// The scenario simulated (the document on this platform).
    pub scenario: Scenario,
    /// The run, or why the scenario was refused.
    pub run: Result<Run, Message>,
    /// Per service, what happened, in words.
    pub consequences: Vec<Consequence>,
    /// Index of the traffic entry service.
    pub entry: Option<usize>,
    /// The most the diagram has to hold at any moment of the run: it keeps one layout throughout.
    pub peak: hafen_core::Peak,
}

impl Side {
    /// The side of `platform` once `scenario` has run to its end as `run` (or was refused).
    pub fn of_run(platform: PlatformKind, scenario: Scenario, run: Result<Run, Message>) -> Shared<Side> {
        // The first paint shows none: its build leaves them out (their code and their time).
        let consequences = if cfg!(feature = "paint") { Vec::new() } else { run.as_ref().map(|r| consequences(&scenario, r)).unwrap_or_default() };
        let entry = scenario.traffic.as_ref().and_then(|t| scenario.topology.service_index(&t.entry));
        let peak = run.as_ref().map(hafen_core::Run::peak).unwrap_or_default();
        Shared(Rc::new(Side { platform, scenario, run, consequences, entry, peak }))
    }

    /// The side of `platform` with `scenario` simulated at once.
    pub fn simulated(platform: PlatformKind, scenario: Scenario) -> Shared<Side> {
        let run = hafen_core::simulate(&scenario).map_err(|e| e.said());
        Side::of_run(platform, scenario, run)
    }
}

/// The runs the sides must become ([`AppState::runs_needed`]).
#[derive(Debug)]
pub struct Needed {
    /// The change they stand for ([`Action::Simulated`] carries it back).
    pub wanted: u64,
    /// Per platform shown, in order: the side already made, or the scenario still to run.
    pub sides: Vec<Result<Shared<Side>, (PlatformKind, Scenario)>>,
}

/// An `Rc` whose equality is identity: cheap props comparison for large derived data.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
