//! The built-in stories, written from the design documents (`shared/reference/scenarios.md`): the
//! FeastFlow scenarios side by side, Quantum Trader's "do we need Kubernetes yet?", AIMA's effort,
//! and the surprises newcomers meet. Each step's events are the scenario files' (`scenarios/`), and
//! every claim is checked against the simulation by `tests/stories.rs`.

use super::{Claim, Outcome, Panel, Question, Step, Story, Target, Words};
use crate::presets::builtin as preset;
use crate::scenario::{Fault, Scenario};
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Probe};

use Outcome::{DownUntilSomeoneActs, DownWhileChanged, HealedByItself, NodeStaysEmpty, NodeUsedAgain, NotBack, OthersKeptServing, SomeRequestsFailed};
use PlatformKind::{Compose, Kubernetes, Swarm};

/// The built-in stories' ids, in menu order.
pub const IDS: [&str; 4] = ["feastflow", "quantum-trader", "aima", "surprises"];

/// The built-in story with this id.
pub fn story(id: &str) -> Option<Story> {
    Some(Story {
        id: IDS.into_iter().find(|i| *i == id)?.to_string(),
        title: None,
        steps: match id {
            "feastflow" => feastflow(),
            "quantum-trader" => quantum_trader(),
            "aima" => aima(),
            _ => surprises(),
        },
    })
}

fn s(secs: u64) -> SimTime {
    SimTime(secs * 1_000)
}

fn m(mins: u64) -> SimTime {
    s(mins * 60)
}

fn at(t: SimTime, f: Fault) -> Fault {
    f.at(t)
}

fn app(id: &str) -> Scenario {
    preset(id).expect("a built-in preset reads")
}

/// `base` with `faults` firing.
fn with(mut base: Scenario, faults: Vec<Fault>) -> Scenario {
    base.faults = faults;
    base
}

fn service(name: &str) -> Target {
    Target::Service(name.into())
}

fn claim(platform: PlatformKind, target: Target, outcome: Outcome) -> Claim {
    Claim { platform, target, outcome }
}

/// A step on the diagrams, Compose beside Kubernetes, without a question.
fn step(key: &'static str, scenario: Scenario, from: SimTime, to: SimTime, claims: Vec<Claim>) -> Step {
    Step { words: Words::Key(key), scenario, shown: vec![Compose, Kubernetes], panel: Panel::Diagrams, from, to, question: None, claims }
}

/// A step that shows a panel of figures, not a stretch of failure.
fn panel(key: &'static str, scenario: Scenario, shown: Vec<PlatformKind>, panel: Panel) -> Step {
    let scenario = with(scenario, Vec::new());
    Step { words: Words::Key(key), scenario, shown, panel, from: SimTime::ZERO, to: s(30), question: None, claims: Vec::new() }
}

/// The same step with Swarm beside Kubernetes (the two clusters, for what surprises on each).
fn beside_swarm(step: Step) -> Step {
    Step { shown: vec![Swarm, Kubernetes], ..step }
}

/// The step, asking first what happens to `target` on `platform`.
fn ask(mut step: Step, platform: PlatformKind, target: Target, choices: &[Outcome]) -> Step {
    step.question = Some(Question { platform, target, choices: choices.to_vec() });
    step
}

