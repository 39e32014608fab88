//! Simulated time. The engine advances it; nothing in the core reads a wall clock.

use std::fmt;

/// An instant of simulated time [ms since the scenario started].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SimTime(pub u64);

/// A span of simulated time [ms].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SimDuration(pub u64);

impl SimDuration {
    /// No time at all.
    pub const ZERO: SimDuration = SimDuration(0);

    /// A span of `ms` milliseconds.
    pub const fn from_millis(ms: u64) -> Self {
        SimDuration(ms)
    }

    /// A span of `s` seconds.
    pub const fn from_secs(s: u64) -> Self {
        SimDuration(s.saturating_mul(1_000))
    }

    /// A span of `m` minutes.
    pub const fn from_mins(m: u64) -> Self {
        SimDuration(m.saturating_mul(60_000))
    }

    /// A span of `h` hours.
    pub const fn from_hours(h: u64) -> Self {
        SimDuration(h.saturating_mul(3_600_000))
    }

    /// Length [ms].
    pub const fn as_millis(self) -> u64 {
        self.0
    }

    /// Length [s], as a float for display and rates.
    pub fn as_secs_f64(self) -> f64 {
        self.0 as f64 / 1_000.0
    }

    /// `self * k`, saturating instead of overflowing.
    pub const fn saturating_mul(self, k: u64) -> Self {
        SimDuration(self.0.saturating_mul(k))
    }

    /// `self + other`, saturating instead of overflowing.
    pub const fn saturating_add(self, other: SimDuration) -> Self {
        SimDuration(self.0.saturating_add(other.0))
    }

    /// The shorter of the two spans.
    pub fn min(self, other: SimDuration) -> Self {
        if self.0 <= other.0 {
            self
        } else {
            other
        }
    }

    /// Human form for the UI and trace: "350 ms", "5 s", "15 min", "4 h", "6 min 5 s".
    pub fn human(self) -> String {
        let ms = self.0;
        if ms == 0 {
            return "0 s".to_string();
        }
        if ms < 1_000 {
            return format!("{ms} ms");
        }
        let total_s = ms / 1_000;
        let frac = ms % 1_000;
        let (h, m, s) = (total_s / 3_600, (total_s / 60) % 60, total_s % 60);
        let mut parts = Vec::new();
        if h > 0 {
            parts.push(format!("{h} h"));
        }
        if m > 0 {
            parts.push(format!("{m} min"));
        }
        if s > 0 || frac > 0 {
            if frac > 0 && h == 0 && m == 0 {
                parts.push(format!("{}.{} s", s, format!("{frac:03}").trim_end_matches('0')));
            } else {
                parts.push(format!("{s} s"));
            }
        }
        parts.join(" ")
    }
}

impl SimTime {
    /// The start of the scenario.
    pub const ZERO: SimTime = SimTime(0);

    /// Milliseconds since the start.
    pub const fn as_millis(self) -> u64 {
        self.0
    }

    /// `self + d`, saturating at the end of representable time instead of overflowing.
    pub const fn plus(self, d: SimDuration) -> SimTime {
        SimTime(self.0.saturating_add(d.0))
    }

    /// Time from `earlier` to `self`; zero when `earlier` is later.
    pub const fn since(self, earlier: SimTime) -> SimDuration {
        SimDuration(self.0.saturating_sub(earlier.0))
    }

    /// The moment [`SimTime::clock`] shows: down to the whole second (a cursor paused at
    /// 00:43.332 reads 00:43, and the figures shown beside the clock are those of 00:43).
    pub const fn on_clock(self) -> SimTime {
        SimTime(self.0 / 1_000 * 1_000)
    }

    /// Clock form for timelines: "mm:ss" below an hour, "h:mm:ss" above.
    pub fn clock(self) -> String {
        let s = self.0 / 1_000;
        let (h, m, sec) = (s / 3_600, (s / 60) % 60, s % 60);
        if h > 0 {
            format!("{h}:{m:02}:{sec:02}")
        } else {
            format!("{m:02}:{sec:02}")
        }
    }
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.clock())
    }
}

impl fmt::Display for SimDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations_read_naturally() {
        assert_eq!(SimDuration::from_millis(100).human(), "100 ms");
        assert_eq!(SimDuration::from_millis(5_100).human(), "5.1 s");
        assert_eq!(SimDuration::from_secs(350).human(), "5 min 50 s");
        assert_eq!(SimDuration::from_hours(48).human(), "48 h");
        assert_eq!(SimDuration::ZERO.human(), "0 s");
    }

    #[test]
    fn clock_is_mm_ss_below_an_hour() {
        assert_eq!(SimTime(65_000).clock(), "01:05");
        assert_eq!(SimTime(3_725_000).clock(), "1:02:05");
        assert_eq!(SimTime(43_332).on_clock(), SimTime(43_000));
        assert_eq!(SimTime(43_332).on_clock().clock(), SimTime(43_332).clock());
    }

    #[test]
    fn arithmetic_saturates_instead_of_panicking() {
        assert_eq!(SimTime(u64::MAX).plus(SimDuration::from_hours(1)), SimTime(u64::MAX));
        assert_eq!(SimTime(5).since(SimTime(10)), SimDuration::ZERO);
    }
}
