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
    // "nothing answers for 8 s … FeastFlow is down there for 10 s".
    for (platform, secs) in [(PlatformKind::Compose, 8), (PlatformKind::Kubernetes, 10)] {
        let (start, end) = outage("feastflow/config", platform, "frontend");
        assert_eq!(end.unwrap() - start, secs, "config change on {platform:?}");
    }
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

/// The three languages' words.
fn languages() -> Vec<hafen_core::text::Words> {
    use hafen_core::locale::Lang;
    Lang::ALL
        .into_iter()
        .map(|l| {
            let path = format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag());
            hafen_core::text::Words::read(l, &std::fs::read_to_string(&path).expect("catalog")).expect("reads")
        })
        .collect()
}

/// `tests/story_answers.txt`: (step key, language tag, phrase).
fn answer_phrases() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(format!("{}/tests/story_answers.txt", env!("CARGO_MANIFEST_DIR"))).expect("story_answers.txt");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<_> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "{l}");
            (f[0].to_string(), f[1].to_string(), f[2].to_lowercase())
        })
        .collect()
}

/// A question step shows a neutral title and its set-up before it plays: nothing on screen then
/// (title, narration, question, choices) states its answer; the rest comes once it has played.
#[test]
fn no_question_step_gives_its_answer_away_before_it_plays() {
    let phrases = answer_phrases();
    let mut wrong = Vec::new();
    for w in languages() {
        let tag = w.lang().tag();
        for (key, step) in steps() {
            let Some(q) = &step.question else { continue };
            let said = hafen_core::text::story::words(&w, &step);
            let (title, narration) = said.on_screen(false);
            let choices: Vec<String> = q.choices.iter().map(|&o| hafen_core::text::story::outcome(&w, o)).collect();
            let before = format!("{title}\n{narration}\n{}\n{}", said.question, choices.join("\n")).to_lowercase();
            let (title, narration) = said.on_screen(true);
            let after = format!("{title}\n{narration}").to_lowercase();
            let mine: Vec<_> = phrases.iter().filter(|(k, l, _)| *k == key && l == tag).collect();
            if mine.len() < 3 {
                wrong.push(format!("{key} ({tag}): only {} phrase(s) state its answer in story_answers.txt", mine.len()));
            }
            assert!(said.after.is_some(), "{key} ({tag}): a question step without words for after it has played");
            for (_, _, p) in mine {
                if before.contains(p.as_str()) {
                    wrong.push(format!("{key} ({tag}): before it plays the screen says \"{p}\""));
                }
                if !after.contains(p.as_str()) {
                    wrong.push(format!("{key} ({tag}): \"{p}\" is not in the words once it has played"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    assert!(phrases.iter().all(|(k, ..)| steps().iter().any(|(s, st)| s == k && st.question.is_some())), "a phrase for a step without a question");
}

/// What a step's narration says about figures its panel or its runs show.
enum Says {
    /// Kubernetes' bill on the Costs panel prices no managed control-plane fee: it lists it as missing.
    NoControlPlaneFee,
    /// Kubernetes' bill prices a control plane (a provider's fee or machines of its own).
    ControlPlanePriced,
    /// The platform's bill prices this many machines (Compose's one host, the workers).
    Machines(PlatformKind, u32),
    /// Of `service`'s requests over the step, `fewer` fails fewer than `than`.
    FailsFewer { fewer: PlatformKind, than: PlatformKind, service: &'static str },
}

/// Each claim of that kind a built-in narration makes (the figures it relies on).
fn says() -> Vec<(&'static str, Says)> {
    use PlatformKind::{Compose, Kubernetes, Swarm};
    vec![
        // "Compose on one host, Swarm and Kubernetes on three nodes each … no fee for Kubernetes'
        // managed control plane: the panel lists it under “not in the price table”".
        ("feastflow/costs", Says::Machines(Compose, 1)),
        ("feastflow/costs", Says::Machines(Swarm, 3)),
        ("feastflow/costs", Says::Machines(Kubernetes, 3)),
        ("feastflow/costs", Says::NoControlPlaneFee),
        // "Compose restarts every container at once … Kubernetes … fails more requests".
        ("feastflow/config", Says::FailsFewer { fewer: Compose, than: Kubernetes, service: "frontend" }),
        // "The same application on a cluster: more machines, a control plane" (its own machine here).
        ("quantum-trader/costs", Says::ControlPlanePriced),
    ]
}

fn machines(cost: &hafen_core::costs::PlatformCost) -> u32 {
    use hafen_core::costs::Item;
    cost.lines.iter().map(|l| match l.item {
        Item::Host | Item::HostOffer(_) => 1,
        Item::Workers(n, _) => n,
        _ => 0,
    })
    .sum()
}

/// Every claim a narration makes about the figures on screen holds: the Costs panel's bill (its
/// machines, whether a control-plane fee is in it), the requests each platform failed. And a costs
/// narration names every platform the panel shows (it shows all three) or none.
#[test]
fn the_panels_and_runs_show_what_their_narrations_say() {
    use hafen_core::costs::{Item, Missing};
    let mut wrong = Vec::new();
    for (key, said) in says() {
        let step = step_named(key);
        let (eco, _) = hafen_core::economics::of_scenario(&step.staged());
        let kube = &eco.platforms.kubernetes.1;
        match said {
            Says::NoControlPlaneFee => {
                if !kube.missing.contains(&Missing::ManagedControlPlaneFee) || kube.lines.iter().any(|l| l.item == Item::ManagedControlPlane) {
                    wrong.push(format!("{key}: the narration says the table has no control-plane fee; the bill: {:?}, missing {:?}", kube.lines, kube.missing));
                }
            }
            Says::ControlPlanePriced => {
                if !kube.lines.iter().any(|l| matches!(l.item, Item::ManagedControlPlane | Item::SelfManagedControlPlane(..))) {
                    wrong.push(format!("{key}: the narration says a control plane is priced; the bill: {:?}", kube.lines));
                }
            }
            Says::Machines(k, n) => {
                let got = machines(&eco.platforms.get(k).1);
                if got != n {
                    wrong.push(format!("{key}: the narration says {n} machine(s) on {k:?}, the bill prices {got}"));
                }
            }
            Says::FailsFewer { fewer, than, service } => {
                let failed = |k: PlatformKind| {
                    let sc = step.on(k);
                    let run = simulate(&sc).unwrap();
                    let s = run.service(service).unwrap();
                    (s.failed_requests, s.failed_requests + s.served_requests)
                };
                let (a, b) = (failed(fewer), failed(than));
                if a.0 >= b.0 {
                    wrong.push(format!("{key}: the narration says {fewer:?} fails fewer {service} requests than {than:?}; {} of {} against {} of {}", a.0, a.1, b.0, b.1));
                }
            }
        }
    }
    for (key, step) in steps().into_iter().filter(|(_, s)| s.panel == hafen_core::story::Panel::Costs) {
        let w = hafen_core::text::story::step(&hafen_core::text::EN, &key).unwrap();
        // The presenter's costs panel shows the platforms the step shows: a narration names all of
        // them or none, and no other.
        let all = [(PlatformKind::Compose, "Compose"), (PlatformKind::Swarm, "Swarm"), (PlatformKind::Kubernetes, "Kubernetes")];
        let named: Vec<_> = all.iter().filter(|(_, p)| w.narration.contains(*p)).map(|(k, _)| *k).collect();
        let mut shown = step.shown.clone();
        shown.sort_by_key(|k| all.iter().position(|(a, _)| a == k));
        if !named.is_empty() && named != shown {
            wrong.push(format!("{key}: the costs panel shows {shown:?}, the narration names {named:?}: {}", w.narration));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
