//! What a run did to each service, as data ([`Consequence`]); the text layer says it in words.

use crate::run::{ReplicaState, Run, ServiceReport, TraceKind};
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

/// What happened to one service over a run, as data: the text layer says it in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Consequence {
    /// Service name.
    pub service: String,
    /// How bad.
    pub tone: Tone,
    /// Downtime over the run [ms].
    pub downtime: SimDuration,
    /// Requests to it that failed over the run [count].
    pub failed_requests: u64,
    /// What is said about it, in order (one clause each).
    pub findings: Vec<Finding>,
}

/// One clause of a [`Consequence`].
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// Stopped by choice (0 replicas); the services that depend on it cannot answer.
    Stopped {
        /// Services that depend on it, in topology order.
        dependents: Vec<String>,
        /// Requests to it that failed [count].
        failed_requests: u64,
    },
    /// One outage.
    Down {
        /// Start of the outage.
        start: SimTime,
        /// Its end; `None` when it was not back by `run_end`.
        end: Option<SimTime>,
        /// End of the run.
        run_end: SimTime,
        /// The dependency that was down at its start (the outage came through it).
        dependency: Option<String>,
        /// It lasted until an operator acted, who reacts after this long [ms].
        operator: Option<SimDuration>,
        /// Compose with a restart policy that does not restart after a crash: with `restart:
        /// unless-stopped`, Docker would have restarted it after `.0` and it would answer `.1` later [ms].
        unless_stopped: Option<(SimDuration, SimDuration)>,
    },
    /// A task of the service (Swarm, stateful) started on another node than its data: it runs on a
    /// new volume there and its data stayed on the node it left.
    DataLeftBehind {
        /// When it was placed there.
        at: SimTime,
        /// The node it runs on now.
        node: String,
        /// The node its data stayed on.
        data_node: String,
        /// The volume it runs on is new and empty (else one an earlier task left on that node).
        empty: bool,
    },
    /// Requests failed.
    RequestsFailed {
        /// Failed [count].
        failed: u64,
        /// Failed and served [count].
        total: u64,
        /// Share answered [0..1], when any request was made.
        answered: Option<f64>,
        /// Whether it had no downtime (the failures came without one).
        no_downtime: bool,
        /// Why, in order.
        why: Vec<FailedBecause>,
    },
    /// Its rollout stalled (progressDeadlineSeconds); the old replicas kept serving.
    RolloutStalled,
    /// No downtime, but a dead replica stayed in its load balancer.
    DeadEndpoint {
        /// How long [ms].
        time: SimDuration,
        /// Equivalent full outage, to the second [ms].
        like_outage: SimDuration,
    },
    /// Fewer replicas for a while, but no downtime and no failed requests.
    OthersKeptServing,
    /// Nothing happened to it.
    Unaffected,
    /// All replicas back at this time.
    BackAt(SimTime),
    /// Not back to full strength by the end of the run.
    NotBack,
    /// Replicas still failing at the end.
    StillFailing {
        /// How many [count].
        count: usize,
        /// The state of the first of them.
        state: ReplicaState,
        /// Platform (the state's name depends on it).
        platform: PlatformKind,
    },
}

/// Why some of a service's requests failed.
#[derive(Clone, Debug, PartialEq)]
pub enum FailedBecause {
    /// A service on its request path received more requests than its replicas could answer.
    Overloaded {
        /// The service, `None` when it is the one the consequence is about.
        service: Option<String>,
        /// Its capacity per replica [requests/s].
        capacity_rps: Option<u32>,
        /// For how long, to the second [ms].
        time: SimDuration,
    },
    /// A dead replica stayed in the load balancer of a service on its request path.
    DeadEndpoint {
        /// The service, `None` when it is the one the consequence is about.
        service: Option<String>,
        /// How long [ms].
        time: SimDuration,
        /// Equivalent full outage, to the second [ms].
        like_outage: SimDuration,
    },
    /// Every request during its downtime.
    Downtime,
}

