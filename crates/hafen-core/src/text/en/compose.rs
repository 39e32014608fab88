//! What the compose import says, in English: one line per warning, as `hafen-sim import` prints
//! it on stderr and the app lists it.

use crate::compose::{Assumption, Note, Warning};

/// "services.web.environment (line 12): not simulated — …".
pub fn warning(w: &Warning) -> String {
    let place = match (&w.service, w.line) {
        (Some(s), Some(l)) => format!("services.{s}.{} (line {l})", w.key),
        (Some(s), None) => format!("services.{s}.{}", w.key),
        (None, Some(l)) => format!("{} (line {l})", w.key),
        (None, None) => w.key.clone(),
    };
    format!("{place}: {}", note(&w.note))
}

/// The note alone.
pub fn note(n: &Note) -> String {
    match n {
        Note::NotSimulated => "read, not simulated".into(),
        Note::Unknown => "not a key of the Compose Specification; ignored".into(),
        Note::Obsolete => "obsolete; Compose ignores it".into(),
        Note::BindMount(src) => format!("bind mount of the host path \"{src}\": host-specific, not a volume that moves with the service; not simulated"),
        Note::OnlyBuild => "built from source: its image is unknown; the kind was inferred from the service's name".into(),
        Note::InProfile(p) => format!("in profile {}: `docker compose up` does not start it without --profile; not imported", p.join(", ")),
        Note::DependencyDropped(d) => format!("depends on {d}, which was not imported; dependency dropped"),
        Note::Unset(v) => format!("variable {v} is not set (Hafen has no environment or .env file); the empty string was used"),
        Note::Required(v, m) => format!("variable {v} is required (\"{m}\"): Compose would stop; the empty string was used"),
        Note::BadValue(v, expected) => format!("\"{v}\" could not be read (expected {expected}); the default was kept"),
        Note::Constraint(c) => format!("placement constraint \"{c}\" names no node Hafen draws; not simulated"),
        Note::StartOrder(c) => format!("condition {c} orders start-up only, which is not simulated; the dependency for answering requests is"),
        Note::Global(n) => format!("global mode: one replica per node, {n} on the cluster compared"),
        Note::PortClash(n) => format!("{n} replicas publish one fixed host port: on one host only one container can bind it, so Compose runs one; the clusters run all {n} behind their load balancers"),
        Note::Assumed(a) => assumed(a),
    }
}

fn assumed(a: &Assumption) -> String {
    match a {
        Assumption::Resources(cpu, mem) => format!("no resources given: assumed requests of {cpu} m CPU and {mem} MiB memory"),
        Assumption::VolumeSize(gib) => format!("a named volume: a stateful service (a StatefulSet on Kubernetes) with an assumed {gib} GiB volume"),
        Assumption::Traffic(entry, rps) => format!("assumed {rps} requests/s from users into {entry} (the file does not say; change it in the app or the scenario file)"),
        Assumption::EntryWithoutPorts(e) => format!("no service publishes a port: users are assumed to call {e}, which nothing depends on"),
        Assumption::Cluster(n, cpu, mem, gpu) => format!(
            "compared on a Kubernetes cluster of {n} worker nodes with {} vCPU and {} GiB each{} (assumed: the smallest where every replica fits on the nodes left after one fails)",
            cpu / 1000,
            mem / 1024,
            if *gpu > 0 { format!(" and {gpu} GPU node{}", if *gpu == 1 { "" } else { "s" }) } else { String::new() }
        ),
    }
}
