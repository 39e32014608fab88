//! Browser glue for presenting a story: the address (`?present=1&story=…#step=N` for a built-in
//! story, `?present=1#<document>&step=N` for the one a document tells), full screen, the speaker's
//! notes window and the channel that keeps both windows on the same step, and the scores of
//! "predict, then watch" (kept in this browser only).

use hafen_core::document::Document;
use hafen_core::story::{builtin, Story};
use std::rc::Rc;

pub use crate::address::{document_part, step_from_hash};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A story on its way to the screen, and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    /// The story.
    pub story: Rc<Story>,
    /// For the story a document tells: the document, encoded (the address carries it, so a
    /// reload, a link or the notes window tells the same story); `None` for a built-in one.
    pub link: Option<String>,
}

impl Presentation {
    /// A built-in story, by id.
    pub fn builtin(id: &str) -> Option<Presentation> {
        Some(Presentation { story: Rc::new(builtin::story(id)?), link: None })
    }

    /// The story `doc` tells: the one written into it, else the document itself in one step.
    pub fn of_document(doc: &Document) -> Presentation {
        Presentation { story: Rc::new(Story::of_document(doc)), link: Some(doc.encode()) }
    }

    /// What a presenter's or notes window's address names: the built-in story `story=` names
    /// (FeastFlow's for an id it does not know), else the story of the document in the `#…`, else
    /// FeastFlow's. `None`: the `#…` holds a document that cannot be read (the app says why).
    pub fn from_address(story: Option<&str>, hash: &str) -> Option<Presentation> {
        let first = || Presentation::builtin(builtin::IDS[0]);
        match (story, document_part(hash)) {
            (None, Some(h)) => Document::decode(h).ok().map(|d| Presentation::of_document(&d)),
            (Some(id), _) => Presentation::builtin(id).or_else(first),
            (None, None) => first(),
        }
    }

    /// The presenter's address at step `index` in `lang`: the address says what is on screen, so
    /// a reload (or a link) comes back to it, in the same language.
    pub fn address(&self, index: usize, lang: hafen_core::locale::Lang) -> String {
        match &self.link {
            Some(link) => format!("?lang={}&present=1#{link}&step={}", lang.tag(), index + 1),
            None => format!("?lang={}&present=1&story={}#step={}", lang.tag(), self.story.id, index + 1),
        }
    }

    /// The speaker's notes window's address.
    pub fn notes_address(&self, lang: hafen_core::locale::Lang) -> String {
        match &self.link {
            Some(link) => format!("?notes=1&lang={}#{link}", lang.tag()),
            None => format!("?notes=1&lang={}&story={}", lang.tag(), self.story.id),
        }
    }

    /// Where a score is kept: per built-in story, per title for a document's.
    pub fn score_key(&self) -> String {
        match &self.link {
            // In English whatever the page's language: a score stays the same story's.
            Some(_) => format!("{}.{}", self.story.id, hafen_core::text::story::title_of(&hafen_core::text::EN, &self.story)),
            None => self.story.id.clone(),
        }
    }
}

/// The channel both windows of a presentation talk on (same origin only: a BroadcastChannel never
/// leaves the browser).
const CHANNEL: &str = "hafen-present";

/// Storage key prefix of a story's last score.
const SCORE: &str = "hafen.score.";

/// The speed a story's step plays at: ten simulated seconds per second for a stretch of up to
/// five minutes, a simulated minute per second beyond, so that a step plays in at most about half
/// a minute (the presenter and the embed alike).
pub fn step_speed(s: &hafen_core::story::Step) -> crate::state::Speed {
    use crate::state::Speed;
    if s.to.0.saturating_sub(s.from.0) <= 300_000 {
        Speed::X10
    } else {
        Speed::X60
    }
}

/// The page's address as it is now (to go back to after presenting).
pub fn current_address() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Asks for full screen (allowed only during a key press or click); false if refused.
pub fn enter_full_screen() -> bool {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).is_some_and(|e| e.request_fullscreen().is_ok())
}

/// Leaves full screen, if in it.
pub fn leave_full_screen() {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        if d.fullscreen_element().is_some() {
            d.exit_fullscreen();
        }
    }
}

