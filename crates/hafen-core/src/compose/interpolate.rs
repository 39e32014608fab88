//! Compose's variable interpolation (compose-spec `interpolation.md`): `$VAR`, `${VAR}`,
//! `${VAR:-default}` / `${VAR-default}`, `${VAR:?error}` / `${VAR?error}`, `${VAR:+alt}` /
//! `${VAR+alt}`, nested defaults, and `$$` for a literal `$`.
//!
//! Hafen has no environment and no `.env` file (a link or a file must give the same document on
//! every machine): every variable is unset, so a default is used where there is one and the
//! empty string otherwise, each reported.

use crate::message;
use crate::message::Message;

/// What interpolating a value found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unset {
    /// `${VAR}` / `$VAR` without a default: the empty string was used.
    Empty(String),
    /// `${VAR:?message}`: Compose would stop with `message`; the empty string was used.
    Required(String, String),
}

/// Deepest nesting of `${…}` followed inside defaults.
const MAX_DEPTH: usize = 16;

/// `value` with its variables replaced (all unset), and what was unset; `Err` for a `${` that is
/// never closed, or a name Compose would refuse.
pub fn interpolate(value: &str, unset: &mut Vec<Unset>) -> Result<String, Message> {
    expand(value, unset, 0)
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn expand(value: &str, unset: &mut Vec<Unset>, depth: usize) -> Result<String, Message> {
    if depth > MAX_DEPTH {
        return Err(message!("variables-nested", most = MAX_DEPTH));
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let mut chars = after.chars();
        match chars.next() {
            Some('$') => {
                out.push('$');
                rest = &after[1..];
            }
            Some('{') => {
                let body_start = 1;
                let close = closing_brace(&after[body_start..]).ok_or_else(|| message!("variable-not-closed", value = value))?;
                let body = &after[body_start..body_start + close];
                out.push_str(&braced(body, unset, depth)?);
                rest = &after[body_start + close + 1..];
            }
            Some(c) if is_name_start(c) => {
                let end = after.find(|c: char| !is_name(c)).unwrap_or(after.len());
                unset.push(Unset::Empty(after[..end].to_string()));
                rest = &after[end..];
            }
            // A lone `$` (at the end, or before something that is not a name) stays as it is.
            _ => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Where the `}` closing a `${` is in `s` (nested `${…}` skipped).
fn closing_brace(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 1;
            }
            b'}' if depth == 0 => return Some(i),
            b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The inside of `${…}`: a name and maybe an operator with its word.
fn braced(body: &str, unset: &mut Vec<Unset>, depth: usize) -> Result<String, Message> {
    let end = body.find(|c: char| !is_name(c)).unwrap_or(body.len());
    let name = &body[..end];
    if name.is_empty() || !name.starts_with(is_name_start) {
        return Err(message!("variable-not-a-name", body = body));
    }
    let op = &body[end..];
    let word = |skip: usize, unset: &mut Vec<Unset>| expand(&op[skip..], unset, depth + 1);
    match op {
        "" => {
            unset.push(Unset::Empty(name.to_string()));
            Ok(String::new())
        }
        _ if op.starts_with(":-") => word(2, unset),
        _ if op.starts_with('-') => word(1, unset),
        _ if op.starts_with(":?") || op.starts_with('?') => {
            let skip = if op.starts_with(":?") { 2 } else { 1 };
            let message = word(skip, unset)?;
            unset.push(Unset::Required(name.to_string(), message));
            Ok(String::new())
        }
        // `+`: the word only when the variable is set; it is not.
        _ if op.starts_with(":+") || op.starts_with('+') => Ok(String::new()),
        _ => Err(message!("variable-unknown-operator", body = body, name = name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> (String, Vec<Unset>) {
        let mut unset = Vec::new();
        let out = interpolate(s, &mut unset).expect(s);
        (out, unset)
    }

    #[test]
    fn defaults_are_used_and_unset_variables_reported() {
        assert_eq!(run("postgres:${PG_VERSION:-16}-alpine"), ("postgres:16-alpine".into(), vec![]));
        assert_eq!(run("${TAG-latest}"), ("latest".into(), vec![]));
        assert_eq!(run("${A:-${B:-x}}"), ("x".into(), vec![]));
        assert_eq!(run("${A:-${B}}"), ("".into(), vec![Unset::Empty("B".into())]));
        assert_eq!(run("$HOME/data"), ("/data".into(), vec![Unset::Empty("HOME".into())]));
        assert_eq!(run("${PORT}"), ("".into(), vec![Unset::Empty("PORT".into())]));
        assert_eq!(run("${KEY:?set KEY first}"), ("".into(), vec![Unset::Required("KEY".into(), "set KEY first".into())]));
        assert_eq!(run("${DEBUG:+--verbose}"), ("".into(), vec![]));
        assert_eq!(run("cost $$5 and $ alone"), ("cost $5 and $ alone".into(), vec![]));
    }

    #[test]
    fn broken_variables_are_refused() {
        let mut u = Vec::new();
        assert!(interpolate("${OPEN", &mut u).is_err());
        assert!(interpolate("${1X}", &mut u).is_err());
        assert!(interpolate("${A/b}", &mut u).is_err());
        let deep = format!("{}x{}", "${A:-".repeat(40), "}".repeat(40));
        assert!(interpolate(&deep, &mut u).is_err());
    }
}
