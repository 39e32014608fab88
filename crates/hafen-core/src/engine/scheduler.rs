//! The scheduler: which node a new replica goes to (kube-scheduler's filters and spreading, Swarm's
//! spread strategy, the one Compose host), binding and unbinding its requests, and retrying
//! Pending replicas when a node frees resources or becomes ready. Swarm places a stateful task
//! wherever it fits, as swarmkit's scheduler does: none of its filters (manager/scheduler/pipeline.go
//! `defaultFilters`: ready, resources, plugins, constraints, platform, host ports, max replicas)
//! knows where a `local` volume's data is, so only a placement constraint keeps a task by its data.

use super::platform::Platform;
use super::ids::{NodeId, RepId};
use super::sorted::SortedSet;
use super::{containers, statefulset, Sim};
use crate::cause::{Cause, Created, Unschedulable};
use crate::rng::SplitMix64;
use crate::run::{ReplicaState, TraceKind};

/// What a node must offer a replica: its requests, a GPU or not, and the node it is pinned to.
struct Need<'s> {
    /// CPU request [millicores].
    cpu: u64,
    /// Memory request [MiB].
    mem: u64,
    gpu: bool,
    pin: Option<&'s str>,
}

/// A service's rank for a node (rendezvous hashing: FNV-1a over both names, then a SplitMix64
/// finaliser): a fixed order of nodes per service that another node or service does not disturb.
pub(super) fn rendezvous(service: &str, node: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in service.bytes().chain(std::iter::once(0xff)).chain(node.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    SplitMix64::new(h).next_u64()
}

/// Where a Pending replica may fit since the scheduler last looked. Only a node whose resources
/// were freed or that became ready can take a replica that did not fit before, so the scheduler
/// retries only the Pending replicas such a node accepts: a retry costs what it can place, not
/// the number of replicas waiting.
#[derive(Default)]
pub(crate) struct Reschedule {
    /// Nodes that freed resources or became ready.
    pub nodes: SortedSet<NodeId>,
    /// Retry every Pending replica (the control plane is back).
    pub all: bool,
}

impl<'a> Sim<'a> {

    pub(super) fn requests(&self, rep: RepId) -> (u64, u64) {
        let s = self.rep_service(rep);
        (u64::from(s.cpu_millis), u64::from(s.memory_mib))
    }

    /// The scheduler, for a replica being created: see [`Sim::choose_node`] (most free resources after
    /// spreading).
    pub(crate) fn place(&self, rep: RepId) -> Option<NodeId> {
        self.choose_node(rep, None)
    }

    /// Where a replica of the steady state at the start runs. The application has been running for a
    /// long time; the history that placed it is unknown. Each service's replicas are spread over the
    /// nodes (zones first) in an order of their own (rendezvous hashing of the service's and the
    /// nodes' names), so the steady state of one service does not depend on the others: editing one
    /// service never moves another's replicas, as a real scheduler places only the pods it creates.
    /// Capacity is still respected, in declaration order. `order`: the service's rank of each node.
    pub(super) fn place_initial(&self, rep: RepId, order: &[u64]) -> Option<NodeId> {
        self.choose_node(rep, Some(order))
    }

    /// What a node must offer replica `rep`; `None` for a replica that does not exist.
    fn need_of(&self, rep: RepId) -> Option<Need<'a>> {
        let svc = self.rep_service(rep);
        let (cpu, mem) = self.requests(rep);
        Some(Need { cpu, mem, gpu: svc.gpu, pin: svc.node.as_deref() })
    }

    /// Whether node `i` takes a replica needing `need` now: ready in the control plane's view, the
    /// requests fit, and the pin, GPU need and control-plane taint allow it. What
    /// [`Sim::choose_node`] filters on, and all that can make a Pending replica schedulable.
    fn node_takes(&self, need: &Need, i: NodeId) -> bool {
        let n = self.world.node(i);
        if self.platform.one_host() {
            return i == NodeId(0) && (!need.gpu || n.gpu);
        }
        let cap_cpu = u64::from(self.sc.platform.node_cpu_millis);
        let cap_mem = u64::from(self.sc.platform.node_memory_mib);
        if !n.api_ready || n.cpu_used + need.cpu > cap_cpu || n.mem_used + need.mem > cap_mem || n.gpu != need.gpu {
            return false;
        }
        // Control-plane nodes carry the NoSchedule control-plane taint.
        if n.manager && self.platform.control_plane_tainted() {
            return false;
        }
        need.pin.is_none_or(|pin| pin == n.name)
    }

    /// A node the control plane sees as ready where the requests fit and the pin / GPU need allows
    /// (the one host on Compose), preferring the zone and then the node with the fewest
    /// replicas of the same service (spreading), then (`steady`: the service's own order of nodes)
    /// the most free resources (LeastAllocated), then the lowest node number.
    pub(super) fn choose_node(&self, rep: RepId, steady: Option<&[u64]>) -> Option<NodeId> {
        let svc = self.rep_service(rep);
        if self.platform.one_host() {
            return (!svc.gpu || self.world.nodes.first().is_some_and(|n| n.gpu)).then_some(NodeId(0));
        }
        let (cpu, mem) = self.requests(rep);
        let si = self.world.rep(rep).service();
        let cap_cpu = u64::from(self.sc.platform.node_cpu_millis);
        let cap_mem = u64::from(self.sc.platform.node_memory_mib);
        let per_node: Vec<usize> = self.world.node_ids().map(|n| self.world.placed_on(si, n) as usize).collect();
        let mut per_zone = vec![0usize; self.sc.platform.zones.max(1) as usize];
        for (n, &count) in self.world.nodes.iter().zip(&per_node) {
            if let Some(c) = n.zone.and_then(|z| per_zone.get_mut(z as usize)) {
                *c += count;
            }
        }
        let need = self.need_of(rep)?;
        let mut best: Option<(NodeId, (usize, usize, u64))> = None;
        for (i, n) in self.world.nodes_with_ids() {
            if !self.node_takes(&need, i) {
                continue;
            }
            let zone_count = n.zone.and_then(|z| per_zone.get(z as usize)).copied().unwrap_or(0);
            let node_count = per_node[i.index()];
            let order = if let Some(ranks) = steady {
                ranks.get(i.index()).copied().unwrap_or(u64::MAX)
            } else {
                // Used share after placing, in parts per million of the scarcer resource.
                ((n.cpu_used + cpu) * 1_000_000 / cap_cpu.max(1)).max((n.mem_used + mem) * 1_000_000 / cap_mem.max(1))
            };
            let key = (zone_count, node_count, order);
            if best.is_none_or(|(_, k)| key < k) {
                best = Some((i, key));
            }
        }
        best.map(|(i, _)| i)
    }

    /// What replica `rep` needs that no ready node offers.
    pub(crate) fn unschedulable_reason(&self, rep: RepId) -> Unschedulable {
        let (cpu_millis, memory_mib) = self.requests(rep);
        let svc = self.rep_service(rep);
        Unschedulable {
            cpu_millis,
            memory_mib,
            pin: svc.node.clone(),
            gpu: svc.gpu,
            ready: self.world.nodes.iter().filter(|n| n.api_ready).count() as u32,
            nodes: self.world.nodes.len() as u32,
        }
    }

    pub(crate) fn bind(&mut self, rep: RepId, node: NodeId) {
        let (cpu, mem) = self.requests(rep);
        self.world.set_node(rep, Some(node));
        let n = self.world.node_mut(node);
        n.cpu_used += cpu;
        n.mem_used += mem;
    }

    pub(crate) fn unbind(&mut self, rep: RepId) {
        let (cpu, mem) = self.requests(rep);
        let node = self.world.rep(rep).node();
        if node.is_some() {
            self.world.set_node(rep, None);
        }
        if let Some(n) = node.map(|n| self.world.node_mut(n)) {
            n.cpu_used = n.cpu_used.saturating_sub(cpu);
            n.mem_used = n.mem_used.saturating_sub(mem);
        }
    }

    pub(super) fn retry_pending(&mut self) {
        let changed = std::mem::take(&mut self.reschedule);
        let candidates = if changed.all {
            self.world.pending()
        } else {
            // A Pending replica failed on every node when it was last tried; only the changed nodes
            // got better since. The replicas of a service all need the same.
            let mut c = Vec::new();
            for si in self.service_ids() {
                let Some(first) = self.world.pending_of(si).next() else { continue };
                let fits = |rep: RepId| self.need_of(rep).is_some_and(|need| changed.nodes.iter().any(|&n| self.node_takes(&need, n)));
                if fits(first) {
                    c.extend(self.world.pending_of(si));
                }
            }
            c.sort_unstable();
            c
        };
        for rep in candidates {
            if let Some(node) = self.place(rep) {
                self.bind(rep, node);
                let (name, node_name) = (self.rep_name(rep), self.node_name(node));
                self.log(TraceKind::Scheduled, &name, Cause::ScheduledNowFits { rep: name.clone(), node: node_name });
                let platform = self.platform;
                platform.bound(self, rep, node);
                self.start_bound(rep);
            }
        }
        // The retry above skipped replicas no changed node accepts; in test builds, check that none
        // of them could have been placed (small worlds only: the check tries every node).
        #[cfg(debug_assertions)]
        if self.world.pending().len() <= 64 {
            for rep in self.world.pending() {
                assert!(self.place(rep).is_none(), "engine invariant broken: Pending {rep} fits but the scheduler skipped it");
            }
        }
    }

    pub(super) fn start_bound(&mut self, rep: RepId) {
        let epoch = self.world.rep(rep).epoch;
        match self.world.rep(rep).volume_free_at {
            Some(free) if free > self.now => self.push(free, statefulset::Ev::VolumeDetached { rep, epoch }),
            _ => self.push(self.now.plus(self.t.image_pull), containers::Ev::Start { rep, epoch }),
        }
    }

    /// Binds a freshly created replica and starts it, or leaves it Pending.
    pub(crate) fn schedule_new(&mut self, rep: RepId, why: Created) {
        let name = self.rep_name(rep);
        self.set_state(rep, ReplicaState::Pending);
        match self.place(rep) {
            Some(node) => {
                self.bind(rep, node);
                self.set_state(rep, ReplicaState::Pending);
                let node_name = self.node_name(node);
                let spread = !self.platform.one_host();
                self.log(TraceKind::Scheduled, &name, Cause::Scheduled { why, rep: name.clone(), node: node_name, spread });
                let platform = self.platform;
                platform.bound(self, rep, node);
                self.start_bound(rep);
            }
            None => {
                let need = self.unschedulable_reason(rep);
                self.log(TraceKind::Pending, &name, Cause::Pending { why: Some(why), rep: name.clone(), need });
            }
        }
    }
}
