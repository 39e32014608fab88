//! The modules' imports form layers: no module of the core or the app reaches, through the
//! modules it imports, back to itself. A module here is a top-level one (`crate::text`, with
//! everything under `src/text/`); an import is a `crate::<module>` path outside comments and
//! outside a file's `#[cfg(test)]` part, or a top-level file's `super::<module>`.
//!
//! Neither crate has a cycle (issue 31 took apart the core's last one: the story the scenario
//! carried, and the engine's commands naming objects through the exports): the test fails on any
//! cycle, naming its modules and the imports that close it.

mod common;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The identifiers after each `prefix` in `line`.
fn after<'a>(line: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + prefix.len()..];
        // `$crate::` and `hafen_core::crate` are not this crate's paths from here.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        found.push(&rest[..end]);
    }
    found
}

/// The imports between the top-level modules of the crate whose sources are in `src`.
fn graph(src: &Path) -> Graph {
    let mut all = Vec::new();
    common::sources(src, &mut all);
    let mut g = Graph::new();
    for path in all {
        let rel = path.strip_prefix(src).expect("under src");
        let parts: Vec<String> = rel.with_extension("").iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let module = parts[0].clone();
        if ["lib", "main", "bin"].contains(&module.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let edges = g.entry(module.clone()).or_default();
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[cfg(test)]") {
                break;
            }
            if line.starts_with("//") {
                continue;
            }
            let mut named = after(line, "crate::");
            if parts.len() == 1 {
                named.extend(after(line, "super::"));
            }
            edges.extend(named.into_iter().filter(|m| !m.is_empty() && *m != module).map(str::to_string));
        }
    }
    let known: BTreeSet<String> = g.keys().cloned().collect();
    for edges in g.values_mut() {
        edges.retain(|m| known.contains(m));
    }
    g
}

/// The modules from which `from` can be reached (`from` itself if it is on a cycle).
fn reaching(g: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = g[from].iter().map(String::as_str).collect();
    while let Some(m) = todo.pop() {
        if seen.insert(m.to_string()) {
            todo.extend(g[m].iter().map(String::as_str));
        }
    }
    seen
}

/// Every cycle, as the set of modules on it (a strongly connected part of more than one module).
fn cycles(g: &Graph) -> Vec<BTreeSet<String>> {
    let reach: BTreeMap<&String, BTreeSet<String>> = g.keys().map(|m| (m, reaching(g, m))).collect();
    let mut parts: Vec<BTreeSet<String>> = Vec::new();
    for m in g.keys() {
        if !reach[m].contains(m) || parts.iter().any(|p| p.contains(m)) {
            continue;
        }
        parts.push(g.keys().filter(|n| reach[m].contains(*n) && reach[*n].contains(m)).cloned().collect());
    }
    parts
}

/// Who on `part` imports whom on it, for the failure message.
fn describe(g: &Graph, part: &BTreeSet<String>) -> String {
    part.iter().map(|m| format!("  {m} → {}", g[m].iter().filter(|n| part.contains(*n)).cloned().collect::<Vec<_>>().join(", "))).collect::<Vec<_>>().join("\n")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_app_imports_in_layers_without_a_cycle() {
    let g = graph(&root().join("src"));
    assert!(g.contains_key("state") && g.contains_key("presenting"), "the app's modules are read");
    if let Some(part) = cycles(&g).first() {
        panic!("the app's modules import each other in a cycle:\n{}", describe(&g, part));
    }
}

#[test]
fn the_core_has_no_cycle() {
    let g = graph(&root().join("crates/hafen-core/src"));
    assert!(g.contains_key("engine") && g.contains_key("message"), "the core's modules are read");
    if let Some(part) = cycles(&g).first() {
        panic!("the core's modules import each other in a cycle:\n{}", describe(&g, part));
    }
    // The ground floor stays one: messages, time, the defaults and the topology import no layer above.
    for floor in ["message", "time", "defaults", "topology", "locale"] {
        assert!(!g[floor].contains("text") && !g[floor].contains("scenario"), "{floor} imports {:?}", g[floor]);
    }
}
