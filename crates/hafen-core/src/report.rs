//! The JSON report the command line prints (and the app can export): per service downtime,
//! availability and requests, and the trace. Written by hand so the bytes are the same on every
//! target and the wasm bundle carries no JSON library.

use crate::say;
use crate::text::Words;
use crate::run::Run;
use crate::export::string;
use crate::scenario::Scenario;

fn secs(t: u64) -> String {
    format!("{}.{:03}", t / 1_000, t % 1_000)
}

/// One run as a JSON object, indented by `indent` spaces.
pub fn run_json(w: &Words, sc: &Scenario, run: &Run, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut o = String::new();
    o.push_str("{\n");
    o.push_str(&format!("{pad}  \"scenario\": "));
    string(&mut o, &sc.name);
    o.push_str(&format!(",\n{pad}  \"platform\": \"{}\",\n", sc.platform.kind.id()));
    o.push_str(&format!("{pad}  \"seed\": {},\n", sc.seed));
    o.push_str(&format!("{pad}  \"duration_s\": {},\n", secs(sc.duration.as_millis())));
    if let Some(at) = run.stopped_early {
        o.push_str(&format!("{pad}  \"stopped_early_s\": {},\n", secs(at.as_millis())));
    }
    o.push_str(&format!("{pad}  \"services\": {{"));
    let duration = run.covered();
    for (i, s) in run.services.iter().enumerate() {
        o.push_str(if i == 0 { "\n" } else { ",\n" });
        o.push_str(&format!("{pad}    "));
        string(&mut o, &s.name);
        o.push_str(": {");
        let success = s.request_success().map_or_else(|| "null".to_string(), |v| format!("{v:.6}"));
        let availability = if s.stopped { "null".to_string() } else { format!("{:.6}", s.availability(duration)) };
        o.push_str(&format!(
            "\"downtime_s\": {}, \"availability\": {availability}, \"request_success\": {success}, \"stopped\": {}, \"failed_requests\": {}, \"served_requests\": {}, \"own_downtime_s\": {}, \"degraded_s\": {}, \"overloaded_s\": {}",
            secs(s.downtime.as_millis()),
            s.stopped,
            s.failed_requests,
            s.served_requests,
            secs(s.own_downtime.as_millis()),
            secs(s.degraded.as_millis()),
            secs(s.overloaded.as_millis())
        ));
        o.push_str(", \"outages\": [");
        for (k, out) in s.outages.iter().enumerate() {
            if k > 0 {
                o.push_str(", ");
            }
            let end = out.end.map(|e| e.as_millis().to_string()).unwrap_or_else(|| "null".into());
            o.push_str(&format!("{{\"start_ms\": {}, \"end_ms\": {end}, \"via_dependency\": {}}}", out.start.as_millis(), out.via_dependency));
        }
        // Swarm, stateful: each task started away from its slot's data (a new local volume there).
        o.push_str("], \"data_left_behind\": [");
        for (k, l) in s.data_left_behind.iter().enumerate() {
            if k > 0 {
                o.push_str(", ");
            }
            o.push_str(&format!("{{\"t_ms\": {}, \"task\": ", l.t.as_millis()));
            string(&mut o, &l.rep);
            o.push_str(", \"node\": ");
            string(&mut o, &l.node);
            o.push_str(", \"data_node\": ");
            string(&mut o, &l.data_node);
            o.push_str(&format!(", \"empty_volume\": {}}}", l.empty));
        }
        o.push_str("]}");
    }
    o.push_str(&format!("\n{pad}  }},\n{pad}  \"events\": ["));
    for (i, e) in run.trace.iter().enumerate() {
        o.push_str(if i == 0 { "\n" } else { ",\n" });
        o.push_str(&format!("{pad}    {{\"t_ms\": {}, \"kind\": ", e.t.as_millis()));
        string(&mut o, e.kind.id());
        o.push_str(", \"subject\": ");
        string(&mut o, &e.subject);
        o.push_str(", \"cause\": ");
        string(&mut o, &crate::text::cause(w, &e.cause));
        o.push('}');
    }
    o.push_str(&format!("\n{pad}  ]\n{pad}}}"));
    o
}

/// Several runs of the same topology side by side, keyed by platform, plus notes (events that did
/// not apply to a platform).
pub fn compare_json(w: &Words, runs: &[(Scenario, Run)], notes: &[crate::message::Message]) -> String {
    let mut o = String::from("{\n");
    for (sc, run) in runs {
        o.push_str(&format!("  \"{}\": ", sc.platform.kind.id()));
        o.push_str(&run_json(w, sc, run, 2));
        o.push_str(",\n");
    }
    o.push_str("  \"notes\": [");
    for (i, n) in notes.iter().enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        string(&mut o, &w.tell(n));
    }
    o.push_str("]\n}\n");
    o
}

