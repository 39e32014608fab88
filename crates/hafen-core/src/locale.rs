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

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the default, and the command line's).
    #[default]
    En,
    /// German.
    De,
    /// Norwegian Bokmål.
    Nb,
}

/// No-break space.
const NBSP: char = '\u{a0}';

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Nb];

    /// Its BCP 47 tag (`<html lang>`, `?lang=`).
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nb => "nb",
        }
    }

    /// Its name in itself, for the language menu.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Nb => "Norsk bokmål",
        }
    }

    /// The language a BCP 47 tag asks for (`de-AT`, `nb-NO`, `en-GB`), case-insensitive. `no`
    /// (Norwegian) and `nn` (Nynorsk) get Bokmål, the written Norwegian closest to them that Hafen
    /// has.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// The first of a browser's preferred languages Hafen speaks, else English.
    pub fn pick<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred.iter().find_map(|t| Lang::from_tag(t.as_ref())).unwrap_or_default()
    }

    fn decimal(self) -> char {
        match self {
            Lang::En => '.',
            Lang::De | Lang::Nb => ',',
        }
    }

    fn group(self) -> char {
        match self {
            Lang::En => ',',
            Lang::De => '.',
            Lang::Nb => NBSP,
        }
    }

    fn minus(self) -> char {
        match self {
            Lang::En | Lang::De => '-',
            Lang::Nb => '\u{2212}',
        }
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
        match (code, self) {
            ("EUR", _) => "€",
            ("USD", Lang::En | Lang::De) => "$",
            _ => code,
        }
    }

    /// An amount of money ("€1,234.50", "1.234,50 €").
    pub fn money(self, x: f64, decimals: usize, code: &str) -> String {
        let amount = self.number(x.abs(), decimals);
        let sign = if x < 0.0 && amount.bytes().any(|b| (b'1'..=b'9').contains(&b)) { Some(self.minus()) } else { None };
        let symbol = self.symbol(code);
        match self {
            Lang::En => format!("{}{symbol}{amount}", sign.map(String::from).unwrap_or_default()),
            Lang::De | Lang::Nb => format!("{}{amount}{NBSP}{symbol}", sign.map(String::from).unwrap_or_default()),
        }
    }

    /// A range of money ("€80 – €140", "80–140 €").
    pub fn money_range(self, low: f64, high: f64, decimals: usize, code: &str) -> String {
        match self {
            Lang::En => format!("{} – {}", self.money(low, decimals, code), self.money(high, decimals, code)),
            Lang::De | Lang::Nb => format!("{}–{}", self.number(low, decimals), self.money(high, decimals, code)),
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
        match self {
            Lang::En => format!("{n}%"),
            Lang::De | Lang::Nb => format!("{n}{NBSP}%"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings from `Intl.NumberFormat` (Node 20, ICU 78.2, CLDR 48).
    #[test]
    fn numbers_money_and_percentages_as_cldr_writes_them() {
        let cases: [(Lang, [&str; 6]); 3] = [
            (Lang::En, ["1,234.5", "-1,234,567.25", "1,234", "€1,234.50", "$1,234.50", "99.95%"]),
            (Lang::De, ["1.234,5", "-1.234.567,25", "1.234", "1.234,50\u{a0}€", "1.234,50\u{a0}$", "99,95\u{a0}%"]),
            (Lang::Nb, ["1\u{a0}234,5", "\u{2212}1\u{a0}234\u{a0}567,25", "1\u{a0}234", "1\u{a0}234,50\u{a0}€", "1\u{a0}234,50\u{a0}USD", "99,95\u{a0}%"]),
        ];
        for (lang, [n, neg, whole, eur, usd, pct]) in cases {
            assert_eq!(lang.number(1234.5, 1), n, "{lang:?}");
            assert_eq!(lang.number(-1_234_567.25, 2), neg, "{lang:?}");
            assert_eq!(lang.number(1234.0, 0), whole, "{lang:?}");
            assert_eq!(lang.money(1234.5, 2, "EUR"), eur, "{lang:?}");
            assert_eq!(lang.money(1234.5, 2, "USD"), usd, "{lang:?}");
            assert_eq!(lang.percent(99.95, 2), pct, "{lang:?}");
        }
        assert_eq!(Lang::En.money_range(80.0, 140.0, 0, "EUR"), "€80 – €140");
        assert_eq!(Lang::De.money_range(80.0, 140.0, 0, "EUR"), "80–140\u{a0}€");
        assert_eq!(Lang::Nb.money(-20.0, 0, "EUR"), "\u{2212}20\u{a0}€");
        assert_eq!(Lang::En.money(-20.0, 0, "EUR"), "-€20");
        assert_eq!(Lang::De.number(-0.001, 1), "0,0");
        assert_eq!(Lang::En.number(999.96, 1), "1,000.0");
    }

    #[test]
    fn a_browsers_languages_pick_the_first_hafen_speaks() {
        assert_eq!(Lang::pick(&["fr-FR", "de-AT", "en"]), Lang::De);
        assert_eq!(Lang::pick(&["nn-NO"]), Lang::Nb);
        assert_eq!(Lang::pick(&["no"]), Lang::Nb);
        assert_eq!(Lang::pick(&["NB_no"]), Lang::Nb);
        assert_eq!(Lang::pick(&["fr", "es"]), Lang::En);
        assert_eq!(Lang::pick::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_tag(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }
}