/// The nearest whole second, for figures a person reads (an estimate has no millisecond precision).
fn round_to_second(d: SimDuration) -> SimDuration {
    SimDuration((d.as_millis() + 500) / 1_000 * 1_000)
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
    let of = |tone, findings| Consequence { service: r.name.clone(), tone, downtime: r.downtime, failed_requests: r.failed_requests, findings };
    if r.stopped {
        let dependents = sc.topology.services.iter().filter(|s| s.depends_on.contains(&r.name)).map(|s| s.name.clone()).collect();
        return of(Tone::Unaffected, vec![Finding::Stopped { dependents, failed_requests: r.failed_requests }]);
    }
    let reaction = sc.timings.operator_reaction;
    let service = sc.topology.services.iter().find(|s| s.name == r.name);
    let mut findings = Vec::new();
    for o in &r.outages {
        let (mut dependency, mut operator, mut unless_stopped) = (None, None, None);
        if o.via_dependency {
            let deps = service.map(|s| s.depends_on.as_slice()).unwrap_or_default();
            dependency = deps
                .iter()
                .find(|d| run.service(d).is_some_and(|dr| dr.outages.iter().any(|x| x.start <= o.start && x.end.is_none_or(|e| e > o.start))))
                .cloned();
        } else {
            let until = o.end.unwrap_or(run.end);
            if any_within(&seen.operator, o.start, until) {
                operator = Some(reaction);
            }
            // Compose with Docker's default restart policy: what `unless-stopped` would have done.
            let crashed = seen.exited.get(si).is_some_and(|t| any_within(t, o.start, until));
            if let (true, true, Some(svc)) = (crashed, sc.platform.kind == PlatformKind::Compose, service) {
                if !svc.restart.restarts_after_crash() {
                    unless_stopped = Some((sc.timings.docker_restart_initial, svc.startup));
                }
            }
        }
        findings.push(Finding::Down { start: o.start, end: o.end, run_end: run.end, dependency, operator, unless_stopped });
    }
    // Its data left on a node it no longer runs on: a consequence of its own, whatever the downtime.
    for l in &r.data_left_behind {
        findings.push(Finding::DataLeftBehind { at: l.t, node: l.node.clone(), data_node: l.data_node.clone(), empty: l.empty });
    }
    if r.failed_requests > 0 {
        let mut why = Vec::new();
        for s in chain(sc, &r.name) {
            let Some(x) = run.service(&s.name) else { continue };
            let other = (s.name != r.name).then(|| s.name.clone());
            if x.overloaded > SimDuration::ZERO {
                why.push(FailedBecause::Overloaded { service: other.clone(), capacity_rps: s.capacity_rps, time: round_to_second(x.overloaded) });
            }
            // What the dead endpoint cost beyond the downtime (failed_share counts the downtime
            // too): a dead endpoint while the service was down anyway failed nothing more.
            let like_outage = round_to_second(SimDuration(x.failed_share.as_millis().saturating_sub(x.downtime.as_millis())));
            if x.degraded > SimDuration::ZERO && like_outage > SimDuration::ZERO {
                why.push(FailedBecause::DeadEndpoint { service: other, time: x.degraded, like_outage });
            }
        }
        if !r.outages.is_empty() {
            why.push(FailedBecause::Downtime);
        }
        findings.push(Finding::RequestsFailed {
            failed: r.failed_requests,
            total: r.failed_requests.saturating_add(r.served_requests),
            answered: r.request_success(),
            no_downtime: r.outages.is_empty(),
            why,
        });
    }
    let stalled = seen.stalled.get(si).copied().unwrap_or(false);
    let tone = if !r.outages.is_empty() {
        Tone::Down
    } else if r.failed_requests > 0 || r.degraded > SimDuration::ZERO || r.short > SimDuration::ZERO || stalled || !failing.is_empty() || !r.data_left_behind.is_empty() {
        Tone::Degraded
    } else {
        Tone::Unaffected
    };
    if stalled {
        findings.push(Finding::RolloutStalled);
    }
    // Said when nothing else is (data left behind is no reason of its own to call it degraded).
    if findings.iter().all(|f| matches!(f, Finding::DataLeftBehind { .. })) {
        let fewer = r.short > SimDuration::ZERO || !failing.is_empty();
        let said = match tone {
            Tone::Degraded if r.degraded > SimDuration::ZERO => Some(Finding::DeadEndpoint { time: r.degraded, like_outage: round_to_second(r.failed_share) }),
            Tone::Degraded if fewer || findings.is_empty() => Some(Finding::OthersKeptServing),
            Tone::Degraded => None,
            _ => Some(Finding::Unaffected),
        };
        findings.extend(said);
    }
    // Back to full strength, or not by the end of the run.
    if matches!(tone, Tone::Degraded | Tone::Down) {
        match r.full_strength_at {
            Some(t) if r.full_at_end && failing.is_empty() && r.outages.last().is_none_or(|o| o.end.is_some_and(|e| e < t)) => findings.push(Finding::BackAt(t)),
            _ if !r.full_at_end => findings.push(Finding::NotBack),
            _ => {}
        }
        if let Some(&state) = failing.first() {
            findings.push(Finding::StillFailing { count: failing.len(), state, platform: sc.platform.kind });
        }
    }
    of(tone, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::feastflow_on;
    use crate::scenario::Fault;
    use crate::topology::PlatformKind;

    #[test]
    fn compose_crash_without_restart_policy_says_down_until_an_operator_acts() {
        let mut sc = feastflow_on(PlatformKind::Compose).expect("built-in preset");
        sc.faults = vec![Fault::crash("backend").at(SimTime(10_000))];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let b = c.iter().find(|c| c.service == "backend").expect("FeastFlow has a backend");
        let backend = b.findings.as_slice();
        // Docker's default restart policy (FeastFlow's compose file sets none), and what
        // `unless-stopped` would have done: the restart manager's first delay, then the start-up.
        let ms = SimDuration::from_millis;
        assert_eq!(
            backend.first(),
            Some(&Finding::Down { start: SimTime(10_000), end: Some(SimTime(915_000)), run_end: run.end, dependency: None, operator: Some(ms(900_000)), unless_stopped: Some((ms(100), ms(5_000))) })
        );
        assert_eq!(
            crate::text::consequence(&crate::text::EN, b).replace('\u{a0}', " "),
            "down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min); with `restart: unless-stopped` Docker would have restarted it after 100 ms and it would answer 5 s later",
            "{b:?}"
        );
        let frontend = c.iter().find(|c| c.service == "frontend").and_then(|c| c.findings.first());
        assert!(matches!(frontend, Some(Finding::Down { dependency: Some(d), .. }) if d == "backend"), "{frontend:?}");
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
        sc.faults = vec![Fault::kill_node(node).at(SimTime(10_000))];
        let run = crate::simulate(&sc).expect("valid scenario");
        let c = consequences(&sc, &run);
        let backend = c.iter().find(|c| c.service == "backend");
        assert_eq!(backend.map(|c| c.tone), Some(Tone::Degraded));
        let findings = backend.map(|c| c.findings.as_slice()).unwrap_or_default();
        assert!(matches!(findings.first(), Some(Finding::DeadEndpoint { .. })), "{findings:?}");
        assert!(findings.iter().any(|f| matches!(f, Finding::BackAt(_))), "{findings:?}");
    }
}
