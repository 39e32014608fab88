//! Renders the app into the DOM of headless Chromium (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use hafen::components::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh app, as on a first visit: no saved scenario, no link in the address (the apps of earlier
/// tests in this page saved theirs).
async fn mount() -> Element {
    let window = web_sys::window().unwrap();
    if let Ok(Some(storage)) = window.local_storage() {
        storage.clear().unwrap();
    }
    let location = window.location();
    let bare = format!("{}{}", location.pathname().unwrap(), location.search().unwrap());
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&bare)).unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).get_attribute(name).unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
    settled().await;
}

async fn key(k: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
    settled().await;
}

async fn change(root: &Element, selector: &str, value: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    el.clone().dyn_into::<web_sys::HtmlInputElement>().unwrap().set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settled().await;
}

async fn check(root: &Element, selector: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    el.clone().dyn_into::<web_sys::HtmlInputElement>().unwrap().set_checked(true);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settled().await;
}

/// Waits until the page has drawn what the last input asked for: the runs of an edit are made in
/// slices after it (`hooks::use_runs`), the diagrams marked busy meanwhile.
async fn settled() {
    yew::scheduler::flush().await;
    let document = web_sys::window().unwrap().document().unwrap();
    for _ in 0..400 {
        if document.query_selector("main[aria-busy=\"true\"]").unwrap().is_none() {
            return;
        }
        sleep(5).await;
    }
    panic!("the runs of an edit never came (still busy after 2 s)");
}

async fn sleep(ms: i32) {
    let sleep = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(sleep).await.unwrap();
    yew::scheduler::flush().await;
}

