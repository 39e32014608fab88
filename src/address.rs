//! The parts of a page address's `#…`: the document (`#2.…`) and a story's step (`&step=3`), read
//! by the page's opening (`persist`) and by the presenter (`presenting`) alike.

/// The document part of an address's `#…` (before `&step=`), if there is one.
pub fn document_part(hash: &str) -> Option<&str> {
    hash.trim_start_matches('#').split('&').next().filter(|h| !h.is_empty() && !h.starts_with("step="))
}

/// The step the address names (`#step=3`, counted from 1), as an index.
pub fn step_from_hash(hash: &str) -> Option<usize> {
    hash.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix("step=")).and_then(|n| n.parse::<usize>().ok()).and_then(|n| n.checked_sub(1))
}
