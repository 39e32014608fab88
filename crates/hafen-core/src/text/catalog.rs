//! Message catalogs: one file per language (`crates/hafen-core/i18n/<tag>.ftl`) in a subset of
//! Project Fluent's syntax, so the files open in Fluent's tools and translators know the format.
//!
//! Read here: comments (`#`), messages `key = text`, a value continued on indented lines (the
//! closing `}` of a selection too),
//! variables `{ $name }`, and plural selection
//!
//! ```text
//! nodes = { $count ->
//!         [one] one node
//!        *[other] { $count } nodes
//!     }
//! ```
//!
//! by the catalog's language's CLDR cardinal categories (`zero`, `one`, `two`, `few`, `many`,
//! `other`: the rule in its row of [`crate::locale::LANGUAGES`]) or exact values (`[0]`). Numbers given to a message are
//! written in the catalog's language ([`crate::locale::Lang::number`]). Nothing else of Fluent
//! (attributes, functions, references to terms) is read: a file that uses it is refused with its
//! line. Terms (`-page-loading = …`) are skipped: they hold the page around the app, which the build
//! writes into `index.html` (`scripts/languages.mjs`).

use crate::locale::Lang;
use crate::time::{SimDuration, SimTime};
use std::fmt;

/// A part of a message.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    /// Text as written.
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $name -> [one] … *[other] … }`: the variants and which one is the default.
    Select { var: String, variants: Vec<(String, Vec<Part>)>, default: usize },
}

/// One language's messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    /// Its language (numbers and plural rules).
    pub lang: Lang,
    /// The messages sorted by key, each key once.
    messages: Vec<(String, Vec<Part>)>,
}

/// A value given to a message, borrowed for the call.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text, as it is (a name from the user's document, or a part said before).
    Text(&'a str),
    /// A whole number (selects plurals; written with the language's grouping).
    Count(u64),
    /// A number with this many decimals.
    Number(f64, usize),
    /// A number with the decimals it has (`12.5`, `100`), up to Rust's shortest round trip.
    Amount(f64),
    /// A duration, in SI symbols with the language's decimal separator ("5,1 s").
    Duration(SimDuration),
    /// A point in the run, as a clock ("01:30").
    Clock(SimTime),
}

/// What can be given to a message as a value ([`crate::say!`] takes a reference to each).
pub trait Said {
    /// The value as an argument.
    fn arg(&self) -> Arg<'_>;
}

impl Said for str {
    fn arg(&self) -> Arg<'_> {
        Arg::Text(self)
    }
}
impl Said for String {
    fn arg(&self) -> Arg<'_> {
        Arg::Text(self)
    }
}
impl<T: Said + ?Sized> Said for &T {
    fn arg(&self) -> Arg<'_> {
        (**self).arg()
    }
}
impl Said for Arg<'_> {
    fn arg(&self) -> Arg<'_> {
        *self
    }
}
impl Said for f64 {
    fn arg(&self) -> Arg<'_> {
        Arg::Amount(*self)
    }
}
impl Said for SimDuration {
    fn arg(&self) -> Arg<'_> {
        Arg::Duration(*self)
    }
}
impl Said for SimTime {
    fn arg(&self) -> Arg<'_> {
        Arg::Clock(*self)
    }
}
macro_rules! said_count {
    ($($t:ty),*) => {$(
        impl Said for $t {
            fn arg(&self) -> Arg<'_> {
                Arg::Count(*self as u64)
            }
        }
    )*};
}
said_count!(u8, u16, u32, u64, usize);

/// Why a catalog file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return f.write_str(&self.message);
        }
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn fail(line: usize, message: impl Into<String>) -> CatalogError {
    CatalogError { line, message: message.into() }
}

/// Whether `key` is a message identifier: a letter, then letters, digits, `-` and `_`.
fn is_key(key: &str) -> bool {
    key.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Catalog {
    /// Reads a catalog file in language `lang`.
    pub fn parse(lang: Lang, source: &str) -> Result<Catalog, CatalogError> {
        // Each message's key, first line and value text (continuation lines joined by "\n").
        let mut entries: Vec<(String, usize, String)> = Vec::new();
        let mut term = false;
        for (i, raw) in source.lines().enumerate() {
            let n = i + 1;
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
                let Some((_, _, value)) = entries.last_mut() else { return Err(fail(n, "an indented line continues a message, but none started")) };
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(raw.trim());
                continue;
            }
            let Some((key, value)) = raw.split_once('=') else { return Err(fail(n, "expected `key = text`")) };
            let key = key.trim();
            if !is_key(key) {
                return Err(fail(n, format!("\"{key}\" is not a message key (letters, digits, - and _; terms and attributes are not read)")));
            }
            entries.push((key.to_string(), n, value.trim().to_string()));
        }
        // Sorted by key (stable: a key defined twice is refused at its second line).
        crate::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        if let Some(w) = entries.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(fail(w[1].1, format!("{} is defined twice", w[1].0)));
        }
        let mut messages = Vec::with_capacity(entries.len());
        for (key, line, value) in entries {
            if value.is_empty() {
                return Err(fail(line, format!("{key} has no text")));
            }
            let parts = pattern(&value, line)?;
            messages.push((key, parts));
        }
        Ok(Catalog { lang, messages })
    }

    /// Its messages in the order of their keys, if its keys are exactly those that `fingerprint`
    /// names ([`fingerprint`] of the compiled keys: a page knows its keys by their place, not their
    /// names). Else an error saying the file belongs to another version of Hafen.
    pub fn table(self, fingerprint: u64) -> Result<Table, CatalogError> {
        if self::fingerprint(self.keys()) != fingerprint {
            return Err(fail(0, "its messages are not the ones this version of Hafen says"));
        }
        Ok(Table(self.messages.into_iter().map(|(_, parts)| parts).collect()))
    }

    /// The keys, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| k.as_str())
    }

    /// Whether it has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The variables a message uses, sorted, each once.
    pub fn variables(&self, key: &str) -> Vec<String> {
        fn walk(parts: &[Part], out: &mut Vec<String>) {
            for p in parts {
                match p {
                    Part::Text(_) => {}
                    Part::Var(v) => out.push(v.clone()),
                    Part::Select { var, variants, .. } => {
                        out.push(var.clone());
                        for (_, v) in variants {
                            walk(v, out);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(parts) = self.get(key) {
            walk(parts, &mut out);
        }
        crate::order::sort_by(&mut out, |a, b| a.cmp(b));
        out.dedup();
        out
    }

    /// The message `key` with `args`; `None` if the catalog has no such message (the caller falls
    /// back to English). A variable not given is written `{$name}`, visibly.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_in(self.lang, key, args)
    }

    /// The message `key` with numbers written in `lang` (English's message in a German page
    /// still writes `1.234,5`).
    pub fn format_in(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let parts = self.get(key)?;
        let mut out = String::new();
        write(lang, parts, args, &mut out);
        Some(out)
    }

    /// The parts of message `key`.
    fn get(&self, key: &str) -> Option<&[Part]> {
        self.messages.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok().map(|i| self.messages[i].1.as_slice())
    }
}

/// A fingerprint of a list of keys (FNV-1a over each key and a 0 byte), different for any other
/// list; `build.rs` computes the compiled keys' ([`super::CATALOG_ID`]).
pub fn fingerprint<'a>(keys: impl IntoIterator<Item = &'a str>) -> u64 {
    keys.into_iter().flat_map(|k| k.bytes().chain([0])).fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// One language's messages by their place in the sorted list of keys ([`super::Key`]): what the
/// text layer says with, without the keys' names.
#[derive(Clone, Debug, PartialEq)]
pub struct Table(Vec<Vec<Part>>);

impl Table {
    /// A table from its texts in the order of their keys, each as [`Catalog::parse`] joins a
    /// message's lines (the English compiled in: `build.rs` reads `i18n/en.ftl` into them). An
    /// error's line is the message's place in the list, from 1.
    pub fn from_values<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<Table, CatalogError> {
        values.into_iter().enumerate().map(|(i, value)| pattern(value, i + 1)).collect::<Result<_, _>>().map(Table)
    }

    /// The message at place `index` with `args`, its numbers written in `lang`; `None` past the end.
    pub fn format_in(&self, lang: Lang, index: usize, args: &[(&str, Arg)]) -> Option<String> {
        let parts = self.0.get(index)?;
        let mut out = String::new();
        write(lang, parts, args, &mut out);
        Some(out)
    }
}

fn write(lang: Lang, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Var(v) => match arg(v) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Count(c)) => out.push_str(&lang.number(*c as f64, 0)),
                Some(Arg::Number(x, d)) => out.push_str(&lang.number(*x, *d)),
                Some(Arg::Amount(x)) => out.push_str(&lang.amount(*x)),
                Some(Arg::Duration(d)) => out.push_str(&lang.duration(*d)),
                Some(Arg::Clock(t)) => out.push_str(&t.clock()),
                None => {
                    out.push_str("{$");
                    out.push_str(v);
                    out.push('}');
                }
            },
            Part::Select { var, variants, default } => {
                let chosen = match arg(var) {
                    Some(Arg::Count(c)) => {
                        let exact = c.to_string();
                        let category = lang.plural(*c);
                        variants.iter().position(|(k, _)| *k == exact).or_else(|| variants.iter().position(|(k, _)| k == category))
                    }
                    Some(Arg::Text(t)) => variants.iter().position(|(k, _)| k == t),
                    _ => None,
                };
                write(lang, &variants[chosen.unwrap_or(*default)].1, args, out);
            }
        }
    }
}

/// A message's text read into parts (`line`: where it starts, for errors).
fn pattern(text: &str, line: usize) -> Result<Vec<Part>, CatalogError> {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            None => {
                parts.push(Part::Text(rest.to_string()));
                break;
            }
            Some(i) if rest.as_bytes()[i] == b'}' => return Err(fail(line, "a `}` without its `{`")),
            Some(i) => {
                if i > 0 {
                    parts.push(Part::Text(rest[..i].to_string()));
                }
                let end = closing(&rest[i..]).ok_or_else(|| fail(line, "a `{` without its `}`"))? + i;
                parts.push(placeable(rest[i + 1..end].trim(), line)?);
                rest = &rest[end + 1..];
            }
        }
    }
    Ok(parts)
}

/// The index of the `}` closing the `{` at the start of `s` (braces inside a string literal,
/// `{ "{" }`, are text).
fn closing(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn variable(s: &str, line: usize) -> Result<String, CatalogError> {
    match s.strip_prefix('$') {
        Some(v) if is_key(v) => Ok(v.to_string()),
        _ => Err(fail(line, format!("`{{ {s} }}`: only variables (`{{ $name }}`) and plural selection are read"))),
    }
}

/// What is inside `{ … }`.
fn placeable(inner: &str, line: usize) -> Result<Part, CatalogError> {
    // A string literal, `{ " + " }` or `{ "" }`: text with the spaces at its ends kept (Fluent
    // trims them around a line's text). No escapes are read.
    if let Some(text) = inner.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        if text.contains(['"', '\\']) {
            return Err(fail(line, "a string literal with a quote or backslash inside is not read"));
        }
        return Ok(Part::Text(text.to_string()));
    }
    let Some((var, variants)) = inner.split_once("->") else { return Ok(Part::Var(variable(inner, line)?)) };
    let var = variable(var.trim(), line)?;
    // Variants: `[key] text` or `*[key] text`, each from its `[` to the next variant's start.
    let mut list = Vec::new();
    let mut default = None;
    let mut rest = variants.trim();
    while !rest.is_empty() {
        let star = rest.starts_with('*');
        let body = rest.trim_start_matches('*');
        let Some(close) = body.strip_prefix('[').and_then(|b| b.find(']')) else { return Err(fail(line, "a variant starts with [key] or *[key]")) };
        let key = body[1..=close].trim().to_string();
        let after = &body[close + 2..];
        // The variant's text runs to the next line that starts a variant.
        let mut end = after.len();
        let mut from = 0;
        while let Some(nl) = after[from..].find('\n') {
            let next = after[from + nl + 1..].trim_start();
            if next.starts_with('[') || next.starts_with("*[") {
                end = from + nl;
                break;
            }
            from += nl + 1;
        }
        if star {
            if default.is_some() {
                return Err(fail(line, "two default variants (*[…])"));
            }
            default = Some(list.len());
        }
        list.push((key, pattern(after[..end].trim(), line)?));
        rest = after[end..].trim();
    }
    let default = default.ok_or_else(|| fail(line, "a selection needs a default variant, *[other]"))?;
    Ok(Part::Select { var, variants: list, default })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DE: &str = "# Kommentar\nnodes = { $count ->\n    [one] ein Knoten\n   *[other] { $count } Knoten\n  }\ngreeting = Hallo, { $name }!\nlong =\n    Erste Zeile\n    zweite Zeile\n";

    #[test]
    fn messages_variables_plurals_and_continued_lines() {
        let c = Catalog::parse(Lang::from_tag("de").expect("de"), DE).expect("reads");
        assert_eq!(c.keys().collect::<Vec<_>>(), ["greeting", "long", "nodes"]);
        assert_eq!(c.format("nodes", &[("count", Arg::Count(1))]).as_deref(), Some("ein Knoten"));
        assert_eq!(c.format("nodes", &[("count", Arg::Count(1500))]).as_deref(), Some("1.500 Knoten"));
        assert_eq!(c.format("greeting", &[("name", Arg::Text("<b>Kari</b>"))]).as_deref(), Some("Hallo, <b>Kari</b>!"));
        assert_eq!(c.format("greeting", &[]).as_deref(), Some("Hallo, {$name}!"));
        assert_eq!(c.format("long", &[]).as_deref(), Some("Erste Zeile\nzweite Zeile"));
        assert_eq!(c.format("missing", &[]), None);
        assert_eq!(c.variables("nodes"), ["count"]);
        let nb = Catalog::parse(Lang::from_tag("nb").expect("nb"), "share = { $p } %").expect("reads");
        assert_eq!(nb.format("share", &[("p", Arg::Number(99.95, 2))]).as_deref(), Some("99,95 %"));
        let en = Catalog::parse(Lang::EN, "gpu = nodes{ $n ->\n    [0] {\"\"}\n   *[other] { \" + \" }{ $n } GPU\n  }\n").expect("reads");
        assert_eq!(en.format("gpu", &[("n", Arg::Count(0))]).as_deref(), Some("nodes"));
        assert_eq!(en.format("gpu", &[("n", Arg::Count(2))]).as_deref(), Some("nodes + 2 GPU"));
        let term = Catalog::parse(Lang::EN, "-page = the page's\n    own\nb = c\n").expect("reads");
        assert_eq!(term.keys().collect::<Vec<_>>(), ["b"], "terms are skipped");
        let braces = Catalog::parse(Lang::EN, "event = e.g. { \"{\" } at: 60s { \"}\" }").expect("reads");
        assert_eq!(braces.format("event", &[]).as_deref(), Some("e.g. { at: 60s }"));
    }

    #[test]
    fn what_the_reader_does_not_read_is_refused_with_its_line() {
        let cases = [
            ("a = b\na = c\n", 2, "defined twice"),
            ("-brand = Hafen\na = { -brand }\n", 2, "only variables"),
            ("a b = c\n", 1, "not a message key"),
            ("a = { -brand }\n", 1, "only variables"),
            ("a = { NUMBER($n) }\n", 1, "only variables"),
            ("a = open { $x\n", 1, "without its `}`"),
            ("a = close }\n", 1, "without its `{`"),
            ("  orphan\n", 1, "none started"),
            ("a = { $n ->\n  [one] x\n  [other] y\n  }\n", 1, "default variant"),
            ("a =\n", 1, "no text"),
            ("just text\n", 1, "key = text"),
        ];
        for (source, line, message) in cases {
            let e = Catalog::parse(Lang::EN, source).expect_err(source);
            assert_eq!(e.line, line, "{source:?}: {e}");
            assert!(e.message.contains(message), "{source:?}: {e}");
        }
    }
}
