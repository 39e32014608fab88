//! The decision: Docker Compose, Docker Swarm or Kubernetes for a team's situation, from the
//! migration triggers of the design documents (prices.md; the Norwegian Kubernetes assessment).
//!
//! The inputs describe the team's situation (the document's `situation:` — what runs today, the
//! team, the deploys, the uptime target, hard requirements) and the application (its peak traffic,
//! its containers on today's platform), never the cluster drawn for comparison.

use crate::scenario::{Scenario, Situation};
use crate::time::SimDuration;
use crate::topology::PlatformKind;

/// A Compose deploy stops the container: about 1–2 minutes of downtime each (the documents' figure:
/// "Kan tolerere 1-2 min downtime ved deploy"); the middle is used [min].
pub const DEPLOY_DOWNTIME_MINUTES: f64 = 1.5;

/// Everything the advisor weighs, as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The team's situation (editable in the app, `situation:` in a file).
    pub situation: Situation,
    /// Highest traffic of the scenario [requests/s].
    pub rps: u64,
    /// Containers on today's platform [count].
    pub containers: u32,
    /// Services that run on Compose today with Docker's default `restart: no`.
    pub restart_no: Vec<String>,
}

impl Inputs {
    /// The inputs for a scenario.
    pub fn of(sc: &Scenario) -> Self {
        let today = sc.situation.today;
        let restart_no = if today == PlatformKind::Compose {
            sc.topology.services.iter().filter(|s| s.replicas_on(today) > 0 && !s.restart.restarts_after_crash()).map(|s| s.name.clone()).collect()
        } else {
            Vec::new()
        };
        Inputs {
            situation: sc.situation.clone(),
            rps: sc.peak_rps(),
            containers: sc.topology.services.iter().map(|s| s.replicas_on(today)).sum(),
            restart_no,
        }
    }
}

/// A migration trigger of the design documents (prices.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerKind {
    /// Stay on Compose: a team smaller than 3.
    TeamUnder3,
    /// Stay on Compose: under 100 requests/s.
    Under100Rps,
    /// Stay on Compose: 1–2 machines.
    OneOrTwoMachines,
    /// Stay on Compose: 1–2 min of downtime per deploy tolerated.
    DeployDowntimeTolerated,
    /// Consider Kubernetes: a team larger than 3.
    TeamOver3,
    /// Consider Kubernetes: over 1000 requests/s.
    Over1000Rps,
    /// Consider Kubernetes: over 5 machines.
    Over5Machines,
    /// Consider Kubernetes: over 20 containers.
    Over20Containers,
    /// Consider Kubernetes: over 10 deploys a day.
    Over10Deploys,
    /// Consider Kubernetes: a 99.9 % SLA or stricter.
    Sla999,
    /// Consider Kubernetes: zero-downtime deploys are business-critical.
    ZeroDowntimeDeploys,
}

/// The figure a trigger was checked against.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// Team size [people].
    Team(u32),
    /// Peak traffic [requests/s].
    PeakRps(u64),
    /// Machines on today's platform [count].
    Machines(u32, PlatformKind),
    /// Containers on today's platform [count].
    Containers(u32, PlatformKind),
    /// Deploys a day [count].
    DeploysPerDay(u32),
    /// Uptime target [%].
    UptimeTarget(f64),
    /// Deploy downtime a month (deploys a day × 30 × [`DEPLOY_DOWNTIME_MINUTES`]) against the
    /// error budget of the uptime target over 30 days [min].
    DeployDowntime {
        /// Deploy downtime a month [min].
        month: f64,
        /// Deploys a day [count].
        per_day: u32,
        /// Error budget a month [min].
        budget: f64,
    },
    /// Whether zero-downtime deploys are business-critical.
    ZeroDowntime(bool),
}

/// One trigger and whether the situation meets it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trigger {
    /// Which trigger.
    pub kind: TriggerKind,
    /// Whether it is met.
    pub met: bool,
    /// The figure it was checked against.
    pub figure: Figure,
}

