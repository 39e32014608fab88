//! The catalogs' keys, and a sentence as data: a message of the catalogs with its values, made where something is found
//! (a field refused, a link that does not open) and said later, in the reader's language, by
//! [`crate::text::Words::tell`]. Errors carry one instead of English text; `Display` says it in English
//! (the command line, tests).
//!
//! Made with [`crate::message!`], whose key is written literally and resolved while compiling, as
//! [`crate::say!`]'s is.

//!
//! The ground floor of the core: every module may say what it found with a [`Message`]; only
//! [`crate::text`] turns one into words.


use crate::time::{SimDuration, SimTime};

/// The keys and English texts of `i18n/en.ftl`, as `build.rs` reads them.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/en_catalog.rs"));
}

pub use compiled::{CATALOG_HASH, CATALOG_ID, KEYS};
pub(crate) use compiled::EN_VALUES;
// Only evaluated while compiling (`key`) and by tests: the page has no key names (a German or
// Norwegian catalog is matched to the keys by their order, checked by its fingerprint).

/// A message of the catalogs: its place in [`KEYS`]. Made by [`crate::say!`] from a key written
/// literally, resolved while compiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub(crate) u16);

impl Key {
    /// Its name in the catalogs.
    pub fn name(self) -> &'static str {
        KEYS[self.0 as usize]
    }

    /// The message named `name`, if `i18n/en.ftl` has one (for tests; the code names its keys
    /// through [`crate::say!`]).
    pub fn named(name: &str) -> Option<Key> {
        KEYS.binary_search(&name).ok().map(|i| Key(i as u16))
    }
}

/// Whether `a` sorts before (-1), with (0) or after (1) `b`, by bytes as `str` compares.
const fn compare(a: &[u8], b: &[u8]) -> i8 {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
        i += 1;
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}

/// The message named `name`. Evaluated while compiling by [`crate::say!`]: a name `i18n/en.ftl` lacks
/// stops the build here.
pub const fn key(name: &str) -> Key {
    let (mut low, mut high) = (0, KEYS.len());
    while low < high {
        let mid = (low + high) / 2;
        match compare(KEYS[mid].as_bytes(), name.as_bytes()) {
            0 => return Key(mid as u16),
            -1 => low = mid + 1,
            _ => high = mid,
        }
    }
    panic!("say!: i18n/en.ftl has no message with this key")
}


/// A message and its values. Serialized with its key's index in [`KEYS`]: only a page and a
/// file worker built from the same catalog talk ([`CATALOG_ID`] is in their greeting), and
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
        if usize::from(i) < KEYS.len() {
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

    /// Its values, by name, in the order given.
    pub fn args(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> + Clone {
        self.args.iter().map(|(n, v)| (n.0.as_ref(), v))
    }

    /// The value given as `name`, if any.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| n.0 == name).map(|(_, v)| v)
    }
}

/// `message!("key", name = value, …)`: a [`Message`] to say later. The key is a literal, resolved
/// while compiling; values are anything a [`Value`] is made from (names, counts, durations, other
/// messages).
#[macro_export]
macro_rules! message {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new(const { $crate::message::key($key) }, vec![$((stringify!($name), $crate::message::Value::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use crate::locale::Lang;
    use crate::text::{Words, EN};

    #[test]
    fn a_message_is_said_in_the_readers_language_with_the_messages_inside_it() {
        let de = Words::read(Lang::from_tag("de").expect("de"), &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/de.ftl")).expect("de.ftl")).expect("reads");
        let m = crate::message!("lang-unreachable", language = "Deutsch", why = crate::message!("dismiss"));
        assert_eq!(m.to_string(), EN.tell(&m));
        assert!(m.to_string().contains("Deutsch"), "{m}");
        assert!(de.tell(&m).contains("Schließen"), "{}", de.tell(&m));
        let bytes = postcard::to_allocvec(&m).expect("writes");
        assert_eq!(postcard::from_bytes::<super::Message>(&bytes).expect("reads"), m);
    }
}
