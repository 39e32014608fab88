//! Names of states and menu entries (technical terms as the platforms spell them).

use super::Words;
use crate::defaults::OperatorPreset;
use crate::edit::PaletteItem;
use crate::run::ReplicaState;
use crate::say;
use crate::topology::PlatformKind;

/// The word the platform itself would show (`kubectl get pods`, `docker ps`), explained where
/// Hafen adds to it.
pub fn state(w: &Words, s: ReplicaState, platform: PlatformKind) -> String {
    match (s, platform) {
        (ReplicaState::Running, _) => say!(w, "state-running"),
        (ReplicaState::Starting, PlatformKind::Kubernetes) => say!(w, "state-starting-not-ready"),
        (ReplicaState::Starting, _) => say!(w, "state-starting"),
        (ReplicaState::NotReady, _) => say!(w, "state-not-ready"),
        (ReplicaState::Hung, _) => say!(w, "state-hung"),
        (ReplicaState::Unhealthy, _) => say!(w, "state-unhealthy"),
        (ReplicaState::BackOff, PlatformKind::Kubernetes) => say!(w, "state-crash-loop-back-off"),
        (ReplicaState::BackOff, _) => say!(w, "state-restarting"),
        (ReplicaState::Exited, _) => say!(w, "state-exited"),
        (ReplicaState::Unknown, PlatformKind::Kubernetes) => say!(w, "state-unknown-node-lost"),
        (ReplicaState::Unknown, _) => say!(w, "state-down-host-off"),
        (ReplicaState::Terminating, _) => say!(w, "state-terminating"),
        (ReplicaState::Pending, _) => say!(w, "state-pending"),
    }
}

/// A palette entry.
pub fn palette_item(w: &Words, p: PaletteItem) -> String {
    match p {
        PaletteItem::Frontend => say!(w, "palette-frontend"),
        PaletteItem::Backend => say!(w, "palette-backend"),
        PaletteItem::Worker => say!(w, "palette-worker"),
        PaletteItem::Postgres => say!(w, "palette-postgres"),
        PaletteItem::Redis => say!(w, "palette-redis"),
        PaletteItem::Queue => say!(w, "palette-queue"),
        PaletteItem::Ingress => say!(w, "palette-ingress"),
        PaletteItem::GpuWorker => say!(w, "palette-gpu-worker"),
    }
}

/// An operator-reaction preset.
pub fn operator_preset(w: &Words, p: OperatorPreset) -> String {
    match p {
        OperatorPreset::OnCall => say!(w, "operator-on-call"),
        OperatorPreset::OfficeHours => say!(w, "operator-office-hours"),
        OperatorPreset::Weekend => say!(w, "operator-weekend"),
    }
}
