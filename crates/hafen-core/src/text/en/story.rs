//! The built-in stories in English: titles, each step's title, narration and speaker notes, the
//! questions and their choices. The numbers in the narration are the simulation's with the
//! documented defaults; `tests/stories.rs` checks each one a step states. A written story's words
//! are its author's ([`words`] passes them through); a document shown in one step is named and its
//! events listed here.

use crate::scenario::Scenario;
use crate::story::{Outcome, Step, Story, Target, Words};
use crate::topology::PlatformKind;
use std::borrow::Cow;

/// A built-in step's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepWords {
    /// Its title.
    pub title: &'static str,
    /// Shown on screen, one or two sentences.
    pub narration: &'static str,
    /// For the speaker only.
    pub notes: &'static str,
    /// The question asked before it plays, if it asks one.
    pub question: Option<&'static str>,
}

/// The question of a step that asks one without words of its own.
const WHAT_HAPPENS: &str = "What happens?";

/// Any step's words, as the presenter and the notes window show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said<'a> {
    /// Its title.
    pub title: Cow<'a, str>,
    /// Shown on screen.
    pub narration: Cow<'a, str>,
    /// For the speaker only (may be empty).
    pub notes: Cow<'a, str>,
    /// The question asked before it plays.
    pub question: Cow<'a, str>,
}

/// A step's words: a built-in step's from this catalog, a written step's as its author wrote
/// them, a document shown whole named and its events listed.
pub fn words(s: &Step) -> Said<'_> {
    match &s.words {
        Words::Key(key) => {
            let w = step(key);
            Said {
                title: w.map_or("", |w| w.title).into(),
                narration: w.map_or("", |w| w.narration).into(),
                notes: w.map_or("", |w| w.notes).into(),
                question: w.and_then(|w| w.question).unwrap_or(WHAT_HAPPENS).into(),
            }
        }
        Words::Own(w) => Said {
            title: w.title.as_str().into(),
            narration: w.narration.as_str().into(),
            notes: w.notes.as_str().into(),
            question: if w.question.is_empty() { WHAT_HAPPENS.into() } else { w.question.as_str().into() },
        },
        Words::Whole => Said { title: "The whole run".into(), narration: whole(&s.scenario).into(), notes: "".into(), question: WHAT_HAPPENS.into() },
    }
}

/// A document's events as one narration: "At 01:00 node-2 loses power. At 03:00 node-2 comes back."
fn whole(sc: &Scenario) -> String {
    let mut faults: Vec<_> = sc.faults.iter().collect();
    faults.sort_by_key(|f| f.at);
    if faults.is_empty() {
        return "Nothing is scheduled to happen: the application as it runs. Kill a node or crash a service in the app to see more.".into();
    }
    let shown = faults.len().min(6);
    let mut line: Vec<String> = faults[..shown].iter().map(|f| format!("At {} {}.", f.at.clock(), super::fault(&f.kind))).collect();
    if faults.len() > shown {
        line.push(format!("Then {} more events.", faults.len() - shown));
    }
    line.join(" ")
}

/// A story's title: its author's, or a built-in one's.
pub fn title_of(s: &Story) -> &str {
    s.title.as_deref().unwrap_or_else(|| story_title(&s.id))
}

/// A built-in story's title.
pub fn story_title(id: &str) -> &'static str {
    match id {
        "feastflow" => "FeastFlow: Compose vs Kubernetes",
        "quantum-trader" => "Quantum Trader: do we need Kubernetes yet?",
        "aima" => "AIMA: what each platform costs in effort",
        "surprises" => "The surprises",
        _ => "Story",
    }
}

