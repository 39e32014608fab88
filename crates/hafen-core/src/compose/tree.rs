//! A compose file as a plain tree: YAML read with the scenario files' limits (size, nesting,
//! saphyr's alias budget against "billion laughs"), merge keys (`<<: *defaults`, which Compose
//! files use with `x-` anchors) applied, variables interpolated, every node with its line.

use super::interpolate::{interpolate, Unset};
use crate::message;
use crate::scenario::ScenarioError;
use crate::message::Message;
use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

/// A value of the file.
#[derive(Clone, Debug, PartialEq)]
pub enum V {
    /// `~`, or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// Text (variables interpolated).
    Str(String),
    /// A list.
    Seq(Vec<N>),
    /// A map, in file order (merged keys after the file's own).
    Map(Vec<(String, N)>),
}

/// A value and the line it starts on (1-based).
#[derive(Clone, Debug, PartialEq)]
pub struct N {
    /// The value.
    pub v: V,
    /// Its line.
    pub line: usize,
}

impl N {
    /// The entries, if a map.
    pub fn entries(&self) -> Option<&[(String, N)]> {
        match &self.v {
            V::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The value at `key`, if a map that has it.
    pub fn get(&self, key: &str) -> Option<&N> {
        self.entries()?.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A scalar as text (numbers and booleans as written), `None` for lists, maps and null.
    pub fn scalar(&self) -> Option<String> {
        match &self.v {
            V::Str(s) => Some(s.clone()),
            V::Int(i) => Some(i.to_string()),
            V::Float(f) => Some(f.to_string()),
            V::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// What kind of value this is, for messages.
    pub fn describe(&self) -> Message {
        match self.v {
            V::Null => message!("yaml-nothing"),
            V::Bool(_) => message!("yaml-true-false"),
            V::Int(_) => message!("yaml-whole-number"),
            V::Float(_) => message!("yaml-decimal-number"),
            V::Str(_) => message!("yaml-text"),
            V::Seq(_) => message!("yaml-list"),
            V::Map(_) => message!("yaml-map"),
        }
    }
}

fn refuse(line: usize, field: &str, message: Message) -> ScenarioError {
    ScenarioError { field: field.to_string(), message, line: Some(line) }
}

/// The file's one document as a tree, with the variables that were unset (and the line of each).
pub fn load(source: &str) -> Result<(N, Vec<(usize, Unset)>), ScenarioError> {
    if source.len() > crate::file::MAX_FILE_BYTES {
        return Err(crate::scenario::err("file", message!("compose-too-large", most = crate::file::MAX_FILE_BYTES / 1024)));
    }
    crate::file::check_nesting(source)?;
    let docs = MarkedYaml::load_from_str(source).map_err(|e| ScenarioError { field: "YAML".into(), message: message!("yaml-malformed", why = e.info()), line: Some(e.marker().line()) })?;
    let root = match docs.as_slice() {
        [one] => one,
        [] => return Err(crate::scenario::err("file", message!("file-empty"))),
        [_, second, ..] => return Err(refuse(second.span.start.line(), "file", message!("compose-one-file"))),
    };
    let mut unset = Vec::new();
    let tree = convert(root, "", &mut unset)?;
    Ok((tree, unset))
}

fn convert(n: &MarkedYaml, field: &str, unset: &mut Vec<(usize, Unset)>) -> Result<N, ScenarioError> {
    let line = n.span.start.line();
    let v = match &n.data {
        YamlData::Value(Scalar::Null) => V::Null,
        YamlData::Value(Scalar::Boolean(b)) => V::Bool(*b),
        YamlData::Value(Scalar::Integer(i)) => V::Int(*i),
        YamlData::Value(Scalar::FloatingPoint(f)) => V::Float(f.0),
        YamlData::Value(Scalar::String(s)) => V::Str(text(s, line, field, unset)?),
        YamlData::Representation(s, ..) => V::Str(text(s, line, field, unset)?),
        YamlData::Tagged(_, inner) => return convert(inner, field, unset),
        YamlData::Sequence(items) => V::Seq(items.iter().enumerate().map(|(i, item)| convert(item, &format!("{field}[{i}]"), unset)).collect::<Result<_, _>>()?),
        YamlData::Mapping(m) => {
            let mut own: Vec<(String, N)> = Vec::with_capacity(m.len());
            let mut merged: Vec<(String, N)> = Vec::new();
            for (k, v) in m.iter() {
                let key = match &k.data {
                    YamlData::Value(Scalar::String(s)) => s.to_string(),
                    YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                    YamlData::Value(Scalar::Boolean(b)) => b.to_string(),
                    YamlData::Value(Scalar::FloatingPoint(f)) => f.to_string(),
                    _ => return Err(refuse(k.span.start.line(), field, message!("compose-keys-are-names"))),
                };
                let path = if field.is_empty() { key.clone() } else { format!("{field}.{key}") };
                if key == "<<" {
                    // A merge: the maps' keys the map does not have itself, the first map first.
                    let from = convert(v, &path, unset)?;
                    let maps: Vec<N> = match from.v {
                        V::Map(_) => vec![from],
                        V::Seq(items) => items,
                        _ => return Err(refuse(from.line, &path, message!("compose-merge-takes", got = from.describe()))),
                    };
                    for m in maps {
                        let V::Map(entries) = m.v else { return Err(refuse(m.line, &path, message!("compose-merge-takes-maps"))) };
                        for (k, v) in entries {
                            if !merged.iter().any(|(mk, _)| *mk == k) {
                                merged.push((k, v));
                            }
                        }
                    }
                } else {
                    own.push((key, convert(v, &path, unset)?));
                }
            }
            for (k, v) in merged {
                if !own.iter().any(|(ok, _)| *ok == k) {
                    own.push((k, v));
                }
            }
            V::Map(own)
        }
        _ => return Err(refuse(line, field, message!("compose-unreadable-value"))),
    };
    Ok(N { v, line })
}

fn text(s: &str, line: usize, field: &str, unset: &mut Vec<(usize, Unset)>) -> Result<String, ScenarioError> {
    let mut found = Vec::new();
    let out = interpolate(s, &mut found).map_err(|why| refuse(line, field, why))?;
    unset.extend(found.into_iter().map(|u| (line, u)));
    Ok(out)
}