/// Whether the page is in full screen.
pub fn is_full_screen() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.fullscreen_element().is_some())
}

/// Opens the speaker's notes at `address` in a second window; false if the browser blocked it.
pub fn open_notes(address: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    w.open_with_url_and_target_and_features(address, "hafen-notes", "popup,width=720,height=560").ok().flatten().is_some()
}

/// What travels between the presenter and the notes window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The presenter shows this story at this step (index), its screen blacked out or not — sent
    /// on every change and when asked.
    At(String, usize, bool),
    /// The presenter's window has gone (closed, reloaded, or back to the app).
    Gone,
    /// The notes window asks where the presenter is.
    Where,
    /// The notes window's buttons or keys: next step.
    Next,
    /// Previous step.
    Prev,
}

impl Signal {
    fn text(&self) -> String {
        match self {
            Signal::At(story, i, black) => format!("at {story} {i} {}", u8::from(*black)),
            Signal::Gone => "gone".into(),
            Signal::Where => "where".into(),
            Signal::Next => "next".into(),
            Signal::Prev => "prev".into(),
        }
    }

    /// Reads a message; anything else is `None` (and ignored).
    pub fn parse(text: &str) -> Option<Signal> {
        let mut words = text.split(' ');
        match (words.next()?, words.next(), words.next(), words.next(), words.next()) {
            ("at", Some(story), Some(i), Some(black), None) => Some(Signal::At(story.to_string(), i.parse().ok()?, black == "1")),
            ("gone", None, ..) => Some(Signal::Gone),
            ("where", None, ..) => Some(Signal::Where),
            ("next", None, ..) => Some(Signal::Next),
            ("prev", None, ..) => Some(Signal::Prev),
            _ => None,
        }
    }
}

/// One window's end of the channel: calls `on` for each signal from the other windows, until
/// dropped ([`announce`] sends).
pub struct Channel {
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
}

impl Channel {
    /// Opens the channel (a browser without BroadcastChannel gives one that does nothing).
    pub fn open(mut on: impl FnMut(Signal) + 'static) -> Channel {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return Channel { channel: None, _listener: None } };
        let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(s) = e.data().as_string().as_deref().and_then(Signal::parse) {
                on(s);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Channel { channel: Some(channel), _listener: Some(listener) }
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        if let Some(c) = &self.channel {
            c.set_onmessage(None);
            c.close();
        }
    }
}

/// Sends `signal` to the other windows of this page's origin (a channel opened for it and closed).
pub fn announce(signal: &Signal) {
    if let Ok(c) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = c.post_message(&JsValue::from_str(&signal.text()));
        c.close();
    }
}

/// The last score kept for `story`: (right, asked).
pub fn last_score(story: &str) -> Option<(usize, usize)> {
    let text = crate::persist::storage()?.get_item(&format!("{SCORE}{story}")).ok().flatten()?;
    let (a, b) = text.split_once('/')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// Keeps `story`'s score in this browser.
pub fn keep_score(story: &str, right: usize, asked: usize) {
    if let Some(s) = crate::persist::storage() {
        let _ = s.set_item(&format!("{SCORE}{story}"), &format!("{right}/{asked}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_signals_read_back() {
        assert_eq!(step_from_hash("#step=3"), Some(2));
        assert_eq!(step_from_hash("1.abc&step=1"), Some(0));
        assert_eq!(step_from_hash("#step=0"), None);
        assert_eq!(step_from_hash("#step=x"), None);
        assert_eq!(document_part("#2.abc&step=4"), Some("2.abc"));
        assert_eq!(document_part("#step=4"), None);
        assert_eq!(document_part(""), None);
        for s in [Signal::At("surprises".into(), 4, false), Signal::At("feastflow".into(), 0, true), Signal::Gone, Signal::Where, Signal::Next, Signal::Prev] {
            assert_eq!(Signal::parse(&s.text()), Some(s));
        }
        assert_eq!(Signal::parse("at x"), None);
        assert_eq!(Signal::parse("<script>"), None);
    }
}
