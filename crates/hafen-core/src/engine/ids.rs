//! Typed ids of the engine's arenas. A replica's id is its place in creation order (it never
//! moves: replicas are marked gone, not removed), a node's its place in the platform's node list,
//! a service's its place in the topology.
//! Where the engine once passed bare `usize`s, a replica, a node and a service can no longer be
//! taken for one another; [`World`](super::world::World) resolves an id or panics with a message.

use std::fmt;

/// Fails loudly for the `what` at `index` that is not among the `of` its arena holds: a broken
/// invariant. One cold function for every arena, so each lookup costs a call, not a formatted
/// panic of its own; the message names the id as its `Display` does ("service #3").
#[cold]
#[inline(never)]
fn missing(what: &str, index: u32, of: usize) -> ! {
    panic!("engine invariant broken: no {what} #{index} (of {of})")
}

/// Ids that fail loudly when their arena does not hold them.
macro_rules! missing_in {
    ($($id:ident: $what:literal),*) => {
        $(impl $id {
            /// Fails loudly: this id is not among the `of` its arena holds (a broken invariant).
            #[inline(always)]
            pub fn missing(self, of: usize) -> ! {
                missing($what, self.0, of)
            }
        })*
    };
}

missing_in!(RepId: "replica", NodeId: "node", SvcId: "service");

/// A container (Compose), task (Swarm) or pod (Kubernetes): its place in the world's arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct RepId(pub(crate) u32);

/// A service: its place in the scenario's topology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct SvcId(pub(crate) u32);

/// A machine of the platform: its place in the node list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NodeId(pub(crate) u32);

impl RepId {
    /// Its place in the arena.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id of the replica at `index` in creation order; more than 2^32 replicas is a broken
    /// invariant (the engine's bounds keep runs far below).
    pub fn at(index: usize) -> RepId {
        RepId(u32::try_from(index).unwrap_or_else(|_| panic!("engine invariant broken: replica #{index} beyond 2^32")))
    }
}

impl NodeId {
    /// Its place in the node list.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id of the node at `index` in the node list.
    pub fn at(index: usize) -> NodeId {
        NodeId(u32::try_from(index).unwrap_or_else(|_| panic!("engine invariant broken: node #{index} beyond 2^32")))
    }
}

impl SvcId {
    /// Its place in the topology.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id of the service at `index` in the topology.
    pub fn at(index: usize) -> SvcId {
        SvcId(u32::try_from(index).unwrap_or_else(|_| panic!("engine invariant broken: service #{index} beyond 2^32")))
    }

    /// The ids of `n` services, in topology order.
    pub fn all(n: usize) -> impl DoubleEndedIterator<Item = SvcId> + Clone {
        (0..n).map(SvcId::at)
    }
}

impl fmt::Display for SvcId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "service #{}", self.0)
    }
}

impl fmt::Display for RepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "replica #{}", self.0)
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "node #{}", self.0)
    }
}
