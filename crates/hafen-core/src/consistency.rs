//! Everything shown about one run must agree: the report (and its JSON and summary), the live
//! counters at the end, the consequences in words, the diagram's end state, the traffic label, the
//! cost bill and the advisor. [`check`] returns each disagreement as a sentence naming the platform,
//! the seed and the service, so a failing test says what to look at.

use crate::advisor::{rules_of_thumb, Advice, Inputs, Need, Requirement, Verdict};
use crate::cause::Cause;
use crate::costs::{cumulative, platform_cost, CostInputs, Item, Machines};
use crate::document::Document;
use crate::economics::Economics;
use crate::text::advice::platform_reasons;
use crate::text::{costs, percent, Words};
use crate::report::{run_json, summary_text};
use crate::run::{ReplicaState, Run, TraceKind};
use crate::scenario::Scenario;
use crate::summary::{consequences, Finding, Tone};
use crate::text::EN;
use crate::time::{SimDuration, SimTime};
use crate::topology::PlatformKind;

/// Disagreements between what the views of `run` (of `sc`) say; empty when they all agree.
pub fn check(sc: &Scenario, run: &Run) -> Vec<String> {
    let mut out = Vec::new();
    let who = format!("{} on {} (seed {})", sc.name, sc.platform.kind.label(), sc.seed);
    let mut say = |what: String| out.push(format!("{who}: {what}"));
    let end = run.end;
    let words = consequences(sc, run);
    let json = run_json(&EN, sc, run, 0);
    let summary = summary_text(&EN, &[(sc.clone(), run.clone())]);
    let snap = run.snapshot_at(end);
    for (si, r) in run.services.iter().enumerate() {
        let name = &r.name;
        // The report with itself.
        let summed = r.outages.iter().fold(SimDuration::ZERO, |acc, o| acc.saturating_add(o.end.unwrap_or(end).min(end).since(o.start)));
        if summed != r.downtime {
            say(format!("{name}: downtime {} but its outages add up to {}", r.downtime.human(), summed.human()));
        }
        if r.own_downtime > r.downtime {
            say(format!("{name}: its own downtime {} exceeds its downtime {}", r.own_downtime.human(), r.downtime.human()));
        }
        // The live counters at the end with the report.
        let c = run.counters_at(si, end);
        if c.downtime != r.downtime {
            say(format!("{name}: counters show {} down, the report {}", c.downtime.human(), r.downtime.human()));
        }
        if c.failed.abs_diff(r.failed_requests) > 1 || c.served.abs_diff(r.served_requests) > 1 {
            say(format!("{name}: counters show {} failed / {} served, the report {} / {}", c.failed, c.served, r.failed_requests, r.served_requests));
        }
        let open = r.outages.last().is_some_and(|o| o.end.is_none());
        if c.down != open {
            say(format!("{name}: counters say {} at the end, the outages {}", if c.down { "down" } else { "up" }, if open { "still open" } else { "closed" }));
        }
        // The consequence in words.
        let Some(w) = words.get(si) else {
            say(format!("{name}: no consequence"));
            continue;
        };
        // As the page and the report say it.
        let text = crate::text::consequence(&EN, w);
        if w.tone == Tone::Unaffected && !r.stopped && (r.downtime > SimDuration::ZERO || r.failed_requests > 0 || r.degraded > SimDuration::ZERO) {
            say(format!("{name}: called unaffected with {} down and {} failed requests: \"{}\"", r.downtime.human(), r.failed_requests, text));
        }
        if text.contains("unaffected") && w.tone != Tone::Unaffected {
            say(format!("{name}: \"unaffected\" in a {} consequence: \"{}\"", w.tone.id(), text));
        }
        if r.failed_requests > 0 && !text.contains(&EN.count(r.failed_requests)) {
            say(format!("{name}: {} requests failed but the consequence does not say so: \"{}\"", r.failed_requests, text));
        }
        if r.failed_requests > 0 && text.contains("no failed requests") {
            say(format!("{name}: \"no failed requests\" with {} failed: \"{}\"", r.failed_requests, text));
        }
        if r.downtime > SimDuration::ZERO && (w.tone != Tone::Down || text.contains("no downtime")) {
            say(format!("{name}: down {} but the consequence reads \"{}\"", r.downtime.human(), text));
        }
        if !summary.contains(&format!("  {name}: {text}")) {
            say(format!("{name}: the summary does not carry the consequence \"{text}\""));
        }
        // Data left behind (Swarm, stateful, unpinned): the report, the counters, the trace, the
        // consequence and the JSON all count each time, and no other service or platform has any.
        let left = &r.data_left_behind;
        if !left.is_empty() {
            let svc = sc.topology.services.get(si);
            if sc.platform.kind != PlatformKind::Swarm || svc.is_some_and(|s| !s.stateful || s.node.is_some()) {
                say(format!("{name}: data left behind {} time(s), yet it is not an unpinned stateful service on Swarm", left.len()));
            }
            if w.tone == Tone::Unaffected {
                say(format!("{name}: called unaffected, yet its data was left behind {} time(s)", left.len()));
            }
        }
        if c.data_left_behind != left.len() {
            say(format!("{name}: counters show data left behind {} time(s), the report {}", c.data_left_behind, left.len()));
        }
        let said = w.findings.iter().filter(|f| matches!(f, Finding::DataLeftBehind { .. })).count();
        if said != left.len() {
            say(format!("{name}: data left behind {} time(s), the consequence says so {said} time(s): \"{text}\"", left.len()));
        }
        let cut = run.trace.iter().any(|e| matches!(e.kind, TraceKind::TraceTruncated | TraceKind::RunStopped));
        let logged = run.trace.iter().filter(|e| e.kind == TraceKind::DataLeftBehind && run.replicas.iter().any(|x| x.name == e.subject && x.service as usize == si)).count();
        if !cut && logged != left.len() {
            say(format!("{name}: data left behind {} time(s), the event log says so {logged} time(s)", left.len()));
        }
        for l in left {
            let mut node = String::new();
            crate::export::string(&mut node, &l.data_node);
            if !text.contains(&l.data_node) || !json.contains(&format!("\"data_node\": {node}")) {
                say(format!("{name}: its data stayed on {} at {}, which the consequence or the JSON report does not say", l.data_node, l.t));
            }
        }
        // The event log: each outage of the report is said where it starts ("down", by itself or
        // through the dependency its consequence names) and where it ends ("serving again").
        if !cut && !r.stopped {
            let said = said_outages(run, name);
            let reported: Vec<(SimTime, Option<SimTime>)> = r.outages.iter().map(|o| (o.start, o.end)).collect();
            if said.iter().map(|&(s, e, _)| (s, e)).collect::<Vec<_>>() != reported {
                let log: Vec<String> = said.iter().map(|(s, e, _)| format!("{s} → {}", e.map_or("end".to_string(), |e| e.to_string()))).collect();
                let rep: Vec<String> = reported.iter().map(|(s, e)| format!("{s} → {}", e.map_or("end".to_string(), |e| e.to_string()))).collect();
                say(format!("{name}: the report's outages {rep:?}, the event log's down/serving again {log:?}"));
            }
            for (o, (_, _, via)) in r.outages.iter().zip(&said) {
                if via.is_some() != o.via_dependency {
                    say(format!("{name}: down at {} {} in the report, {} in the event log", o.start, if o.via_dependency { "through a dependency" } else { "by itself" }, via.as_deref().map_or("by itself".to_string(), |d| format!("through {d}"))));
                }
                let named = w.findings.iter().find_map(|f| match f {
                    Finding::Down { start, dependency: Some(d), .. } if *start == o.start => Some(d),
                    _ => None,
                });
                if let (Some(d), Some(v)) = (named, via) {
                    if d != v {
                        say(format!("{name}: down at {} because {d} was down, says its consequence; because {v} was, says the event log", o.start));
                    }
                }
            }
        }
        // The JSON report.
        let entry = format!("\"failed_requests\": {}, \"served_requests\": {}", r.failed_requests, r.served_requests);
        let mut key = String::new();
        crate::export::string(&mut key, name);
        key.push_str(&format!(": {{\"downtime_s\": {}.{:03}", r.downtime.as_millis() / 1_000, r.downtime.as_millis() % 1_000));
        if !json.contains(&entry) || !json.contains(&key) {
            say(format!("{name}: the JSON report disagrees with the report (looked for {key} … {entry})"));
        }
        // The diagram at the end.
        let stuck: Vec<&str> = snap
            .replicas
            .iter()
            .filter(|&&(rep, _, st)| st != ReplicaState::Running && run.replicas.get(rep as usize).is_some_and(|x| x.service as usize == si))
            .map(|&(_, _, st)| st.id())
            .collect();
        if !stuck.is_empty() && w.tone == Tone::Unaffected {
            say(format!("{name}: called unaffected, yet the diagram ends with replicas {stuck:?}"));
        }
        // Terminating pods and lost tasks on a dead node are leftovers of replaced replicas; these are not.
        let failing: Vec<&&str> = stuck.iter().filter(|s| !matches!(**s, "terminating" | "unknown")).collect();
        if !failing.is_empty() && w.findings.iter().any(|f| matches!(f, Finding::BackAt(_))) {
            say(format!("{name}: \"all replicas back\", yet the diagram ends with replicas {failing:?}"));
        }
        if !r.stopped {
            let running = snap.replicas.iter().any(|&(rep, _, st)| st == ReplicaState::Running && run.replicas.get(rep as usize).is_some_and(|x| x.service as usize == si));
            let deps_down = sc
                .topology
                .services
                .get(si)
                .is_some_and(|s| s.depends_on.iter().any(|d| run.service(d).is_some_and(|x| x.stopped || x.outages.last().is_some_and(|o| o.end.is_none()))));
            if open && running && !deps_down {
                say(format!("{name}: down at the end, yet the diagram shows a Running replica and its dependencies up"));
            }
            if !open && !running {
                say(format!("{name}: up at the end, yet the diagram shows no Running replica"));
            }
        }
    }
    // The traffic label with the traffic that flowed.
    if let Some(entry) = sc.traffic.as_ref().and_then(|t| sc.topology.service_index(&t.entry)) {
        let mut moments: Vec<SimTime> = sc.faults.iter().filter(|f| f.kind.traffic().is_some()).map(|f| f.at).collect();
        moments.push(end);
        moments.push(SimTime::ZERO);
        for t in moments.into_iter().filter(|&t| t <= end) {
            let flowing = run.flow.get(entry).and_then(|series| series.get(series.partition_point(|p| p.t <= t).checked_sub(1)?)).map_or(0.0, |p| p.load);
            if (flowing - sc.rps_at(t) as f64).abs() > 1e-6 {
                say(format!("traffic at {t}: the label says {} req/s, {flowing} req/s flowed into the entry", sc.rps_at(t)));
            }
        }
    }
    // The cost bill prices the machines the diagram draws.
    let bill = platform_cost(&sc.topology, Machines::of(sc), 0.0, &CostInputs::default());
    let drawn = |prefix: &str| run.nodes.iter().filter(|n| n.name.starts_with(prefix)).count();
    let items: Vec<&Item> = bill.lines.iter().map(|l| &l.item).collect();
    if sc.platform.kind != PlatformKind::Compose {
        let workers = drawn("node-") as u32;
        if !items.iter().any(|i| matches!(i, Item::Workers(n, _) if *n == workers)) {
            say(format!("the diagram draws {workers} worker nodes, the bill prices {items:?}"));
        }
        let cp = drawn("cp-") as u32;
        let own_cp: Vec<u32> = items.iter().filter_map(|i| if let Item::SelfManagedControlPlane(n, _) = i { Some(*n) } else { None }).collect();
        if cp > 0 && own_cp != [cp] {
            say(format!("{cp} control-plane node(s) drawn, the bill prices {items:?}"));
        }
        if cp == 0 && !own_cp.is_empty() {
            say(format!("a managed control plane drawn, the bill prices control-plane machines: {items:?}"));
        }
    } else if items.iter().any(|i| matches!(i, Item::Workers(..) | Item::SelfManagedControlPlane(..) | Item::GpuNodes(_))) {
        say(format!("one host drawn, the bill prices several machines: {items:?}"));
    }
    // The advisor describes the team's situation, not the cluster drawn, and no what-if changes it.
    let inputs = Inputs::of(sc);
    if inputs.situation != sc.situation {
        say("the advisor's situation is not the document's".to_string());
    }
    let today = sc.situation.today;
    let containers: u32 = sc.topology.services.iter().map(|s| s.replicas_on(today)).sum();
    let own_rps = sc.traffic.as_ref().map_or(0, |t| t.rps);
    if inputs.containers != containers || inputs.rps != own_rps {
        say(format!("the advisor counts {} containers and {} req/s; the document has {containers} on {} and its own traffic of {own_rps} req/s", inputs.containers, inputs.rps, today.label()));
    }
    let machines = crate::advisor::Figure::Machines(sc.situation.machines, today);
    let machine_triggers = [crate::advisor::TriggerKind::OneOrTwoMachines, crate::advisor::TriggerKind::Over5Machines];
    let (stay, move_on) = rules_of_thumb(&inputs);
    if stay.iter().chain(&move_on).filter(|t| machine_triggers.contains(&t.kind)).any(|t| t.figure != machines) {
        say(format!("the advisor's machine count is not the situation's ({machines:?})"));
    }
    out
}