/// A plain-text summary, for people at a terminal: per platform a table with both kinds of
/// availability (share of the time the service could answer, share of its requests answered),
/// then what happened to each service in words.
pub fn summary_text(w: &Words, runs: &[(Scenario, Run)]) -> String {
    let mut o = String::new();
    // Columns padded by characters, so "Ausfallzeit" lines up as "downtime" does.
    let pad = |text: &str, width: usize, right: bool| {
        let fill = " ".repeat(width.saturating_sub(text.chars().count()));
        if right {
            format!("{fill}{text}")
        } else {
            format!("{text}{fill}")
        }
    };
    let row = |cells: [&str; 6]| {
        format!(
            "  {} {} {} {} {} {}\n",
            pad(cells[0], 16, false),
            pad(cells[1], 14, true),
            pad(cells[2], 12, true),
            pad(cells[3], 12, true),
            pad(cells[4], 14, true),
            pad(cells[5], 14, true)
        )
    };
    let pct = |v: f64| w.percent(v * 100.0, 4);
    for (sc, run) in runs {
        o.push_str(&say!(w, "summary-heading", scenario = &sc.name, platform = sc.platform.kind.label(), seed = sc.seed, duration = sc.duration));
        o.push('\n');
        if let Some(note) = crate::text::stopped_note(w, sc, run) {
            o.push_str(&format!("  {note}\n"));
        }
        let heads = [
            say!(w, "summary-service"),
            say!(w, "summary-downtime"),
            say!(w, "summary-time-up"),
            say!(w, "summary-requests-ok"),
            say!(w, "summary-failed"),
            say!(w, "summary-served"),
        ];
        o.push_str(&row([&heads[0], &heads[1], &heads[2], &heads[3], &heads[4], &heads[5]]));
        for s in &run.services {
            let ok = s.request_success().map_or_else(|| say!(w, "summary-no-requests"), pct);
            let up = if s.stopped { say!(w, "summary-stopped") } else { pct(s.availability(run.covered())) };
            let (failed, served) = (s.failed_requests.to_string(), s.served_requests.to_string());
            o.push_str(&row([&s.name, &w.duration(s.downtime), &up, &ok, &failed, &served]));
        }
        for c in crate::summary::consequences(sc, run) {
            o.push_str(&format!("  {}: {}\n", c.service, crate::text::consequence(w, &c)));
        }
        o.push('\n');
    }
    o
}


fn money_json(m: crate::costs::Money) -> String {
    let mut parts = Vec::new();
    for (code, s) in [("EUR", m.eur), ("USD", m.usd)] {
        if s.hi > 0.0 || (code == "EUR" && m.usd.hi == 0.0) {
            parts.push(format!("\"{code}\": {{\"low\": {:.2}, \"high\": {:.2}}}", s.lo, s.hi));
        }
    }
    format!("{{{}}}", parts.join(", "))
}

/// The `costs` section of `hafen-sim --costs`: monthly figures for the scenario's topology on its
/// platform, each with its currency, from the chosen price table; downtime from the availability
/// estimate (engine-derived repair times × the failure rates).
pub fn costs_json(w: &Words, sc: &Scenario, inputs: &crate::costs::CostInputs, rates: crate::availability::FailureRates) -> String {
    use crate::costs::{scenario_cost, PRICE_DATE};
    let (est, c) = scenario_cost(sc, rates, inputs);
    let mut o = String::from("{\n");
    o.push_str("    \"price_table\": ");
    string(&mut o, inputs.prices.id);
    o.push_str(&format!(",\n    \"price_date\": \"{PRICE_DATE}\",\n    \"source\": "));
    string(&mut o, inputs.prices.source);
    o.push_str(&format!(",\n    \"monthly\": {{\n      \"infrastructure\": {},\n", money_json(c.infrastructure)));
    o.push_str(&format!("      \"ops_hours\": {{\"low\": {:.1}, \"high\": {:.1}}},\n", c.ops_hours.lo, c.ops_hours.hi));
    o.push_str(&format!("      \"people\": {},\n", money_json(c.people)));
    o.push_str(&format!("      \"expected_downtime_minutes\": {:.2},\n", est.month_minutes));
    o.push_str(&format!("      \"downtime\": {},\n", money_json(c.downtime)));
    o.push_str(&format!("      \"total\": {}\n    }},\n", money_json(c.monthly)));
    o.push_str(&format!("    \"one_time\": {},\n", money_json(c.one_time)));
    o.push_str(&format!("    \"availability\": {:.6},\n    \"lines\": [", est.availability));
    for (i, l) in c.lines.iter().enumerate() {
        o.push_str(if i == 0 { "\n      {\"what\": " } else { ",\n      {\"what\": " });
        string(&mut o, &crate::text::costs::item(w, &l.item));
        o.push_str(&format!(", \"monthly\": {}}}", money_json(l.monthly)));
    }
    o.push_str("\n    ],\n    \"not_priced\": [");
    for (i, m) in c.missing.iter().enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        string(&mut o, &crate::text::costs::missing(w, *m));
    }
    o.push_str("]\n  }");
    o
}

