//! The text layer: the core reports what happened as data ([`crate::cause::Cause`], trace kinds,
//! numbers); this module says it in words, in the user's language.
//!
//! Every sentence is a message in a catalog, `crates/hafen-core/i18n/<tag>.ftl` (see [`catalog`]),
//! named by a key written literally where it is said ([`say!`]), so a test can check that every
//! key the code names exists in every catalog, and that no catalog keeps a key nobody uses.
//! English is compiled in; German and Norwegian are read when chosen (the app fetches them; the
//! command line compiles them in) and must have exactly English's keys: they are matched by their
//! sorted order, and a file with other keys is refused as a whole.

pub mod advice;
pub mod catalog;
pub mod commands;
mod cause;
mod compose;
pub mod costs;
mod document;
mod events;
pub mod glossary;
mod labels;
/// Messages as data live on the ground floor ([`crate::message`]); kept here under their old path.
pub use crate::message;
pub mod story;
mod tell;
mod summary;
pub mod timings;

pub use cause::{cause, exit};
pub use compose::{note as compose_note, warning as compose_warning};
pub use document::link_error;
pub use events::{autoplay_caption, caption, fault, fault_on};
pub use labels::{operator_preset, palette_item, state};
pub use summary::{consequence, minutes, percent, readable, so_far, stopped_note};

use crate::locale::Lang;
use catalog::{Arg, Catalog, CatalogError, Table};
use std::sync::OnceLock;

pub use crate::message::{key, Key, CATALOG_HASH, CATALOG_ID, KEYS};

/// What a table of the text layer gives `id` (a timing, a price table): every id the core asks
/// about has its messages, or a test fails; a missing one is a bug in this layer, not a user's
/// input, and stops loudly.
pub(crate) fn entry<T: Copy>(table: &[(&str, T)], id: &str) -> T {
    match table.iter().find(|(k, _)| *k == id) {
        Some(&(_, messages)) => messages,
        None => panic!("the text layer has no words for {id}"),
    }
}

/// The English messages, read once.
fn english() -> &'static Table {
    static EN: OnceLock<Table> = OnceLock::new();
    EN.get_or_init(|| match Table::from_values(crate::message::EN_VALUES.split_terminator('\u{1}')) {
        Ok(c) => c,
        // A test reads the file; a broken English catalog never ships.
        Err(e) => panic!("i18n/en.ftl: {e}"),
    })
}

/// What the text layer says things with: a language and its catalog, English where it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    lang: Lang,
    /// The language's own messages (none for English).
    own: Option<Table>,
}

/// English.
pub const EN: Words = Words { lang: Lang::EN, own: None };

impl Default for Words {
    fn default() -> Self {
        EN
    }
}

impl Words {
    /// `lang`'s words from its catalog file's text, which must have the keys of the English
    /// compiled in, no more, no fewer (`tests/catalogs.rs` holds the files to that).
    pub fn read(lang: Lang, source: &str) -> Result<Words, CatalogError> {
        if lang == Lang::EN {
            return Ok(EN);
        }
        Ok(Words { lang, own: Some(Catalog::parse(lang, source)?.table(CATALOG_HASH)?) })
    }

    /// English with only the messages named `keys`, every other one empty: what the first
    /// paint's build compiles in (feature `first-paint`), for the test that holds its list whole.
    #[doc(hidden)]
    pub fn english_only(keys: &[&str]) -> Words {
        let values = crate::message::EN_VALUES.split_terminator('\u{1}').zip(crate::message::KEYS).map(|(v, k)| if keys.contains(k) { v } else { "" });
        Words { lang: Lang::EN, own: Some(Table::from_values(values).unwrap_or_else(|e| panic!("i18n/en.ftl: {e}"))) }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Message `key` with `args`, in this language, else in English.
    pub fn say(&self, key: Key, args: &[(&str, Arg)]) -> String {
        let index = usize::from(key.0);
        if let Some(text) = self.own.as_ref().and_then(|c| c.format_in(self.lang, index, args)) {
            return text;
        }
        match english().format_in(self.lang, index, args) {
            Some(text) => text,
            // Every key is resolved against en.ftl while compiling.
            None => unreachable!("no message {index} in the compiled English catalog"),
        }
    }

    /// A whole number in this language ("1.234").
    pub fn count(&self, n: u64) -> String {
        self.lang.number(n as f64, 0)
    }

    /// A number with `decimals` digits after the separator.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        self.lang.number(x, decimals)
    }

    /// A percentage, given in percent, as Hafen writes it in every language: with a no-break
    /// space before `%` ("99.95 %", "99,95 %"), as German and Norwegian write it in CLDR and as
    /// English Hafen always has (CLDR's English writes none, [`Lang::percent`]).
    pub fn percent(&self, pct: f64, decimals: usize) -> String {
        format!("{}\u{a0}%", self.lang.number(pct, decimals))
    }

    /// A duration ("5,1 s").
    pub fn duration(&self, d: crate::time::SimDuration) -> String {
        self.lang.duration(d)
    }
}

/// `say!(words, "key", name = value, …)`: message `key` with its variables. The key is a literal,
/// resolved while compiling (a key `i18n/en.ftl` lacks does not build), and the catalog tests find
/// it in the sources; values are anything [`catalog::Said`] (names, counts, durations; borrowed for the call).
#[macro_export]
macro_rules! say {
    ($w:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $w.say(const { $crate::text::key($key) }, &[$((stringify!($name), $crate::text::catalog::Said::arg(&$value))),*])
    };
}
