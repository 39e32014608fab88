//! The operator's commands (issue 12): for each action, each platform's commands or what heals it
//! by itself, with the names the exported files use.

use hafen_core::commands::{drain, row, Answer, Healer, Missing, Step};
use hafen_core::presets::builtin;
use hafen_core::*;

/// The lines as typed, in English.
fn lines(a: &Answer) -> Vec<String> {
    match a {
        Answer::Commands(l) | Answer::After(_, l) => l.iter().map(|l| text::commands::line(&text::EN, l)).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn each_action_gets_each_platforms_commands_or_its_healer() {
    let sc = builtin("feastflow").expect("FeastFlow");
    // A crash: Compose waits for a person under Docker's default restart policy; the others heal.
    let r = row(&sc, &FaultKind::Crash("backend".into()));
    assert_eq!(lines(&r.answers[0]), ["docker compose up -d backend"]);
    assert_eq!(r.answers[1], Answer::Heals(Healer::SwarmOrchestrator));
    assert_eq!(r.answers[2], Answer::Heals(Healer::Kubelet));
    // With `restart: always` Docker heals it too.
    let mut always = sc.clone();
    always.topology.services.iter_mut().for_each(|s| s.restart = RestartPolicy::Always);
    assert_eq!(row(&always, &FaultKind::Crash("backend".into())).answers[0], Answer::Heals(Healer::RestartPolicy(RestartPolicy::Always)));
    // A broken release: deploy, then roll back, on each platform.
    let r = row(&sc, &FaultKind::Deploy { service: "backend".into(), version: "v2".into(), healthy: false });
    assert!(matches!(&r.answers[0], Answer::After(Step::EditImageTag(v), _) if v == "v2"));
    assert_eq!(lines(&r.answers[1]), ["docker service update --image registry.example.com/feastflow/backend:v2 feastflow_backend", "docker service rollback feastflow_backend"]);
    assert_eq!(lines(&r.answers[2]).last().map(String::as_str), Some("kubectl -n feastflow rollout undo deployment/backend"));
    // Scaling, by the names the exports use.
    let r = row(&sc, &FaultKind::Scale { service: "postgres".into(), replicas: 2 });
    assert_eq!(lines(&r.answers[2]), ["kubectl -n feastflow scale statefulset/postgres --replicas=2"]);
    // A hang: Docker marks it unhealthy and leaves it; a liveness probe heals it on Kubernetes.
    let r = row(&sc, &FaultKind::Hang("backend".into()));
    assert_eq!(lines(&r.answers[0]), ["docker compose restart backend"]);
    assert_eq!((r.answers[1].clone(), r.answers[2].clone()), (Answer::Heals(Healer::SwarmHealthcheck), Answer::Heals(Healer::LivenessProbe)));
    // A dead node: Compose needs the machine; a StatefulSet's pod needs a forced delete.
    let r = row(&sc, &FaultKind::KillNode(NodeRef::Named("node-3".into())));
    assert!(matches!(&r.answers[0], Answer::After(Step::PowerOnHost, _)));
    assert!(lines(&r.answers[2]).iter().any(|l| l == "kubectl -n feastflow delete pod postgres-0 --force --grace-period=0"));
    // Swarm replaces the tasks by itself, PostgreSQL's on an empty volume unless it is pinned.
    assert_eq!(r.answers[1], Answer::Heals(Healer::SwarmOrchestratorDataLeft(vec!["postgres".into()])));
    let mut pinned = sc.clone();
    pinned.topology.services.iter_mut().filter(|s| s.name == "postgres").for_each(|s| s.node = Some("node-3".into()));
    assert_eq!(row(&pinned, &FaultKind::KillNode(NodeRef::Named("node-3".into()))).answers[1], Answer::Heals(Healer::SwarmOrchestrator));
    // Traffic: the autoscaler heals it where the entry is autoscaled.
    let mut hpa = sc.clone();
    hpa.topology.services.iter_mut().filter(|s| s.name == "frontend").for_each(|s| s.autoscale = Some(Autoscaler::new(3, 9, 70)));
    assert_eq!(row(&hpa, &FaultKind::Traffic(500)).answers[2], Answer::Heals(Healer::Autoscaler));
    // A volume: Kubernetes patches the claim of the StatefulSet's template.
    let r = row(&sc, &FaultKind::ResizeVolume { service: "postgres".into(), gib: 20 });
    assert!(lines(&r.answers[2])[0].starts_with("kubectl -n feastflow patch pvc data-postgres-0 "));
    // Maintenance.
    let d = drain("node-2");
    assert_eq!(d[0], Answer::Nothing(Missing::OneHost));
    assert_eq!(lines(&d[2])[0], "kubectl drain node-2 --ignore-daemonsets --delete-emptydir-data");
    // Every reason has words.
    for h in [Healer::SwarmOrchestrator, Healer::SwarmOrchestratorDataLeft(vec!["postgres".into()]), Healer::Kubelet, Healer::Eviction, Healer::Autoscaler, Healer::Rejoins, Healer::LivenessProbe, Healer::SwarmHealthcheck] {
        assert!(text::commands::healer(&text::EN, &h).starts_with("heals by itself") || text::commands::healer(&text::EN, &h).starts_with("nothing to do"));
    }
}

#[test]
fn compose_names_its_host_whatever_node_the_document_named() {
    // Issue 29: Compose's commands and event titles said "node-3" (and "the node running
    // postgres") where Compose has only its host, in English, German and Norwegian.
    use hafen_core::locale::Lang;
    use hafen_core::text::Words;
    let mut sc = builtin("feastflow").expect("FeastFlow");
    sc.faults = vec![
        Fault { at: SimTime(60_000), kind: FaultKind::KillNode(NodeRef::Named("node-3".into())) },
        Fault { at: SimTime(120_000), kind: FaultKind::KillNode(NodeRef::Running("postgres".into())) },
        Fault { at: SimTime(2_700_000), kind: FaultKind::RestoreNode("node-3".into()) },
    ];
    let languages: Vec<Words> = [Lang::En, Lang::De, Lang::Nb]
        .into_iter()
        .map(|l| Words::read(l, &std::fs::read_to_string(format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag())).expect("catalog")).expect("reads"))
        .collect();
    let host = |w: &Words| match w.lang() {
        Lang::En => "the host",
        Lang::De => "den Host",
        Lang::Nb => "verten",
    };
    for w in &languages {
        let tag = w.lang().tag();
        for (at, r) in commands::rows(&sc) {
            // Compose's column and its list under the platform: the action's title and the step.
            let title = text::fault_on(w, &r.action, PlatformKind::Compose);
            assert!(!title.contains("node") && !title.contains("Knoten"), "{tag} at {at}: Compose's title names a node: {title}");
            if let Answer::After(step, _) = &r.answers[0] {
                let said = text::commands::step(w, step);
                assert!(!said.contains("node") && !said.contains("Knoten") && !said.contains("noden"), "{tag} at {at}: {said}");
                if matches!(r.action, FaultKind::KillNode(_)) {
                    assert!(said.contains(host(w)), "{tag} at {at}: {said}");
                }
            }
            // The other platforms keep the document's node.
            let swarm = text::fault_on(w, &r.action, PlatformKind::Swarm);
            assert_eq!(swarm, text::fault(w, &r.action), "{tag}");
        }
        // A Compose document's caption and its events told whole.
        let (compose, _) = sc.on_platform(PlatformKind::Compose);
        let mut named = compose.clone();
        named.faults = sc.faults.clone();
        for doc in [&compose, &named] {
            let caption = text::caption(w, doc);
            assert!(!caption.contains("node") && !caption.contains("Knoten"), "{tag}: {caption}");
        }
    }
    assert_eq!(text::fault_on(&languages[0], &FaultKind::KillNode(NodeRef::Named("node-3".into())), PlatformKind::Compose), "the host loses power");
    assert_eq!(text::fault_on(&languages[0], &FaultKind::RestoreNode("node-3".into()), PlatformKind::Compose), "the host comes back");
    let (mut compose, _) = sc.on_platform(PlatformKind::Compose);
    compose.faults.truncate(1);
    compose.faults[0].kind = FaultKind::KillNode(NodeRef::Running("postgres".into()));
    assert_eq!(text::caption(&languages[0], &compose), "FeastFlow: at 01:00 the host loses power");
}