fn feastflow() -> Vec<Step> {
    let ff = || app("feastflow");
    vec![
        step("feastflow/app", with(ff(), Vec::new()), SimTime::ZERO, s(30), vec![claim(Compose, service("frontend"), Outcome::Unaffected), claim(Kubernetes, service("frontend"), Outcome::Unaffected)]),
        // scenarios/1-backend-crash.yaml
        ask(
            step(
                "feastflow/crash",
                with(ff(), vec![at(s(60), Fault::crash("backend"))]),
                s(50),
                m(20),
                vec![claim(Compose, service("backend"), Outcome::DownUntilSomeoneActs), claim(Kubernetes, service("backend"), Outcome::OthersKeptServing)],
            ),
            Compose,
            service("backend"),
            &[HealedByItself, DownUntilSomeoneActs, OthersKeptServing],
        ),
        // scenarios/2-node-failure.yaml (the node stays dead for the step)
        ask(
            step(
                "feastflow/node",
                with(ff(), vec![at(s(60), Fault::kill_running("postgres"))]),
                s(50),
                m(25),
                vec![claim(Compose, service("frontend"), Outcome::DownUntilSomeoneActs), claim(Kubernetes, service("frontend"), Outcome::DownUntilSomeoneActs)],
            ),
            Kubernetes,
            service("frontend"),
            &[OthersKeptServing, HealedByItself, DownUntilSomeoneActs],
        ),
        // scenarios/3-traffic-spike.yaml
        step(
            "feastflow/spike",
            with(ff(), vec![at(m(5), Fault::traffic(400)), at(m(25), Fault::traffic(50))]),
            m(4),
            m(30),
            vec![claim(Compose, service("frontend"), Outcome::SomeRequestsFailed), claim(Kubernetes, service("frontend"), Outcome::SomeRequestsFailed)],
        ),
        // scenarios/4-update-v2.yaml
        ask(
            step(
                "feastflow/update",
                with(ff(), vec![at(m(5), Fault::deploy("backend", "v2", true))]),
                SimTime(270_000),
                m(8),
                vec![claim(Compose, service("backend"), Outcome::DownWhileChanged), claim(Kubernetes, service("backend"), Outcome::SomeRequestsFailed)],
            ),
            Compose,
            service("backend"),
            &[OthersKeptServing, SomeRequestsFailed, DownWhileChanged],
        ),
        // scenarios/4b-bad-release.yaml
        step(
            "feastflow/bad-release",
            with(ff(), vec![at(m(5), Fault::deploy("backend", "v2", false))]),
            SimTime(270_000),
            m(25),
            vec![claim(Compose, service("backend"), Outcome::DownUntilSomeoneActs), claim(Kubernetes, service("backend"), Outcome::OthersKeptServing)],
        ),
        // scenarios/5-database-storage.yaml
        step(
            "feastflow/storage",
            with(ff(), vec![at(m(5), Fault::resize_volume("postgres", 20))]),
            SimTime(270_000),
            m(40),
            vec![claim(Compose, service("postgres"), Outcome::DownWhileChanged), claim(Kubernetes, service("postgres"), Outcome::Unaffected)],
        ),
        // scenarios/6-config-change.yaml
        step(
            "feastflow/config",
            with(ff(), vec![at(m(5), Fault::config_change(None))]),
            SimTime(270_000),
            m(8),
            vec![claim(Compose, service("frontend"), Outcome::DownWhileChanged), claim(Kubernetes, service("frontend"), Outcome::DownWhileChanged)],
        ),
        panel("feastflow/costs", ff(), vec![Compose, Swarm, Kubernetes], Panel::Costs),
    ]
}

fn quantum_trader() -> Vec<Step> {
    let qt = || app("quantum-trader");
    vec![
        step("quantum-trader/today", with(qt(), Vec::new()), SimTime::ZERO, s(30), Vec::new()),
        step(
            "quantum-trader/host-dies",
            with(qt(), vec![at(s(60), Fault::kill_running("ai-engine"))]),
            s(50),
            m(20),
            vec![claim(Compose, service("ai-engine"), Outcome::NotBack)],
        ),
        panel("quantum-trader/costs", qt(), vec![Compose, Kubernetes], Panel::Costs),
        panel("quantum-trader/availability", qt(), vec![Compose, Kubernetes], Panel::Availability),
        panel("quantum-trader/swarm", qt(), vec![Compose, Swarm, Kubernetes], Panel::Costs),
        panel("quantum-trader/verdict", qt(), vec![Compose, Swarm, Kubernetes], Panel::Advisor),
    ]
}

fn aima() -> Vec<Step> {
    let aima = || app("aima");
    vec![
        step("aima/app", with(aima(), Vec::new()), SimTime::ZERO, s(30), Vec::new()),
        panel("aima/setup", aima(), vec![Compose, Kubernetes], Panel::Costs),
        panel("aima/operations", aima(), vec![Compose, Kubernetes], Panel::Commands),
        panel("aima/failures", aima(), vec![Compose, Kubernetes], Panel::Availability),
        panel("aima/payback", aima(), vec![Compose, Swarm, Kubernetes], Panel::Advisor),
    ]
}

