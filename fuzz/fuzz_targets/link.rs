//! Any text after the `#` of an address: refused with a reason, or a document that round-trips and
//! runs on every platform it shows. Never a panic, a hang or unbounded memory.
#![no_main]

use hafen_core::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(doc) = Document::decode(text) else { return };
    assert_eq!(Document::decode(&doc.encode()).as_ref(), Ok(&doc), "a decoded document round-trips");
    // Short runs: the fuzzer should explore links, not long simulations.
    let mut sc = doc.scenario;
    sc.duration = sc.duration.min(hafen_core::SimDuration::from_hours(2));
    if sc.topology.services.iter().map(|s| u64::from(s.replicas)).sum::<u64>() > 200 {
        return;
    }
    for &k in &doc.shown {
        let _ = hafen_core::simulate(&sc.on_platform(k).0);
    }
});
