//! Malformed or inconsistent scenarios are refused with the line and field named; nothing panics.

use hafen_core::file::parse_scenario;

fn refused(yaml: &str) -> String {
    match parse_scenario(yaml) {
        Ok(_) => panic!("accepted:\n{yaml}"),
        // The words, with a number and its unit's no-break space read as a space.
        Err(e) => e.to_string().replace('\u{a0}', " "),
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
    // Unquoted, 1.30 is the number 1.3 to YAML: the version is read as written.
    let v130 = parse_scenario(&GOOD.replace("kubernetes\n", "kubernetes\n  kubernetes_version: 1.30\n")).expect("1.30 unquoted");
    assert_eq!(v130.platform.kubernetes_version.to_string(), "1.30");
    assert_eq!(v130.timings.node_monitor_grace, hafen_core::SimDuration::from_secs(40), "40 s up to 1.31");
    let e = refused(&GOOD.replace("kill_node: node-1", "kill_zone: zone-a"));
    assert!(e.contains("no zones"), "{e}");
    let e = refused(&GOOD.replace("kill_node: node-1", "kill_node: node-1, crash: api"));
    assert!(e.contains("exactly one action"), "{e}");
    let e = refused(&GOOD.replace("    replicas: 2", "    replicas: 2\n    autoscale: { min: 3, max: 2 }"));
    assert!(e.contains("autoscale"), "{e}");
}

#[test]
fn an_autoscalers_behavior_is_default_or_a_small_map_the_api_would_accept() {
    let with = |behavior: &str| GOOD.replace("    replicas: 2", &format!("    replicas: 2\n    capacity_rps: 100\n    autoscale: {{ min: 2, max: 10, cpu: 70, behavior: {behavior} }}"));
    let b = |yaml: &str| parse_scenario(yaml).expect("accepted").topology.services[0].autoscale.clone().and_then(|a| a.behavior);
    assert_eq!(b(&with("default")), Some(hafen_core::HpaBehavior::default()));
    assert_eq!(b(&with("{}")), Some(hafen_core::HpaBehavior::default()));
    assert_eq!(b(&with("{ scale_down_window: 1m }")).and_then(|x| x.scale_down_window), Some(hafen_core::SimDuration::from_secs(60)));
    assert_eq!(b(&GOOD.replace("    replicas: 2", "    replicas: 2\n    capacity_rps: 100\n    autoscale: { min: 2, max: 10, cpu: 70 }")), None);
    let e = refused(&with("fast"));
    assert!(e.starts_with("line 9: services[0].autoscale.behavior: expected default or a map with scale_up_pods"), "{e}");
    let e = refused(&with("{ scale_up: 4 }"));
    assert!(e.contains("services[0].autoscale.behavior.scale_up: unknown field"), "{e}");
    let e = refused(&with("{ scale_up_pods: 0 }"));
    assert!(e.contains("services[0].autoscale.behavior.scale_up_pods: a scale-up policy adds at least 1"), "{e}");
    let e = refused(&with("{ scale_down_window: 2h }"));
    assert!(e.contains("services[0].autoscale.behavior.scale_down_window: a stabilization window is at most 1 h"), "{e}");
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

#[test]
fn every_semantic_error_names_its_line() {
    // Found after reading: each points at the key or entry it is about.
    let cases = [
        (GOOD.replace("name: ok\n", "name: ok\nduration: 400d\n"), "line 2: duration: at most"),
        (GOOD.replace("name: ok\n", "name: ok\nduration: 0s\n"), "line 2: duration: a scenario needs some simulated time"),
        (GOOD.replace("  nodes: 3\n", "  nodes: 3\n  zones: 4\n"), "line 5: platform.zones: 4 zones but only 3 worker nodes"),
        (GOOD.replace("name: ok\n", "name: ok\ntimings: { max_surge_percent: 0, max_unavailable_percent: 0 }\n"), "line 2: timings.max_unavailable_percent: maxSurge and maxUnavailable cannot both be 0"),
        (GOOD.replace("name: ok\n", "name: ok\ntimings:\n  probe_period: 0s\n"), "line 3: timings.probe_period: a period must be at least 100 ms"),
        (GOOD.replace("kind: kubernetes", "kind: swarm\n  managers: 5"), "line 4: platform.managers: must be between 1 and the number of nodes"),
        (GOOD.replace("    replicas: 2", "    replicas: 2\n    depends_on: [db]").replace("kind: database", "kind: database\n    depends_on: [api]"), "line 6: services.depends_on: the dependencies form a cycle"),
        (GOOD.replace("traffic: { entry: api, rps: 10 }", "traffic: { entry: nobody, rps: 10 }"), "line 10: traffic.entry: no service is called \"nobody\""),
    ];
    for (yaml, want) in cases {
        let e = refused(&yaml);
        assert!(e.starts_with(want), "{e}\n— wanted: {want}");
    }
    assert!(refused(&GOOD.replace("name: ok\n", "name: ok\n7: x\n")).starts_with("line 2: the file: keys must be names"));
}

#[test]
fn numbers_are_refused_for_what_they_are() {
    assert!(refused(&GOOD.replace("    replicas: 2", "    replicas: 2\n    cpu: -1")).contains("services[0].cpu: must not be negative, got -1"));
    assert!(refused(&GOOD.replace("name: ok\n", "name: ok\nseed: -1\n")).contains("seed: must not be negative, got -1"));
    // The inspector's parsers read files too: "256 Mi" and "0.5" are accepted in both.
    let sc = parse_scenario(&GOOD.replace("    replicas: 2", "    replicas: 2\n    memory: 256 Mi\n    cpu: \"0.5\"")).expect("accepted");
    assert_eq!(sc.topology.services.first().map(|s| (s.memory_mib, s.cpu_millis)), Some((256, 500)));
}

#[test]
fn nesting_too_deep_for_the_parser_is_refused_before_it_overflows() {
    // 20,000 levels of block sequences or complex keys in 40 KB: the YAML library's block parser
    // would recurse once per level and overflow the stack.
    for marker in ["- ", "? "] {
        let deep = format!("{}x\n", marker.repeat(20_000));
        let e = refused(&deep);
        assert!(e.starts_with("line 1: file: nested too deeply"), "{e}");
    }
    let under = format!("name: x\nservices:\n  {}x\n", "- ".repeat(20_000));
    assert!(refused(&under).starts_with("line 3: file: nested too deeply"));
    // Deep indentation does too; a scenario's few levels do not.
    let mut stairs = String::from("services:\n");
    for i in 0..300 {
        stairs.push_str(&format!("{}a{i}:\n", " ".repeat(i + 1)));
    }
    assert!(refused(&stairs).contains("nested too deeply"));
    assert!(parse_scenario(GOOD).is_ok());
}

#[test]
fn names_are_what_compose_and_docker_accept_so_no_markup_reaches_a_diagram() {
    let e = refused(&GOOD.replace("  - name: api\n", "  - name: \"<img src=x onerror=alert(1)>\"\n"));
    assert!(e.starts_with("line 6: services[0].name:") && e.contains("use letters, digits"), "{e}");
    let e = refused(&GOOD.replace("kill_node: node-1", "deploy: { service: api, version: \"v2 </script>\" }"));
    assert!(e.contains("events[0].deploy.version") && e.contains("image tags"), "{e}");
    assert!(refused(&GOOD.replace("name: api\n", &format!("name: {}\n", "a".repeat(64)))).contains("longer than 63"));
}
