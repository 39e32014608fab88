//! The timings in force in words: what each governs, where its default is documented, and its
//! value, in the reader's language (the "Timings" tab). Keyed by [`TimingKey::key`]; a key added to
//! [`crate::defaults::TIMINGS`] without words here fails loudly.

use super::Words;
use crate::defaults::{DefaultRow, System, TimingKey, Timings, Value, TIMINGS};
use crate::say;
use crate::KubeVersion;

/// What the timing `key` governs.
pub fn mechanism(w: &Words, key: &str) -> String {
    match key {
        "probe_period" => say!(w, "timing-probe-period"),
        "crashloop_initial" => say!(w, "timing-crashloop-initial"),
        "crashloop_max" => say!(w, "timing-crashloop-max"),
        "crashloop_reset" => say!(w, "timing-crashloop-reset"),
        "node_status_update" => say!(w, "timing-node-status-update"),
        "node_monitor_period" => say!(w, "timing-node-monitor-period"),
        "node_monitor_grace" => say!(w, "timing-node-monitor-grace"),
        "not_ready_toleration" => say!(w, "timing-not-ready-toleration"),
        "max_wait_for_unmount" => say!(w, "timing-max-wait-for-unmount"),
        "image_pull" => say!(w, "timing-image-pull"),
        "probe_timeout" => say!(w, "timing-probe-timeout"),
        "probe_initial_delay" => say!(w, "timing-probe-initial-delay"),
        "probe_failure_threshold" => say!(w, "timing-probe-failure-threshold"),
        "termination_grace" => say!(w, "timing-termination-grace"),
        "max_surge_percent" => say!(w, "timing-max-surge-percent"),
        "max_unavailable_percent" => say!(w, "timing-max-unavailable-percent"),
        "progress_deadline" => say!(w, "timing-progress-deadline"),
        "hpa_sync" => say!(w, "timing-hpa-sync"),
        "hpa_tolerance_percent" => say!(w, "timing-hpa-tolerance-percent"),
        "hpa_scale_up_pods" => say!(w, "timing-hpa-scale-up-pods"),
        "hpa_scale_up_percent" => say!(w, "timing-hpa-scale-up-percent"),
        "hpa_scale_down_window" => say!(w, "timing-hpa-scale-down-window"),
        "hpa_cpu_initialization_period" => say!(w, "timing-hpa-cpu-initialization-period"),
        "metrics_resolution" => say!(w, "timing-metrics-resolution"),
        "endpoint_propagation" => say!(w, "timing-endpoint-propagation"),
        "healthcheck_interval" => say!(w, "timing-healthcheck-interval"),
        "healthcheck_timeout" => say!(w, "timing-healthcheck-timeout"),
        "healthcheck_retries" => say!(w, "timing-healthcheck-retries"),
        "healthcheck_start_period" => say!(w, "timing-healthcheck-start-period"),
        "healthcheck_start_interval" => say!(w, "timing-healthcheck-start-interval"),
        "docker_stop_grace" => say!(w, "timing-docker-stop-grace"),
        "manual_volume_resize" => say!(w, "timing-manual-volume-resize"),
        "docker_restart_initial" => say!(w, "timing-docker-restart-initial"),
        "docker_restart_max" => say!(w, "timing-docker-restart-max"),
        "docker_restart_reset_after" => say!(w, "timing-docker-restart-reset-after"),
        "swarm_heartbeat" => say!(w, "timing-swarm-heartbeat"),
        "swarm_restart_delay" => say!(w, "timing-swarm-restart-delay"),
        "swarm_update_monitor" => say!(w, "timing-swarm-update-monitor"),
        "swarm_heartbeat_grace" => say!(w, "timing-swarm-heartbeat-grace"),
        "gossip_probe_interval" => say!(w, "timing-gossip-probe-interval"),
        "gossip_suspicion_mult" => say!(w, "timing-gossip-suspicion-mult"),
        "operator_reaction" => say!(w, "timing-operator-reaction"),
        other => panic!("no words for timing {other}"),
    }
}

