//! Feeds arbitrary text to the scenario parser and, when it parses, to the engine on all three
//! platforms, and checks that everything said about each run agrees. Any panic is a bug.
//! Run: `scripts/fuzz.sh [seconds]`.
#![no_main]

use hafen_core::file::parse_scenario;
use hafen_core::{simulate, PlatformKind, SimDuration};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(mut scenario) = parse_scenario(&text) else { return };
    // Keep each run short so the fuzzer explores inputs rather than long simulations.
    scenario.duration = scenario.duration.min(SimDuration::from_hours(6));
    scenario.faults.retain(|f| f.at.as_millis() <= scenario.duration.as_millis());
    if scenario.topology.services.iter().map(|s| u64::from(s.replicas)).sum::<u64>() > 200 {
        return;
    }
    for kind in [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes] {
        let (sc, _) = scenario.on_platform(kind);
        if let Ok(run) = simulate(&sc) {
            let _ = run.snapshot_at(run.end);
            // Everything said about the run must agree (report, JSON, summary, counters, words, diagram).
            let problems = hafen_core::consistency::check(&sc, &run);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
});
