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

/// Starts the app in `<body>`, after installing the panic banner: the embed for `?embed=1`, else
/// the full app.
pub fn start() {
    panic::install();
    if browser::UrlParams::of_page().embed {
        yew::Renderer::<components::embed::Embed>::new().render();
    } else {
        yew::Renderer::<components::app::App>::new().render();
    }
}
