//! Hafen's pure core: the topology model, documented platform defaults, and a deterministic
//! discrete-event engine that shows what Docker Compose, Docker Swarm and Kubernetes do when
//! things fail. No browser dependency: it builds and tests natively.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod advisor;
pub mod availability;
pub mod cause;
pub mod commands;
pub mod compose;
pub mod consistency;
pub mod costs;
pub mod defaults;
pub mod document;
pub mod economics;
pub mod edit;
pub mod engine;
pub mod export;
pub mod fields;
pub mod file;
pub mod montecarlo;
pub mod offload;
pub mod order;
pub mod golden;
pub mod locale;
pub mod message;
pub mod presets;
pub mod report;
pub mod rng;
pub mod run;
pub mod scenario;
pub mod story;
pub mod summary;
pub mod text;
pub mod time;
pub mod topology;
pub mod units;
pub mod wire;
pub mod written;

pub use defaults::{KubeVersion, OperatorPreset, Timings};
pub use engine::{simulate, Stepper};
pub use run::{Change, Counters, FlowPoint, NodeState, Peak, ReplicaState, Run, Snapshot, TraceEvent, TraceKind};
pub use scenario::{Fault, FaultKind, NodeRef, Scenario, ScenarioError, Traffic};
pub use time::{SimDuration, SimTime};
pub use topology::{Autoscaler, ControlPlane, HpaBehavior, PerPlatform, Platform, PlatformKind, Probe, RestartPolicy, Service, ServiceKind, Topology};
