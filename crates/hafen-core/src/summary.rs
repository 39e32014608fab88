//! Plain-words consequences of a run, per service, for the UI and the command line.

use crate::run::{Outage, Run, ServiceReport};
use crate::scenario::Scenario;
use crate::time::{SimDuration, SimTime};

/// How bad the consequence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Nothing visible happened to this service.
    Unaffected,
    /// No downtime, but fewer replicas or some failed requests.
    Degraded,
    /// The service could not answer for a while.
    Down,
}

impl Tone {
    /// Stable identifier, also the CSS class suffix.
    pub const fn id(self) -> &'static str {
        match self {
            Tone::Unaffected => "ok",
            Tone::Degraded => "degraded",
            Tone::Down => "down",
        }
    }
}

/// What happened to one service, in one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consequence {
    /// Service name.
    pub service: String,
    /// How bad.
    pub tone: Tone,
    /// Downtime over the run [ms].
    pub downtime: SimDuration,
    /// The sentence, e.g. "down 15 min 5 s (00:10 → 15:15): down until an operator acts (15 min)".
    pub text: String,
}

fn span(o: &Outage, end: SimTime) -> String {
    match o.end {
        Some(e) => format!("down {} ({} → {})", e.since(o.start).human(), o.start, e),
        None => format!("down since {}, not back by the end of the run ({})", o.start, end),
    }
}

/// The nearest whole second, for figures a person reads (an estimate has no millisecond precision).
fn round_to_second(d: SimDuration) -> SimDuration {
    SimDuration((d.as_millis() + 500) / 1_000 * 1_000)
}

/// One consequence per service, in topology order.
pub fn consequences(sc: &Scenario, run: &Run) -> Vec<Consequence> {
    run.services.iter().map(|r| consequence(sc, run, r)).collect()
}

fn consequence(sc: &Scenario, run: &Run, r: &ServiceReport) -> Consequence {
    let reaction = sc.timings.operator_reaction;
    let mut parts = Vec::new();
    for o in &r.outages {
        let mut s = span(o, run.end);
        if o.via_dependency {
            let deps = sc.topology.services.iter().find(|s| s.name == r.name).map(|s| s.depends_on.clone()).unwrap_or_default();
            let culprit = deps.iter().find(|d| {
                run.service(d).is_some_and(|dr| dr.outages.iter().any(|x| x.start <= o.start && x.end.is_none_or(|e| e > o.start)))
            });
            if let Some(d) = culprit {
                s.push_str(&format!(" because {d} was down"));
            }
        } else {
            let until = o.end.unwrap_or(run.end);
            let operator = run.trace.iter().any(|e| e.kind == "operator" && e.t >= o.start && e.t <= until);
            if operator {
                s.push_str(&format!(": down until an operator acts (operator reaction {})", reaction.human()));
            }
        }
        parts.push(s);
    }
    let tone;
    if !parts.is_empty() {
        tone = Tone::Down;
    } else if r.degraded > SimDuration::ZERO {
        tone = Tone::Degraded;
        parts.push(format!(
            "no downtime, but a dead replica stayed in the load balancer for {}: requests sent to it failed (the same as {} of full outage)",
            r.degraded.human(),
            round_to_second(r.failed_share).human()
        ));
    } else if r.full_strength_at.is_some() {
        tone = Tone::Degraded;
        parts.push("no downtime: the other replicas kept serving".to_string());
    } else {
        tone = Tone::Unaffected;
        parts.push("unaffected".to_string());
    }
    if let (Tone::Degraded | Tone::Down, Some(t)) = (tone, r.full_strength_at) {
        if r.outages.last().is_none_or(|o| o.end.is_some_and(|e| e < t)) {
            parts.push(format!("all replicas back at {t}"));
        }
    }
    Consequence { service: r.name.clone(), tone, downtime: r.downtime, text: parts.join("; ") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::feastflow_on;
    use crate::scenario::{Fault, FaultKind, NodeRef};
    use crate::topology::PlatformKind;

    #[test]
    fn compose_crash_without_restart_policy_says_down_until_an_operator_acts() {
        let mut sc = feastflow_on(PlatformKind::Compose).expect("built-in preset");
        sc.faults = vec![Fault { at: SimTime(10_000), kind: FaultKind::Crash("backend".into()) }];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let backend = c.iter().find(|c| c.service == "backend").map(|c| c.text.as_str()).unwrap_or("");
        assert_eq!(backend, "down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min)");
        let frontend = c.iter().find(|c| c.service == "frontend").map(|c| c.text.as_str()).unwrap_or("");
        assert!(frontend.ends_with("because backend was down"), "{frontend}");
    }

    #[test]
    fn k8s_node_loss_reads_as_no_downtime_with_a_dead_endpoint() {
        let mut sc = feastflow_on(PlatformKind::Kubernetes).expect("built-in preset");
        sc.faults = vec![Fault { at: SimTime(10_000), kind: FaultKind::KillNode(NodeRef::Named("node-1".into())) }];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let backend = c.iter().find(|c| c.service == "backend");
        assert_eq!(backend.map(|c| c.tone), Some(Tone::Degraded));
        assert!(backend.is_some_and(|c| c.text.starts_with("no downtime, but a dead replica stayed in the load balancer")));
        assert!(backend.is_some_and(|c| c.text.contains("all replicas back at")));
    }
}
