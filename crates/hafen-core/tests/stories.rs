//! The built-in stories tell what the platforms do: every claim a step's narration makes is the
//! outcome the simulation produces, every question's answer is one of its choices, and each step's
//! events are the scenario file's it was written from.

use hafen_core::engine::simulate;
use hafen_core::file::parse_scenario;
use hafen_core::story::{answer, builtin, outcome, Outcome, Step, Words};
use hafen_core::PlatformKind;

fn steps() -> Vec<(String, Step)> {
    builtin::IDS.iter().flat_map(|id| builtin::story(id).expect(id).steps.into_iter().map(|s| {
        let Words::Key(key) = s.words else { panic!("a built-in step has its words in the text layer") };
        (key.to_string(), s)
    }))
    .collect()
}

#[test]
fn every_claim_is_what_the_simulation_shows() {
    let mut wrong = Vec::new();
    for (key, step) in steps() {
        for c in &step.claims {
            let sc = step.on(c.platform);
            let run = simulate(&sc).unwrap_or_else(|e| panic!("{key} (seed {}): {e}", sc.seed));
            let got = outcome(&sc, &run, &c.target).expect("target exists");
            if got != c.outcome {
                wrong.push(format!("{key} on {:?}, {:?}: the narration says {:?}, the simulation (seed {}) shows {got:?}", c.platform, c.target, c.outcome, sc.seed));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_question_is_answered_by_the_simulation_with_one_of_its_choices_and_the_narration_agrees() {
    for (key, step) in steps() {
        let Some(q) = &step.question else { continue };
        let got = answer(&step).expect(&key).expect("a question");
        assert!(q.choices.contains(&got), "{key}: the answer {got:?} is not a choice");
        let pool: &[Outcome] = match q.target {
            hafen_core::story::Target::Service(_) => &Outcome::FOR_SERVICE,
            hafen_core::story::Target::Node(_) => &Outcome::FOR_NODE,
        };
        assert!((2..=4).contains(&q.choices.len()) && q.choices.iter().all(|c| pool.contains(c)), "{key}: choices {:?}", q.choices);
        assert!(q.choices.iter().enumerate().all(|(i, c)| !q.choices[..i].contains(c)), "{key}: a choice twice");
        assert!(step.claims.iter().any(|c| c.platform == q.platform && c.target == q.target && c.outcome == got), "{key}: the narration does not say what the question's answer is ({got:?})");
        assert!(hafen_core::text::story::step(&hafen_core::text::EN, &key).and_then(|w| w.question).is_some(), "{key}: the question has no words");
    }
}

#[test]
fn every_step_has_words_and_plays_forward_and_shows_two_or_three_platforms_each_once() {
    for (key, step) in steps() {
        let w = hafen_core::text::story::step(&hafen_core::text::EN, &key).unwrap_or_else(|| panic!("{key}: no words"));
        assert!(!w.title.is_empty() && !w.narration.is_empty() && !w.notes.is_empty(), "{key}");
        assert_eq!(w.question.is_some(), step.question.is_some(), "{key}: words and step disagree about a question");
        assert!(step.from < step.to, "{key}");
        assert!((2..=3).contains(&step.shown.len()), "{key}");
        assert!(step.shown.iter().enumerate().all(|(i, p)| !step.shown[..i].contains(p)), "{key}");
        for c in &step.claims {
            assert!(step.shown.contains(&c.platform), "{key}: a claim about a platform not shown");
        }
        assert!(step.scenario.validate().is_ok(), "{key}");
    }
    for id in builtin::IDS {
        assert_ne!(hafen_core::text::story::story_title(&hafen_core::text::EN, id), "Story", "{id}");
    }
}

/// The FeastFlow steps fire the scenario files' events (the node failure without the return at
/// 45 min, which the step does not reach).
#[test]
fn feastflow_steps_fire_the_scenario_files_events() {
    let story = builtin::story("feastflow").unwrap();
    let files = [("feastflow/crash", "1-backend-crash"), ("feastflow/node", "2-node-failure"), ("feastflow/spike", "3-traffic-spike"), ("feastflow/update", "4-update-v2"), ("feastflow/bad-release", "4b-bad-release"), ("feastflow/storage", "5-database-storage"), ("feastflow/config", "6-config-change")];
    for (key, file) in files {
        let step = story.steps.iter().find(|s| s.words == Words::Key(key)).unwrap();
        let text = std::fs::read_to_string(format!("{}/../../scenarios/{file}.yaml", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let sc = parse_scenario(&text).unwrap();
        let fired: Vec<_> = sc.faults.iter().filter(|f| f.at < step.to).cloned().collect();
        assert_eq!(step.faults(), fired.as_slice(), "{key} vs scenarios/{file}.yaml");
        assert_eq!(step.scenario.topology.services, sc.topology.services, "{key}");
    }
}

fn step_named(key: &str) -> Step {
    steps().into_iter().find(|(k, _)| k == key).unwrap().1
}

fn outage(key: &str, platform: PlatformKind, service: &str) -> (u64, Option<u64>) {
    let step = step_named(key);
    let sc = step.on(platform);
    let run = simulate(&sc).unwrap();
    let o = run.service(service).unwrap().outages.last().cloned().unwrap_or_else(|| panic!("{key}: {service} has no outage (seed {})", sc.seed));
    (o.start.0 / 1000, o.end.map(|e| e.0 / 1000))
}

/// The figures the narration states.
#[test]
fn the_numbers_the_narration_states() {
    // "about six minutes without a backend": NotReady ~50 s, eviction 300 s, start-up and a probe.
    let (start, end) = outage("surprises/eviction", PlatformKind::Kubernetes, "backend");
    let down = end.unwrap() - start;
    assert!((330..=390).contains(&down), "eviction: down {down} s");
    // "the kubelet kills it at 30 s": liveness every 10 s, 3 failures, counted from the pod's first
    // tick after each (re)start; the crash at 60 s and every back-off land on its ticks: 30 s each.
    let step = step_named("surprises/slow-starter");
    let run = simulate(&step.on(PlatformKind::Kubernetes)).unwrap();
    let started = run.trace.iter().filter(|e| e.kind == hafen_core::TraceKind::ContainerStarted).map(|e| e.t.0).collect::<Vec<_>>();
    let killed = run.trace.iter().filter(|e| e.kind == hafen_core::TraceKind::LivenessFailed).map(|e| e.t.0).collect::<Vec<_>>();
    assert!(killed.len() >= 3, "slow starter: killed {killed:?}");
    for k in &killed {
        let since = started.iter().rev().find(|s| *s <= k).unwrap();
        assert_eq!(k - since, 30_000, "killed {} ms after its start", k - since);
    }
    // "The operator force-deletes after 15 minutes … detaches after 6 minutes".
    let (start, end) = outage("surprises/statefulset", PlatformKind::Kubernetes, "postgres");
    assert!(end.unwrap() - start >= 15 * 60 + 6 * 60, "statefulset: down {} s", end.unwrap() - start);
    // "Swarm … starts postgres again on another node within a minute, with a new, empty volume:
    // its data stays on the dead node".
    let step = step_named("surprises/statefulset");
    let run = simulate(&step.on(PlatformKind::Swarm)).unwrap();
    let pg = run.service("postgres").unwrap();
    let o = pg.outages.last().expect("postgres is down while its node is");
    let down = o.end.expect("back by itself").since(o.start).as_secs_f64();
    assert!(down <= 60.0, "Swarm: postgres down {down} s");
    let left = pg.data_left_behind.first().expect("its data is left behind");
    assert!(left.empty && left.node != left.data_node, "{left:?}");
    let killed = run.trace.iter().find(|e| e.kind == hafen_core::TraceKind::NodeDown).expect("a node dies");
    assert_eq!(killed.subject, left.data_node, "the data stays on the dead node");
    // "until the on-call operator acts after 15 minutes".
    let (start, end) = outage("feastflow/crash", PlatformKind::Compose, "backend");
    assert!((15 * 60..=15 * 60 + 30).contains(&(end.unwrap() - start)), "crash on Compose: down {} s", end.unwrap() - start);
    // "the requests sent to them fail" until NotReady, about 50 s later — and no longer.
    let step = step_named("surprises/dead-node-traffic");
    let sc = step.on(PlatformKind::Kubernetes);
    let run = simulate(&sc).unwrap();
    let not_ready = run.trace.iter().find(|e| e.kind == hafen_core::TraceKind::NodeNotReady).expect("NotReady").t.0;
    assert!((40_000..=60_000).contains(&(not_ready - 60_000)), "NotReady after {} ms", not_ready - 60_000);
    let front = run.service("frontend").unwrap();
    assert_eq!(front.downtime.0, 0, "the frontend stays up");
}

/// Same story, same trace: each step's runs are deterministic.
#[test]
fn steps_are_deterministic() {
    for (key, step) in steps() {
        for p in &step.shown {
            let sc = step.on(*p);
            assert_eq!(simulate(&sc).unwrap(), simulate(&sc).unwrap(), "{key} on {p:?} (seed {})", sc.seed);
        }
    }
}
