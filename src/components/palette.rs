//! The palette: service kinds and a worker node, folded away until opened. Drag one onto a
//! diagram, or press it (mouse or keyboard) to add it to the application at once.

use crate::drag::DragKind;
use crate::icons::icon;
use hafen_core::edit::PaletteItem;
use yew::prelude::*;

/// Props of [`Palette`].
#[derive(Properties, PartialEq)]
pub struct PaletteProps {
    /// A drag starts on an item.
    pub ondragstart: Callback<(DragKind, PointerEvent)>,
    /// Add a service of this kind (click / Enter).
    pub onadd: Callback<PaletteItem>,
    /// Add a worker node (click / Enter).
    pub onaddnode: Callback<()>,
}

/// The palette column.
#[component]
pub fn Palette(props: &PaletteProps) -> Html {
    let items = PaletteItem::ALL.into_iter().map(|item| {
        let down = props.ondragstart.reform(move |e: PointerEvent| (DragKind::Palette(item), e));
        let click = props.onadd.reform(move |_: MouseEvent| item);
        html! {
            <li>
                <button class="palette-item" data-item={item.id()} onpointerdown={down} onclick={click}
                    title={format!("Drag onto a diagram, or press to add a {}", hafen_core::text::en::palette_item(item))}>
                    { icon(item, 22) }<span>{hafen_core::text::en::palette_item(item)}</span>
                </button>
            </li>
        }
    });
    let node_down = props.ondragstart.reform(|e: PointerEvent| (DragKind::NewNode, e));
    let node_click = props.onaddnode.reform(|_: MouseEvent| ());
    html! {
        <details class="palette" aria-label="Palette" data-drop-palette="1">
            <summary><h2>{"+ Add"}</h2><span class="note">{"services and worker nodes: drag onto a diagram, or press"}</span></summary>
            <ul>
                { for items }
                <li>
                    <button class="palette-item node-item" data-item="node" onpointerdown={node_down} onclick={node_click}
                        title="Drag onto a cluster, or press to add a worker node">
                        <svg class="icon-svg" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><rect x="2" y="4" width="20" height="16" rx="3" class="node-icon" /></svg>
                        <span>{"Worker node"}</span>
                    </button>
                </li>
            </ul>
            <p class="note">{"Drag a replica onto a node to pin it there, a node out of its cluster to remove it. Select a replica, service or node to change it: Enter opens it, Delete removes it."}</p>
        </details>
    }
}
