//! The page's language around everything else: provides the words components say things with
//! ([`crate::i18n::use_words`]) and changes them when the menu asks for another language (its
//! catalog fetched first; the page stays in the language it had until it arrives, and says so if
//! it cannot).

use crate::i18n::{self, LoadError, Tongue};
use hafen_core::locale::Lang;
use hafen_core::say;
use hafen_core::text::Words;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Speaking`].
#[derive(Properties, PartialEq)]
pub struct SpeakingProps {
    /// The words the page opens with.
    pub words: Rc<Words>,
    /// The language asked for at opening, if its catalog could not be used.
    #[prop_or_default]
    pub trouble: Option<(Lang, LoadError)>,
    /// The page.
    pub children: Html,
}

/// What went wrong with a language's catalog, in the page's language.
fn trouble_text(w: &Words, lang: Lang, e: &LoadError) -> String {
    match e {
        LoadError::Unreachable(why) => say!(w, "lang-unreachable", language = lang.endonym(), why = why.as_str()),
        LoadError::Unreadable(why) => say!(w, "lang-unreadable", language = lang.endonym(), why = why.as_str()),
    }
}

/// The language provider.
#[component]
pub fn Speaking(props: &SpeakingProps) -> Html {
    let words = use_state(|| props.words.clone());
    let trouble = use_state(|| props.trouble.clone());
    let choose = {
        let (words, trouble) = (words.clone(), trouble.clone());
        Callback::from(move |lang: Lang| {
            let (words, trouble) = (words.clone(), trouble.clone());
            yew::platform::spawn_local(async move {
                match i18n::load(lang).await {
                    Ok(w) => {
                        i18n::remember(lang);
                        i18n::mark_page(&w);
                        i18n::follow_address(lang);
                        words.set(Rc::new(w));
                        trouble.set(None);
                    }
                    Err(e) => trouble.set(Some((lang, e))),
                }
            });
        })
    };
    i18n::set_current((*words).clone());
    let tongue = Tongue { words: (*words).clone(), choose };
    let notice = (*trouble).as_ref().map(|(lang, e)| {
        let dismiss = {
            let trouble = trouble.clone();
            Callback::from(move |_| trouble.set(None))
        };
        html! {
            <div class="lang-trouble" role="alert">
                <span>{trouble_text(&words, *lang, e)}</span>
                <button aria-label={say!(words, "dismiss")} onclick={dismiss}>{"×"}</button>
            </div>
        }
    });
    html! {
        <ContextProvider<Tongue> context={tongue}>
            { notice }
            { props.children.clone() }
        </ContextProvider<Tongue>>
    }
}
