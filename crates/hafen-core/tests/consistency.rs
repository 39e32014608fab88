//! The safety net: for every preset and every scenario file, on all three platforms and several
//! seeds, everything shown about the run agrees (report, JSON, summary, counters, consequences,
//! diagram, traffic label, cost bill, advisor). A failure names the scenario, platform, seed and the
//! sentence that disagrees.

use hafen_core::consistency::check;
use hafen_core::file::parse_scenario;
use hafen_core::presets::{large_cluster, BUILTIN};
use hafen_core::*;

fn scenario_files() -> Vec<(String, Scenario)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")).filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "yaml")).collect();
    files.sort();
    assert!(files.len() >= 11, "scenario files in {dir}: {files:?}");
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let sc = parse_scenario(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), sc)
        })
        .collect()
}

fn all_platforms(name: &str, sc: &Scenario, seeds: std::ops::Range<u64>) -> Vec<String> {
    let mut problems = Vec::new();
    for kind in PlatformKind::ALL {
        for seed in seeds.clone() {
            let (mut on, _) = sc.on_platform(kind);
            on.seed = seed;
            match simulate(&on) {
                Ok(run) => problems.extend(check(&on, &run).into_iter().map(|p| format!("{name}: {p}"))),
                Err(e) => problems.push(format!("{name} on {kind:?} (seed {seed}): refused: {e}")),
            }
        }
    }
    problems
}

#[test]
fn every_scenario_file_agrees_with_itself_on_every_platform() {
    let mut problems = Vec::new();
    for (name, sc) in scenario_files() {
        problems.extend(all_platforms(&name, &sc, 0..4));
    }
    assert!(problems.is_empty(), "{} disagreement(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_preset_agrees_with_itself_with_the_faults_the_app_offers() {
    // The presets as the app opens them, plus each kind of fault a user can inject at 60 s.
    let mut problems = Vec::new();
    for (id, text) in BUILTIN {
        let base = hafen_core::file::parse_scenario(text).unwrap_or_else(|e| panic!("{id}: {e}"));
        let first = base.topology.services.iter().find(|s| s.replicas > 0).map(|s| s.name.clone()).unwrap_or_default();
        let entry = base.traffic.as_ref().map(|t| t.entry.clone()).unwrap_or_else(|| first.clone());
        let faults = [
            FaultKind::Crash(first.clone()),
            FaultKind::Hang(entry.clone()),
            FaultKind::KillNode(NodeRef::Running(first.clone())),
            FaultKind::Deploy { service: first.clone(), version: "v2".into(), healthy: false },
            FaultKind::Traffic(base.peak_rps().saturating_mul(8).max(100)),
            FaultKind::ConfigChange(None),
        ];
        for fault in faults {
            let mut sc = base.clone();
            sc.faults.push(Fault { at: SimTime(60_000), kind: fault.clone() });
            problems.extend(all_platforms(&format!("{id} + {fault:?}"), &sc, 0..2));
        }
    }
    assert!(problems.is_empty(), "{} disagreement(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_large_cluster_agrees_with_itself() {
    let sc = large_cluster(50, 10, 50, SimDuration::from_hours(2), SimDuration::from_mins(10), SimDuration::from_mins(30));
    let problems = all_platforms("large cluster", &sc, 0..1);
    assert!(problems.is_empty(), "{} disagreement(s):\n{}", problems.len(), problems.join("\n"));
}