/// Waits (up to 20 s) until `selector` matches: the estimates behind the Availability, Costs and
/// Advisor tabs are computed in slices after an edit.
async fn until(root: &Element, selector: &str) {
    for _ in 0..400 {
        if count(root, selector) > 0 {
            return;
        }
        let sleep = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(sleep).await.unwrap();
        yew::scheduler::flush().await;
    }
    panic!("no {selector} after 20 s");
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_compose_and_kubernetes_diagrams() {
    let root = mount().await;
    assert_eq!(count(&root, "svg.diagram"), 2);
    assert_eq!(count(&root, "svg[data-platform=compose] g.node"), 1);
    assert_eq!(count(&root, "svg[data-platform=compose] g.pod"), 3);
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.node"), 3);
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.pod"), 6);
    assert_eq!(count(&root, "g.pod[data-state=running]"), 9);
    assert_eq!(count(&root, "svg.app-graph g.svc"), 3);
}

#[wasm_bindgen_test]
async fn the_power_button_kills_node_2_on_every_platform() {
    let root = mount().await;
    click(&root, "svg[data-platform=kubernetes] g.power[data-power=node-2]").await;
    assert_eq!(attr(&root, "svg[data-platform=kubernetes] g.node[data-node=node-2]", "data-state"), "unreachable");
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.pod[data-state=unknown]"), 2);
    assert_eq!(attr(&root, "svg[data-platform=compose] g.node", "data-state"), "unreachable", "the one host stands in for any node");
    assert_eq!(attr(&root, "section.kubernetes li.consequence[data-service=backend]", "data-downtime-ms"), "0");
}

#[wasm_bindgen_test]
async fn crash_backend_reports_operator_downtime_on_compose() {
    let root = mount().await;
    click(&root, ".actions button.crash").await;
    assert_eq!(attr(&root, "svg[data-platform=compose] g.pod[data-service=backend]", "data-state"), "exited");
    // 15 min operator reaction (on-call preset) + 5 s start-up.
    assert_eq!(attr(&root, "section.compose li.consequence[data-service=backend]", "data-downtime-ms"), "905000");
    assert!(text(&root, "section.compose li.consequence[data-service=backend]").contains("restart: unless-stopped"));
    assert!(text(&root, "section.compose p.sub").contains("restart policy: no — Docker's default"));
}

#[wasm_bindgen_test]
async fn a_traffic_spike_is_never_called_unaffected_while_requests_fail() {
    let root = mount().await;
    // ×4 at the cursor (10 s): 200 req/s into one Compose frontend and one backend of 100 req/s.
    click(&root, ".actions button.spike").await;
    assert!(text(&root, "svg[data-platform=compose] text.users").starts_with("users: 200\u{a0}req/s"), "the label follows the traffic event");
    let item = "section.compose li.consequence[data-service=frontend]";
    assert_ne!(attr(&root, item, "data-failed"), "0");
    assert!(!attr(&root, item, "class").split(' ').any(|c| c == "ok"), "not unaffected");
    assert!(text(&root, item).contains("requests failed"), "{}", text(&root, item));
    click(&root, ".tabs button[data-panel=advisor]").await;
    // The team's situation is theirs: a what-if spike does not change the traffic it is judged on.
    assert!(text(&root, ".advisor-panel .from-doc").contains("50\u{a0}req/s"), "{}", text(&root, ".advisor-panel .from-doc"));
    // The simulated table shows both kinds of availability: always up, half the requests lost.
    click(&root, ".tabs button[data-panel=availability]").await;
    assert_eq!(text(&root, ".simulated-table tr[data-platform=compose] .time-up"), "100\u{a0}%");
    assert_ne!(text(&root, ".simulated-table tr[data-platform=compose] .answered"), "100\u{a0}%");
}

#[wasm_bindgen_test]
async fn the_palette_adds_a_service_to_every_platform_and_undo_removes_it() {
    let root = mount().await;
    click(&root, "button.palette-item[data-item=redis]").await;
    assert_eq!(count(&root, "svg.app-graph g.svc[data-service=redis]"), 1);
    assert_eq!(count(&root, "svg[data-platform=compose] g.pod[data-service=redis]"), 1);
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.pod[data-service=redis]"), 1);
    click(&root, "button.undo").await;
    assert_eq!(count(&root, "g.pod[data-service=redis]"), 0);
}

#[wasm_bindgen_test]
async fn the_inspector_refuses_invalid_values_in_place() {
    let root = mount().await;
    click(&root, "svg.app-graph g.svc[data-service=backend]").await;
    change(&root, "#inspector input[data-field=replicas]", "-3").await;
    assert!(text(&root, "#inspector .refusal").contains("replicas cannot be negative"));
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.pod[data-service=backend]"), 2, "nothing changed");
    change(&root, "#inspector input[data-field=replicas]", "4").await;
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.pod[data-service=backend]"), 4);
    assert_eq!(count(&root, "#inspector .refusal"), 0);
}

#[wasm_bindgen_test]
async fn keys_act_on_the_selection() {
    let root = mount().await;
    click(&root, "svg.app-graph g.svc[data-service=backend]").await;
    key("c").await;
    assert_eq!(attr(&root, "svg[data-platform=compose] g.pod[data-service=backend]", "data-state"), "exited");
    key("n").await;
    assert_ne!(text(&root, "output.clock"), "00:10", "n jumps to the next event");
}

#[wasm_bindgen_test]
fn error_banner_is_readable_and_unique() {
    hafen::panic::show_error_banner("test detail");
    hafen::panic::show_error_banner("second detail");
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(document.query_selector_all("#hafen-error").unwrap().length(), 1);
    let banner = document.get_element_by_id(hafen::panic::BANNER_ID).unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap_or_default();
    assert!(text.contains("Reload the page") && text.contains("second detail"), "{text}");
}

macro_rules! golden {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../scenarios/", $name, ".yaml")), include_str!(concat!("../crates/hafen-core/tests/golden/", $name, ".json")))),*]
    };
}

/// Same scenario and seed ⇒ the same bytes in wasm as natively (the golden files are written natively).
#[wasm_bindgen_test]
fn reports_in_wasm_match_the_native_golden_files() {
    let cases = golden!(
        "1-backend-crash", "2-node-failure", "3-traffic-spike", "4-update-v2", "4b-bad-release", "5-database-storage",
        "6-config-change", "7-swarm-middle-way", "8-onboarding-story", "aima", "feastflow", "quantum-trader",
    );
    for (name, yaml, expected) in cases {
        let report = hafen_core::golden::compare_report(yaml).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(report == expected, "{name} (seed 0): the wasm report differs from the native golden file");
    }
}

