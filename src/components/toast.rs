//! The offer to undo a removal: "backend removed — Undo", until the next edit or a dismissal.

use hafen_core::say;
use hafen_core::text::Words;
use yew::prelude::*;

/// The toast, above the timeline: `removed` was removed; `onundo` undoes it, `ondismiss` puts the
/// offer away. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn toast(w: &Words, removed: &str, onundo: &Callback<()>, ondismiss: &Callback<()>) -> Html {
    html! {
        <div class="toast" role="status">
            <span>{say!(w, "toast-removed", what = removed)}</span>
            <button class="toast-undo" onclick={onundo.reform(|_| ())}>{say!(w, "toast-undo")}</button>
            <button class="toast-close" aria-label={say!(w, "dismiss")} onclick={ondismiss.reform(|_| ())}>{"×"}</button>
        </div>
    }
}
