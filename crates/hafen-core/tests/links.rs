//! Share links (`#1.…`) and scenario files: every preset travels and comes back the same, through a
//! link and through a downloaded file; a FeastFlow link with a few edits stays short enough for chat
//! tools and wikis; links made with version 1 keep opening; and every garbled, truncated or hostile
//! link is refused with a reason, never a panic.

use hafen_core::document::{Document, LinkError, Pricing};
use hafen_core::edit::{apply, Edit, PaletteItem};
use hafen_core::fields::field;
use hafen_core::presets::{builtin, large_cluster};
use hafen_core::{FaultKind, HpaBehavior, NodeRef, PlatformKind, SimDuration};
use std::path::PathBuf;

const BOTH: [PlatformKind; 2] = [PlatformKind::Compose, PlatformKind::Kubernetes];
const ALL: [PlatformKind; 3] = [PlatformKind::Compose, PlatformKind::Swarm, PlatformKind::Kubernetes];

fn doc(id: &str) -> Document {
    let mut scenario = match id {
        "large" => large_cluster(50, 10, 50, SimDuration::from_hours(2), SimDuration::from_mins(10), SimDuration::from_mins(30)),
        other => builtin(other).unwrap_or_else(|e| panic!("{other}: {e}")),
    };
    // The presets as they were when the saved links were made: before services had images (which
    // travel in the extension section, `service.image`: see a_services_image_travels_…).
    for s in &mut scenario.topology.services {
        s.image = None;
    }
    Document { scenario, pricing: Pricing::default(), shown: BOTH.to_vec(), story: None }
}

#[test]
fn a_services_image_travels_in_the_extension_section_and_none_adds_nothing() {
    let with = Document { scenario: builtin("feastflow").expect("preset"), ..doc("feastflow") };
    let images: Vec<_> = with.scenario.topology.services.iter().map(|s| s.image.clone()).collect();
    assert!(images.contains(&Some("postgres:15-alpine".into())), "{images:?}");
    // Through a link and the bytes the page hands its file worker; a link of the same document
    // without images is the one made before images were kept.
    assert_eq!(Document::decode(&with.encode()).as_ref(), Ok(&with));
    assert_eq!(Document::decode_counting(&with.encode()).map(|x| x.not_understood), Ok(0));
    assert!(with.to_bytes().starts_with(&doc("feastflow").to_bytes()));
    // An image a file would refuse is refused in a link too.
    let mut bytes = doc("feastflow").to_bytes();
    bytes.extend(section(&[("service.image", vec![1, 0, 8, b'<', b'b', b'>', b' ', b'x', b' ', b'y', b'z'])]));
    assert_eq!(Document::decode(&link_of(&bytes)), Err(LinkError::NotADocument));
    // A newer Hafen's service field is skipped and counted.
    let mut bytes = doc("feastflow").to_bytes();
    bytes.extend(section(&[("service.colour", vec![1, 0, 3, b'r', b'e', b'd'])]));
    assert_eq!(Document::decode_counting(&link_of(&bytes)).map(|x| (x.doc, x.not_understood)), Ok((doc("feastflow"), 1)));
}

/// FeastFlow as a user leaves it after a few minutes: a node killed, a crash, a bad release, more
/// backends, a cache added, a timing changed, a third platform and a different price table.
fn edited_feastflow() -> Document {
    let mut d = doc("feastflow");
    let edits = [
        Edit::AddFault(hafen_core::Fault { at: hafen_core::SimTime(60_000), kind: FaultKind::KillNode(NodeRef::Named("node-2".into())) }),
        Edit::AddFault(hafen_core::Fault { at: hafen_core::SimTime(120_000), kind: FaultKind::Crash("backend".into()) }),
        Edit::AddFault(hafen_core::Fault {
            at: hafen_core::SimTime(600_000),
            kind: FaultKind::Deploy { service: "backend".into(), version: "v3-rc1".into(), healthy: false },
        }),
        Edit::SetField("backend".into(), field("replicas"), "4".into()),
        Edit::AddService(PaletteItem::Redis, Some("node-3".into())),
    ];
    for e in &edits {
        d.scenario = apply(&d.scenario, e).unwrap_or_else(|why| panic!("{e:?}: {why}"));
    }
    d.scenario.timings.not_ready_toleration = SimDuration::from_secs(60);
    d.pricing.prices = "hetzner".into();
    d.pricing.ops_rate = 85.0;
    d.shown = ALL.to_vec();
    d
}

