//! The operator's commands panel in English: the steps no command does, who heals what by itself,
//! and why a platform has no command.

use crate::commands::{Healer, Missing, Step};

/// A step before the commands.
pub fn step(s: &Step) -> String {
    match s {
        Step::EditImageTag(v) => format!("set the service's image tag to {v} in docker-compose.yml, then"),
        Step::EditConfig => "change the setting in docker-compose.yml or .env, then".into(),
        Step::PowerOn(n) => format!("power {n} back on (or replace it); containers without a restart policy then need"),
        Step::GrowHostVolume(g) => format!("grow the volume to {g} GiB with the host's storage tools (Docker cannot), around"),
    }
}

/// Who heals it, and how.
pub fn healer(h: &Healer) -> String {
    match h {
        Healer::RestartPolicy(p) => format!("heals by itself: Docker restarts the container (restart: {}), with its back-off", p.id()),
        Healer::SwarmOrchestrator => "heals by itself: Swarm's orchestrator starts a replacement task".into(),
        Healer::Kubelet => "heals by itself: the kubelet restarts the container (CrashLoopBackOff between tries)".into(),
        Healer::LivenessProbe => "heals by itself: the liveness probe fails and the kubelet restarts the container".into(),
        Healer::SwarmHealthcheck => "heals by itself: the HEALTHCHECK marks the task unhealthy and Swarm replaces it".into(),
        Healer::Eviction => "heals by itself: NotReady after the grace period, the pods evicted after tolerationSeconds, the ReplicaSets replace them".into(),
        Healer::Autoscaler => "heals by itself: the HorizontalPodAutoscaler adds replicas as CPU rises".into(),
        Healer::Rejoins => "nothing to do: the node turns Ready and takes new pods (running pods are not moved back)".into(),
    }
}

/// Why there is no command.
pub fn missing(m: &Missing) -> String {
    match m {
        Missing::OneHost => "no equivalent: one host; maintenance means downtime".into(),
        Missing::NoZones => "no zones: one host".into(),
    }
}