/// Why the recommendation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Machines must be added and removed automatically: only Kubernetes does that by itself.
    NodeAutoscaling,
    /// A Kubernetes trigger is crossed.
    Crossed(Trigger),
    /// Every "stay on Compose" condition holds and no Kubernetes trigger is met.
    AllHold,
    /// You do not need Kubernetes yet.
    NotYet,
    /// A "stay on Compose" condition no longer holds.
    Outgrown(Trigger),
    /// A Kubernetes trigger is crossed, but only one.
    OnlyOneCrossed(Trigger),
    /// Swarm: several machines and rescheduling with the same compose files.
    SwarmMiddleWay,
}

/// Worth doing whatever the platform.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// These services run with `restart: no`, Docker's default: a crash waits for the operator
    /// (reaction [ms]); `unless-stopped` restarts after the restart manager's first delay [ms].
    RestartNo {
        /// The services.
        services: Vec<String>,
        /// Operator reaction [ms].
        operator: SimDuration,
        /// Docker's first restart delay [ms].
        restart_delay: SimDuration,
    },
}

/// A step of the migration path (what changes is said by the text layer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// From.
    pub from: PlatformKind,
    /// To.
    pub to: PlatformKind,
}

/// The advice.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    /// What it was computed from.
    pub inputs: Inputs,
    /// What fits now.
    pub recommendation: PlatformKind,
    /// Why.
    pub reasons: Vec<Reason>,
    /// Worth doing whatever the platform (e.g. a restart policy on Compose).
    pub notes: Vec<Note>,
    /// "Stay on Compose below" triggers (met = still true).
    pub stay: Vec<Trigger>,
    /// "Consider Kubernetes above" triggers (met = crossed).
    pub move_on: Vec<Trigger>,
    /// The path from today's platform onwards.
    pub path: Vec<Step>,
}

/// Advice for the scenario's situation.
pub fn advise(sc: &Scenario) -> Advice {
    advise_inputs(Inputs::of(sc), sc.timings.operator_reaction, sc.timings.docker_restart_initial)
}

