//! Every YAML call of the program: parse with a location, write canonical text.
//!
//! Only this module names the YAML crate, so that it can be swapped in one
//! place. `general` is the reader for any YAML (and every error message),
//! `budget` refuses documents whose aliases expand far beyond their size
//! before the general reader sees them, `quoting` quotes what YAML 1.1
//! readers would take for something other than a string, and `fast` reads
//! the canonical subset the program writes.

mod budget;
pub mod fast;
mod general;
mod nesting;
mod quoting;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use general::from_str_general;
pub use quoting::is_yaml11_special;

/// A YAML problem with its place in the text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// What kind of problem a [`YamlError`] is, for the hint a reader gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// A key the record does not have.
    UnknownField,
    /// A key the record needs is not there.
    MissingField,
    /// A key given twice in one mapping.
    DuplicateField,
    /// Aliases or nesting that expand too far.
    TooLarge,
    /// Anything else: syntax, a wrong type or value.
    Other,
}

/// A value that could not be written as YAML.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct WriteError {
    message: String,
}

/// Parse `text` into `T`, keeping where in the text a problem was found.
/// A document whose aliases expand far beyond its own size is refused first.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    // The canonical form this program writes is read by a fast path; all
    // else, and every error, comes from the general parser.
    if let Some(parsed) = fast::parse(text).and_then(fast::from_value) {
        return Ok(parsed);
    }
    general::from_str(text)
}

/// Parse `text` as an untyped document (for `check`'s structural rules).
pub fn to_json_value(text: &str) -> Result<serde_json::Value, YamlError> {
    from_str(text)
}

/// Write `value` as YAML text in the order its fields are declared.
/// Strings that YAML 1.1 readers (PyYAML, older tools) would take for a
/// boolean, a number or null (`no`, `on`, `y`, `0x10`, `1_000`, `12:30` …)
/// are quoted, so that every reader gets the same strings back.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, WriteError> {
    let text = general::to_string(value)?;
    Ok(quoting::quote_yaml11(&text))
}
