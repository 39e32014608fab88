//! A quiet document played on its own (an embed's autoplay) gets its signature fault, the design
//! documents' "the node running the database dies"; its caption says what happens and when.

use hafen_core::presets::{builtin, signature_fault, SIGNATURE_AT};
use hafen_core::text::EN;

fn caption(sc: &hafen_core::Scenario) -> String {
    hafen_core::text::caption(&EN, sc)
}
use hafen_core::*;

#[test]
fn feastflow_without_faults_loses_the_node_running_postgres_a_minute_in_and_every_platform_shows_it() {
    let mut sc = builtin("feastflow").expect("preset");
    assert!(sc.faults.is_empty(), "FeastFlow is the quiet preset");
    assert_eq!(caption(&sc), "FeastFlow: no faults scheduled");
    let fault = signature_fault(&sc).expect("a signature fault");
    assert_eq!(fault, Fault { at: SIGNATURE_AT, kind: FaultKind::KillNode(NodeRef::Running("postgres".into())) });
    sc.faults.push(fault);
    assert_eq!(caption(&sc), "FeastFlow: at 01:00 the node running postgres loses power");
    for kind in PlatformKind::ALL {
        let (on, _) = sc.on_platform(kind);
        let run = simulate(&on).unwrap_or_else(|e| panic!("{kind:?}, seed {}: {e}", on.seed));
        let frontend = run.service("frontend").expect("frontend");
        let node_down = run.trace.iter().any(|e| e.t >= SIGNATURE_AT && matches!(e.kind, TraceKind::NodeDown));
        assert!(node_down, "{kind:?}, seed {}: a node goes down", on.seed);
        if kind == PlatformKind::Compose {
            assert!(frontend.downtime > SimDuration::ZERO, "seed {}: Compose loses its one host", on.seed);
        }
    }
}

#[test]
fn the_signature_falls_on_the_database_else_a_volume_else_the_entry_and_an_empty_application_has_none() {
    let mut sc = builtin("feastflow").expect("preset");
    sc.topology.services.retain(|s| s.kind != ServiceKind::Database);
    assert_eq!(signature_fault(&sc).map(|f| f.kind), Some(FaultKind::KillNode(NodeRef::Running("frontend".into()))));
    sc.topology.services.clear();
    assert_eq!(signature_fault(&sc), None);
}

#[test]
fn a_caption_lists_two_faults_and_counts_more() {
    let mut sc = builtin("feastflow").expect("preset");
    sc.faults = vec![
        Fault { at: SimTime(120_000), kind: FaultKind::Crash("backend".into()) },
        Fault { at: SimTime(60_000), kind: FaultKind::Deploy { service: "backend".into(), version: "v2".into(), healthy: false } },
    ];
    assert_eq!(caption(&sc), "FeastFlow: at 01:00 backend v2 is deployed (a broken release); at 02:00 backend crashes");
    sc.faults.push(Fault { at: SimTime(3_600_000), kind: FaultKind::Traffic(500) });
    assert_eq!(caption(&sc), "FeastFlow: at 01:00 backend v2 is deployed (a broken release), then 2 more events");
}
