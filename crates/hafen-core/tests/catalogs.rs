//! The message catalogs (`i18n/<tag>.ftl`, one per language of `locale::LANGUAGES`, `Lang::ALL`)
//! against each other and against the code: every language has the same keys with the same
//! variables, every key the code says exists, and every key a catalog has is said somewhere. Keys are written literally where they are said
//! (`say!(words, "key", …)`), never built at run time, so reading the sources finds them all.

mod common;
use hafen_core::locale::Lang;
use hafen_core::text::catalog::Catalog;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every language but English, whose catalog the others follow.
fn others() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::EN)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn catalog(lang: Lang) -> Catalog {
    let path = root().join("i18n").join(format!("{}.ftl", lang.tag()));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Catalog::parse(lang, &source).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The keys the code says: the first string literal after each `say!(` (the macro's key), and
/// every `"key"` given to `.say(`.
fn keys_in_code() -> BTreeSet<(String, String)> {
    let mut files = Vec::new();
    common::sources(&root().join("src"), &mut files);
    // The app (the workspace's root crate).
    common::sources(&root().join("../../src"), &mut files);
    let mut keys = BTreeSet::new();
    for file in files {
        // Comments mention the macro without saying anything.
        let text: String = std::fs::read_to_string(&file).expect("source").lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for marker in ["say!(", "message!(", ".say(\""] {
            let mut rest = text.as_str();
            while let Some(i) = rest.find(marker) {
                rest = &rest[i + marker.len()..];
                // The macro's own definition has no key.
                let Some(open) = rest.find('"') else { break };
                if marker != ".say(\"" && rest[..open].contains([')', ';']) {
                    continue;
                }
                let from = if marker == ".say(\"" { 0 } else { open + 1 };
                let Some(len) = rest[from..].find('"') else { break };
                keys.insert((rest[from..from + len].to_string(), file.display().to_string()));
            }
        }
    }
    keys
}

#[test]
fn every_language_has_the_same_keys_with_the_same_variables() {
    let en = catalog(Lang::EN);
    for lang in others() {
        let other = catalog(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.has(k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.has(k)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {} key(s): {missing:?}", lang.tag(), missing.len());
        assert!(extra.is_empty(), "{}.ftl has key(s) en.ftl does not: {extra:?}", lang.tag());
        for key in en.keys() {
            assert_eq!(other.variables(key), en.variables(key), "{}.ftl: {key} uses other variables than en.ftl", lang.tag());
        }
    }
}

/// The English compiled in (`build.rs` reads en.ftl into keys and texts) says what the file says.
#[test]
fn the_compiled_english_is_the_file() {
    use hafen_core::text::{catalog::fingerprint, catalog::Arg, Key, CATALOG_HASH, CATALOG_ID, EN, KEYS};
    let en = catalog(Lang::EN);
    assert_eq!(en.keys().collect::<Vec<_>>(), KEYS, "the compiled keys are the file's");
    assert_eq!(fingerprint(KEYS.iter().copied()), CATALOG_HASH, "build.rs and the reader fingerprint the keys alike");
    assert_eq!(format!("{CATALOG_HASH:016x}"), CATALOG_ID);
    for name in en.keys() {
        let names = en.variables(name);
        for n in [1, 7] {
            let args: Vec<(&str, Arg)> = names.iter().map(|v| (v.as_str(), Arg::Count(n))).collect();
            let key = Key::named(name).expect("compiled");
            assert_eq!(Some(EN.say(key, &args)), en.format(name, &args), "{name}");
        }
    }
}

/// Every `"key-like"` string literal in the code (letters, digits and dashes between quotes).
fn literal_keys() -> BTreeSet<String> {
    let mut files = Vec::new();
    common::sources(&root().join("src"), &mut files);
    common::sources(&root().join("../../src"), &mut files);
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(j) = text[i..].find('"').map(|j| j + i) {
            let end = bytes[j + 1..].iter().position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')).map_or(bytes.len(), |e| e + j + 1);
            if end > j + 1 && bytes.get(end) == Some(&b'"') {
                out.insert(text[j + 1..end].to_string());
            }
            i = j + 1;
        }
    }
    out
}

#[test]
fn every_key_the_code_says_exists_and_every_key_is_said() {
    let en = catalog(Lang::EN);
    let said = keys_in_code();
    let unknown: Vec<_> = said.iter().filter(|(k, _)| !en.has(k)).collect();
    assert!(unknown.is_empty(), "the code says key(s) en.ftl lacks: {unknown:?}");
    // Said: named by `say!`/`message!`, or written as a literal key elsewhere (the story and
    // glossary tables hand their literal keys to `say!` through a macro of their own).
    let mut said: BTreeSet<String> = said.into_iter().map(|(k, _)| k).collect();
    said.extend(literal_keys());
    let unused: Vec<_> = en.keys().filter(|k| !said.contains(*k)).collect();
    assert!(unused.is_empty(), "en.ftl has key(s) no code says: {unused:?}");
}

/// Every scenario file's trace on every platform, said in German and Norwegian: no message lacks a
/// variable (it would show `{$name}`), and none falls back to English.
#[test]
fn every_scenario_trace_reads_in_every_language() {
    use hafen_core::text::{cause, Words};
    use hafen_core::topology::PlatformKind;
    let dir = root().join("../../scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("scenarios/").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "yaml")).collect();
    files.sort();
    let languages: Vec<Words> = others()
        .map(|l| Words::read(l, &std::fs::read_to_string(root().join(format!("i18n/{}.ftl", l.tag()))).expect("catalog")).expect("reads"))
        .collect();
    let mut said = 0;
    for f in files {
        let scenario = hafen_core::file::parse_scenario(&std::fs::read_to_string(&f).expect("file")).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for kind in PlatformKind::ALL {
            let (sc, _) = scenario.on_platform(kind);
            let run = hafen_core::simulate(&sc).expect("runs");
            for e in &run.trace {
                let english = cause(&hafen_core::text::EN, &e.cause);
                for w in &languages {
                    let text = cause(w, &e.cause);
                    assert!(!text.contains("{$"), "{} on {kind:?}, {}: {text}", f.display(), w.lang().tag());
                    assert_ne!(text, english, "{} on {kind:?}: {} says it in English", f.display(), w.lang().tag());
                    said += 1;
                }
            }
        }
    }
    assert!(said > 1_000, "{said} causes said");
}

/// The units a number is written with (docs/style/): symbols, rates and time words of the three
/// languages.
const UNITS: &[&str] = &[
    "ms", "s", "min", "h", "%", "GiB", "MiB", "GB", "€", "EUR", "USD", "vCPU", "req/s", "request/s", "requests/s", "Anfrage/s", "Anfragen/s", "forespørsel/s",
    "forespørsler/s", "h/month", "h/Monat", "h/måned", "minute", "minutes", "Minute", "Minuten", "minutt", "minutter", "second", "seconds", "Sekunde", "Sekunden",
    "sekund", "sekunder", "hour", "hours", "Stunde", "Stunden", "time", "timer", "day", "days", "Tag", "Tage", "Tagen", "dag", "dager", "month", "months", "Monat",
    "Monate", "Monaten", "måned", "måneder", "m", "KiB",
];

/// Units German and Norwegian also hold to their numbers (docs/style/de.md, nb.md): millicores
/// (`250 m CPU`), kibibytes (`512 KiB`) and Norwegian's definite time words ("de 30 minuttene").
/// en.ftl still breaks the first two (`{ $cpu } m CPU`, `{ $most } KiB`); once it holds them too,
/// they belong in [`UNITS`].
const MORE_UNITS_DE_NB: &[&str] = &["sekundene", "minuttene", "timene", "dagene", "månedene"];

/// The variables that hold a clock time (`01:00`): "um { $at }", "kl. { $at }".
const CLOCK_TIMES: &[&str] = &["at", "next", "then_at"];

/// Where `text` puts a breaking space between a number (a digit, or a placeable `{ $n }` in a
/// catalog's source) and its unit: the text around each such place.
fn breaking_units(text: &str, placeables: bool, units: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(' ') {
        let before = text[..i].chars().next_back();
        // A placeable counts when it is a variable (`{ $n }`), not a literal (`{ "{" }`).
        let variable = placeables && before == Some('}') && text[..i].rfind('{').is_some_and(|j| text[j..].starts_with("{ $"));
        if !before.is_some_and(|c| c.is_ascii_digit()) && !variable {
            continue;
        }
        let rest = &text[i + 1..];
        let unit = units.iter().any(|u| rest.starts_with(u) && !rest[u.len()..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '_' || c == '-'));
        if unit {
            let from = text[..i].char_indices().rev().nth(12).map_or(0, |(j, _)| j);
            let to = text[i..].char_indices().nth(12).map_or(text.len(), |(j, _)| i + j);
            out.push(text[from..to].to_string());
        }
    }
    out
}

/// The style sheets' rules a test can check (docs/style/en.md, de.md, nb.md): a no-break space
/// between a number and its unit in every message (in German and Norwegian millicores and KiB
/// too); each language's one term per concept (the others banned); clock times "um 01:00" in
/// German and "kl. 01:00" in Norwegian, at the start of a sentence and before a variable too;
/// no capitals for emphasis.
#[test]
fn every_catalog_keeps_its_style_sheet() {
    // Each language's banned words, by its tag (none for a language not listed).
    let banned: &[(&str, &[&str])] = &[
        ("en", &["DOWN"]),
        ("de", &["Karenzzeit", "Kulanzzeit", "verdräng", "Verdräng", "mit Gewalt", "erzwungen", "gemanagt", "Placement-Constraint", "Betreiber", "AUSGEFALLEN", "= AUS"]),
        ("nb", &[
            "poder", "tvungen", "tvangsmessig", "tvangskoblet", "med tvang", "(t)", "NEDE", "driftsoperatør", "forhåndsvalg", "tilstandsfull", "scenariet", "tasks-ene", "tasker",
            "fikk { $got }",
        ]),
    ];
    // Acronyms and the platforms' own capitalised words, not emphasis.
    let acronyms = ["HEALTHCHECK", "EUR", "USD", "CPU", "GPU", "HPA", "VPS", "API", "YAML", "SIGTERM", "SIGKILL", "AIMA", "SLA", "RUNNING", "GKE", "EKS", "DOKS", "AKS", "SPOF", "RWO", "REST", "README", "PNG", "SVG", "AWS", "JSON", "URL"];
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let words = banned.iter().find(|(tag, _)| *tag == lang.tag()).map_or(&[][..], |(_, w)| *w);
        let path = root().join("i18n").join(format!("{}.ftl", lang.tag()));
        let source = std::fs::read_to_string(&path).expect("catalog");
        for (n, line) in source.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
            let at = format!("{}.ftl:{}", lang.tag(), n + 1);
            for w in words {
                if line.contains(w) {
                    wrong.push(format!("{at}: \"{w}\" (see docs/style/{}.md)", lang.tag()));
                }
            }
            let more: &[&str] = if lang == Lang::EN { &[] } else { MORE_UNITS_DE_NB };
            for b in breaking_units(line, true, UNITS).into_iter().chain(breaking_units(line, true, more)) {
                wrong.push(format!("{at}: a breaking space between a number and its unit: \"{b}\""));
            }
            // A clock time held by a variable after "bei" or "ved", at the start of a sentence too
            // ("Bei { $at }").
            for (word, tag) in [("bei { $", "de"), ("ved { $", "nb")] {
                let lower = line.to_lowercase();
                for (i, _) in lower.match_indices(word).filter(|_| lang.tag() == tag) {
                    let name = lower[i + word.len()..].split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
                    if CLOCK_TIMES.contains(&name) {
                        wrong.push(format!("{at}: the clock time {{ ${name} }} after \"{}\" (\"{}\" in docs/style/{}.md)", &word[..3], if tag == "de" { "um" } else { "kl." }, lang.tag()));
                    }
                }
            }
            // A clock time after "bei" (German) or "ved" (Norwegian).
            for (word, tag) in [("bei ", "de"), ("Bei ", "de"), ("ved ", "nb"), ("Ved ", "nb")] {
                if lang.tag() == tag {
                    for (i, _) in line.match_indices(word) {
                        let b = &line.as_bytes()[i + word.len()..];
                        if b.len() >= 5 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b':' {
                            wrong.push(format!("{at}: a clock time after \"{word}\""));
                        }
                    }
                }
            }
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            // Words joined by `_` (an environment variable: `UPDATE_PACKED`) are names, not emphasis.
            for word in value.split(|c: char| !c.is_alphabetic() && c != '_').filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase)) {
                if !acronyms.contains(&word) {
                    wrong.push(format!("{at}: \"{word}\" in capitals (emphasis is not written in capitals)"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// The numbers German and Norwegian write in their catalogs (docs/style/de.md, nb.md): a decimal
/// comma, never a point (`99,9`; a point only in a Kubernetes version, `1.32`, and in `0.5` cores,
/// the syntax the CPU field and YAML take); thousands grouped as the language groups them
/// (`1.000 %`, `1 000 %`); hours as `h`, never `t` or `Std.`.
#[test]
fn german_and_norwegian_numbers_have_decimal_commas_grouped_thousands_and_hours_in_h() {
    let verbatim = ["1.31", "1.32", "0.5"];
    let mut wrong = Vec::new();
    // Every language that writes a decimal comma.
    for lang in Lang::ALL.into_iter().filter(|l| l.row().decimal == ',') {
        let source = std::fs::read_to_string(root().join("i18n").join(format!("{}.ftl", lang.tag()))).expect("catalog");
        for (n, line) in source.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
            let at = format!("{}.ftl:{}", lang.tag(), n + 1);
            let chars: Vec<char> = line.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                // A number: a run of digits not inside a name (`cx23`, `t3.medium`, `node-1`).
                if !chars[i].is_ascii_digit() || (i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '-')) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || (matches!(chars[i], '.' | '\u{a0}') && chars.get(i + 1).is_some_and(char::is_ascii_digit))) {
                    i += 1;
                }
                let number: String = chars[start..i].iter().collect();
                let after: String = chars[i..].iter().take(12).collect();
                // A point between digits: a decimal point, unless it groups thousands in German.
                let groups: Vec<&str> = number.split('.').collect();
                let german_thousands = lang.row().group == '.' && groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
                if groups.len() > 1 && !german_thousands && !verbatim.contains(&number.as_str()) {
                    wrong.push(format!("{at}: \"{number}\" has a decimal point (a comma in {})", lang.tag()));
                }
                // Four digits or more before a unit, ungrouped.
                let whole = number.split(['.', ',', '\u{a0}']).next().unwrap_or("");
                let with_unit = after.strip_prefix('\u{a0}').is_some_and(|rest| UNITS.iter().chain(MORE_UNITS_DE_NB).any(|u| rest.starts_with(u)));
                if whole.len() >= 4 && number == whole && with_unit {
                    wrong.push(format!("{at}: \"{number}{after}\" is not grouped in thousands"));
                }
                // Hours.
                for symbol in [" t", "\u{a0}t", " Std", "\u{a0}Std"] {
                    if after.starts_with(symbol) && !after[symbol.len()..].chars().next().is_some_and(char::is_alphanumeric) {
                        wrong.push(format!("{at}: \"{number}{after}\": hours are written h"));
                    }
                }
            }
            // Placeables too: "{ $hours } t".
            for symbol in ["} t", "}\u{a0}t", "} Std", "}\u{a0}Std"] {
                for (j, _) in line.match_indices(symbol) {
                    if !line[j + symbol.len()..].chars().next().is_some_and(char::is_alphanumeric) {
                        let from = line[..j].char_indices().rev().nth(10).map_or(0, |(k, _)| k);
                        wrong.push(format!("{at}: \"…{}\": hours are written h", &line[from..j + symbol.len()]));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Formatted output keeps a no-break space between a number and its unit too: durations,
/// percentages and every cause of every scenario file's trace in the three languages.
#[test]
fn formatted_numbers_never_break_from_their_units() {
    use hafen_core::text::{cause, Words};
    use hafen_core::topology::PlatformKind;
    use hafen_core::SimDuration;
    let languages: Vec<Words> = Lang::ALL
        .into_iter()
        .map(|l| Words::read(l, &std::fs::read_to_string(root().join(format!("i18n/{}.ftl", l.tag()))).expect("catalog")).expect("reads"))
        .collect();
    for w in &languages {
        for d in [SimDuration::from_millis(100), SimDuration::from_millis(5_100), SimDuration::from_secs(350), SimDuration::from_hours(48)] {
            let said = w.duration(d);
            assert!(breaking_units(&said, false, UNITS).is_empty() && !said.contains("  "), "{}: {said:?}", w.lang().tag());
        }
        assert!(w.percent(99.95, 2).contains('\u{a0}'), "{}", w.percent(99.95, 2));
        assert_eq!(w.duration(SimDuration::from_secs(350)).matches(' ').count(), 1, "\"5 min 50 s\" breaks only between its parts");
    }
    let dir = root().join("../../scenarios");
    let mut wrong = Vec::new();
    for f in std::fs::read_dir(&dir).expect("scenarios/").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "yaml")) {
        let scenario = hafen_core::file::parse_scenario(&std::fs::read_to_string(&f).expect("file")).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for kind in PlatformKind::ALL {
            let (sc, _) = scenario.on_platform(kind);
            let run = hafen_core::simulate(&sc).expect("runs");
            for e in &run.trace {
                for w in &languages {
                    for b in breaking_units(&cause(w, &e.cause), false, UNITS) {
                        wrong.push(format!("{} on {kind:?} ({}): \"{b}\"", f.display(), w.lang().tag()));
                    }
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// A German or Norwegian catalog is matched to the compiled keys by their order (the page has no
/// key names): one with a key more, a key fewer or a key renamed is refused as a whole, never read
/// with its messages shifted.
#[test]
fn a_catalog_with_other_keys_is_refused_not_shifted() {
    use hafen_core::text::Words;
    let de = Lang::from_tag("de").expect("German");
    let source = std::fs::read_to_string(root().join("i18n/de.ftl")).expect("de.ftl");
    assert!(Words::read(de, &source).is_ok());
    let more = format!("{source}\naaa-extra = mehr\n");
    let fewer = source.replacen("cause-exit-crashed =", "# cause-exit-crashed =", 1);
    let renamed = source.replacen("cause-exit-crashed =", "cause-exit-crashed-2 =", 1);
    for (what, text) in [("more", more), ("fewer", fewer), ("renamed", renamed)] {
        let e = Words::read(de, &text).expect_err(what);
        assert!(e.to_string().contains("not the ones this version"), "{what}: {e}");
    }
}