/// Where the default of `key` is documented, or that it is an assumption.
pub fn source(w: &Words, key: &str) -> String {
    match key {
        "probe_period" => say!(w, "timing-probe-period-source"),
        "crashloop_initial" => say!(w, "timing-crashloop-initial-source"),
        "crashloop_max" => say!(w, "timing-crashloop-max-source"),
        "crashloop_reset" => say!(w, "timing-crashloop-reset-source"),
        "node_status_update" => say!(w, "timing-node-status-update-source"),
        "node_monitor_period" => say!(w, "timing-node-monitor-period-source"),
        "node_monitor_grace" => say!(w, "timing-node-monitor-grace-source"),
        "not_ready_toleration" => say!(w, "timing-not-ready-toleration-source"),
        "max_wait_for_unmount" => say!(w, "timing-max-wait-for-unmount-source"),
        "image_pull" => say!(w, "timing-image-pull-source"),
        "probe_timeout" => say!(w, "timing-probe-timeout-source"),
        "probe_initial_delay" => say!(w, "timing-probe-initial-delay-source"),
        "probe_failure_threshold" => say!(w, "timing-probe-failure-threshold-source"),
        "termination_grace" => say!(w, "timing-termination-grace-source"),
        "max_surge_percent" => say!(w, "timing-max-surge-percent-source"),
        "max_unavailable_percent" => say!(w, "timing-max-unavailable-percent-source"),
        "progress_deadline" => say!(w, "timing-progress-deadline-source"),
        "hpa_sync" => say!(w, "timing-hpa-sync-source"),
        "hpa_tolerance_percent" => say!(w, "timing-hpa-tolerance-percent-source"),
        "hpa_scale_up_pods" => say!(w, "timing-hpa-scale-up-pods-source"),
        "hpa_scale_up_percent" => say!(w, "timing-hpa-scale-up-percent-source"),
        "hpa_scale_down_window" => say!(w, "timing-hpa-scale-down-window-source"),
        "hpa_cpu_initialization_period" => say!(w, "timing-hpa-cpu-initialization-period-source"),
        "metrics_resolution" => say!(w, "timing-metrics-resolution-source"),
        "endpoint_propagation" => say!(w, "timing-endpoint-propagation-source"),
        "healthcheck_interval" => say!(w, "timing-healthcheck-interval-source"),
        "healthcheck_timeout" => say!(w, "timing-healthcheck-timeout-source"),
        "healthcheck_retries" => say!(w, "timing-healthcheck-retries-source"),
        "healthcheck_start_period" => say!(w, "timing-healthcheck-start-period-source"),
        "healthcheck_start_interval" => say!(w, "timing-healthcheck-start-interval-source"),
        "docker_stop_grace" => say!(w, "timing-docker-stop-grace-source"),
        "manual_volume_resize" => say!(w, "timing-manual-volume-resize-source"),
        "docker_restart_initial" => say!(w, "timing-docker-restart-initial-source"),
        "docker_restart_max" => say!(w, "timing-docker-restart-max-source"),
        "docker_restart_reset_after" => say!(w, "timing-docker-restart-reset-after-source"),
        "swarm_heartbeat" => say!(w, "timing-swarm-heartbeat-source"),
        "swarm_restart_delay" => say!(w, "timing-swarm-restart-delay-source"),
        "swarm_update_monitor" => say!(w, "timing-swarm-update-monitor-source"),
        "swarm_heartbeat_grace" => say!(w, "timing-swarm-heartbeat-grace-source"),
        "gossip_probe_interval" => say!(w, "timing-gossip-probe-interval-source"),
        "gossip_suspicion_mult" => say!(w, "timing-gossip-suspicion-mult-source"),
        "operator_reaction" => say!(w, "timing-operator-reaction-source"),
        other => panic!("no words for timing {other}"),
    }
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
    let documented: Vec<DefaultRow> = t.rows(version);
    TIMINGS
        .iter()
        .zip(documented)
        .map(|(key, d)| {
            let mut value = value(w, key, t);
            if key.key == "node_monitor_grace" {
                value = say!(w, "timings-version", value = value, version = version.to_string());
            }
            Row { system: system(w, key.system), mechanism: mechanism(w, key.key), value, source: source(w, key.key), changed: d.changed }
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
            assert_eq!(row.mechanism, key.doc, "{}", key.key);
            assert_eq!(row.source, key.source, "{}", key.key);
            assert_eq!(row.system, d.system, "{}", key.key);
        }
    }
}
