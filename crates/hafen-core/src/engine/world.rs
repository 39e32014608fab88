//! The world the engine changes: nodes and replicas, and the indexes that keep every question the
//! mechanisms ask cheap whatever the history (replicas of a service, replicas on a node, replicas
//! waiting for a node, a service's held slots, its endpoint counts).
//!
//! The fields those indexes depend on (a replica's node, whether it is listed as an endpoint or
//! answers, whether it is deleted, replaced or gone) are private to this module: every change goes
//! through a method that keeps the indexes right, so they cannot drift. A replica or node asked for
//! by an index that does not exist is a broken invariant and panics with a message (the app's panic
//! banner shows it) instead of acting on a default.

use crate::run::ReplicaState;
use crate::time::{SimDuration, SimTime};
use std::collections::{BTreeMap, BTreeSet};

/// A machine of the platform.
pub(crate) struct Node {
    pub name: String,
    pub zone: Option<u32>,
    pub gpu: bool,
    pub manager: bool,
    pub alive: bool,
    /// The control plane's view (Kubernetes node condition Ready / Swarm node status ready).
    pub api_ready: bool,
    /// Phase of this node's status posts / heartbeats within one period [ms].
    pub heartbeat_phase: u64,
    /// Swarm: when, within one gossip probe interval after it dies, another member first probes it [ms].
    pub gossip_phase: u64,
    pub last_heartbeat: SimTime,
    pub epoch: u32,
    pub cpu_used: u64,
    pub mem_used: u64,
}

/// A container (Compose), task (Swarm) or pod (Kubernetes).
pub(crate) struct Rep {
    service: usize,
    pub name: String,
    /// StatefulSet ordinal, Swarm slot, Compose container number.
    slot: u32,
    /// Index into the service's versions.
    pub version: usize,
    node: Option<usize>,
    pub state: ReplicaState,
    pub process_up: bool,
    app_up: bool,
    pub hung: bool,
    in_endpoints: bool,
    /// Deleted in the API / shut down by the orchestrator: no longer counts towards the desired replicas.
    deleted: bool,
    /// Removed entirely.
    gone: bool,
    /// Swarm: a replacement task already took this failed task's slot.
    replaced: bool,
    /// Kubernetes: deleted, and kube-proxy still sends it requests until its endpoint removal
    /// propagates (it stays in the endpoint counts even once gone).
    endpoint_lingers: bool,
    /// The replica this one stands in for, if any.
    pub replaces: Option<usize>,
    /// A newer replica already stands in for this one.
    pub stood_in: bool,
    pub epoch: u32,
    /// Last container start; `None` for a container that has been running since long before the start.
    pub started_at: Option<SimTime>,
    /// Running since before the scenario started.
    pub initial: bool,
    /// First container start of this replica (the kubelet's probe ticks and the HPA's pod start
    /// count from it); `None` for one running since long before the start.
    pub pod_start: Option<SimTime>,
    /// Since when it is Running (Ready and answering); `None` while it is not.
    pub ready_since: Option<SimTime>,
    /// Whether it was ever Running.
    pub ever_ready: bool,
    /// CPU use at metrics-server's last scrape: (scrape time, millicores).
    pub metric: Option<(SimTime, f64)>,
    /// Kubelet back-off entry: (current back-off, time of the restart that last updated it).
    pub k8s_backoff: Option<(SimDuration, SimTime)>,
    /// Docker restart manager's current delay.
    pub docker_delay: SimDuration,
    /// A new StatefulSet pod waits for the volume its predecessor held on a dead node until this time.
    pub volume_free_at: Option<SimTime>,
}

