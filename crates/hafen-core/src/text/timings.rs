//! The timings in force in words: what each governs, where its default is documented, and its
//! value, in the reader's language (the "Timings" tab). Keyed by [`TimingKey::key`]; a key added to
//! [`crate::defaults::TIMINGS`] without words here fails loudly.

use super::{entry, key, Key, Words};
use crate::defaults::{System, TimingKey, Timings, Value, TIMINGS};
use crate::say;
use crate::KubeVersion;

/// Each timing's key and its messages: what it governs, and where its default is documented.
const WORDS: [(&str, [Key; 2]); 42] = [
    ("probe_period", [key("timing-probe-period"), key("timing-probe-period-source")]),
    ("crashloop_initial", [key("timing-crashloop-initial"), key("timing-crashloop-initial-source")]),
    ("crashloop_max", [key("timing-crashloop-max"), key("timing-crashloop-max-source")]),
    ("crashloop_reset", [key("timing-crashloop-reset"), key("timing-crashloop-reset-source")]),
    ("node_status_update", [key("timing-node-status-update"), key("timing-node-status-update-source")]),
    ("node_monitor_period", [key("timing-node-monitor-period"), key("timing-node-monitor-period-source")]),
    ("node_monitor_grace", [key("timing-node-monitor-grace"), key("timing-node-monitor-grace-source")]),
    ("not_ready_toleration", [key("timing-not-ready-toleration"), key("timing-not-ready-toleration-source")]),
    ("max_wait_for_unmount", [key("timing-max-wait-for-unmount"), key("timing-max-wait-for-unmount-source")]),
    ("image_pull", [key("timing-image-pull"), key("timing-image-pull-source")]),
    ("probe_timeout", [key("timing-probe-timeout"), key("timing-probe-timeout-source")]),
    ("probe_initial_delay", [key("timing-probe-initial-delay"), key("timing-probe-initial-delay-source")]),
    ("probe_failure_threshold", [key("timing-probe-failure-threshold"), key("timing-probe-failure-threshold-source")]),
    ("termination_grace", [key("timing-termination-grace"), key("timing-termination-grace-source")]),
    ("max_surge_percent", [key("timing-max-surge-percent"), key("timing-max-surge-percent-source")]),
    ("max_unavailable_percent", [key("timing-max-unavailable-percent"), key("timing-max-unavailable-percent-source")]),
    ("progress_deadline", [key("timing-progress-deadline"), key("timing-progress-deadline-source")]),
    ("hpa_sync", [key("timing-hpa-sync"), key("timing-hpa-sync-source")]),
    ("hpa_tolerance_percent", [key("timing-hpa-tolerance-percent"), key("timing-hpa-tolerance-percent-source")]),
    ("hpa_scale_up_pods", [key("timing-hpa-scale-up-pods"), key("timing-hpa-scale-up-pods-source")]),
    ("hpa_scale_up_percent", [key("timing-hpa-scale-up-percent"), key("timing-hpa-scale-up-percent-source")]),
    ("hpa_scale_down_window", [key("timing-hpa-scale-down-window"), key("timing-hpa-scale-down-window-source")]),
    ("hpa_cpu_initialization_period", [key("timing-hpa-cpu-initialization-period"), key("timing-hpa-cpu-initialization-period-source")]),
    ("metrics_resolution", [key("timing-metrics-resolution"), key("timing-metrics-resolution-source")]),
    ("endpoint_propagation", [key("timing-endpoint-propagation"), key("timing-endpoint-propagation-source")]),
    ("healthcheck_interval", [key("timing-healthcheck-interval"), key("timing-healthcheck-interval-source")]),
    ("healthcheck_timeout", [key("timing-healthcheck-timeout"), key("timing-healthcheck-timeout-source")]),
    ("healthcheck_retries", [key("timing-healthcheck-retries"), key("timing-healthcheck-retries-source")]),
    ("healthcheck_start_period", [key("timing-healthcheck-start-period"), key("timing-healthcheck-start-period-source")]),
    ("healthcheck_start_interval", [key("timing-healthcheck-start-interval"), key("timing-healthcheck-start-interval-source")]),
    ("docker_stop_grace", [key("timing-docker-stop-grace"), key("timing-docker-stop-grace-source")]),
    ("manual_volume_resize", [key("timing-manual-volume-resize"), key("timing-manual-volume-resize-source")]),
    ("docker_restart_initial", [key("timing-docker-restart-initial"), key("timing-docker-restart-initial-source")]),
    ("docker_restart_max", [key("timing-docker-restart-max"), key("timing-docker-restart-max-source")]),
    ("docker_restart_reset_after", [key("timing-docker-restart-reset-after"), key("timing-docker-restart-reset-after-source")]),
    ("swarm_heartbeat", [key("timing-swarm-heartbeat"), key("timing-swarm-heartbeat-source")]),
    ("swarm_restart_delay", [key("timing-swarm-restart-delay"), key("timing-swarm-restart-delay-source")]),
    ("swarm_update_monitor", [key("timing-swarm-update-monitor"), key("timing-swarm-update-monitor-source")]),
    ("swarm_heartbeat_grace", [key("timing-swarm-heartbeat-grace"), key("timing-swarm-heartbeat-grace-source")]),
    ("gossip_probe_interval", [key("timing-gossip-probe-interval"), key("timing-gossip-probe-interval-source")]),
    ("gossip_suspicion_mult", [key("timing-gossip-suspicion-mult"), key("timing-gossip-suspicion-mult-source")]),
    ("operator_reaction", [key("timing-operator-reaction"), key("timing-operator-reaction-source")]),
];

