//! Why a shared link or a saved scenario could not be opened.

use crate::document::LinkError;
use crate::wire::{MAX_DECODED, MAX_ENCODED, VERSION};
use crate::message;
use crate::message::Message;

/// One sentence: what is wrong with the link and what to do.
pub fn link_error(e: &LinkError) -> Message {
    match e {
        LinkError::Empty => message!("link-empty"),
        LinkError::TooLong(n) => message!("link-too-long", length = *n, most = MAX_ENCODED / 1024),
        LinkError::NoVersion => message!("link-no-version", version = VERSION.to_string()),
        LinkError::UnknownVersion(v) => message!("link-newer", theirs = v, ours = VERSION.to_string()),
        LinkError::NotBase64 => message!("link-not-base64"),
        LinkError::Damaged => message!("link-damaged"),
        LinkError::TooBig => message!("link-too-big", most = MAX_DECODED >> 20),
        LinkError::NotADocument => message!("link-not-a-document"),
        LinkError::Invalid(why) => message!("link-invalid", why = why.said()),
    }
}
