//! Browser glue for presenting a story: the address (`?present=1&story=…#step=N`), full screen,
//! the speaker's notes window and the channel that keeps both windows on the same step, and the
//! scores of "predict, then watch" (kept in this browser only).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The channel both windows of a presentation talk on (same origin only: a BroadcastChannel never
/// leaves the browser).
const CHANNEL: &str = "hafen-present";

/// Storage key prefix of a story's last score.
const SCORE: &str = "hafen.score.";

/// The step the address names (`#step=3`, counted from 1), as an index.
pub fn step_from_hash(hash: &str) -> Option<usize> {
    hash.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix("step=")).and_then(|n| n.parse::<usize>().ok()).and_then(|n| n.checked_sub(1))
}

/// The presenter's address for `story` at step `index`: the address says what is on screen, so a
/// reload (or a link) comes back to it.
pub fn address(story: &str, index: usize) -> String {
    format!("?present=1&story={story}#step={}", index + 1)
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

/// Opens the speaker's notes for `story` in a second window; false if the browser blocked it.
pub fn open_notes(story: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    w.open_with_url_and_target_and_features(&format!("?notes=1&story={story}"), "hafen-notes", "popup,width=720,height=560").ok().flatten().is_some()
}

/// What travels between the presenter and the notes window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The presenter shows this story at this step (index) — sent on every change and when asked.
    At(String, usize),
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
            Signal::At(story, i) => format!("at {story} {i}"),
            Signal::Where => "where".into(),
            Signal::Next => "next".into(),
            Signal::Prev => "prev".into(),
        }
    }

    /// Reads a message; anything else is `None` (and ignored).
    pub fn parse(text: &str) -> Option<Signal> {
        let mut words = text.split(' ');
        match (words.next()?, words.next(), words.next(), words.next()) {
            ("at", Some(story), Some(i), None) => Some(Signal::At(story.to_string(), i.parse().ok()?)),
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
        for s in [Signal::At("surprises".into(), 4), Signal::Where, Signal::Next, Signal::Prev] {
            assert_eq!(Signal::parse(&s.text()), Some(s));
        }
        assert_eq!(Signal::parse("at x"), None);
        assert_eq!(Signal::parse("<script>"), None);
    }
}
