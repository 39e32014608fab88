//! A phone's summary of every platform shown, side by side in one strip that stays in view while
//! one diagram at a time is shown: each platform's replicas running, requests failed and nodes
//! down, the line that changed flashing (a tap on one diagram's node also acts on the others).
//! A tap on a cell shows its platform's diagram. Hidden where the platforms stand side by side.

use super::diagram::node_label;
use crate::state::{Shared, Side};
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::{NodeState, ReplicaState, SimTime};
use yew::prelude::*;

/// What a platform's diagram shows at a moment, counted: replicas running, replicas drawn, and
/// the nodes that are not Ready with their state.
pub type Glance = (usize, usize, Vec<(String, NodeState)>);

/// The [`Glance`] of `side` after its run's first `upto` changes.
pub fn glance(side: &Side, upto: usize) -> Glance {
    let Ok(run) = &side.run else { return Default::default() };
    let snap = run.snapshot_upto(upto);
    let up = snap.replicas.iter().filter(|r| r.2 == ReplicaState::Running).count();
    let down = run.nodes.iter().zip(&snap.nodes).filter(|p| *p.1 != NodeState::Ready).map(|(n, &s)| (n.name.clone(), s)).collect();
    (up, snap.replicas.len(), down)
}

/// The strip: each platform a radio button whose label is its cell (the stylesheet shows the
/// platform checked, else the first). A view, not a component of its own (each component type
/// costs the page ~1.2 KB gzipped of wasm); no state: the page keeps which one is checked.
pub fn platform_summary(w: &Words, sides: &[Shared<Side>], glances: &[Glance], cursor: SimTime) -> Html {
    let cells = sides.iter().zip(glances).map(|(side, (up, total, down))| {
        let kind = side.platform;
        // The users' service, as the counters under the diagram count it.
        let (failed, out) = match (&side.run, side.entry.or(Some(0))) {
            (Ok(run), Some(entry)) => {
                let c = run.counters_at(entry, cursor.on_clock().min(run.end));
                (c.failed, c.down)
            }
            _ => (0, false),
        };
        let nodes = down.iter().map(|(n, s)| format!("{n} {}", node_label(w, kind, *s))).collect::<Vec<_>>().join(" · ");
        html! {
            <li key={kind.id()}>
                <label class={classes!("glance", kind.id(), out.then_some("down"))} data-platform={kind.id()}>
                    <input type="radio" name="front" class="sr-only" />
                    <b>{kind.label()}</b>
                    <span class="figures">{say!(w, "summary-figures", up = *up, total = *total, failed = w.count(failed))}</span>
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
