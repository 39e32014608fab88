//! The application as a graph: one box per service, arrows to what it depends on.

use crate::icons::{item_of, svg_icon};
use crate::state::{Selection, Shared};
use hafen_core::Scenario;
use hafen_core::say;
use yew::prelude::*;

/// Props of [`AppGraph`].
#[derive(Properties, PartialEq)]
pub struct AppGraphProps {
    /// The document.
    pub doc: Shared<Scenario>,
    /// What is selected.
    pub selected: Option<Selection>,
    /// Select a service.
    pub onselect: Callback<Selection>,
}

/// A service's box [px]: drawn at its size (the strip scrolls sideways when it is wider than the
/// page), so its text stays at 12 px and up.
const BOX_W: f64 = 150.0;
const BOX_H: f64 = 40.0;

/// Each service's depth (the longest chain of dependencies below it): users call the top.
fn depths(doc: &Scenario) -> Vec<usize> {
    let services = &doc.topology.services;
    let mut depth = vec![0usize; services.len()];
    for i in doc.dependency_order().unwrap_or_default() {
        let d = services.get(i).map(|s| s.depends_on.iter().filter_map(|n| doc.topology.service_index(n)).map(|j| depth.get(j).copied().unwrap_or(0) + 1).max().unwrap_or(0)).unwrap_or(0);
        if let Some(x) = depth.get_mut(i) {
            *x = d;
        }
    }
    depth
}

/// The drawing's width and height [px]: a column per depth, its services one under the other.
/// Also the room the first paint keeps for it (as wide: a graph wider than its row scrolls, and
/// its scroll bar takes height).
pub fn size(doc: &Scenario) -> (u32, u32) {
    size_of(&depths(doc))
}

/// The drawing's width and height for services at `depth` [px].
fn size_of(depth: &[usize]) -> (u32, u32) {
    let columns = depth.iter().copied().max().unwrap_or(0) + 1;
    let rows = (0..columns).map(|d| depth.iter().filter(|&&x| x == d).count()).max().unwrap_or(1).max(1);
    (16 + columns as u32 * (BOX_W as u32 + 40), 16 + rows as u32 * (BOX_H as u32 + 10))
}

/// The graph strip.
#[component]
pub fn AppGraph(props: &AppGraphProps) -> Html {
    let words = crate::i18n::use_words();
    let services = &props.doc.topology.services;
    let depth = depths(&props.doc);
    let max_depth = depth.iter().copied().max().unwrap_or(0);
    let mut col_count = vec![0usize; max_depth + 1];
    let mut pos = vec![(0.0, 0.0); services.len()];
    for (i, &d) in depth.iter().enumerate() {
        let col = max_depth - d;
        let row = col_count.get(col).copied().unwrap_or(0);
        if let Some(c) = col_count.get_mut(col) {
            *c += 1;
        }
        if let Some(p) = pos.get_mut(i) {
            *p = (8.0 + col as f64 * (BOX_W + 40.0), 8.0 + row as f64 * (BOX_H + 10.0));
        }
    }
    let (width, height) = size_of(&depth);
    let (width, height) = (f64::from(width), f64::from(height));
    let arrows = services.iter().enumerate().flat_map(|(i, s)| {
        let from = pos.get(i).copied().unwrap_or_default();
        s.depends_on.iter().filter_map(|d| props.doc.topology.service_index(d)).map(move |j| (from, j)).collect::<Vec<_>>()
    }).map(|((fx, fy), j)| {
        let (tx, ty) = pos.get(j).copied().unwrap_or_default();
        html! { <line class="dep" x1={(fx + BOX_W).to_string()} y1={(fy + BOX_H / 2.0).to_string()} x2={(tx - 4.0).to_string()} y2={(ty + BOX_H / 2.0).to_string()} marker-end="url(#arrow)" /> }
    });
    let boxes = services.iter().enumerate().map(|(i, s)| {
        let (x, y) = pos.get(i).copied().unwrap_or_default();
        let chosen = props.selected == Some(Selection::Service(s.name.clone()));
        let onclick = props.onselect.reform({
            let n = s.name.clone();
            move |_: MouseEvent| Selection::Service(n.clone())
        });
        let entry = props.doc.traffic.as_ref().is_some_and(|t| t.entry == s.name);
        html! {
            <g key={s.name.clone()} class={classes!("svc", chosen.then_some("selected"))} data-service={s.name.clone()} {onclick}>
                <rect x={x.to_string()} y={y.to_string()} width={BOX_W.to_string()} height={BOX_H.to_string()} rx="7" />
                <title>{if entry { say!(words, "graph-service-entry", service = &s.name, replicas = s.replicas) } else { say!(words, "graph-service", service = &s.name, replicas = s.replicas) }}</title>
                { svg_icon::<crate::markup::Yew>(item_of(s), x + 6.0, y + 9.0, 22.0, false) }
                <text x={(x + 34.0).to_string()} y={(y + 17.0).to_string()} class="svc-name">{crate::diagram_layout::fit(&s.name, 13.0, true, BOX_W - 40.0)}</text>
                <text x={(x + 34.0).to_string()} y={(y + 33.0).to_string()} class="svc-meta">{crate::diagram_layout::fit(&if entry { say!(words, "graph-meta-entry", replicas = s.replicas) } else { format!("×{}", s.replicas) }, 12.0, false, BOX_W - 40.0)}</text>
            </g>
        }
    });
    html! {
        <svg class="app-graph" viewBox={format!("0 0 {width:.0} {height:.0}")} width={width.to_string()} height={height.to_string()} role="img"
            aria-label={say!(words, "graph-aria", services = services.iter().map(|s| if s.depends_on.is_empty() { s.name.clone() } else { format!("{} → {}", s.name, s.depends_on.join(", ")) }).collect::<Vec<_>>().join("; "))}>
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" /></marker></defs>
            { for arrows }
            { for boxes }
        </svg>
    }
}
