//! The advice in words: the verdict, each platform's reasons (every figure quoted as the
//! Availability and Costs tabs write it), the requirements, what a platform would need, the rules
//! of thumb and the migration path. The app's advisor tab and `hafen-sim advise` say the same.

use super::summary::{minutes, percent};
use super::Words;
use crate::advisor::{Advice, Figure, Fix, Need, Note, PlatformVerdict, Requirement, Step, TriggerKind, Verdict, Why};
use crate::availability::Mode;
use crate::costs::Money;
use crate::say;
use crate::topology::PlatformKind;

/// The uptime target as the advisor and Availability tabs write it ("99.9 %").
pub fn target(w: &Words, share: f64) -> String {
    let pct = share * 100.0;
    let decimals = (0..=3).find(|&d| ((pct * 10f64.powi(d)).round() - pct * 10f64.powi(d)).abs() < 1e-6).unwrap_or(3) as usize;
    w.percent(pct, decimals)
}

/// A platform's total over the horizon as the Costs tab writes it: in EUR when it can be, else
/// its amounts in each currency.
pub fn total(w: &Words, p: &PlatformVerdict, usd_per_eur: Option<f64>) -> String {
    match p.horizon_eur {
        Some(v) => w.lang().money(v, 0, "EUR"),
        None => super::costs::money(w, mid(p.horizon), usd_per_eur),
    }
}

/// The middle of each currency's range.
fn mid(m: Money) -> Money {
    use crate::costs::Span;
    Money { eur: Span::fixed(m.eur.mid()), usd: Span::fixed(m.usd.mid()) }
}

/// How much more `b` costs than `a` over the horizon.
fn difference(w: &Words, a: &PlatformVerdict, b: &PlatformVerdict, usd_per_eur: Option<f64>) -> String {
    match (a.horizon_eur, b.horizon_eur) {
        (Some(x), Some(y)) => w.lang().money((y - x).abs(), 0, "EUR"),
        _ => super::costs::money(w, mid(b.horizon).plus(mid(a.horizon).times(-1.0)), usd_per_eur),
    }
}

/// The verdict in one sentence.
pub fn verdict(w: &Words, a: &Advice, usd_per_eur: Option<f64>) -> String {
    let target = target(w, a.target);
    match &a.verdict {
        Verdict::Cheapest { platform, next } => {
            let (p, n) = (a.platforms.get(*platform), a.platforms.get(*next));
            say!(
                w,
                "verdict-cheapest",
                platform = platform.label(),
                target = target,
                total = total(w, p, usd_per_eur),
                months = a.horizon,
                by = difference(w, p, n, usd_per_eur),
                next = next.label(),
                next_total = total(w, n, usd_per_eur)
            )
        }
        Verdict::Only(platform) => say!(w, "verdict-only", platform = platform.label(), target = target, total = total(w, a.platforms.get(*platform), usd_per_eur), months = a.horizon),
        Verdict::NeedsRate(ps) => say!(w, "verdict-needs-rate", platforms = ps.iter().map(|p| p.label()).collect::<Vec<_>>().join(", "), target = target),
        Verdict::NoneMeets { closest, availability } => {
            if a.requirements.is_empty() {
                say!(w, "verdict-none-meets", target = target, platform = closest.label(), availability = percent(w, *availability))
            } else {
                say!(w, "verdict-none-meets-requirements", target = target, platform = closest.label(), availability = percent(w, *availability))
            }
        }
        Verdict::NoneSatisfies => say!(w, "verdict-none-satisfies"),
    }
}

/// "Recommendation: Docker Swarm" or "Recommendation: none".
pub fn recommendation(w: &Words, a: &Advice) -> String {
    match a.recommendation() {
        Some(p) => say!(w, "advisor-recommendation", platform = p.label()),
        None => say!(w, "advisor-recommendation-none"),
    }
}

/// A hard requirement.
pub fn requirement(w: &Words, r: Requirement) -> String {
    match r {
        Requirement::NodeAutoscaling => say!(w, "requirement-node-autoscaling"),
        Requirement::ZeroDowntimeDeploys => say!(w, "requirement-zero-downtime"),
    }
}

