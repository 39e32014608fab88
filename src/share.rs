//! What Share offers, as text: the iframe snippet for a wiki page and file names for downloads.
//! Pure (tested natively); the address itself comes from the browser glue (`persist`).

use hafen_core::locale::Lang;
use hafen_core::text::Words;
use hafen_core::Scenario;

/// The snippet's iframe width [px]: the embed's platforms side by side with their nodes in a row.
pub const EMBED_WIDTH: u32 = 800;

/// The snippet's iframe height for `platforms` shown [px]: the embed's content at
/// [`EMBED_WIDTH`] for the presets, measured (e2e/share.test.mjs checks each fits).
pub fn embed_height(platforms: usize) -> u32 {
    if platforms >= 3 { 560 } else { 480 }
}

/// `s` safe inside a double-quoted HTML attribute.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::markup::escape(s, &mut out);
    out
}

/// The snippet's accessible title, in the page's language: what the embed plays. The snippet asks
/// for `autoplay=1`, so a document without faults plays its signature failure ("Hafen: FeastFlow:
/// at 01:00 the node running postgres loses power"), never "no faults scheduled".
pub fn embed_title(w: &Words, doc: &Scenario) -> String {
    hafen_core::say!(w, "share-embed-title", caption = hafen_core::text::autoplay_caption(w, doc))
}

/// A copy-paste iframe for the document `encoded` at `page` (the app's address without query or
/// `#`): the embed plays on its own and loops, in `lang`; `title` is its accessible title. As wide
/// as the page's column, in the proportions of [`EMBED_WIDTH`] × [`embed_height`] and at least
/// 360 px tall; as tall as the embed says its content needs (`hafen:height`) where the page runs
/// the script beside it; [`EMBED_WIDTH`] × [`embed_height`] pixels where the page drops styles.
pub fn embed_snippet(page: &str, encoded: &str, title: &str, platforms: usize, lang: Lang) -> String {
    let h = embed_height(platforms);
    format!(
        "<iframe id=\"hafen-embed\" src=\"{}\" width=\"{EMBED_WIDTH}\" height=\"{h}\" style=\"border:0;width:100%;height:auto;min-height:360px;aspect-ratio:{EMBED_WIDTH}/{h}\" \
         loading=\"lazy\" title=\"{}\"></iframe>\n<script>addEventListener(\"message\",function(e){{var f=document.getElementById(\"hafen-embed\");\
         if(f&&e.source===f.contentWindow&&e.data&&e.data.type===\"hafen:height\"){{f.style.aspectRatio=\"auto\";f.style.height=e.data.px+\"px\"}}}});</script>",
        escape_attr(&format!("{page}?embed=1&autoplay=1&loop=1&lang={}#{encoded}", lang.tag())),
        escape_attr(title),
    )
}

/// The link to the document in `lang`: whoever opens it sees this simulation in that language.
pub fn link(page: &str, encoded: &str, lang: Lang) -> String {
    format!("{page}?lang={}#{encoded}", lang.tag())
}

/// A file name from the scenario's name and a tail: letters, digits and dashes, then `.ext`.
pub fn file_name(name: &str, tail: &str, ext: &str) -> String {
    let mut out: String = format!("{name} {tail}").chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    let out = out.trim_matches('-');
    format!("{}.{ext}", if out.is_empty() { "scenario" } else { out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_one_iframe_whatever_the_scenario_is_called() {
        let s = embed_snippet("https://wiki.example/hafen/", "1.abc-_", "Hafen: <b>\"Shop\"</b> & co: at 01:00 node-1 loses power", 2, Lang::EN);
        assert_eq!(
            s,
            "<iframe id=\"hafen-embed\" src=\"https://wiki.example/hafen/?embed=1&amp;autoplay=1&amp;loop=1&amp;lang=en#1.abc-_\" width=\"800\" height=\"480\" \
             style=\"border:0;width:100%;height:auto;min-height:360px;aspect-ratio:800/480\" loading=\"lazy\" \
             title=\"Hafen: &lt;b&gt;&quot;Shop&quot;&lt;/b&gt; &amp; co: at 01:00 node-1 loses power\"></iframe>\n\
             <script>addEventListener(\"message\",function(e){var f=document.getElementById(\"hafen-embed\");\
             if(f&&e.source===f.contentWindow&&e.data&&e.data.type===\"hafen:height\"){f.style.aspectRatio=\"auto\";f.style.height=e.data.px+\"px\"}});</script>"
        );
        assert!(embed_snippet("p", "1.x", "c", 3, Lang::from_tag("nb").expect("nb")).contains("height=\"560\""));
        assert!(embed_snippet("p", "1.x", "c", 3, Lang::from_tag("nb").expect("nb")).contains("aspect-ratio:800/560"));
        assert!(embed_snippet("p", "1.x", "c", 3, Lang::from_tag("nb").expect("nb")).contains("lang=nb#1.x"));
        assert_eq!(link("https://wiki.example/hafen/", "2.abc", Lang::from_tag("de").expect("de")), "https://wiki.example/hafen/?lang=de#2.abc");
    }

    #[test]
    fn file_names_are_letters_digits_and_dashes() {
        assert_eq!(file_name("FeastFlow", "", "yaml"), "feastflow.yaml");
        assert_eq!(file_name("The node running the database dies", "02:57", "svg"), "the-node-running-the-database-dies-02-57.svg");
        assert_eq!(file_name("<script>", "", "png"), "script.png");
        assert_eq!(file_name("…", "", "yaml"), "scenario.yaml");
    }
}
