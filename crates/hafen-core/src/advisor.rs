//! The decision: Docker Compose, Docker Swarm or Kubernetes for a team's situation, from the
//! migration triggers of the design documents (prices.md).

use crate::topology::PlatformKind;

/// The situation, as the advisor asks for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Situation {
    /// People who run it [count].
    pub team: u32,
    /// Traffic [requests/s].
    pub rps: u64,
    /// Machines needed [count].
    pub nodes: u32,
    /// Containers [count].
    pub containers: u32,
    /// Deploys per day [count].
    pub deploys_per_day: f64,
    /// Uptime target [%], e.g. 99.9.
    pub uptime_target: f64,
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
    /// What fits now.
    pub recommendation: PlatformKind,
    /// Why, in words.
    pub reasons: Vec<String>,
    /// "Stay on Compose below" triggers (met = still true).
    pub stay: Vec<Trigger>,
    /// "Consider Kubernetes above" triggers (met = crossed).
    pub move_on: Vec<Trigger>,
    /// The path Compose → Swarm → Kubernetes, from the recommendation on.
    pub path: Vec<Step>,
}

/// Advice for `s` (prices.md, "migration triggers": stay below team < 3, < 100 req/s, 1–2 nodes,
/// 1–2 min deploy downtime tolerated; consider Kubernetes above team > 3, > 1000 req/s, > 5 nodes,
/// > 20 containers, > 10 deploys/day, 99.9 % SLA).
pub fn advise(s: Situation) -> Advice {
    // A Compose deploy stops the container: about 1–2 minutes of downtime each (the documents' figure).
    let deploy_minutes_month = s.deploys_per_day * 30.0 * 1.5;
    let budget = (1.0 - s.uptime_target / 100.0).max(0.0) * 30.0 * 24.0 * 60.0;
    let stay = vec![
        Trigger { label: "team smaller than 3", met: s.team < 3, detail: format!("team of {}", s.team) },
        Trigger { label: "under 100 requests/s", met: s.rps < 100, detail: format!("{} req/s", s.rps) },
        Trigger { label: "1–2 nodes", met: s.nodes <= 2, detail: format!("{} nodes", s.nodes) },
        Trigger {
            label: "1–2 min of downtime per deploy tolerated",
            met: deploy_minutes_month <= budget,
            detail: format!("{deploy_minutes_month:.0} min of deploy downtime a month vs an error budget of {budget:.0} min"),
        },
    ];
    let move_on = vec![
        Trigger { label: "team larger than 3", met: s.team > 3, detail: format!("team of {}", s.team) },
        Trigger { label: "over 1000 requests/s", met: s.rps > 1_000, detail: format!("{} req/s", s.rps) },
        Trigger { label: "over 5 nodes", met: s.nodes > 5, detail: format!("{} nodes", s.nodes) },
        Trigger { label: "over 20 containers", met: s.containers > 20, detail: format!("{} containers", s.containers) },
        Trigger { label: "over 10 deploys a day", met: s.deploys_per_day > 10.0, detail: format!("{} deploys/day", s.deploys_per_day) },
        Trigger { label: "99.9 % SLA or stricter", met: s.uptime_target >= 99.9, detail: format!("target {} %", s.uptime_target) },
    ];
    let crossed: Vec<&Trigger> = move_on.iter().filter(|t| t.met).collect();
    let holding: Vec<&Trigger> = stay.iter().filter(|t| !t.met).collect();
    let (recommendation, reasons) = if crossed.len() >= 2 {
        (PlatformKind::Kubernetes, crossed.iter().map(|t| format!("{} ({})", t.label, t.detail)).collect::<Vec<_>>())
    } else if holding.is_empty() && crossed.is_empty() {
        (PlatformKind::Compose, vec!["every \"stay on Compose\" condition holds: one host with restart policies and a person on call is enough".to_string()])
    } else {
        let mut r: Vec<String> = holding.iter().map(|t| format!("outgrown: {} ({})", t.label, t.detail)).collect();
        r.extend(crossed.iter().map(|t| format!("{} ({}), but only one Kubernetes trigger", t.label, t.detail)));
        r.push("Swarm gives several nodes and automatic rescheduling with the same compose files, without Kubernetes' learning and ops hours".to_string());
        (PlatformKind::Swarm, r)
    };
    let to_swarm = Step {
        from: PlatformKind::Compose,
        to: PlatformKind::Swarm,
        changes: vec![
            "add nodes and `docker swarm init` (3 managers for a quorum)",
            "deploy the same compose file with `docker stack deploy`; `restart:` becomes `deploy.restart_policy`",
            "pin stateful services to the node holding their volume, or move data to shared storage",
            "put a load balancer in front of the nodes",
        ],
    };
    let to_k8s = Step {
        from: PlatformKind::Swarm,
        to: PlatformKind::Kubernetes,
        changes: vec![
            "translate services to Deployments, StatefulSets with PersistentVolumeClaims, Services and an Ingress",
            "add liveness and readiness probes (rolling updates rely on readiness)",
            "pick a managed control plane or run 3 control-plane nodes",
            "budget 100–120 h of learning and 20–40 h of operations a month (design documents)",
        ],
    };
    let path = match recommendation {
        PlatformKind::Compose => vec![to_swarm, to_k8s],
        PlatformKind::Swarm => vec![to_swarm, to_k8s],
        PlatformKind::Kubernetes => vec![to_swarm, to_k8s],
    };
    Advice { recommendation, reasons, stay, move_on, path }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantum_trader_stays_on_compose_and_a_growing_platform_moves_to_kubernetes() {
        // Quantum Trader: 1 operator, under 10 req/s, one VPS, 95 % target.
        let qt = advise(Situation { team: 1, rps: 10, nodes: 1, containers: 4, deploys_per_day: 1.0, uptime_target: 95.0 });
        assert_eq!(qt.recommendation, PlatformKind::Compose);
        assert!(qt.stay.iter().all(|t| t.met));
        let big = advise(Situation { team: 8, rps: 2_000, nodes: 10, containers: 60, deploys_per_day: 20.0, uptime_target: 99.95 });
        assert_eq!(big.recommendation, PlatformKind::Kubernetes);
        assert_eq!(big.move_on.iter().filter(|t| t.met).count(), 6);
        let middle = advise(Situation { team: 3, rps: 300, nodes: 3, containers: 10, deploys_per_day: 2.0, uptime_target: 99.5 });
        assert_eq!(middle.recommendation, PlatformKind::Swarm);
    }
}