/// Why a platform satisfies a requirement or not.
pub fn why(w: &Words, why: Why, entry: &str) -> String {
    match why {
        Why::ClusterAutoscaler => say!(w, "why-cluster-autoscaler"),
        Why::NoAutomaticMachines => say!(w, "why-no-automatic-machines"),
        Why::DeployDowntime(d) if d.as_millis() == 0 => say!(w, "why-deploy-no-downtime", entry = entry),
        Why::DeployDowntime(d) => say!(w, "why-deploy-downtime", entry = entry, down = d),
    }
}

/// The service whose downtime users see.
fn entry(a: &Advice) -> &str {
    a.entry.as_str()
}

/// Where a share of downtime comes from.
fn source(w: &Words, mode: Mode, service: Option<&str>) -> String {
    match (mode, service) {
        (Mode::Crash, Some(s)) => say!(w, "source-crash", service = s),
        (Mode::Hang, Some(s)) => say!(w, "source-hang", service = s),
        (Mode::Node, Some(s)) => say!(w, "source-node", service = s),
        (Mode::Node, None) => say!(w, "source-host"),
        (Mode::Deploy, _) => say!(w, "source-deploys"),
        (Mode::Crash | Mode::Hang, None) => say!(w, "source-failures"),
    }
}

/// One step of what a platform would need.
pub fn need(w: &Words, n: &Need, platform: PlatformKind) -> String {
    match n {
        Need::Change { fix, services, then } => {
            let services = services.join(", ");
            let then = percent(w, *then);
            match fix {
                Fix::RestartPolicy => say!(w, "need-restart-policy", services = services, then = then),
                Fix::Watchdog => say!(w, "need-watchdog", services = services, then = then),
                Fix::Healthcheck => say!(w, "need-healthcheck", services = services, then = then),
                Fix::LivenessProbe => say!(w, "need-liveness", services = services, then = then),
                Fix::SecondReplica => say!(w, "need-second-replica", services = services, then = then),
                Fix::Standby => say!(w, "need-standby", services = services, then = then),
            }
        }
        Need::OutOfReach { mode, service, month_minutes, best } => say!(
            w,
            "need-out-of-reach",
            platform = platform.label(),
            best = percent(w, *best),
            source = source(w, *mode, service.as_deref()),
            minutes = minutes(w, *month_minutes)
        ),
    }
}

/// What `platform` would need, introduced ("Compose reaches 95 % only with: …").
pub fn needs_heading(w: &Words, a: &Advice, platform: PlatformKind) -> String {
    let p = a.platforms.get(platform);
    let reach = p.needs.iter().all(|n| matches!(n, Need::Change { .. }));
    if reach {
        say!(w, "needs-reach", platform = platform.label(), target = target(w, a.target))
    } else {
        say!(w, "needs-cannot-reach", platform = platform.label(), target = target(w, a.target))
    }
}

