//! `hafen-sim`: runs a scenario file and prints the report.
//!
//! ```text
//! hafen-sim FILE                 one JSON report on stdout
//! hafen-sim --compare FILE       the same topology on compose, swarm and kubernetes, side by side
//! hafen-sim --summary [--compare] FILE   a plain-text table instead of JSON
//! hafen-sim --lang TAG …         the report's words in another language Hafen speaks, one of
//!                                `locale::Lang::ALL` (de, nb; JSON keys unchanged)
//! hafen-sim import COMPOSE.yml   a docker-compose.yml as a Hafen scenario file on stdout, what is
//!                                not simulated on stderr
//! hafen-sim export --to compose|stack|kubernetes FILE   the scenario's application as a
//!                                docker-compose.yml, a Swarm stack file or Kubernetes manifests
//! hafen-sim advise [--lang TAG] FILE   which platform fits the file's situation, from the
//!                                figures of the app's Availability and Costs tabs, as JSON
//! ```
//! Exit codes: 0 done, 1 the scenario was refused (the message names the line and field), 2 usage.

use hafen_core::file::parse_scenario_with_pricing;
use hafen_core::report::{compare_json, costs_json, run_json, summary_text};
use hafen_core::locale::Lang;
use hafen_core::text::Words;
use hafen_core::{simulate, PlatformKind};
use std::io::Write;
use std::process::ExitCode;

// Every catalog of i18n/, `CATALOGS`: (tag, text), in `Lang::ALL`'s order.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The languages' tags, "en, de or nb".
fn tags(last: &str) -> String {
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    match tags.split_last() {
        Some((tail, head)) if !head.is_empty() => format!("{}{last}{tail}", head.join(", ")),
        _ => tags.concat(),
    }
}

/// The usage text, naming the languages of [`Lang::ALL`].
struct Usage;
const USAGE: Usage = Usage;

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let langs = tags("|").replace(", ", "|");
        let names: Vec<String> = Lang::ALL.iter().map(|l| format!("{} ({})", l.tag(), l.endonym())).collect();
        f.write_str(&TEXT.replace("{langs}", &langs).replace("{names}", &names.join(", ")))
    }
}

const TEXT: &str = "usage: hafen-sim [--compare] [--summary] [--costs] [--lang {langs}] SCENARIO.yaml\n\
       hafen-sim import COMPOSE.yml\n\
       hafen-sim export --to compose|stack|kubernetes SCENARIO.yaml\n\
       hafen-sim advise [--lang {langs}] SCENARIO.yaml\n\
  --costs     add the monthly costs of the scenario's platform (price table from `pricing:`)\n\
  --compare   run the topology on Docker Compose, Docker Swarm and Kubernetes, side by side\n\
  --summary   print a plain-text table instead of JSON\n\
  --lang      the report's sentences in one of {names}; English is the default;\n\
              the JSON keys stay the same\n\
  import      read a docker-compose.yml: the scenario file on stdout, a warning on stderr for\n\
              everything not simulated (exit 0; 1 when the file is refused)\n\
  export      write the scenario's application for docker compose, docker stack deploy or kubectl\n\
  advise      which platform fits the file's situation (uptime target, requirements, costs), as\n\
              JSON: the recommendation and each platform's figures and reasons, as the app shows\n\
The scenario format is described in scenarios/README.md.";

/// Reads at most one byte more than a scenario file may have, so an endless input (`/dev/zero`) or
/// a huge file is refused without reading it all.
fn read_limited(path: &str) -> Result<String, String> {
    use std::io::Read;
    let limit = hafen_core::file::MAX_FILE_BYTES;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(format!("a scenario file may have at most {} KiB", limit / 1024));
    }
    String::from_utf8(bytes).map_err(|_| "not a text file (UTF-8)".to_string())
}