/// What the timing `key` governs.
pub fn mechanism(w: &Words, key: &str) -> String {
    w.say(entry(&WORDS, key)[0], &[])
}

/// Where the default of `key` is documented, or that it is an assumption.
pub fn source(w: &Words, key: &str) -> String {
    w.say(entry(&WORDS, key)[1], &[])
}

/// Who documents a timing.
pub fn system(w: &Words, s: System) -> String {
    match s {
        System::People => say!(w, "system-people"),
        other => other.label().to_string(),
    }
}

/// A timing's value in force ("10 s", "3", "25 %").
pub fn value(w: &Words, key: &TimingKey, t: &Timings) -> String {
    match key.value {
        Value::Period(get, _) | Value::Span(get, _) => w.duration(get(t)),
        Value::Count(get, ..) => w.count(u64::from(get(t))),
        Value::Percent(get, ..) => w.percent(f64::from(get(t)), 0),
    }
}

/// One row of the table, in words.
pub struct Row {
    /// Who documents it.
    pub system: String,
    /// What it governs.
    pub mechanism: String,
    /// The value in force.
    pub value: String,
    /// Where the default is documented.
    pub source: String,
    /// Whether it differs from the documented default.
    pub changed: bool,
}

/// The timings in force for `version`, one row per key of [`TIMINGS`].
pub fn rows(w: &Words, t: &Timings, version: KubeVersion) -> Vec<Row> {
    let documented = Timings::documented(version);
    TIMINGS
        .iter()
        .map(|key| {
            let mut value = value(w, key, t);
            if key.key == "node_monitor_grace" {
                value = say!(w, "timings-version", value = value, version = version.to_string());
            }
            Row { system: system(w, key.system), mechanism: mechanism(w, key.key), value, source: source(w, key.key), changed: !key.same(t, &documented) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EN;

    #[test]
    fn every_timing_has_its_words_and_english_says_what_the_core_documents() {
        let t = Timings::default();
        let rows = rows(&EN, &t, KubeVersion::DEFAULT);
        for (row, (key, d)) in rows.iter().zip(TIMINGS.iter().zip(t.rows(KubeVersion::DEFAULT))) {
            assert_eq!(row.mechanism.replace('\u{a0}', " "), key.doc, "{}", key.key);
            assert_eq!(row.source.replace('\u{a0}', " "), key.source, "{}", key.key);
            assert_eq!(row.system, d.system, "{}", key.key);
        }
    }
}
