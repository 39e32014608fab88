//! Browser glue for pictures of the diagrams (Share → SVG, PNG), for wikis and slide decks that
//! refuse iframes. The diagrams on screen are copied into one standalone SVG: each shape and text
//! gets its computed colours and sizes as attributes, so the file needs no stylesheet and looks as
//! the page did; above them the caption and the simulated time, over each its platform's title.
//! The PNG is that SVG drawn on a canvas at twice the size. Names from the document are text
//! nodes: the serializer escapes them.

use hafen_core::message;
use hafen_core::text::message::Message;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// Outer margin and the space between diagrams [px].
const PAD: f64 = 16.0;
/// Where the diagrams start, below the caption, the time line and the titles [px].
const DIAGRAMS_TOP: f64 = 86.0;
/// Computed styles written onto each shape and text of the copy.
const STYLE_PROPS: [&str; 9] = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-weight", "font-family"];
/// The elements that draw something (the rest only group).
const DRAWN: &str = "rect, circle, ellipse, path, line, polyline, polygon, text, tspan";

/// A picture: the SVG text and its size [px].
pub struct Picture {
    /// A standalone SVG document.
    pub svg: String,
    /// Width [px].
    pub width: f64,
    /// Height [px].
    pub height: f64,
}

/// Why a picture could not be made: the browser refused a step of drawing it.
fn cannot() -> Message {
    message!("picture-browser-failed")
}

fn doc() -> Result<Document, Message> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(cannot)
}

fn svg_el(d: &Document, name: &str) -> Result<Element, Message> {
    d.create_element_ns(Some(SVG_NS), name).map_err(|_| cannot())
}

fn text(d: &Document, x: f64, y: f64, size: f64, weight: &str, fill: &str, content: &str) -> Result<Element, Message> {
    let t = svg_el(d, "text")?;
    for (k, v) in [("x", x.to_string()), ("y", y.to_string()), ("font-size", size.to_string()), ("font-weight", weight.to_string()), ("fill", fill.to_string())] {
        let _ = t.set_attribute(k, &v);
    }
    t.set_text_content(Some(content));
    Ok(t)
}

/// A copy of the diagram `original` whose drawn elements carry their computed styles, without
/// the page's classes, ids, data and focus attributes.
fn styled_copy(original: &Element) -> Result<Element, Message> {
    let window = web_sys::window().ok_or_else(cannot)?;
    let copy: Element = original.clone_node_with_deep(true).map_err(|_| cannot())?.unchecked_into();
    let (from, to) = (original.query_selector_all("*").map_err(|_| cannot())?, copy.query_selector_all("*").map_err(|_| cannot())?);
    for i in 0..from.length().min(to.length()) {
        let (Some(o), Some(c)) = (from.item(i).and_then(|n| n.dyn_into::<Element>().ok()), to.item(i).and_then(|n| n.dyn_into::<Element>().ok())) else { continue };
        let Ok(Some(style)) = window.get_computed_style(&o) else { continue };
        if style.get_property_value("display").is_ok_and(|v| v == "none") {
            let _ = c.set_attribute("display", "none");
            continue;
        }
        if o.matches(DRAWN).unwrap_or(false) {
            for p in STYLE_PROPS {
                if let Ok(v) = style.get_property_value(p) {
                    if !v.is_empty() {
                        let _ = c.set_attribute(p, &v);
                    }
                }
            }
        }
        strip(&c, &[]);
    }
    // The drawing's own label is the page's sentence for screen readers; the picture has a title.
    strip(&copy, &["aria-label"]);
    Ok(copy)
}

/// Removes what only the page uses from `el`: classes, styles, ids, focus and role attributes,
/// `data-` attributes, and those in `also`.
fn strip(el: &Element, also: &[&str]) {
    for a in ["class", "style", "tabindex", "role", "id"].iter().chain(also) {
        let _ = el.remove_attribute(a);
    }
    for name in el.get_attribute_names().iter().filter_map(|n| n.as_string()).filter(|n| n.starts_with("data-")) {
        let _ = el.remove_attribute(&name);
    }
}

