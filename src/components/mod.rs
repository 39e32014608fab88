//! One component per file. Components are thin views: they read props and emit `on<verb>` callbacks.

pub mod app;
pub mod consequence_list;
pub mod defaults_table;
pub mod diagram;
pub mod event_log;
pub mod platform_panel;
pub mod timeline;