#[test]
fn every_preset_comes_back_from_its_link_as_it_was() {
    for id in ["feastflow", "quantum-trader", "aima", "large"] {
        for shown in [&BOTH[..], &ALL[..], &[PlatformKind::Kubernetes, PlatformKind::Swarm][..]] {
            let mut d = doc(id);
            d.shown = shown.to_vec();
            let link = d.encode();
            assert!(link.starts_with("2."), "{id}: {link}");
            assert!(link[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{id}: not URL-safe: {link}");
            assert_eq!(Document::decode(&link).as_ref(), Ok(&d), "{id} {shown:?}");
            assert_eq!(Document::decode(&format!("#{link}")).as_ref(), Ok(&d), "{id}: with the leading #");
        }
    }
}

#[test]
fn the_same_link_is_the_same_simulation() {
    let d = edited_feastflow();
    let back = Document::decode(&d.encode()).expect("decodes");
    for k in ALL {
        let (a, b) = (d.scenario.on_platform(k).0, back.scenario.on_platform(k).0);
        let (ra, rb) = (hafen_core::simulate(&a).expect("runs"), hafen_core::simulate(&b).expect("runs"));
        assert_eq!(format!("{:?}", ra.trace), format!("{:?}", rb.trace), "{k:?}: the trace differs after the link (seed {})", d.scenario.seed);
    }
}

#[test]
fn a_feastflow_link_with_a_few_edits_stays_under_two_thousand_characters() {
    let plain = doc("feastflow").encode();
    let edited = edited_feastflow().encode();
    println!("FeastFlow link: {} characters; with edits: {} characters", plain.len(), edited.len());
    assert!(edited.len() < 2_000, "{} characters", edited.len());
    // The large generated cluster too (500 pods, 12 faults), though it is no hand-made document.
    let large = doc("large").encode();
    assert!(large.len() < 2_000, "Large: {} characters", large.len());
}

/// Links saved when version 1 was made (`tests/golden/links/v1-*.txt`, before stories) open as the
/// same documents; links saved with version 2 (`v2-*.txt`, one with a written story) open and
/// encode to the same characters. When this fails after a change to the model, saved links no
/// longer open: keep the old shape as its own type, read it into the new one, and give the new
/// shape version 3. (`UPDATE_LINKS=1` writes the version 2 files anew: only together with a new
/// version; version 1 files are never written again.)
#[test]
fn links_made_with_versions_1_and_2_still_open() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/links");
    let story = hafen_core::file::parse_document(include_str!("../../../scenarios/8-onboarding-story.yaml")).expect("the example story reads");
    let v1 = [("v1-feastflow", doc("feastflow")), ("v1-feastflow-edited", edited_feastflow()), ("v1-aima", doc("aima"))];
    let v2 = [("v2-feastflow-edited", edited_feastflow()), ("v2-onboarding-story", story)];
    if std::env::var_os("UPDATE_LINKS").is_some() {
        std::fs::create_dir_all(&dir).expect("mkdir");
        for (name, d) in &v2 {
            std::fs::write(dir.join(format!("{name}.txt")), d.encode() + "\n").expect("write");
        }
    }
    let read = |name: &str| std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap_or_else(|e| panic!("{name}: {e}")).trim().to_string();
    for (name, d) in &v1 {
        let saved = read(name);
        assert!(saved.starts_with("1."), "{name}");
        let back = Document::decode(&saved).unwrap_or_else(|e| panic!("{name}: a version 1 link no longer opens: {e:?}"));
        assert_eq!(&back, d, "{name}: opens as another document");
    }
    for (name, d) in &v2 {
        let saved = read(name);
        let back = Document::decode(&saved).unwrap_or_else(|e| panic!("{name}: a version 2 link no longer opens: {e:?}"));
        assert_eq!(&back, d, "{name}: opens as another document");
        assert_eq!(d.encode(), saved, "{name}: the same document encodes differently now");
    }
}

/// `d` with `behavior` on its first autoscaled service.
fn with_behavior(mut d: Document, behavior: HpaBehavior) -> Document {
    let a = d.scenario.topology.services.iter_mut().find_map(|s| s.autoscale.as_mut()).expect("an autoscaled service");
    a.behavior = Some(behavior);
    d
}

/// A link of format 2 holding `bytes` (a document as `to_bytes` writes it, and whatever follows).
fn link_of(bytes: &[u8]) -> String {
    format!("2.{}", base64_url(&miniz_oxide::deflate::compress_to_vec(bytes, 9)))
}

/// An extension section of format 2: (key, value) pairs in postcard.
fn section(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let owned: Vec<(String, Vec<u8>)> = entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    postcard::to_allocvec(&owned).expect("serializes")
}

#[test]
fn an_autoscalers_behavior_travels_in_the_extension_section_after_the_story() {
    let story = hafen_core::file::parse_document(include_str!("../../../scenarios/8-onboarding-story.yaml")).expect("the example story reads");
    let set = HpaBehavior { scale_up_pods: Some(2), scale_down_window: Some(SimDuration::from_secs(60)), ..HpaBehavior::default() };
    for (what, d) in [
        ("FeastFlow, behavior: default", with_behavior(doc("feastflow"), HpaBehavior::default())),
        ("edited FeastFlow, behavior set", with_behavior(edited_feastflow(), set.clone())),
        ("a written story, behavior set", with_behavior(story, set.clone())),
    ] {
        // A link, and the bytes the page hands its file worker.
        let link = d.encode();
        assert_eq!(Document::decode(&link).as_ref(), Ok(&d), "{what}: through a link");
        assert_eq!(Document::decode_counting(&link).map(|x| x.not_understood), Ok(0), "{what}");
        assert_eq!(Document::from_bytes(&d.to_bytes()).as_ref(), Ok(&d), "{what}: through to_bytes");
        let job = hafen_core::offload::Job::Write { file: hafen_core::offload::FileOut::Kubernetes, doc: Box::new(d.clone()) };
        assert_eq!(hafen_core::offload::Job::from_parts(&job.to_parts()), Some(job), "{what}: to the file worker");
        // The positional part is what it was: dropping the section gives the document without it.
        let mut plain = d.clone();
        plain.scenario.topology.services.iter_mut().filter_map(|s| s.autoscale.as_mut()).for_each(|a| a.behavior = None);
        assert!(d.to_bytes().starts_with(&plain.to_bytes()), "{what}");
        // And a scenario file carries it too.
        let file = hafen_core::export::scenario::scenario_yaml(&d);
        assert_eq!(hafen_core::file::parse_document(&file).as_ref(), Ok(&d), "{what}: through a scenario file:\n{file}");
    }
}

#[test]
fn a_replicas_hang_interval_travels_in_the_extension_section_and_the_default_adds_nothing() {
    let mut d = doc("feastflow");
    let plain = d.to_bytes();
    d.pricing.hang_mtbf_hours = 500.0;
    let link = d.encode();
    assert_eq!(Document::decode(&link).as_ref(), Ok(&d), "through a link");
    assert_eq!(Document::from_bytes(&d.to_bytes()).as_ref(), Ok(&d), "through to_bytes");
    assert!(d.to_bytes().starts_with(&plain) && d.to_bytes().len() > plain.len(), "after the positional document and story");
    let file = hafen_core::export::scenario::scenario_yaml(&d);
    assert_eq!(hafen_core::file::parse_document(&file).as_ref(), Ok(&d), "through a scenario file:\n{file}");
    // Out of range, as a file would refuse it.
    let mut bytes = plain.clone();
    bytes.extend(section(&[(hafen_core::wire::EXT_HANG_MTBF, postcard::to_allocvec(&0.0f64).expect("serializes"))]));
    assert!(matches!(Document::decode(&link_of(&bytes)), Err(hafen_core::document::LinkError::Invalid(_))));
}

#[test]
fn a_memory_limit_travels_in_the_extension_section_and_none_adds_nothing() {
    // Issue 29: a compose `mem_limit: 1g` is a limit. The model keeps it apart from the request
    // (Service::memory_limit, after link format 2), so a link carries it as `service.memory_limit`.
    let mut d = edited_feastflow();
    let plain = d.to_bytes();
    let pg = d.scenario.topology.service_index("postgres").expect("postgres");
    d.scenario.topology.services[pg].memory_limit = Some(1024);
    let link = d.encode();
    assert_eq!(Document::decode(&link).as_ref(), Ok(&d), "through a link");
    assert_eq!(Document::decode_counting(&link).map(|x| x.not_understood), Ok(0));
    assert_eq!(Document::from_bytes(&d.to_bytes()).as_ref(), Ok(&d), "through to_bytes");
    let job = hafen_core::offload::Job::Write { file: hafen_core::offload::FileOut::Kubernetes, doc: Box::new(d.clone()) };
    assert_eq!(hafen_core::offload::Job::from_parts(&job.to_parts()), Some(job), "to the file worker");
    assert!(d.to_bytes().starts_with(&plain) && d.to_bytes().len() > plain.len(), "after the positional document and story");
    let file = hafen_core::export::scenario::scenario_yaml(&d);
    assert!(file.contains("    memory_limit: 1024Mi"), "{file}");
    assert_eq!(hafen_core::file::parse_document(&file).as_ref(), Ok(&d), "through a scenario file:\n{file}");
    // What Hafen never writes is refused: a service twice, no such service; a limit below the
    // request (postgres requests 1 GiB) is refused as a file's is.
    let key = hafen_core::wire::EXT_MEMORY_LIMIT;
    let of = |limits: Vec<(u32, u32)>| section(&[(key, postcard::to_allocvec(&limits).expect("serializes"))]);
    for (what, tail) in [("a service twice", of(vec![(0, 512), (0, 512)])), ("no such service", of(vec![(99, 512)]))] {
        let mut bytes = plain.clone();
        bytes.extend(tail);
        assert_eq!(Document::decode(&link_of(&bytes)), Err(LinkError::NotADocument), "{what}");
    }
    let mut bytes = plain.clone();
    bytes.extend(of(vec![(pg as u32, 512)]));
    assert!(matches!(Document::decode(&link_of(&bytes)), Err(LinkError::Invalid(ref e)) if e.field.ends_with("memory_limit")), "{:?}", Document::decode(&link_of(&bytes)));
}

#[test]
fn a_document_without_extensions_encodes_to_the_bytes_it_always_did() {
    // The positional document and the story, nothing after: the links saved when versions 1 and
    // 2 were made hold the same bytes as the same documents encoded now (a version 1 link without
    // the story's `None`; see also links_made_with_versions_1_and_2_still_open).
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/links");
    let saved = |name: &str| {
        use base64::Engine as _;
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap_or_else(|e| panic!("{name}: {e}"));
        let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&text.trim().as_bytes()[2..]).expect("base64");
        miniz_oxide::inflate::decompress_to_vec(&packed).expect("deflate")
    };
    let story = hafen_core::file::parse_document(include_str!("../../../scenarios/8-onboarding-story.yaml")).expect("the example story reads");
    for (name, d) in [("v1-feastflow", doc("feastflow")), ("v1-aima", doc("aima")), ("v1-feastflow-edited", edited_feastflow())] {
        assert_eq!(positional(&d), saved(name), "{name}");
    }
    for (name, d) in [("v2-feastflow-edited", edited_feastflow()), ("v2-onboarding-story", story)] {
        assert_eq!(d.to_bytes(), saved(name), "{name}");
    }
}