/// The diagrams on screen, side by side, under `caption` and `time` ("at 02:57 of simulated
/// time"), each under its platform's title.
pub fn diagrams(caption: &str, time: &str) -> Result<Picture, Message> {
    let d = doc()?;
    let panels = d.query_selector_all("section.platform").map_err(|_| cannot())?;
    let root = svg_el(&d, "svg")?;
    let mut x = PAD;
    let mut bottom: f64 = DIAGRAMS_TOP;
    let mut columns = Vec::new();
    for i in 0..panels.length() {
        let Some(panel) = panels.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let Ok(Some(diagram)) = panel.query_selector("svg.diagram") else { continue };
        let title = panel.query_selector("h2").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default();
        // The diagram's own coordinates: one unit is one CSS pixel as laid out (diagram_layout.rs).
        let view = diagram.get_attribute("viewBox").unwrap_or_default();
        let dims: Vec<f64> = view.split_whitespace().filter_map(|v| v.parse().ok()).collect();
        let (w, h) = match dims.as_slice() {
            [_, _, w, h] if *w > 0.0 && *h > 0.0 => (*w, *h),
            _ => continue,
        };
        let copy = styled_copy(&diagram)?;
        for (k, v) in [("x", x.to_string()), ("y", DIAGRAMS_TOP.to_string()), ("width", w.to_string()), ("height", h.to_string())] {
            let _ = copy.set_attribute(k, &v);
        }
        columns.push((text(&d, x, DIAGRAMS_TOP - 10.0, 15.0, "700", "#1d2430", &title)?, copy));
        x += w + PAD;
        bottom = bottom.max(DIAGRAMS_TOP + h);
    }
    if columns.is_empty() {
        return Err(message!("picture-no-diagram"));
    }
    let (width, height) = (x, bottom + PAD);
    for (k, v) in [("xmlns", SVG_NS.to_string()), ("width", width.to_string()), ("height", height.to_string()), ("viewBox", format!("0 0 {width} {height}")), ("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif".into())] {
        let _ = root.set_attribute(k, &v);
    }
    let background = svg_el(&d, "rect")?;
    for (k, v) in [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")] {
        let _ = background.set_attribute(k, v);
    }
    let title = svg_el(&d, "title")?;
    title.set_text_content(Some(caption));
    for el in [title, background, text(&d, PAD, 30.0, 18.0, "700", "#1d2430", caption)?, text(&d, PAD, 52.0, 13.0, "400", "#5c6675", time)?] {
        let _ = root.append_child(&el);
    }
    for (t, copy) in columns {
        let _ = root.append_child(&t);
        let _ = root.append_child(&copy);
    }
    let xml = web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(&root)).map_err(|_| cannot())?;
    Ok(Picture { svg: format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}\n"), width, height })
}

/// Draws `picture` on a canvas `scale` times its size and calls `done` with the PNG, or why not.
pub fn png(picture: &Picture, scale: f64, done: impl FnOnce(Result<web_sys::Blob, Message>) + 'static) {
    let blob = match crate::files::blob(&picture.svg, "image/svg+xml") {
        Ok(b) => b,
        Err(e) => return done(Err(e)),
    };
    let (Ok(url), Ok(img), Ok(d)) = (web_sys::Url::create_object_url_with_blob(&blob), web_sys::HtmlImageElement::new(), doc()) else {
        return done(Err(cannot()));
    };
    let canvas: web_sys::HtmlCanvasElement = match d.create_element("canvas") {
        Ok(c) => c.unchecked_into(),
        Err(_) => return done(Err(cannot())),
    };
    canvas.set_width((picture.width * scale).round() as u32);
    canvas.set_height((picture.height * scale).round() as u32);
    let finish = crate::browser::first_call(done);
    let (f_load, f_error) = (finish.clone(), finish);
    let (i, u) = (img.clone(), url.clone());
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&u);
        let drawn = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            .map(|ctx| {
                let _ = ctx.scale(scale, scale);
                ctx.draw_image_with_html_image_element(&i, 0.0, 0.0).is_ok()
            });
        if drawn != Some(true) {
            return f_load(Err(cannot()));
        }
        let f = f_load.clone();
        let got = Closure::once_into_js(move |b: Option<web_sys::Blob>| f(b.ok_or_else(|| message!("picture-no-png"))));
        if canvas.to_blob_with_type(got.unchecked_ref(), "image/png").is_err() {
            f_load(Err(message!("picture-no-png")));
        }
    });
    let u = url.clone();
    let onerror = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&u);
        f_error(Err(cannot()));
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&url);
}
