//! Every YAML call of the program: parse with a location, write canonical text.
//!
//! Only this module names the YAML crate, so that it can be swapped in one place.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A YAML problem with its place in the text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parse `text` into `T`, keeping where in the text a problem was found.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let mut message = strip_location(&e.to_string());
        if message.contains("repetition limit exceeded") || message.contains("recursion limit exceeded") {
            message = format!(
                "{message}: YAML aliases or nesting expand too far; claim files need neither, so remove the `&anchor`/`*alias` pairs"
            );
        }
        let (line, column) = duplicate_place(text, &message).unwrap_or((line, column));
        YamlError {
            message,
            line,
            column,
        }
    })
}

/// The crate places a duplicate field at the start of its mapping; point at
/// the second occurrence of the key instead.
fn duplicate_place(text: &str, message: &str) -> Option<(usize, usize)> {
    let rest = message.strip_prefix("duplicate field `")?;
    let key = &rest[..rest.find('`')?];
    let wanted = format!("{key}:");
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim_start().trim_start_matches("- ");
            t.starts_with(&wanted)
                .then_some((i + 1, l.len() - t.len() + 1))
        })
        .nth(1)
}

/// Parse `text` as an untyped document (for `check`'s structural rules).
pub fn to_json_value(text: &str) -> Result<serde_json::Value, YamlError> {
    from_str(text)
}

/// Write `value` as YAML text in the order its fields are declared.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// The crate appends " at line L column C" to its messages; we print the place ourselves.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn syntax_error_has_line_and_column() {
        let err = from_str::<BTreeMap<String, String>>("a: b\nc: [d\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(!err.message.contains("at line"), "{}", err.message);
    }

    #[test]
    fn duplicate_keys_are_refused() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            a: String,
        }
        let err = from_str::<S>("a: x\na: y\n").unwrap_err();
        assert!(err.message.contains("duplicate"), "{}", err.message);
        assert_eq!(err.line, 2);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (i, prev) in ["a", "b", "c", "d", "e", "f", "g", "h"].iter().enumerate() {
            let name = (b'b' + i as u8) as char;
            text.push_str(&format!(
                "{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let err = from_str::<serde_json::Value>(&text).unwrap_err();
        assert!(err.message.contains("limit"), "{}", err.message);
    }
}
