//! A set kept as a sorted vector, for the engine's indexes that change only when a replica is
//! created, bound or removed (replicas of a service, of a node, waiting for a node; free slots):
//! new replicas get the next number, so most insertions append. It answers first, last and
//! everything below a bound by binary search, and costs a few hundred bytes of wasm where a B-tree
//! per key type cost ~4.5 KB gzipped each (measured; five of them added 26 KB).
//!
//! Insertion and removal in the middle shift the tail (O(n) moves of a few bytes). The sets that
//! change with every crash and restart are B-trees instead (`world.rs`, `Keys`): as sorted vectors
//! they made the worst inputs up to 3.6x slower (`examples/worst.rs`).

/// A set of `T` in increasing order, without duplicates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord + Copy> SortedSet<T> {
    /// Adds `x`; false if it was there already. O(1) when `x` is the largest so far.
    pub fn insert(&mut self, x: T) -> bool {
        if self.0.last().is_none_or(|&l| l < x) {
            self.0.push(x);
            return true;
        }
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, x);
                true
            }
        }
    }

    /// Removes `x`; false if it was not there.
    pub fn remove(&mut self, x: &T) -> bool {
        match self.0.binary_search(x) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.0.first()
    }

    pub fn last(&self) -> Option<&T> {
        self.0.last()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every member, in increasing order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The members below `bound`, in increasing order.
    pub fn below(&self, bound: &T) -> &[T] {
        &self.0[..self.0.partition_point(|x| x < bound)]
    }
}

impl<T: Ord + Copy> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for x in items {
            self.insert(x);
        }
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sorted_set_keeps_order_and_answers_ranges() {
        let mut s = SortedSet::default();
        for x in [5u32, 1, 9, 3, 9, 7] {
            s.insert(x);
        }
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 3, 5, 7, 9]);
        assert!(!s.insert(3));
        assert!(s.remove(&3));
        assert!(!s.remove(&3));
        assert_eq!(s.below(&7), [1, 5]);
        assert_eq!((s.first(), s.last()), (Some(&1), Some(&9)));
        let mut t = SortedSet::default();
        t.extend([2u32, 1, 2, 0]);
        assert_eq!(t.iter().copied().collect::<Vec<_>>(), [0, 1, 2]);
    }
}
