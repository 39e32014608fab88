//! Reads `i18n/en.ftl` at build time into what the text layer compiles in:
//!
//! - `KEYS`: every message key, sorted (byte order, as `str` compares). `say!` resolves its key to
//!   an index in it while compiling (`text::key`), so a key no catalog has fails the build and no
//!   key string is repeated at the places that say it.
//! - `EN_VALUES`: the English messages' texts in the same order, without the file's comments and
//!   keys, each as the catalog reader joins a message's lines. `Table::from_values` reads them.
//!
//! Only the file's shape is read here (what starts a message, what continues it); its messages are
//! read, and refused with their line, by `text::catalog`, which `tests/catalogs.rs` runs on the file.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let source_path = "i18n/en.ftl";
    println!("cargo:rerun-if-changed={source_path}");
    let source = std::fs::read_to_string(source_path).unwrap_or_else(|e| panic!("{source_path}: {e}"));
    let mut messages: Vec<(String, String)> = Vec::new();
    for (i, raw) in source.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if raw.starts_with(' ') {
            let Some((_, value)) = messages.last_mut() else { panic!("{source_path}:{}: an indented line continues no message", i + 1) };
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(raw.trim());
            continue;
        }
        let Some((key, value)) = raw.split_once('=') else { panic!("{source_path}:{}: expected `key = text`", i + 1) };
        messages.push((key.trim().to_string(), value.trim().to_string()));
    }
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(w) = messages.windows(2).find(|w| w[0].0 == w[1].0) {
        panic!("{source_path}: {} is defined twice", w[0].0);
    }
    // A key is its index as a u16 (text::Key).
    assert!(messages.len() < usize::from(u16::MAX), "{source_path}: more messages than a u16 counts");
    let mut out = String::new();
    writeln!(out, "/// Every message key of `i18n/en.ftl`, sorted.").unwrap();
    writeln!(out, "pub const KEYS: &[&str] = &[").unwrap();
    for (key, _) in &messages {
        writeln!(out, "    {key:?},").unwrap();
    }
    writeln!(out, "];").unwrap();
    // The texts, each ended by U+0001, which no text may contain.
    if let Some((key, _)) = messages.iter().find(|(_, v)| v.contains('\u{1}')) {
        panic!("{source_path}: {key} contains U+0001");
    }
    let values: String = messages.iter().map(|(_, v)| format!("{v}\u{1}")).collect();
    writeln!(out, "/// The English texts in the order of [`KEYS`], each ended by U+0001.").unwrap();
    writeln!(out, "pub const EN_VALUES: &str = {values:?};").unwrap();
    // Names the key list: a page and a file worker exchange messages by key index, so both must
    // have been built from the same catalog (the worker's greeting carries it).
    let fingerprint = messages.iter().flat_map(|(k, _)| k.bytes().chain([0])).fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    writeln!(out, "/// A fingerprint of [`KEYS`] (FNV-1a), different for any other list of keys.").unwrap();
    writeln!(out, "pub const CATALOG_ID: &str = \"{fingerprint:016x}\";").unwrap();
    writeln!(out, "/// [`CATALOG_ID`] as a number (`text::catalog::fingerprint` of [`KEYS`]).").unwrap();
    writeln!(out, "pub const CATALOG_HASH: u64 = {fingerprint:#x};").unwrap();
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("en_catalog.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
