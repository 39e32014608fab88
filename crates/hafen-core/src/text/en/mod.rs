//! English: how the command line, the JSON report and the app say what the core reports as data.
//!
//! Everything writes straight into one formatter (durations through `SimDuration`'s `Display`),
//! so a sentence costs one allocation however many parts it has. One file per kind of thing said:
//! trace causes, consequences, cost lines, advice.

mod advice;
mod commands;
mod compose;
mod costs;
mod document;
mod events;
mod glossary;
mod story;

pub use advice::{changes, figure, note, reason, trigger};
pub use commands::{healer, missing as no_command, step};
pub use compose::warning as compose_warning;
pub use costs::{item, missing, people_source, source};
pub use document::link_error;
pub use events::{caption, fault};
pub use glossary::{gloss, Term, GLOSSARY};
pub use story::{outcome as story_outcome, step as story_step, story_title, target as story_target, title_of as title_of_story, words as step_words, Said, StepWords};
