//! The text layer: the core reports what happened as data ([`crate::cause::Cause`], trace kinds,
//! numbers); this module says it in words. One file per language; English is the only one yet.

pub mod catalog;
pub mod en;
