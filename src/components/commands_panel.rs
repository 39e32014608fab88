//! The operator's commands: for every action on the timeline, what a person types on each platform
//! shown, side by side and copyable — or that the platform heals by itself, and how. Draining a
//! node for maintenance is listed too.

use hafen_core::commands::{drain, Answer, Row, ORDER};
use hafen_core::say;
use hafen_core::commands::Line;
use hafen_core::text::commands::{healer, line, missing, step};
use hafen_core::text::{fault, Words};
use hafen_core::{PlatformKind, Scenario, SimTime};
use yew::prelude::*;


fn copy_button(w: &Words, text: String) -> Html {
    let (copied, select) = (say!(w, "commands-copied"), say!(w, "commands-select"));
    let onclick = Callback::from(move |e: MouseEvent| {
        let button = e.target_dyn_into::<web_sys::HtmlElement>();
        let (copied, select) = (copied.clone(), select.clone());
        crate::browser::copy_text(&text, move |ok| {
            if let Some(b) = button {
                b.set_text_content(Some(if ok { &copied } else { &select }));
            }
        });
    });
    html! { <button class="copy-commands" {onclick}>{say!(w, "share-copy")}</button> }
}

/// One platform's answer.
pub fn cell(w: &Words, answer: &Answer) -> Html {
    let block = |lines: &[Line]| {
        let text = lines.iter().map(|l| line(w, l)).collect::<Vec<_>>().join("\n");
        html! { <div class="command-block"><pre><code>{text.clone()}</code></pre>{copy_button(w, text)}</div> }
    };
    match answer {
        Answer::Commands(lines) => block(lines),
        Answer::After(s, lines) => html! { <><p class="command-step">{say!(w, "commands-first", step = step(w, s))}</p>{block(lines)}</> },
        Answer::Heals(h) => html! { <p class="heals">{healer(w, h)}</p> },
        Answer::Nothing(m) => html! { <p class="no-command">{missing(w, m)}</p> },
    }
}

/// The panel for `sc` with the platforms `shown`, from its `timeline` (the document's
/// [`rows`](hafen_core::commands::rows), made once per document by the page). A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn commands_panel(w: &Words, sc: &Scenario, shown: &[PlatformKind], timeline: &[(SimTime, Row)]) -> Html {
    let columns: Vec<usize> = shown.iter().filter_map(|k| ORDER.iter().position(|o| o == k)).collect();
    let head = html! {
        <tr><th scope="col">{say!(w, "commands-action")}</th>{ for columns.iter().map(|&i| html! { <th scope="col">{ORDER[i].label()}</th> }) }</tr>
    };
    let body = timeline.iter().map(|(at, row)| {
        html! {
            <tr>
                <th scope="row"><span class="at">{at.clock()}</span>{" "}{fault(w, &row.action)}</th>
                { for columns.iter().map(|&i| html! { <td data-platform={ORDER[i].label()}>{cell(w, &row.answers[i])}</td> }) }
            </tr>
        }
    });
    let node = sc.platform.node_names().into_iter().next().unwrap_or_else(|| "node-1".into());
    let maintenance = drain(&node);
    html! {
        <section class="economics-part commands-panel" aria-label={say!(w, "commands-aria")}>
            <h2>{say!(w, "commands-heading")}</h2>
            <p class="note">{say!(w, "commands-note", name = hafen_core::export::compose::slug(&sc.name))}</p>
            if timeline.is_empty() {
                <p class="note">{say!(w, "commands-none")}</p>
            }
            <table class="commands">
                <thead>{head}</thead>
                <tbody>
                    { for body }
                    <tr class="maintenance">
                        <th scope="row">{say!(w, "commands-drain", node = &node)}</th>
                        { for columns.iter().map(|&i| html! { <td data-platform={ORDER[i].label()}>{cell(w, &maintenance[i])}</td> }) }
                    </tr>
                </tbody>
            </table>
        </section>
    }
}
