//! Reads `i18n/en.ftl` at build time into what the text layer compiles in:
//!
//! - `KEYS`: every message key, sorted (byte order, as `str` compares). `say!` resolves its key to
//!   an index in it while compiling (`text::key`), so a key no catalog has fails the build and no
//!   key string is repeated at the places that say it.
//! - `EN_VALUES`: the English messages' texts in the same order, without the file's comments and
//!   keys, each as the catalog reader joins a message's lines. `Table::from_values` reads them.
//!
//! - `LISTED` (`languages.rs`): the rows of `locale::LANGUAGES` that have a catalog in `i18n/`.
//!   The table is read from `src/locale/languages.rs` itself; a catalog without a row, or a row
//!   (other than a pseudo-locale, which the page's build makes from `en.ftl`) without a catalog,
//!   fails the build. `catalogs.rs` holds those catalogs' texts for the command line.
//!
//! Only the file's shape is read here (what starts a message, what continues it); its messages are
//! read, and refused with their line, by `text::catalog`, which `tests/catalogs.rs` runs on the file.

use std::fmt::Write as _;
use std::path::PathBuf;

#[allow(dead_code)]
mod languages {
    include!("src/locale/languages.rs");
}

/// `LISTED` and the command line's catalogs, from the table and the catalogs in `i18n/`.
fn languages(out: &std::path::Path) {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=src/locale/languages.rs");
    let mut present: Vec<String> = std::fs::read_dir("i18n")
        .unwrap_or_else(|e| panic!("i18n/: {e}"))
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".ftl")).map(str::to_string))
        .collect();
    present.sort();
    let rows = languages::LANGUAGES;
    assert!(rows.first().is_some_and(|l| l.tag == "en" && !l.pseudo), "src/locale/languages.rs: English must be the first row (it is compiled in)");
    for tag in &present {
        match rows.iter().find(|l| l.tag == tag) {
            None => panic!("i18n/{tag}.ftl has no row in src/locale/languages.rs (LANGUAGES): add one (see its doc comment)"),
            Some(l) if l.pseudo => panic!("i18n/{tag}.ftl: {tag} is a pseudo-locale, made by the build from en.ftl; delete the file"),
            Some(_) => {}
        }
    }
    for l in rows.iter().filter(|l| !l.pseudo) {
        assert!(present.iter().any(|t| t == l.tag), "src/locale/languages.rs has a row for {} but i18n/ no {}.ftl: add the catalog or remove the row", l.tag, l.tag);
    }
    for (i, l) in rows.iter().enumerate() {
        assert!(rows[..i].iter().all(|o| !o.tag.eq_ignore_ascii_case(l.tag)), "src/locale/languages.rs: {} has two rows", l.tag);
    }
    assert!(rows.len() < 256, "more languages than a u8 counts");
    let listed: Vec<usize> = rows.iter().enumerate().filter(|(_, l)| !l.pseudo).map(|(i, _)| i).collect();
    let text = format!(
        "/// The rows of [`LANGUAGES`] with a catalog in `i18n/`, in the table's order.\nconst LISTED: [u8; {}] = {listed:?};\n",
        listed.len()
    );
    std::fs::write(out.join("languages.rs"), text).unwrap_or_else(|e| panic!("languages.rs: {e}"));
    let dir = std::fs::canonicalize("i18n").unwrap_or_else(|e| panic!("i18n/: {e}"));
    let mut cli = format!("/// Each language's tag and catalog, in [`Lang::ALL`]'s order.\npub const CATALOGS: [(&str, &str); {}] = [\n", listed.len());
    for &i in &listed {
        writeln!(cli, "    ({:?}, include_str!({:?})),", rows[i].tag, dir.join(format!("{}.ftl", rows[i].tag))).unwrap();
    }
    cli.push_str("];\n");
    std::fs::write(out.join("catalogs.rs"), cli).unwrap_or_else(|e| panic!("catalogs.rs: {e}"));
}

fn main() {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    languages(&out_dir);
    let source_path = "i18n/en.ftl";
    println!("cargo:rerun-if-changed={source_path}");
    let source = std::fs::read_to_string(source_path).unwrap_or_else(|e| panic!("{source_path}: {e}"));
    let mut messages: Vec<(String, String)> = Vec::new();
    // Terms (`-name = …`) hold the page around the app (index.html): not compiled in.
    let mut term = false;
    for (i, raw) in source.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if !raw.starts_with(' ') {
            term = raw.starts_with('-');
        }
        if term {
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
    // The first paint's build (feature `first-paint`) carries only the texts it says: the others
    // are empty, their keys kept in place (`first-paint.keys`; `tests/first_paint.rs` in the app
    // checks the list is whole).
    let only: Option<Vec<String>> = std::env::var_os("CARGO_FEATURE_FIRST_PAINT").map(|_| {
        println!("cargo:rerun-if-changed=first-paint.keys");
        let list = std::fs::read_to_string("first-paint.keys").unwrap_or_else(|e| panic!("first-paint.keys: {e}"));
        let keys: Vec<String> = list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect();
        if let Some(k) = keys.iter().find(|k| !messages.iter().any(|(m, _)| m == *k)) {
            panic!("first-paint.keys: i18n/en.ftl has no message {k}");
        }
        keys
    });
    let values: String = messages.iter().map(|(k, v)| if only.as_ref().is_some_and(|o| !o.contains(k)) { "\u{1}".to_string() } else { format!("{v}\u{1}") }).collect();
    writeln!(out, "/// The English texts in the order of [`KEYS`], each ended by U+0001.").unwrap();
    writeln!(out, "pub const EN_VALUES: &str = {values:?};").unwrap();
    // Names the key list: a page and a file worker exchange messages by key index, so both must
    // have been built from the same catalog (the worker's greeting carries it).
    let fingerprint = messages.iter().flat_map(|(k, _)| k.bytes().chain([0])).fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    writeln!(out, "/// A fingerprint of [`KEYS`] (FNV-1a), different for any other list of keys.").unwrap();
    writeln!(out, "pub const CATALOG_ID: &str = \"{fingerprint:016x}\";").unwrap();
    writeln!(out, "/// [`CATALOG_ID`] as a number (`text::catalog::fingerprint` of [`KEYS`]).").unwrap();
    writeln!(out, "pub const CATALOG_HASH: u64 = {fingerprint:#x};").unwrap();
    let dest = out_dir.join("en_catalog.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
