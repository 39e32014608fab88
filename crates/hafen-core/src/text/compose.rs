//! What the compose import says about a file, as messages: one per warning, as `hafen-sim import`
//! prints it on stderr and the app lists it (the file worker sends them to the page as data).

use crate::compose::{Assumption, Note, Warning};
use crate::message;
use crate::message::Message;

/// "services.web.environment (line 12): read, not simulated".
pub fn warning(w: &Warning) -> Message {
    let line = w.line.map(|l| l.to_string());
    let place = match (&w.service, line) {
        (Some(s), Some(l)) => message!("compose-place-service-line", service = s, key = &w.key, line = l),
        (Some(s), None) => message!("compose-place-service", service = s, key = &w.key),
        (None, Some(l)) => message!("compose-place-line", key = &w.key, line = l),
        (None, None) => message!("compose-place", key = &w.key),
    };
    message!("compose-warning", place = place, note = note(&w.note))
}

/// The note alone.
pub fn note(n: &Note) -> Message {
    match n {
        Note::NotSimulated => message!("compose-not-simulated"),
        Note::Unknown => message!("compose-unknown-key"),
        Note::Obsolete => message!("compose-obsolete"),
        Note::BindMount(src) => message!("compose-bind-mount", path = src),
        Note::OnlyBuild => message!("compose-only-build"),
        Note::InProfile(p) => message!("compose-in-profile", profiles = p.join(", ")),
        Note::DependencyDropped(d) => message!("compose-dependency-dropped", service = d),
        Note::Unset(v) => message!("compose-unset", variable = v),
        Note::Required(v, m) => message!("compose-required", variable = v, message = m),
        Note::BadValue(v, expected) => message!("compose-bad-value", value = v.clone(), expected = expected.clone()),
        Note::Constraint(c) => message!("compose-constraint", constraint = c),
        Note::StartOrder { condition, dependency } => message!("compose-start-order", condition = condition, dependency = dependency),
        Note::Global(n) => message!("compose-global", replicas = *n),
        Note::PortClash(n) => message!("compose-port-clash", replicas = *n),
        Note::Assumed(a) => assumed(a),
    }
}

fn assumed(a: &Assumption) -> Message {
    match a {
        Assumption::Resources(cpu, mem) => message!("compose-assumed-resources", cpu = *cpu, memory = *mem),
        Assumption::VolumeSize(gib) => message!("compose-assumed-volume", gib = *gib),
        Assumption::Traffic(entry, rps) => message!("compose-assumed-traffic", rps = *rps, entry = entry),
        Assumption::EntryWithoutPorts(e) => message!("compose-assumed-entry", entry = e),
        Assumption::Cluster(n, cpu, mem, gpu) => message!("compose-assumed-cluster", nodes = *n, cpu = cpu / 1000, memory = mem / 1024, gpu = *gpu),
    }
}
