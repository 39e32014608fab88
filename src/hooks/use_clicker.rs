//! The keys a presentation clicker sends (→, PageDown, Space forward; ←, PageUp back; B or `.`
//! black; F5 or Shift+F5, its start button, hold and resume; Home/End; Esc to leave), plus K to hold
//! and resume, R to replay a step, F for full screen, S for the speaker's notes and 1–9 for a
//! question's choices. Registered on the window while the presenter is shown.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a key asks of the presenter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clicker {
    /// Forward.
    Next,
    /// Back.
    Prev,
    /// The first step.
    First,
    /// The last step.
    Last,
    /// Black screen on/off.
    Black,
    /// Hold the step playing, or let it play on (again, once it has played).
    Hold,
    /// Play the step again from its start.
    Replay,
    /// Leave the presentation.
    Leave,
    /// Full screen on/off.
    FullScreen,
    /// Open the speaker's notes.
    Notes,
    /// Choice `n` (from 0).
    Choice(usize),
}

/// The key's meaning, if it has one.
pub fn clicker(key: &str) -> Option<Clicker> {
    Some(match key {
        "ArrowRight" | "PageDown" | " " | "Enter" => Clicker::Next,
        "ArrowLeft" | "PageUp" | "Backspace" => Clicker::Prev,
        "Home" => Clicker::First,
        "End" => Clicker::Last,
        "b" | "B" | "." => Clicker::Black,
        // A clicker's start button sends F5 (Shift+F5: from the current slide); the page is not
        // reloaded by it while presenting.
        "k" | "K" | "F5" => Clicker::Hold,
        "r" | "R" => Clicker::Replay,
        "Escape" => Clicker::Leave,
        "f" | "F" => Clicker::FullScreen,
        "s" | "S" => Clicker::Notes,
        k if k.len() == 1 && ('1'..='9').contains(&k.chars().next().unwrap_or('0')) => Clicker::Choice(k.parse::<usize>().ok()? - 1),
        _ => return None,
    })
}

/// Calls `on` for every clicker key pressed (not while typing in a field, not with Ctrl/Alt/⌘).
/// The window listener is registered once and calls the `on` of the latest render: the presenter
/// renders every animation frame while a step plays.
#[hook]
pub fn use_clicker(on: Callback<Clicker>) {
    let latest = use_mut_ref(Callback::noop);
    *latest.borrow_mut() = on;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            let tag = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.tag_name()).unwrap_or_default();
            if matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA") || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            // Enter and Space on a focused button press the button, not "next".
            if tag == "BUTTON" && matches!(e.key().as_str(), " " | "Enter") {
                return;
            }
            if let Some(c) = clicker(&e.key()) {
                e.prevent_default();
                // Cloned out first: the callback may render, and a render replaces `latest`.
                let on = latest.borrow().clone();
                on.emit(c);
            }
        });
        crate::browser::listen_on_window(vec![("keydown", listener)])
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys() {
        assert_eq!(clicker("PageDown"), Some(Clicker::Next));
        assert_eq!(clicker("PageUp"), Some(Clicker::Prev));
        assert_eq!(clicker("."), Some(Clicker::Black));
        assert_eq!(clicker("F5"), Some(Clicker::Hold));
        assert_eq!(clicker("k"), Some(Clicker::Hold));
        assert_eq!(clicker("R"), Some(Clicker::Replay));
        assert_eq!(clicker("3"), Some(Clicker::Choice(2)));
        assert_eq!(clicker("0"), None);
        assert_eq!(clicker("x"), None);
    }
}
