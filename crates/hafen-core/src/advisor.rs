//! The decision: Docker Compose, Docker Swarm or Kubernetes for a team's situation, from the
//! migration triggers of the design documents (prices.md; the Norwegian Kubernetes assessment).
//!
//! The inputs describe the team's situation (the document's `situation:` — what runs today, the
//! team, the deploys, the uptime target, hard requirements) and the application (its peak traffic,
//! its containers on today's platform), never the cluster drawn for comparison.

use crate::scenario::{Scenario, Situation};
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

/// One trigger and whether the situation meets it.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// The trigger as the documents state it.
    pub label: &'static str,
    /// Whether it is met.
    pub met: bool,
    /// The figure it was checked against.
    pub detail: String,
}

/// A step of the migration path and what has to change for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// From.
    pub from: PlatformKind,
    /// To.
    pub to: PlatformKind,
    /// What changes.
    pub changes: Vec<&'static str>,
}

/// The advice.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    /// What it was computed from.
    pub inputs: Inputs,
    /// What fits now.
    pub recommendation: PlatformKind,
    /// Why, in words.
    pub reasons: Vec<String>,
    /// Worth doing whatever the platform (e.g. a restart policy on Compose).
    pub notes: Vec<String>,
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
pub fn advise_inputs(inputs: Inputs, operator: crate::time::SimDuration, docker_restart: crate::time::SimDuration) -> Advice {
    let s = &inputs.situation;
    let deploy_minutes_month = f64::from(s.deploys_per_day) * 30.0 * DEPLOY_DOWNTIME_MINUTES;
    let budget = (1.0 - s.uptime_percent() / 100.0).max(0.0) * 30.0 * 24.0 * 60.0;
    let machines = format!("{} machine{} on {} today", s.machines, if s.machines == 1 { "" } else { "s" }, s.today.label());
    let stay = vec![
        Trigger { label: "team smaller than 3", met: s.team < 3, detail: format!("team of {}", s.team) },
        Trigger { label: "under 100 requests/s", met: inputs.rps < 100, detail: format!("peak {} req/s", inputs.rps) },
        Trigger { label: "1–2 machines", met: s.machines <= 2, detail: machines.clone() },
        Trigger {
            label: "1–2 min of downtime per deploy tolerated",
            met: !s.zero_downtime_deploys && deploy_minutes_month <= budget,
            detail: if s.zero_downtime_deploys {
                "zero-downtime deploys are business-critical".to_string()
            } else {
                format!("{deploy_minutes_month:.0} min of deploy downtime a month ({} a day × {DEPLOY_DOWNTIME_MINUTES} min) vs an error budget of {budget:.0} min", s.deploys_per_day)
            },
        },
    ];
    let move_on = vec![
        Trigger { label: "team larger than 3", met: s.team > 3, detail: format!("team of {}", s.team) },
        Trigger { label: "over 1000 requests/s", met: inputs.rps > 1_000, detail: format!("peak {} req/s", inputs.rps) },
        Trigger { label: "over 5 machines", met: s.machines > 5, detail: machines },
        Trigger { label: "over 20 containers", met: inputs.containers > 20, detail: format!("{} containers on {}", inputs.containers, s.today.label()) },
        Trigger { label: "over 10 deploys a day", met: s.deploys_per_day > 10, detail: format!("{} deploys/day", s.deploys_per_day) },
        Trigger { label: "99.9 % SLA or stricter", met: s.uptime_target >= 99_900, detail: format!("target {} %", s.uptime_percent()) },
        Trigger {
            label: "zero-downtime deploys business-critical",
            met: s.zero_downtime_deploys,
            detail: if s.zero_downtime_deploys { "yes".to_string() } else { "no: a short gap per deploy is tolerated".to_string() },
        },
    ];
    let crossed: Vec<&Trigger> = move_on.iter().filter(|t| t.met).collect();
    let holding: Vec<&Trigger> = stay.iter().filter(|t| !t.met).collect();
    let (recommendation, reasons) = if s.node_autoscaling {
        let mut r = vec!["machines must be added and removed automatically (e.g. GPU nodes on demand): only Kubernetes does that by itself (cluster autoscaler); on Swarm and Compose a person adds machines".to_string()];
        r.extend(crossed.iter().map(|t| format!("{} ({})", t.label, t.detail)));
        (PlatformKind::Kubernetes, r)
    } else if crossed.len() >= 2 {
        (PlatformKind::Kubernetes, crossed.iter().map(|t| format!("{} ({})", t.label, t.detail)).collect::<Vec<_>>())
    } else if holding.is_empty() && crossed.is_empty() {
        (
            PlatformKind::Compose,
            vec![
                "every \"stay on Compose\" condition holds and no Kubernetes trigger is met: one host with restart policies and a person on call is enough".to_string(),
                "you do not need Kubernetes yet; look again when a trigger below is crossed".to_string(),
            ],
        )
    } else {
        let mut r: Vec<String> = holding.iter().map(|t| format!("outgrown: {} ({})", t.label, t.detail)).collect();
        r.extend(crossed.iter().map(|t| format!("{} ({}), but only one Kubernetes trigger", t.label, t.detail)));
        r.push("Swarm gives several machines and automatic rescheduling with the same compose files, without Kubernetes' learning and ops hours".to_string());
        (PlatformKind::Swarm, r)
    };
    let mut notes = Vec::new();
    if !inputs.restart_no.is_empty() {
        notes.push(format!(
            "{} run(s) with `restart: no`, Docker's default: a crashed container waits for a person ({} operator reaction). `restart: unless-stopped` restarts it after {} plus its start-up.",
            inputs.restart_no.join(", "),
            operator.human(),
            docker_restart.human()
        ));
    }
    let to_swarm = Step {
        from: PlatformKind::Compose,
        to: PlatformKind::Swarm,
        changes: vec![
            "add machines and `docker swarm init` (3 managers for a quorum)",
            "deploy the same compose file with `docker stack deploy`; `restart:` becomes `deploy.restart_policy`",
            "pin stateful services to the machine holding their volume, or move data to shared storage",
            "put a load balancer in front of the machines",
        ],
    };
    let to_k8s = Step {
        from: PlatformKind::Swarm,
        to: PlatformKind::Kubernetes,
        changes: vec![
            "translate services to Deployments, StatefulSets with PersistentVolumeClaims, Services and an Ingress",
            "add liveness and readiness probes (rolling updates rely on readiness), with a startupProbe for slow starters",
            "pick a managed control plane or run 3 control-plane nodes",
            "budget 100–120 h of learning and 20–40 h of operations a month (design documents)",
        ],
    };
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
    use crate::time::SimDuration;

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
        assert!(a.reasons.first().is_some_and(|r| r.contains("cluster autoscaler")));
    }
}