#[test]
fn a_link_from_a_newer_hafen_opens_and_says_how_many_settings_it_did_not_understand() {
    let d = doc("feastflow");
    let behavior = default_behaviors(&[1]);
    // Only unknown keys: the document as far as this build reads it, two settings not understood.
    let mut bytes = d.to_bytes();
    bytes.extend(section(&[("service.colour", vec![3, 1, 2, 3]), ("platform.region", b"\x05eu-1".to_vec())]));
    let got = Document::decode_counting(&link_of(&bytes)).expect("a newer link opens");
    assert_eq!((got.doc, got.not_understood), (d.clone(), 2));
    // A known key among unknown ones is read. (FeastFlow's autoscaled backend is service 1.)
    assert!(d.scenario.topology.services[1].autoscale.is_some());
    let mut bytes = d.to_bytes();
    bytes.extend(section(&[("service.colour", vec![0]), (hafen_core::wire::EXT_HPA_BEHAVIOR, behavior.clone())]));
    let got = Document::decode_counting(&link_of(&bytes)).expect("opens");
    assert_eq!((got.doc, got.not_understood), (with_behavior(d.clone(), HpaBehavior::default()), 1));
    // An empty section is no harm.
    let mut bytes = d.to_bytes();
    bytes.extend(section(&[]));
    assert_eq!(Document::decode_counting(&link_of(&bytes)).map(|x| (x.doc, x.not_understood)), Ok((d.clone(), 0)));
    // What Hafen never writes is refused: a key twice, a behavior for a service without an
    // autoscaler (the frontend, service 0) or for no service, a value that does not read, bytes after.
    let (frontend, nowhere, twice) = (default_behaviors(&[0]), default_behaviors(&[99]), default_behaviors(&[1, 1]));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("a key twice", section(&[("x", vec![]), ("x", vec![])])),
        ("not autoscaled", section(&[(hafen_core::wire::EXT_HPA_BEHAVIOR, frontend)])),
        ("no such service", section(&[(hafen_core::wire::EXT_HPA_BEHAVIOR, nowhere)])),
        ("a service twice", section(&[(hafen_core::wire::EXT_HPA_BEHAVIOR, twice)])),
        ("a value that does not read", section(&[(hafen_core::wire::EXT_HPA_BEHAVIOR, vec![1, 200])])),
        ("a value with bytes after it", section(&[(hafen_core::wire::EXT_HPA_BEHAVIOR, [behavior.clone(), vec![0]].concat())])),
        ("bytes after the section", [section(&[]), b"more".to_vec()].concat()),
    ];
    for (what, tail) in cases {
        let mut bytes = d.to_bytes();
        bytes.extend(tail);
        assert_eq!(Document::decode(&link_of(&bytes)), Err(LinkError::NotADocument), "{what}");
    }
    // A version 1 link has no section: bytes after its document stay refused (see the hostile cases).
}

