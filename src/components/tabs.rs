//! The tabs under the toolbar: the platforms, or one part of the economics, one click away.

use crate::state::Panel;
use hafen_core::text::Words;
use yew::prelude::*;

/// A row of tabs, `panel` in front; `onselect` brings one to the front. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn tabs(w: &Words, panel: Panel, onselect: &Callback<Panel>) -> Html {
    html! {
        <nav class="tabs" role="tablist" aria-label={hafen_core::say!(w, "tabs-aria")}>
            { for Panel::ALL.iter().map(|&p| {
                let chosen = p == panel;
                html! {
                    <button role="tab" class={classes!("tab", chosen.then_some("chosen"))} data-panel={p.id()} aria-selected={chosen.to_string()}
                        onclick={onselect.reform(move |_| p)}>{p.label(w)}</button>
                }
            }) }
        </nav>
    }
}
