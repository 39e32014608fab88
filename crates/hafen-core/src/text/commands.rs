//! The operator's commands panel in words: the steps no command does, who heals what by itself,
//! and why a platform has no command.

use super::Words;
use crate::commands::{Healer, Line, Missing, Remark, Step};
use crate::say;

/// A step before the commands.
pub fn step(w: &Words, s: &Step) -> String {
    match s {
        Step::EditImageTag(v) => say!(w, "command-step-image-tag", version = v),
        Step::EditConfig => say!(w, "command-step-config"),
        Step::PowerOnHost => say!(w, "command-step-power-on-host"),
        Step::GrowHostVolume(g) => say!(w, "command-step-grow-volume", gib = g),
    }
}

/// A remark in the shell lines.
pub fn remark(w: &Words, r: &Remark) -> String {
    match r {
        Remark::RollBack(command) => say!(w, "remark-roll-back", command = command),
        Remark::VolumeExpansion => say!(w, "remark-volume-expansion"),
        Remark::SpreadAgain(node) => say!(w, "remark-spread-again", node = node),
        Remark::Afterwards => say!(w, "remark-afterwards"),
        Remark::StatefulWaits => say!(w, "remark-stateful-waits"),
    }
}

/// A shell line as it is typed: `command`, `command  # remark` or `# remark`.
pub fn line(w: &Words, l: &Line) -> String {
    match l {
        Line::Command(c) => c.clone(),
        Line::Remark(c, r) => format!("{c}  # {}", remark(w, r)),
        Line::Comment(r) => format!("# {}", remark(w, r)),
    }
}

/// Who heals it, and how.
pub fn healer(w: &Words, h: &Healer) -> String {
    match h {
        Healer::RestartPolicy(p) => say!(w, "healer-restart-policy", policy = p.id()),
        Healer::SwarmOrchestrator => say!(w, "healer-swarm-orchestrator"),
        Healer::SwarmOrchestratorDataLeft(services) => say!(w, "healer-swarm-orchestrator-data-left", services = services.join(", ")),
        Healer::Kubelet => say!(w, "healer-kubelet"),
        Healer::LivenessProbe => say!(w, "healer-liveness"),
        Healer::SwarmHealthcheck => say!(w, "healer-swarm-healthcheck"),
        Healer::Eviction => say!(w, "healer-eviction"),
        Healer::Autoscaler => say!(w, "healer-autoscaler"),
        Healer::Rejoins => say!(w, "healer-rejoins"),
    }
}

/// Why there is no command.
pub fn missing(w: &Words, m: &Missing) -> String {
    match m {
        Missing::OneHost => say!(w, "command-missing-one-host"),
        Missing::NoZones => say!(w, "command-missing-no-zones"),
    }
}
