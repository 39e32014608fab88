//! The terms the causes and stories use, each explained in a sentence or two with where it is
//! documented: shown where the term appears (hover or keyboard focus). Each language has its own
//! spellings to mark (`Readiness-Probe`, `endepunktene`) besides the technical terms every language
//! keeps as the systems spell them (`NotReady`, `CrashLoopBackOff`).

use super::{key, Key, Words};

/// A glossary entry in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// A stable id (the term as English spells it): the same in every language.
    pub id: &'static str,
    /// The term as this language writes it.
    pub term: String,
    /// The spellings that are marked in a text, longest first where one contains another.
    pub matches: Vec<String>,
    /// What it means.
    pub explanation: String,
    /// Where it is documented.
    pub source: String,
}

/// Every entry, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glossary {
    terms: Vec<Term>,
}

/// Each entry's id and its messages: the term, the spellings to mark (separated by `|`), the
/// explanation and the source.
const ENTRIES: [(&str, [Key; 4]); 12] = [
    ("NotReady", [key("glossary-not-ready"), key("glossary-not-ready-matches"), key("glossary-not-ready-explanation"), key("glossary-not-ready-source")]),
    ("eviction", [key("glossary-eviction"), key("glossary-eviction-matches"), key("glossary-eviction-explanation"), key("glossary-eviction-source")]),
    ("toleration", [key("glossary-toleration"), key("glossary-toleration-matches"), key("glossary-toleration-explanation"), key("glossary-toleration-source")]),
    ("CrashLoopBackOff", [key("glossary-crash-loop"), key("glossary-crash-loop-matches"), key("glossary-crash-loop-explanation"), key("glossary-crash-loop-source")]),
    ("readiness probe", [key("glossary-readiness"), key("glossary-readiness-matches"), key("glossary-readiness-explanation"), key("glossary-readiness-source")]),
    ("liveness probe", [key("glossary-liveness"), key("glossary-liveness-matches"), key("glossary-liveness-explanation"), key("glossary-liveness-source")]),
    ("endpoints", [key("glossary-endpoints"), key("glossary-endpoints-matches"), key("glossary-endpoints-explanation"), key("glossary-endpoints-source")]),
    ("StatefulSet", [key("glossary-statefulset"), key("glossary-statefulset-matches"), key("glossary-statefulset-explanation"), key("glossary-statefulset-source")]),
    ("ReadWriteOnce", [key("glossary-rwo"), key("glossary-rwo-matches"), key("glossary-rwo-explanation"), key("glossary-rwo-source")]),
    ("quorum", [key("glossary-quorum"), key("glossary-quorum-matches"), key("glossary-quorum-explanation"), key("glossary-quorum-source")]),
    ("restart policy", [key("glossary-restart-policy"), key("glossary-restart-policy-matches"), key("glossary-restart-policy-explanation"), key("glossary-restart-policy-source")]),
    ("HEALTHCHECK", [key("glossary-healthcheck"), key("glossary-healthcheck-matches"), key("glossary-healthcheck-explanation"), key("glossary-healthcheck-source")]),
];

impl Glossary {
    /// The glossary in `w`'s language.
    pub fn new(w: &Words) -> Glossary {
        let terms = ENTRIES
            .iter()
            .map(|&(id, [term, matches, explanation, source])| Term {
                id,
                term: w.say(term, &[]),
                matches: w.say(matches, &[]).split('|').map(str::trim).filter(|m| !m.is_empty()).map(String::from).collect(),
                explanation: w.say(explanation, &[]),
                source: w.say(source, &[]),
            })
            .collect();
        Glossary { terms }
    }

    /// Every entry.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// A text cut into plain runs and glossary terms, in order: `(run, Some(term))` for a marked
    /// term. Each term is marked once, where it first appears; matches inside a word are not marked.
    pub fn gloss<'t>(&self, text: &'t str) -> Vec<(&'t str, Option<&Term>)> {
        // The first occurrence of each entry, as (start, end, entry), without overlaps.
        let mut found: Vec<(usize, usize, &Term)> = Vec::new();
        for t in &self.terms {
            // The earliest; of two starting together the longer ("readiness probe", not "readiness").
            let first = t.matches.iter().filter_map(|m| whole_word(text, m).map(|i| (i, i + m.len()))).min_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
            if let Some((a, b)) = first {
                if found.iter().all(|(x, y, _)| b <= *x || a >= *y) {
                    found.push((a, b, t));
                }
            }
        }
        crate::order::sort_by_key(&mut found, |(a, _, _)| *a);
        let mut out = Vec::new();
        let mut at = 0;
        for (a, b, t) in found {
            if a > at {
                out.push((&text[at..a], None));
            }
            out.push((&text[a..b], Some(t)));
            at = b;
        }
        if at < text.len() {
            out.push((&text[at..], None));
        }
        out
    }
}

/// Where `word` first stands as a word of its own in `text`.
fn whole_word(text: &str, word: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        if !is_word(before) && !is_word(after) {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;
    use crate::text::EN;

    fn marked<'a>(g: &'a Glossary, text: &str) -> Vec<(String, &'a str)> {
        g.gloss(text).iter().filter_map(|(s, t)| t.map(|t| (s.to_string(), t.id))).collect()
    }

    #[test]
    fn terms_are_marked_once_as_whole_words() {
        let g = Glossary::new(&EN);
        let text = "After NotReady the pods are evicted; NotReady again. A StatefulSets word.";
        assert_eq!(marked(&g, text), vec![("NotReady".to_string(), "NotReady"), ("evicted".to_string(), "eviction")]);
        assert_eq!(g.gloss(text).iter().map(|(s, _)| *s).collect::<String>(), text);
        // Of two matches at one place, the longer.
        assert_eq!(marked(&g, "backend-3: readiness probe passed"), vec![("readiness probe".to_string(), "readiness probe")]);
    }

    #[test]
    fn german_and_norwegian_texts_mark_their_own_spellings() {
        let read = |l: Lang| Words::read(l, &std::fs::read_to_string(format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag())).expect("catalog")).expect("reads");
        let de = Glossary::new(&read(Lang::from_tag("de").expect("de")));
        assert_eq!(marked(&de, "Readiness-Probe 3-mal fehlgeschlagen; NotReady, nicht mehr in den Endpunkten des Service"), vec![
            ("Readiness-Probe".to_string(), "readiness probe"),
            ("NotReady".to_string(), "NotReady"),
            ("Endpunkten".to_string(), "endpoints"),
        ]);
        let nb = Glossary::new(&read(Lang::from_tag("nb").expect("nb")));
        assert_eq!(marked(&nb, "backend-2 kastet ut (eviction): node-2 utilgjengelig"), vec![("kastet ut".to_string(), "eviction")]);
        for g in [&de, &nb] {
            assert_eq!(g.terms().len(), 12);
            assert!(g.terms().iter().all(|t| !t.matches.is_empty() && !t.explanation.is_empty()));
        }
    }
}
