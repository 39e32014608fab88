//! One stable sort for the whole crate and the app. `slice::sort_by_key` is instantiated once per
//! element type and closure (each copy ~3.4 KB of wasm: ten of them were 30 KB of the page); this
//! one sorts positions with a comparison behind a `dyn`, so its merge sort exists once and each
//! caller adds only a few hundred bytes. Same result as the standard library's stable sort: equal
//! elements keep their order (the engine's determinism relies on that).

use std::cmp::Ordering;

/// The positions `0..len` in the stable order `cmp` gives (merge sort, O(n log n)).
fn stable_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut buf = vec![0usize; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when strictly less: ties keep their order.
                if cmp(order[j], order[i]) == Ordering::Less {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&order[j..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buf);
        width *= 2;
    }
    order
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// Sorts `v` stably by the key `key` gives each element.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_librarys_stable_sort() {
        let mut rng = crate::rng::SplitMix64::new(7);
        for len in [0usize, 1, 2, 3, 5, 8, 13, 64, 100, 257] {
            let v: Vec<(u64, usize)> = (0..len).map(|i| (rng.next_u64() % 7, i)).collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "length {len}");
        }
    }
}
