//! Markup written once, for two readers: Yew's virtual DOM (the app, which keeps it up to date) and
//! a string of HTML (the first paint, drawn before the app has loaded: `bin/hafen-paint.rs`). The
//! diagram's parts ([`crate::diagram_parts`]) are written against [`Out`], so the first paint draws
//! exactly what the app then draws in its place.

use std::borrow::Cow;

/// An attribute's value: borrowed when it is a constant, owned when it is computed.
pub type Val = Cow<'static, str>;

/// What can be an attribute's value: a text, or an optional one (`None`: the attribute is left out).
pub trait Attr {
    /// The value, or none.
    fn attr(self) -> Option<Val>;
}

impl Attr for &'static str {
    fn attr(self) -> Option<Val> {
        Some(Cow::Borrowed(self))
    }
}

impl Attr for String {
    fn attr(self) -> Option<Val> {
        Some(Cow::Owned(self))
    }
}

impl<T: Attr> Attr for Option<T> {
    fn attr(self) -> Option<Val> {
        self.and_then(Attr::attr)
    }
}

/// Where markup is written.
pub trait Out {
    /// A node of the markup.
    type Node;
    /// An element: its tag, its attributes' names and values (in the same order; `None` leaves one
    /// out), an identity kept across drawings (a replica's, a node's), and its children.
    fn el(tag: &'static str, names: &'static [&'static str], values: Box<[Option<Val>]>, key: Option<Val>, children: Vec<Self::Node>) -> Self::Node;
    /// Text.
    fn text(text: Val) -> Self::Node;
    /// Nodes one after the other (none: nothing).
    fn list(nodes: Vec<Self::Node>) -> Self::Node;
}

/// An element for [`Out`] `$o`: `el!($o, "tag", ["name" = value, …], key, [children…])` (the key
/// and the children may be left out). A value is anything [`Attr`]: `None` leaves it out.
#[macro_export]
macro_rules! el {
    ($o:ty, $tag:literal, [$($k:literal = $v:expr),* $(,)?]) => {
        <$o as $crate::markup::Out>::el($tag, &[$($k),*], Box::new([$($crate::markup::Attr::attr($v)),*]), None, Vec::new())
    };
    ($o:ty, $tag:literal, [$($k:literal = $v:expr),* $(,)?], [$($child:expr),* $(,)?]) => {
        <$o as $crate::markup::Out>::el($tag, &[$($k),*], Box::new([$($crate::markup::Attr::attr($v)),*]), None, vec![$($child),*])
    };
    ($o:ty, $tag:literal, [$($k:literal = $v:expr),* $(,)?], key = $key:expr, [$($child:expr),* $(,)?]) => {
        <$o as $crate::markup::Out>::el($tag, &[$($k),*], Box::new([$($crate::markup::Attr::attr($v)),*]), Some($key), vec![$($child),*])
    };
}

/// Markup as a string of HTML (SVG elements inside `<svg>` are parsed as such).
pub struct Html;

/// `s` with the characters that end text or an attribute's value escaped.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

impl Out for Html {
    type Node = String;
    fn el(tag: &'static str, names: &'static [&'static str], values: Box<[Option<Val>]>, _key: Option<Val>, children: Vec<String>) -> String {
        let mut s = String::with_capacity(16 + children.iter().map(String::len).sum::<usize>());
        s.push('<');
        s.push_str(tag);
        for (name, value) in names.iter().zip(values.iter()) {
            if let Some(v) = value {
                s.push(' ');
                s.push_str(name);
                s.push_str("=\"");
                escape(v, &mut s);
                s.push('"');
            }
        }
        s.push('>');
        for c in children {
            s.push_str(&c);
        }
        s.push_str("</");
        s.push_str(tag);
        s.push('>');
        s
    }
    fn text(text: Val) -> String {
        let mut s = String::with_capacity(text.len());
        escape(&text, &mut s);
        s
    }
    fn list(nodes: Vec<String>) -> String {
        nodes.concat()
    }
}

/// Markup as Yew's virtual DOM.
pub struct Yew;

fn value(v: Val) -> yew::AttrValue {
    match v {
        Cow::Borrowed(s) => yew::AttrValue::Static(s),
        Cow::Owned(s) => yew::AttrValue::from(s),
    }
}

impl Out for Yew {
    type Node = yew::Html;
    fn el(tag: &'static str, names: &'static [&'static str], values: Box<[Option<Val>]>, key: Option<Val>, children: Vec<yew::Html>) -> yew::Html {
        use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, VTag};
        let mut t = VTag::new(tag);
        let values = values.into_vec().into_iter().map(|v| v.map(|v| AttributeOrProperty::Attribute(value(v)))).collect();
        t.set_attributes(Attributes::Dynamic { keys: names, values });
        t.key = key.map(|k| Key::from(k.as_ref()));
        if !children.is_empty() {
            t.add_children(children);
        }
        t.into()
    }
    fn text(text: Val) -> yew::Html {
        yew::Html::from(yew::virtual_dom::VText::new(value(text)))
    }
    fn list(nodes: Vec<yew::Html>) -> yew::Html {
        nodes.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_escapes_text_and_values_and_leaves_out_what_is_none() {
        let s = el!(Html, "g", ["class" = "pod", "data-x" = None::<String>, "aria-label" = format!("a \"b\" <c> & d")], [Html::text("<i>".into())]);
        assert_eq!(s, r#"<g class="pod" aria-label="a &quot;b&quot; &lt;c&gt; &amp; d">&lt;i&gt;</g>"#);
    }
}
