//! Helpers the scenario tests share: run a scenario file, name moments, find trace entries.
//! (Each test file uses some of them.)
#![allow(dead_code)]

use hafen_core::file::parse_scenario;
use hafen_core::*;
use hafen_core::cause::Cause;

/// Parses and runs a scenario file; a refusal or engine error fails the test with the seed.
pub fn run(yaml: &str) -> (Scenario, Run) {
    let sc = parse_scenario(yaml).unwrap_or_else(|e| panic!("scenario refused: {e}\n{yaml}"));
    let run = simulate(&sc).unwrap_or_else(|e| panic!("seed {}: {e}", sc.seed));
    (sc, run)
}

/// [`run`] with `seed: 0` in the file replaced by `seed`.
pub fn with_seed(yaml: &str, seed: u64) -> (Scenario, Run) {
    run(&yaml.replace("seed: 0", &format!("seed: {seed}")))
}

/// The moment `t` seconds into the run.
pub fn s(t: u64) -> SimTime {
    SimTime(t * 1_000)
}

/// `t` seconds.
pub fn secs(t: u64) -> SimDuration {
    SimDuration::from_secs(t)
}

/// When the first trace entry of `kind` about `subject` happened.
pub fn first(run: &Run, kind: TraceKind, subject: &str) -> Option<SimTime> {
    run.trace.iter().find(|e| e.kind == kind && e.subject == subject).map(|e| e.t)
}

/// When every trace entry of `kind` about `subject` happened.
pub fn all(run: &Run, kind: TraceKind, subject: &str) -> Vec<SimTime> {
    run.trace.iter().filter(|e| e.kind == kind && e.subject == subject).map(|e| e.t).collect()
}

/// Why the first trace entry of `kind` about `subject` happened, as data (the test fails if there
/// is none).
pub fn cause(run: &Run, kind: TraceKind, subject: &str) -> Cause {
    run.trace
        .iter()
        .find(|e| e.kind == kind && e.subject == subject)
        .map(|e| e.cause.clone())
        .unwrap_or_else(|| panic!("no {kind:?} entry about {subject}"))
}

/// The causes of every trace entry of `kind`, in order.
pub fn causes(run: &Run, kind: TraceKind) -> Vec<Cause> {
    run.trace.iter().filter(|e| e.kind == kind).map(|e| e.cause.clone()).collect()
}

/// The node replica `rep` runs on at the start of the run (the steady state each service's own
/// spreading gives: which node that is follows from the names, so tests ask instead of assuming).
pub fn node_of(run: &Run, rep: &str) -> String {
    let i = run.replicas.iter().position(|r| r.name == rep).unwrap_or_else(|| panic!("no replica {rep}"));
    let snap = run.snapshot_at(SimTime::ZERO);
    let n = snap.replicas.iter().find(|r| r.0 as usize == i).and_then(|r| r.1).unwrap_or_else(|| panic!("{rep} is not on a node"));
    run.nodes.get(n as usize).map(|n| n.name.clone()).unwrap_or_default()
}

/// Every `.rs` file under `dir`.
pub fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every language's words, read from its catalog in `i18n/` (English first: [`locale::Lang::ALL`]).
pub fn languages() -> Vec<text::Words> {
    locale::Lang::ALL
        .into_iter()
        .map(|l| {
            let path = format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag());
            text::Words::read(l, &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect()
}