fn refused(link: &str) -> LinkError {
    match Document::decode(link) {
        Ok(_) => panic!("accepted: {link:.80}"),
        Err(e) => e,
    }
}

/// A document that passes through the encoder but breaks a rule files obey.
fn hostile(change: impl Fn(&mut Document)) -> String {
    let mut d = doc("feastflow");
    change(&mut d);
    d.encode()
}

#[test]
fn garbled_truncated_and_hostile_links_are_refused_with_a_reason() {
    let good = doc("feastflow").encode();
    let body = &good[2..];
    let junk = "A".repeat(100 * 1024);
    type Case = (&'static str, String, fn(&LinkError) -> bool);
    let cases: Vec<Case> = vec![
        ("empty", String::new(), |e| *e == LinkError::Empty),
        ("just #", "#".into(), |e| *e == LinkError::Empty),
        ("no version", body.to_string(), |e| *e == LinkError::NoVersion),
        ("a newer version", format!("7.{body}"), |e| *e == LinkError::UnknownVersion("7".into())),
        ("an absurd version", format!("99999999999999999999999.{body}"), |e| matches!(e, LinkError::UnknownVersion(v) if v.len() <= 12)),
        ("not base64", "1.this is not base64!".into(), |e| *e == LinkError::NotBase64),
        ("cut in half", good[..good.len() / 2].to_string(), |e| matches!(e, LinkError::Damaged | LinkError::NotADocument | LinkError::NotBase64)),
        ("last character lost", good[..good.len() - 1].to_string(), |e| matches!(e, LinkError::Damaged | LinkError::NotADocument | LinkError::NotBase64)),
        ("100 KB of junk", format!("1.{junk}"), |e| matches!(e, LinkError::TooLong(_))),
        ("valid base64, not deflate", "1.AAAAAAAAAAAAAAAA".into(), |e| matches!(e, LinkError::Damaged | LinkError::NotADocument)),
        ("a deflate bomb", {
            let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 8 << 20], 9);
            format!("1.{}", base64_url(&bomb))
        }, |e| matches!(e, LinkError::TooBig | LinkError::TooLong(_))),
        ("a document and more", {
            let mut bytes = positional(&doc("feastflow"));
            bytes.extend_from_slice(b"trailing");
            format!("1.{}", base64_url(&miniz_oxide::deflate::compress_to_vec(&bytes, 9)))
        }, |e| *e == LinkError::NotADocument),
        ("a billion replicas", hostile(|d| d.scenario.topology.services[1].replicas = 1_000_000_000), |e| matches!(e, LinkError::Invalid(x) if x.field.contains("replicas"))),
        ("no nodes", hostile(|d| d.scenario.platform.nodes = 0), |e| matches!(e, LinkError::Invalid(x) if x.field == "platform.nodes")),
        ("a century of simulated time", hostile(|d| d.scenario.duration = SimDuration::from_hours(24 * 365 * 100)), |e| matches!(e, LinkError::Invalid(x) if x.field == "duration")),
        ("a probe every 0 ms", hostile(|d| d.scenario.timings.probe_period = SimDuration(0)), |e| matches!(e, LinkError::Invalid(_))),
        ("markup as a service name", hostile(|d| d.scenario.topology.services[0].name = "<img src=x onerror=alert(1)>".into()), |e| matches!(e, LinkError::Invalid(x) if x.field.ends_with("name"))),
        ("an ops rate of NaN", hostile(|d| d.pricing.ops_rate = f64::NAN), |e| matches!(e, LinkError::Invalid(x) if x.field == "pricing.ops_rate")),
        ("an unknown price table", hostile(|d| d.pricing.prices = "free-lunch".into()), |e| matches!(e, LinkError::Invalid(x) if x.field == "pricing.preset")),
        ("one platform", hostile(|d| d.shown = vec![PlatformKind::Swarm]), |e| matches!(e, LinkError::Invalid(x) if x.field == "show")),
        ("a platform twice", hostile(|d| d.shown = vec![PlatformKind::Swarm, PlatformKind::Swarm]), |e| matches!(e, LinkError::Invalid(x) if x.field == "show")),
    ];
    for (what, link, expected) in cases {
        let e = refused(&link);
        assert!(expected(&e), "{what}: refused, but as {e:?}");
    }
}

