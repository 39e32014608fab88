//! One component per file. Components are thin views: they read props and emit `on<verb>` callbacks.

pub mod actions_bar;
pub mod app;
pub mod app_graph;
pub mod advisor_panel;
pub mod availability_panel;
pub mod cost_chart;
pub mod cost_panel;
pub mod embed;
pub mod commands_panel;
pub mod consequence_list;
pub mod counters;
pub mod defaults_table;
pub mod diagram;
pub mod event_log;
pub mod inspector;
pub mod manifests_panel;
pub mod monte_carlo;
pub mod notice_bar;
pub mod palette;
pub mod platform_commands;
pub mod platform_panel;
pub mod share_dialog;
pub mod tabs;
pub mod timeline;
pub mod toast;
pub mod toolbar;
