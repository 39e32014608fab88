//! The app's effects as hooks: derived results computed outside the reducer.

pub mod use_estimates;