#[test]
fn random_text_never_panics_the_decoder() {
    // Seeded (printed on failure): any bytes, any length up to 3 KB, with and without the prefix.
    let seed = 0x5EED_u64;
    let mut rng = hafen_core::rng::SplitMix64::new(seed);
    let mut next = || rng.next_u64();
    let good = doc("feastflow").encode();
    for i in 0..2_000 {
        let mut s: Vec<u8> = if i % 2 == 0 { good.clone().into_bytes() } else { b"1.".to_vec() };
        let flips = (next() % 8) as usize;
        for _ in 0..flips {
            if s.is_empty() {
                break;
            }
            let at = (next() as usize) % s.len();
            s[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(next() % 64) as usize];
        }
        let extra = (next() % 3_000) as usize * usize::from(i % 5 == 0);
        s.extend((0..extra).map(|_| b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(next() % 64) as usize]));
        let text = String::from_utf8(s).expect("ASCII");
        let outcome = std::panic::catch_unwind(|| Document::decode(&text));
        assert!(outcome.is_ok(), "seed {seed:#x}, case {i}: the decoder panicked on {text:.120}");
    }
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The positional part of `d`, a document without a story or extensions (what a version 1 link
/// holds): its bytes without the story's `None` after them.
fn positional(d: &Document) -> Vec<u8> {
    let mut bytes = d.to_bytes();
    assert!(d.story.is_none() && bytes.pop() == Some(0), "a document without a story or extensions");
    bytes
}

/// The value of `service.autoscale.behavior` giving the services at `indices` an empty
/// `behavior` (every field unset), in postcard as the link format writes it: the list's length,
/// then per entry the index and four absent options.
fn default_behaviors(indices: &[u32]) -> Vec<u8> {
    let mut out = vec![u8::try_from(indices.len()).expect("a few")];
    for &i in indices {
        out.push(u8::try_from(i).expect("below 128, one varint byte"));
        out.extend([0, 0, 0, 0]);
    }
    out
}

#[test]
fn a_downloaded_scenario_file_opens_as_the_same_document() {
    use hafen_core::export::scenario::scenario_yaml;
    use hafen_core::file::{parse_document, parse_scenario};
    let mut docs: Vec<(String, Document)> = ["feastflow", "quantum-trader", "aima", "large"].iter().map(|id| (id.to_string(), doc(id))).collect();
    docs.push(("edited FeastFlow".into(), edited_feastflow()));
    docs.push(("FeastFlow with an autoscaler's behavior".into(), with_behavior(doc("feastflow"), HpaBehavior { scale_up_window: Some(SimDuration::from_secs(30)), ..HpaBehavior::default() })));
    // Every scenario file that ships, as the app would open it.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    for entry in std::fs::read_dir(&dir).expect("scenarios/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "yaml") {
            let text = std::fs::read_to_string(&path).expect("readable");
            docs.push((path.display().to_string(), parse_document(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))));
        }
    }
    // Text that must stay text: quotes, backslashes, a line break, markup.
    let mut odd = doc("feastflow");
    odd.scenario.name = "Q3 \"review\" \\ <script>alert(1)</script>\nsecond line: yes # not a comment \u{7f}\u{1}".into();
    odd.scenario.topology.name = odd.scenario.name.clone();
    odd.pricing.usd_per_eur = Some(1.0837);
    odd.pricing.node_mtbf_hours = 1234.5;
    docs.push(("odd text".into(), odd));
    // A service called "all": its configuration change is not every service's.
    let mut all = doc("feastflow");
    all.scenario.topology.services[1].name = "all".into();
    for s in &mut all.scenario.topology.services {
        for d in &mut s.depends_on {
            if d == "backend" {
                *d = "all".into();
            }
        }
    }
    all.scenario.faults = vec![
        hafen_core::Fault { at: hafen_core::SimTime(60_000), kind: hafen_core::FaultKind::ConfigChange(Some("all".into())) },
        hafen_core::Fault { at: hafen_core::SimTime(120_000), kind: hafen_core::FaultKind::ConfigChange(None) },
    ];
    docs.push(("a service called all".into(), all));
    for (what, d) in docs {
        let file = scenario_yaml(&d);
        let back = parse_document(&file).unwrap_or_else(|e| panic!("{what}: the written file is refused: {e}\n{file}"));
        assert_eq!(back, d, "{what}: the file reads back to a different document:\n{file}");
        assert_eq!(parse_scenario(&file).as_ref(), Ok(&d.scenario), "{what}: the command line reads the same scenario");
    }
}

#[test]
fn a_broken_scenario_file_is_refused_with_its_line_and_field() {
    use hafen_core::export::scenario::scenario_yaml;
    use hafen_core::file::parse_document;
    let file = scenario_yaml(&doc("feastflow")).replace("show: [compose, kubernetes]", "show: [compose, compose]");
    let e = parse_document(&file).expect_err("a platform twice");
    assert_eq!((e.field.as_str(), e.line), ("show", Some(5)), "{e}");
    let file = scenario_yaml(&doc("feastflow")).replacen("    replicas: 3", "    replicas: lots", 1);
    let e = parse_document(&file).expect_err("replicas in words");
    assert!(e.field.ends_with(".replicas") && e.line.is_some(), "{e}");
}
