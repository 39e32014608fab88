//! The text layer: the core reports what happened as data ([`crate::cause::Cause`], trace kinds,
//! numbers); this module says it in words, in the user's language.
//!
//! Every sentence is a message in a catalog, `crates/hafen-core/i18n/<tag>.ftl` (see [`catalog`]),
//! named by a key written literally where it is said ([`say!`]), so a test can check that every
//! key the code names exists in every catalog, and that no catalog keeps a key nobody uses.
//! English is compiled in and is the fallback; German and Norwegian are read when chosen (the app
//! fetches them; the command line compiles them in).

pub mod catalog;
mod cause;
pub mod en;
mod labels;
mod summary;

pub use cause::{cause, exit};
pub use labels::{operator_preset, palette_item, state};
pub use summary::{consequence, percent, so_far, stopped_note};

use crate::locale::Lang;
use catalog::{Arg, Catalog, CatalogError};
use std::sync::OnceLock;

/// The English catalog's source.
const ENGLISH_SOURCE: &str = include_str!("../../i18n/en.ftl");

/// The English catalog, read once.
fn english() -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    EN.get_or_init(|| match Catalog::parse(Lang::En, ENGLISH_SOURCE) {
        Ok(c) => c,
        // A test reads the file; a broken English catalog never ships.
        Err(e) => panic!("i18n/en.ftl: {e}"),
    })
}

/// What the text layer says things with: a language and its catalog, English where it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    lang: Lang,
    /// The language's own catalog (none for English).
    own: Option<Catalog>,
}

/// English.
pub const EN: Words = Words { lang: Lang::En, own: None };

impl Default for Words {
    fn default() -> Self {
        EN
    }
}

impl Words {
    /// `lang`'s words from its catalog file's text.
    pub fn read(lang: Lang, source: &str) -> Result<Words, CatalogError> {
        if lang == Lang::En {
            return Ok(EN);
        }
        Ok(Words { lang, own: Some(Catalog::parse(lang, source)?) })
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Message `key` with `args`, in this language, else in English. A key English lacks is a bug
    /// the catalog tests catch; it is shown as the key itself rather than as nothing.
    pub fn say(&self, key: &str, args: &[(&str, Arg)]) -> String {
        if let Some(text) = self.own.as_ref().and_then(|c| c.format(key, args)) {
            return text;
        }
        match english().format_in(self.lang, key, args) {
            Some(text) => text,
            None => {
                debug_assert!(false, "no message {key} in i18n/en.ftl");
                key.to_string()
            }
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

    /// A percentage, given in percent, as Hafen writes it: English with the space it has always
    /// written before `%` ("99.95 %"), German and Norwegian as CLDR does ("99,95 %", a no-break
    /// space).
    pub fn percent(&self, pct: f64, decimals: usize) -> String {
        match self.lang {
            Lang::En => format!("{} %", self.lang.number(pct, decimals)),
            Lang::De | Lang::Nb => self.lang.percent(pct, decimals),
        }
    }

    /// A duration ("5,1 s").
    pub fn duration(&self, d: crate::time::SimDuration) -> String {
        self.lang.duration(d)
    }
}

/// `say!(words, "key", name = value, …)`: message `key` with its variables. The key is a literal,
/// so the catalog tests find it; values are anything [`catalog::Said`] (names, counts, durations; borrowed for the call).
#[macro_export]
macro_rules! say {
    ($w:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $w.say($key, &[$((stringify!($name), $crate::text::catalog::Said::arg(&$value))),*])
    };
}
