//! When start-up checks pass or give up, for an application that answers only `up` after its
//! container started: the kubelet's probes and Docker's HEALTHCHECK. Pure functions of the settings.
//!
//! Kubernetes (pkg/kubelet/prober/worker.go `run` and `doProbe`; prober_manager.go `AddPod` and
//! `UpdatePodStatus`): one probe worker per container and probe kind starts when the pod is added
//! on its node and ticks every `periodSeconds` from then on, across container restarts. Its first
//! pass runs at once, before the container exists: it finds no container ("Probe target container
//! not found") and counts nothing. A tick counts only once the container it sees has run
//! `initialDelaySeconds` (`doProbe` skips it while `int32(time.Since(StartedAt).Seconds()) <
//! InitialDelaySeconds`), and probes other than the startup probe wait until the startup probe
//! passed. The container starts a moment after the kubelet decides to start it (the instant Hafen
//! models), so a tick at that very instant, or exactly `initialDelaySeconds` after it, finds the
//! container missing or a moment too young: the first counted tick is the first *strictly after*
//! start + initialDelaySeconds. For a new pod that is one period after the pod started, so a
//! liveness or startup probe allows the full `failureThreshold × periodSeconds`; after a restart
//! (the worker is on hold until it sees the new container) it is the pod's next tick, up to one
//! period later. `failureThreshold` failures in a row give up (liveness and startup: the kubelet
//! kills the container).
//!
//! Readiness differs: `UpdatePodStatus`, run by every pod sync, triggers an immediate manual run of
//! the readiness probe for a container that has started but is not Ready. The syncs Hafen models
//! are the one after the container started (its PLEG event; "started" at once without a startup
//! probe) and the one after the startup probe passed (its result update). So readiness is probed at
//! that moment (if `initialDelaySeconds` has passed by then) and at the pod's ticks after it; it
//! passes at the first of them the application answers. (The kubelet's periodic resync of the pod,
//! every `--sync-frequency` = 1 min with jitter, triggers further manual runs; not modelled: at
//! most one period earlier, at a random moment.)
//!
//! Docker (moby daemon/health.go): the first check runs one interval after the container started
//! (`--start-interval` while inside `--start-period` and not yet healthy); each next check one
//! interval after the previous one *finished*; failures whose check started inside the start period
//! do not count; `--retries` counted failures make it unhealthy.
//!
//! An application that is not up yet refuses connections, so its checks fail at once (no timeout).

use crate::time::{SimDuration, SimTime};

/// What a start-up check comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The first check that passes, at this moment.
    Passes(SimTime),
    /// The check that fails the last allowed time, at this moment.
    GivesUp(SimTime),
}

/// The first tick of a ticker started at `base` every `period` at or after `t`.
pub(crate) fn tick_at_or_after(base: SimTime, period: SimDuration, t: SimTime) -> SimTime {
    let p = period.as_millis().max(1);
    if t <= base {
        return base;
    }
    let k = t.since(base).as_millis().div_ceil(p);
    base.plus(SimDuration(k.saturating_mul(p)))
}

/// The first tick of a ticker started at `base` every `period` strictly after `t`.
pub(crate) fn tick_after(base: SimTime, period: SimDuration, t: SimTime) -> SimTime {
    let p = period.as_millis().max(1);
    if t < base {
        return base;
    }
    let k = t.since(base).as_millis() / p + 1;
    base.plus(SimDuration(k.saturating_mul(p)))
}

/// The first tick of a pod's probe worker (ticks of `period` from `base`) that counts for a
/// container started at `start`: strictly after `start + initial_delay` (see the module's doc).
pub(crate) fn first_counted(base: SimTime, period: SimDuration, start: SimTime, initial_delay: SimDuration) -> SimTime {
    tick_after(base, period, start.plus(initial_delay))
}

/// A Kubernetes liveness or startup probe of a container started at `start` whose application
/// answers from `up` on: ticks of `period` from `base`, counted from [`first_counted`].
pub(crate) fn kubernetes(base: SimTime, period: SimDuration, start: SimTime, initial_delay: SimDuration, up: SimTime, threshold: u32) -> Outcome {
    let first = first_counted(base, period, start, initial_delay);
    let pass = tick_at_or_after(base, period, first.max(up));
    let give_up = first.plus(period.saturating_mul(u64::from(threshold.max(1)) - 1));
    if pass <= give_up {
        Outcome::Passes(pass)
    } else {
        Outcome::GivesUp(give_up)
    }
}

/// When the readiness probe of a container started at `start` first passes, the application
/// answering from `up` on and the container counting as started (its startup probe passed, or at
/// `start` without one) at `started`: the manual run `UpdatePodStatus` triggers at `started`, if
/// `initial_delay` has passed by then and the application answers; else the first tick after both
/// (ticks of `period` from `base`) at which it answers.
pub(crate) fn readiness(base: SimTime, period: SimDuration, start: SimTime, initial_delay: SimDuration, started: SimTime, up: SimTime) -> SimTime {
    if started.since(start) >= initial_delay && up <= started {
        return started;
    }
    let first = tick_after(base, period, start.plus(initial_delay).max(started));
    tick_at_or_after(base, period, first.max(up))
}

