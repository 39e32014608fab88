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
use super::ids::{NodeId, RepId, SvcId};
use super::sorted::SortedSet;
use std::collections::BTreeSet;

/// The sets whose members change with every crash and restart (Ready or not, listed or not) are
/// B-trees, with one key type for all of them so the bundle carries one B-tree: a replica's
/// number, or a (slot, replica) pair packed as `slot << 32 | replica` (ordered as the pair).
type Keys = BTreeSet<u64>;

/// `(slot, replica)` as one key of [`Keys`], ordered as the pair.
fn pair(slot: u32, rep: RepId) -> u64 {
    (u64::from(slot) << 32) | u64::from(rep.0)
}

/// A replica as a key of [`Keys`].
fn key(rep: RepId) -> u64 {
    u64::from(rep.0)
}

/// The replica a [`key`] stands for.
fn unkey(key: u64) -> RepId {
    RepId((key & 0xffff_ffff) as u32)
}

/// The (slot, replica) a [`pair`] key stands for.
fn unpair(key: u64) -> (u32, RepId) {
    ((key >> 32) as u32, unkey(key))
}

/// A machine of the platform.
pub(crate) struct Node {
    pub name: String,
    pub zone: Option<u32>,
    pub gpu: bool,
    pub manager: bool,
    /// Running (changed only through [`World::set_alive`], which keeps the stand-in index right).
    pub(super) alive: bool,
    /// The control plane's view (Kubernetes node condition Ready / Swarm node status ready).
    pub api_ready: bool,
    /// Phase of this node's status posts / heartbeats within one period [ms].
    pub heartbeat_phase: u64,
    /// Swarm: when, within one gossip probe interval after it dies, another member first probes it [ms].
    pub gossip_phase: u64,
    /// When the control plane last heard from it before it died [ms since the run's start; negative
    /// before it: the application has been running long before].
    pub last_heartbeat: i64,
    /// When it came back and posted at once (kubelet status, Swarm heartbeat), if it ever did.
    pub back_at: Option<SimTime>,
    pub epoch: u32,
    pub cpu_used: u64,
    pub mem_used: u64,
}

impl Node {
    /// Running.
    pub fn alive(&self) -> bool {
        self.alive
    }
}