#[wasm_bindgen_test]
async fn cost_availability_and_advisor_panels_follow_their_inputs() {
    let root = mount().await;
    click(&root, ".tabs button[data-panel=costs]").await;
    until(&root, ".cost-table").await;
    assert!(text(&root, ".cost-table").contains("€80 – €140"), "the design documents' cluster figure");
    assert!(text(&root, ".break-even").contains("never pays back"));
    change(&root, ".cost-panel input.downtime-rate", "5000").await;
    assert_eq!(attr(&root, ".break-even", "data-month"), "3");
    change(&root, ".cost-panel input.ops-rate", "100").await;
    assert_eq!(attr(&root, ".break-even", "data-month"), "8");
    click(&root, ".tabs button[data-panel=availability]").await;
    assert!(text(&root, ".availability-table tr[data-platform=kubernetes] .spof").contains("postgres"));
    // FeastFlow's situation: one Compose host today, production needs 99.9 % and zero-downtime
    // deploys. Swarm and Kubernetes meet both; Swarm costs less in total.
    click(&root, ".tabs button[data-panel=advisor]").await;
    until(&root, ".advisor-panel .recommendation").await;
    assert!(text(&root, ".advisor-panel .recommendation").contains("Docker Swarm"), "{}", text(&root, ".advisor-panel .verdict"));
    assert!(text(&root, ".advisor-panel .from-doc").contains("3 containers on Docker Compose"));
    assert_eq!(text(&root, ".advisor-figures tr[data-platform=compose] .fails"), "zero-downtime deploys");
    // 99.5 %: Compose meets it, but its deploy stops the frontend.
    change(&root, ".advisor-panel input.uptime", "99.5").await;
    assert_eq!(text(&root, ".advisor-figures tr[data-platform=compose] .meets"), "yes");
    assert!(text(&root, ".advisor-panel .recommendation").contains("Docker Swarm"));
    // Without the requirement Compose qualifies, but at €5,000 an hour of downtime (set above) its
    // expected downtime costs more than Swarm's machines and people.
    click(&root, ".advisor-panel input.zero-downtime").await;
    assert_eq!(text(&root, ".advisor-figures tr[data-platform=compose] .fails"), "—");
    assert!(text(&root, ".advisor-panel .recommendation").contains("Docker Swarm"), "{}", text(&root, ".advisor-panel .verdict"));
    assert!(text(&root, ".platform-reasons[data-platform=compose]").contains("more than Docker Swarm, the recommendation"));
    change(&root, ".advisor-panel input.team", "0").await;
    assert!(text(&root, ".advisor-panel .refusal").contains("between 1 and"), "refused where it was typed");
    assert!(text(&root, ".advisor-panel .recommendation").contains("Docker Swarm"), "nothing changed");
    // A team of 8 crosses a rule of thumb; the verdict follows the figures.
    change(&root, ".advisor-panel input.team", "8").await;
    assert!(text(&root, ".advisor-panel .recommendation").contains("Docker Swarm"));
    assert!(text(&root, ".advisor-panel details.rules").contains("✔ team larger than 3"), "{}", text(&root, ".advisor-panel details.rules"));
    assert_eq!(count(&root, ".advisor-panel .refusal"), 0);
    click(&root, ".tabs button[data-panel=availability]").await;
    change(&root, ".availability-panel input.sla", "42").await;
    assert!(text(&root, ".availability-panel .refusal.uptime").contains("between 50\u{a0}% and 99.999\u{a0}%"));
    // Figures out of the range files accept are refused beside the field, and nothing changes.
    click(&root, ".tabs button[data-panel=costs]").await;
    change(&root, ".cost-panel input.ops-rate", "1e306").await;
    assert!(text(&root, ".cost-panel .refusal").contains("ops rate: must be between 0 and 100,000"));
    assert_eq!(count(&root, "svg.chart"), 2, "total cost and monthly breakdown");
    assert_eq!(count(&root, "svg.chart.cumulative polyline.series"), 3, "one line per platform");
    assert_eq!(count(&root, "svg.chart.breakdown rect.bar"), 9, "three parts per platform");
    click(&root, ".tabs button[data-panel=availability]").await;
    change(&root, ".availability-panel input.replica-mtbf", "0.001").await;
    assert!(text(&root, ".availability-panel .refusal.rates").contains("replica failure interval: must be between 1 and"));
    // Monte Carlo at rates that draw too many failures a year is refused before it starts.
    change(&root, ".availability-panel input.replica-mtbf", "1").await;
    click(&root, "button.mc-run").await;
    assert!(text(&root, ".mc-status").starts_with("Not run: at these rates a year has about"), "{}", text(&root, ".mc-status"));
    assert_eq!(count(&root, "svg.chart"), 0, "the Monte Carlo chart comes with its run");
}

