//! Consequences, live availability and figures.

use super::Words;
use crate::run::{Counters, Run};
use crate::say;
use crate::scenario::Scenario;
use crate::summary::{Consequence, FailedBecause, Finding};
use crate::time::{SimDuration, SimTime};

/// Minutes of downtime a month or a year as the Availability tab writes them: "2 min 05 s", "4.3 h".
pub fn minutes(w: &Words, m: f64) -> String {
    if m >= 120.0 {
        return format!("{} h", w.number(m / 60.0, 1));
    }
    let secs = (m * 60.0).round() as u64;
    if secs >= 60 {
        format!("{} min {:02} s", secs / 60, secs % 60)
    } else {
        format!("{secs} s")
    }
}

/// A share [0..1] as a percentage people read without confusion and that never overstates: cut
/// (not rounded) to one decimal, or to two significant digits of what is missing to 100 %
/// ("40.0 %", "99.89 %", "99.9960 %"), with more digits where a remainder would read as 0 %;
/// "100 %" and "0 %" only when exact ([`Words::percent`] writes the sign).
pub fn percent(w: &Words, share: f64) -> String {
    let p = (share * 100.0).clamp(0.0, 100.0);
    let (shown, digits) = if p >= 100.0 {
        (100.0, 0)
    } else if p <= 0.0 {
        (0.0, 0)
    } else {
        let mut digits = ((-(100.0 - p).log10()).ceil() as i32 + 1).clamp(1, 4);
        loop {
            let scale = 10f64.powi(digits);
            let shown = (p * scale).floor() / scale;
            if shown > 0.0 || digits >= 6 {
                break (shown, digits as usize);
            }
            digits += 1;
        }
    };
    w.percent(shown, digits)
}

/// The live counters' availability in words that cannot be misread: the share of the elapsed
/// simulated time the service could answer, with the downtime beside it, e.g.
/// "up 98.4 % of the first 15 min 20 s (down 15 s)".
pub fn so_far(w: &Words, c: &Counters, t: SimTime) -> String {
    let share = percent(w, c.availability);
    let elapsed = t.since(SimTime::ZERO);
    if c.downtime > SimDuration::ZERO {
        say!(w, "so-far-down", share = share, elapsed = elapsed, down = c.downtime)
    } else {
        say!(w, "so-far", share = share, elapsed = elapsed)
    }
}

/// Said first when the engine stopped a run before the scenario's end: every figure then covers
/// only the time up to that moment.
pub fn stopped_note(w: &Words, sc: &Scenario, run: &Run) -> Option<String> {
    let at = run.stopped_early?;
    Some(say!(w, "run-stopped-note", at = at, duration = sc.duration, events = crate::engine::MAX_EVENTS))
}

/// What happened to one service, in one sentence: its findings joined by "; ", e.g.
/// "down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min)".
pub fn consequence(w: &Words, c: &Consequence) -> String {
    c.findings.iter().map(|x| finding(w, x)).collect::<Vec<_>>().join("; ")
}

fn finding(w: &Words, x: &Finding) -> String {
    match x {
        Finding::Stopped { dependents, failed_requests } => {
            let mut out = if dependents.is_empty() {
                say!(w, "finding-stopped")
            } else {
                say!(w, "finding-stopped-dependents", dependents = dependents.join(", "))
            };
            if *failed_requests > 0 {
                out.push_str(&say!(w, "finding-stopped-failed", failed = *failed_requests));
            }
            out
        }
        Finding::Down { start, end, run_end, dependency, operator, unless_stopped } => {
            let mut out = match (end, dependency) {
                (Some(e), None) => say!(w, "finding-down", duration = e.since(*start), start = *start, end = *e),
                (Some(e), Some(d)) => say!(w, "finding-down-via", duration = e.since(*start), start = *start, end = *e, dependency = d),
                (None, None) => say!(w, "finding-down-not-back", start = *start, end = *run_end),
                (None, Some(d)) => say!(w, "finding-down-not-back-via", start = *start, end = *run_end, dependency = d),
            };
            if let Some(reaction) = operator {
                out.push_str(&say!(w, "finding-down-operator", reaction = reaction));
            }
            if let Some((delay, startup)) = unless_stopped {
                out.push_str(&say!(w, "finding-down-unless-stopped", delay = delay, startup = startup));
            }
            out
        }
        Finding::DataLeftBehind { at, node, data_node, empty: true } => say!(w, "finding-data-left-behind", at = *at, node = node, data_node = data_node),
        Finding::DataLeftBehind { at, node, data_node, empty: false } => say!(w, "finding-data-left-behind-old-volume", at = *at, node = node, data_node = data_node),
        Finding::RequestsFailed { failed, total, answered, no_downtime, why } => {
            let answered = answered.map(|a| percent(w, a)).unwrap_or_default();
            let mut out = if *no_downtime {
                say!(w, "finding-failed-no-downtime", failed = *failed, total = *total, answered = answered)
            } else {
                say!(w, "finding-failed", failed = *failed, total = *total, answered = answered)
            };
            for (i, because) in why.iter().enumerate() {
                out.push_str(if i == 0 { ": " } else { "; " });
                out.push_str(&failed_because(w, because));
            }
            out
        }
        Finding::RolloutStalled => say!(w, "finding-rollout-stalled"),
        Finding::DeadEndpoint { time, like_outage } => say!(w, "finding-dead-endpoint", time = time, like_outage = like_outage),
        Finding::OthersKeptServing => say!(w, "finding-others-kept-serving"),
        Finding::Unaffected => say!(w, "finding-unaffected"),
        Finding::BackAt(t) => say!(w, "finding-back-at", at = *t),
        Finding::NotBack => say!(w, "finding-not-back"),
        Finding::StillFailing { count, state, platform } => say!(w, "finding-still-failing", count = count, state = super::state(w, *state, *platform)),
    }
}

fn failed_because(w: &Words, because: &FailedBecause) -> String {
    match because {
        FailedBecause::Overloaded { service, capacity_rps, time } => {
            let who = service.clone().unwrap_or_else(|| say!(w, "failed-overloaded-it"));
            match capacity_rps {
                Some(c) => say!(w, "failed-overloaded-capacity", service = who, capacity = c, time = time),
                None => say!(w, "failed-overloaded", service = who, time = time),
            }
        }
        FailedBecause::DeadEndpoint { service: Some(s), time, like_outage } => say!(w, "failed-dead-endpoint-of", service = s, time = time, like_outage = like_outage),
        FailedBecause::DeadEndpoint { service: None, time, like_outage } => say!(w, "failed-dead-endpoint", time = time, like_outage = like_outage),
        FailedBecause::Downtime => say!(w, "failed-downtime"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn percentages_never_round_a_shortfall_to_100_or_a_remainder_to_0() {
        let percent = |share| percent(&crate::text::EN, share);
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
    fn german_and_norwegian_percentages_have_a_decimal_comma_and_a_no_break_space() {
        let de = Words::read(Lang::De, "x = x").expect("reads");
        let nb = Words::read(Lang::Nb, "x = x").expect("reads");
        assert_eq!(percent(&de, 0.998925), "99,89\u{a0}%");
        assert_eq!(percent(&nb, 1.0), "100\u{a0}%");
        assert_eq!(de.count(1_234_567), "1.234.567");
        assert_eq!(nb.count(1_234_567), "1\u{a0}234\u{a0}567");
    }
}