/// A container (Compose), task (Swarm) or pod (Kubernetes).
pub(crate) struct Rep {
    service: SvcId,
    pub name: String,
    /// StatefulSet ordinal, Swarm slot, Compose container number.
    slot: u32,
    /// Index into the service's versions.
    version: usize,
    node: Option<NodeId>,
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
    pub replaces: Option<RepId>,
    /// A newer replica already stands in for this one.
    stood_in: bool,
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
    pub fn service(&self) -> SvcId {
        self.service
    }
    /// StatefulSet ordinal, Swarm slot, Compose container number.
    pub fn slot(&self) -> u32 {
        self.slot
    }
    /// Index into its service's versions.
    pub fn version(&self) -> usize {
        self.version
    }
    /// The node it is bound to.
    pub fn node(&self) -> Option<NodeId> {
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
/// hold each, and the lowest free one in O(1).
#[derive(Default)]
struct Slots {
    /// Replicas holding each slot below `next` [count].
    held: Vec<u32>,
    /// Free slots below `next`.
    free: SortedSet<u32>,
    /// Every slot from here on is free.
    next: u32,
}

impl Slots {
    fn hold(&mut self, slot: u32) {
        if slot >= self.next {
            self.free.extend(self.next..slot);
            self.next = slot + 1;
            self.held.resize(self.next as usize, 0);
        }
        let n = &mut self.held[slot as usize];
        *n += 1;
        if *n == 1 {
            self.free.remove(&slot);
        }
    }

    fn release(&mut self, slot: u32) {
        if let Some(n) = self.held.get_mut(slot as usize).filter(|n| **n > 0) {
            *n -= 1;
            if *n == 0 {
                self.free.insert(slot);
            }
        }
    }

    fn is_held(&self, slot: u32) -> bool {
        self.held.get(slot as usize).is_some_and(|&n| n > 0)
    }

    fn lowest_free(&self) -> u32 {
        self.free.first().copied().unwrap_or(self.next)
    }
}

/// What the indexes of one service know about one replica; [`World::change`] compares it before
/// and after each change.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Facts {
    /// Not removed.
    present: bool,
    holds_slot: bool,
    /// Listed as an endpoint (lingering ones of removed pods included).
    listed: bool,
    /// Listed and answering.
    answering: bool,
    /// Bound to this node and present.
    node: Option<NodeId>,
    /// Neither gone nor deleted, with its version and whether it is listed (Ready).
    live: Option<(usize, bool)>,
    /// Live and bound to this node.
    placed: Option<NodeId>,
    /// Live and unbound.
    pending: bool,
    /// Present and deleted: shutting down.
    terminating: bool,
    /// Present and not listed.
    unlisted: bool,
    /// A new replica would stand in for it.
    standin: bool,
}

/// Every index of one service.
#[derive(Default)]
struct ServiceIndex {
    /// Replicas that are not gone, in creation order.
    present: SortedSet<RepId>,
    slots: Slots,
    /// (listed endpoints, listed endpoints that answer); lingering endpoints of removed pods included.
    endpoints: (u32, u32),
    /// Live replicas bound to each node (allocated at the first bind) [count].
    placed: Vec<u32>,
    /// Replicas a new one stands in for (bound, lost with their node or shut down, not gone, not yet
    /// stood in for), in creation order.
    standins: SortedSet<RepId>,
    /// Live replicas per version, by version (empty for a version without any).
    versions: Vec<VersionPods>,
    /// Present replicas that are not listed, by (slot, replica).
    unlisted: Keys,
    /// Present replicas that are deleted (shutting down) [count].
    terminating: u32,
    /// Live replicas waiting for a node, in creation order.
    pending: SortedSet<RepId>,
}

impl ServiceIndex {
    /// The versions with live replicas, by version.
    fn live_versions(&self) -> impl Iterator<Item = (usize, &VersionPods)> {
        self.versions.iter().enumerate().filter(|(_, p)| !p.by_slot.is_empty())
    }
}

/// A version's live replicas: Ready (listed as endpoints) or not, each in creation order, and all
/// of them by (slot, replica).
#[derive(Clone, Debug, Default)]
struct VersionPods {
    ready: Keys,
    unready: Keys,
    /// By [`pair`].
    by_slot: Keys,
}

impl VersionPods {
    fn count(&self) -> VersionCount {
        VersionCount { live: (self.ready.len() + self.unready.len()) as u32, ready: self.ready.len() as u32 }
    }
}

/// A version's live replicas and how many of them are listed as endpoints (Ready).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct VersionCount {
    /// Neither gone nor deleted [count].
    pub live: u32,
    /// Of those, listed as endpoints [count].
    pub ready: u32,
}

/// Nodes, replicas and their indexes. Every question a controller asks per event is answered from
/// an index in O(log n) or O(answer), so a run's cost does not grow with the history it keeps.
pub(crate) struct World {
    pub nodes: Vec<Node>,
    reps: Vec<Rep>,
    services: Vec<ServiceIndex>,
    /// Per node: the replicas bound to it that are not gone, in creation order.
    by_node: Vec<SortedSet<RepId>>,
    /// Replicas waiting for a node: not gone, not deleted, unbound, in creation order.
    pending: SortedSet<RepId>,
    /// Changes to any service's endpoint counts so far [count]: what traffic and availability
    /// follow, recomputed only when this moves.
    endpoint_changes: u64,
    /// Services whose endpoint counts changed since [`World::take_touched`] was last called.
    touched: SortedSet<SvcId>,
}

