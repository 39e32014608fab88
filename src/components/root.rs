//! The page's root: the app, or the presenter showing a story (`?present=1&story=…`, or
//! `?present=1#<document>` for the story a document tells, or P in the app). Leaving the presenter
//! brings the app back at the address it had.

use super::app::App;
use super::presenter::Presenter;
use crate::browser::UrlParams;
use crate::presenting::{self, Presentation};
use std::rc::Rc;
use yew::prelude::*;

/// What is shown.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    App,
    /// A story from a step; the address to return to (`None`: the app without query, on the
    /// presented document if it is a document's story).
    Present { shown: Rc<Presentation>, step: usize, back: Option<String> },
}

/// The root.
#[component]
pub fn Root() -> Html {
    let words = crate::i18n::use_words();
    let mode = use_state(|| {
        let p = UrlParams::of_page();
        if !p.present {
            return Mode::App;
        }
        let hash = crate::persist::hash();
        // A document that cannot be read opens the app, which says why.
        match Presentation::from_address(p.story.as_deref(), &hash) {
            Some(shown) => Mode::Present { shown: Rc::new(shown), step: presenting::step_from_hash(&hash).unwrap_or(0), back: None },
            None => Mode::App,
        }
    });
    match &*mode {
        Mode::App => {
            let mode = mode.clone();
            let onpresent = Callback::from(move |shown: Presentation| {
                let back = Some(presenting::current_address());
                // Full screen needs the key press or click that asked for it: asked here, at once.
                presenting::enter_full_screen();
                mode.set(Mode::Present { shown: Rc::new(shown), step: 0, back });
            });
            html! { <App {onpresent} /> }
        }
        Mode::Present { shown, step, back } => {
            // Opened by its address: the app in the same language, on the presented document.
            let lang = words.lang().tag();
            let (mode, back) = (mode.clone(), back.clone().unwrap_or_else(|| format!("{}?lang={lang}{}", crate::persist::page(), shown.link.as_ref().map(|l| format!("#{l}")).unwrap_or_default())));
            let onleave = Callback::from(move |_| {
                crate::persist::replace_address(&back);
                mode.set(Mode::App);
            });
            html! { <Presenter key={shown.story.id.clone()} shown={shown.clone()} step={*step} {onleave} /> }
        }
    }
}
