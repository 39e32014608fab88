//! The tabs under the toolbar: the platforms, or one part of the economics, one click away.

use crate::state::Panel;
use yew::prelude::*;

/// Props of [`Tabs`].
#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// The panel in front.
    pub panel: Panel,
    /// Bring a panel to the front.
    pub onselect: Callback<Panel>,
}

/// A row of tabs.
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let w = crate::i18n::use_words();
    html! {
        <nav class="tabs" role="tablist" aria-label={hafen_core::say!(w, "tabs-aria")}>
            { for Panel::ALL.iter().map(|&p| {
                let chosen = p == props.panel;
                html! {
                    <button role="tab" class={classes!("tab", chosen.then_some("chosen"))} data-panel={p.id()} aria-selected={chosen.to_string()}
                        onclick={props.onselect.reform(move |_| p)}>{p.label(&w)}</button>
                }
            }) }
        </nav>
    }
}