impl World {
    pub fn new(nodes: Vec<Node>, services: usize) -> Self {
        let n = nodes.len();
        World { nodes, reps: Vec::new(), services: (0..services).map(|_| ServiceIndex::default()).collect(), by_node: vec![SortedSet::default(); n], pending: SortedSet::default(), endpoint_changes: 0, touched: SortedSet::default() }
    }

    /// Node `n`; a missing one is a broken invariant and fails loudly.
    pub fn node(&self, n: NodeId) -> &Node {
        self.nodes.get(n.index()).unwrap_or_else(|| n.missing(self.nodes.len()))
    }

    /// Node `n`, to change what no index depends on.
    pub fn node_mut(&mut self, n: NodeId) -> &mut Node {
        let len = self.nodes.len();
        self.nodes.get_mut(n.index()).unwrap_or_else(|| n.missing(len))
    }

    /// Every node's id, in the node list's order.
    pub fn node_ids(&self) -> impl DoubleEndedIterator<Item = NodeId> + use<> {
        (0..self.nodes.len()).map(NodeId::at)
    }

    /// The node called `name`.
    pub fn node_named(&self, name: &str) -> Option<NodeId> {
        self.nodes.iter().position(|n| n.name == name).map(NodeId::at)
    }

    /// Every node with its id, in the node list's order.
    pub fn nodes_with_ids(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes.iter().enumerate().map(|(i, n)| (NodeId::at(i), n))
    }

    /// Replica `i`; a missing one is a broken invariant and fails loudly.
    pub fn rep(&self, i: RepId) -> &Rep {
        self.reps.get(i.index()).unwrap_or_else(|| i.missing(self.reps.len()))
    }

    /// Replica `i`, to change what no index depends on.
    pub fn rep_mut(&mut self, i: RepId) -> &mut Rep {
        let n = self.reps.len();
        self.reps.get_mut(i.index()).unwrap_or_else(|| i.missing(n))
    }

    /// Every replica that ever existed, in creation order.
    pub fn all(&self) -> impl Iterator<Item = &Rep> {
        self.reps.iter()
    }

    fn svc(&self, si: SvcId) -> &ServiceIndex {
        self.services.get(si.index()).unwrap_or_else(|| si.missing(self.services.len()))
    }

