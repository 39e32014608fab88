//! The application as files other tools read: a docker-compose.yml, a Swarm stack file and
//! Kubernetes manifests, to view, copy and download (`hafen_core::export`).

use crate::state::Shared;
use hafen_core::document::Document;
use hafen_core::offload::{Done, FileOut, Job};
use hafen_core::say;
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use hafen_core::PlatformKind;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Which file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    Compose,
    Stack,
    Kubernetes,
}

impl Which {
    const ALL: [Which; 3] = [Which::Compose, Which::Stack, Which::Kubernetes];

    fn label(self, w: &Words) -> String {
        match self {
            Which::Compose => "docker-compose.yml".to_string(),
            Which::Stack => say!(w, "files-stack"),
            Which::Kubernetes => say!(w, "files-kubernetes"),
        }
    }

    fn file(self, app: &str) -> String {
        match self {
            Which::Compose => "docker-compose.yml".into(),
            Which::Stack => format!("{app}-stack.yml"),
            Which::Kubernetes => format!("{app}-kubernetes.yaml"),
        }
    }

    fn how(self, app: &str) -> String {
        match self {
            Which::Compose => "docker compose up -d".into(),
            Which::Stack => format!("docker stack deploy -c {} {app}", self.file(app)),
            Which::Kubernetes => format!("kubectl apply -f {}", self.file(app)),
        }
    }

    fn out(self) -> FileOut {
        match self {
            Which::Compose => FileOut::Compose,
            Which::Stack => FileOut::Stack,
            Which::Kubernetes => FileOut::Kubernetes,
        }
    }
}

/// Props of [`ManifestsPanel`].
#[derive(Properties, PartialEq)]
pub struct ManifestsPanelProps {
    /// The document's scenario (the files carry the application and its cluster, nothing else).
    pub doc: Shared<hafen_core::Scenario>,
}

/// The panel.
#[component]
pub fn ManifestsPanel(props: &ManifestsPanelProps) -> Html {
    let words = crate::i18n::use_words();
    let which = use_state_eq(|| Which::Kubernetes);
    let status = use_state_eq(|| None::<Message>);
    // `None` while the file worker writes; `Err` if it could not.
    let written = use_state_eq(|| None::<Result<String, Message>>);
    {
        let written = written.clone();
        use_effect_with((props.doc.clone(), *which), move |(doc, w)| {
            written.set(None);
            // A reply for a document or file no longer shown is dropped.
            let stale = Rc::new(Cell::new(false));
            let late = stale.clone();
            let doc = Document { scenario: (**doc).clone(), pricing: Default::default(), shown: vec![PlatformKind::Compose, PlatformKind::Kubernetes], story: None };
            // (The files carry the application and its cluster; pricing and the platforms shown are not in them.)
            crate::offload::ask(&Job::Write { file: w.out(), doc: Box::new(doc) }, move |done| {
                if !late.get() {
                    written.set(Some(match done {
                        Done::Text(t) => Ok(t),
                        Done::Refused(why) => Err(why),
                        Done::Opened { .. } | Done::Ignored => Err(hafen_core::message!("worker-missing")),
                    }));
                }
            });
            move || stale.set(true)
        });
    }
    let text = match &*written {
        Some(Ok(t)) => Some(t.clone()),
        _ => None,
    };
    let app = hafen_core::export::compose::slug(&props.doc.name);
    let file = which.file(&app);
    let tabs = Which::ALL.iter().map(|&w| {
        let which = which.clone();
        let status = status.clone();
        html! {
            <button class={classes!("file-tab", (w == *which).then_some("chosen"))} aria-pressed={(w == *which).to_string()}
                onclick={Callback::from(move |_| { which.set(w); status.set(None); })}>{w.label(&words)}</button>
        }
    });
    let oncopy = {
        let (text, status) = (text.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let Some(text) = &text else { return };
            crate::browser::copy_text(text, move |ok| status.set(Some(if ok { hafen_core::message!("files-copied") } else { hafen_core::message!("files-clipboard-refused") })));
        })
    };
    let ondownload = {
        let (text, status, file) = (text.clone(), status.clone(), file.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(text) = &text else { return };
            status.set(Some(match crate::files::download(&file, text, "application/yaml") {
                Ok(()) => hafen_core::message!("share-saved", file = &file),
                Err(why) => hafen_core::message!("files-not-saved", why = why),
            }));
        })
    };
    html! {
        <section class="economics-part manifests-panel" aria-label={say!(words, "files-aria")}>
            <h2>{say!(words, "files-heading")}</h2>
            <p class="note">{say!(words, "files-note")}</p>
            <div class="file-tabs" role="group" aria-label={say!(words, "files-group")}>{ for tabs }</div>
            <div class="file-actions">
                <code class="how">{which.how(&app)}</code>
                <button class="copy-file" onclick={oncopy} disabled={text.is_none()}>{say!(words, "share-copy")}</button>
                <button class="download-file" onclick={ondownload} disabled={text.is_none()}>{format!("⇩ {file}")}</button>
                <span class="share-status" role="status">{(*status).as_ref().map(|m| words.tell(m)).unwrap_or_default()}</span>
            </div>
            <pre class="file-view" aria-busy={written.is_none().to_string()}><code>{match &*written {
                None => say!(words, "files-writing"),
                Some(Ok(t)) => t.clone(),
                Some(Err(why)) => words.tell(why),
            }}</code></pre>
        </section>
    }
}
