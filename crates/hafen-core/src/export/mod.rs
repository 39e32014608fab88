//! Writing documents out as files other tools (and Hafen itself) read.
//!
//! - [`scenario`]: Hafen's scenario file (`scenarios/README.md`), the format `hafen-sim` reads.
//! - [`compose`]: a `docker-compose.yml` or a Swarm stack file.
//! - [`kubernetes`]: Kubernetes manifests.

pub mod compose;
pub mod kubernetes;
pub mod scenario;

use crate::time::SimDuration;

/// A YAML double-quoted scalar: any text reads back exactly (quotes, backslashes, line breaks,
/// control characters and markup stay text). JSON's string literal is one.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    crate::report::string(&mut out, s);
    out
}

/// A duration as a scenario file writes it, in the largest unit that keeps it exact ("50s",
/// "15m", "2h", "1500ms"); `file::parse_duration` reads it back to the same milliseconds.
pub fn duration(d: SimDuration) -> String {
    let ms = d.as_millis();
    match ms {
        0 => "0s".into(),
        _ if ms.is_multiple_of(3_600_000) => format!("{}h", ms / 3_600_000),
        _ if ms.is_multiple_of(60_000) => format!("{}m", ms / 60_000),
        _ if ms.is_multiple_of(1_000) => format!("{}s", ms / 1_000),
        _ => format!("{ms}ms"),
    }
}
