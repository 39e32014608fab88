//! The timings in force with their sources.

use hafen_core::say;
use hafen_core::text::timings::rows;
use hafen_core::text::Words;
use yew::prelude::*;

/// The table of `timings` in force for Kubernetes `version`, under a heading (the Timings tab).
/// A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn defaults_table(w: &Words, timings: &hafen_core::Timings, version: hafen_core::KubeVersion) -> Html {
    let rows = rows(w, timings, version);
    html! {
        <section class="defaults economics-part">
            <h2>{say!(w, "timings-heading")}</h2>
            <table>
                <thead><tr><th>{say!(w, "timings-system")}</th><th>{say!(w, "timings-mechanism")}</th><th>{say!(w, "timings-value")}</th><th>{say!(w, "timings-source")}</th></tr></thead>
                <tbody>
                    { for rows.into_iter().map(|r| html! {
                        <tr class={classes!(r.changed.then_some("changed"))}>
                            <td>{r.system}</td><td>{r.mechanism}</td><td>{r.value}</td><td>{r.source}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
