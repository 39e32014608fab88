//! The timings in force with their sources.

use hafen_core::defaults::DefaultRow;
use yew::prelude::*;

/// Props of [`DefaultsTable`].
#[derive(Properties, PartialEq)]
pub struct DefaultsTableProps {
    /// The timings in force.
    pub timings: hafen_core::Timings,
    /// The Kubernetes version they are shown for.
    pub version: hafen_core::KubeVersion,
}

/// The table, under a heading (the Timings tab).
#[component]
pub fn DefaultsTable(props: &DefaultsTableProps) -> Html {
    let rows: Vec<DefaultRow> = props.timings.rows(props.version);
    html! {
        <section class="defaults economics-part">
            <h2>{"Timings in force and where they come from"}</h2>
            <table>
                <thead><tr><th>{"system"}</th><th>{"mechanism"}</th><th>{"value"}</th><th>{"source"}</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr class={classes!(r.changed.then_some("changed"))}>
                            <td>{r.system}</td><td>{r.mechanism}</td><td>{r.value.clone()}</td><td>{r.source}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