fn surprises() -> Vec<Step> {
    let ff = || app("feastflow");
    // One backend replica, and the database pinned to node-1, away from it: nothing else can serve
    // the backend's requests while its node is gone, and nothing else is lost with it.
    let single_backend = || {
        let mut sc = ff();
        for s in &mut sc.topology.services {
            match s.name.as_str() {
                "backend" => {
                    s.replicas = 1;
                    s.autoscale = None;
                }
                "postgres" => s.node = Some("node-1".into()),
                _ => {}
            }
        }
        sc
    };
    // That backend needs 60 s to start, with its liveness probe left at Kubernetes' defaults (no
    // initial delay, every 10 s, 3 failures) and no startup probe. The probe counts from the pod's
    // first tick strictly after a (re)start (pkg/kubelet/prober/worker.go `doProbe`), so it allows
    // at most 10 + 2 × 10 = 30 s: 60 s never fits, whatever the tick's phase. Here the crash (60 s)
    // and every back-off (10, 20, 40 … s) land on the pod's ticks (0, 10, 20 … s), so each kill
    // comes exactly 30 s after its start, as the narration says. (A starter of 20 s or less always
    // starts; one of 21–30 s starts after a restart on a tick, and not always after one between.)
    let slow_starter = || {
        let mut sc = single_backend();
        if let Some(b) = sc.topology.services.iter_mut().find(|s| s.name == "backend") {
            b.startup = SimDuration::from_secs(60);
            b.liveness = Some(Probe::default());
            b.startup_probe = None;
        }
        sc
    };
    let swarm = || {
        let mut sc = ff();
        sc.platform.kind = Swarm;
        sc
    };
    vec![
        ask(
            beside_swarm(step("surprises/dead-node-traffic", with(ff(), vec![at(s(60), Fault::kill_node("node-2"))]), s(50), m(3), vec![claim(Kubernetes, service("frontend"), Outcome::SomeRequestsFailed)])),
            Kubernetes,
            service("frontend"),
            &[OthersKeptServing, SomeRequestsFailed, HealedByItself],
        ),
        ask(
            beside_swarm(step("surprises/eviction", with(single_backend(), vec![at(s(60), Fault::kill_running("backend"))]), s(50), m(10), vec![claim(Kubernetes, service("backend"), Outcome::HealedByItself)])),
            Kubernetes,
            service("backend"),
            &[HealedByItself, DownUntilSomeoneActs, NotBack],
        ),
        ask(
            beside_swarm(step(
                "surprises/statefulset",
                with(ff(), vec![at(s(60), Fault::kill_running("postgres"))]),
                s(50),
                m(25),
                vec![claim(Kubernetes, service("postgres"), Outcome::DownUntilSomeoneActs), claim(Swarm, service("postgres"), Outcome::BackWithoutItsData)],
            )),
            Kubernetes,
            service("postgres"),
            &[HealedByItself, DownUntilSomeoneActs, NotBack],
        ),
        ask(
            beside_swarm(step(
                "surprises/slow-starter",
                with(slow_starter(), vec![at(s(60), Fault::crash("backend"))]),
                s(50),
                m(8),
                vec![claim(Kubernetes, service("backend"), Outcome::NotBack), claim(Swarm, service("backend"), Outcome::HealedByItself)],
            )),
            Kubernetes,
            service("backend"),
            &[HealedByItself, DownUntilSomeoneActs, NotBack],
        ),
        ask(
            step(
                "surprises/hung",
                with(ff(), vec![at(s(60), Fault::hang("backend"))]),
                s(50),
                m(20),
                vec![claim(Compose, service("backend"), Outcome::DownUntilSomeoneActs), claim(Kubernetes, service("backend"), Outcome::SomeRequestsFailed)],
            ),
            Compose,
            service("backend"),
            &[HealedByItself, DownUntilSomeoneActs, SomeRequestsFailed],
        ),
        ask(
            beside_swarm(step(
                "surprises/no-rebalance",
                with(swarm(), vec![at(s(60), Fault::kill_node("node-2")), at(m(3), Fault::restore_node("node-2"))]),
                s(50),
                m(6),
                vec![claim(Swarm, Target::Node("node-2".into()), Outcome::NodeStaysEmpty), claim(Kubernetes, Target::Node("node-2".into()), Outcome::NodeUsedAgain)],
            )),
            Swarm,
            Target::Node("node-2".into()),
            &[NodeUsedAgain, NodeStaysEmpty],
        ),
    ]
}
