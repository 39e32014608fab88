//! Why a shared link or a saved scenario could not be opened, in English.

use crate::document::{LinkError, MAX_DECODED, MAX_ENCODED, VERSION};

/// One sentence: what is wrong with the link and what to do.
pub fn link_error(e: &LinkError) -> String {
    match e {
        LinkError::Empty => "the link holds no scenario after its #".into(),
        LinkError::TooLong(n) => format!("the link is {n} characters long; a Hafen link has at most {} KiB", MAX_ENCODED / 1024),
        LinkError::NoVersion => format!("this is not a Hafen scenario link (the part after # starts with \"{VERSION}.\")"),
        LinkError::UnknownVersion(v) => format!("the link was made by a newer Hafen (format {v}); this one reads format {VERSION}"),
        LinkError::NotBase64 => "the link has characters a Hafen link never has: it was changed or cut when it was copied".into(),
        LinkError::Damaged => "the link is cut short or damaged: copy the whole address again".into(),
        LinkError::TooBig => format!("the link unpacks to more than {} MiB and is refused", MAX_DECODED >> 20),
        LinkError::NotADocument => "the link does not hold a Hafen scenario (cut short, or made by something else)".into(),
        LinkError::Invalid(why) => format!("the scenario in the link is refused: {why}"),
    }
}
