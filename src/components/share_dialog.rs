//! Share: the link to this document, an iframe snippet for a wiki page, and pictures of the
//! diagrams. A modal dialog; Esc or × closes it.

use crate::hooks::use_share::{Copied, Format};
use hafen_core::say;
use hafen_core::text::message::Message;
use yew::prelude::*;

/// Props of [`ShareDialog`].
#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    /// The full address of the document.
    pub link: AttrValue,
    /// The iframe snippet.
    pub snippet: AttrValue,
    /// The simulated time the pictures show ("02:57").
    pub time: AttrValue,
    /// What the last action did, or why it failed.
    pub status: Option<Message>,
    /// Copy a text.
    pub oncopy: Callback<(Copied, String)>,
    /// Save a picture.
    pub onpicture: Callback<Format>,
    /// Close the dialog.
    pub onclose: Callback<()>,
}

/// The dialog.
#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let w = crate::i18n::use_words();
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(input) = first.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let onclose = props.onclose.clone();
    // Keys stay in the dialog: Space, N, K… must not play or kill nodes behind it.
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            onclose.emit(());
        }
        e.stop_propagation();
    });
    let copy = |what: Copied, text: AttrValue| {
        let cb = props.oncopy.clone();
        Callback::from(move |_: MouseEvent| cb.emit((what, text.to_string())))
    };
    let picture = |f: Format| props.onpicture.reform(move |_: MouseEvent| f);
    let onbackdrop = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: MouseEvent| {
            if e.target() == e.current_target() {
                onclose.emit(());
            }
        })
    };
    html! {
        <div class="dialog-backdrop" onclick={onbackdrop}>
            <section class="share-dialog" role="dialog" aria-modal="true" aria-labelledby="share-title" {onkeydown}>
                <header>
                    <h2 id="share-title">{say!(w, "share-heading")}</h2>
                    <button class="close" aria-label={say!(w, "share-close")} onclick={props.onclose.reform(|_| ())}>{"×"}</button>
                </header>
                <label for="share-link">{say!(w, "share-link-label")}</label>
                <div class="copy-row">
                    <input id="share-link" class="share-link" readonly=true value={props.link.clone()} ref={first} />
                    <button class="copy-link" onclick={copy(Copied::Link, props.link.clone())}>{say!(w, "share-copy")}</button>
                </div>
                <label for="share-snippet">{say!(w, "share-snippet-label")}</label>
                <div class="copy-row">
                    <textarea id="share-snippet" class="share-snippet" readonly=true rows="3" value={props.snippet.clone()} />
                    <button class="copy-snippet" onclick={copy(Copied::Snippet, props.snippet.clone())}>{say!(w, "share-copy")}</button>
                </div>
                <p class="pictures">{say!(w, "share-pictures", at = props.time.as_str())}{" "}
                    <button class="picture-svg" onclick={picture(Format::Svg)}>{"⇩ SVG"}</button>
                    <button class="picture-png" onclick={picture(Format::Png)}>{"⇩ PNG"}</button>
                </p>
                <p class="share-status" role="status">{props.status.as_ref().map(|m| w.tell(m)).unwrap_or_default()}</p>
            </section>
        </div>
    }
}