    /// Service `si`'s replicas that are not gone, in creation order.
    pub fn of_service(&self, si: SvcId) -> impl DoubleEndedIterator<Item = RepId> + '_ {
        self.svc(si).present.iter().copied()
    }

    /// Service `si`'s replicas that are neither gone nor deleted, in creation order: what its
    /// controller counts. O(answer × versions).
    pub fn live_of(&self, si: SvcId) -> Vec<RepId> {
        let mut out: Vec<RepId> = self.svc(si).live_versions().flat_map(|(_, p)| p.ready.iter().chain(&p.unready)).map(|&k| unkey(k)).collect();
        out.sort_unstable();
        out
    }

    /// The replicas bound to `node` that are not gone, in creation order.
    pub fn on_node(&self, node: NodeId) -> Vec<RepId> {
        self.by_node.get(node.index()).into_iter().flatten().copied().collect()
    }

    /// Replicas waiting for a node, in creation order.
    pub fn pending(&self) -> Vec<RepId> {
        self.pending.iter().copied().collect()
    }

    /// Service `si`'s replicas waiting for a node, in creation order.
    pub fn pending_of(&self, si: SvcId) -> impl Iterator<Item = RepId> + '_ {
        self.svc(si).pending.iter().copied()
    }

    /// Whether a replica of service `si` holds `slot`.
    pub fn slot_held(&self, si: SvcId, slot: u32) -> bool {
        self.svc(si).slots.is_held(slot)
    }

    /// The lowest slot of service `si` nobody holds.
    pub fn lowest_free_slot(&self, si: SvcId) -> u32 {
        self.svc(si).slots.lowest_free()
    }

    /// Service `si`'s slots below `below` that nobody holds, lowest first. O(answer log n).
    pub fn free_slots_below(&self, si: SvcId, below: u32) -> Vec<u32> {
        let s = self.svc(si);
        s.slots.free.below(&below).iter().copied().chain(s.slots.next..below).collect()
    }

    /// Whether every present replica of service `si` in a slot below `slot` is listed (Ready).
    pub fn listed_below(&self, si: SvcId, slot: u32) -> bool {
        self.svc(si).unlisted.range(..pair(slot, RepId(0))).next().is_none()
    }

    /// Whether some replica of service `si` is shutting down (deleted, not gone).
    pub fn any_terminating(&self, si: SvcId) -> bool {
        self.svc(si).terminating > 0
    }

    /// Service `si`'s live replicas whose version passes `which` in slots from `from` on, by
    /// (slot, replica). O(answer × versions + log n).
    pub fn live_in_slots_from(&self, si: SvcId, from: u32, which: impl Fn(usize) -> bool) -> Vec<(u32, RepId)> {
        // Sorted as packed keys: the same order as (slot, replica).
        let mut keys: Vec<u64> = self.svc(si).live_versions().filter(|&(v, _)| which(v)).flat_map(|(_, p)| p.by_slot.range(pair(from, RepId(0))..)).copied().collect();
        keys.sort_unstable();
        keys.into_iter().map(unpair).collect()
    }

    /// The live replica of service `si` with the lowest (or, with `highest`, the highest) slot among
    /// those whose version passes `which`, by (slot, replica).
    pub fn live_slot_extreme(&self, si: SvcId, which: impl Fn(usize) -> bool, highest: bool) -> Option<RepId> {
        let ends = self.svc(si).live_versions().filter(|&(v, _)| which(v)).filter_map(|(_, p)| if highest { p.by_slot.last() } else { p.by_slot.first() }).map(|&k| unpair(k));
        if highest { ends.max() } else { ends.min() }.map(|(_, r)| r)
    }

    /// Service `si`'s live replicas bound to `node` [count].
    pub fn placed_on(&self, si: SvcId, node: NodeId) -> u32 {
        self.svc(si).placed.get(node.index()).copied().unwrap_or(0)
    }

    /// The newest replica of service `si` that was lost with its node or shut down and that no
    /// newer one stands in for yet.
    pub fn newest_to_stand_in_for(&self, si: SvcId) -> Option<RepId> {
        self.svc(si).standins.last().copied()
    }

    /// Records that a new replica stands in for replica `i`.
    pub fn stand_in(&mut self, i: RepId) {
        self.change(i, |r| r.stood_in = true);
    }

    /// Node `node` runs (or stops); the replicas bound to it become (or stop being) ones a new
    /// replica stands in for. The node starts a new epoch, so events scheduled for it before are
    /// stale; returns that epoch.
    pub fn set_alive(&mut self, node: NodeId, alive: bool) -> u32 {
        let on = self.on_node(node);
        let before: Vec<Facts> = on.iter().map(|&i| self.facts(i)).collect();
        let n = self.node_mut(node);
        n.alive = alive;
        n.epoch += 1;
        let epoch = n.epoch;
        for (i, before) in on.into_iter().zip(before) {
            let after = self.facts(i);
            self.reindex(i, Some(before), after);
        }
        epoch
    }

    /// Service `si`'s live replicas per version, and how many of them are Ready.
    pub fn version_counts(&self, si: SvcId) -> impl Iterator<Item = (usize, VersionCount)> + '_ {
        self.svc(si).live_versions().map(|(v, p)| (v, p.count()))
    }

    /// Service `si`'s live replicas of version `v`, and how many of them are Ready.
    pub fn version_count(&self, si: SvcId, v: usize) -> VersionCount {
        self.svc(si).versions.get(v).map(VersionPods::count).unwrap_or_default()
    }

    /// Up to `n` live replicas of service `si` whose version passes `which`, Ready or not as
    /// `ready` says, oldest first (newest first with `newest`): O(versions × n log n), whatever the
    /// service's size.
    pub fn pick(&self, si: SvcId, which: impl Fn(usize) -> bool, ready: bool, n: usize, newest: bool) -> Vec<RepId> {
        let mut out: Vec<RepId> = Vec::new();
        for (_, p) in self.svc(si).live_versions().filter(|&(v, _)| which(v)) {
            let set = if ready { &p.ready } else { &p.unready };
            if newest {
                out.extend(set.iter().rev().take(n).map(|&k| unkey(k)));
            } else {
                out.extend(set.iter().take(n).map(|&k| unkey(k)));
            }
        }
        out.sort_unstable();
        if newest {
            out.reverse();
        }
        out.truncate(n);
        out
    }

    /// Changes to any service's endpoint counts so far [count].
    pub fn endpoint_changes(&self) -> u64 {
        self.endpoint_changes
    }

    /// Service `si`'s (listed endpoints, listed endpoints that answer).
    pub fn endpoints_of(&self, si: SvcId) -> (u32, u32) {
        self.svc(si).endpoints
    }

    /// The services whose endpoint counts changed since the last call, by index.
    pub fn take_touched(&mut self) -> SortedSet<SvcId> {
        std::mem::take(&mut self.touched)
    }

    /// Per service: (listed endpoints, listed endpoints that answer).
    pub fn endpoint_counts(&self) -> (Vec<u32>, Vec<u32>) {
        self.services.iter().map(|s| s.endpoints).unzip()
    }

    /// A new replica, unbound and Pending.
    pub fn add(&mut self, service: SvcId, name: String, slot: u32, version: usize, replaces: Option<RepId>) -> RepId {
        if service.index() >= self.services.len() {
            service.missing(self.services.len());
        }
        let i = RepId::at(self.reps.len());
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
        let after = self.facts(i);
        self.reindex(i, None, after);
        i
    }

    fn facts(&self, i: RepId) -> Facts {
        let r = self.rep(i);
        let present = !r.gone;
        let live = present && !r.deleted;
        let node_alive = r.node.is_some_and(|n| self.node(n).alive);
        Facts {
            present,
            holds_slot: r.holds_slot(),
            listed: r.in_endpoints,
            answering: r.in_endpoints && r.app_up,
            node: r.node.filter(|_| present),
            live: live.then_some((r.version, r.in_endpoints)),
            placed: r.node.filter(|_| live),
            pending: live && r.node.is_none(),
            terminating: present && r.deleted,
            unlisted: present && !r.in_endpoints,
            standin: present && !r.stood_in && r.node.is_some() && (r.deleted || !node_alive),
        }
    }

    /// Changes what the indexes depend on through `f`, then brings the indexes up to date.
    fn change(&mut self, i: RepId, f: impl FnOnce(&mut Rep)) {
        let before = self.facts(i);
        f(self.rep_mut(i));
        let after = self.facts(i);
        if before != after {
            self.reindex(i, Some(before), after);
        }
    }

    /// Moves replica `i` in every index from what `before` says (nowhere for a new one) to `after`.
    fn reindex(&mut self, i: RepId, before: Option<Facts>, after: Facts) {
        let (si, slot) = (self.rep(i).service, self.rep(i).slot);
        let nodes = self.nodes.len();
        let b = before.unwrap_or(Facts { present: false, holds_slot: false, listed: false, answering: false, node: None, live: None, placed: None, pending: false, terminating: false, unlisted: false, standin: false });
        let Some(s) = self.services.get_mut(si.index()) else { si.missing(self.services.len()) };
        let toggle = |set: &mut SortedSet<RepId>, was: bool, is: bool| {
            if was && !is {
                set.remove(&i);
            } else if is && !was {
                set.insert(i);
            }
        };
        toggle(&mut s.present, b.present, after.present);
        toggle(&mut s.pending, b.pending, after.pending);
        toggle(&mut s.standins, b.standin, after.standin);
        if b.holds_slot != after.holds_slot {
            if after.holds_slot {
                s.slots.hold(slot)
            } else {
                s.slots.release(slot)
            }
        }
        if (b.listed, b.answering) != (after.listed, after.answering) {
            s.endpoints.0 = s.endpoints.0 + u32::from(after.listed) - u32::from(b.listed);
            s.endpoints.1 = s.endpoints.1 + u32::from(after.answering) - u32::from(b.answering);
            self.endpoint_changes += 1;
            self.touched.insert(si);
        }
        s.terminating = s.terminating + u32::from(after.terminating) - u32::from(b.terminating);
        if b.unlisted != after.unlisted {
            if after.unlisted {
                s.unlisted.insert(pair(slot, i));
            } else {
                s.unlisted.remove(&pair(slot, i));
            }
        }
        if b.placed != after.placed {
            if s.placed.is_empty() {
                s.placed.resize(nodes, 0);
            }
            if let Some(c) = b.placed.and_then(|n| s.placed.get_mut(n.index())) {
                *c -= 1;
            }
            if let Some(c) = after.placed.and_then(|n| s.placed.get_mut(n.index())) {
                *c += 1;
            }
        }
        if b.live != after.live {
            if let Some((v, ready)) = b.live {
                if let Some(p) = s.versions.get_mut(v) {
                    if ready {
                        p.ready.remove(&key(i));
                    } else {
                        p.unready.remove(&key(i));
                    }
                    p.by_slot.remove(&pair(slot, i));
                }
            }
            if let Some((v, ready)) = after.live {
                if s.versions.len() <= v {
                    s.versions.resize_with(v + 1, VersionPods::default);
                }
                let p = &mut s.versions[v];
                if ready {
                    p.ready.insert(key(i));
                } else {
                    p.unready.insert(key(i));
                }
                p.by_slot.insert(pair(slot, i));
            }
        }
        if b.node != after.node {
            if let Some(n) = b.node.and_then(|n| self.by_node.get_mut(n.index())) {
                n.remove(&i);
            }
            if let Some(n) = after.node.and_then(|n| self.by_node.get_mut(n.index())) {
                n.insert(i);
            }
        }
        toggle(&mut self.pending, b.pending, after.pending);
    }

    /// Binds replica `i` to `node` (or unbinds it).
    pub fn set_node(&mut self, i: RepId, node: Option<NodeId>) {
        self.change(i, |r| r.node = node);
    }

    /// Whether replica `i` is listed as an endpoint.
    pub fn set_listed(&mut self, i: RepId, listed: bool) {
        self.change(i, |r| r.in_endpoints = listed);
    }

    /// Whether replica `i`'s application answers.
    pub fn set_app_up(&mut self, i: RepId, up: bool) {
        self.change(i, |r| r.app_up = up);
    }

    /// Replica `i` will run version `v` (Compose recreates its containers in place).
    pub fn set_version(&mut self, i: RepId, v: usize) {
        self.change(i, |r| r.version = v);
    }

    /// Marks replica `i` deleted (it no longer counts towards the desired replicas).
    pub fn set_deleted(&mut self, i: RepId) {
        self.change(i, |r| r.deleted = true);
    }

    /// Marks Swarm task `i` replaced (its slot is free for the replacement).
    pub fn set_replaced(&mut self, i: RepId) {
        self.change(i, |r| r.replaced = true);
    }

    /// Whether deleted pod `i`'s endpoint removal is still propagating.
    pub fn set_lingering(&mut self, i: RepId, lingers: bool) {
        self.change(i, |r| r.endpoint_lingers = lingers);
    }

    /// Removes replica `i` for good: unbound (the caller frees the node's resources first), deleted,
    /// stopped; a lingering endpoint stays listed until its removal propagates.
    pub fn remove(&mut self, i: RepId) {
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
    pub fn stop(&mut self, i: RepId, leave_endpoints: bool) {
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
    pub fn hang(&mut self, i: RepId) {
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
