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
    string(&mut out, s);
    out
}

/// Appends `s` as a JSON string literal. It is also a YAML double-quoted scalar (YAML 1.2 reads
/// JSON's escapes), which the scenario files Hafen writes use for every text.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // DEL too: valid raw in JSON, but not printable for YAML.
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A duration as a scenario file writes it, in the largest unit that keeps it exact ("50s",
/// "15m", "2h", "1500ms"); `units::parse_duration` reads it back to the same milliseconds.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let mut o = String::new();
        string(&mut o, "a\"b\\c\nd\u{1}");
        assert_eq!(o, "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
