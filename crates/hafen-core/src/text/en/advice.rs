//! The advisor's triggers, reasons, notes and migration steps in English.

use crate::advisor::{Figure, Note, Reason, Step, Trigger, TriggerKind, DEPLOY_DOWNTIME_MINUTES};
use crate::topology::PlatformKind;

/// A trigger as the design documents state it.
pub const fn trigger(kind: TriggerKind) -> &'static str {
    match kind {
        TriggerKind::TeamUnder3 => "team smaller than 3",
        TriggerKind::Under100Rps => "under 100 requests/s",
        TriggerKind::OneOrTwoMachines => "1–2 machines",
        TriggerKind::DeployDowntimeTolerated => "1–2 min of downtime per deploy tolerated",
        TriggerKind::TeamOver3 => "team larger than 3",
        TriggerKind::Over1000Rps => "over 1000 requests/s",
        TriggerKind::Over5Machines => "over 5 machines",
        TriggerKind::Over20Containers => "over 20 containers",
        TriggerKind::Over10Deploys => "over 10 deploys a day",
        TriggerKind::Sla999 => "99.9 % SLA or stricter",
        TriggerKind::ZeroDowntimeDeploys => "zero-downtime deploys business-critical",
    }
}

/// The figure a trigger was checked against, e.g. "peak 120 req/s".
pub fn figure(f: &Figure) -> String {
    match *f {
        Figure::Team(n) => format!("team of {n}"),
        Figure::PeakRps(n) => format!("peak {n} req/s"),
        Figure::Machines(n, on) => format!("{n} machine{} on {} today", if n == 1 { "" } else { "s" }, on.label()),
        Figure::Containers(n, on) => format!("{n} containers on {}", on.label()),
        Figure::DeploysPerDay(n) => format!("{n} deploys/day"),
        Figure::UptimeTarget(p) => format!("target {p} %"),
        Figure::DeployDowntime { month, per_day, budget } => {
            format!("{month:.0} min of deploy downtime a month ({per_day} a day × {DEPLOY_DOWNTIME_MINUTES} min) vs an error budget of {budget:.0} min")
        }
        Figure::ZeroDowntime(true) => "zero-downtime deploys are business-critical".to_string(),
        Figure::ZeroDowntime(false) => "no: a short gap per deploy is tolerated".to_string(),
    }
}

/// "team larger than 3 (team of 8)".
fn with_figure(t: &Trigger) -> String {
    format!("{} ({})", trigger(t.kind), figure(&t.figure))
}

/// Why the recommendation, in one sentence.
pub fn reason(r: &Reason) -> String {
    match r {
        Reason::NodeAutoscaling => "machines must be added and removed automatically (e.g. GPU nodes on demand): only Kubernetes does that by itself (cluster autoscaler); on Swarm and Compose a person adds machines".to_string(),
        Reason::Crossed(t) => with_figure(t),
        Reason::AllHold => "every \"stay on Compose\" condition holds and no Kubernetes trigger is met: one host with restart policies and a person on call is enough".to_string(),
        Reason::NotYet => "you do not need Kubernetes yet; look again when a trigger below is crossed".to_string(),
        Reason::Outgrown(t) => format!("outgrown: {}", with_figure(t)),
        Reason::OnlyOneCrossed(t) => format!("{}, but only one Kubernetes trigger", with_figure(t)),
        Reason::SwarmMiddleWay => "Swarm gives several machines and automatic rescheduling with the same compose files, without Kubernetes' learning and ops hours".to_string(),
    }
}

/// A note worth acting on whatever the platform.
pub fn note(n: &Note) -> String {
    match n {
        Note::RestartNo { services, operator, restart_delay } => format!(
            "{} run(s) with `restart: no`, Docker's default: a crashed container waits for a person ({operator} operator reaction). `restart: unless-stopped` restarts it after {restart_delay} plus its start-up.",
            services.join(", "),
        ),
    }
}

/// What has to change for a step of the migration path.
pub const fn changes(step: Step) -> &'static [&'static str] {
    match (step.from, step.to) {
        (PlatformKind::Compose, PlatformKind::Swarm) => &[
            "add machines and `docker swarm init` (3 managers for a quorum)",
            "deploy the same compose file with `docker stack deploy`; `restart:` becomes `deploy.restart_policy`",
            "pin stateful services to the machine holding their volume, or move data to shared storage",
            "put a load balancer in front of the machines",
        ],
        (PlatformKind::Swarm, PlatformKind::Kubernetes) => &[
            "translate services to Deployments, StatefulSets with PersistentVolumeClaims, Services and an Ingress",
            "add liveness and readiness probes (rolling updates rely on readiness), with a startupProbe for slow starters",
            "pick a managed control plane or run 3 control-plane nodes",
            "budget 100–120 h of learning and 20–40 h of operations a month (design documents)",
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_read_with_their_figures() {
        let t = Trigger { kind: TriggerKind::DeployDowntimeTolerated, met: false, figure: Figure::DeployDowntime { month: 90.0, per_day: 2, budget: 43.2 } };
        assert_eq!(reason(&Reason::Outgrown(t)), "outgrown: 1–2 min of downtime per deploy tolerated (90 min of deploy downtime a month (2 a day × 1.5 min) vs an error budget of 43 min)");
        let m = Trigger { kind: TriggerKind::Over5Machines, met: false, figure: Figure::Machines(1, PlatformKind::Compose) };
        assert_eq!(reason(&Reason::OnlyOneCrossed(m)), "over 5 machines (1 machine on Docker Compose today), but only one Kubernetes trigger");
    }
}
