//! Small drawn icons for service kinds (no icon font or emoji: they render the same everywhere).

use hafen_core::edit::PaletteItem;
use crate::el;
use crate::markup::{Out, Yew};
use yew::prelude::*;

/// Short badge text and colour class of a palette item.
pub fn badge(item: PaletteItem) -> (&'static str, &'static str) {
    match item {
        PaletteItem::Frontend => ("FE", "k-frontend"),
        PaletteItem::Backend => ("API", "k-backend"),
        PaletteItem::Worker => ("W", "k-worker"),
        PaletteItem::Postgres => ("PG", "k-database"),
        PaletteItem::Redis => ("R", "k-cache"),
        PaletteItem::Queue => ("Q", "k-queue"),
        PaletteItem::Ingress => ("IN", "k-ingress"),
        PaletteItem::GpuWorker => ("GPU", "k-gpu"),
    }
}

/// The palette item a service corresponds to.
pub fn item_of(s: &hafen_core::Service) -> PaletteItem {
    use hafen_core::ServiceKind as K;
    match s.kind {
        _ if s.gpu => PaletteItem::GpuWorker,
        K::Frontend => PaletteItem::Frontend,
        K::Backend => PaletteItem::Backend,
        K::Worker => PaletteItem::Worker,
        K::Database => PaletteItem::Postgres,
        K::Cache => PaletteItem::Redis,
        K::Queue => PaletteItem::Queue,
        K::Ingress => PaletteItem::Ingress,
    }
}

/// An SVG icon at (x, y) of the given size: a shape per kind, with its badge letters if `letters`.
pub fn svg_icon<O: Out>(item: PaletteItem, x: f64, y: f64, size: f64, letters: bool) -> O::Node {
    let (text, class) = badge(item);
    let r = size / 2.0;
    let (cx, cy) = (x + r, y + r);
    let shape = match item {
        PaletteItem::Postgres => O::list(vec![
            el!(O, "ellipse", ["cx" = cx.to_string(), "cy" = (y + size * 0.2).to_string(), "rx" = r.to_string(), "ry" = (size * 0.2).to_string()]),
            el!(O, "rect", ["x" = x.to_string(), "y" = (y + size * 0.2).to_string(), "width" = size.to_string(), "height" = (size * 0.6).to_string()]),
            el!(O, "ellipse", ["cx" = cx.to_string(), "cy" = (y + size * 0.8).to_string(), "rx" = r.to_string(), "ry" = (size * 0.2).to_string()]),
        ]),
        PaletteItem::Redis | PaletteItem::Ingress => el!(O, "polygon", ["points" = format!("{cx},{y} {},{cy} {cx},{} {x},{cy}", x + size, y + size)]),
        PaletteItem::Queue | PaletteItem::Worker => el!(O, "rect", ["x" = x.to_string(), "y" = y.to_string(), "width" = size.to_string(), "height" = size.to_string(), "rx" = (size * 0.15).to_string()]),
        _ => el!(O, "circle", ["cx" = cx.to_string(), "cy" = cy.to_string(), "r" = r.to_string()]),
    };
    let font = if text.len() > 2 { size * 0.34 } else { size * 0.42 };
    // A diagram's replicas show only the shape and colour (letters that small would be under 12 px;
    // the replica's name beside it says the rest).
    let letters = if letters {
        el!(O, "text", ["x" = cx.to_string(), "y" = (cy + font * 0.36).to_string(), "text-anchor" = "middle", "font-size" = font.to_string()], [O::text(text.into())])
    } else {
        O::list(Vec::new())
    };
    el!(O, "g", ["class" = format!("icon {class}"), "aria-hidden" = "true"], [shape, letters])
}

/// The same icon as a standalone inline SVG (palette, inspector).
pub fn icon(item: PaletteItem, size: u32) -> Html {
    html! {
        <svg class="icon-svg" width={size.to_string()} height={size.to_string()} viewBox={format!("-1 -1 {} {}", size + 2, size + 2)} aria-hidden="true">
            { svg_icon::<Yew>(item, 0.0, 0.0, f64::from(size), true) }
        </svg>
    }
}
