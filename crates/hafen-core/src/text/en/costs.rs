//! Cost bills in English.

use crate::costs::{Item, Missing, Source};
use crate::topology::PlatformKind;

/// What a bill line pays for, e.g. "3 × Hetzner cx23 (2 vCPU / 4 GB) (worker nodes)".
pub fn item(i: &Item) -> String {
    match i {
        Item::Host => "1 host (one VPS)".to_string(),
        Item::HostOffer(offer) => format!("1 host: {offer}"),
        Item::Workers(n, offer) => format!("{n} × {offer} (worker nodes)"),
        Item::SelfManagedControlPlane(n, offer) => format!("{n} × {offer} for a self-managed control plane"),
        Item::ManagedControlPlane => "managed control plane".to_string(),
        Item::LoadBalancer => "load balancer in front of the nodes".to_string(),
        Item::GpuNodes(n) => format!("{n} × GPU node"),
        Item::BlockStorage(gib) => format!("{gib} GiB block storage"),
        Item::PersistentVolumes => "storage (PersistentVolumes)".to_string(),
    }
}

/// Where a line's price comes from (a price table's citation is quoted as it is).
pub fn source(s: &Source) -> String {
    match s {
        Source::Table(citation) => (*citation).to_string(),
        Source::NoOfferFits(cpu, gib) => format!("no single VM in the table fits {cpu:.1} vCPU / {gib:.1} GiB; the largest is shown"),
        Source::OwnMachines => "prices.md: a self-managed control plane runs on your own machines (3 for HA)".to_string(),
    }
}

/// A figure the price table lacks.
pub const fn missing(m: Missing) -> &'static str {
    match m {
        Missing::VmPrice => "VM price",
        Missing::NodePrice => "node price",
        Missing::ControlPlaneNodePrice => "control-plane node price",
        Missing::ManagedControlPlaneFee => "managed control-plane fee (not in this price table, whose clusters run their own control plane)",
        Missing::LoadBalancer => "load balancer",
        Missing::GpuNode => "GPU node",
        Missing::BlockStorage => "block storage",
    }
}

/// Where each platform's people figures come from.
pub const fn people_source(platform: PlatformKind) -> &'static str {
    match platform {
        PlatformKind::Compose => "design documents (prices.md): ops 2–4 h/month, learning ~0 h, set-up \"hours\" (read as 2–8 h)",
        PlatformKind::Swarm => "assumption: the design documents give no Swarm figures; set between Compose and Kubernetes",
        PlatformKind::Kubernetes => "design documents (prices.md): ops 20–40 h/month, learning 100–120 h, set-up 40–80 h",
    }
}