impl Rep {
    /// Index of its service.
    pub fn service(&self) -> usize {
        self.service
    }
    /// StatefulSet ordinal, Swarm slot, Compose container number.
    pub fn slot(&self) -> u32 {
        self.slot
    }
    /// The node it is bound to.
    pub fn node(&self) -> Option<usize> {
        self.node
    }
    /// The application answers requests.
    pub fn app_up(&self) -> bool {
        self.app_up
    }
    /// Listed as an endpoint (Service endpoints, routing mesh, Docker DNS).
    pub fn in_endpoints(&self) -> bool {
        self.in_endpoints
    }
    /// Deleted or shut down: no longer counts towards the desired replicas.
    pub fn deleted(&self) -> bool {
        self.deleted
    }
    /// Removed entirely.
    pub fn gone(&self) -> bool {
        self.gone
    }
    /// Swarm: its slot already runs a replacement.
    pub fn replaced(&self) -> bool {
        self.replaced
    }
    /// Deleted, with its endpoint removal still propagating.
    pub fn endpoint_lingers(&self) -> bool {
        self.endpoint_lingers
    }
    /// Holds its slot: a deleted StatefulSet pod keeps its identity until it is gone; a failed Swarm
    /// task keeps its slot until it is replaced.
    fn holds_slot(&self) -> bool {
        !(self.gone || (self.deleted && self.replaced))
    }
}

/// A service's slots (StatefulSet ordinals, Swarm slots, container numbers): how many replicas
/// hold each, and the lowest free one in O(log n).
#[derive(Default)]
struct Slots {
    held: BTreeMap<u32, u32>,
    /// Free slots below `next`.
    free: BTreeSet<u32>,
    /// Every slot from here on is free.
    next: u32,
}

impl Slots {
    fn hold(&mut self, slot: u32) {
        let n = self.held.entry(slot).or_insert(0);
        *n += 1;
        if *n == 1 {
            if slot >= self.next {
                self.free.extend(self.next..slot);
                self.next = slot + 1;
            } else {
                self.free.remove(&slot);
            }
        }
    }

    fn release(&mut self, slot: u32) {
        if let Some(n) = self.held.get_mut(&slot) {
            *n -= 1;
            if *n == 0 {
                self.held.remove(&slot);
                self.free.insert(slot);
            }
        }
    }

    fn lowest_free(&self) -> u32 {
        self.free.first().copied().unwrap_or(self.next)
    }
}

/// Nodes, replicas and their indexes.
pub(crate) struct World {
    pub nodes: Vec<Node>,
    reps: Vec<Rep>,
    /// Per service: its replicas that are not gone, in creation order.
    by_service: Vec<BTreeSet<usize>>,
    /// Per node: the replicas bound to it that are not gone, in creation order.
    by_node: Vec<BTreeSet<usize>>,
    /// Replicas waiting for a node: not gone, not deleted, unbound.
    pending: BTreeSet<usize>,
    slots: Vec<Slots>,
    /// Per service: (listed endpoints, listed endpoints that answer); lingering endpoints of removed
    /// pods included.
    endpoints: Vec<(u32, u32)>,
}

impl World {
    pub fn new(nodes: Vec<Node>, services: usize) -> Self {
        let n = nodes.len();
        World {
            nodes,
            reps: Vec::new(),
            by_service: vec![BTreeSet::new(); services],
            by_node: vec![BTreeSet::new(); n],
            pending: BTreeSet::new(),
            slots: (0..services).map(|_| Slots::default()).collect(),
            endpoints: vec![(0, 0); services],
        }
    }

    /// Replica `i`; a missing one is a broken invariant.
    pub fn rep(&self, i: usize) -> &Rep {
        self.reps.get(i).unwrap_or_else(|| panic!("engine invariant broken: no replica #{i} (of {})", self.reps.len()))
    }

    /// Replica `i`, to change what no index depends on.
    pub fn rep_mut(&mut self, i: usize) -> &mut Rep {
        let n = self.reps.len();
        self.reps.get_mut(i).unwrap_or_else(|| panic!("engine invariant broken: no replica #{i} (of {n})"))
    }

