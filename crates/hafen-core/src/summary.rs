//! Plain-words consequences of a run, per service, for the UI and the command line.

use crate::run::{Outage, ReplicaState, Run, ServiceReport, TraceKind};
use crate::scenario::Scenario;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};

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
    /// Requests to it that failed over the run [count].
    pub failed_requests: u64,
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

/// 1234567 → "1,234,567".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share [0..1] as a percentage people read without confusion and that never overstates: cut
/// (not rounded) to one decimal, or to two significant digits of what is missing to 100 %
/// ("40.0 %", "99.89 %", "99.9960 %"), with more digits where a remainder would read as 0 %;
/// "100 %" and "0 %" only when exact.
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).clamp(0.0, 100.0);
    if p >= 100.0 {
        return "100 %".to_string();
    }
    if p <= 0.0 {
        return "0 %".to_string();
    }
    let mut digits = ((-(100.0 - p).log10()).ceil() as i32 + 1).clamp(1, 4);
    loop {
        let scale = 10f64.powi(digits);
        let shown = (p * scale).floor() / scale;
        if shown > 0.0 || digits >= 6 {
            return format!("{shown:.prec$} %", prec = digits as usize);
        }
        digits += 1;
    }
}

/// The live counters' availability in words that cannot be misread: the share of the elapsed
/// simulated time the service could answer, with the downtime beside it, e.g.
/// "up 98.4 % of the first 15 min 20 s (down 15 s)".
pub fn so_far(c: &crate::run::Counters, t: SimTime) -> String {
    let elapsed = t.since(SimTime::ZERO);
    let head = format!("up {} of the first {}", percent(c.availability), elapsed.human());
    if c.downtime > SimDuration::ZERO {
        format!("{head} (down {})", c.downtime.human())
    } else {
        head
    }
}

/// Said first when the engine stopped a run before the scenario's end: every figure then covers
/// only the time up to that moment.
pub fn stopped_note(sc: &Scenario, run: &Run) -> Option<String> {
    let at = run.stopped_early?;
    Some(format!(
        "Run stopped at {} of {}: it needed more than {} engine events (many replicas failing and restarting for a long time, or restart delays of 0 s). Every figure here covers 00:00–{} only.",
        at.clock(),
        sc.duration.human(),
        group(crate::engine::MAX_EVENTS),
        at.clock()
    ))
}

/// One consequence per service, in topology order. One pass over the trace and the final
/// snapshot serves every service, so the cost grows with the run's size, not with its square.
pub fn consequences(sc: &Scenario, run: &Run) -> Vec<Consequence> {
    let end = run.snapshot_at(run.end);
    // Replicas still failing at the end (not leftovers of replaced ones on a dead node), per service.
    let mut failing: Vec<Vec<ReplicaState>> = vec![Vec::new(); run.services.len()];
    for &(rep, _, st) in &end.replicas {
        if matches!(st, ReplicaState::Running | ReplicaState::Terminating | ReplicaState::Unknown) {
            continue;
        }
        if let Some(f) = run.replicas.get(rep as usize).and_then(|x| failing.get_mut(x.service as usize)) {
            f.push(st);
        }
    }
    let seen = TraceFacts::of(sc, run);
    run.services.iter().enumerate().map(|(si, r)| consequence(sc, run, &seen, si, r, failing.get(si).map_or(&[][..], Vec::as_slice))).collect()
}

/// What the consequences need from the trace, gathered in one pass.
struct TraceFacts {
    /// Times an operator acted, in order.
    operator: Vec<SimTime>,
    /// Per service: times one of its containers exited, in order.
    exited: Vec<Vec<SimTime>>,
    /// Per service: whether its rollout stalled.
    stalled: Vec<bool>,
}

impl TraceFacts {
    fn of(sc: &Scenario, run: &Run) -> Self {
        let n = run.services.len();
        let service_of: std::collections::HashMap<&str, usize> = sc.topology.services.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
        let replica_service: std::collections::HashMap<&str, usize> = run.replicas.iter().map(|x| (x.name.as_str(), x.service as usize)).collect();
        let mut f = TraceFacts { operator: Vec::new(), exited: vec![Vec::new(); n], stalled: vec![false; n] };
        for e in &run.trace {
            match e.kind {
                TraceKind::Operator => f.operator.push(e.t),
                TraceKind::ContainerExited => {
                    if let Some(v) = replica_service.get(e.subject.as_str()).and_then(|&si| f.exited.get_mut(si)) {
                        v.push(e.t);
                    }
                }
                TraceKind::RolloutStalled => {
                    if let Some(v) = service_of.get(e.subject.as_str()).and_then(|&si| f.stalled.get_mut(si)) {
                        *v = true;
                    }
                }
                _ => {}
            }
        }
        f
    }
}