/// Advice for `inputs` (prices.md, "migration triggers": stay below a team of 3, 100 req/s, 1–2
/// nodes, with 1–2 min of deploy downtime tolerated; consider Kubernetes above a team of 3,
/// 1000 req/s, 5 nodes, 20 containers, 10 deploys a day, a 99.9 % SLA, or when zero-downtime deploys
/// are business-critical). A requirement only Kubernetes meets (machines added and removed
/// automatically, as AIMA's GPU orchestrator needs) decides on its own.
pub fn advise_inputs(inputs: Inputs, operator: SimDuration, docker_restart: SimDuration) -> Advice {
    let s = &inputs.situation;
    let month = f64::from(s.deploys_per_day) * 30.0 * DEPLOY_DOWNTIME_MINUTES;
    let budget = (1.0 - s.uptime_percent() / 100.0).max(0.0) * 30.0 * 24.0 * 60.0;
    let t = |kind, met, figure| Trigger { kind, met, figure };
    let machines = Figure::Machines(s.machines, s.today);
    let stay = vec![
        t(TriggerKind::TeamUnder3, s.team < 3, Figure::Team(s.team)),
        t(TriggerKind::Under100Rps, inputs.rps < 100, Figure::PeakRps(inputs.rps)),
        t(TriggerKind::OneOrTwoMachines, s.machines <= 2, machines),
        t(
            TriggerKind::DeployDowntimeTolerated,
            !s.zero_downtime_deploys && month <= budget,
            if s.zero_downtime_deploys { Figure::ZeroDowntime(true) } else { Figure::DeployDowntime { month, per_day: s.deploys_per_day, budget } },
        ),
    ];
    let move_on = vec![
        t(TriggerKind::TeamOver3, s.team > 3, Figure::Team(s.team)),
        t(TriggerKind::Over1000Rps, inputs.rps > 1_000, Figure::PeakRps(inputs.rps)),
        t(TriggerKind::Over5Machines, s.machines > 5, machines),
        t(TriggerKind::Over20Containers, inputs.containers > 20, Figure::Containers(inputs.containers, s.today)),
        t(TriggerKind::Over10Deploys, s.deploys_per_day > 10, Figure::DeploysPerDay(s.deploys_per_day)),
        t(TriggerKind::Sla999, s.uptime_target >= 99_900, Figure::UptimeTarget(s.uptime_percent())),
        t(TriggerKind::ZeroDowntimeDeploys, s.zero_downtime_deploys, Figure::ZeroDowntime(s.zero_downtime_deploys)),
    ];
    let crossed = move_on.iter().filter(|t| t.met).copied();
    let holding = stay.iter().filter(|t| !t.met).copied();
    let (recommendation, reasons) = if s.node_autoscaling {
        (PlatformKind::Kubernetes, std::iter::once(Reason::NodeAutoscaling).chain(crossed.map(Reason::Crossed)).collect())
    } else if crossed.clone().count() >= 2 {
        (PlatformKind::Kubernetes, crossed.map(Reason::Crossed).collect::<Vec<_>>())
    } else if holding.clone().count() == 0 && crossed.clone().count() == 0 {
        (PlatformKind::Compose, vec![Reason::AllHold, Reason::NotYet])
    } else {
        let mut r: Vec<Reason> = holding.map(Reason::Outgrown).collect();
        r.extend(crossed.map(Reason::OnlyOneCrossed));
        r.push(Reason::SwarmMiddleWay);
        (PlatformKind::Swarm, r)
    };
    let mut notes = Vec::new();
    if !inputs.restart_no.is_empty() {
        notes.push(Note::RestartNo { services: inputs.restart_no.clone(), operator, restart_delay: docker_restart });
    }
    let (to_swarm, to_k8s) = (Step { from: PlatformKind::Compose, to: PlatformKind::Swarm }, Step { from: PlatformKind::Swarm, to: PlatformKind::Kubernetes });
    let path = match s.today {
        PlatformKind::Compose => vec![to_swarm, to_k8s],
        PlatformKind::Swarm => vec![to_k8s],
        PlatformKind::Kubernetes => Vec::new(),
    };
    Advice { inputs, recommendation, reasons, notes, stay, move_on, path }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(situation: Situation, rps: u64, containers: u32) -> Inputs {
        Inputs { situation, rps, containers, restart_no: Vec::new() }
    }

    fn advice(i: Inputs) -> Advice {
        advise_inputs(i, SimDuration::from_mins(15), SimDuration::from_millis(100))
    }

    #[test]
    fn quantum_trader_stays_on_compose_and_a_growing_platform_moves_to_kubernetes() {
        // Quantum Trader: 1 operator, under 10 req/s, one VPS, 1–2 deploys a day, 95 % target.
        let qt = Situation { team: 1, deploys_per_day: 2, uptime_target: 95_000, ..Situation::default() };
        let qt = advice(inputs(qt, 5, 3));
        assert_eq!(qt.recommendation, PlatformKind::Compose);
        assert!(qt.stay.iter().all(|t| t.met));
        let big = Situation { today: PlatformKind::Swarm, machines: 10, team: 8, deploys_per_day: 20, uptime_target: 99_950, zero_downtime_deploys: true, node_autoscaling: false };
        let big = advice(inputs(big, 2_000, 60));
        assert_eq!(big.recommendation, PlatformKind::Kubernetes);
        assert_eq!(big.move_on.iter().filter(|t| t.met).count(), 7);
        let middle = Situation { today: PlatformKind::Swarm, machines: 3, team: 3, deploys_per_day: 2, uptime_target: 99_500, ..Situation::default() };
        assert_eq!(advice(inputs(middle, 300, 10)).recommendation, PlatformKind::Swarm);
    }

    #[test]
    fn a_requirement_only_kubernetes_meets_decides_alone() {
        let aima = Situation { node_autoscaling: true, uptime_target: 95_000, ..Situation::default() };
        let a = advice(inputs(aima, 20, 4));
        assert_eq!(a.recommendation, PlatformKind::Kubernetes);
        assert_eq!(a.reasons.first(), Some(&Reason::NodeAutoscaling));
    }
}
