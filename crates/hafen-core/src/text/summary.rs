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
        return format!("{}\u{a0}h", w.number(m / 60.0, 1));
    }
    let secs = (m * 60.0).round() as u64;
    if secs >= 60 {
        format!("{}\u{a0}min {:02}\u{a0}s", secs / 60, secs % 60)
    } else {
        format!("{secs}\u{a0}s")
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

/// A duration measured in a run, as a person reads it: to the nearest whole second from 10 s
/// ("26 s", not "25.668 s"), to the nearest tenth from 1 s ("5.1 s", "8 s" for 7.952 s), as it is
/// below ("100 ms"). Only the words round: the figures behind them (the report, the data
/// attributes, the consistency checks) stay exact to the millisecond.
pub fn readable(d: SimDuration) -> SimDuration {
    let ms = d.as_millis();
    let step = match ms {
        10_000.. => 1_000,
        1_000.. => 100,
        _ => return d,
    };
    SimDuration(ms.saturating_add(step / 2) / step * step)
}

/// The live counters' availability in words that cannot be misread: the share of the elapsed
/// simulated time the service could answer, with the downtime beside it, e.g.
/// "up 98.4 % of the first 15 min 20 s (down 15 s)". `t` is the moment the counters `c` were
/// taken at, on the clock's whole second ([`SimTime::on_clock`]).
pub fn so_far(w: &Words, c: &Counters, t: SimTime) -> String {
    let share = percent(w, c.availability);
    let elapsed = t.since(SimTime::ZERO);
    if c.downtime > SimDuration::ZERO {
        say!(w, "so-far-down", share = share, elapsed = elapsed, down = readable(c.downtime))
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
                (Some(e), None) => say!(w, "finding-down", duration = readable(e.since(*start)), start = *start, end = *e),
                (Some(e), Some(d)) => say!(w, "finding-down-via", duration = readable(e.since(*start)), start = *start, end = *e, dependency = d),
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
        Finding::DeadEndpoint { time, like_outage } => say!(w, "finding-dead-endpoint", time = readable(*time), like_outage = like_outage),
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
        FailedBecause::DeadEndpoint { service: Some(s), time, like_outage } => say!(w, "failed-dead-endpoint-of", service = s, time = readable(*time), like_outage = like_outage),
        FailedBecause::DeadEndpoint { service: None, time, like_outage } => say!(w, "failed-dead-endpoint", time = readable(*time), like_outage = like_outage),
        FailedBecause::Downtime => say!(w, "failed-downtime"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn percentages_never_round_a_shortfall_to_100_or_a_remainder_to_0() {
        let percent = |share| percent(&crate::text::EN, share).replace('\u{a0}', " ");
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
    fn durations_read_in_whole_seconds_from_10_s_and_tenths_below() {
        let read = |ms| readable(SimDuration::from_millis(ms)).human();
        assert_eq!(read(33_332), "33 s");
        assert_eq!(read(25_668), "26 s");
        assert_eq!(read(908_600), "15 min 9 s", "rounded, not cut, as the seconds below a minute are");
        assert_eq!(read(7_952), "8 s");
        assert_eq!(read(5_100), "5.1 s", "a start-up of 5 s after a 100 ms restart delay stays exact");
        assert_eq!(read(1_100), "1.1 s");
        assert_eq!(read(100), "100 ms");
        assert_eq!(read(0), "0 s");
    }

    #[test]
    fn a_fault_at_a_paused_cursors_millisecond_reads_in_whole_seconds() {
        // AIMA, node-1 killed where a paused cursor stood, 00:43.332, on Swarm: the database's task
        // is back on another node at 01:09.000 (gossip, 3 missed heartbeats, 8 s start-up), down
        // 25.668 s, said "26 s" beside the clocks 00:43 → 01:09; the figures stay exact.
        use crate::scenario::Fault;
        use crate::topology::PlatformKind;
        let mut doc = crate::presets::builtin("aima").expect("preset");
        doc.faults = vec![Fault::kill_node("node-1").at(SimTime(43_332))];
        for kind in PlatformKind::ALL {
            let (sc, _) = doc.on_platform(kind);
            let run = crate::engine::simulate(&sc).expect("runs");
            for c in crate::summary::consequences(&sc, &run) {
                let text = consequence(&crate::text::EN, &c).replace('\u{a0}', " ");
                let millis = text.split(' ').zip(text.split(' ').skip(1)).any(|(n, unit)| unit.starts_with('s') && n.split_once('.').is_some_and(|(_, f)| f.len() > 1));
                assert!(!millis, "{kind:?} (seed {}): {}: \"{text}\"", sc.seed, c.service);
                if kind == PlatformKind::Swarm && c.service == "database" {
                    assert!(text.starts_with("down 26 s (00:43 → 01:09)"), "seed {}: \"{text}\"", sc.seed);
                    assert_eq!(c.downtime, SimDuration::from_millis(25_668), "seed {}: the figure stays exact", sc.seed);
                }
            }
        }
    }

    #[test]
    fn german_and_norwegian_percentages_have_a_decimal_comma_and_a_no_break_space() {
        let read = |l: Lang| Words::read(l, &std::fs::read_to_string(format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag())).expect("catalog")).expect("reads");
        let (de, nb) = (read(Lang::from_tag("de").expect("de")), read(Lang::from_tag("nb").expect("nb")));
        assert_eq!(percent(&de, 0.998925), "99,89\u{a0}%");
        assert_eq!(percent(&nb, 1.0), "100\u{a0}%");
        assert_eq!(de.count(1_234_567), "1.234.567");
        assert_eq!(nb.count(1_234_567), "1\u{a0}234\u{a0}567");
    }
}