/// The words of the built-in step with this key; `None` for a key no built-in story has.
pub fn step(key: &str) -> Option<StepWords> {
    let w = |title, narration, notes, question| Some(StepWords { title, narration, notes, question });
    match key {
        "feastflow/app" => w(
            "One application, two ways to run it",
            "FeastFlow: a frontend, a REST backend and PostgreSQL. Left, one container each on one host with Docker Compose; right, three nodes with Kubernetes: 3 frontend pods, 2 backend pods with an autoscaler, a PostgreSQL StatefulSet.",
            "The design document's starting point: today on one host, production wants high availability and no downtime on releases. Every number you will see comes from the platforms' documented defaults.",
            None,
        ),
        "feastflow/crash" => w(
            "The backend crashes",
            "At 01:00 a backend process exits. Compose's file sets no restart policy, so Docker's default `restart: no` applies: the backend stays down until the on-call operator acts after 15 minutes. On Kubernetes the kubelet restarts the container and the other backend pod keeps serving.",
            "With `restart: unless-stopped` Compose would be back in about 5 s (the 100 ms restart delay plus start-up). Kubernetes removes the crashed pod from the Service endpoints, so no request fails.",
            Some("The backend crashes on Compose, with Docker's default restart policy. What happens to it?"),
        ),
        "feastflow/node" => w(
            "The node running the database dies",
            "Compose: the host is gone and everything with it, until someone powers it back on and runs `docker compose up -d`. Kubernetes replaces frontend and backend pods after the 5-minute eviction, but PostgreSQL is a single StatefulSet pod: it is not replaced until the operator force-deletes it, and its volume detaches after 6 more minutes.",
            "NotReady after 50 s (node-monitor-grace-period, Kubernetes 1.32), eviction after 300 s (tolerationSeconds), forced detach after 6 min (maxWaitForUnmountDuration). A single-replica database stays a single point of failure on any platform.",
            Some("The node running PostgreSQL loses power. What happens to FeastFlow's frontend on Kubernetes?"),
        ),
        "feastflow/spike" => w(
            "Traffic spike",
            "At 05:00 traffic jumps from 50 to 400 requests/s for 20 minutes. Compose has one backend and one frontend: requests fail while the spike lasts, unless someone edits the file and scales by hand. Kubernetes' autoscaler adds backend pods on its own, but not at once: some requests fail while it catches up.",
            "The HorizontalPodAutoscaler syncs every 15 s and scales on CPU (70 % here); new pods still need their start-up and a readiness probe. On Compose, `--scale` and a load balancer in front take 5–10 minutes by hand.",
            None,
        ),
        "feastflow/update" => w(
            "Update the backend to v2",
            "Compose stops the old container, pulls and starts the new one: the backend is down while that happens. Kubernetes rolls the pods one by one behind readiness probes: no downtime, though without a preStop pause a few requests still reach a pod that is shutting down.",
            "maxSurge 25 %, maxUnavailable 25 % (rounded: one extra pod, none missing). The blip is the endpoints update racing the SIGTERM; a `preStop: sleep 5` removes it.",
            Some("Compose deploys backend v2. What happens to the backend?"),
        ),
        "feastflow/bad-release" => w(
            "A bad v2",
            "v2 crashes right after it starts. Compose has already stopped v1: down until the operator rolls back. On Kubernetes the new pods never become ready, the rollout stalls and the old pods keep serving; `kubectl rollout undo` cleans up.",
            "progressDeadlineSeconds is 600 s: the Deployment reports the stall after 10 minutes. Nothing rolls back automatically on either platform.",
            None,
        ),
        "feastflow/storage" => w(
            "The database needs more storage",
            "On Compose: back up, stop, resize the volume by hand, restart, restore: PostgreSQL is down for the whole procedure (assumed 30 minutes). On Kubernetes the PersistentVolumeClaim is expanded online where the storage class allows it: nothing stops.",
            "The 30 minutes are an assumption, not a default: edit it in the scenario. Online expansion needs `allowVolumeExpansion: true` on the StorageClass.",
            None,
        ),
        "feastflow/config" => w(
            "A configuration change",
            "Compose restarts every container at once: a few seconds with nothing answering. Kubernetes rolls frontend and backend one pod at a time, but the single PostgreSQL pod has to restart too, so FeastFlow is briefly down there as well.",
            "`docker compose up -d` after editing `.env` vs `kubectl rollout restart` after editing the ConfigMap. The database is the part neither platform can roll.",
            None,
        ),
        "feastflow/costs" => w(
            "What it costs",
            "One host against three nodes and a managed control plane, per month, with the people's time it takes to run each.",
            "Prices are dated list prices (see the cost panel's sources); change them for your provider.",
            None,
        ),
        "quantum-trader/today" => w(
            "Quantum Trader today",
            "Redis, the AI engine and the execution service on one Hetzner VPS, one operator, under 10 requests/s, a 95 % uptime target.",
            "From the Norwegian assessment: the question is not whether Kubernetes is better, but whether it pays for itself yet.",
            None,
        ),
        "quantum-trader/host-dies" => w(
            "The VPS dies",
            "Everything is on one machine: when it stops, everything stops, and nothing comes back until someone brings the machine back; with one operator in office hours, that can be 4 hours. `restart: unless-stopped` then starts the containers by itself.",
            "This is the risk the 95 % target has to absorb: 5 % of a month is 36 hours.",
            None,
        ),
        "quantum-trader/costs" => w(
            "What Kubernetes would cost",
            "The same application on a cluster: more machines, a control plane, and hours of set-up and operation each month for a one-person team.",
            "The hours are priced at the rate in the cost panel; that is usually the larger part.",
            None,
        ),
        "quantum-trader/availability" => w(
            "What it would buy",
            "Availability over a year from the failure rates: what one host gives against a cluster that survives a node.",
            "Compare with the target: if one host already meets it, the cluster buys headroom, not compliance.",
            None,
        ),
        "quantum-trader/swarm" => w(
            "Swarm as the middle way",
            "Docker Swarm runs the same Compose file on several machines (`docker stack deploy`): failover without Kubernetes' control plane and learning curve, with fewer features.",
            "No autoscaler, no StatefulSets, no rebalancing after a node returns: the things to check before choosing it.",
            None,
        ),
        "quantum-trader/verdict" => w(
            "The verdict",
            "The advisor weighs the situation: team size, traffic, uptime target, deploys per day. It names the triggers that would change the answer.",
            "Triggers: a second operator, an uptime target above what one host gives, traffic one machine cannot carry, several deploys a day.",
            None,
        ),
        "aima/app" => w(
            "AIMA",
            "A backend, a database, a message queue and a GPU orchestrator that requests GPU nodes when work arrives and releases them afterwards.",
            "From the German effort comparison: set-up, operations, scaling and failure handling per platform.",
            None,
        ),
        "aima/setup" => w(
            "Set-up and running costs",
            "Machines, GPU time and the hours to set up and run each platform, per month.",
            "The GPU node dominates the machines; the people's hours dominate the difference between platforms.",
            None,
        ),
        "aima/operations" => w(
            "Operations: who does what",
            "For every event, the commands on each platform, or what heals it without anyone: restart policy, Swarm's orchestrator, the kubelet, eviction, the autoscaler.",
            "Where a row says an operator acts, that is a page at night on that platform.",
            None,
        ),
        "aima/failures" => w(
            "Failure handling",
            "How much of a year each platform keeps AIMA answering, from the failure rates and the recovery each platform does by itself.",
            "Automation pays back where failures are frequent and each one costs an operator's hour.",
            None,
        ),
        "aima/payback" => w(
            "Where automation pays back",
            "The advisor compares the effort saved with the effort spent: the point where a cluster's extra work is cheaper than the failures it absorbs.",
            "Change the team, deploys per day and uptime target to show where the answer flips.",
            None,
        ),
        "surprises/dead-node-traffic" => w(
            "A dead node still gets traffic",
            "node-2 loses power at 01:00. Kubernetes does not know yet: its frontend and backend pods stay in the Service endpoints until the node is marked NotReady, about 50 s later, and the requests sent to them fail.",
            "node-monitor-grace-period is 50 s from Kubernetes 1.32 (40 s before). Swarm's routing mesh hides a dead node's tasks after a few seconds (the gossip layer's failure detector), before its managers' heartbeat grace ends.",
            Some("node-2, running one frontend pod of three, loses power. What happens to the frontend on Kubernetes?"),
        ),
        "surprises/eviction" => w(
            "Eviction waits five minutes",
            "The only backend pod's node dies. NotReady comes after about 50 s, but the pod is only evicted and replaced after the 300 s toleration: about six minutes without a backend.",
            "DefaultTolerationSeconds adds `node.kubernetes.io/unreachable` with tolerationSeconds 300 to every pod. Lower it per pod for faster failover; more replicas are the better fix.",
            Some("The node running the only backend pod dies. What happens to the backend on Kubernetes?"),
        ),
        "surprises/statefulset" => w(
            "A StatefulSet pod is not replaced",
            "The node running postgres-0 dies. After five minutes the pod is marked for deletion but stays Terminating: a StatefulSet never starts a second postgres-0 while the first might still run. It waits for the node, or for someone to force-delete it.",
            "At-most-one semantics protect the data. The operator force-deletes after 15 minutes (on-call reaction); the ReadWriteOnce volume then detaches after maxWaitForUnmountDuration, 6 minutes.",
            Some("The node running PostgreSQL (a StatefulSet) dies. What happens to postgres on Kubernetes?"),
        ),
        "surprises/slow-starter" => w(
            "A slow starter never starts",
            "This backend needs 60 s to start, and its liveness probe keeps Kubernetes' defaults: checked every 10 s from the start, 3 failures allowed. After a crash the kubelet kills it at 30 s, again and again: CrashLoopBackOff. On Swarm the HEALTHCHECK allows 3 × 30 s, so it starts.",
            "The fix is a startupProbe (or initialDelaySeconds) longer than the start-up. The back-off doubles from 10 s up to 5 minutes.",
            Some("A backend that needs 60 s to start crashes once. Its liveness probe uses Kubernetes' defaults. What happens to it?"),
        ),
        "surprises/hung" => w(
            "Docker sees a hung container but does not restart it",
            "The backend stops answering but its process stays alive. Docker's HEALTHCHECK marks it unhealthy after three failed checks, and that is all: no restart policy acts on health. It stays hung until the operator restarts it. On Kubernetes the readiness probe takes the pod out of the endpoints after three failed checks (requests sent to it until then fail) and the liveness probe restarts it.",
            "Only Swarm (and Kubernetes) act on health; plain Docker needs something like autoheal or an operator.",
            Some("The backend hangs on Compose; its HEALTHCHECK fails. What happens to it?"),
        ),
        "surprises/no-rebalance" => w(
            "Swarm does not rebalance",
            "node-2 dies at 01:00 and Swarm moves its tasks to the other nodes. At 03:00 node-2 is back, and it stays empty: Swarm places only new tasks and never moves running ones back.",
            "`docker service update --force` redistributes a service's tasks. Kubernetes does not move evicted pods back either (the descheduler or a rollout restart does); here node-2 returns before the 5-minute eviction, so its own pods simply start again there.",
            Some("node-2 comes back two minutes after it died. What does Swarm do with it?"),
        ),
        _ => None,
    }
}

/// A choice as a question offers it.
pub fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Unaffected => "Nothing happens to it",
        Outcome::OthersKeptServing => "Its other replicas keep serving; no request fails",
        Outcome::SomeRequestsFailed => "It stays up, but some requests fail",
        Outcome::HealedByItself => "It is down, then the platform brings it back by itself",
        Outcome::DownWhileChanged => "It is down while the change is made",
        Outcome::DownUntilSomeoneActs => "It is down until someone acts",
        Outcome::NotBack => "It does not come back on its own",
        Outcome::NodeUsedAgain => "Tasks move back onto it",
        Outcome::NodeStaysEmpty => "It stays empty",
    }
}

/// What a question is about, as a heading: "postgres on Kubernetes".
pub fn target(platform: PlatformKind, target: &Target) -> String {
    let on = match platform {
        PlatformKind::Compose => "Docker Compose",
        PlatformKind::Swarm => "Docker Swarm",
        PlatformKind::Kubernetes => "Kubernetes",
    };
    match target {
        Target::Service(s) => format!("{s} on {on}"),
        Target::Node(n) => format!("{n} on {on}"),
    }
}