/// The outages the event log says for service `name`: from each "down" entry to the next
/// "serving again" (open at the end: `None`), with the dependency the "down" names; as the report
/// counts them, a span that ends where it starts is none and one that starts where the previous
/// ended continues it.
fn said_outages(run: &Run, name: &str) -> Vec<(SimTime, Option<SimTime>, Option<String>)> {
    let mut out: Vec<(SimTime, Option<SimTime>, Option<String>)> = Vec::new();
    for e in run.trace.iter().filter(|e| e.subject == name) {
        match (&e.cause, out.last_mut()) {
            (Cause::ServiceDown { via, .. }, last) => match last {
                Some(o) if o.1 == Some(e.t) => o.1 = None,
                Some(o) if o.1.is_none() => {}
                _ => out.push((e.t, None, via.clone())),
            },
            (Cause::ServiceUp { .. }, Some(o)) if o.1.is_none() => {
                o.1 = Some(e.t);
                if o.0 == e.t {
                    out.pop();
                }
            }
            _ => {}
        }
    }
    out
}

/// Disagreements between the advice for `doc` and the Availability and Costs figures it was derived
/// from (`eco`, in the language of `w`): a recommended platform that misses the target or a
/// requirement while another meets them, a cheaper platform meeting everything, a figure the
/// advisor quotes that the tabs do not show in the same words. Empty when they agree.
pub fn check_advice(doc: &Document, eco: &Economics, a: &Advice, w: &Words) -> Vec<String> {
    let mut out = Vec::new();
    let who = format!("{} (seed {}, {})", doc.scenario.name, doc.scenario.seed, w.lang().tag());
    let mut say = |what: String| out.push(format!("{who}: advisor: {what}"));
    let rate = doc.pricing.usd_per_eur;
    let s = &doc.scenario.situation;
    if a.inputs.situation != *s {
        say("its situation is not the document's".into());
    }
    if (a.target - s.uptime_percent() / 100.0).abs() > 1e-12 {
        say(format!("target {} but the situation says {} %", a.target, s.uptime_percent()));
    }
    // The figures are the tabs' figures.
    for (k, (est, cost)) in eco.platforms.iter() {
        let p = a.platforms.get(k);
        if p.availability != est.availability || p.request_success != est.request_success {
            say(format!("{}: availability {} / requests {} but the Availability tab {} / {}", k.label(), p.availability, p.request_success, est.availability, est.request_success));
        }
        if p.monthly != cost.monthly || p.horizon_eur != cumulative(cost, doc.pricing.horizon, rate) {
            say(format!("{}: totals {:?} / {:?} but the Costs tab {:?} / {:?}", k.label(), p.monthly, p.horizon_eur, cost.monthly, cumulative(cost, doc.pricing.horizon, rate)));
        }
        if p.deploy_down != est.deploy.down {
            say(format!("{}: a deploy costs {} but the estimate counts {}", k.label(), p.deploy_down.human(), est.deploy.down.human()));
        }
        if p.meets_target != (est.availability >= a.target) {
            say(format!("{}: meets_target {} with {} against {}", k.label(), p.meets_target, est.availability, a.target));
        }
        for r in &a.requirements {
            let c = r.platforms.get(k);
            let expected = match r.requirement {
                Requirement::NodeAutoscaling => k == PlatformKind::Kubernetes,
                Requirement::ZeroDowntimeDeploys => est.deploy.down == SimDuration::ZERO,
            };
            if c.satisfied != expected || p.excluded_by.contains(&r.requirement) == c.satisfied {
                say(format!("{}: {:?} satisfied {} (expected {expected}), excluded_by {:?}", k.label(), r.requirement, c.satisfied, p.excluded_by));
            }
        }
        // What it would need: each change raises the estimate; where every step is a change, the last reaches the target.
        let mut last = p.availability;
        for n in &p.needs {
            if let Need::Change { then, .. } = n {
                if *then <= last {
                    say(format!("{}: a change would bring {then} after {last}", k.label()));
                }
                last = *then;
            }
        }
        if !p.meets_target && p.needs.iter().all(|n| matches!(n, Need::Change { .. })) && last < a.target {
            say(format!("{}: its needs end at {last}, short of the target {}", k.label(), a.target));
        }
        // Its reasons quote the tabs' figures in the tabs' words.
        let reasons = platform_reasons(w, a, k, rate).join(" | ");
        let shown = [percent(w, est.availability), costs::money(w, cost.monthly, rate)];
        for figure in shown {
            if !reasons.contains(&figure) {
                say(format!("{}: its reasons do not quote {figure:?}: {reasons}", k.label()));
            }
        }
        if let Some(total) = cumulative(cost, doc.pricing.horizon, rate) {
            let figure = w.lang().money(total, 0, "EUR");
            if !reasons.contains(&figure) {
                say(format!("{}: its reasons do not quote the Costs tab's {figure:?}: {reasons}", k.label()));
            }
        }
    }
    // The verdict follows from them.
    let qualifies = |k: PlatformKind| {
        let p = a.platforms.get(k);
        p.meets_target && p.excluded_by.is_empty()
    };
    let qualifying: Vec<PlatformKind> = PlatformKind::ALL.into_iter().filter(|&k| qualifies(k)).collect();
    match a.recommendation() {
        Some(r) => {
            if !qualifies(r) {
                say(format!("recommends {} which misses the target or a requirement while {qualifying:?} meet them", r.label()));
            }
            let mine = a.platforms.get(r).horizon_eur;
            for &k in &qualifying {
                if let (Some(x), Some(y)) = (a.platforms.get(k).horizon_eur, mine) {
                    if x < y {
                        say(format!("recommends {} ({y:.0} EUR) while {} meets everything for {x:.0} EUR", r.label(), k.label()));
                    }
                }
            }
        }
        None => {
            if !qualifying.is_empty() && !matches!(a.verdict, Verdict::NeedsRate(_)) {
                say(format!("recommends none while {qualifying:?} meet the target and every requirement"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::builtin;

    fn spike() -> Scenario {
        let mut sc = builtin("feastflow").expect("preset").on_platform(PlatformKind::Compose).0;
        sc.faults.push(crate::scenario::Fault::traffic(400).at(SimTime(60_000)));
        sc
    }

    #[test]
    fn an_honest_run_passes() {
        let sc = spike();
        let run = crate::simulate(&sc).expect("valid");
        assert_eq!(check(&sc, &run), Vec::<String>::new());
    }

    #[test]
    fn a_stopped_dependency_is_down_for_its_dependents_and_its_failed_requests_are_said() {
        // Found by the fuzzer: FeastFlow with postgres at 0 replicas and a bad backend release.
        let mut sc = builtin("feastflow").expect("preset").on_platform(PlatformKind::Compose).0;
        if let Some(pg) = sc.topology.services.iter_mut().find(|s| s.name == "postgres") {
            pg.replicas = 0;
        }
        sc.faults.push(crate::scenario::Fault::deploy("backend", "v2", false).at(SimTime(300_000)));
        let run = crate::simulate(&sc).expect("valid");
        assert_eq!(check(&sc, &run), Vec::<String>::new());
        let pg = consequences(&sc, &run).into_iter().find(|c| c.service == "postgres").map(|c| crate::text::consequence(&EN, &c)).unwrap_or_default();
        assert!(pg.starts_with("stopped by choice (0 replicas): not running, so backend cannot answer;") && pg.contains("requests to it failed"), "{pg}");
    }

    #[test]
    fn a_stalled_rollout_of_a_slow_starter_is_not_unaffected() {
        // Found by the fuzzer: one node, a v2 that needs 54 s under a default liveness probe.
        let mut sc = builtin("feastflow").expect("preset");
        sc.platform.nodes = 1;
        if let Some(b) = sc.topology.services.iter_mut().find(|s| s.name == "backend") {
            b.startup = SimDuration::from_secs(54);
        }
        sc.faults.push(crate::scenario::Fault::deploy("backend", "v2", true).at(SimTime(300_000)));
        let run = crate::simulate(&sc).expect("valid");
        assert_eq!(check(&sc, &run), Vec::<String>::new());
        let backend = consequences(&sc, &run).into_iter().find(|c| c.service == "backend").expect("backend");
        assert_eq!(backend.tone, Tone::Degraded, "{backend:?}");
        assert!(backend.findings.contains(&Finding::RolloutStalled), "{backend:?}");
        assert_eq!(backend.findings.last(), Some(&Finding::StillFailing { count: 1, state: ReplicaState::BackOff, platform: PlatformKind::Kubernetes }));
    }

    #[test]
    fn data_left_behind_is_said_everywhere_or_the_check_says_where_not() {
        // FeastFlow on Swarm losing PostgreSQL's node: its task comes back elsewhere, empty.
        let mut sc = builtin("feastflow").expect("preset").on_platform(PlatformKind::Swarm).0;
        sc.faults = vec![crate::scenario::Fault::kill_running("postgres").at(SimTime(60_000))];
        let run = crate::simulate(&sc).expect("valid");
        assert_eq!(check(&sc, &run), Vec::<String>::new());
        let pg = run.services.iter().position(|s| s.name == "postgres").expect("postgres");
        assert_eq!(run.services[pg].data_left_behind.len(), 1, "seed {}", sc.seed);
        // A report that forgot it disagrees with the event log, the counters and the consequence.
        let mut forgot = run.clone();
        forgot.services[pg].data_left_behind.clear();
        let said = check(&sc, &forgot);
        assert!(said.iter().any(|p| p.contains("postgres: data left behind 0 time(s), the event log says so 1 time(s)")), "{said:?}");
        // Pinned, it waits for its node instead: nothing is left behind.
        let mut pinned = sc.clone();
        let node = run.services[pg].data_left_behind[0].data_node.clone();
        pinned.topology.services.iter_mut().filter(|s| s.name == "postgres").for_each(|s| s.node = Some(node.clone()));
        let prun = crate::simulate(&pinned).expect("valid");
        assert!(prun.service("postgres").is_some_and(|s| s.data_left_behind.is_empty()));
        assert_eq!(check(&pinned, &prun), Vec::<String>::new());
    }

    #[test]
    fn an_outage_the_event_log_does_not_say_is_caught() {
        // Issue 29: FeastFlow on Kubernetes losing PostgreSQL's node. Its consequences say frontend
        // and backend were down through it; the event log said only "postgres down". It says each
        // now, dependencies first, each naming the dependency its consequence names.
        for kind in PlatformKind::ALL {
            let mut sc = builtin("feastflow").expect("preset").on_platform(kind).0;
            sc.faults = vec![crate::scenario::Fault::kill_running("postgres").at(SimTime(60_000))];
            let run = crate::simulate(&sc).expect("valid");
            assert_eq!(check(&sc, &run), Vec::<String>::new(), "{kind:?}");
            let down: Vec<(&str, Option<&str>)> = run
                .trace
                .iter()
                .filter_map(|e| match &e.cause {
                    Cause::ServiceDown { service, via } if e.t == SimTime(60_000) => Some((service.as_str(), via.as_deref())),
                    _ => None,
                })
                .collect();
            let expected: &[(&str, Option<&str>)] = match kind {
                // One host: every container stopped with it.
                PlatformKind::Compose => &[("postgres", None), ("backend", None), ("frontend", None)],
                _ => &[("postgres", None), ("backend", Some("postgres")), ("frontend", Some("backend"))],
            };
            assert_eq!(down, expected, "{kind:?} (seed {})", sc.seed);
            // Serving again only once what it depends on is: frontend with postgres, not before.
            let back = |name: &str| run.trace.iter().find(|e| e.kind == TraceKind::ServiceUp && e.subject == name).map(|e| e.t);
            assert_eq!(back("frontend"), back("postgres"), "{kind:?} (seed {})", sc.seed);
            assert_eq!(run.service("frontend").and_then(|s| s.outages.first()).and_then(|o| o.end), back("frontend"), "{kind:?}");
            // The log as Hafen wrote it before: a dependency's outage unsaid, or a service "serving
            // again" while what it depends on is still down.
            let mut unsaid = run.clone();
            unsaid.trace.retain(|e| !matches!(e.cause, Cause::ServiceDown { via: Some(_), .. }));
            let mut early = run.clone();
            if let Some(e) = early.trace.iter_mut().find(|e| e.kind == TraceKind::ServiceUp && e.subject == "frontend") {
                e.t = SimTime(e.t.0 - 6_000);
            }
            for (what, tampered) in [("unsaid", unsaid), ("early", early)] {
                let said = check(&sc, &tampered);
                if what == "unsaid" && kind == PlatformKind::Compose {
                    continue;
                }
                assert!(said.iter().any(|p| p.contains("frontend: the report's outages")), "{kind:?} {what}: {said:?}");
            }
        }
    }

    #[test]
    fn a_tampered_report_or_a_stale_label_is_caught() {
        let sc = spike();
        let run = crate::simulate(&sc).expect("valid");
        // Downtime that its outages do not add up to.
        let mut bad = run.clone();
        if let Some(s) = bad.services.first_mut() {
            s.downtime = SimDuration::from_secs(1);
        }
        assert!(check(&sc, &bad).iter().any(|p| p.contains("outages add up")), "{:?}", check(&sc, &bad));
        // The traffic label of a scenario that forgot its traffic event.
        let mut stale = sc.clone();
        stale.faults.clear();
        assert!(check(&stale, &run).iter().any(|p| p.contains("the label says 50 req/s, 400 req/s flowed")), "{:?}", check(&stale, &run));
        // A cluster priced for a different number of nodes.
        let mut k8s = builtin("feastflow").expect("preset");
        let krun = crate::simulate(&k8s).expect("valid");
        k8s.platform.nodes = 4;
        assert!(check(&k8s, &krun).iter().any(|p| p.contains("the diagram draws 3 worker nodes")), "{:?}", check(&k8s, &krun));
    }

    #[test]
    fn an_advice_that_contradicts_the_tabs_is_caught() {
        let doc = Document { scenario: builtin("feastflow").expect("preset"), pricing: crate::document::Pricing::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None };
        let (eco, a) = crate::economics::of_document(&doc);
        assert_eq!(check_advice(&doc, &eco, &a, &EN), Vec::<String>::new());
        // Recommending the dearer of two platforms that meet everything.
        let mut dear = a.clone();
        dear.verdict = Verdict::Cheapest { platform: PlatformKind::Kubernetes, next: PlatformKind::Swarm };
        assert!(check_advice(&doc, &eco, &dear, &EN).iter().any(|p| p.contains("recommends Kubernetes") && p.contains("while Docker Swarm meets everything")), "{:?}", check_advice(&doc, &eco, &dear, &EN));
        // Recommending one a requirement excludes.
        let mut excluded = a.clone();
        excluded.verdict = Verdict::Only(PlatformKind::Compose);
        assert!(check_advice(&doc, &eco, &excluded, &EN).iter().any(|p| p.contains("recommends Docker Compose which misses")), "{:?}", check_advice(&doc, &eco, &excluded, &EN));
        // Recommending none while two qualify.
        let mut none = a.clone();
        none.verdict = Verdict::NoneSatisfies;
        assert!(check_advice(&doc, &eco, &none, &EN).iter().any(|p| p.contains("recommends none")));
        // A figure the Availability tab does not show.
        let mut figure = a.clone();
        figure.platforms.swarm.availability = 0.5;
        assert!(check_advice(&doc, &eco, &figure, &EN).iter().any(|p| p.contains("but the Availability tab")));
    }
}
