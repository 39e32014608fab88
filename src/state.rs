//! The document and its reducer: every change is a named [`Action`].

use hafen_core::presets::builtin;
use hafen_core::summary::{consequences, Consequence};
use hafen_core::{Fault, FaultKind, NodeRef, OperatorPreset, PlatformKind, RestartPolicy, Run, Scenario, SimDuration, SimTime};
use std::rc::Rc;
use yew::Reducible;

/// When the first fault happens unless the user moved the time cursor [ms].
pub const DEFAULT_FAULT_TIME: SimTime = SimTime(10_000);

/// How long the run goes on after the last fault and the operator's reaction [ms].
pub const RUN_TAIL: SimDuration = SimDuration::from_mins(30);

/// The platforms shown side by side, left to right.
pub const SIDES: [PlatformKind; 2] = [PlatformKind::Compose, PlatformKind::Kubernetes];

/// What the user has set up: settings, injected faults and the time cursor.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Time until a human operator acts.
    pub operator: OperatorPreset,
    /// `restart:` of every service in the compose file (Docker's default is `no`).
    pub compose_restart: RestartPolicy,
    /// Faults injected, per platform.
    pub faults: Vec<(PlatformKind, Fault)>,
    /// The moment the diagrams show; new faults happen here.
    pub cursor: SimTime,
    /// The application being shown: the FeastFlow preset file, parsed (or why it could not be).
    pub base: Shared<Result<Scenario, String>>,
    /// The simulation of each side for the current settings, in [`SIDES`] order.
    pub sides: Vec<Shared<Side>>,
}

/// One platform's scenario and what the engine made of it.
#[derive(Debug, PartialEq)]
pub struct Side {
    /// The platform.
    pub platform: PlatformKind,
    /// The scenario simulated, if the preset could be read.
    pub scenario: Option<Scenario>,
    /// The run, or why the scenario was refused.
    pub run: Result<Run, String>,
    /// Per service, what happened, in words.
    pub consequences: Vec<Consequence>,
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

/// Every change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Kill a node (or the Compose host) at the cursor.
    KillNode {
        /// Which side.
        platform: PlatformKind,
        /// Node name.
        node: String,
    },
    /// Crash one replica of a service at the cursor.
    Crash {
        /// Which side.
        platform: PlatformKind,
        /// Service name.
        service: String,
    },
    /// Choose the operator reaction preset.
    SetOperator(OperatorPreset),
    /// Choose the compose file's restart policy.
    SetComposeRestart(RestartPolicy),
    /// Move the time cursor [ms].
    SetCursor(SimTime),
    /// Remove every fault and go back to the start.
    Reset,
}

impl Default for AppState {
    fn default() -> Self {
        let mut s = AppState {
            operator: OperatorPreset::OnCall,
            compose_restart: RestartPolicy::No,
            faults: Vec::new(),
            cursor: DEFAULT_FAULT_TIME,
            base: Shared(Rc::new(builtin("feastflow").map_err(|e| format!("the FeastFlow preset could not be read: {e}")))),
            sides: Vec::new(),
        };
        s.sides = s.simulate_all();
        s
    }
}

impl AppState {
    /// The scenario of one side under the current settings.
    pub fn scenario(&self, platform: PlatformKind) -> Result<Scenario, String> {
        let base = (*self.base).as_ref().map_err(Clone::clone)?;
        let (mut sc, _) = base.on_platform(platform);
        sc.timings.operator_reaction = self.operator.reaction();
        if platform == PlatformKind::Compose {
            for s in &mut sc.topology.services {
                s.restart = self.compose_restart;
            }
        }
        sc.faults = self.faults.iter().filter(|(p, _)| *p == platform).map(|(_, f)| f.clone()).collect();
        let last = sc.faults.iter().map(|f| f.at).max().unwrap_or(SimTime::ZERO);
        let needed = last.plus(self.operator.reaction()).plus(RUN_TAIL).since(SimTime::ZERO);
        sc.duration = needed.max(sc.duration);
        Ok(sc)
    }

    fn simulate_all(&self) -> Vec<Shared<Side>> {
        SIDES
            .iter()
            .map(|&platform| {
                let scenario = self.scenario(platform);
                let run = scenario.as_ref().map_err(Clone::clone).and_then(|sc| hafen_core::simulate(sc).map_err(|e| e.to_string()));
                let consequences = match (&scenario, &run) {
                    (Ok(sc), Ok(r)) => consequences(sc, r),
                    _ => Vec::new(),
                };
                Shared(Rc::new(Side { platform, scenario: scenario.ok(), run, consequences }))
            })
            .collect()
    }

    /// The simulated side of `platform`, if shown.
    pub fn side(&self, platform: PlatformKind) -> Option<&Shared<Side>> {
        self.sides.iter().find(|s| s.platform == platform)
    }

    /// Faults of one side, in the order they were added.
    pub fn faults_of(&self, platform: PlatformKind) -> impl Iterator<Item = &Fault> {
        self.faults.iter().filter(move |(p, _)| *p == platform).map(|(_, f)| f)
    }

    /// End of the longest run [ms].
    pub fn end(&self) -> SimTime {
        self.sides.iter().filter_map(|s| s.run.as_ref().ok()).map(|r| r.end).max().unwrap_or(SimTime::ZERO)
    }

    fn with_runs(mut self) -> Self {
        self.sides = self.simulate_all();
        self.cursor = self.cursor.min(self.end());
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::KillNode { platform, node } => {
                next.faults.push((platform, Fault { at: next.cursor, kind: FaultKind::KillNode(NodeRef::Named(node)) }));
                next = next.with_runs();
            }
            Action::Crash { platform, service } => {
                next.faults.push((platform, Fault { at: next.cursor, kind: FaultKind::Crash(service) }));
                next = next.with_runs();
            }
            Action::SetOperator(p) if p != self.operator => {
                next.operator = p;
                next = next.with_runs();
            }
            Action::SetComposeRestart(r) if r != self.compose_restart => {
                next.compose_restart = r;
                next = next.with_runs();
            }
            Action::SetCursor(t) => {
                let t = t.min(next.end());
                if t == self.cursor {
                    return self;
                }
                next.cursor = t;
            }
            Action::Reset => return Rc::new(AppState::default()),
            Action::SetOperator(_) | Action::SetComposeRestart(_) => return self,
        }
        Rc::new(next)
    }
}
