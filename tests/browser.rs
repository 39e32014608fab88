//! Renders the app into the DOM of headless Chromium (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use hafen::components::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
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
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
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
}

#[wasm_bindgen_test]
async fn kill_node_2_marks_it_down_and_its_pods_unknown() {
    let root = mount().await;
    click(&root, "section.kubernetes button.kill[data-node=node-2]").await;
    assert_eq!(attr(&root, "svg[data-platform=kubernetes] g.node[data-node=node-2]", "data-state"), "unreachable");
    assert_eq!(count(&root, "svg[data-platform=kubernetes] g.node[data-node=node-2] g.pod[data-state=unknown]"), 2);
    assert_eq!(attr(&root, "section.kubernetes li.consequence[data-service=backend]", "data-downtime-ms"), "0");
}

#[wasm_bindgen_test]
async fn crash_backend_on_compose_reports_operator_downtime() {
    let root = mount().await;
    click(&root, "section.compose button.crash").await;
    assert_eq!(attr(&root, "svg[data-platform=compose] g.pod[data-service=backend]", "data-state"), "exited");
    // 15 min operator reaction (on-call preset) + 5 s start-up.
    assert_eq!(attr(&root, "section.compose li.consequence[data-service=backend]", "data-downtime-ms"), "905000");
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
        "6-config-change", "7-swarm-middle-way", "aima", "feastflow", "quantum-trader",
    );
    for (name, yaml, expected) in cases {
        let report = hafen_core::golden::compare_report(yaml).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(report == expected, "{name} (seed 0): the wasm report differs from the native golden file");
    }
}