    /// Replica `i` if it exists.
    pub fn get(&self, i: usize) -> Option<&Rep> {
        self.reps.get(i)
    }

    /// Replica `i` if it exists, to change what no index depends on.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Rep> {
        self.reps.get_mut(i)
    }

    /// Node `i`; a missing one is a broken invariant.
    pub fn node(&self, i: usize) -> &Node {
        self.nodes.get(i).unwrap_or_else(|| panic!("engine invariant broken: no node #{i} (of {})", self.nodes.len()))
    }

    /// Every replica that ever existed, in creation order.
    pub fn all(&self) -> impl Iterator<Item = &Rep> {
        self.reps.iter()
    }

    /// Service `si`'s replicas that are not gone, in creation order.
    pub fn of_service(&self, si: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.by_service.get(si).into_iter().flatten().copied()
    }

    /// Service `si`'s replicas that are neither gone nor deleted: what its controller counts.
    pub fn live_of(&self, si: usize) -> Vec<usize> {
        self.of_service(si).filter(|&r| !self.rep(r).deleted).collect()
    }

    /// The replicas bound to `node` that are not gone, in creation order.
    pub fn on_node(&self, node: usize) -> Vec<usize> {
        self.by_node.get(node).into_iter().flatten().copied().collect()
    }

    /// Replicas waiting for a node, in creation order.
    pub fn pending(&self) -> Vec<usize> {
        self.pending.iter().copied().collect()
    }

    /// Whether a replica of service `si` holds `slot`.
    pub fn slot_held(&self, si: usize, slot: u32) -> bool {
        self.slots.get(si).is_some_and(|s| s.held.contains_key(&slot))
    }

    /// The lowest slot of service `si` nobody holds.
    pub fn lowest_free_slot(&self, si: usize) -> u32 {
        self.slots.get(si).map_or(0, Slots::lowest_free)
    }

    /// Per service: (listed endpoints, listed endpoints that answer).
    pub fn endpoint_counts(&self) -> (Vec<u32>, Vec<u32>) {
        self.endpoints.iter().copied().unzip()
    }

    /// A new replica, unbound and Pending.
    pub fn add(&mut self, service: usize, name: String, slot: u32, version: usize, replaces: Option<usize>) -> usize {
        let i = self.reps.len();
        self.reps.push(Rep {
            service,
            name,
            slot,
            version,
            node: None,
            state: ReplicaState::Pending,
            process_up: false,
            app_up: false,
            hung: false,
            in_endpoints: false,
            deleted: false,
            gone: false,
            replaced: false,
            endpoint_lingers: false,
            replaces,
            stood_in: false,
            epoch: 0,
            started_at: None,
            initial: false,
            pod_start: None,
            ready_since: None,
            ever_ready: false,
            metric: None,
            k8s_backoff: None,
            docker_delay: SimDuration::ZERO,
            volume_free_at: None,
        });
        if let Some(s) = self.by_service.get_mut(service) {
            s.insert(i);
        }
        if let Some(s) = self.slots.get_mut(service) {
            s.hold(slot);
        }
        self.pending.insert(i);
        i
    }

    /// Changes what the indexes depend on through `f`, then brings the indexes up to date.
    fn change(&mut self, i: usize, f: impl FnOnce(&mut Rep)) {
        let before = {
            let r = self.rep(i);
            (r.holds_slot(), r.in_endpoints, r.in_endpoints && r.app_up, r.node, r.gone, !r.gone && !r.deleted && r.node.is_none())
        };
        f(self.rep_mut(i));
        let r = self.rep(i);
        let after = (r.holds_slot(), r.in_endpoints, r.in_endpoints && r.app_up, r.node, r.gone, !r.gone && !r.deleted && r.node.is_none());
        let (service, slot) = (r.service, r.slot);
        if before.0 != after.0 {
            if let Some(s) = self.slots.get_mut(service) {
                if after.0 {
                    s.hold(slot)
                } else {
                    s.release(slot)
                }
            }
        }
        if let Some(e) = self.endpoints.get_mut(service) {
            e.0 = e.0 + u32::from(after.1) - u32::from(before.1);
            e.1 = e.1 + u32::from(after.2) - u32::from(before.2);
        }
        if before.3 != after.3 || before.4 != after.4 {
            if let Some(n) = before.3.filter(|_| !before.4).and_then(|n| self.by_node.get_mut(n)) {
                n.remove(&i);
            }
            if let Some(n) = after.3.filter(|_| !after.4).and_then(|n| self.by_node.get_mut(n)) {
                n.insert(i);
            }
        }
        if after.4 && !before.4 {
            if let Some(s) = self.by_service.get_mut(service) {
                s.remove(&i);
            }
        }
        if before.5 != after.5 {
            if after.5 {
                self.pending.insert(i);
            } else {
                self.pending.remove(&i);
            }
        }
    }

    /// Binds replica `i` to `node` (or unbinds it).
    pub fn set_node(&mut self, i: usize, node: Option<usize>) {
        self.change(i, |r| r.node = node);
    }

    /// Whether replica `i` is listed as an endpoint.
    pub fn set_listed(&mut self, i: usize, listed: bool) {
        self.change(i, |r| r.in_endpoints = listed);
    }

    /// Whether replica `i`'s application answers.
    pub fn set_app_up(&mut self, i: usize, up: bool) {
        self.change(i, |r| r.app_up = up);
    }

    /// Marks replica `i` deleted (it no longer counts towards the desired replicas).
    pub fn set_deleted(&mut self, i: usize) {
        self.change(i, |r| r.deleted = true);
    }

    /// Marks Swarm task `i` replaced (its slot is free for the replacement).
    pub fn set_replaced(&mut self, i: usize) {
        self.change(i, |r| r.replaced = true);
    }

    /// Whether deleted pod `i`'s endpoint removal is still propagating.
    pub fn set_lingering(&mut self, i: usize, lingers: bool) {
        self.change(i, |r| r.endpoint_lingers = lingers);
    }

    /// Removes replica `i` for good: unbound (the caller frees the node's resources first), deleted,
    /// stopped; a lingering endpoint stays listed until its removal propagates.
    pub fn remove(&mut self, i: usize) {
        self.change(i, |r| {
            r.node = None;
            r.gone = true;
            r.deleted = true;
            r.in_endpoints = r.endpoint_lingers;
            r.process_up = false;
            r.app_up = false;
            r.epoch += 1;
        });
    }

    /// Stops replica `i`'s process (and its application); `leave_endpoints` also unlists it.
    pub fn stop(&mut self, i: usize, leave_endpoints: bool) {
        self.change(i, |r| {
            r.process_up = false;
            r.app_up = false;
            r.hung = false;
            if leave_endpoints {
                r.in_endpoints = false;
            }
            r.epoch += 1;
        });
    }

    /// Replica `i` hangs: its application stops answering, its process stays.
    pub fn hang(&mut self, i: usize) {
        self.change(i, |r| {
            r.hung = true;
            r.app_up = false;
            r.epoch += 1;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_give_the_lowest_free_one_in_log_time() {
        let mut s = Slots::default();
        for slot in 0..5 {
            s.hold(slot);
        }
        assert_eq!(s.lowest_free(), 5);
        s.release(2);
        s.release(0);
        assert_eq!(s.lowest_free(), 0);
        s.hold(0);
        assert_eq!(s.lowest_free(), 2);
        s.hold(9);
        assert_eq!(s.lowest_free(), 2);
        s.hold(2);
        assert_eq!(s.lowest_free(), 5);
        // Two holders of one slot (a deleted StatefulSet pod and its successor): free when both let go.
        s.hold(3);
        s.release(3);
        assert_eq!(s.lowest_free(), 5);
        s.release(3);
        assert_eq!(s.lowest_free(), 3);
    }
}
