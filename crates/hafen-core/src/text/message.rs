//! A sentence as data: a message of the catalogs with its values, made where something is found
//! (a field refused, a link that does not open) and said later, in the reader's language, by
//! [`super::Words::tell`]. Errors carry one instead of English text; `Display` says it in English
//! (the command line, tests).
//!
//! Made with [`crate::message!`], whose key is written literally and resolved while compiling, as
//! [`crate::say!`]'s is.

use super::catalog::Arg;
use super::{Key, Words};
use crate::time::{SimDuration, SimTime};
use std::fmt;

/// A message and its values. Serialized with its key's index in [`super::KEYS`]: only a page and a
/// file worker built from the same catalog talk ([`super::CATALOG_ID`] is in their greeting), and
/// the worker then needs no key names.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    key: Key,
    args: Vec<(Name, Value)>,
}

/// A value's name in its message: one of the names the code gives (`stringify!` in
/// [`crate::message!`]); read back, a name is kept as it came.
#[derive(Clone, Debug, PartialEq)]
struct Name(std::borrow::Cow<'static, str>);

impl serde::Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Name(String::deserialize(d)?.into()))
    }
}

impl serde::Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let i = u16::deserialize(d)?;
        if usize::from(i) < super::KEYS.len() {
            Ok(Key(i))
        } else {
            Err(serde::de::Error::custom("no such message"))
        }
    }
}

/// A value of a [`Message`], owned (it outlives what it was found in).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    /// Text as it is: a name, a number as the user typed it, a key of a file.
    Text(String),
    /// A whole number (selects plurals).
    Count(u64),
    /// A number with the decimals it has.
    Amount(f64),
    /// A duration.
    Duration(SimDuration),
    /// A point in a run.
    Clock(SimTime),
    /// Another message, said first (a reason inside a sentence).
    Said(Box<Message>),
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(v.clone())
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_string())
    }
}
impl From<&&str> for Value {
    fn from(v: &&str) -> Self {
        Value::Text(v.to_string())
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Amount(v)
    }
}
impl From<SimDuration> for Value {
    fn from(v: SimDuration) -> Self {
        Value::Duration(v)
    }
}
impl From<SimTime> for Value {
    fn from(v: SimTime) -> Self {
        Value::Clock(v)
    }
}
impl From<Message> for Value {
    fn from(v: Message) -> Self {
        Value::Said(Box::new(v))
    }
}
macro_rules! value_count {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Self {
                Value::Count(v as u64)
            }
        }
    )*};
}
value_count!(u8, u16, u32, u64, usize);

impl Message {
    /// Message `key` with `args` (see [`crate::message!`]).
    pub fn new(key: Key, args: Vec<(&'static str, Value)>) -> Message {
        Message { key, args: args.into_iter().map(|(n, v)| (Name(n.into()), v)).collect() }
    }

    /// Its key.
    pub fn key(&self) -> Key {
        self.key
    }

    /// The value given as `name`, if any.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| n.0 == name).map(|(_, v)| v)
    }
}

impl Words {
    /// `m` in this language (the messages inside it too).
    pub fn tell(&self, m: &Message) -> String {
        let inner: Vec<String> = m.args.iter().filter_map(|(_, v)| if let Value::Said(s) = v { Some(self.tell(s)) } else { None }).collect();
        let mut said = inner.iter();
        let args: Vec<(&str, Arg)> = m
            .args
            .iter()
            .map(|(n, v)| {
                let a = match v {
                    Value::Text(t) => Arg::Text(t),
                    Value::Count(c) => Arg::Count(*c),
                    Value::Amount(x) => Arg::Amount(*x),
                    Value::Duration(d) => Arg::Duration(*d),
                    Value::Clock(t) => Arg::Clock(*t),
                    Value::Said(_) => Arg::Text(said.next().map_or("", String::as_str)),
                };
                (n.0.as_ref(), a)
            })
            .collect();
        self.say(m.key, &args)
    }
}

/// In English.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::EN.tell(self))
    }
}

/// `message!("key", name = value, …)`: a [`Message`] to say later. The key is a literal, resolved
/// while compiling; values are anything a [`Value`] is made from (names, counts, durations, other
/// messages).
#[macro_export]
macro_rules! message {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::text::message::Message::new(const { $crate::text::key($key) }, vec![$((stringify!($name), $crate::text::message::Value::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use crate::locale::Lang;
    use crate::text::{Words, EN};

    #[test]
    fn a_message_is_said_in_the_readers_language_with_the_messages_inside_it() {
        let de = Words::read(Lang::De, &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/de.ftl")).expect("de.ftl")).expect("reads");
        let m = crate::message!("lang-unreachable", language = "Deutsch", why = crate::message!("dismiss"));
        assert_eq!(m.to_string(), EN.tell(&m));
        assert!(m.to_string().contains("Deutsch"), "{m}");
        assert!(de.tell(&m).contains("Schließen"), "{}", de.tell(&m));
        let bytes = postcard::to_allocvec(&m).expect("writes");
        assert_eq!(postcard::from_bytes::<super::Message>(&bytes).expect("reads"), m);
    }
}
