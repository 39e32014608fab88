// The languages Hafen speaks, one row each, and the plural rules they choose with. This file is
// read twice: as `locale::languages` by the crate, and by `build.rs` (`include!`), which checks
// the rows against the catalogs in `i18n/` and fails the build when a catalog has no row or a row
// no catalog. So it names nothing outside itself.

/// A condition of a plural rule on a whole number `i`: `i % modulo` (`i` itself when `modulo` is
/// 0) is in `lo..=hi` (`is`), or is not (`!is`). CLDR writes them `i % 10 = 2..4`, `i != 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Test {
    /// The modulus (0: none).
    pub modulo: u32,
    /// The range's first value.
    pub lo: u32,
    /// The range's last value.
    pub hi: u32,
    /// Whether the value must be in the range (CLDR's `=`) or outside it (`!=`).
    pub is: bool,
}

const fn is(modulo: u32, lo: u32, hi: u32) -> Test {
    Test { modulo, lo, hi, is: true }
}

const fn not(modulo: u32, lo: u32, hi: u32) -> Test {
    Test { modulo, lo, hi, is: false }
}

/// A language's cardinal plural rule for whole numbers (the only numbers a catalog selects by,
/// `Arg::Count`): its categories in CLDR's order, each with the conditions that all hold (a
/// category CLDR gives with `or` is listed once per alternative). The first that holds wins; a
/// number none holds for is `other`.
pub type Plural = &'static [(&'static str, &'static [Test])];

/// The Unicode CLDR's cardinal plural rules (version 48, `common/supplemental/plurals.xml`,
/// <https://www.unicode.org/cldr/charts/48/supplemental/language_plural_rules.html>), their whole
/// numbers' part (CLDR's `v = 0`; the rules for numbers with decimals and the compact exponent `e`
/// never apply: a message selects by a count). `locale::tests` checks each against
/// `Intl.PluralRules` of ICU 78 for 0–200 and millions. A language not listed needs its rule
/// copied from that chart.
pub mod plural {
    use super::{is, not, Plural};

    /// English, German, Dutch, Swedish, Danish, Norwegian Bokmål and Nynorsk, Finnish, Estonian,
    /// Greek, Hungarian, Turkish, …: `one: i = 1 and v = 0` (`n = 1` in nb, da: the same for whole
    /// numbers).
    pub const ONE: Plural = &[("one", &[is(0, 1, 1)])];
    /// French: `one: i = 0,1`; `many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0`.
    pub const FRENCH: Plural = &[("one", &[is(0, 0, 1)]), ("many", &[not(0, 0, 0), is(1_000_000, 0, 0)])];
    /// Portuguese: as French.
    pub const PORTUGUESE: Plural = FRENCH;
    /// Spanish, Italian, Catalan: `one: n = 1` (it: `i = 1 and v = 0`); `many` as French.
    pub const SPANISH: Plural = &[("one", &[is(0, 1, 1)]), ("many", &[not(0, 0, 0), is(1_000_000, 0, 0)])];
    /// Polish: `one: i = 1 and v = 0`; `few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14`;
    /// `many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14`.
    pub const POLISH: Plural = &[
        ("one", &[is(0, 1, 1)]),
        ("few", &[is(10, 2, 4), not(100, 12, 14)]),
        ("many", &[not(0, 1, 1), is(10, 0, 1)]),
        ("many", &[is(10, 5, 9)]),
        ("many", &[is(100, 12, 14)]),
    ];
    /// Russian, Ukrainian, Belarusian: `one: v = 0 and i % 10 = 1 and i % 100 != 11`;
    /// `few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14`;
    /// `many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14`.
    pub const RUSSIAN: Plural = &[
        ("one", &[is(10, 1, 1), not(100, 11, 11)]),
        ("few", &[is(10, 2, 4), not(100, 12, 14)]),
        ("many", &[is(10, 0, 0)]),
        ("many", &[is(10, 5, 9)]),
        ("many", &[is(100, 11, 14)]),
    ];
    /// Czech, Slovak: `one: i = 1 and v = 0`; `few: i = 2..4 and v = 0` (`many` is for decimals).
    pub const CZECH: Plural = &[("one", &[is(0, 1, 1)]), ("few", &[is(0, 2, 4)])];
    /// Arabic: `zero: n = 0`; `one: n = 1`; `two: n = 2`; `few: n % 100 = 3..10`; `many: n % 100 = 11..99`.
    pub const ARABIC: Plural = &[("zero", &[is(0, 0, 0)]), ("one", &[is(0, 1, 1)]), ("two", &[is(0, 2, 2)]), ("few", &[is(100, 3, 10)]), ("many", &[is(100, 11, 99)])];
    /// Japanese, Chinese, Korean, Vietnamese, Thai, Indonesian: no categories but `other`.
    pub const NONE: Plural = &[];
}

