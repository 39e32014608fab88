//! The languages Hafen speaks, and how each writes numbers, money and percentages: the Unicode
//! CLDR's conventions (version 48, as ICU 78 formats them; every expected string in the tests below
//! was produced by `Intl.NumberFormat` of Node 20 with that ICU).
//!
//! - English: `1,234.5`, `-1,234.5`, `€1,234.50`, `€80 – €140`, `99.95%`.
//! - German: `1.234,5`, `-1.234,5`, `1.234,50 €`, `80–140 €`, `99,95 %`.
//! - Norwegian Bokmål: `1 234,5` (a no-break space groups), `−1 234,5` (U+2212 minus), `1 234,50 €`,
//!   `80–140 €`, `99,95 %`; US dollars as `USD` (CLDR's nb symbol), not `$`.
//!
//! German and Norwegian put a no-break space (U+00A0) between amount and currency or `%`, so they
//! never break apart. Durations keep the SI symbols in every language (`50 s`, `15 min`, `4 h`).
//!
//! Each language is one row of [`LANGUAGES`] (`languages.rs`): its tag, its name, its CLDR plural
//! rule ([`plural`]) and how it writes numbers, money and percentages; nothing here names a
//! language. The languages offered are the catalogs present in `crates/hafen-core/i18n/`: the
//! build (`build.rs`) fails when a catalog has no row or a row no catalog.
//!
//! **Adding a language** is one catalog and one row:
//! 1. copy `i18n/en.ftl` to `i18n/<tag>.ftl` and translate every message, keeping each `{ $name }`
//!    and selection (`{ $count -> [one] … *[other] … }`, with the categories the language's plural
//!    rule has), and a no-break space between a number and its unit;
//! 2. add its row to [`LANGUAGES`] (the rule from [`plural`], the separators from CLDR's chart;
//!    the doc comment there shows French's).
//!
//! `cargo test -p hafen-core` then checks the catalog's keys, variables and style against English;
//! the menu, `?lang=`, the browser's preferred languages, `hafen-sim --lang` and the page's loading
//! text (`scripts/languages.mjs`) follow by themselves. A style sheet, `docs/style/<tag>.md`, helps
//! the next translator.
//!
//! `en-XA` is a pseudo-locale: English accented, about 40 % longer and in brackets, made by the
//! release build from `en.ftl` (`scripts/languages.mjs`) and opened only with `?lang=en-XA`:
//! the layout tests find with it text that overflows its box and text that bypasses the catalogs.

mod languages;
pub use languages::{plural, Language, Plural, Test, LANGUAGES};

// `LISTED`: the rows of [`LANGUAGES`] that have a catalog in `i18n/`, in the table's order
// (`build.rs` reads the directory and the table, and fails when one lacks the other).
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The category `rule` gives the whole number `n`: the first whose tests all hold, else "other".
pub fn category(rule: Plural, n: u64) -> &'static str {
    let holds = |t: &Test| (u64::from(t.lo)..=u64::from(t.hi)).contains(&if t.modulo == 0 { n } else { n % u64::from(t.modulo) }) == t.is;
    rule.iter().find(|(_, tests)| tests.iter().all(holds)).map_or("other", |(c, _)| c)
}

/// A language of the interface: a row of [`LANGUAGES`], by its place.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// No-break space.
const NBSP: char = '\u{a0}';

impl Lang {
    /// English: the default, compiled in, and the command line's.
    pub const EN: Lang = Lang(0);

    /// Every language with a catalog in `i18n/`, in the menu's order (the pseudo-locale, whose
    /// catalog the build makes, is not one).
    pub const ALL: [Lang; LISTED.len()] = {
        let mut all = [Lang::EN; LISTED.len()];
        let mut i = 0;
        while i < LISTED.len() {
            all[i] = Lang(LISTED[i]);
            i += 1;
        }
        all
    };

