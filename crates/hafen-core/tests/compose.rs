//! Importing a docker-compose.yml (issue 12): each mapping rule and warning, bad input, and a
//! corpus of realistic compose files (`tests/compose/`) that must open and run on all three
//! platforms through a node failure, with everything said about the run consistent.

use hafen_core::compose::{import, Assumption, Imported, Note, Warning};
use hafen_core::consistency::check;
use hafen_core::presets::signature_fault;
use hafen_core::*;

fn ok(source: &str) -> Imported {
    import(source, "test").unwrap_or_else(|e| panic!("refused: {e}\n{source}"))
}

fn svc<'a>(i: &'a Imported, name: &str) -> &'a Service {
    i.document.scenario.topology.services.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no service {name}"))
}

fn notes_for<'a>(i: &'a Imported, service: &str) -> Vec<(&'a str, &'a Note)> {
    i.warnings.iter().filter(|w| w.service.as_deref() == Some(service)).map(|w| (w.key.as_str(), &w.note)).collect()
}

fn has(i: &Imported, service: Option<&str>, key: &str, note: &Note) -> bool {
    i.warnings.iter().any(|w: &Warning| w.service.as_deref() == service && w.key == key && &w.note == note)
}

// ===================================================================== mapping rules

#[test]
fn the_kind_comes_from_the_image_and_a_build_only_service_from_its_name() {
    let i = ok("
services:
  db: { image: postgres:16 }
  store: { image: 'docker.io/library/mongo:7' }
  cache: { image: valkey/valkey:8 }
  bus: { image: nats:2.10 }
  edge: { image: traefik:v3 }
  api: { image: ghcr.io/acme/api:1 }
  nightly-worker: { build: ./worker }
  webshop: { build: { context: web } }
");
    let kinds: Vec<(String, ServiceKind)> = i.document.scenario.topology.services.iter().map(|s| (s.name.clone(), s.kind)).collect();
    assert_eq!(
        kinds,
        [("db", ServiceKind::Database), ("store", ServiceKind::Database), ("cache", ServiceKind::Cache), ("bus", ServiceKind::Queue), ("edge", ServiceKind::Ingress), ("api", ServiceKind::Backend), ("nightly-worker", ServiceKind::Worker), ("webshop", ServiceKind::Frontend)]
            .map(|(n, k)| (n.to_string(), k))
    );
    assert!(has(&i, Some("nightly-worker"), "build", &Note::OnlyBuild));
    assert!(!notes_for(&i, "api").iter().any(|(k, _)| *k == "build"));
}

#[test]
fn replicas_resources_and_gpu_come_from_deploy_and_the_legacy_keys() {
    let i = ok("
services:
  api:
    image: acme/api
    deploy:
      replicas: 4
      resources:
        limits: { cpus: '1.5', memory: 1G }
        reservations: { cpus: '0.25', memory: 256M }
  legacy:
    image: acme/legacy
    scale: 2
    cpus: 0.5
    mem_limit: 768m
  model:
    image: ollama/ollama
    deploy:
      resources:
        reservations:
          devices: [{ driver: nvidia, count: 1, capabilities: [gpu] }]
  plain: { image: acme/plain }
");
    let api = svc(&i, "api");
    assert_eq!((api.replicas, api.cpu_millis, api.cpu_limit, api.memory_mib, api.memory_limit), (4, 250, Some(1500), 256, Some(1024)));
    let legacy = svc(&i, "legacy");
    assert_eq!((legacy.replicas, legacy.cpu_limit, legacy.memory_mib, legacy.memory_limit), (2, Some(500), 768, Some(768)));
    assert!(svc(&i, "model").gpu);
    assert!(has(&i, Some("plain"), "deploy.resources", &Note::Assumed(Assumption::Resources(100, 128))));
    assert!(!has(&i, Some("api"), "deploy.resources", &Note::Assumed(Assumption::Resources(100, 128))));
}

#[test]
fn replicas_publishing_one_fixed_host_port_run_once_on_compose() {
    let i = ok("
services:
  web: { image: acme/web, deploy: { replicas: 3 }, ports: ['8080:80'] }
  ephemeral: { image: acme/e, deploy: { replicas: 2 }, ports: ['80'] }
  long: { image: acme/l, scale: 2, ports: [{ target: 80, published: 8081 }] }
");
    let web = svc(&i, "web");
    assert_eq!((web.replicas, web.compose_replicas), (3, Some(1)));
    assert!(has(&i, Some("web"), "ports", &Note::PortClash(3)));
    assert_eq!(svc(&i, "ephemeral").compose_replicas, None, "Docker picks a host port per replica");
    assert_eq!(svc(&i, "long").compose_replicas, Some(1));
}

#[test]
fn a_healthcheck_becomes_healthcheck_liveness_and_readiness_with_the_same_timings() {
    let i = ok("
services:
  api:
    image: acme/api
    healthcheck:
      test: [CMD, curl, -f, http://localhost/health]
      interval: 1m30s
      timeout: 2.5s
      retries: 4
      start_period: 40s
      start_interval: 2s
  off:
    image: acme/off
    healthcheck: { disable: true }
  none:
    image: acme/none
    healthcheck: { test: [NONE] }
");
    let p = Probe {
        period: Some(SimDuration(90_000)),
        failure_threshold: Some(4),
        timeout: Some(SimDuration(2_500)),
        initial_delay: None,
        start_period: Some(SimDuration(40_000)),
        start_interval: Some(SimDuration(2_000)),
    };
    let api = svc(&i, "api");
    assert_eq!((api.liveness.as_ref(), api.readiness.as_ref()), (Some(&p), Some(&p)));
    assert_eq!((svc(&i, "off").liveness.as_ref(), svc(&i, "none").readiness.as_ref()), (None, None));
}

#[test]
fn the_restart_policy_is_kept_and_deploy_restart_policy_wins() {
    let i = ok("
services:
  a: { image: x/a, restart: unless-stopped }
  b: { image: x/b, restart: 'on-failure:5' }
  c: { image: x/c, restart: always, deploy: { restart_policy: { condition: none, delay: 5s } } }
  d: { image: x/d, deploy: { restart_policy: { condition: any } } }
  e: { image: x/e }
  f: { image: x/f, restart: sometimes }
");
    let policies: Vec<RestartPolicy> = i.document.scenario.topology.services.iter().map(|s| s.restart).collect();
    use RestartPolicy::*;
    assert_eq!(policies, [UnlessStopped, OnFailure, No, Always, No, No]);
    assert!(has(&i, Some("b"), "restart", &Note::NotSimulated), "the retry limit is said not to be simulated");
    assert!(has(&i, Some("c"), "deploy.restart_policy.delay", &Note::NotSimulated));
    assert!(has(&i, Some("f"), "restart", &Note::BadValue("sometimes".into(), hafen_core::message!("expect-restart"))));
}

#[test]
fn a_named_volume_makes_a_stateful_service_and_bind_mounts_are_warned_about() {
    let i = ok("
services:
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
  files:
    image: acme/files
    volumes:
      - type: volume
        source: uploads
        target: /srv
      - type: tmpfs
        target: /tmp
  app:
    image: acme/app
    volumes: [/var/run/docker.sock:/var/run/docker.sock]
volumes:
  pgdata:
  uploads:
");
    let db = svc(&i, "db");
    assert!(db.stateful && db.volume_gib == Some(10));
    assert!(svc(&i, "files").stateful);
    assert!(!svc(&i, "app").stateful);
    assert!(has(&i, Some("db"), "volumes[1]", &Note::BindMount("./init.sql".into())));
    assert!(has(&i, Some("app"), "volumes[0]", &Note::BindMount("/var/run/docker.sock".into())));
    assert!(has(&i, Some("files"), "volumes[1]", &Note::NotSimulated), "tmpfs");
    assert!(has(&i, Some("db"), "volumes[0]", &Note::Assumed(Assumption::VolumeSize(10))));
}

#[test]
fn depends_on_in_both_forms_profiles_and_dropped_dependencies() {
    let i = ok("
services:
  web:
    image: acme/web
    ports: ['80:80']
    depends_on:
      api: { condition: service_healthy, restart: true }
  api:
    image: acme/api
    depends_on: [db, debugger]
  db: { image: postgres:16 }
  debugger:
    image: acme/debugger
    profiles: [debug]
");
    assert_eq!(svc(&i, "web").depends_on, ["api"]);
    assert_eq!(svc(&i, "api").depends_on, ["db"]);
    assert!(i.document.scenario.topology.service_index("debugger").is_none());
    assert!(has(&i, Some("debugger"), "profiles", &Note::InProfile(vec!["debug".into()])));
    assert!(has(&i, Some("api"), "depends_on", &Note::DependencyDropped("debugger".into())));
    assert!(has(&i, Some("web"), "depends_on.api.condition", &Note::StartOrder { condition: "service_healthy".into(), dependency: "api".into() }));
    assert!(has(&i, Some("web"), "depends_on.api.restart", &Note::NotSimulated));
}

#[test]
fn the_entry_is_the_published_service_in_front_and_traffic_and_cluster_are_labelled_assumptions() {
    let i = ok("
services:
  api: { image: acme/api, ports: ['8080:8080'], depends_on: [db] }
  proxy: { image: nginx, ports: ['80:80'], depends_on: [api] }
  db: { image: postgres, ports: ['5432:5432'] }
");
    let t = i.document.scenario.traffic.as_ref().expect("traffic");
    assert_eq!((t.entry.as_str(), t.rps), ("proxy", 50));
    assert!(has(&i, Some("proxy"), "traffic", &Note::Assumed(Assumption::Traffic("proxy".into(), 50))));
    assert!(i.warnings.iter().any(|w| matches!(w.note, Note::Assumed(Assumption::Cluster(3, 2_000, 4_096, 0)))));
    // Without published ports: the service nothing depends on.
    let i = ok("services:\n  worker: { image: acme/w, depends_on: [queue] }\n  queue: { image: rabbitmq }\n");
    assert_eq!(i.document.scenario.traffic.as_ref().map(|t| t.entry.as_str()), Some("worker"));
    assert!(i.warnings.iter().any(|w| w.note == Note::Assumed(Assumption::EntryWithoutPorts("worker".into()))));
}

#[test]
fn the_cluster_grows_until_every_replica_fits_after_a_node_fails() {
    let i = ok("services:\n  big: { image: acme/big, deploy: { replicas: 6, resources: { reservations: { cpus: '2', memory: 4G } } } }\n");
    let p = &i.document.scenario.platform;
    // 6 × 2 CPU / 4 GiB on the two nodes left: 4 vCPU nodes are too small (8 < 12), 8 / 32 fit.
    assert_eq!((p.nodes, p.node_cpu_millis, p.node_memory_mib), (3, 8_000, 32_768));
}

#[test]
fn variables_use_their_defaults_and_unset_ones_are_reported() {
    let i = ok("
services:
  app:
    image: acme/app:${TAG:-1.2}
    ports: ['${PORT:-8080}:8080']
    environment:
      TOKEN: ${TOKEN:?TOKEN must be set}
      HOME_DIR: $HOME
");
    assert!(has(&i, None, "${TOKEN}", &Note::Required("TOKEN".into(), "TOKEN must be set".into())));
    assert!(has(&i, None, "${HOME}", &Note::Unset("HOME".into())));
    assert!(!i.warnings.iter().any(|w| w.key == "${TAG}" || w.key == "${PORT}"));
}

#[test]
fn merge_keys_anchors_and_extension_fields_are_read() {
    let i = ok("
x-common: &common
  restart: always
  deploy: { replicas: 2 }
x-health: &health
  healthcheck: { test: [CMD, true], interval: 7s }
services:
  a:
    <<: [*common, *health]
    image: acme/a
  b:
    <<: *common
    image: acme/b
    restart: 'no'
");
    let (a, b) = (svc(&i, "a"), svc(&i, "b"));
    assert_eq!((a.restart, a.replicas, a.liveness.as_ref().and_then(|p| p.period)), (RestartPolicy::Always, 2, Some(SimDuration(7_000))));
    assert_eq!((b.restart, b.replicas), (RestartPolicy::No, 2), "the service's own key wins over the merged one");
    assert!(!i.warnings.iter().any(|w| w.key.starts_with("x-")), "extension fields are not warnings");
}

#[test]
fn what_is_not_simulated_or_unknown_is_warned_about_by_service_and_key() {
    let i = ok("
version: '3.8'
services:
  app:
    image: acme/app
    environment: [A=1]
    networks: [front]
    command: serve
    colour: blue
    deploy:
      update_config: { parallelism: 1 }
      placement: { constraints: [node.role == manager] }
      mode: global
networks:
  front:
");
    assert!(has(&i, None, "version", &Note::Obsolete));
    assert!(has(&i, None, "networks", &Note::NotSimulated));
    for key in ["environment", "networks", "command", "deploy.update_config"] {
        assert!(has(&i, Some("app"), key, &Note::NotSimulated), "{key}");
    }
    assert!(has(&i, Some("app"), "colour", &Note::Unknown));
    assert!(has(&i, Some("app"), "deploy.placement.constraints", &Note::Constraint("node.role == manager".into())));
    assert!(has(&i, Some("app"), "deploy.mode", &Note::Global(3)));
    assert_eq!(svc(&i, "app").replicas, 3);
    // Every warning has its line, except the assumptions about the whole application.
    for w in &i.warnings {
        assert!(w.line.is_some() || matches!(w.note, Note::Assumed(_)), "{w:?}");
        assert!(!text::compose_warning(w).to_string().is_empty());
    }
    // In file order.
    let lines: Vec<usize> = i.warnings.iter().filter_map(|w| w.line).collect();
    assert!(lines.windows(2).all(|p| p[0] <= p[1]), "{lines:?}");
}

// ===================================================================== bad input

#[test]
fn a_file_that_is_not_a_compose_file_is_refused_with_its_line_and_key() {
    let cases: [(&str, &str, Option<usize>); 9] = [
        ("services: [a, b]\n", "services", Some(1)),
        ("name: x\n", "services", Some(1)),
        // The YAML library reports an unclosed list where the file ends.
        ("services:\n  web:\n    image: [nginx\n", "YAML", Some(4)),
        ("services:\n  web:\n    ports: ['80:80']\n", "services.web", Some(3)),
        ("services:\n  web: nginx\n", "services.web", Some(2)),
        ("services:\n  web:\n    image: nginx:${TAG:-1\n", "services.web.image", Some(3)),
        ("- just\n- a list\n", "file", Some(1)),
        ("", "file", None),
        ("services:\n  only:\n    image: x\n    profiles: [dev]\n", "services", Some(2)),
    ];
    for (source, field, line) in cases {
        let e = import(source, "t").expect_err(source);
        assert_eq!((e.field.as_str(), e.line), (field, line), "{source:?}: {e}");
    }
}

#[test]
fn huge_deep_and_alias_bomb_files_are_refused_within_limits() {
    let huge = format!("services:\n  a:\n    image: x\n    labels:\n{}", "      - padding-padding-padding-padding\n".repeat(40_000));
    assert!(import(&huge, "t").expect_err("huge").message.to_string().contains("KiB"));
    let deep = format!("services:\n  a:\n    image: x\n    x-deep:\n{}", (0..300).map(|i| format!("{}- \n", " ".repeat(6 + i))).collect::<String>());
    assert!(import(&deep, "t").is_err());
    let mut bomb = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 0..9 {
        let (p, n) = ((b'a' + i) as char, (b'a' + i + 1) as char);
        bomb.push_str(&format!("{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"));
    }
    bomb.push_str("services:\n  s: { image: x }\n");
    let started = std::time::Instant::now();
    let e = import(&bomb, "t").expect_err("billion laughs");
    assert!(e.message.to_string().contains("alias"), "{e}");
    assert!(started.elapsed().as_secs() < 5, "refused quickly");
}

#[test]
fn unknown_keys_are_warnings_never_refusals() {
    let i = ok("services:\n  a:\n    image: x\n    future_key: 1\n    deploy: { brand_new: true }\nfuture_top: {}\n");
    assert!(has(&i, Some("a"), "future_key", &Note::Unknown));
    assert!(has(&i, Some("a"), "deploy.brand_new", &Note::Unknown));
    assert!(has(&i, None, "future_top", &Note::Unknown));
}

// ===================================================================== the corpus

/// (file, services imported, entry, stateful services)
const CORPUS: [(&str, usize, &str, &[&str]); 17] = [
    ("01-nginx-flask-mysql.yml", 3, "proxy", &["db"]),
    ("02-traefik-whoami-postgres.yml", 3, "traefik", &["postgres"]),
    ("03-wordpress-mysql.yml", 2, "wordpress", &["db", "wordpress"]),
    ("04-react-express-mongodb.yml", 3, "frontend", &["mongo"]),
    ("05-django-celery.yml", 5, "web", &["postgres"]),
    ("06-gitea.yml", 2, "server", &[]),
    ("07-nextcloud.yml", 5, "web", &["db", "app", "web", "cron"]),
    ("08-prometheus-grafana.yml", 3, "grafana", &["prometheus"]),
    ("09-elasticsearch-kibana.yml", 2, "kibana", &["elasticsearch"]),
    ("10-kafka-pipeline.yml", 3, "producer", &["kafka"]),
    ("11-rabbitmq-workers.yml", 4, "api", &["rabbitmq", "db"]),
    ("12-spring-postgres.yml", 2, "app", &["db"]),
    ("13-swarm-stack.yml", 4, "web", &["db"]),
    ("14-single-service.yml", 1, "app", &[]),
    ("15-caddy-php-mariadb.yml", 3, "caddy", &["caddy", "mariadb"]),
    ("16-ollama-gpu.yml", 2, "open-webui", &["ollama"]),
    ("17-haproxy-api-valkey-nats.yml", 4, "lb", &[]),
];

#[test]
fn realistic_compose_files_open_and_run_through_a_node_failure_on_all_three_platforms() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/compose");
    let mut files: Vec<String> = std::fs::read_dir(dir).expect("tests/compose").filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".yml")).collect();
    files.sort();
    assert_eq!(files, CORPUS.map(|c| c.0.to_string()), "every corpus file has its expectations");
    let mut problems = Vec::new();
    for (file, count, entry, stateful) in CORPUS {
        let source = std::fs::read_to_string(format!("{dir}/{file}")).expect(file);
        let i = import(&source, file).unwrap_or_else(|e| panic!("{file}: refused: {e}"));
        let sc = &i.document.scenario;
        assert_eq!(sc.topology.services.len(), count, "{file}: services");
        assert_eq!(sc.traffic.as_ref().map(|t| t.entry.as_str()), Some(entry), "{file}: entry");
        let got: Vec<&str> = sc.topology.services.iter().filter(|s| s.stateful).map(|s| s.name.as_str()).collect();
        assert_eq!(got, stateful, "{file}: stateful services");
        // The same document through the scenario file format.
        let yaml = export::scenario::scenario_yaml(&i.document);
        assert_eq!(file::parse_document(&yaml).as_ref(), Ok(&i.document), "{file}: the scenario file reads back");
        // The node running its database (or its entry) dies; every platform runs it and agrees with itself.
        let mut failing = sc.clone();
        failing.faults.push(signature_fault(sc).expect("a signature fault"));
        for kind in PlatformKind::ALL {
            let (on, _) = failing.on_platform(kind);
            match simulate(&on) {
                Ok(run) => problems.extend(check(&on, &run).into_iter().map(|p| format!("{file} on {kind:?} (seed {}): {p}", on.seed))),
                Err(e) => problems.push(format!("{file} on {kind:?}: refused: {e}")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ===================================================================== export, and back

fn every_document() -> Vec<(String, document::Document)> {
    let mut docs = Vec::new();
    for (id, text) in presets::BUILTIN {
        docs.push((id.to_string(), file::parse_document(text).expect(id)));
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("scenarios/").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "yaml")).collect();
    files.sort();
    for p in files {
        let text = std::fs::read_to_string(&p).expect("readable");
        docs.push((p.display().to_string(), file::parse_document(&text).expect("valid")));
    }
    for (f, ..) in CORPUS {
        let source = std::fs::read_to_string(format!("{}/tests/compose/{f}", env!("CARGO_MANIFEST_DIR"))).expect(f);
        docs.push((f.to_string(), import(&source, f).expect(f).document));
    }
    docs
}

/// The cluster a document is compared on: nodes, CPU per node [millicores], memory per node [MiB],
/// GPU nodes.
type Cluster = (u32, u32, u32, u32);

/// What a compose file can carry: the application and the cluster it is compared on.
fn application(d: &document::Document) -> (String, Vec<Service>, Option<Traffic>, Cluster) {
    let sc = &d.scenario;
    let p = &sc.platform;
    (sc.name.clone(), sc.topology.services.clone(), sc.traffic.clone(), (p.nodes, p.node_cpu_millis, p.node_memory_mib, p.gpu_nodes))
}

#[test]
fn an_exported_compose_or_stack_file_imports_to_the_same_application() {
    use export::compose::{compose_yaml, Flavour};
    let mut docs = every_document();
    // Three replicas behind one published port, the same on Compose (the file said so).
    let mut busy = file::parse_document(presets::BUILTIN[0].1).expect("FeastFlow");
    busy.scenario.topology.services[0].compose_replicas = None;
    docs.push(("FeastFlow, three frontends everywhere".into(), busy));
    // An autoscaler's behavior travels in x-hafen: set with its defaults, and with fields given.
    for behavior in [HpaBehavior::default(), HpaBehavior { scale_up_pods: Some(2), scale_up_window: Some(SimDuration::from_secs(60)), ..HpaBehavior::default() }] {
        let mut d = file::parse_document(presets::BUILTIN[0].1).expect("FeastFlow");
        let a = d.scenario.topology.services.iter_mut().find_map(|s| s.autoscale.as_mut()).expect("an autoscaled service");
        a.behavior = Some(behavior.clone());
        docs.push((format!("FeastFlow, behavior {behavior:?}"), d));
    }
    for (what, doc) in docs {
        for flavour in [Flavour::Compose, Flavour::Stack] {
            let yaml = compose_yaml(&doc, flavour);
            let back = import(&yaml, "other").unwrap_or_else(|e| panic!("{what} ({flavour:?}): the export is refused: {e}\n{yaml}"));
            assert_eq!(application(&back.document), application(&doc), "{what} ({flavour:?}):\n{yaml}");
            let assumed: Vec<String> = back.warnings.iter().filter(|w| matches!(w.note, Note::Assumed(_) | Note::Unknown | Note::BadValue(..))).map(|w| text::compose_warning(w).to_string()).collect();
            assert!(assumed.is_empty(), "{what} ({flavour:?}): nothing assumed or unread on the way back: {assumed:?}");
        }
    }
}

#[test]
fn a_memory_limit_comes_back_out_as_a_limit_and_a_reservation_as_a_request() {
    // Issue 29: `mem_limit: 1g` came out of the exports as a reservation (`reservations.memory`,
    // `requests.memory`) and nowhere as a limit. A limit is a limit: Compose's `limits.memory`,
    // Kubernetes' `resources.limits.memory`. The request Hafen schedules by is the reservation,
    // else the limit (Kubernetes copies a limit into a request left unset).
    let i = ok("
services:
  cloud:
    image: nextcloud:fpm-alpine
    mem_limit: 1g
  db:
    image: mariadb:10.11
    mem_reservation: 256m
    mem_limit: 1g
  api:
    image: acme/api
    deploy:
      resources:
        limits: { memory: 2G }
        reservations: { memory: 512M }
");
    let mems: Vec<(&str, u32, Option<u32>)> = ["cloud", "db", "api"].iter().map(|n| (*n, svc(&i, n).memory_mib, svc(&i, n).memory_limit)).collect();
    assert_eq!(mems, [("cloud", 1024, Some(1024)), ("db", 256, Some(1024)), ("api", 512, Some(2048))]);
    let doc = &i.document;
    // docker-compose.yml and the stack file: the limit under limits:, a reservation only where one was given.
    for flavour in [export::compose::Flavour::Compose, export::compose::Flavour::Stack] {
        let yaml = export::compose::compose_yaml(doc, flavour);
        let block = |name: &str| {
            let from = yaml.find(&format!("  \"{name}\":")).unwrap_or_else(|| panic!("{name} in\n{yaml}"));
            let rest = &yaml[from..];
            rest[..rest.find("    x-hafen:").unwrap_or(rest.len())].to_string()
        };
        let cloud = block("cloud");
        assert!(cloud.contains("        limits:\n          memory: 1024M\n") && !cloud.contains("reservations:\n          cpus: \"0.1\"\n          memory"), "{flavour:?}: {cloud}");
        let db = block("db");
        assert!(db.contains("        limits:\n          memory: 1024M\n") && db.contains("          memory: 256M\n"), "{flavour:?}: {db}");
        let api = block("api");
        assert!(api.contains("          memory: 2048M\n") && api.contains("          memory: 512M\n"), "{flavour:?}: {api}");
        let back = import(&yaml, "other").unwrap_or_else(|e| panic!("{flavour:?}: {e}\n{yaml}"));
        assert_eq!(application(&back.document), application(doc), "{flavour:?}: round trip\n{yaml}");
    }
    // Kubernetes: requests are the request, limits the limit.
    let m = export::kubernetes::manifests(doc);
    assert!(m.contains("requests: { cpu: 100m, memory: 1024Mi }\n            limits: { memory: 1024Mi }"), "{m}");
    assert!(m.contains("requests: { cpu: 100m, memory: 256Mi }\n            limits: { memory: 1024Mi }"), "{m}");
    assert!(m.contains("requests: { cpu: 100m, memory: 512Mi }\n            limits: { memory: 2048Mi }"), "{m}");
    // The scenario file carries it too.
    let file = export::scenario::scenario_yaml(doc);
    assert_eq!(file::parse_document(&file).as_ref().map(application), Ok(application(doc)), "{file}");
}

#[test]
fn the_kubernetes_manifests_carry_the_scenarios_workloads_probes_volumes_and_autoscaler() {
    let mut doc = file::parse_document(presets::BUILTIN[0].1).expect("FeastFlow");
    // Probe timings and a preStop pause the manifests must carry.
    let backend = doc.scenario.topology.services.iter_mut().find(|s| s.name == "backend").expect("backend");
    backend.liveness = Some(Probe { period: Some(SimDuration::from_secs(7)), failure_threshold: Some(4), timeout: Some(SimDuration(1_500)), ..Probe::default() });
    backend.pre_stop = Some(SimDuration::from_secs(5));
    let m = export::kubernetes::manifests(&doc);
    let docs: Vec<&str> = m.split("\n---\n").collect();
    let find = |kind: &str, name: &str| {
        docs.iter()
            .find(|d| d.lines().any(|l| l == format!("kind: {kind}")) && d.lines().any(|l| l == format!("  name: {name}")))
            .copied()
            .unwrap_or_else(|| panic!("no {kind} {name} in\n{m}"))
    };
    assert!(find("Namespace", "feastflow").contains("name: feastflow"));
    let db = find("StatefulSet", "postgres");
    assert!(db.contains("accessModes: [ReadWriteOnce]") && db.contains("storage: 10Gi"), "{db}");
    assert!(find("Service", "postgres").contains("clusterIP: None"));
    let be = find("Deployment", "backend");
    assert!(be.contains("replicas: 2") && be.contains("requests: { cpu: 250m, memory: 256Mi }"), "{be}");
    assert!(be.contains("livenessProbe:\n            tcpSocket: { port: 8080 }\n            periodSeconds: 7\n            timeoutSeconds: 2\n            failureThreshold: 4"), "{be}");
    assert!(be.contains("preStop:\n              sleep: { seconds: 5 }"), "{be}");
    let hpa = find("HorizontalPodAutoscaler", "backend");
    assert!(hpa.contains("minReplicas: 2\n  maxReplicas: 10") && hpa.contains("averageUtilization: 70"), "{hpa}");
    assert!(find("Ingress", "feastflow").contains("service: { name: frontend, port: { number: 8080 } }"));
    // The stack file says what Swarm does.
    let stack = export::compose::compose_yaml(&doc, export::compose::Flavour::Stack);
    assert!(stack.contains("restart_policy:\n        condition: any") && stack.contains("order: stop-first") && !stack.contains("\n    depends_on:"), "{stack}");
    let compose = export::compose::compose_yaml(&doc, export::compose::Flavour::Compose);
    assert!(compose.contains("    restart: \"no\"") && compose.contains("depends_on: [\"postgres\"]"), "{compose}");
}

#[test]
fn a_compose_file_is_told_from_a_scenario_file_in_one_read() {
    use hafen_core::compose::import_if_compose;
    assert!(import_if_compose(presets::BUILTIN[0].1, "f").is_none(), "a scenario file (services: is a list, platform: given)");
    assert!(import_if_compose("services:\n  web: { image: nginx }\nplatform: { kind: compose }\n", "f").is_none(), "platform: makes it a scenario");
    assert!(import_if_compose("services: [\n", "f").is_none(), "unreadable YAML is left to the scenario reader");
    assert!(matches!(import_if_compose("services:\n  web: { image: nginx }\n", "f"), Some(Ok(_))));
    let refused = import_if_compose("services:\n  web: { ports: ['80:80'] }\n", "f");
    assert!(matches!(refused, Some(Err(ref e)) if e.field == "services.web"), "{refused:?}");
}

#[test]
fn every_import_warning_is_a_whole_sentence_in_every_language() {
    // Issue 29: "condition service_healthy orders start-up only, which is not simulated; the
    // dependency for answering requests is" ended mid-sentence (German "… schon", Norwegian
    // "… gjør det"). Every note, said in English, German and Norwegian, ends as a sentence does,
    // and the start-order note says what is simulated instead, naming the dependency.
    use hafen_core::locale::Lang;
    use hafen_core::text::message::Value;
    use hafen_core::text::Words;
    let i = ok("services:\n  web:\n    image: acme/web\n    ports: ['80:80']\n    depends_on:\n      api: { condition: service_healthy }\n  api: { image: acme/api }\n");
    let start = i.warnings.iter().find(|w| matches!(w.note, Note::StartOrder { .. })).expect("a start-order warning");
    assert_eq!(
        Words::default().tell(&text::compose_warning(start)),
        "services.web.depends_on.api.condition (line 6): condition service_healthy orders start-up only, which is not simulated; the dependency itself is simulated: this service cannot answer while api is down"
    );
    let notes = [
        Note::NotSimulated,
        Note::Unknown,
        Note::Obsolete,
        Note::BindMount("./nginx.conf".into()),
        Note::OnlyBuild,
        Note::InProfile(vec!["debug".into()]),
        Note::DependencyDropped("debugger".into()),
        Note::Unset("PASSWORD".into()),
        Note::Required("PASSWORD".into(), "set it first".into()),
        Note::BadValue(Value::from("lots"), hafen_core::message!("expect-memory-lower")),
        Note::Constraint("node.role == manager".into()),
        Note::StartOrder { condition: "service_healthy".into(), dependency: "api".into() },
        Note::Global(3),
        Note::PortClash(2),
        Note::Assumed(Assumption::Resources(100, 128)),
        Note::Assumed(Assumption::VolumeSize(10)),
        Note::Assumed(Assumption::Traffic("web".into(), 50)),
        Note::Assumed(Assumption::EntryWithoutPorts("worker".into())),
        Note::Assumed(Assumption::Cluster(3, 2_000, 4_096, 1)),
    ];
    // Words a sentence of these catalogs never ends on (an ellipsis that reads as cut off).
    let dangling: [(&str, &[&str]); 3] = [
        ("en", &["is", "are", "was", "the", "a", "an", "and", "or", "but"]),
        ("de", &["schon", "der", "die", "das", "und", "oder"]),
        ("nb", &["det", "er", "og", "eller", "en", "et"]),
    ];
    for (tag, words) in dangling {
        let lang = Lang::from_tag(tag).expect("a language");
        let source = std::fs::read_to_string(format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.tag())).expect("catalog");
        let w = Words::read(lang, &source).expect("catalog reads");
        for note in &notes {
            let said = w.tell(&text::compose_note(note));
            let last = said.trim_end_matches([')', '.']).rsplit([' ', '(']).next().unwrap_or_default();
            assert!(!words.contains(&last), "{}: ends mid-sentence on {last:?}: {said}", lang.tag());
            assert!(!said.contains('{') && !said.ends_with([',', ';', ':']), "{}: {said}", lang.tag());
        }
    }
}

#[test]
fn a_services_image_is_kept_from_the_compose_file_through_the_scenario_file_into_every_export() {
    // Issue 31: the import read `image:` only for the kind and the exports wrote a placeholder.
    let i = ok("
services:
  web:
    image: ghcr.io/acme/shop-web:2.4.1
    ports: [\"80:8080\"]
    depends_on: [db]
  db:
    image: postgres:15-alpine
    volumes: [\"data:/var/lib/postgresql/data\"]
  built:
    build: ./worker
volumes:
  data: {}
");
    assert_eq!(svc(&i, "web").image.as_deref(), Some("ghcr.io/acme/shop-web:2.4.1"));
    assert_eq!(svc(&i, "db").image.as_deref(), Some("postgres:15-alpine"));
    assert_eq!(svc(&i, "built").image, None, "built from source: no image of its own");
    // Through the scenario file and back.
    let file = export::scenario::scenario_yaml(&i.document);
    assert!(file.contains("    image: \"postgres:15-alpine\"\n"), "{file}");
    let doc = file::parse_document(&file).expect("the scenario file reads back");
    assert_eq!(doc, i.document);
    // Every export runs the service's own image; the one without gets a stand-in.
    for flavour in [export::compose::Flavour::Compose, export::compose::Flavour::Stack] {
        let yaml = export::compose::compose_yaml(&doc, flavour);
        assert!(yaml.contains("    image: \"ghcr.io/acme/shop-web:2.4.1\"\n") && yaml.contains("    image: \"postgres:15-alpine\"\n"), "{flavour:?}: {yaml}");
        assert!(yaml.contains("    image: \"registry.example.com/"), "{flavour:?}: {yaml}");
        let back = import(&yaml, "other").unwrap_or_else(|e| panic!("{flavour:?}: {e}"));
        assert_eq!(application(&back.document), application(&doc), "{flavour:?}: the same images come back\n{yaml}");
    }
    let m = export::kubernetes::manifests(&doc);
    assert!(m.contains("image: \"ghcr.io/acme/shop-web:2.4.1\"") && m.contains("image: \"postgres:15-alpine\""), "{m}");
    // An image Docker would not read is said, and the service keeps no image.
    let odd = ok("services:\n  api:\n    image: \"My Api:latest\"\n");
    assert_eq!(svc(&odd, "api").image, None);
    assert!(notes_for(&odd, "api").iter().any(|(k, n)| *k == "image" && matches!(n, Note::BadValue(..))));
}
