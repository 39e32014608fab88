//! A panic must never leave a dead page: the hook logs it to the console and shows a banner.

use wasm_bindgen::JsCast;

/// Id of the banner element, for styling and tests.
pub const BANNER_ID: &str = "hafen-error";

/// Installs the panic hook. Call once, first thing. Through Yew's own setter: its renderer would
/// otherwise replace a hook set with `std::panic::set_hook` by its console-only default.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("Hafen panicked: {message}").into());
        show_error_banner(&message);
    }));
}

/// Shows (or updates) a readable error banner at the top of the page. Never panics itself.
pub fn show_error_banner(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let banner = match document.get_element_by_id(BANNER_ID) {
        Some(existing) => existing,
        None => {
            let Ok(el) = document.create_element("div") else { return };
            el.set_id(BANNER_ID);
            let _ = el.set_attribute("role", "alert");
            let _ = el.set_attribute("class", "error-banner");
            let _ = body.insert_before(&el, body.first_child().as_ref());
            el
        }
    };
    banner.set_text_content(Some(&format!("{} ", hafen_core::say!(crate::i18n::current(), "panic-banner"))));
    if let Ok(code) = document.create_element("code") {
        code.set_text_content(Some(detail));
        let _ = banner.append_child(&code);
    }
    if let Some(el) = banner.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
