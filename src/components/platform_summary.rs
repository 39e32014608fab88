//! A phone's summary of every platform shown, side by side in one strip that stays in view while
//! one diagram at a time is shown: each platform's replicas running, requests failed and nodes
//! down, the line that changed flashing (a tap on one diagram's node also acts on the others).
//! A tap on a cell shows its platform's diagram. Hidden where the platforms stand side by side.

use crate::diagram_parts::node_label;
use crate::state::{Shared, Side};
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::{NodeState, ReplicaState, SimTime};
use yew::prelude::*;

/// The strip: each platform a radio button whose label is its cell (the stylesheet shows the
/// platform checked, else the first). A view, not a component of its own (each component type
/// costs the page ~1.2 KB gzipped of wasm); no state: the page keeps which one is checked.
/// The page calls it again when its width changes (`use_width` on the page): narrowed while
/// paused, the strip is there at once, not with the next frame.
pub fn platform_summary(w: &Words, sides: &[Shared<Side>], cursor: SimTime) -> Html {
    // Only where it shows: a window as narrow as the stylesheet's one-column layout (every frame
    // while playing, each platform's diagram counted again).
    if !crate::browser::narrow() {
        return Html::default();
    }
    let cells = sides.iter().filter_map(|side| Some((side, side.run.as_ref().ok()?))).map(|(side, run)| {
        let kind = side.platform;
        // The replicas running and drawn, the nodes not Ready, as the diagram shows them.
        let snap = run.snapshot_at(cursor);
        let up = snap.replicas.iter().filter(|r| r.2 == ReplicaState::Running).count();
        let nodes = run.nodes.iter().zip(&snap.nodes).filter(|p| *p.1 != NodeState::Ready).map(|(n, &s)| format!("{} {}", n.name, node_label(w, kind, s))).collect::<Vec<_>>().join(" · ");
        // The users' service, as the counters under the diagram count it.
        let c = run.counters_at(side.entry.unwrap_or(0), cursor.on_clock().min(run.end));
        html! {
            <li key={kind.id()}>
                <label class={classes!("glance", kind.id(), c.down.then_some("down"))} data-platform={kind.id()}>
                    <input type="radio" name="front" class="sr-only" />
                    <b>{kind.label()}</b>
                    <span class="figures">{say!(w, "summary-figures", up = up, total = snap.replicas.len(), failed = w.count(c.failed))}</span>
                    if !nodes.is_empty() {
                        // Drawn anew when it changes: it flashes.
                        <>{ html! { <span key={nodes.clone()} class="nodes-down">{nodes}</span> } }</>
                    }
                </label>
            </li>
        }
    });
    html! {
        <nav class="platform-summary" aria-label={say!(w, "summary-aria")}>
            <ul>{ for cells }</ul>
        </nav>
    }
}