#[wasm_bindgen_test]
async fn single_points_of_failure_are_marked_on_the_diagrams() {
    let root = mount().await;
    check(&root, "fieldset.platforms input[data-platform=swarm]").await;
    // One rule on every platform: a service of one replica on the users' chain (frontend →
    // backend → postgres). Compose runs one container of each; Swarm and Kubernetes run three
    // frontends and two backends, and one PostgreSQL.
    until(&root, "svg[data-platform=kubernetes] g.pod.spof").await;
    until(&root, "svg[data-platform=swarm] g.pod.spof").await;
    assert_eq!(count(&root, "svg[data-platform=compose] g.pod.spof"), 3);
    for platform in ["swarm", "kubernetes"] {
        assert_eq!(count(&root, &format!("svg[data-platform={platform}] g.pod.spof")), 1, "{platform}");
        assert_eq!(attr(&root, &format!("svg[data-platform={platform}] g.pod.spof"), "data-service"), "postgres", "{platform}");
    }
    // The badge says what it means.
    let tooltip = text(&root, "svg[data-platform=swarm] g.pod.spof title");
    assert!(tooltip.ends_with("single point of failure: one crash, hang or node failure of it takes frontend down for the users"), "{tooltip}");
}

#[wasm_bindgen_test]
async fn the_counters_say_so_far_the_consequences_the_whole_run_in_whole_seconds() {
    let root = mount().await;
    // Kill offers the node running the database: on Compose the host, on Kubernetes postgres's node.
    assert_eq!(text(&root, ".actions button.kill-node"), "Kill the node running postgres");
    click(&root, ".actions button.kill-node").await;
    assert_eq!(text(&root, "section.compose .figures-now .when"), "So far (at 00:10)");
    for side in ["compose", "kubernetes"] {
        assert_eq!(text(&root, &format!("section.{side} .figures-now + p.when")), "Over the whole run (to 1:00:00)", "{side}: above the consequences");
        assert!(attr(&root, &format!("section.{side} li.consequence[data-service=postgres]"), "class").contains("down"), "{side}: postgres lost its node");
    }
    // Play at 60× a moment and pause: the cursor stops between two seconds, the counters read
    // those of the second the clock shows, in whole seconds.
    let speed = root.query_selector("select.speed").unwrap().unwrap().dyn_into::<web_sys::HtmlSelectElement>().unwrap();
    speed.set_value("60");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    speed.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    click(&root, "button.play").await;
    sleep(700).await;
    click(&root, "button.play").await;
    let clock = text(&root, "output.clock");
    assert_ne!(clock, "00:10", "time moved");
    for side in ["compose", "kubernetes"] {
        assert_eq!(text(&root, &format!("section.{side} .figures-now .when")), format!("So far (at {clock})"));
        let counters = text(&root, &format!("section.{side} dl.counters"));
        let words: Vec<&str> = counters.split(' ').collect();
        let millis = words.windows(2).any(|p| p[1].starts_with('s') && p[0].split_once('.').is_some_and(|(_, f)| f.len() > 1));
        assert!(!millis, "{side}: {counters}");
    }
}
