//! The palette: service kinds and a worker node, folded away until opened. Drag one onto a
//! diagram, or press it (mouse or keyboard) to add it to the application at once.

use crate::drag::DragKind;
use hafen_core::text::Words;
use hafen_core::say;
use crate::icons::icon;
use hafen_core::edit::PaletteItem;
use yew::prelude::*;

/// What the palette does.
pub struct PaletteProps {
    /// A drag starts on an item.
    pub ondragstart: Callback<(DragKind, PointerEvent)>,
    /// Add a service of this kind (click / Enter).
    pub onadd: Callback<PaletteItem>,
    /// Add a worker node (click / Enter).
    pub onaddnode: Callback<()>,
}

/// The palette column. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn palette(w: &Words, props: &PaletteProps) -> Html {
    let items = PaletteItem::ALL.into_iter().map(|item| {
        let down = props.ondragstart.reform(move |e: PointerEvent| (DragKind::Palette(item), e));
        let click = props.onadd.reform(move |_: MouseEvent| item);
        let name = hafen_core::text::palette_item(w, item);
        html! {
            <li>
                <button class="palette-item" data-item={item.id()} onpointerdown={down} onclick={click}
                    title={say!(w, "palette-item-title", item = name.as_str())}>
                    { icon(item, 22) }<span>{name.clone()}</span>
                </button>
            </li>
        }
    });
    let node_down = props.ondragstart.reform(|e: PointerEvent| (DragKind::NewNode, e));
    let node_click = props.onaddnode.reform(|_: MouseEvent| ());
    html! {
        <details class="palette" aria-label={say!(w, "palette")} data-drop-palette="1">
            <summary><h2>{say!(w, "palette-add")}</h2><span class="note">{say!(w, "palette-summary")}</span></summary>
            <ul>
                { for items }
                <li>
                    <button class="palette-item node-item" data-item="node" onpointerdown={node_down} onclick={node_click}
                        title={say!(w, "palette-node-title")}>
                        <svg class="icon-svg" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><rect x="2" y="4" width="20" height="16" rx="3" class="node-icon" /></svg>
                        <span>{say!(w, "palette-node")}</span>
                    </button>
                </li>
            </ul>
            <p class="note">{say!(w, "palette-help")}</p>
        </details>
    }
}
