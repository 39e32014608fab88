//! The operator's commands: for every action on the timeline, what a person types on each platform
//! shown, side by side and copyable — or that the platform heals by itself, and how. Draining a
//! node for maintenance is listed too.

use crate::state::Shared;
use hafen_core::commands::{drain, rows, Answer, ORDER};
use hafen_core::text::en::{fault, healer, no_command, step};
use hafen_core::{PlatformKind, Scenario};
use yew::prelude::*;

/// Props of [`CommandsPanel`].
#[derive(Properties, PartialEq)]
pub struct CommandsPanelProps {
    /// The document.
    pub doc: Shared<Scenario>,
    /// Platforms shown, in order.
    pub shown: Vec<PlatformKind>,
}

fn copy_button(text: String) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        let button = e.target_dyn_into::<web_sys::HtmlElement>();
        crate::browser::copy_text(&text, move |ok| {
            if let Some(b) = button {
                b.set_text_content(Some(if ok { "Copied" } else { "Select and copy" }));
            }
        });
    });
    html! { <button class="copy-commands" {onclick}>{"Copy"}</button> }
}

/// One platform's answer.
pub fn cell(answer: &Answer) -> Html {
    let block = |lines: &[String]| {
        let text = lines.join("\n");
        html! { <div class="command-block"><pre><code>{text.clone()}</code></pre>{copy_button(text)}</div> }
    };
    match answer {
        Answer::Commands(lines) => block(lines),
        Answer::After(s, lines) => html! { <><p class="command-step">{format!("First {}:", step(s))}</p>{block(lines)}</> },
        Answer::Heals(h) => html! { <p class="heals">{healer(h)}</p> },
        Answer::Nothing(m) => html! { <p class="no-command">{no_command(m)}</p> },
    }
}

/// The panel.
#[component]
pub fn CommandsPanel(props: &CommandsPanelProps) -> Html {
    let sc = &props.doc;
    let columns: Vec<usize> = props.shown.iter().filter_map(|k| ORDER.iter().position(|o| o == k)).collect();
    let head = html! {
        <tr><th scope="col">{"Action"}</th>{ for columns.iter().map(|&i| html! { <th scope="col">{ORDER[i].label()}</th> }) }</tr>
    };
    let timeline = rows(sc);
    let body = timeline.iter().map(|(at, row)| {
        html! {
            <tr>
                <th scope="row"><span class="at">{at.clock()}</span>{" "}{fault(&row.action)}</th>
                { for columns.iter().map(|&i| html! { <td data-platform={ORDER[i].label()}>{cell(&row.answers[i])}</td> }) }
            </tr>
        }
    });
    let node = sc.platform.node_names().into_iter().next().unwrap_or_else(|| "node-1".into());
    let maintenance = drain(&node);
    html! {
        <section class="economics-part commands-panel" aria-label="The operator's commands">
            <h2>{"What an operator types"}</h2>
            <p class="note">{format!("For each action on the timeline, the commands on each platform, with the names the exported files use (project, stack and namespace \"{}\"). Where a platform heals by itself, it says by what.", hafen_core::export::compose::slug(&sc.name))}</p>
            if timeline.is_empty() {
                <p class="note">{"No actions on the timeline yet: inject a fault (Kill, Crash, Deploy…) to see what each platform needs."}</p>
            }
            <table class="commands">
                <thead>{head}</thead>
                <tbody>
                    { for body }
                    <tr class="maintenance">
                        <th scope="row">{format!("Maintenance: drain {node}")}</th>
                        { for columns.iter().map(|&i| html! { <td data-platform={ORDER[i].label()}>{cell(&maintenance[i])}</td> }) }
                    </tr>
                </tbody>
            </table>
        </section>
    }
}