    /// Its row.
    pub fn row(self) -> &'static Language {
        &LANGUAGES[usize::from(self.0)]
    }

    /// Its BCP 47 tag (`<html lang>`, `?lang=`).
    pub fn tag(self) -> &'static str {
        self.row().tag
    }

    /// Its name in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        self.row().endonym
    }

    /// Whether Hafen's build makes its catalog from English's (a pseudo-locale, not in the menu).
    pub fn pseudo(self) -> bool {
        self.row().pseudo
    }

    /// The language a BCP 47 tag asks for, case-insensitive: a language's own tag (`en-XA`), else
    /// its primary subtag (`de-AT`, `nb-NO`, `en-GB`) or one it is asked as (`no` and `nn`, Norwegian
    /// and Nynorsk, get Bokmål, the written Norwegian closest to them that Hafen has). A
    /// pseudo-locale only by its own tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next()?;
        let at = |i: usize| Lang(i as u8);
        if let Some(i) = LANGUAGES.iter().position(|l| l.tag.eq_ignore_ascii_case(tag)) {
            return Some(at(i));
        }
        LANGUAGES.iter().position(|l| !l.pseudo && (l.tag.eq_ignore_ascii_case(primary) || l.asked_as.iter().any(|a| a.eq_ignore_ascii_case(primary)))).map(at)
    }

    /// The first of a browser's preferred languages Hafen speaks, else English.
    pub fn pick<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred.iter().find_map(|t| Lang::from_tag(t.as_ref())).unwrap_or_default()
    }

    /// The plural category of a whole number in this language ("one", "few", "other").
    pub fn plural(self, n: u64) -> &'static str {
        category(self.row().plural, n)
    }

    fn decimal(self) -> char {
        self.row().decimal
    }

    fn group(self) -> char {
        self.row().group
    }

    fn minus(self) -> char {
        self.row().minus
    }

    /// `x` with `decimals` digits after the separator, grouped in thousands ("1.234,5").
    pub fn number(self, x: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, x.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + 4);
        // "-0" is written 0, as ICU does.
        if x < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            out.push(self.minus());
        }
        let digits = whole.len();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 {
                out.push(self.group());
            }
            out.push(c);
        }
        if !fraction.is_empty() {
            out.push(self.decimal());
            out.push_str(fraction);
        }
        out
    }

    /// `x` with the decimals its shortest exact form has ("12.5", "1,000").
    pub fn amount(self, x: f64) -> String {
        let shortest = x.abs().to_string();
        let decimals = shortest.split_once('.').map_or(0, |(_, f)| f.len());
        self.number(x, decimals)
    }

    /// The symbol of a currency (an ISO 4217 code) in this language.
    fn symbol(self, code: &str) -> &str {
        match code {
            "EUR" => "€",
            "USD" => self.row().dollar,
            _ => code,
        }
    }

    /// An amount of money ("€1,234.50", "1.234,50 €").
    pub fn money(self, x: f64, decimals: usize, code: &str) -> String {
        let amount = self.number(x.abs(), decimals);
        let sign = if x < 0.0 && amount.bytes().any(|b| (b'1'..=b'9').contains(&b)) { Some(self.minus()) } else { None };
        let symbol = self.symbol(code);
        let sign = sign.map(String::from).unwrap_or_default();
        if self.row().money_after {
            format!("{sign}{amount}{NBSP}{symbol}")
        } else {
            format!("{sign}{symbol}{amount}")
        }
    }

    /// A range of money ("€80 – €140", "80–140 €").
    pub fn money_range(self, low: f64, high: f64, decimals: usize, code: &str) -> String {
        if self.row().money_after {
            format!("{}–{}", self.number(low, decimals), self.money(high, decimals, code))
        } else {
            format!("{} – {}", self.money(low, decimals, code), self.money(high, decimals, code))
        }
    }

    /// A duration in SI symbols ("5 min 50 s"), with this language's decimal separator ("5,1 s")
    /// and a no-break space between each number and its unit (a line breaks only between parts).
    pub fn duration(self, d: crate::time::SimDuration) -> String {
        let decimal = self.decimal();
        let mut digit = false;
        d.human()
            .chars()
            .map(|c| {
                let out = match c {
                    ' ' if digit => NBSP,
                    '.' => decimal,
                    c => c,
                };
                digit = c.is_ascii_digit();
                out
            })
            .collect()
    }

    /// A percentage, given in percent ("99.95%", "99,95 %").
    pub fn percent(self, pct: f64, decimals: usize) -> String {
        let n = self.number(pct, decimals);
        if self.row().percent_space {
            format!("{n}{NBSP}%")
        } else {
            format!("{n}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is a row"))
    }

    /// Expected strings from `Intl.NumberFormat` (Node 20, ICU 78.2, CLDR 48).
    #[test]
    fn numbers_money_and_percentages_as_cldr_writes_them() {
        let cases: [(&str, [&str; 6]); 4] = [
            ("en", ["1,234.5", "-1,234,567.25", "1,234", "€1,234.50", "$1,234.50", "99.95%"]),
            ("de", ["1.234,5", "-1.234.567,25", "1.234", "1.234,50\u{a0}€", "1.234,50\u{a0}$", "99,95\u{a0}%"]),
            ("nb", ["1\u{a0}234,5", "\u{2212}1\u{a0}234\u{a0}567,25", "1\u{a0}234", "1\u{a0}234,50\u{a0}€", "1\u{a0}234,50\u{a0}USD", "99,95\u{a0}%"]),
            // The pseudo-locale writes numbers as English does.
            ("en-XA", ["1,234.5", "-1,234,567.25", "1,234", "€1,234.50", "$1,234.50", "99.95%"]),
        ];
        for (tag, [n, neg, whole, eur, usd, pct]) in cases {
            let lang = lang(tag);
            assert_eq!(lang.number(1234.5, 1), n, "{lang:?}");
            assert_eq!(lang.number(-1_234_567.25, 2), neg, "{lang:?}");
            assert_eq!(lang.number(1234.0, 0), whole, "{lang:?}");
            assert_eq!(lang.money(1234.5, 2, "EUR"), eur, "{lang:?}");
            assert_eq!(lang.money(1234.5, 2, "USD"), usd, "{lang:?}");
            assert_eq!(lang.percent(99.95, 2), pct, "{lang:?}");
        }
        assert_eq!(lang("en").money_range(80.0, 140.0, 0, "EUR"), "€80 – €140");
        assert_eq!(lang("de").money_range(80.0, 140.0, 0, "EUR"), "80–140\u{a0}€");
        assert_eq!(lang("nb").money(-20.0, 0, "EUR"), "\u{2212}20\u{a0}€");
        assert_eq!(lang("en").money(-20.0, 0, "EUR"), "-€20");
        assert_eq!(lang("de").number(-0.001, 1), "0,0");
        assert_eq!(lang("en").number(999.96, 1), "1,000.0");
    }

    #[test]
    fn a_browsers_languages_pick_the_first_hafen_speaks() {
        assert_eq!(Lang::pick(&["fr-FR", "de-AT", "en"]), lang("de"));
        assert_eq!(Lang::pick(&["nn-NO"]), lang("nb"));
        assert_eq!(Lang::pick(&["no"]), lang("nb"));
        assert_eq!(Lang::pick(&["NB_no"]), lang("nb"));
        assert_eq!(Lang::pick(&["fr", "es"]), Lang::EN);
        assert_eq!(Lang::pick::<&str>(&[]), Lang::EN);
        assert_eq!(Lang::from_tag(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
            assert!(!l.pseudo());
        }
        // The pseudo-locale by its own tag only; English by any other English.
        assert!(lang("en-xa").pseudo());
        assert_eq!(lang("en-GB"), Lang::EN);
        assert_eq!(Lang::ALL[0], Lang::EN);
    }

    const PLURALS_EN: &str = "_o____________________________________________________________________________________________________________________________________";
    const PLURALS_FR: &str = "oo_________________________________________________________________________________________________________________________________mm_";
    const PLURALS_ES: &str = "_o_________________________________________________________________________________________________________________________________mm_";
    const PLURALS_PL: &str = "mofffmmmmmmmmmmmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmmmmmmmmmmmfffmmmmmmmmm";
    const PLURALS_RU: &str = "mofffmmmmmmmmmmmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmofffmmmmmmmmmmmmmmmmofffmmmmmmmmo";
    const PLURALS_CS: &str = "_offf_________________________________________________________________________________________________________________________________";
    const PLURALS_AR: &str = "zotffffffffmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm___ffffffffmmmmmmmmmmmmmmmmmmmm___";
    const PLURALS_JA: &str = "______________________________________________________________________________________________________________________________________";

    /// Each rule says what `Intl.PluralRules(tag).select(n)` of Node 20 (ICU 78.2, CLDR 48) says
    /// for n = 0 to 130, 1,000,000, 2,000,000 and 1,000,001 (the `PLURALS_*` strings, one letter
    /// each: o one, t two, f few, m many, z zero, _ other; en, fr, es, pl, ru, cs, ar, ja).
    #[test]
    fn plural_rules_are_cldrs() {
        let rules: [(Plural, &str); 8] = [
            (plural::ONE, PLURALS_EN),
            (plural::FRENCH, PLURALS_FR),
            (plural::SPANISH, PLURALS_ES),
            (plural::POLISH, PLURALS_PL),
            (plural::RUSSIAN, PLURALS_RU),
            (plural::CZECH, PLURALS_CS),
            (plural::ARABIC, PLURALS_AR),
            (plural::NONE, PLURALS_JA),
        ];
        let numbers: Vec<u64> = (0..=130).chain([1_000_000, 2_000_000, 1_000_001]).collect();
        for (rule, expected) in rules {
            let said: String = numbers
                .iter()
                .map(|&n| {
                    match category(rule, n) {
                        "other" => '_',
                        "zero" => 'z',
                        c => c.chars().next().unwrap_or('?'),
                    }
                })
                .collect();
            assert_eq!(said, expected, "{rule:?}");
        }
        for l in Lang::ALL {
            assert_eq!((l.plural(0), l.plural(1), l.plural(2), l.plural(1_000_000)), ("other", "one", "other", "other"), "{l:?}");
        }
    }
}