/// Whether any of `times` (in order) lies in `from..=until`.
fn any_within(times: &[SimTime], from: SimTime, until: SimTime) -> bool {
    times.get(times.partition_point(|&t| t < from)).is_some_and(|&t| t <= until)
}

/// Services `name` needs for its requests, itself first, then its dependencies, transitively.
fn chain<'s>(sc: &'s Scenario, name: &str) -> Vec<&'s Service> {
    let mut out: Vec<&Service> = sc.topology.services.iter().filter(|s| s.name == name).collect();
    let mut i = 0;
    while let Some(s) = out.get(i).copied() {
        for d in &s.depends_on {
            if let Some(dep) = sc.topology.services.iter().find(|x| &x.name == d) {
                if !out.iter().any(|x| x.name == dep.name) {
                    out.push(dep);
                }
            }
        }
        i += 1;
    }
    out
}

fn consequence(sc: &Scenario, run: &Run, seen: &TraceFacts, si: usize, r: &ServiceReport, failing: &[ReplicaState]) -> Consequence {
    if r.stopped {
        let dependents: Vec<&str> = sc.topology.services.iter().filter(|s| s.depends_on.contains(&r.name)).map(|s| s.name.as_str()).collect();
        let mut text = if dependents.is_empty() {
            "stopped by choice (0 replicas): not running, and no service depends on it".to_string()
        } else {
            format!("stopped by choice (0 replicas): not running, so {} cannot answer", dependents.join(", "))
        };
        if r.failed_requests > 0 {
            text.push_str(&format!("; {} requests to it failed", group(r.failed_requests)));
        }
        return Consequence { service: r.name.clone(), tone: Tone::Unaffected, downtime: r.downtime, failed_requests: r.failed_requests, text };
    }
    let reaction = sc.timings.operator_reaction;
    let service = sc.topology.services.iter().find(|s| s.name == r.name);
    let mut parts = Vec::new();
    for o in &r.outages {
        let mut s = span(o, run.end);
        if o.via_dependency {
            let deps = service.map(|s| s.depends_on.clone()).unwrap_or_default();
            let culprit = deps.iter().find(|d| {
                run.service(d).is_some_and(|dr| dr.outages.iter().any(|x| x.start <= o.start && x.end.is_none_or(|e| e > o.start)))
            });
            if let Some(d) = culprit {
                s.push_str(&format!(" because {d} was down"));
            }
        } else {
            let until = o.end.unwrap_or(run.end);
            let operator = any_within(&seen.operator, o.start, until);
            if operator {
                s.push_str(&format!(": down until an operator acts (operator reaction {})", reaction.human()));
            }
            // Compose with Docker's default restart policy: what `unless-stopped` would have done.
            let crashed = seen.exited.get(si).is_some_and(|t| any_within(t, o.start, until));
            if let (true, true, Some(svc)) = (crashed, sc.platform.kind == PlatformKind::Compose, service) {
                if !svc.restart.restarts_after_crash() {
                    s.push_str(&format!(
                        "; with `restart: unless-stopped` Docker would have restarted it after {} and it would answer {} later",
                        sc.timings.docker_restart_initial.human(),
                        svc.startup.human()
                    ));
                }
            }
        }
        parts.push(s);
    }
    if r.failed_requests > 0 {
        let total = r.failed_requests.saturating_add(r.served_requests);
        let mut why = Vec::new();
        for s in chain(sc, &r.name) {
            let Some(x) = run.service(&s.name) else { continue };
            if x.overloaded > SimDuration::ZERO {
                let who = if s.name == r.name { "it".to_string() } else { s.name.clone() };
                let cap = s.capacity_rps.map(|c| format!(" ({c} requests/s per replica)")).unwrap_or_default();
                why.push(format!("{who} received more requests than its replicas could answer{cap} for {}", round_to_second(x.overloaded).human()));
            }
            if x.degraded > SimDuration::ZERO {
                let whose = if s.name == r.name { "its".to_string() } else { format!("{}'s", s.name) };
                why.push(format!("a dead replica stayed in {whose} load balancer for {} (the same as {} of full outage)", x.degraded.human(), round_to_second(x.failed_share).human()));
            }
        }
        if !r.outages.is_empty() {
            why.push("every request during the downtime above".to_string());
        }
        let answered = r.request_success().map(percent).unwrap_or_default();
        let head = if r.outages.is_empty() { "no downtime, but " } else { "" };
        let because = if why.is_empty() { String::new() } else { format!(": {}", why.join("; ")) };
        parts.push(format!("{head}{} of {} requests failed ({answered} answered){because}", group(r.failed_requests), group(total)));
    }
    let stalled = seen.stalled.get(si).copied().unwrap_or(false);
    let tone = if !r.outages.is_empty() {
        Tone::Down
    } else if r.failed_requests > 0 || r.degraded > SimDuration::ZERO || r.short > SimDuration::ZERO || stalled || !failing.is_empty() {
        Tone::Degraded
    } else {
        Tone::Unaffected
    };
    if stalled {
        parts.push("its rollout stalled: the new version never became Ready (progressDeadlineSeconds), the old replicas kept serving".to_string());
    }
    if parts.is_empty() {
        parts.push(match tone {
            Tone::Degraded if r.degraded > SimDuration::ZERO => format!(
                "no downtime, but a dead replica stayed in the load balancer for {} (the same as {} of full outage)",
                r.degraded.human(),
                round_to_second(r.failed_share).human()
            ),
            Tone::Degraded => "no downtime and no failed requests: the other replicas kept serving".to_string(),
            _ => "unaffected".to_string(),
        });
    }
    // Back to full strength, or not by the end of the run.
    if matches!(tone, Tone::Degraded | Tone::Down) {
        match r.full_strength_at {
            Some(t) if r.full_at_end && failing.is_empty() && r.outages.last().is_none_or(|o| o.end.is_some_and(|e| e < t)) => parts.push(format!("all replicas back at {t}")),
            _ if !r.full_at_end => parts.push("not back to full strength by the end of the run".to_string()),
            _ => {}
        }
        if let Some(st) = failing.first() {
            parts.push(format!("{} replica(s) still {} at the end", failing.len(), st.label(sc.platform.kind)));
        }
    }
    Consequence { service: r.name.clone(), tone, downtime: r.downtime, failed_requests: r.failed_requests, text: parts.join("; ") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::feastflow_on;
    use crate::scenario::{Fault, FaultKind, NodeRef};
    use crate::topology::PlatformKind;

    #[test]
    fn percentages_never_round_a_shortfall_to_100_or_a_remainder_to_0() {
        assert_eq!(percent(1.0), "100 %");
        assert_eq!(percent(0.0), "0 %");
        assert_eq!(percent(0.4), "40.0 %");
        assert_eq!(percent(0.998925), "99.89 %", "not 99.9 % beside a missed 99.9 % target");
        assert_eq!(percent(0.99981), "99.981 %");
        assert_eq!(percent(0.0000781), "0.007 %");
        assert_eq!(percent(0.9999999), "99.9999 %");
        assert_eq!(percent(0.016), "1.6 %");
    }

    #[test]
    fn compose_crash_without_restart_policy_says_down_until_an_operator_acts() {
        let mut sc = feastflow_on(PlatformKind::Compose).expect("built-in preset");
        sc.faults = vec![Fault { at: SimTime(10_000), kind: FaultKind::Crash("backend".into()) }];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let backend = c.iter().find(|c| c.service == "backend").map(|c| c.text.as_str()).unwrap_or("");
        // Docker's default restart policy (FeastFlow's compose file sets none), and what
        // `unless-stopped` would have done: the restart manager's first delay, then the start-up.
        assert_eq!(
            backend,
            "down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min); with `restart: unless-stopped` Docker would have restarted it after 100 ms and it would answer 5 s later"
        );
        let frontend = c.iter().find(|c| c.service == "frontend").map(|c| c.text.as_str()).unwrap_or("");
        assert!(frontend.ends_with("because backend was down"), "{frontend}");
    }

    #[test]
    fn k8s_node_loss_reads_as_no_downtime_with_a_dead_endpoint() {
        let mut sc = feastflow_on(PlatformKind::Kubernetes).expect("built-in preset");
        // A node with a backend pod and not the database's.
        let start = crate::simulate(&sc).expect("valid scenario");
        let snap = start.snapshot_at(SimTime::ZERO);
        let on = |n: u32, svc: &str| snap.replicas.iter().any(|&(rep, node, _)| node == Some(n) && start.replica_service(&sc, rep) == Some(svc));
        let node = (0..start.nodes.len() as u32).find(|&n| on(n, "backend") && !on(n, "postgres")).and_then(|n| start.nodes.get(n as usize)).map(|n| n.name.clone());
        let node = node.expect("FeastFlow spreads backend over two nodes, postgres on one");
        sc.faults = vec![Fault { at: SimTime(10_000), kind: FaultKind::KillNode(NodeRef::Named(node)) }];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let backend = c.iter().find(|c| c.service == "backend");
        assert_eq!(backend.map(|c| c.tone), Some(Tone::Degraded));
        assert!(backend.is_some_and(|c| c.text.starts_with("no downtime, but a dead replica stayed in the load balancer")));
        assert!(backend.is_some_and(|c| c.text.contains("all replicas back at")));
    }
}