/// Each platform's reasons, in sentences: its availability against the target, its requests, a
/// deploy, the requirements it fails, its total and how it compares with the recommendation, and
/// what it would need. The app lists them under each platform; `hafen-sim advise` prints them.
pub fn platform_reasons(w: &Words, a: &Advice, platform: PlatformKind, usd_per_eur: Option<f64>) -> Vec<String> {
    let p = a.platforms.get(platform);
    let target = target(w, a.target);
    let mut out = Vec::new();
    let availability = percent(w, p.availability);
    let down = minutes(w, (1.0 - p.availability).max(0.0) * crate::availability::MONTH_MINUTES);
    out.push(if p.meets_target {
        say!(w, "reason-meets-target", availability = availability, down = down, target = target)
    } else {
        say!(w, "reason-misses-target", availability = availability, down = down, target = target)
    });
    out.push(say!(w, "reason-requests", share = percent(w, p.request_success)));
    let per_day = a.inputs.situation.deploys_per_day;
    out.push(if p.deploy_down.as_millis() == 0 {
        say!(w, "reason-deploy-no-downtime", entry = entry(a))
    } else {
        say!(w, "reason-deploy", entry = entry(a), down = p.deploy_down, per_day = per_day, month = minutes(w, p.deploy_month_minutes))
    });
    if !p.data_left_behind.is_empty() {
        out.push(say!(w, "reason-data-left-behind", services = p.data_left_behind.join(", "), count = p.data_left_behind.len(), operator = a.operator));
    }
    for r in &p.excluded_by {
        let check = a.requirements.iter().find(|c| c.requirement == *r).map(|c| c.platforms.get(platform).why);
        let why = check.map(|c| why(w, c, entry(a))).unwrap_or_else(|| panic!("advisor invariant broken: a requirement excludes {} but is not checked", platform.id()));
        out.push(say!(w, "reason-excluded", requirement = requirement(w, *r), why = why));
    }
    let monthly = super::costs::money(w, p.monthly, usd_per_eur);
    out.push(say!(w, "reason-total", total = total(w, p, usd_per_eur), months = a.horizon, monthly = monthly));
    if let Some(best) = a.recommendation().filter(|b| *b != platform) {
        let b = a.platforms.get(best);
        // In EUR, or in each currency; without a rate neither may be cheaper in both.
        match crate::advisor::cheaper(b, p) {
            Some(true) => out.push(say!(w, "reason-costs-more", by = difference(w, b, p, usd_per_eur), platform = best.label())),
            Some(false) => out.push(say!(w, "reason-costs-less-but", by = difference(w, p, b, usd_per_eur), platform = best.label())),
            None => out.push(say!(w, "reason-costs-depends", platform = best.label())),
        }
    }
    if !p.needs.is_empty() {
        out.push(say!(w, "reason-needs", heading = needs_heading(w, a, platform), needs = p.needs.iter().map(|n| need(w, n, platform)).collect::<Vec<_>>().join("; ")));
    }
    out
}

/// The advice as the Advisor tab shows it, every sentence said in one language: what the tab draws
/// and what `hafen-sim advise` prints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdviceView {
    /// The platform recommended, if any.
    pub recommendation: Option<PlatformKind>,
    /// "Recommendation: Docker Swarm".
    pub heading: String,
    /// The verdict in one sentence.
    pub verdict: String,
    /// The figures table's column headings.
    pub columns: Vec<String>,
    /// Its rows, one per platform.
    pub rows: Vec<ViewRow>,
    /// The hard requirements.
    pub requirements: Vec<ViewRequirement>,
    /// Worth doing whatever the platform.
    pub notes: Vec<String>,
    /// Each platform's reasons.
    pub reasons: Vec<(PlatformKind, Vec<String>)>,
}

/// A platform's row of the figures table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewRow {
    /// The platform.
    pub platform: Option<PlatformKind>,
    /// It is the one recommended.
    pub recommended: bool,
    /// It meets the uptime target.
    pub meets: bool,
    /// Availability, requests answered, a deploy, the total a month and over the horizon, whether
    /// it meets the target, the requirements it fails.
    pub cells: Vec<String>,
}

/// A hard requirement and, per platform, whether it satisfies it and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewRequirement {
    /// Its stable name (`zero_downtime_deploys`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Per platform: satisfied, and the sentence that says so.
    pub platforms: Vec<(bool, String)>,
}