/// Docker's HEALTHCHECK of a container started at `start` whose application answers from `up` on.
pub(crate) fn docker(start: SimTime, up: SimTime, interval: SimDuration, start_period: SimDuration, start_interval: SimDuration, retries: u32) -> Outcome {
    let si = start_interval.as_millis().max(1);
    let iv = interval.as_millis().max(1);
    let sp = start_period.as_millis();
    // Checks every start interval while the previous one finished inside the start period: k = 1..=k1.
    let k1 = if sp == 0 { 0 } else { sp.div_ceil(si) };
    let last_start_check = start.plus(SimDuration(k1.saturating_mul(si)));
    // Failures count from the first check that starts at or after the end of the start period: the
    // last start-interval check (k1 × si ≥ sp), or the first regular one without a start period.
    let first_counted = if k1 == 0 { start.plus(SimDuration(iv)) } else { last_start_check };
    let give_up = first_counted.plus(SimDuration(iv.saturating_mul(u64::from(retries.max(1)) - 1)));
    let pass = if k1 > 0 && up <= last_start_check {
        let k = up.since(start).as_millis().div_ceil(si).max(1);
        start.plus(SimDuration(k.saturating_mul(si)))
    } else {
        let from = if k1 == 0 { start } else { last_start_check };
        let j = up.since(from).as_millis().div_ceil(iv).max(1);
        from.plus(SimDuration(j.saturating_mul(iv)))
    };
    if pass <= give_up {
        Outcome::Passes(pass)
    } else {
        Outcome::GivesUp(give_up)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: u64) -> SimTime {
        SimTime(x * 1_000)
    }
    fn d(x: u64) -> SimDuration {
        SimDuration::from_secs(x)
    }

    #[test]
    fn a_liveness_probe_without_delay_counts_from_the_pods_first_tick_after_the_container_started() {
        // A new pod (ticks at 0, 10, 20 … s from its start, container started at 0): the pass at 0
        // finds no container; probes at 10, 20, 30 s count. A 60 s starter is killed at 30 s.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(60), 3), Outcome::GivesUp(s(30)));
        // 25 s: answers at the third counted tick (30 s), so it survives; 30 s too.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(25), 3), Outcome::Passes(s(30)));
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(30), 3), Outcome::Passes(s(30)));
        // 31 s: killed at 30 s.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(31), 3), Outcome::GivesUp(s(30)));
        // initialDelaySeconds 60: the tick at 60 s finds the container a moment short of 60 s; the
        // first counted one is at 70 s and finds it up.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(60), s(60), 3), Outcome::Passes(s(70)));
        // A restarted container keeps the pod's ticks: started at 23 s, probes at 30, 40, 50.
        assert_eq!(kubernetes(s(0), d(10), s(23), d(0), s(83), 3), Outcome::GivesUp(s(50)));
        // Restarted exactly on a tick (60 s): that tick saw the old container; 70, 80, 90 count.
        assert_eq!(kubernetes(s(0), d(10), s(60), d(0), s(120), 3), Outcome::GivesUp(s(90)));
        // A 25 s starter restarted just before a tick (69 s) gets only 21 s: 70, 80, 90.
        assert_eq!(kubernetes(s(0), d(10), s(69), d(0), s(94), 3), Outcome::GivesUp(s(90)));
    }

    #[test]
    fn a_startup_probe_gives_failure_threshold_times_period() {
        // failureThreshold 30 × 10 s from a new pod: counted ticks at 10 … 300 s. A 60 s start passes
        // at 60 s; a 295 s start at 300 s; a 301 s start is killed at 300 s, 5 minutes.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(60), 30), Outcome::Passes(s(60)));
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(295), 30), Outcome::Passes(s(300)));
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(301), 30), Outcome::GivesUp(s(300)));
    }

    #[test]
    fn readiness_is_probed_when_the_container_counts_as_started_and_at_the_ticks_after() {
        // No startup probe, start-up 0 (restarted at 23 s): the manual run at 23 s passes.
        assert_eq!(readiness(s(0), d(10), s(23), d(0), s(23), s(23)), s(23));
        // Start-up 5 s: the manual run at 23 s fails; the tick at 30 s passes.
        assert_eq!(readiness(s(0), d(10), s(23), d(0), s(23), s(28)), s(30));
        // A new pod, start-up 10 s: the tick at 10 s finds it up.
        assert_eq!(readiness(s(0), d(10), s(0), d(0), s(0), s(10)), s(10));
        // Behind a startup probe that passed at 60 s: the manual run at 60 s passes.
        assert_eq!(readiness(s(0), d(10), s(0), d(0), s(60), s(55)), s(60));
        // initialDelaySeconds 30, start-up 0: the manual run at 0 s is skipped (the delay has not
        // passed), the tick at 30 s finds it a moment too young: Ready at 40 s.
        assert_eq!(readiness(s(0), d(10), s(0), d(30), s(0), s(0)), s(40));
    }

    #[test]
    fn docker_checks_every_interval_and_ignores_failures_in_the_start_period() {
        // Defaults: checks at 30, 60, 90 s; an application up at 100 s is unhealthy at 90 s.
        assert_eq!(docker(s(0), s(100), d(30), d(0), d(5), 3), Outcome::GivesUp(s(90)));
        assert_eq!(docker(s(0), s(45), d(30), d(0), d(5), 3), Outcome::Passes(s(60)));
        // start_period 60 s, start_interval 5 s: checks at 5, 10, …, 60; up at 42 s ⇒ healthy at 45 s.
        assert_eq!(docker(s(0), s(42), d(30), d(60), d(5), 3), Outcome::Passes(s(45)));
        // Up at 200 s: counted failures at 60, 90, 120 ⇒ unhealthy at 120 s.
        assert_eq!(docker(s(0), s(200), d(30), d(60), d(5), 3), Outcome::GivesUp(s(120)));
        // start_period 12 s: checks at 5, 10, 15 (counts: started after 12 s), then 45, 75.
        assert_eq!(docker(s(10), s(300), d(30), d(12), d(5), 3), Outcome::GivesUp(s(85)));
    }
}
