//! The operator's commands: for each action on the timeline, what a person types on each platform
//! — or that the platform heals by itself, and by which mechanism. Commands are data here (the
//! literal shell lines; the names are the ones `export::compose` and `export::kubernetes` write:
//! the project/stack and namespace are the application's slug, workloads are named after the
//! services); the text layer words the reasons.

use crate::export::compose::{image, slug};
use crate::scenario::{FaultKind, Scenario};
use crate::topology::{PlatformKind, RestartPolicy, Service};

/// What a platform needs for one action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Shell lines to type, in order.
    Commands(Vec<Line>),
    /// Shell lines, after a step that is not a command (the reason says which).
    After(Step, Vec<Line>),
    /// Nothing to type: the platform heals by itself.
    Heals(Healer),
    /// The platform has no command for it.
    Nothing(Missing),
}

/// One shell line: a command, maybe with a remark after it, or a comment line (the text layer
/// words the remarks: `  # afterwards`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// A command to type.
    Command(String),
    /// A command and a remark after it.
    Remark(String, Remark),
    /// A comment line alone.
    Comment(Remark),
}

impl Line {
    /// The command on the line, if it has one.
    pub fn command(&self) -> Option<&str> {
        match self {
            Line::Command(c) | Line::Remark(c, _) => Some(c),
            Line::Comment(_) => None,
        }
    }
}

/// What a comment in the shell lines says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remark {
    /// Compose has no rollback: set the previous tag again, then run this command.
    RollBack(String),
    /// The StorageClass must allow volume expansion.
    VolumeExpansion,
    /// Spreads the tasks over this node again.
    SpreadAgain(String),
    /// Once the maintenance is done.
    Afterwards,
    /// Deployments heal by themselves; a StatefulSet's pod on the dead node waits for a person.
    StatefulWaits,
}

/// A step before the commands that no command does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Change the image tag in the compose file to this version first.
    EditImageTag(String),
    /// Change the setting in the compose file or .env first.
    EditConfig,
    /// Power the host back on (or replace it): Compose's one machine, whatever node the document
    /// named.
    PowerOnHost,
    /// Grow the volume on the host (the storage's own tools).
    GrowHostVolume(u32),
}

/// Who heals it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Healer {
    /// Docker's restart policy restarts the container.
    RestartPolicy(RestartPolicy),
    /// Swarm's orchestrator replaces the task.
    SwarmOrchestrator,
    /// Swarm's orchestrator replaces a dead node's tasks on other nodes; these stateful services
    /// (without a placement constraint) with a new, empty local volume, their data left behind.
    SwarmOrchestratorDataLeft(Vec<String>),
    /// The kubelet restarts the container (CrashLoopBackOff between tries).
    Kubelet,
    /// The kubelet's liveness probe kills and restarts the hung container.
    LivenessProbe,
    /// Swarm replaces a task whose HEALTHCHECK fails.
    SwarmHealthcheck,
    /// The node controller evicts the pods and the ReplicaSet replaces them.
    Eviction,
    /// The HorizontalPodAutoscaler adds replicas.
    Autoscaler,
    /// The node rejoins and takes new work.
    Rejoins,
}

/// Why a platform has no command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// One host: nothing to move work to.
    OneHost,
    /// Zones do not exist on this platform.
    NoZones,
}

/// One action and the answer on each platform, in `PlatformKind::ALL` order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The action.
    pub action: FaultKind,
    /// Compose, Swarm, Kubernetes.
    pub answers: [Answer; 3],
}

/// The Kubernetes workload a service is exported as.
fn workload(s: &Service) -> &'static str {
    if s.is_statefulset() { "statefulset" } else { "deployment" }
}

fn cmds(lines: &[String]) -> Answer {
    Answer::Commands(commands(lines))
}

fn commands(lines: &[String]) -> Vec<Line> {
    lines.iter().cloned().map(Line::Command).collect()
}

