//! The timings in force with their sources.

use hafen_core::say;
use hafen_core::text::timings::rows;
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
    let w = crate::i18n::use_words();
    let rows = rows(&w, &props.timings, props.version);
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