/// `hafen-sim advise`: the advice for a document as JSON — the recommendation (`compose`, `swarm`,
/// `kubernetes` or `none`), the verdict in words, the requirements with the platforms that satisfy
/// them, and per platform the figures the Availability and Costs tabs show, whether it meets the
/// target, the requirements it fails and its reasons in words: what the app's advisor tab shows.
pub fn advice_json(w: &Words, doc: &crate::document::Document, a: &crate::advisor::Advice) -> String {
    use crate::text::advice as text;
    use crate::topology::PlatformKind;
    let rate = doc.pricing.usd_per_eur;
    // The sentences as the Advisor tab shows them.
    let view = text::view(w, a, rate);
    let number = |v: Option<f64>| v.map_or_else(|| "null".to_string(), |v| format!("{v:.2}"));
    let mut o = String::from("{\n  \"scenario\": ");
    string(&mut o, &doc.scenario.name);
    o.push_str(&format!(",\n  \"recommendation\": \"{}\",\n  \"verdict\": ", a.recommendation().map_or("none", PlatformKind::id)));
    string(&mut o, &view.verdict);
    o.push_str(&format!(",\n  \"uptime_target\": {:.5},\n  \"horizon_months\": {},\n  \"requirements\": [", a.target, a.horizon));
    for (i, r) in a.requirements.iter().enumerate() {
        o.push_str(if i == 0 { "\n    {\"requirement\": " } else { ",\n    {\"requirement\": " });
        string(&mut o, r.requirement.id());
        let by: Vec<String> = r.platforms.iter().filter(|(_, c)| c.satisfied).map(|(k, _)| format!("\"{}\"", k.id())).collect();
        o.push_str(&format!(", \"satisfied_by\": [{}], \"why\": {{", by.join(", ")));
        for (j, (k, c)) in r.platforms.iter().enumerate() {
            o.push_str(&format!("{}\"{}\": ", if j == 0 { "" } else { ", " }, k.id()));
            string(&mut o, &text::why(w, c.why, &a.entry));
        }
        o.push_str("}}");
    }
    o.push_str(if a.requirements.is_empty() { "]" } else { "\n  ]" });
    for k in PlatformKind::ALL {
        let p = a.platforms.get(k);
        o.push_str(&format!(",\n  \"{}\": {{\n", k.id()));
        o.push_str(&format!("    \"availability\": {:.6},\n    \"request_success\": {:.6},\n", p.availability, p.request_success));
        o.push_str(&format!("    \"monthly_total\": {},\n    \"horizon_total\": {},\n", number(p.monthly_eur), number(p.horizon_eur)));
        o.push_str(&format!("    \"deploy_downtime_s\": {},\n    \"meets_target\": {},\n", secs(p.deploy_down.as_millis()), p.meets_target));
        let excluded: Vec<String> = p.excluded_by.iter().map(|r| format!("\"{}\"", r.id())).collect();
        o.push_str(&format!("    \"excluded_by\": [{}],\n    \"reasons\": [", excluded.join(", ")));
        let reasons = view.reasons.iter().find(|(p, _)| *p == k).map(|(_, r)| r.as_slice()).unwrap_or_default();
        for (i, r) in reasons.iter().enumerate() {
            o.push_str(if i == 0 { "\n      " } else { ",\n      " });
            string(&mut o, r);
        }
        o.push_str("\n    ]\n  }");
    }
    o.push_str(",\n  \"notes\": [");
    for (i, n) in view.notes.iter().enumerate() {
        o.push_str(if i == 0 { "\n    " } else { ",\n    " });
        string(&mut o, n);
    }
    o.push_str(if a.notes.is_empty() { "]\n}\n" } else { "\n  ]\n}\n" });
    o
}
