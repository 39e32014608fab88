//! The app's effects as hooks: the animation loop, keyboard shortcuts, the drag session, the width
//! an element is shown at, stable action callbacks, the embed's messages with its host page and the story it tells, and derived results computed outside the
//! reducer.

pub mod use_action;
pub mod use_animation;
pub mod use_clicker;
pub mod use_drag;
pub mod use_estimates;
pub mod use_files;
pub mod use_host;
pub mod use_persistence;
pub mod use_presenting;
pub mod use_runs;
pub mod use_share;
pub mod use_shortcuts;
pub mod use_telling;
pub mod use_width;
