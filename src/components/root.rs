//! The page's root: the app, or the presenter showing a story (`?present=1&story=…`, or P in the
//! app). Leaving the presenter brings the app back at the address it had.

use super::app::App;
use super::presenter::Presenter;
use crate::browser::UrlParams;
use crate::presenting;
use yew::prelude::*;

/// What is shown.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    App,
    /// A story from a step; the address to return to (`None`: the app without query).
    Present { story: String, step: usize, back: Option<String> },
}

/// The root.
#[component]
pub fn Root() -> Html {
    let mode = use_state(|| {
        let p = UrlParams::of_page();
        match (p.present, p.story) {
            (true, story) => Mode::Present { story: story.unwrap_or_else(|| "feastflow".into()), step: presenting::step_from_hash(&crate::persist::hash()).unwrap_or(0), back: None },
            (false, _) => Mode::App,
        }
    });
    match &*mode {
        Mode::App => {
            let mode = mode.clone();
            let onpresent = Callback::from(move |story: String| {
                let back = Some(presenting::current_address());
                // Full screen needs the key press or click that asked for it: asked here, at once.
                presenting::enter_full_screen();
                mode.set(Mode::Present { story, step: 0, back });
            });
            html! { <App {onpresent} /> }
        }
        Mode::Present { story, step, back } => {
            let (mode, back) = (mode.clone(), back.clone());
            let onleave = Callback::from(move |_| {
                crate::persist::replace_address(back.as_deref().unwrap_or(&crate::persist::page()));
                mode.set(Mode::App);
            });
            html! { <Presenter key={story.clone()} story={AttrValue::from(story.clone())} step={*step} {onleave} /> }
        }
    }
}
