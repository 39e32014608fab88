//! The work the page hands to its file worker, a second WebAssembly module loaded the first time a
//! file is opened, pasted or written: reading YAML (scenario files and docker-compose.yml) and
//! writing the files other tools read. None of it is needed to show the first diagrams, so it stays
//! out of the page's own module. Jobs and their results cross as a list of [`Part`]s (strings and
//! bytes, which `postMessage` copies as they are); documents as [`Document::to_bytes`], with the service
//! fields links do not carry by key (image) listed after it ([`crate::fields::keyed`]).

use crate::document::Document;
use crate::export::compose::{compose_yaml, Flavour};
use crate::message::Message;

/// What both modules say first, so a page never talks to a worker of another build (a cached one).
pub const PROTOCOL: &str = "hafen-files/3";

/// What a worker says when it is ready, and what the page expects: the protocol and the catalog
/// both were built with (messages cross by key index).
pub fn greeting() -> String {
    format!("{PROTOCOL}+{}", crate::text::CATALOG_ID)
}

/// One piece of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text.
    Str(String),
    /// Bytes (a document).
    Bytes(Vec<u8>),
}

/// The files the worker writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileOut {
    /// A Hafen scenario file (what `hafen-sim` and Open read).
    Scenario,
    /// A docker-compose.yml.
    Compose,
    /// A Swarm stack file.
    Stack,
    /// Kubernetes manifests.
    Kubernetes,
}

impl FileOut {
    const ALL: [FileOut; 4] = [FileOut::Scenario, FileOut::Compose, FileOut::Stack, FileOut::Kubernetes];

    fn id(self) -> &'static str {
        match self {
            FileOut::Scenario => "scenario",
            FileOut::Compose => "compose",
            FileOut::Stack => "stack",
            FileOut::Kubernetes => "kubernetes",
        }
    }
}

/// A job for the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// Read `text`, from the file called `name` (or pasted): a docker-compose.yml is imported, a
    /// scenario file read.
    Open {
        /// The file's name ("pasted text" for a paste).
        name: String,
        /// Its contents.
        text: String,
        /// Pasted: text that is neither a compose file nor a scenario is left alone, not refused.
        pasted: bool,
    },
    /// Write `doc` as `file`.
    Write {
        /// Which file.
        file: FileOut,
        /// The document.
        doc: Box<Document>,
    },
}

/// What became of a job.
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// A document to open.
    Opened {
        /// The document.
        doc: Box<Document>,
        /// `Some`: imported from a docker-compose.yml, with its warnings; `None`: a scenario file.
        warnings: Option<Vec<Message>>,
    },
    /// Refused, and why (naming the file, field and line).
    Refused(Message),
    /// A paste that is no file of either kind: nothing to do.
    Ignored,
    /// A written file.
    Text(String),
}

/// Does the job (in the worker; natively in tests and the command line).
pub fn run(job: Job) -> Done {
    match job {
        Job::Open { name, text, pasted } => open(&name, &text, pasted),
        Job::Write { file, doc } => Done::Text(match file {
            FileOut::Scenario => crate::export::scenario::scenario_yaml(&doc),
            FileOut::Compose => compose_yaml(&doc, Flavour::Compose),
            FileOut::Stack => compose_yaml(&doc, Flavour::Stack),
            FileOut::Kubernetes => crate::export::kubernetes::manifests(&doc),
        }),
    }
}

fn open(name: &str, text: &str, pasted: bool) -> Done {
    // "docker-compose.yml" names no application (the folder does, which a browser does not say);
    // a `name:` in the file wins over either.
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = if stem.contains("compose") { "my-app" } else { stem };
    if let Some(imported) = crate::compose::import_if_compose(text, stem) {
        return match imported {
            Ok(i) => Done::Opened { doc: Box::new(i.document), warnings: Some(i.warnings.iter().map(crate::text::compose_warning).collect()) },
            Err(e) => Done::Refused(refused(name, &e)),
        };
    }
    // A paste that does not say where it runs is not a scenario either.
    if pasted && !text.lines().any(|l| l.starts_with("platform:")) {
        return Done::Ignored;
    }
    match crate::file::parse_document(text) {
        Ok(doc) => Done::Opened { doc: Box::new(doc), warnings: None },
        Err(e) => Done::Refused(refused(name, &e)),
    }
}

/// "docker-compose.yml: line 3: services: …".
fn refused(name: &str, e: &crate::scenario::ScenarioError) -> Message {
    crate::message!("file-refused", file = name, why = e.said())
}

/// A message as bytes.
fn said(m: &Message) -> Part {
    // A message of strings, numbers and messages always serializes.
    Part::Bytes(postcard::to_allocvec(m).unwrap_or_default())
}

/// A message from [`said`]'s bytes.
fn message(p: &Part) -> Option<Message> {
    match p {
        Part::Bytes(b) => postcard::from_bytes(b).ok(),
        Part::Str(_) => None,
    }
}

fn str(p: Option<&Part>) -> Option<&str> {
    match p {
        Some(Part::Str(s)) => Some(s),
        _ => None,
    }
}

/// A document as bytes: [`Document::to_bytes`] and the fields it does not carry, by key.
fn doc_part(doc: &Document) -> Part {
    let keyed = crate::fields::keyed(&doc.scenario.topology.services);
    Part::Bytes(postcard::to_allocvec(&(doc.to_bytes(), keyed)).unwrap_or_default())
}

