//! Browser glue for keeping and sharing the document: the address's `#…` (the document, encoded
//! as `hafen_core::document` says) and the browser's local storage (the last document edited, and
//! saved states that could not be read, kept aside). Nothing here decides anything: the reducer and
//! [`crate::state::AppState::start`] do.

use crate::browser::UrlParams;
use crate::state::{AppState, Opening, KEPT_ASIDE};
use wasm_bindgen::JsValue;

/// Storage key of the last document edited in this browser (encoded).
pub const SAVED: &str = "hafen.document";
/// Storage key of when it was saved [ms since 1970].
pub const SAVED_AT: &str = "hafen.saved-at";

/// The browser's local storage, if the page may use it (a sandboxed frame or a private window may not).
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Now [ms since 1970].
pub fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// The address's `#…` without the `#` (empty if none).
pub fn hash() -> String {
    let h = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    h.strip_prefix('#').unwrap_or(&h).to_string()
}

/// What the page opens with: the address's link, `?preset=`, the saved document.
pub fn opening(preset: Option<String>, embed: bool) -> Opening {
    // A presenter's address has the step after the document (`#2.…&step=3`).
    let hash = crate::address::document_part(&hash()).map(str::to_string);
    let saved = storage().and_then(|s| {
        let text = s.get_item(SAVED).ok().flatten()?;
        let at = s.get_item(SAVED_AT).ok().flatten().and_then(|t| t.parse::<f64>().ok());
        let ago = at.map(|at| ((now() - at).max(0.0) / 60_000.0) as u64);
        Some((text, ago))
    });
    Opening { hash, preset, saved, embed }
}

/// The state the page opens with, as its address says (see [`AppState::start`] and
/// [`AppState::played_as`]); a saved state that could not be read is kept aside first. An embed
/// never reads the saved state.
pub fn open_page() -> AppState {
    let UrlParams { preset, embed, play, .. } = UrlParams::of_page();
    let (state, broken) = AppState::start(&opening(preset, embed));
    if let Some(text) = broken {
        keep_aside(&text);
    }
    state.played_as(&play)
}

/// Keeps a saved state that could not be read under [`KEPT_ASIDE`] (or `hafen.broken.<ms>` when
/// one is kept there already): never overwritten.
pub fn keep_aside(text: &str) {
    let Some(s) = storage() else { return };
    let key = match s.get_item(KEPT_ASIDE) {
        Ok(Some(_)) => format!("{KEPT_ASIDE}.{}", now() as u64),
        _ => KEPT_ASIDE.to_string(),
    };
    let _ = s.set_item(&key, text);
}

/// Saves the encoded document as the last one edited; false if the browser refused (full, or no
/// storage).
pub fn save(encoded: &str) -> bool {
    let Some(s) = storage() else { return false };
    s.set_item(SAVED, encoded).is_ok() && s.set_item(SAVED_AT, &(now() as u64).to_string()).is_ok()
}

/// Puts the encoded document in the address (`#…`), replacing the current history entry: the
/// address always says what is on screen, and Back still leaves Hafen.
pub fn write_hash(encoded: &str) {
    replace_address(&format!("#{encoded}"));
}

/// Replaces the current history entry's address (Back still leaves the page).
pub fn replace_address(url: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// This page's address without query or `#` ("https://wiki.example/hafen/").
pub fn page() -> String {
    let Some(l) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
}
