//! Browser glue for the page's language: which one (`?lang=`, else the choice stored in this
//! browser, else the browser's preferred languages, else English), fetching its catalog from
//! `i18n/<tag>.ftl` next to the page (Trunk copies `crates/hafen-core/i18n/` there; the same
//! origin, so it works from any path and offline once the page is cached), `<html lang>`, and the
//! context components read their words from ([`use_words`]).

use hafen_core::locale::Lang;
use hafen_core::text::{Words, EN};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Storage key of the language chosen in the menu.
pub const STORED: &str = "hafen.lang";

/// The language the page opens in: `?lang=` (a tag Hafen speaks), the stored choice, the
/// browser's languages, English.
pub fn opening(asked: Option<&str>) -> Lang {
    if let Some(lang) = asked.and_then(Lang::from_tag) {
        return lang;
    }
    if let Some(lang) = crate::persist::storage().and_then(|s| s.get_item(STORED).ok().flatten()).and_then(|t| Lang::from_tag(&t)) {
        return lang;
    }
    let preferred: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::pick(&preferred)
}

/// Remembers the language chosen in the menu (nothing if the page may not store).
pub fn remember(lang: Lang) {
    if let Some(s) = crate::persist::storage() {
        let _ = s.set_item(STORED, lang.tag());
    }
}

/// The query with its `lang=` set to `tag` (other parameters kept as they are); unchanged without
/// one, as the stored choice then decides.
pub fn with_lang(search: &str, tag: &str) -> String {
    let pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| if p.split('=').next() == Some("lang") { format!("lang={tag}") } else { p.to_string() })
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Makes the address ask for `lang` if it asked for a language: a reload keeps the choice.
pub fn follow_address(lang: Lang) {
    let Some(l) = web_sys::window().map(|w| w.location()) else { return };
    let search = l.search().unwrap_or_default();
    if crate::browser::UrlParams::parse(&search).lang.is_some() {
        crate::persist::replace_address(&format!("{}{}{}", crate::persist::page(), with_lang(&search, lang.tag()), l.hash().unwrap_or_default()));
    }
}

/// `<html lang>` (screen readers, hyphenation and the browser's translation offer follow it) and
/// the page's title, in `words`' language.
pub fn mark_page(words: &Words) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", words.lang().tag());
    }
    document.set_title(&hafen_core::say!(words, "page-title"));
}

/// Why a catalog could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The fetch failed or answered with an error status (offline and not cached, for one).
    Unreachable(String),
    /// The file is not a catalog Hafen reads (a line and what is wrong).
    Unreadable(String),
}

/// `lang`'s words: English at once, the others fetched from `i18n/<tag>.ftl`.
pub async fn load(lang: Lang) -> Result<Words, LoadError> {
    if lang == Lang::EN {
        return Ok(EN);
    }
    let url = format!("i18n/{}.ftl", lang.tag());
    let window = web_sys::window().ok_or_else(|| LoadError::Unreachable("no window".into()))?;
    let why = |e: wasm_bindgen::JsValue| LoadError::Unreachable(e.as_string().unwrap_or_else(|| format!("{e:?}")));
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await.map_err(why)?.dyn_into().map_err(why)?;
    if !response.ok() {
        return Err(LoadError::Unreachable(format!("{url}: HTTP {}", response.status())));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(why)?).await.map_err(why)?.as_string().unwrap_or_default();
    Words::read(lang, &text).map_err(|e| LoadError::Unreadable(format!("{url}: {e}")))
}

/// What components say things with, and how the menu changes it.
#[derive(Clone)]
pub struct Tongue {
    /// The words of the page's language.
    pub words: Rc<Words>,
    /// Asks for another language (fetched, then shown; remembered).
    pub choose: Callback<Lang>,
}

impl PartialEq for Tongue {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.words, &other.words)
    }
}

thread_local! {
    static ENGLISH: Rc<Words> = Rc::new(EN);
    /// The page's words, for what is said outside the components (the panic banner).
    static CURRENT: std::cell::RefCell<Rc<Words>> = std::cell::RefCell::new(Rc::new(EN));
}

/// Makes `words` the page's words outside the components.
pub fn set_current(words: Rc<Words>) {
    CURRENT.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = words;
        }
    });
}

/// The page's words outside the components; English if they cannot be read (a panic while they
/// were being changed).
pub fn current() -> Rc<Words> {
    CURRENT.try_with(|c| c.try_borrow().map(|w| w.clone()).ok()).ok().flatten().unwrap_or_else(|| ENGLISH.with(Rc::clone))
}

/// The words of the page's language (English outside a [`crate::components::speaking::Speaking`]).
#[hook]
pub fn use_words() -> Rc<Words> {
    use_context::<Tongue>().map(|t| t.words).unwrap_or_else(|| ENGLISH.with(Rc::clone))
}

/// The glossary in the page's language, built once per language.
#[hook]
pub fn use_glossary() -> Rc<hafen_core::text::glossary::Glossary> {
    let words = use_words();
    use_memo(words.lang(), move |_| hafen_core::text::glossary::Glossary::new(&words))
}

/// The page's language and how to change it.
#[hook]
pub fn use_tongue() -> Option<Tongue> {
    use_context::<Tongue>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_its_other_parameters_when_the_language_changes() {
        assert_eq!(with_lang("?lang=de&preset=aima", "nb"), "?lang=nb&preset=aima");
        assert_eq!(with_lang("?embed=1&lang=en", "de"), "?embed=1&lang=de");
        assert_eq!(with_lang("", "de"), "");
    }
}
