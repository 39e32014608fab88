//! Where the document came from, or why a link or saved state was not opened: one line above the
//! tabs, until dismissed or the document changes.

use crate::state::{Instead, Notice};
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// What to say.
    pub notice: Notice,
    /// Start from a preset instead of the restored scenario.
    pub onfresh: Callback<()>,
    /// Put the notice away.
    pub ondismiss: Callback<()>,
}

/// "Restored your last scenario (saved 5 min ago)", "This link could not be opened: …".
fn ago(minutes: Option<u64>) -> String {
    match minutes {
        None => String::new(),
        Some(0) => " (saved just now)".into(),
        Some(m) if m < 60 => format!(" (saved {m} min ago)"),
        Some(m) if m < 48 * 60 => format!(" (saved {} h ago)", m / 60),
        Some(m) => format!(" (saved {} days ago)", m / (24 * 60)),
    }
}

/// The notice line.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let (text, problem) = match &props.notice {
        Notice::Restored(m) => (format!("Restored your last scenario{}.", ago(*m)), false),
        Notice::BadLink { why, instead } => {
            let then = match instead {
                Instead::Saved => "Showing your last scenario instead.",
                Instead::Preset => "Showing a preset instead.",
                Instead::Unchanged => "Your scenario is as it was.",
            };
            (format!("This link could not be opened: {why}. {then}"), true)
        }
        Notice::BadSaved { why, kept } => {
            (format!("The scenario saved in this browser could not be read: {why}. It is kept aside (local storage \"{kept}\"); Hafen starts from a preset."), true)
        }
        Notice::BadFile(why) => (format!("This file could not be opened: {why}. Your scenario is as it was."), true),
        Notice::Imported { file, services, warnings } => (
            format!(
                "Imported {file}: {services} service{} on every platform (Undo goes back).{}",
                if *services == 1 { "" } else { "s" },
                if warnings.is_empty() { String::new() } else { format!(" {} thing{} not simulated or assumed:", warnings.len(), if warnings.len() == 1 { " is" } else { "s are" }) }
            ),
            false,
        ),
        Notice::OtherTab => (
            "Another Hafen tab saved its scenario over the one this tab saved. Yours is still here and in this tab's address; your next edit saves it again.".into(),
            true,
        ),
    };
    html! {
        <div class={classes!("notice", problem.then_some("problem"))} role={if problem { "alert" } else { "status" }}>
            <span>{text}</span>
            if let Notice::Imported { warnings, .. } = &props.notice {
                if !warnings.is_empty() {
                    <details class="import-warnings">
                        <summary>{"Show them"}</summary>
                        <ul>{ for warnings.iter().map(|w| html! { <li>{w.clone()}</li> }) }</ul>
                    </details>
                }
            }
            if matches!(props.notice, Notice::Restored(_)) {
                <button class="notice-fresh" onclick={props.onfresh.reform(|_| ())}>{"Start from a preset instead"}</button>
            }
            <button class="notice-close" aria-label="Dismiss" onclick={props.ondismiss.reform(|_| ())}>{"×"}</button>
        </div>
    }
}