/// A document from [`doc_part`]'s bytes.
fn doc(p: Option<&Part>) -> Option<Box<Document>> {
    let (bytes, keyed): (Vec<u8>, crate::fields::Keyed) = postcard::from_bytes(bytes(p)?).ok()?;
    let mut doc = Document::from_bytes(&bytes).ok()?;
    crate::fields::apply_keyed(&mut doc.scenario.topology.services, &keyed).ok()?;
    Some(Box::new(doc))
}

fn bytes(p: Option<&Part>) -> Option<&[u8]> {
    match p {
        Some(Part::Bytes(b)) => Some(b),
        _ => None,
    }
}

impl Job {
    /// The job as a message.
    pub fn to_parts(&self) -> Vec<Part> {
        match self {
            Job::Open { name, text, pasted } => vec![Part::Str("open".into()), Part::Str(name.clone()), Part::Str(text.clone()), Part::Str(if *pasted { "pasted" } else { "file" }.into())],
            Job::Write { file, doc } => vec![Part::Str("write".into()), Part::Str(file.id().into()), doc_part(doc)],
        }
    }

    /// Reads a message; `None` for anything [`Job::to_parts`] does not write.
    pub fn from_parts(parts: &[Part]) -> Option<Job> {
        match str(parts.first())? {
            "open" if parts.len() == 4 => Some(Job::Open { name: str(parts.get(1))?.into(), text: str(parts.get(2))?.into(), pasted: str(parts.get(3))? == "pasted" }),
            "write" if parts.len() == 3 => {
                let id = str(parts.get(1))?;
                let file = FileOut::ALL.into_iter().find(|f| f.id() == id)?;
                Some(Job::Write { file, doc: doc(parts.get(2))? })
            }
            _ => None,
        }
    }
}

impl Done {
    /// The result as a message.
    pub fn to_parts(&self) -> Vec<Part> {
        match self {
            Done::Opened { doc, warnings } => {
                let mut parts = vec![Part::Str("opened".into()), doc_part(doc)];
                if let Some(w) = warnings {
                    parts.push(Part::Str("imported".into()));
                    parts.extend(w.iter().map(said));
                }
                parts
            }
            Done::Refused(why) => vec![Part::Str("refused".into()), said(why)],
            Done::Ignored => vec![Part::Str("ignored".into())],
            Done::Text(t) => vec![Part::Str("text".into()), Part::Str(t.clone())],
        }
    }

    /// Reads a message; `None` for anything [`Done::to_parts`] does not write.
    pub fn from_parts(parts: &[Part]) -> Option<Done> {
        match str(parts.first())? {
            "opened" => {
                let doc = doc(parts.get(1))?;
                let warnings = match str(parts.get(2)) {
                    Some("imported") => Some(parts[3..].iter().map(message).collect::<Option<Vec<_>>>()?),
                    Some(_) => return None,
                    None => None,
                };
                Some(Done::Opened { doc, warnings })
            }
            "refused" if parts.len() == 2 => Some(Done::Refused(message(parts.get(1)?)?)),
            "ignored" if parts.len() == 1 => Some(Done::Ignored),
            "text" if parts.len() == 2 => Some(Done::Text(str(parts.get(1))?.into())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::builtin;
    use crate::topology::PlatformKind;

    fn feastflow() -> Document {
        Document { scenario: builtin("feastflow").expect("preset"), pricing: Default::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes] }
    }

    #[test]
    fn jobs_and_results_cross_unchanged() {
        let jobs = [
            Job::Open { name: "docker-compose.yml".into(), text: "services:\n  web:\n    image: nginx\n".into(), pasted: false },
            Job::Open { name: "pasted text".into(), text: "hello".into(), pasted: true },
            Job::Write { file: FileOut::Kubernetes, doc: Box::new(feastflow()) },
        ];
        for job in jobs {
            assert_eq!(Job::from_parts(&job.to_parts()), Some(job.clone()));
            let done = run(job);
            assert_eq!(Done::from_parts(&done.to_parts()), Some(done));
        }
        assert_eq!(Job::from_parts(&[Part::Str("open".into())]), None);
        assert_eq!(Done::from_parts(&[Part::Bytes(vec![1, 2])]), None);
    }

    #[test]
    fn a_compose_file_is_imported_with_its_warnings_and_a_paste_of_prose_is_left_alone() {
        let compose = "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n    volumes: [\"./site:/usr/share/nginx/html\"]\n";
        match run(Job::Open { name: "docker-compose.yml".into(), text: compose.into(), pasted: false }) {
            Done::Opened { doc, warnings: Some(w) } => {
                assert_eq!(doc.scenario.name, "my-app");
                assert!(w.iter().any(|w| w.to_string().contains("bind mount")), "{w:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(run(Job::Open { name: "pasted text".into(), text: "just words".into(), pasted: true }), Done::Ignored);
        assert!(matches!(run(Job::Open { name: "x.yaml".into(), text: "just words".into(), pasted: false }), Done::Refused(m) if m.to_string().starts_with("x.yaml: ")));
    }

    #[test]
    fn a_written_scenario_file_opens_as_the_same_document() {
        let Done::Text(yaml) = run(Job::Write { file: FileOut::Scenario, doc: Box::new(feastflow()) }) else { panic!() };
        assert_eq!(run(Job::Open { name: "feastflow.yaml".into(), text: yaml, pasted: false }), Done::Opened { doc: Box::new(feastflow()), warnings: None });
    }
}
