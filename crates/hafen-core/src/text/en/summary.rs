//! Consequences, live availability and figures in English.

use crate::run::{Counters, Run};
use crate::scenario::Scenario;
use crate::summary::{Consequence, FailedBecause, Finding};
use crate::time::{SimDuration, SimTime};
use std::fmt::{self, Display, Formatter, Write};

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
pub fn so_far(c: &Counters, t: SimTime) -> String {
    let mut out = format!("up {} of the first {}", percent(c.availability), t.since(SimTime::ZERO));
    if c.downtime > SimDuration::ZERO {
        let _ = write!(out, " (down {})", c.downtime);
    }
    out
}

/// Said first when the engine stopped a run before the scenario's end: every figure then covers
/// only the time up to that moment.
pub fn stopped_note(sc: &Scenario, run: &Run) -> Option<String> {
    let at = run.stopped_early?.clock();
    Some(format!(
        "Run stopped at {at} of {}: it needed more than {} engine events (many replicas failing and restarting for a long time, or restart delays of 0 s). Every figure here covers 00:00–{at} only.",
        sc.duration,
        group(crate::engine::MAX_EVENTS),
    ))
}

/// What happened to one service, in one sentence: its findings joined by "; ", e.g.
/// "down 15 min 5 s (00:10 → 15:15): down until an operator acts (operator reaction 15 min)".
pub fn consequence(c: &Consequence) -> String {
    struct Text<'a>(&'a [Finding]);
    impl Display for Text<'_> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            for (i, x) in self.0.iter().enumerate() {
                if i > 0 {
                    f.write_str("; ")?;
                }
                finding(f, x)?;
            }
            Ok(())
        }
    }
    Text(&c.findings).to_string()
}

fn finding(f: &mut Formatter<'_>, x: &Finding) -> fmt::Result {
    match x {
        Finding::Stopped { dependents, failed_requests } => {
            f.write_str("stopped by choice (0 replicas): ")?;
            if dependents.is_empty() {
                f.write_str("not running, and no service depends on it")?;
            } else {
                write!(f, "not running, so {} cannot answer", dependents.join(", "))?;
            }
            if *failed_requests > 0 {
                write!(f, "; {} requests to it failed", group(*failed_requests))?;
            }
            Ok(())
        }
        Finding::Down { start, end, run_end, dependency, operator, unless_stopped } => {
            match end {
                Some(e) => write!(f, "down {} ({start} → {e})", e.since(*start))?,
                None => write!(f, "down since {start}, not back by the end of the run ({run_end})")?,
            }
            if let Some(d) = dependency {
                write!(f, " because {d} was down")?;
            }
            if let Some(reaction) = operator {
                write!(f, ": down until an operator acts (operator reaction {reaction})")?;
            }
            if let Some((delay, startup)) = unless_stopped {
                write!(f, "; with `restart: unless-stopped` Docker would have restarted it after {delay} and it would answer {startup} later")?;
            }
            Ok(())
        }
        Finding::RequestsFailed { failed, total, answered, no_downtime, why } => {
            if *no_downtime {
                f.write_str("no downtime, but ")?;
            }
            write!(f, "{} of {} requests failed ({} answered)", group(*failed), group(*total), answered.map(percent).unwrap_or_default())?;
            for (i, w) in why.iter().enumerate() {
                f.write_str(if i == 0 { ": " } else { "; " })?;
                failed_because(f, w)?;
            }
            Ok(())
        }
        Finding::RolloutStalled => f.write_str("its rollout stalled: the new version never became Ready (progressDeadlineSeconds), the old replicas kept serving"),
        Finding::DeadEndpoint { time, like_outage } => {
            write!(f, "no downtime, but a dead replica stayed in the load balancer for {time} (the same as {like_outage} of full outage)")
        }
        Finding::OthersKeptServing => f.write_str("no downtime and no failed requests: the other replicas kept serving"),
        Finding::Unaffected => f.write_str("unaffected"),
        Finding::BackAt(t) => write!(f, "all replicas back at {t}"),
        Finding::NotBack => f.write_str("not back to full strength by the end of the run"),
        Finding::StillFailing { count, state, platform } => write!(f, "{count} replica(s) still {} at the end", super::state(*state, *platform)),
    }
}

fn failed_because(f: &mut Formatter<'_>, w: &FailedBecause) -> fmt::Result {
    match w {
        FailedBecause::Overloaded { service, capacity_rps, time } => {
            f.write_str(service.as_deref().unwrap_or("it"))?;
            f.write_str(" received more requests than its replicas could answer")?;
            if let Some(c) = capacity_rps {
                write!(f, " ({c} requests/s per replica)")?;
            }
            write!(f, " for {time}")
        }
        FailedBecause::DeadEndpoint { service, time, like_outage } => {
            match service {
                Some(s) => write!(f, "a dead replica stayed in {s}'s load balancer")?,
                None => f.write_str("a dead replica stayed in its load balancer")?,
            }
            write!(f, " for {time} (the same as {like_outage} of full outage)")
        }
        FailedBecause::Downtime => f.write_str("every request during the downtime above"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
