//! The offer to undo a removal: "backend removed — Undo", until the next edit or a dismissal.

use hafen_core::say;
use yew::prelude::*;

/// Props of [`Toast`].
#[derive(Properties, PartialEq)]
pub struct ToastProps {
    /// What was removed.
    pub removed: String,
    /// Undo the removal.
    pub onundo: Callback<()>,
    /// Put the offer away.
    pub ondismiss: Callback<()>,
}

/// The toast, above the timeline.
#[component]
pub fn Toast(props: &ToastProps) -> Html {
    let w = crate::i18n::use_words();
    html! {
        <div class="toast" role="status">
            <span>{say!(w, "toast-removed", what = &props.removed)}</span>
            <button class="toast-undo" onclick={props.onundo.reform(|_| ())}>{say!(w, "toast-undo")}</button>
            <button class="toast-close" aria-label={say!(w, "dismiss")} onclick={props.ondismiss.reform(|_| ())}>{"×"}</button>
        </div>
    }
}