/// The advice in `w`'s words, totals converted at `usd_per_eur` when given.
pub fn view(w: &Words, a: &Advice, usd_per_eur: Option<f64>) -> AdviceView {
    let yes_no = |b: bool| if b { say!(w, "advisor-yes") } else { say!(w, "advisor-no") };
    let columns = vec![
        say!(w, "advisor-col-availability"),
        say!(w, "advisor-col-requests"),
        say!(w, "advisor-col-deploy"),
        say!(w, "advisor-col-monthly"),
        say!(w, "advisor-col-horizon", months = a.horizon),
        say!(w, "advisor-col-target", target = target(w, a.target)),
        say!(w, "advisor-col-fails"),
    ];
    let rows = PlatformKind::ALL
        .iter()
        .map(|&k| {
            let p = a.platforms.get(k);
            let fails: Vec<String> = p.excluded_by.iter().map(|r| requirement(w, *r)).collect();
            ViewRow {
                platform: Some(k),
                recommended: a.recommendation() == Some(k),
                meets: p.meets_target,
                cells: vec![
                    percent(w, p.availability),
                    percent(w, p.request_success),
                    w.duration(p.deploy_down),
                    super::costs::money(w, p.monthly, usd_per_eur),
                    total(w, p, usd_per_eur),
                    yes_no(p.meets_target),
                    if fails.is_empty() { "—".to_string() } else { fails.join(", ") },
                ],
            }
        })
        .collect();
    let requirements = a
        .requirements
        .iter()
        .map(|r| ViewRequirement {
            id: r.requirement.id().to_string(),
            name: requirement(w, r.requirement),
            platforms: r
                .platforms
                .iter()
                .map(|(k, c)| (c.satisfied, say!(w, "advisor-requirement-platform", mark = if c.satisfied { "✔" } else { "✘" }, platform = k.label(), why = why(w, c.why, &a.entry))))
                .collect(),
        })
        .collect();
    AdviceView {
        recommendation: a.recommendation(),
        heading: recommendation(w, a),
        verdict: verdict(w, a, usd_per_eur),
        columns,
        rows,
        requirements,
        notes: a.notes.iter().map(|n| note(w, n)).collect(),
        reasons: PlatformKind::ALL.iter().map(|&k| (k, platform_reasons(w, a, k, usd_per_eur))).collect(),
    }
}

/// A rule of thumb as the design documents state it.
pub fn trigger(w: &Words, kind: TriggerKind) -> String {
    match kind {
        TriggerKind::TeamUnder3 => say!(w, "trigger-team-under-3"),
        TriggerKind::Under100Rps => say!(w, "trigger-under-100-rps"),
        TriggerKind::OneOrTwoMachines => say!(w, "trigger-one-or-two-machines"),
        TriggerKind::TeamOver3 => say!(w, "trigger-team-over-3"),
        TriggerKind::Over1000Rps => say!(w, "trigger-over-1000-rps"),
        TriggerKind::Over5Machines => say!(w, "trigger-over-5-machines"),
        TriggerKind::Over20Containers => say!(w, "trigger-over-20-containers"),
        TriggerKind::Over10Deploys => say!(w, "trigger-over-10-deploys"),
    }
}

/// The figure a rule was checked against, e.g. "120 req/s".
pub fn figure(w: &Words, f: &Figure) -> String {
    match *f {
        Figure::Team(n) => say!(w, "figure-team", people = n),
        Figure::PeakRps(n) => say!(w, "figure-peak-rps", rps = n),
        Figure::Machines(n, on) => say!(w, "figure-machines", machines = n, platform = on.label()),
        Figure::Containers(n, on) => say!(w, "figure-containers", containers = n, platform = on.label()),
        Figure::DeploysPerDay(n) => say!(w, "figure-deploys", deploys = n),
    }
}

/// A note worth acting on whatever the platform.
pub fn note(w: &Words, n: &Note) -> String {
    match n {
        Note::RestartNo { services, operator, restart_delay } => {
            say!(w, "advice-restart-no", services = services.join(", "), count = services.len(), operator = *operator, delay = *restart_delay)
        }
        Note::HangsWait { platform, services, operator, fix } => {
            let fix = match fix {
                Fix::Watchdog => say!(w, "advice-hang-fix-watchdog"),
                Fix::Healthcheck => say!(w, "advice-hang-fix-healthcheck"),
                Fix::LivenessProbe => say!(w, "advice-hang-fix-liveness"),
                Fix::RestartPolicy | Fix::SecondReplica | Fix::Standby => panic!("advisor invariant broken: a hang's note names a fix that restarts nothing"),
            };
            say!(w, "advice-hangs-wait", platform = platform.label(), services = services.join(", "), operator = *operator, fix = fix)
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
    fn targets_are_written_with_the_decimals_they_have() {
        assert_eq!(target(&EN, 0.999), "99.9\u{a0}%");
        assert_eq!(target(&EN, 0.95), "95\u{a0}%");
        assert_eq!(target(&EN, 0.9995), "99.95\u{a0}%");
    }
}