/// The answers for `action` in `sc` (the document's scenario).
pub fn row(sc: &Scenario, action: &FaultKind) -> Row {
    // The exports' names: the application's slug is the stack's name and the namespace; a Swarm
    // service is `<stack>_<service>`.
    let ns = &slug(&sc.name);
    let stack_service = |service: &str| format!("{ns}_{service}");
    let find = |name: &str| sc.topology.services.iter().find(|s| s.name == name);
    let answers = match action {
        FaultKind::Crash(svc) => {
            let restart = find(svc).map_or(RestartPolicy::No, |s| s.restart);
            let compose = if restart.restarts_after_crash() { Answer::Heals(Healer::RestartPolicy(restart)) } else { cmds(&[format!("docker compose up -d {svc}")]) };
            [compose, Answer::Heals(Healer::SwarmOrchestrator), Answer::Heals(Healer::Kubelet)]
        }
        FaultKind::Hang(svc) => {
            let s = find(svc);
            let swarm = if s.is_some_and(|s| s.liveness.is_some()) { Answer::Heals(Healer::SwarmHealthcheck) } else { cmds(&[format!("docker service update --force {}", stack_service(svc))]) };
            let kube = match s {
                Some(s) if s.liveness.is_some() => Answer::Heals(Healer::LivenessProbe),
                Some(s) => cmds(&[format!("kubectl -n {ns} rollout restart {}/{}", workload(s), slug(svc))]),
                None => cmds(&[format!("kubectl -n {ns} rollout restart deployment/{}", slug(svc))]),
            };
            // Docker marks a hung container unhealthy and leaves it running.
            [cmds(&[format!("docker compose restart {svc}")]), swarm, kube]
        }
        FaultKind::Deploy { service, version, healthy } => {
            let s = find(service);
            let img = s.map(|s| { let mut v = s.clone(); v.version = version.clone(); image(&sc.name, &v) }).unwrap_or_default();
            let workload = s.map_or("deployment", workload);
            let mut compose = commands(&[format!("docker compose pull {service}"), format!("docker compose up -d --no-deps {service}")]);
            let mut swarm = vec![format!("docker service update --image {img} {}", stack_service(service))];
            let mut kube = vec![format!("kubectl -n {ns} set image {workload}/{} {}={img}", slug(service), slug(service)), format!("kubectl -n {ns} rollout status {workload}/{}", slug(service))];
            if !healthy {
                // The release is broken: going back.
                compose.push(Line::Comment(Remark::RollBack(format!("docker compose up -d --no-deps {service}"))));
                swarm.push(format!("docker service rollback {}", stack_service(service)));
                kube.push(format!("kubectl -n {ns} rollout undo {workload}/{}", slug(service)));
            }
            [Answer::After(Step::EditImageTag(version.clone()), compose), cmds(&swarm), cmds(&kube)]
        }
        FaultKind::Scale { service, replicas } => {
            let workload = find(service).map_or("deployment", workload);
            [
                cmds(&[format!("docker compose up -d --scale {service}={replicas}")]),
                cmds(&[format!("docker service scale {}={replicas}", stack_service(service))]),
                cmds(&[format!("kubectl -n {ns} scale {workload}/{} --replicas={replicas}", slug(service))]),
            ]
        }
        FaultKind::Traffic(_) => {
            let entry = sc.traffic.as_ref().map(|t| t.entry.clone()).unwrap_or_default();
            let autoscaled = find(&entry).is_some_and(|s| s.autoscale.is_some());
            let more = find(&entry).map_or(2, |s| s.replicas.saturating_mul(2));
            [
                cmds(&[format!("docker compose up -d --scale {entry}={more}")]),
                cmds(&[format!("docker service scale {}={more}", stack_service(&entry))]),
                if autoscaled { Answer::Heals(Healer::Autoscaler) } else { cmds(&[format!("kubectl -n {ns} scale deployment/{} --replicas={more}", slug(&entry))]) },
            ]
        }
        FaultKind::ConfigChange(target) => {
            let (compose, swarm, kube) = match target {
                Some(svc) => {
                    let workload = find(svc).map_or("deployment", workload);
                    (
                        vec![format!("docker compose up -d {svc}")],
                        vec![format!("docker service update --env-add KEY=VALUE {}", stack_service(svc))],
                        vec![format!("kubectl -n {ns} apply -f configmap.yaml"), format!("kubectl -n {ns} rollout restart {workload}/{}", slug(svc))],
                    )
                }
                None => (
                    vec!["docker compose up -d".to_string()],
                    sc.topology.services.iter().map(|s| format!("docker service update --env-add KEY=VALUE {}", stack_service(&s.name))).collect(),
                    std::iter::once(format!("kubectl -n {ns} apply -f configmap.yaml")).chain(sc.topology.services.iter().map(|s| format!("kubectl -n {ns} rollout restart {}/{}", workload(s), slug(&s.name)))).collect(),
                ),
            };
            [Answer::After(Step::EditConfig, commands(&compose)), cmds(&swarm), cmds(&kube)]
        }
        FaultKind::ResizeVolume { service, gib } => [
            Answer::After(Step::GrowHostVolume(*gib), commands(&[format!("docker compose stop {service}"), format!("docker compose start {service}")])),
            Answer::After(Step::GrowHostVolume(*gib), commands(&[format!("docker service update --force {}", stack_service(service))])),
            Answer::Commands(vec![Line::Remark(
                format!("kubectl -n {ns} patch pvc data-{}-0 -p '{{\"spec\":{{\"resources\":{{\"requests\":{{\"storage\":\"{gib}Gi\"}}}}}}}}'", slug(service)),
                Remark::VolumeExpansion,
            )]),
        ],
        FaultKind::KillNode(_) => {
            // A StatefulSet's pod on an unreachable node is never replaced by itself.
            let stateful: Vec<&Service> = sc.topology.services.iter().filter(|s| s.is_statefulset()).collect();
            let kube = if stateful.is_empty() {
                Answer::Heals(Healer::Eviction)
            } else {
                let mut lines = vec![Line::Comment(Remark::StatefulWaits)];
                lines.extend(stateful.iter().map(|s| Line::Command(format!("kubectl -n {ns} delete pod {}-0 --force --grace-period=0", slug(&s.name)))));
                Answer::Commands(lines)
            };
            // Swarm's scheduler does not follow a local volume: an unpinned stateful task moves on.
            let unpinned: Vec<String> = sc.topology.services.iter().filter(|s| s.stateful && s.node.is_none()).map(|s| s.name.clone()).collect();
            let swarm = if unpinned.is_empty() { Healer::SwarmOrchestrator } else { Healer::SwarmOrchestratorDataLeft(unpinned) };
            [Answer::After(Step::PowerOnHost, commands(&["docker compose up -d".into()])), Answer::Heals(swarm), kube]
        }
        FaultKind::RestoreNode(node) => [
            cmds(&["docker compose up -d".to_string()]),
            // Swarm does not move tasks back to a node that returns.
            Answer::Commands(sc.topology.services.iter().map(|s| Line::Remark(format!("docker service update --force {}", stack_service(&s.name)), Remark::SpreadAgain(node.clone()))).collect()),
            Answer::Heals(Healer::Rejoins),
        ],
        FaultKind::KillZone(_) | FaultKind::RestoreZone(_) => [Answer::Nothing(Missing::NoZones), Answer::Heals(Healer::SwarmOrchestrator), Answer::Heals(Healer::Eviction)],
    };
    Row { action: action.clone(), answers }
}

/// Draining a node for maintenance: not an action on the timeline, always worth knowing.
pub fn drain(node: &str) -> [Answer; 3] {
    [
        Answer::Nothing(Missing::OneHost),
        Answer::Commands(vec![Line::Command(format!("docker node update --availability drain {node}")), Line::Remark(format!("docker node update --availability active {node}"), Remark::Afterwards)]),
        Answer::Commands(vec![Line::Command(format!("kubectl drain {node} --ignore-daemonsets --delete-emptydir-data")), Line::Remark(format!("kubectl uncordon {node}"), Remark::Afterwards)]),
    ]
}

/// The rows for every action on the document's timeline, in time order.
pub fn rows(sc: &Scenario) -> Vec<(crate::time::SimTime, Row)> {
    let mut faults: Vec<_> = sc.faults.iter().collect();
    faults.sort_by_key(|f| f.at);
    faults.into_iter().map(|f| (f.at, row(sc, &f.kind))).collect()
}

/// Which platform an answer in [`Row::answers`] is for.
pub const ORDER: [PlatformKind; 3] = PlatformKind::ALL;
