//! The command line: `hafen-sim FILE`, `--compare`, `--summary`; errors on stderr with exit code 1.

use std::process::Command;

fn sim(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hafen-sim")).args(args).output().expect("runs");
    // The words, with a number and its unit's no-break space read as a space.
    let text = |b: &[u8]| String::from_utf8_lossy(b).replace('\u{a0}', " ");
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn scenario(name: &str) -> String {
    format!("{}/../../scenarios/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_scenario_file_gives_one_json_report() {
    let (code, out, err) = sim(&[&scenario("2-node-failure.yaml")]);
    assert_eq!(code, 0, "{err}");
    for key in ["\"downtime_s\":", "\"availability\":", "\"failed_requests\":", "\"served_requests\":", "\"t_ms\":", "\"kind\":", "\"subject\":", "\"cause\":"] {
        assert!(out.contains(key), "missing {key}");
    }
    assert!(out.contains("node-3 NotReady: no status for"), "the trace explains the cause");
}

#[test]
fn compare_prints_three_reports_side_by_side() {
    let (code, out, err) = sim(&["--compare", &scenario("1-backend-crash.yaml")]);
    assert_eq!(code, 0, "{err}");
    for p in ["\"compose\": {", "\"swarm\": {", "\"kubernetes\": {"] {
        assert!(out.contains(p), "missing {p}");
    }
    let (code, out, _) = sim(&["--summary", "--compare", &scenario("1-backend-crash.yaml")]);
    assert_eq!(code, 0);
    assert!(out.contains("on Docker Compose") && out.contains("on Kubernetes") && out.contains("15 min 5 s"), "{out}");
}

#[test]
fn a_broken_file_is_refused_with_its_line_and_exit_code_1() {
    let dir = std::env::temp_dir().join(format!("hafen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("broken.yaml");
    std::fs::write(&file, "platform: { kind: kubernetes }\nservices:\n  - { name: api, replicas: lots }\n").expect("write");
    let (code, out, err) = sim(&[file.to_str().unwrap_or_default()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("line 3: services[0].replicas: expected a whole number, got text"), "{err}");
    let (code, _, err) = sim(&["--bogus"]);
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
    let (code, _, err) = sim(&["/nonexistent/file.yaml"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn costs_adds_the_monthly_figures_from_the_named_price_table() {
    let dir = std::env::temp_dir().join(format!("hafen-cli-costs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("compose.yaml");
    let source = std::fs::read_to_string(scenario("feastflow.yaml")).expect("preset").replace("kind: kubernetes", "kind: compose").replace("  nodes: 3\n", "")
        + "pricing: { preset: design-docs }\n";
    std::fs::write(&file, source).expect("write");
    let (code, out, err) = sim(&["--costs", file.to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{err}");
    // The design documents: one 20 EUR VPS and 2–4 ops hours a month.
    assert!(out.contains("\"infrastructure\": {\"EUR\": {\"low\": 20.00, \"high\": 20.00}}"), "{out}");
    assert!(out.contains("\"ops_hours\": {\"low\": 2.0, \"high\": 4.0}"), "{out}");
    std::fs::write(&file, "platform: { kind: compose }\nservices: [{ name: a }]\npricing: { preset: cheapest }\n").expect("write");
    let (code, _, err) = sim(&["--costs", file.to_str().unwrap_or_default()]);
    assert_eq!(code, 1);
    assert!(err.contains("line 3: pricing.preset: unknown price table \"cheapest\""), "{err}");
}

#[test]
fn an_endless_input_is_refused_without_reading_it_all() {
    let (code, _, err) = sim(&["/dev/zero"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("at most 1024 KiB"), "{err}");
}

#[test]
fn costs_with_compare_or_summary_is_a_usage_error_not_silently_ignored() {
    let (code, _, err) = sim(&["--costs", "--compare", &scenario("1-backend-crash.yaml")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("leave out --compare and --summary"), "{err}");
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    // `hafen-sim FILE | head -3`: the pipe closes before the report is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_hafen-sim"))
        .arg(scenario("2-node-failure.yaml"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finishes");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn a_loop_with_no_delay_stops_early_and_says_so_in_the_summary() {
    let dir = std::env::temp_dir().join(format!("hafen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("zero-delay.yaml");
    std::fs::write(
        &file,
        "duration: 1h\ntimings: { swarm_restart_delay: 0ms }\nplatform: { kind: swarm, nodes: 1 }\nservices:\n  - { name: api, startup: 0s }\nevents:\n  - { at: 10s, deploy: { service: api, version: v2, healthy: false } }\n",
    )
    .expect("write");
    let path = file.to_string_lossy().into_owned();
    let (code, out, err) = sim(&["--summary", &path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Run stopped at 00:10 of 1 h"), "{out}");
    assert!(out.contains("covers 00:00–00:10 only"), "{out}");
    let (code, out, err) = sim(&[&path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"stopped_early_s\": 10.000"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_prints_a_scenario_file_and_the_warnings_apart() {
    let compose = format!("{}/tests/compose/01-nginx-flask-mysql.yml", env!("CARGO_MANIFEST_DIR"));
    let (code, out, err) = sim(&["import", &compose]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# Hafen scenario"), "{out}");
    let doc = hafen_core::file::parse_document(&out).unwrap_or_else(|e| panic!("the output is a scenario file: {e}\n{out}"));
    assert_eq!(doc.scenario.name, "01-nginx-flask-mysql");
    assert!(err.lines().all(|l| l.starts_with(&format!("{compose}: warning: "))), "{err}");
    assert!(err.contains("services.backend.build (line 13): built from source"), "{err}");
    // The scenario it prints runs.
    let dir = std::env::temp_dir().join(format!("hafen-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("imported.yaml");
    std::fs::write(&file, &out).expect("written");
    let (code, _, err) = sim(&["--summary", "--compare", file.to_str().expect("path")]);
    assert_eq!(code, 0, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
    // A refused file: exit 1, the line and key; usage errors: exit 2.
    let broken = dir.with_extension("yml");
    std::fs::write(&broken, "services:\n  web:\n    ports: ['80:80']\n").expect("written");
    let (code, out, err) = sim(&["import", broken.to_str().expect("path")]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("line 3") && err.contains("services.web"), "{err}");
    assert_eq!(sim(&["import"]).0, 2);
    assert_eq!(sim(&["import", "a.yml", "b.yml"]).0, 2);
}

#[test]
fn export_writes_compose_stack_and_kubernetes_files() {
    for (to, starts) in [("compose", "# FeastFlow: written by Hafen"), ("stack", "# FeastFlow: written by Hafen"), ("kubernetes", "# FeastFlow: written by Hafen")] {
        let (code, out, err) = sim(&["export", "--to", to, &scenario("feastflow.yaml")]);
        assert_eq!(code, 0, "{to}: {err}");
        assert!(out.starts_with(starts), "{to}: {out}");
    }
    assert_eq!(sim(&["export", "--to", "helm", &scenario("feastflow.yaml")]).0, 2);
    assert_eq!(sim(&["export", &scenario("feastflow.yaml")]).0, 2);
    assert_eq!(sim(&["export", "--to", "compose", "/nonexistent.yaml"]).0, 1);
}

#[test]
fn advise_prints_the_verdict_and_each_platforms_figures_and_reasons_as_json() {
    let (code, out, err) = sim(&["advise", &scenario("feastflow.yaml")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"recommendation\": \"swarm\""), "{out}");
    for key in ["\"verdict\":", "\"requirements\":", "\"compose\": {", "\"swarm\": {", "\"kubernetes\": {", "\"availability\":", "\"request_success\":", "\"monthly_total\":", "\"meets_target\":", "\"excluded_by\":", "\"reasons\": ["] {
        assert!(out.contains(key), "missing {key}: {out}");
    }
    assert!(out.contains("\"excluded_by\": [\"zero_downtime_deploys\"]"), "Compose's deploy stops the frontend: {out}");
    // In German: the same keys and recommendation, the sentences in German.
    let (code, de, err) = sim(&["advise", "--lang", "de", &scenario("feastflow.yaml")]);
    assert_eq!(code, 0, "{err}");
    assert!(de.contains("\"recommendation\": \"swarm\"") && de.contains("geschätzte Verfügbarkeit"), "{de}");
    // Usage errors exit 2; a broken file 1.
    assert_eq!(sim(&["advise", "--compare", &scenario("feastflow.yaml")]).0, 2);
    assert_eq!(sim(&["advise", "/nonexistent.yaml"]).0, 1);
}
