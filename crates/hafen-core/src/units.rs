//! Amounts as people type them, in a scenario file, a compose file, an inspector field or an
//! address: durations ("1h30m"), CPU ("250m", "0.5") and memory ("512Mi", "4Gi"). On the ground
//! floor: the file reader, the compose reader and the edits all read them here, alike.

use crate::message::Message;
use crate::message;
use crate::time::SimDuration;

/// Parses "500ms", "10s", "15m", "2h", "1d" and sums like "1h30m" into a duration.
pub fn parse_duration(s: &str) -> Result<SimDuration, Message> {
    let s = s.trim();
    if s.is_empty() {
        return Err(message!("duration-empty"));
    }
    let mut total: u64 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if digits == 0 {
            return Err(message!("duration-not", text = s));
        }
        let (num, tail) = rest.split_at(digits);
        let value: u64 = num.parse().map_err(|_| message!("duration-too-large", text = num))?;
        let unit_len = tail.find(|c: char| c.is_ascii_digit()).unwrap_or(tail.len());
        let (unit, next) = tail.split_at(unit_len);
        let scale: u64 = match unit.trim() {
            "ms" => 1,
            "s" => 1_000,
            "m" | "min" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "" => return Err(message!("duration-needs-unit", text = s, number = num)),
            other => return Err(message!("duration-unknown-unit", unit = other, text = s)),
        };
        let part = value.checked_mul(scale).ok_or_else(|| message!("duration-too-long", text = s))?;
        total = total.checked_add(part).ok_or_else(|| message!("duration-too-long", text = s))?;
        rest = next;
    }
    Ok(SimDuration(total))
}

/// Parses a CPU amount as typed by a person: "250m" (millicores), "2" or "0.5" (cores) → millicores.
pub fn parse_cpu(s: &str) -> Result<u32, Message> {
    let s = s.trim();
    if s.starts_with('-') {
        return Err(message!("bad-negative", got = s));
    }
    let millis = if let Some(m) = s.strip_suffix('m') {
        m.trim().parse::<u64>().map_err(|_| message!("cpu-not", text = s))?
    } else {
        let cores: f64 = s.parse().map_err(|_| message!("cpu-not", text = s))?;
        if !cores.is_finite() || !(0.0..=100_000.0).contains(&cores) {
            return Err(message!("cpu-implausible", text = s));
        }
        (cores * 1_000.0).round() as u64
    };
    u32::try_from(millis).map_err(|_| message!("cpu-too-much"))
}

/// Parses a memory amount as typed by a person: "256Mi", "4Gi", "512" (MiB) → MiB.
pub fn parse_memory(s: &str) -> Result<u32, Message> {
    let s = s.trim();
    if s.starts_with('-') {
        return Err(message!("bad-negative", got = s));
    }
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let v: u64 = num.parse().map_err(|_| message!("memory-not", text = s))?;
    let mib = match unit.trim() {
        "" | "Mi" | "M" | "MB" | "MiB" => v,
        "Gi" | "G" | "GB" | "GiB" => v.saturating_mul(1_024),
        "Ti" | "T" | "TB" | "TiB" => v.saturating_mul(1_048_576),
        _ => return Err(message!("memory-unknown-unit", text = s)),
    };
    u32::try_from(mib).map_err(|_| message!("memory-too-large"))
}
