//! Browser glue for scenario files: saving text as a download, reading a file the user picked or
//! dropped. Nothing here decides what the text means (`hafen_core::file` does).

use hafen_core::message;
use hafen_core::text::message::Message;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// `text` as a Blob of type `mime`.
pub fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, Message> {
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(|_| message!("file-browser-refused"))
}

/// Offers `text` as a file called `name` to save (a Blob and a temporary link; nothing leaves the
/// browser).
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), Message> {
    download_blob(name, &blob(text, mime)?)
}

/// Offers `blob` as a file called `name` to save.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), Message> {
    let refused = || message!("file-browser-refused");
    let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| refused())?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(|_| refused())?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads `file` as UTF-8 text and calls `done` with it, or with why not (too large, unreadable).
pub fn read_text(file: web_sys::File, max_bytes: usize, done: impl FnOnce(Result<String, Message>) + 'static) {
    if file.size() > max_bytes as f64 {
        done(Err(message!("file-too-big-to-open", file = file.name(), size = (file.size() / 1024.0).round() as u64, most = max_bytes / 1024)));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err(message!("file-cannot-read-here")));
        return;
    };
    let r = reader.clone();
    // Called once, then freed.
    let onloadend = Closure::once_into_js(move || {
        let text = r.result().ok().and_then(|v| v.as_string());
        done(text.ok_or_else(|| message!("file-not-text")));
    });
    reader.set_onloadend(Some(onloadend.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}
