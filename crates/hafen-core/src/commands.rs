//! The operator's commands: for each action on the timeline, what a person types on each platform
//! — or that the platform heals by itself, and by which mechanism. Commands are data here (the
//! literal shell lines; the names are the ones `export::compose` and `export::kubernetes` write:
//! the project/stack and namespace are the application's slug, workloads are named after the
//! services); the text layer words the reasons.

use crate::cause::Release;
use crate::fields::{release_image, slug};
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

/// The names the exported files give a document's application: the Compose project, Swarm stack
/// and Kubernetes namespace are its slug; a Swarm service is `<stack>_<service>`; a Kubernetes
/// workload and its container are named as `export::kubernetes` names them.
pub struct Names<'a> {
    sc: &'a Scenario,
    ns: String,
    kube: Vec<String>,
}

impl<'a> Names<'a> {
    /// The names in `sc`'s exports.
    pub fn of(sc: &'a Scenario) -> Names<'a> {
        Names { sc, ns: slug(&sc.name), kube: crate::fields::kube_names(&sc.topology.services) }
    }

    /// The project, stack and namespace.
    pub fn namespace(&self) -> &str {
        &self.ns
    }

    fn service(&self, name: &str) -> Option<(usize, &'a Service)> {
        self.sc.topology.services.iter().enumerate().find(|(_, s)| s.name == name)
    }

    /// The Swarm service of `service`: `<stack>_<service>`.
    pub fn stack_service(&self, service: &str) -> String {
        format!("{}_{service}", self.ns)
    }

    /// `deployment/NAME` or `statefulset/NAME`, and the container's name, for `service`.
    pub fn workload(&self, service: &str) -> (String, String) {
        match self.service(service) {
            Some((i, s)) => {
                let name = self.kube.get(i).cloned().unwrap_or_else(|| slug(service));
                (format!("{}/{name}", workload(s)), name)
            }
            None => (format!("deployment/{}", slug(service)), slug(service)),
        }
    }

    /// The command that applies `release` of `service` on `platform`, as the Commands tab gives it.
    pub fn release(&self, service: &str, release: &Release, platform: PlatformKind) -> String {
        let ns = &self.ns;
        let (workload, container) = self.workload(service);
        match (platform, release) {
            (PlatformKind::Compose, Release::Config) => format!("docker compose up -d {service}"),
            (PlatformKind::Compose, _) => format!("docker compose up -d --no-deps {service}"),
            (PlatformKind::Swarm, Release::Config) => format!("docker service update --env-add KEY=VALUE {}", self.stack_service(service)),
            (PlatformKind::Swarm, Release::Rollback { .. }) => format!("docker service rollback {}", self.stack_service(service)),
            (PlatformKind::Swarm, Release::New { version }) => format!("docker service update --image {} {}", self.image(service, version), self.stack_service(service)),
            (PlatformKind::Kubernetes, Release::Config) => format!("kubectl -n {ns} rollout restart {workload}"),
            (PlatformKind::Kubernetes, Release::Rollback { .. }) => format!("kubectl -n {ns} rollout undo {workload}"),
            (PlatformKind::Kubernetes, Release::New { version }) => format!("kubectl -n {ns} set image {workload} {container}={}", self.image(service, version)),
        }
    }

    /// The image of `version` of `service` (see [`release_image`]).
    fn image(&self, service: &str, version: &str) -> String {
        match self.service(service) {
            Some((_, s)) => release_image(&self.sc.name, s, version),
            None => release_image(&self.sc.name, &Service::new(service, crate::topology::ServiceKind::Backend), version),
        }
    }

    /// The command that restarts replica `rep` of `service` by hand: a stopped container is
    /// started again, a running (hung) one restarted.
    pub fn restart(&self, rep: &str, service: &str, platform: PlatformKind, hung: bool) -> String {
        match (platform, hung) {
            (PlatformKind::Compose, false) => format!("docker compose up -d {service}"),
            (PlatformKind::Compose, true) => format!("docker compose restart {service}"),
            (PlatformKind::Swarm, _) => format!("docker service update --force {}", self.stack_service(service)),
            (PlatformKind::Kubernetes, _) => format!("kubectl -n {} delete pod {rep}", self.ns),
        }
    }

    /// The command that force-deletes pod `rep` on an unreachable node.
    pub fn force_delete(&self, rep: &str) -> String {
        format!("kubectl -n {} delete pod {rep} --force --grace-period=0", self.ns)
    }

    /// The command that sets `service`'s replicas by hand.
    pub fn scale(&self, service: &str, replicas: u32, platform: PlatformKind) -> String {
        match platform {
            PlatformKind::Compose => format!("docker compose up -d --scale {service}={replicas}"),
            PlatformKind::Swarm => format!("docker service scale {}={replicas}", self.stack_service(service)),
            PlatformKind::Kubernetes => format!("kubectl -n {} scale {} --replicas={replicas}", self.ns, self.workload(service).0),
        }
    }
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
    let names = Names::of(sc);
    let ns = names.namespace();
    let workload = |service: &str| names.workload(service).0;
    // A StatefulSet's first pod, as `kubectl get pods` names it.
    let pod0 = |service: &str| format!("{}-0", names.workload(service).1);
    let find = |name: &str| sc.topology.services.iter().find(|s| s.name == name);
    let answers = match action {
        FaultKind::Crash(svc) => {
            let restart = find(svc).map_or(RestartPolicy::No, |s| s.restart);
            let compose = if restart.restarts_after_crash() { Answer::Heals(Healer::RestartPolicy(restart)) } else { cmds(&[names.restart("", svc, PlatformKind::Compose, false)]) };
            [compose, Answer::Heals(Healer::SwarmOrchestrator), Answer::Heals(Healer::Kubelet)]
        }
        FaultKind::Hang(svc) => {
            let s = find(svc);
            let swarm = if s.is_some_and(|s| s.liveness.is_some()) { Answer::Heals(Healer::SwarmHealthcheck) } else { cmds(&[names.restart("", svc, PlatformKind::Swarm, true)]) };
            let kube = match s {
                Some(s) if s.liveness.is_some() => Answer::Heals(Healer::LivenessProbe),
                _ => cmds(&[names.release(svc, &Release::Config, PlatformKind::Kubernetes)]),
            };
            // Docker marks a hung container unhealthy and leaves it running.
            [cmds(&[names.restart("", svc, PlatformKind::Compose, true)]), swarm, kube]
        }
        FaultKind::Deploy { service, version, healthy } => {
            let new = Release::New { version: version.clone() };
            let back = Release::Rollback { version: String::new() };
            let mut compose = commands(&[format!("docker compose pull {service}"), names.release(service, &new, PlatformKind::Compose)]);
            let mut swarm = vec![names.release(service, &new, PlatformKind::Swarm)];
            let mut kube = vec![names.release(service, &new, PlatformKind::Kubernetes), format!("kubectl -n {ns} rollout status {}", workload(service))];
            if !healthy {
                // The release is broken: going back.
                compose.push(Line::Comment(Remark::RollBack(names.release(service, &back, PlatformKind::Compose))));
                swarm.push(names.release(service, &back, PlatformKind::Swarm));
                kube.push(names.release(service, &back, PlatformKind::Kubernetes));
            }
            [Answer::After(Step::EditImageTag(version.clone()), compose), cmds(&swarm), cmds(&kube)]
        }
        FaultKind::Scale { service, replicas } => [
            cmds(&[names.scale(service, *replicas, PlatformKind::Compose)]),
            cmds(&[names.scale(service, *replicas, PlatformKind::Swarm)]),
            cmds(&[names.scale(service, *replicas, PlatformKind::Kubernetes)]),
        ],
        FaultKind::Traffic(_) => {
            let entry = sc.traffic.as_ref().map(|t| t.entry.clone()).unwrap_or_default();
            let autoscaled = find(&entry).is_some_and(|s| s.autoscale.is_some());
            let more = find(&entry).map_or(2, |s| s.replicas.saturating_mul(2));
            [
                cmds(&[names.scale(&entry, more, PlatformKind::Compose)]),
                cmds(&[names.scale(&entry, more, PlatformKind::Swarm)]),
                if autoscaled { Answer::Heals(Healer::Autoscaler) } else { cmds(&[names.scale(&entry, more, PlatformKind::Kubernetes)]) },
            ]
        }
        FaultKind::ConfigChange(target) => {
            let configmap = format!("kubectl -n {ns} apply -f configmap.yaml");
            let (compose, swarm, kube) = match target {
                Some(svc) => (
                    vec![names.release(svc, &Release::Config, PlatformKind::Compose)],
                    vec![names.release(svc, &Release::Config, PlatformKind::Swarm)],
                    vec![configmap, names.release(svc, &Release::Config, PlatformKind::Kubernetes)],
                ),
                None => (
                    vec!["docker compose up -d".to_string()],
                    sc.topology.services.iter().map(|s| names.release(&s.name, &Release::Config, PlatformKind::Swarm)).collect(),
                    std::iter::once(configmap).chain(sc.topology.services.iter().map(|s| names.release(&s.name, &Release::Config, PlatformKind::Kubernetes))).collect(),
                ),
            };
            [Answer::After(Step::EditConfig, commands(&compose)), cmds(&swarm), cmds(&kube)]
        }
        FaultKind::ResizeVolume { service, gib } => [
            Answer::After(Step::GrowHostVolume(*gib), commands(&[format!("docker compose stop {service}"), format!("docker compose start {service}")])),
            Answer::After(Step::GrowHostVolume(*gib), commands(&[names.restart("", service, PlatformKind::Swarm, false)])),
            Answer::Commands(vec![Line::Remark(
                format!("kubectl -n {ns} patch pvc data-{} -p '{{\"spec\":{{\"resources\":{{\"requests\":{{\"storage\":\"{gib}Gi\"}}}}}}}}'", pod0(service)),
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
                lines.extend(stateful.iter().map(|s| Line::Command(names.force_delete(&pod0(&s.name)))));
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
            Answer::Commands(sc.topology.services.iter().map(|s| Line::Remark(names.restart("", &s.name, PlatformKind::Swarm, false), Remark::SpreadAgain(node.clone()))).collect()),
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
    crate::order::sort_by_key(&mut faults, |f| f.at);
    faults.into_iter().map(|f| (f.at, row(sc, &f.kind))).collect()
}

/// Which platform an answer in [`Row::answers`] is for.
pub const ORDER: [PlatformKind; 3] = PlatformKind::ALL;
