//! Names of states and menu entries in English (technical terms as the platforms spell them).

use crate::defaults::OperatorPreset;
use crate::edit::PaletteItem;
use crate::run::ReplicaState;
use crate::topology::PlatformKind;

/// The word the platform itself would show (`kubectl get pods`, `docker ps`).
pub const fn state(s: ReplicaState, platform: PlatformKind) -> &'static str {
    match (s, platform) {
        (ReplicaState::Running, _) => "Running",
        (ReplicaState::Starting, PlatformKind::Kubernetes) => "Starting (not Ready)",
        (ReplicaState::Starting, _) => "Starting",
        (ReplicaState::NotReady, _) => "NotReady",
        (ReplicaState::Hung, _) => "Running, not answering",
        (ReplicaState::BackOff, PlatformKind::Kubernetes) => "CrashLoopBackOff",
        (ReplicaState::BackOff, _) => "Restarting",
        (ReplicaState::Exited, _) => "Exited",
        (ReplicaState::Unknown, PlatformKind::Kubernetes) => "Unknown (node lost)",
        (ReplicaState::Unknown, _) => "Down (host off)",
        (ReplicaState::Terminating, _) => "Terminating",
        (ReplicaState::Pending, _) => "Pending",
    }
}

/// A palette entry.
pub const fn palette_item(p: PaletteItem) -> &'static str {
    match p {
        PaletteItem::Frontend => "Frontend",
        PaletteItem::Backend => "Backend / API",
        PaletteItem::Worker => "Worker",
        PaletteItem::Postgres => "PostgreSQL",
        PaletteItem::Redis => "Redis",
        PaletteItem::Queue => "Message queue",
        PaletteItem::Ingress => "Ingress / proxy",
        PaletteItem::GpuWorker => "GPU worker",
    }
}

/// An operator-reaction preset.
pub const fn operator_preset(p: OperatorPreset) -> &'static str {
    match p {
        OperatorPreset::OnCall => "on-call (15 min)",
        OperatorPreset::OfficeHours => "office hours (4 h)",
        OperatorPreset::Weekend => "weekend (48 h)",
    }
}
