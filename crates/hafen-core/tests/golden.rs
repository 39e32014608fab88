//! Every scenario file's compare report equals its golden file byte for byte (the browser test
//! checks the same files in wasm). After an intended change: `UPDATE_GOLDEN=1 cargo test -p hafen-core --test golden`.

use hafen_core::golden::compare_report;
use std::path::PathBuf;

#[test]
fn scenario_reports_match_their_golden_files() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scenarios = root.join("../../scenarios");
    let golden = root.join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&scenarios).expect("scenarios/").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "yaml")).collect();
    files.sort();
    assert!(files.len() >= 10, "the presets and scenario files ship with the repository");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for f in files {
        let source = std::fs::read_to_string(&f).expect("readable");
        let report = compare_report(&source).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let path = golden.join(format!("{stem}.json"));
        if update {
            std::fs::write(&path, &report).expect("write golden");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == report => {}
            Ok(_) => failures.push(format!("{stem}: report differs from {} (seed 0)", path.display())),
            Err(_) => failures.push(format!("{stem}: no golden file; run with UPDATE_GOLDEN=1")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
