//! The general YAML reader and writer (the YAML crate), and its errors
//! turned into [`YamlError`] values with a place and a kind.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::budget::{check_expansion, may_have_aliases};
use super::{WriteError, YamlError, YamlErrorKind};

/// Refuse a document nested too deeply or whose aliases expand too far,
/// before the general parser reads it.
fn bounded(text: &str) -> Result<(), YamlError> {
    if let Some(at) = super::nesting::too_deep(text) {
        let (line, column) = crate::text::line_column(text.as_bytes(), at);
        return Err(YamlError {
            kind: YamlErrorKind::TooLarge,
            message: format!(
                "nested more than {} levels deep (brackets, braces or `- ` within one another); a claim file nests a few, so this is refused before it is parsed",
                super::nesting::MAX_DEPTH
            ),
            line,
            column,
        });
    }
    if may_have_aliases(text) {
        check_expansion(text)?;
    }
    Ok(())
}

/// Parse `text` with the general parser, after the nesting bound and the alias budget.
pub(super) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    bounded(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let mut message = strip_location(&e.to_string());
        let kind = kind_of(&message);
        if kind == YamlErrorKind::TooLarge {
            message = format!(
                "{message}: YAML aliases or nesting expand too far; claim files need neither, so remove the `&anchor`/`*alias` pairs"
            );
        }
        let (line, column) = match kind {
            YamlErrorKind::DuplicateField => duplicate_place(text, &message),
            _ => None,
        }
        .unwrap_or((line, column));
        YamlError {
            kind,
            // Never the file's content: serde quotes a wrong value whole.
            message: crate::escape::redact_message(&message),
            line,
            column,
        }
    })
}

/// Parse `text` with the general parser only (no fast path): for checking
/// that the fast path agrees with it.
pub fn from_str_general<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    bounded(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let message = strip_location(&e.to_string());
        YamlError {
            kind: kind_of(&message),
            message: crate::escape::redact_message(&message),
            line: e.location().map_or(1, |l| l.line()),
            column: e.location().map_or(1, |l| l.column()),
        }
    })
}

/// `value` as YAML text, in the order its fields are declared.
pub(super) fn to_string<T: Serialize>(value: &T) -> Result<String, WriteError> {
    serde_yaml::to_string(value).map_err(|e| WriteError {
        message: strip_location(&e.to_string()),
    })
}

/// The kind of a problem the crate reports. The crate gives its errors as
/// text only (serde's `unknown_field`, `missing_field` and `duplicate_field`
/// arrive as messages), so this is the one place that reads that text;
/// everything after it decides by the kind.
fn kind_of(message: &str) -> YamlErrorKind {
    if message.contains("unknown field") {
        YamlErrorKind::UnknownField
    } else if message.contains("missing field") {
        YamlErrorKind::MissingField
    } else if message.starts_with("duplicate field") {
        YamlErrorKind::DuplicateField
    } else if message.contains("repetition limit exceeded")
        || message.contains("recursion limit exceeded")
    {
        YamlErrorKind::TooLarge
    } else {
        YamlErrorKind::Other
    }
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

/// The crate appends " at line L column C" to its messages; we print the place ourselves.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::from_str;
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
}