/// `hafen-sim import FILE`.
fn import(path: &str) -> ExitCode {
    let source = match read_limited(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("hafen-sim: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let stem = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("compose");
    // "docker-compose.yml" says nothing: the folder it is in names the project, as Compose does.
    let name = if stem.contains("compose") {
        std::fs::canonicalize(path).ok().and_then(|p| p.parent().and_then(|d| d.file_name()).and_then(|n| n.to_str()).map(str::to_string)).unwrap_or_else(|| stem.to_string())
    } else {
        stem.to_string()
    };
    match hafen_core::compose::import(&source, &name) {
        Ok(imported) => {
            for w in &imported.warnings {
                eprintln!("{path}: warning: {}", hafen_core::text::compose_warning(w));
            }
            print!("{}", hafen_core::export::scenario::scenario_yaml(&imported.document));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}

/// `hafen-sim export --to FORMAT FILE`.
fn export(to: &str, path: &str) -> ExitCode {
    use hafen_core::export::compose::{compose_yaml, Flavour};
    let write: fn(&hafen_core::document::Document) -> String = match to {
        "compose" => |d| compose_yaml(d, Flavour::Compose),
        "stack" => |d| compose_yaml(d, Flavour::Stack),
        "kubernetes" => hafen_core::export::kubernetes::manifests,
        other => {
            eprintln!("hafen-sim: --to {other}: use compose, stack or kubernetes\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let source = match read_limited(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("hafen-sim: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    match hafen_core::file::parse_document(&source) {
        Ok(doc) => {
            print!("{}", write(&doc));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("export") {
        return match args.as_slice() {
            [_, flag, to, file] if flag == "--to" && !file.starts_with('-') => export(to, file),
            _ => {
                eprintln!("hafen-sim: export --to compose|stack|kubernetes FILE\n{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    if args.first().map(String::as_str) == Some("import") {
        return match args.as_slice() {
            [_, file] if !file.starts_with('-') => import(file),
            _ => {
                eprintln!("hafen-sim: import takes one compose file\n{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    let advising = args.first().map(String::as_str) == Some("advise");
    let mut compare = false;
    let mut summary = false;
    let mut costs = false;
    let mut file = None;
    let mut lang = Lang::EN;
    let mut rest = std::env::args().skip(if advising { 2 } else { 1 });
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--lang" => match rest.next().as_deref().and_then(Lang::from_tag).filter(|l| Lang::ALL.contains(l)) {
                Some(l) => lang = l,
                None => {
                    eprintln!("hafen-sim: --lang takes {}\n{USAGE}", tags(" or "));
                    return ExitCode::from(2);
                }
            },
            "--compare" => compare = true,
            "--summary" => summary = true,
            "--costs" => costs = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with('-') => {
                eprintln!("hafen-sim: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            a if file.is_none() => file = Some(a.to_string()),
            _ => {
                eprintln!("hafen-sim: one scenario file at a time\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    // Every catalog in i18n/ is compiled in (build.rs lists them).
    let source = CATALOGS.iter().find(|(tag, _)| *tag == lang.tag()).map_or("", |(_, source)| source);
    let words = Words::read(lang, source).unwrap_or_else(|e| panic!("i18n/{}.ftl is read by the catalog tests: {e}", lang.tag()));
    let Some(path) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if advising && (costs || compare || summary) {
        eprintln!("hafen-sim: advise takes a scenario file and --lang only\n{USAGE}");
        return ExitCode::from(2);
    }
    if costs && (compare || summary) {
        eprintln!("hafen-sim: --costs adds the costs to one platform's JSON report; leave out --compare and --summary\n{USAGE}");
        return ExitCode::from(2);
    }
    let source = match read_limited(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("hafen-sim: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    if advising {
        return match hafen_core::file::parse_document(&source) {
            Ok(doc) => {
                let (_, advice) = hafen_core::economics::of_document(&doc);
                write_out(&hafen_core::report::advice_json(&words, &doc, &advice))
            }
            Err(e) => {
                eprintln!("{path}: {}", words.tell(&e.said()));
                ExitCode::from(1)
            }
        };
    }
    let (scenario, inputs, rates) = match parse_scenario_with_pricing(&source) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {}", words.tell(&e.said()));
            return ExitCode::from(1);
        }
    };
    let (scenarios, notes) = if compare {
        let mut all = Vec::new();
        let mut notes = Vec::new();
        for kind in PlatformKind::ALL {
            let (sc, n) = scenario.on_platform(kind);
            all.push(sc);
            notes.extend(n);
        }
        (all, notes)
    } else {
        (vec![scenario], Vec::new())
    };
    let mut runs = Vec::new();
    for sc in scenarios {
        match simulate(&sc) {
            Ok(run) => runs.push((sc, run)),
            Err(e) => {
                eprintln!("{path} ({}): {e}", sc.platform.kind.id());
                return ExitCode::from(1);
            }
        }
    }
    let mut out = String::new();
    if summary {
        out.push_str(&summary_text(&words, &runs));
        for n in &notes {
            out.push_str(&format!("note: {}\n", words.tell(n)));
        }
    } else if compare {
        out.push_str(&compare_json(&words, &runs, &notes));
    } else if let Some((sc, run)) = runs.first() {
        let json = run_json(&words, sc, run, 0);
        if costs {
            let body = json.strip_suffix('}').unwrap_or(&json).trim_end();
            out.push_str(&format!("{body},\n  \"costs\": {}\n}}\n", costs_json(&words, sc, &inputs, rates)));
        } else {
            out.push_str(&format!("{json}\n"));
        }
    }
    write_out(&out)
}

/// Writes `out` to standard output. A reader that stops early (`| head`) is not an error; any other
/// write failure is reported.
fn write_out(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("hafen-sim: cannot write the report: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
