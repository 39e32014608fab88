//! A [`Message`] said in a language: the values it carries, and the messages inside it, in words.

use super::catalog::Arg;
use super::{Words, EN};
use crate::message::{Message, Value};
use std::fmt;

impl Words {
    /// `m` in this language (the messages inside it too).
    pub fn tell(&self, m: &Message) -> String {
        let inner: Vec<String> = m.args().filter_map(|(_, v)| if let Value::Said(s) = v { Some(self.tell(s)) } else { None }).collect();
        let mut said = inner.iter();
        let args: Vec<(&str, Arg)> = m
            .args()
            .map(|(n, v)| {
                let a = match v {
                    Value::Text(t) => Arg::Text(t),
                    Value::Count(c) => Arg::Count(*c),
                    Value::Amount(x) => Arg::Amount(*x),
                    Value::Duration(d) => Arg::Duration(*d),
                    Value::Clock(t) => Arg::Clock(*t),
                    Value::Said(_) => Arg::Text(said.next().map_or("", String::as_str)),
                };
                (n, a)
            })
            .collect();
        self.say(m.key(), &args)
    }
}

/// In English.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&EN.tell(self))
    }
}

