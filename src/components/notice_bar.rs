//! Where the document came from, or why a link or saved state was not opened: one line above the
//! tabs, until dismissed or the document changes.

use crate::state::{Instead, Notice};
use hafen_core::say;
use hafen_core::text::Words;
use yew::prelude::*;


/// "(saved 5 min ago)", or nothing when it is not known.
fn ago(w: &Words, minutes: Option<u64>) -> String {
    match minutes {
        None => String::new(),
        Some(0) => say!(w, "notice-saved-now"),
        Some(m) if m < 60 => say!(w, "notice-saved-minutes", minutes = m),
        Some(m) if m < 48 * 60 => say!(w, "notice-saved-hours", hours = m / 60),
        Some(m) => say!(w, "notice-saved-days", days = m / (24 * 60)),
    }
}

/// The notice line saying `notice`; `onfresh` starts from a preset instead of a restored scenario,
/// `ondismiss` puts the notice away. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm).
pub fn notice_bar(w: &Words, notice: &Notice, onfresh: &Callback<()>, ondismiss: &Callback<()>) -> Html {
    let (text, problem) = match notice {
        Notice::Restored(m) => (say!(w, "notice-restored", ago = ago(w, *m)), false),
        Notice::BadLink { why, instead } => {
            let why = w.tell(why);
            let text = match instead {
                Instead::Saved => say!(w, "notice-bad-link-saved", why = why),
                Instead::Preset => say!(w, "notice-bad-link-preset", why = why),
                Instead::Unchanged => say!(w, "notice-bad-link-unchanged", why = why),
            };
            (text, true)
        }
        Notice::BadSaved { why, kept } => (say!(w, "notice-bad-saved", why = w.tell(why), kept = kept), true),
        Notice::BadFile(why) => (say!(w, "notice-bad-file", why = w.tell(why)), true),
        Notice::Imported { file, services, warnings } => (
            if warnings.is_empty() {
                say!(w, "notice-imported", file = file, services = services)
            } else {
                say!(w, "notice-imported-warnings", file = file, services = services, warnings = warnings.len())
            },
            false,
        ),
        Notice::OtherTab => (say!(w, "notice-other-tab"), true),
        Notice::Newer(n) => (say!(w, "notice-newer", count = *n), false),
    };
    html! {
        <div class={classes!("notice", problem.then_some("problem"))} role={if problem { "alert" } else { "status" }}>
            <span>{text}</span>
            if let Notice::Imported { warnings, .. } = notice {
                if !warnings.is_empty() {
                    <details class="import-warnings">
                        <summary>{say!(w, "notice-show-them")}</summary>
                        <ul>{ for warnings.iter().map(|m| html! { <li>{w.tell(m)}</li> }) }</ul>
                    </details>
                }
            }
            if matches!(notice, Notice::Restored(_)) {
                <button class="notice-fresh" onclick={onfresh.reform(|_| ())}>{say!(w, "notice-fresh")}</button>
            }
            <button class="notice-close" aria-label={say!(w, "dismiss")} onclick={ondismiss.reform(|_| ())}>{"×"}</button>
        </div>
    }
}
