//! The operator's commands (issue 12): for each action, each platform's commands or what heals it
//! by itself, with the names the exported files use.

mod common;
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
    // The release's image is the service's own repository (FeastFlow's document builds
    // feastflow-backend:v2) with the release's version as its tag.
    assert_eq!(lines(&r.answers[1]), ["docker service update --image feastflow-backend:v2 feastflow_backend", "docker service rollback feastflow_backend"]);
    assert!(lines(&r.answers[2]).iter().any(|l| l == "kubectl -n feastflow set image deployment/backend backend=feastflow-backend:v2"), "{:?}", lines(&r.answers[2]));
    // A service without an image of its own: a placeholder in the team's registry.
    let mut unknown = sc.clone();
    unknown.topology.services.iter_mut().for_each(|s| s.image = None);
    let r = row(&unknown, &FaultKind::Deploy { service: "backend".into(), version: "v2".into(), healthy: false });
    assert_eq!(lines(&r.answers[1]).first().map(String::as_str), Some("docker service update --image registry.example.com/feastflow/backend:v2 feastflow_backend"));
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
    use hafen_core::text::Words;
    let mut sc = builtin("feastflow").expect("FeastFlow");
    sc.faults = vec![
        Fault { at: SimTime(60_000), kind: FaultKind::KillNode(NodeRef::Named("node-3".into())) },
        Fault { at: SimTime(120_000), kind: FaultKind::KillNode(NodeRef::Running("postgres".into())) },
        Fault { at: SimTime(2_700_000), kind: FaultKind::RestoreNode("node-3".into()) },
    ];
    let languages = common::languages();
    let host = |w: &Words| match w.lang().tag() {
        "de" => "den Host",
        "nb" => "verten",
        _ => "the host",
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

/// Why `line` is not a command its tool accepts, with the names the exports give `sc`'s
/// application (`None`: it is valid). The forms are those of `kubectl <verb> --help`, `docker
/// service <verb> --help` and `docker compose <verb> --help`.
fn invalid(sc: &Scenario, line: &str) -> Option<String> {
    let ns = export::compose::slug(&sc.name);
    let words: Vec<&str> = line.split(' ').collect();
    let kube_names: Vec<String> = sc.topology.services.iter().map(|s| export::compose::slug(&s.name)).collect();
    let workload = |w: &str| -> bool {
        match w.split_once('/') {
            Some((kind @ ("deployment" | "statefulset"), name)) => {
                sc.topology.services.iter().zip(&kube_names).any(|(s, n)| n == name && (kind == "statefulset") == s.is_statefulset())
            }
            _ => false,
        }
    };
    let image = |i: &str| i.rsplit_once(':').is_some_and(|(repo, tag)| !repo.is_empty() && !tag.is_empty() && !tag.contains('/') && tag.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c)));
    let stack_service = |s: &str| sc.topology.services.iter().any(|x| format!("{ns}_{}", x.name) == s);
    let service = |s: &str| sc.topology.services.iter().any(|x| x.name == s);
    let ok = match words.as_slice() {
        ["kubectl", "-n", n, rest @ ..] if *n == ns => match rest {
            ["set", "image", w, assign] => workload(w) && assign.split_once('=').is_some_and(|(c, i)| w.ends_with(&format!("/{c}")) && image(i)),
            ["rollout", "restart" | "undo" | "status", w] => workload(w),
            ["scale", w, r] => workload(w) && r.strip_prefix("--replicas=").is_some_and(|n| n.parse::<u32>().is_ok()),
            ["delete", "pod", p] | ["delete", "pod", p, "--force", "--grace-period=0"] => run_pod(sc, p),
            ["apply", "-f", "configmap.yaml"] => true,
            ["patch", "pvc", claim, "-p", _patch @ ..] => claim.starts_with("data-"),
            _ => false,
        },
        ["docker", "service", "update", "--image", i, s] => image(i) && stack_service(s),
        ["docker", "service", "update", "--force", s] | ["docker", "service", "rollback", s] => stack_service(s),
        ["docker", "service", "update", "--env-add", kv, s] => kv.contains('=') && stack_service(s),
        ["docker", "service", "scale", s] => s.split_once('=').is_some_and(|(s, n)| stack_service(s) && n.parse::<u32>().is_ok()),
        ["docker", "compose", "up", "-d"] => true,
        ["docker", "compose", "up", "-d", s] | ["docker", "compose", "up", "-d", "--no-deps", s] => service(s),
        ["docker", "compose", "up", "-d", "--scale", s] | ["docker", "compose", "up", "--scale", s] => s.split_once('=').is_some_and(|(s, n)| service(s) && n.parse::<u32>().is_ok()),
        ["docker", "compose", "restart" | "pull" | "stop" | "start", s] => service(s),
        _ => false,
    };
    (!ok).then(|| format!("not a valid command for {}: `{line}`", sc.name))
}

