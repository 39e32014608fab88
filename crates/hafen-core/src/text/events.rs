//! The scheduled faults and a document's one-line caption.

use super::Words;
use crate::say;
use crate::scenario::{FaultKind, NodeRef, Scenario};
use crate::topology::PlatformKind;

/// What a fault does, as a clause: "the node running postgres loses power", "backend v2 is
/// deployed (a broken release)".
pub fn fault(w: &Words, k: &FaultKind) -> String {
    match k {
        FaultKind::KillNode(NodeRef::Named(n)) => say!(w, "fault-kill-node", node = n),
        FaultKind::KillNode(NodeRef::Running(s)) => say!(w, "fault-kill-node-running", service = s),
        FaultKind::RestoreNode(n) => say!(w, "fault-restore-node", node = n),
        FaultKind::KillZone(z) => say!(w, "fault-kill-zone", zone = z),
        FaultKind::RestoreZone(z) => say!(w, "fault-restore-zone", zone = z),
        FaultKind::Crash(s) => say!(w, "fault-crash", service = s),
        FaultKind::Hang(s) => say!(w, "fault-hang", service = s),
        FaultKind::Deploy { service, version, healthy: true } => say!(w, "fault-deploy", service = service, version = version),
        FaultKind::Deploy { service, version, healthy: false } => say!(w, "fault-deploy-broken", service = service, version = version),
        FaultKind::Traffic(rps) => say!(w, "fault-traffic", rps = rps),
        FaultKind::ConfigChange(None) => say!(w, "fault-config-all"),
        FaultKind::ConfigChange(Some(s)) => say!(w, "fault-config", service = s),
        FaultKind::ResizeVolume { service, gib } => say!(w, "fault-resize-volume", service = service, gib = gib),
        FaultKind::Scale { service, replicas } => say!(w, "fault-scale", service = service, replicas = replicas),
    }
}

/// What a fault does on `platform`: on Compose a node's failure or return is its one host's,
/// whatever node the document named ("the host loses power"); elsewhere as [`fault`] says it.
pub fn fault_on(w: &Words, k: &FaultKind, platform: PlatformKind) -> String {
    match (platform, k) {
        (PlatformKind::Compose, FaultKind::KillNode(_)) => say!(w, "fault-kill-host"),
        (PlatformKind::Compose, FaultKind::RestoreNode(_)) => say!(w, "fault-restore-host"),
        _ => fault(w, k),
    }
}

/// One line under a picture or at the top of an embed: the application and what happens to it,
/// "FeastFlow: at 01:00 the node running postgres loses power" (a Compose document's: "the host
/// loses power"). More than two faults are counted, not listed.
pub fn caption(w: &Words, sc: &Scenario) -> String {
    let mut faults: Vec<_> = sc.faults.iter().collect();
    crate::order::sort_by_key(&mut faults, |f| f.at);
    let fault = |k: &FaultKind| fault_on(w, k, sc.platform.kind);
    match faults.as_slice() {
        [] => say!(w, "caption-quiet", name = &sc.name),
        [one] => say!(w, "caption-one", name = &sc.name, at = one.at, fault = fault(&one.kind)),
        [a, b] => say!(w, "caption-two", name = &sc.name, at = a.at, fault = fault(&a.kind), then_at = b.at, then = fault(&b.kind)),
        [first, rest @ ..] => say!(w, "caption-more", name = &sc.name, at = first.at, fault = fault(&first.kind), more = rest.len()),
    }
}

/// The caption of what `sc` shows when it plays on its own (an embed's `autoplay=1`): a document
/// without faults plays its signature failure ([`crate::presets::signature_fault`], "the node
/// running postgres loses power" at 01:00), so its caption says that, not "no faults scheduled".
pub fn autoplay_caption(w: &Words, sc: &Scenario) -> String {
    match crate::presets::signature_fault(sc).filter(|_| sc.faults.is_empty()) {
        Some(signature) => caption(w, &Scenario { faults: vec![signature], ..sc.clone() }),
        None => caption(w, sc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiet_document_played_on_its_own_is_captioned_with_its_signature_failure() {
        let feastflow = crate::presets::builtin("feastflow").expect("preset");
        assert!(feastflow.faults.is_empty());
        assert_eq!(caption(&crate::text::EN, &feastflow), "FeastFlow: no faults scheduled");
        assert_eq!(autoplay_caption(&crate::text::EN, &feastflow), "FeastFlow: at 01:00 the node running postgres loses power");
        // A document with faults plays them.
        let qt = crate::presets::builtin("quantum-trader").expect("preset");
        assert_eq!(autoplay_caption(&crate::text::EN, &qt), caption(&crate::text::EN, &qt));
        assert_eq!(autoplay_caption(&crate::text::EN, &qt), "Quantum Trader: at 10:00 ai-engine hangs");
    }
}