/// How a language is spoken and written: one row of [`LANGUAGES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag (`<html lang>`, `?lang=`, `--lang`); its catalog is `i18n/<tag>.ftl`.
    pub tag: &'static str,
    /// Its name in itself, for the language menu.
    pub endonym: &'static str,
    /// Other primary language subtags a browser may ask for it by (`no`, `nn` for Bokmål).
    pub asked_as: &'static [&'static str],
    /// Its cardinal plural rule ([`plural`]).
    pub plural: Plural,
    /// The decimal separator (CLDR's `decimal`).
    pub decimal: char,
    /// The thousands separator (`group`; U+00A0 where a space groups).
    pub group: char,
    /// The minus sign (`minusSign`; U+2212 in Norwegian).
    pub minus: char,
    /// Whether the currency follows the amount after a no-break space (`1.234,50 €`, a range
    /// `80–140 €`) or precedes it (`€1,234.50`, `€80 – €140`).
    pub money_after: bool,
    /// The symbol of US dollars (`$`, or CLDR nb's `USD`); euros are `€` everywhere.
    pub dollar: &'static str,
    /// Whether CLDR puts a no-break space before `%` (`99,95 %`) or none (`99.95%`).
    pub percent_space: bool,
    /// A pseudo-locale: its catalog is not in `i18n/` but made by the build from `en.ftl`
    /// (`scripts/languages.mjs`), opened only by its tag, never listed in the menu.
    pub pseudo: bool,
}

/// No-break space.
const NB: char = '\u{a0}';

/// English as CLDR writes it; the pseudo-locale writes its numbers so too.
const ENGLISH: Language = Language {
    tag: "en",
    endonym: "English",
    asked_as: &[],
    plural: plural::ONE,
    decimal: '.',
    group: ',',
    minus: '-',
    money_after: false,
    dollar: "$",
    percent_space: false,
    pseudo: false,
};

/// Every language, in the menu's order; English first (the default, compiled in, the command
/// line's). Numbers as CLDR 48 writes them (ICU 78's `Intl.NumberFormat`, checked by
/// `locale::tests`).
///
/// To add a language, say French: write `i18n/fr.ftl` (every key of `en.ftl`, the same variables;
/// `cargo test -p hafen-core --test catalogs` says what is missing) and a row here:
/// `Language { tag: "fr", endonym: "Français", asked_as: &[], plural: plural::FRENCH, decimal: ',',
/// group: '\u{202f}', minus: '-', money_after: true, dollar: "$US", percent_space: true, pseudo:
/// false }` (the separators from CLDR's chart for the language). Nothing else: the menu, `?lang=`,
/// the browser's preference, `hafen-sim --lang`, the catalog tests and the page's loading text
/// follow this table and the catalogs present, and the build fails while one lacks the other.
pub const LANGUAGES: &[Language] = &[
    ENGLISH,
    Language { tag: "de", endonym: "Deutsch", asked_as: &[], plural: plural::ONE, decimal: ',', group: '.', minus: '-', money_after: true, dollar: "$", percent_space: true, pseudo: false },
    Language {
        tag: "nb",
        endonym: "Norsk bokmål",
        asked_as: &["no", "nn"],
        plural: plural::ONE,
        decimal: ',',
        group: NB,
        minus: '\u{2212}',
        money_after: true,
        dollar: "USD",
        percent_space: true,
        pseudo: false,
    },
    // English, accented, about 40 % longer and bracketed: finds text too long for its box and text
    // that bypasses the catalogs (`?lang=en-XA`, e2e/pseudo.test.mjs).
    Language { tag: "en-XA", endonym: "[Ëñĝļîšħ]", pseudo: true, ..ENGLISH },
];
