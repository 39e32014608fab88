//! When start-up checks pass or give up, for an application that answers only `up` after its
//! container started: the kubelet's probes and Docker's HEALTHCHECK. Pure functions of the settings.
//!
//! Kubernetes (pkg/kubelet/prober/worker.go): one probe worker per container and probe kind ticks
//! every `periodSeconds` from the moment the pod was added on its node, across container restarts;
//! a tick probes only once the container has run `initialDelaySeconds`, and probes other than the
//! startup probe wait until the startup probe passed. `failureThreshold` failures in a row give up
//! (liveness and startup: the kubelet kills the container).
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

/// A Kubernetes probe of a container started at `start` whose application answers from `up` on:
/// ticks of `period` from `base`, active from `max(start + initial_delay, active_from)`.
pub(crate) fn kubernetes(base: SimTime, period: SimDuration, start: SimTime, initial_delay: SimDuration, active_from: SimTime, up: SimTime, threshold: u32) -> Outcome {
    let first = tick_at_or_after(base, period, start.plus(initial_delay).max(active_from));
    let pass = tick_at_or_after(base, period, first.max(up));
    let give_up = first.plus(period.saturating_mul(u64::from(threshold.max(1)) - 1));
    if pass <= give_up {
        Outcome::Passes(pass)
    } else {
        Outcome::GivesUp(give_up)
    }
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
    fn a_liveness_probe_without_delay_kills_a_slow_starter_at_the_third_failed_tick() {
        // Probes at 0, 10, 20 s fail (the application needs 60 s): the third failure kills it at 20 s.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(0), s(60), 3), Outcome::GivesUp(s(20)));
        // 25 s: still starting at the third tick (20 s).
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(0), s(25), 3), Outcome::GivesUp(s(20)));
        // 20 s: answers at the third tick.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(0), s(20), 3), Outcome::Passes(s(20)));
        // initialDelaySeconds 60: the first probe at 60 s finds it up.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(60), s(0), s(60), 3), Outcome::Passes(s(60)));
        // A restarted container keeps the pod's ticks: started at 23 s, probes at 30, 40, 50.
        assert_eq!(kubernetes(s(0), d(10), s(23), d(0), s(23), s(83), 3), Outcome::GivesUp(s(50)));
    }

    #[test]
    fn a_startup_probe_gives_failure_threshold_times_period() {
        // failureThreshold 30 × 10 s: a 60 s start passes at 60 s.
        assert_eq!(kubernetes(s(0), d(10), s(0), d(0), s(0), s(60), 30), Outcome::Passes(s(60)));
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
