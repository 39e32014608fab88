//! Hafen, the browser app: the same application on Docker Compose and Kubernetes, side by side.
//! The simulation lives in the pure `hafen-core` crate; this crate is the Yew view over it.

#![warn(missing_docs)]

pub mod browser;
pub mod chart;
pub mod components;
pub mod deck;
pub mod diagram_layout;
pub mod drag;
pub mod files;
pub mod forms;
pub mod hooks;
pub mod icons;
pub mod offload;
pub mod panic;
pub mod persist;
pub mod picture;
pub mod presenting;
pub mod share;
pub mod state;
pub mod work;

/// Starts the app in `<body>`, after installing the panic banner: the speaker's notes for
/// `?notes=1`, the embed for `?embed=1`, else the full app (or the presenter, `?present=1`).
pub fn start() {
    panic::install();
    let params = browser::UrlParams::of_page();
    if params.notes {
        // The story the address names (a built-in one, or the document's in the `#…`); FeastFlow's
        // when that document cannot be read, until the presenter says which.
        let first = presenting::Presentation::from_address(params.story.as_deref(), &persist::hash())
            .or_else(|| presenting::Presentation::builtin(hafen_core::story::builtin::IDS[0]))
            .map(|p| p.story);
        if let Some(story) = first {
            yew::Renderer::<components::speaker_notes::SpeakerNotes>::with_props(components::speaker_notes::SpeakerNotesProps { story }).render();
        }
    } else if params.embed {
        yew::Renderer::<components::embed::Embed>::new().render();
    } else {
        yew::Renderer::<components::root::Root>::new().render();
    }
}
