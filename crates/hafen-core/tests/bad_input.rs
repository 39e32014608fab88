//! Malformed or inconsistent scenarios are refused with the line and field named; nothing panics.

use hafen_core::file::parse_scenario;

fn refused(yaml: &str) -> String {
    match parse_scenario(yaml) {
        Ok(_) => panic!("accepted:\n{yaml}"),
        Err(e) => e.to_string(),
    }
}

const GOOD: &str = "name: ok
platform:
  kind: kubernetes
  nodes: 3
services:
  - name: api
    replicas: 2
  - name: db
    kind: database
traffic: { entry: api, rps: 10 }
events:
  - { at: 60s, kill_node: node-1 }
";

#[test]
fn the_reference_file_is_accepted() {
    assert!(parse_scenario(GOOD).is_ok());
}

#[test]
fn yaml_syntax_errors_name_the_line() {
    let e = refused("name: x\nplatform: { kind: compose\nservices: []\n");
    assert!(e.starts_with("line 3: YAML:") || e.starts_with("line 2: YAML:"), "{e}");
}

#[test]
fn unknown_fields_are_named_with_their_line_and_the_known_ones() {
    let e = refused(&GOOD.replace("    replicas: 2", "    replica: 2"));
    assert!(e.starts_with("line 7: services[0].replica: unknown field \"replica\""), "{e}");
    assert!(e.contains("replicas"), "{e}");
    let e = refused(&GOOD.replace("name: ok", "name: ok\ncolour: blue"));
    assert!(e.starts_with("line 2: colour: unknown field"), "{e}");
}

#[test]
fn unknown_services_and_nodes_in_events_point_at_the_event() {
    let e = refused(&GOOD.replace("kill_node: node-1", "kill_node: node-7"));
    assert_eq!(e, "line 12: events[0].kill_node: no node is called \"node-7\" (nodes: node-1, node-2, node-3)");
    let e = refused(&GOOD.replace("kill_node: node-1", "crash: payments"));
    assert_eq!(e, "line 12: events[0].crash: no service is called \"payments\"");
    let e = refused(&GOOD.replace("kind: database", "kind: database\n    depends_on: [cache]"));
    assert!(e.starts_with("line 8: services[1].depends_on: no service is called \"cache\""), "{e}");
}

#[test]
fn negative_absurd_and_overflowing_numbers_are_refused() {
    let e = refused(&GOOD.replace("replicas: 2", "replicas: -2"));
    assert_eq!(e, "line 7: services[0].replicas: must not be negative, got -2");
    let e = refused(&GOOD.replace("replicas: 2", "replicas: 99999999999"));
    assert!(e.contains("more than the most allowed"), "{e}");
    let e = refused(&GOOD.replace("at: 60s", "at: 99999999999999999999s"));
    assert!(e.contains("events[0].at") && e.contains("too large"), "{e}");
    let e = refused(&GOOD.replace("at: 60s", "at: 9999999999999h"));
    assert!(e.contains("too long"), "{e}");
    let e = refused(&GOOD.replace("at: 60s", "at: 60"));
    assert!(e.contains("needs a unit"), "{e}");
    let e = refused(&GOOD.replace("name: ok", "name: ok\nduration: 400d"));
    assert!(e.contains("duration: at most"), "{e}");
    let e = refused(&GOOD.replace("nodes: 3", "nodes: 3\n  node_memory: 12 parsecs"));
    assert!(e.contains("platform.node_memory"), "{e}");
    let e = refused(&GOOD.replace("name: ok", "name: ok\ntimings: { probe_period: 0s }"));
    assert!(e.contains("timings.probe_period: a period must be at least 100 ms"), "{e}");
    let e = refused(&GOOD.replace("rps: 10", "rps: 999999999999"));
    assert!(e.contains("traffic.rps"), "{e}");
}

#[test]
fn inconsistent_scenarios_are_refused() {
    let e = refused(&GOOD.replace("  - name: db\n    kind: database", "  - name: api\n    kind: database"));
    assert!(e.contains("two services are called \"api\""), "{e}");
    let e = refused(&GOOD.replace("    replicas: 2", "    replicas: 2\n    depends_on: [db]").replace("kind: database", "kind: database\n    depends_on: [api]"));
    assert!(e.contains("cycle"), "{e}");
    let e = refused(&GOOD.replace("kind: kubernetes", "kind: compose"));
    assert!(e.contains("exactly one host"), "{e}");
    let e = refused(&GOOD.replace("at: 60s", "at: 2h"));
    assert!(e.contains("after the end"), "{e}");
    let e = refused(&GOOD.replace("kubernetes\n", "kubernetes\n  kubernetes_version: 1.30\n"));
    assert!(e.contains("in quotes"), "{e}");
    let e = refused(&GOOD.replace("kill_node: node-1", "kill_zone: zone-a"));
    assert!(e.contains("no zones"), "{e}");
    let e = refused(&GOOD.replace("kill_node: node-1", "kill_node: node-1, crash: api"));
    assert!(e.contains("exactly one action"), "{e}");
    let e = refused(&GOOD.replace("    replicas: 2", "    replicas: 2\n    autoscale: { min: 3, max: 2 }"));
    assert!(e.contains("autoscale"), "{e}");
}

#[test]
fn files_that_are_not_scenarios_get_a_plain_message() {
    assert_eq!(refused(""), "file: the file is empty");
    assert!(refused("- just\n- a list\n").contains("expected a map"));
    assert!(refused("a: b\n---\nc: d\n").contains("one scenario per file"));
    assert!(refused("platform: { kind: kubernetes }\n").contains("needs `services:`"));
    let big = "#".repeat(2 << 20);
    assert!(refused(&big).contains("at most"));
    // Aliases that expand exponentially (billion laughs) are stopped by the parser's budget.
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        bomb.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
    }
    assert!(!refused(&bomb).is_empty());
}
