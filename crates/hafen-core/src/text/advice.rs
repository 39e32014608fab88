//! The advisor's triggers, reasons, notes and migration steps in words.

use super::Words;
use crate::advisor::{Figure, Note, Reason, Step, Trigger, TriggerKind, DEPLOY_DOWNTIME_MINUTES};
use crate::say;
use crate::topology::PlatformKind;

/// A trigger as the design documents state it.
pub fn trigger(w: &Words, kind: TriggerKind) -> String {
    match kind {
        TriggerKind::TeamUnder3 => say!(w, "trigger-team-under-3"),
        TriggerKind::Under100Rps => say!(w, "trigger-under-100-rps"),
        TriggerKind::OneOrTwoMachines => say!(w, "trigger-one-or-two-machines"),
        TriggerKind::DeployDowntimeTolerated => say!(w, "trigger-deploy-downtime-tolerated"),
        TriggerKind::TeamOver3 => say!(w, "trigger-team-over-3"),
        TriggerKind::Over1000Rps => say!(w, "trigger-over-1000-rps"),
        TriggerKind::Over5Machines => say!(w, "trigger-over-5-machines"),
        TriggerKind::Over20Containers => say!(w, "trigger-over-20-containers"),
        TriggerKind::Over10Deploys => say!(w, "trigger-over-10-deploys"),
        TriggerKind::Sla999 => say!(w, "trigger-sla-999"),
        TriggerKind::ZeroDowntimeDeploys => say!(w, "trigger-zero-downtime"),
    }
}

/// The figure a trigger was checked against, e.g. "peak 120 req/s".
pub fn figure(w: &Words, f: &Figure) -> String {
    match *f {
        Figure::Team(n) => say!(w, "figure-team", people = n),
        Figure::PeakRps(n) => say!(w, "figure-peak-rps", rps = n),
        Figure::Machines(n, on) => say!(w, "figure-machines", machines = n, platform = on.label()),
        Figure::Containers(n, on) => say!(w, "figure-containers", containers = n, platform = on.label()),
        Figure::DeploysPerDay(n) => say!(w, "figure-deploys", deploys = n),
        Figure::UptimeTarget(p) => say!(w, "figure-uptime-target", target = p),
        Figure::DeployDowntime { month, per_day, budget } => say!(
            w,
            "figure-deploy-downtime",
            month = w.number(month, 0),
            per_day = per_day,
            each = DEPLOY_DOWNTIME_MINUTES,
            budget = w.number(budget, 0)
        ),
        Figure::ZeroDowntime(true) => say!(w, "figure-zero-downtime-critical"),
        Figure::ZeroDowntime(false) => say!(w, "figure-zero-downtime-tolerated"),
    }
}

/// "team larger than 3 (team of 8)".
fn with_figure(w: &Words, t: &Trigger) -> String {
    say!(w, "trigger-with-figure", trigger = trigger(w, t.kind), figure = figure(w, &t.figure))
}

/// Why the recommendation, in one sentence.
pub fn reason(w: &Words, r: &Reason) -> String {
    match r {
        Reason::NodeAutoscaling => say!(w, "reason-node-autoscaling"),
        Reason::Crossed(t) => with_figure(w, t),
        Reason::AllHold => say!(w, "reason-all-hold"),
        Reason::NotYet => say!(w, "reason-not-yet"),
        Reason::Outgrown(t) => say!(w, "reason-outgrown", trigger = with_figure(w, t)),
        Reason::OnlyOneCrossed(t) => say!(w, "reason-only-one-crossed", trigger = with_figure(w, t)),
        Reason::SwarmMiddleWay => say!(w, "reason-swarm-middle-way"),
    }
}

/// A note worth acting on whatever the platform.
pub fn note(w: &Words, n: &Note) -> String {
    match n {
        Note::RestartNo { services, operator, restart_delay } => {
            say!(w, "advice-restart-no", services = services.join(", "), count = services.len(), operator = *operator, delay = *restart_delay)
        }
    }
}

/// What has to change for a step of the migration path.
pub fn changes(w: &Words, step: Step) -> Vec<String> {
    match (step.from, step.to) {
        (PlatformKind::Compose, PlatformKind::Swarm) => vec![
            say!(w, "path-swarm-init"),
            say!(w, "path-stack-deploy"),
            say!(w, "path-pin-stateful"),
            say!(w, "path-load-balancer"),
        ],
        (PlatformKind::Swarm, PlatformKind::Kubernetes) => vec![
            say!(w, "path-translate"),
            say!(w, "path-probes"),
            say!(w, "path-control-plane"),
            say!(w, "path-budget-hours"),
        ],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EN;

    #[test]
    fn triggers_read_with_their_figures() {
        let t = Trigger { kind: TriggerKind::DeployDowntimeTolerated, met: false, figure: Figure::DeployDowntime { month: 90.0, per_day: 2, budget: 43.2 } };
        assert_eq!(reason(&EN, &Reason::Outgrown(t)), "outgrown: 1–2 min of downtime per deploy tolerated (90 min of deploy downtime a month (2 a day × 1.5 min) vs an error budget of 43 min)");
        let m = Trigger { kind: TriggerKind::Over5Machines, met: false, figure: Figure::Machines(1, PlatformKind::Compose) };
        assert_eq!(reason(&EN, &Reason::OnlyOneCrossed(m)), "over 5 machines (1 machine on Docker Compose today), but only one Kubernetes trigger");
    }
}