/// Whether `p` is a pod name a workload of `sc` can have (`api-7f9c…` is Hafen's `api-3`).
fn run_pod(sc: &Scenario, p: &str) -> bool {
    sc.topology.services.iter().any(|s| p.strip_prefix(&format!("{}-", export::compose::slug(&s.name))).is_some_and(|n| n.parse::<u32>().is_ok()))
}

#[test]
fn every_command_hafen_writes_is_one_its_tool_accepts() {
    // Issue 29: the event log said `kubectl set image nc v2` (kubectl wants `set image
    // TYPE/NAME CONTAINER=IMAGE`), `kubectl rollout undo backend` and `kubectl scale api` (no
    // resource type), `docker stack deploy (image v2)`, and Swarm services without their stack's
    // name. Every command of the Commands tab and of the event log, for every scenario file and
    // preset with each kind of action, on each platform, is one kubectl / docker accepts, with
    // the names the exported files use.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut docs: Vec<Scenario> = std::fs::read_dir(dir)
        .expect("scenarios")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| file::parse_scenario(&std::fs::read_to_string(&p).expect("reads")).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect();
    for (_, text) in presets::BUILTIN {
        let base = file::parse_scenario(text).expect("preset");
        let first = base.topology.services[0].name.clone();
        let stateful = base.topology.services.iter().find(|s| s.stateful).map_or(first.clone(), |s| s.name.clone());
        let mut sc = base.clone();
        sc.faults = [
            FaultKind::Crash(first.clone()),
            FaultKind::Hang(first.clone()),
            FaultKind::Deploy { service: first.clone(), version: "v2".into(), healthy: true },
            FaultKind::Deploy { service: stateful.clone(), version: "v3-beta".into(), healthy: false },
            FaultKind::Scale { service: first.clone(), replicas: 3 },
            FaultKind::ConfigChange(None),
            FaultKind::ConfigChange(Some(stateful.clone())),
            FaultKind::KillNode(NodeRef::Running(stateful.clone())),
            FaultKind::ResizeVolume { service: stateful.clone(), gib: 20 },
        ]
        .into_iter()
        .enumerate()
        .map(|(i, kind)| Fault { at: SimTime(60_000 + 1_200_000 * i as u64), kind })
        .collect();
        sc.duration = SimDuration::from_hours(4);
        docs.push(sc);
    }
    let mut bad = Vec::new();
    let mut seen = 0;
    for doc in &docs {
        // The Commands tab.
        for (_, r) in commands::rows(doc) {
            for a in &r.answers {
                if let Answer::Commands(lines) | Answer::After(_, lines) = a {
                    for l in lines.iter().filter_map(|l| l.command()) {
                        seen += 1;
                        bad.extend(invalid(doc, l));
                    }
                }
            }
        }
        // The event log on each platform: every command it quotes (`…`).
        for kind in PlatformKind::ALL {
            let (sc, _) = doc.on_platform(kind);
            let run = simulate(&sc).unwrap_or_else(|e| panic!("{}: {e}", sc.name));
            for e in &run.trace {
                let said = text::cause(&text::EN, &e.cause);
                for command in said.split('`').skip(1).step_by(2).filter(|c| c.starts_with("kubectl") || c.starts_with("docker")) {
                    seen += 1;
                    bad.extend(invalid(&sc, command).map(|b| format!("{} at {}: {b}", kind.label(), e.t)));
                }
            }
        }
    }
    assert!(seen > 200, "{seen} commands checked");
    assert!(bad.is_empty(), "{} invalid:\n{}", bad.len(), bad.join("\n"));
}
