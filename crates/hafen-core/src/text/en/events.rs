//! The scheduled faults and a document's one-line caption, in English.

use crate::scenario::{FaultKind, NodeRef, Scenario};
use std::fmt::Write;

/// What a fault does, as a clause: "the node running postgres loses power", "backend v2 is
/// deployed (broken)".
pub fn fault(k: &FaultKind) -> String {
    match k {
        FaultKind::KillNode(NodeRef::Named(n)) => format!("{n} loses power"),
        FaultKind::KillNode(NodeRef::Running(s)) => format!("the node running {s} loses power"),
        FaultKind::RestoreNode(n) => format!("{n} comes back"),
        FaultKind::KillZone(z) => format!("zone {z} goes down"),
        FaultKind::RestoreZone(z) => format!("zone {z} comes back"),
        FaultKind::Crash(s) => format!("{s} crashes"),
        FaultKind::Hang(s) => format!("{s} hangs"),
        FaultKind::Deploy { service, version, healthy } => format!("{service} {version} is deployed{}", if *healthy { "" } else { " (a broken release)" }),
        FaultKind::Traffic(rps) => format!("traffic changes to {rps} requests/s"),
        FaultKind::ConfigChange(None) => "the configuration changes".to_string(),
        FaultKind::ConfigChange(Some(s)) => format!("{s}'s configuration changes"),
        FaultKind::ResizeVolume { service, gib } => format!("{service}'s volume grows to {gib} GiB"),
        FaultKind::Scale { service, replicas } => format!("{service} is scaled to {replicas}"),
    }
}

/// One line under a picture or at the top of an embed: the application and what happens to it,
/// "FeastFlow: at 01:00 the node running postgres loses power". More than two faults are counted,
/// not listed.
pub fn caption(sc: &Scenario) -> String {
    let mut line = sc.name.clone();
    let mut faults: Vec<_> = sc.faults.iter().collect();
    faults.sort_by_key(|f| f.at);
    match faults.as_slice() {
        [] => line.push_str(": no faults scheduled"),
        [one] => {
            let _ = write!(line, ": at {} {}", one.at.clock(), fault(&one.kind));
        }
        [a, b] => {
            let _ = write!(line, ": at {} {}; at {} {}", a.at.clock(), fault(&a.kind), b.at.clock(), fault(&b.kind));
        }
        [first, rest @ ..] => {
            let _ = write!(line, ": at {} {}, then {} more events", first.at.clock(), fault(&first.kind), rest.len());
        }
    }
    line
}
