//! The one error type: every variant that comes from a file names its path.
//!
//! An error is a value until it is printed, once, by `Error::report`: its
//! message, then (for a place inside a file) the offending line with a
//! caret under the column, then its hints, each on a line of its own.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything that can stop a command. Displayed to the user as one message.
#[derive(Debug, Clone)]
pub enum Error {
    NoStore {
        start: PathBuf,
    },

    NotAStore {
        path: PathBuf,
        missing: &'static str,
    },

    Io {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },

    /// A problem at a place inside a file.
    At {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        /// The text of the line, to show under the message with a caret.
        text: Option<String>,
        /// For a YAML problem, what kind it is.
        yaml: Option<crate::yaml::YamlErrorKind>,
    },

    File {
        path: PathBuf,
        message: String,
    },

    /// A record that could not be written as YAML, for the file it was meant for.
    Unwritable {
        path: PathBuf,
        source: crate::yaml::WriteError,
    },

    /// A record that could not be written as YAML, for standard output.
    Yaml(crate::yaml::WriteError),

    UnknownClaim {
        id: String,
        suggestion: Option<String>,
    },

    UnknownSource {
        id: String,
        suggestion: Option<String>,
    },

    InvalidId {
        id: String,
        reason: String,
    },

    /// A web page or feed that could not be fetched or read; names its address.
    Web(crate::web::WebError),

    /// The arguments were understood but the request breaks a rule.
    Invalid(String),

    /// Standard output was closed by its reader (`claimtrack list | head`):
    /// not a failure, the program stops quietly.
    BrokenPipe,

    /// Standard output could not be written for another reason.
    Stdout(Arc<std::io::Error>),

    /// An error with what the user can do about it.
    Hinted {
        error: Box<Error>,
        hints: Vec<String>,
    },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source: Arc::new(source),
        }
    }

    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::File {
            path: path.into(),
            message: message.into(),
        }
    }

    /// A problem at `line:column` of the file at `path`, whose text is
    /// `text` (the offending line is shown from it).
    pub fn at(
        path: impl Into<PathBuf>,
        text: Option<&str>,
        (line, column): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Error::At {
            path: path.into(),
            line,
            column,
            message: message.into(),
            text: text
                .and_then(|t| t.lines().nth(line.saturating_sub(1)))
                .map(str::to_string),
            yaml: None,
        }
    }

    pub fn unwritable(path: impl Into<PathBuf>, source: crate::yaml::WriteError) -> Self {
        Error::Unwritable {
            path: path.into(),
            source,
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    /// This error with a hint saying what to do about it.
    pub fn hint(self, hint: impl Into<String>) -> Self {
        match self {
            Error::Hinted { error, mut hints } => {
                hints.push(hint.into());
                Error::Hinted { error, hints }
            }
            error => Error::Hinted {
                error: Box::new(error),
                hints: vec![hint.into()],
            },
        }
    }

    /// The error as the user reads it, with the line it points into (the
    /// `Display` text, used inside other messages, leaves that line out).
    pub fn report(&self) -> Report<'_> {
        Report(self)
    }

    /// The error without its hints.
    pub fn inner(&self) -> &Error {
        match self {
            Error::Hinted { error, .. } => error.inner(),
            other => other,
        }
    }

    /// What the user can do about it, most useful first.
    pub fn hints(&self) -> Vec<String> {
        match self {
            Error::NoStore { .. } => {
                vec!["run `claimtrack init` to make one here, or pass --store DIR".to_string()]
            }
            Error::NotAStore { path, .. } => vec![format!(
                "run `claimtrack init {}` to make one",
                path.display()
            )],
            Error::UnknownClaim {
                suggestion: Some(s),
                ..
            }
            | Error::UnknownSource {
                suggestion: Some(s),
                ..
            } => vec![format!("did you mean `{s}`?")],
            Error::Hinted { error, hints } => {
                let mut all = error.hints();
                all.extend(hints.iter().cloned());
                all
            }
            _ => Vec::new(),
        }
    }

    /// The message on its own line: `path:line:column: message`, no hints.
    fn write_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoStore { start } => write!(
                f,
                "no claimtrack store found at or above {}",
                start.display()
            ),
            Error::NotAStore { path, missing } => write!(
                f,
                "{}: not a claimtrack store ({missing} is missing)",
                path.display()
            ),
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::At {
                path,
                line,
                column,
                message,
                ..
            } => write!(f, "{}:{line}:{column}: {message}", path.display()),
            Error::File { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Unwritable { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Yaml(source) => write!(f, "{source}"),
            Error::UnknownClaim { id, .. } => write!(f, "no claim with id `{id}`"),
            Error::UnknownSource { id, .. } => write!(f, "no source with id `{id}`"),
            Error::InvalidId { id, reason } => write!(f, "invalid id `{id}`: {reason}"),
            Error::Web(e) => write!(f, "{e}"),
            Error::Invalid(message) => f.write_str(message),
            Error::BrokenPipe => f.write_str("standard output was closed"),
            Error::Stdout(source) => write!(f, "cannot write to standard output: {source}"),
            Error::Hinted { error, .. } => error.write_message(f),
        }
    }
}

/// An error as the user reads it: its message, the offending line with a
/// caret under the column when it points into a file, then its hints.
pub struct Report<'a>(&'a Error);

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_message(f)?;
        if let Error::At {
            line,
            column,
            text: Some(text),
            ..
        } = self.0.inner()
        {
            write_caret(f, text, *line, *column)?;
        }
        for hint in self.0.hints() {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The line a message points into, and a caret under its column, as `just`
/// shows them. Control characters in the line are shown as `?` (the file
/// is untrusted), and a long line is cut to the stretch around the column.
fn write_caret(f: &mut fmt::Formatter<'_>, text: &str, line: usize, column: usize) -> fmt::Result {
    const SHOWN: usize = 100;
    let chars: Vec<char> = text.chars().collect();
    let column = column.max(1) - 1;
    let start = column.saturating_sub(SHOWN / 2).min(chars.len());
    let end = (start + SHOWN).min(chars.len());
    let mut shown: String = chars[start..end]
        .iter()
        .map(|&c| {
            if c == '\t' {
                ' '
            } else if c.is_control() {
                '?'
            } else {
                c
            }
        })
        .collect();
    if start > 0 {
        shown.insert(0, '…');
    }
    if end < chars.len() {
        shown.push('…');
    }
    let caret_at = column - start + usize::from(start > 0);
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    write!(
        f,
        "\n{pad} |\n{number} | {shown}\n{pad} | {}^",
        " ".repeat(caret_at)
    )
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_message(f)?;
        for hint in self.hints() {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Stdout(source) => Some(source.as_ref()),
            Error::Unwritable { source, .. } | Error::Yaml(source) => Some(source),
            Error::Hinted { error, .. } => error.source(),
            _ => None,
        }
    }
}

impl From<crate::web::WebError> for Error {
    fn from(e: crate::web::WebError) -> Self {
        Error::Web(e)
    }
}

impl From<crate::yaml::WriteError> for Error {
    fn from(e: crate::yaml::WriteError) -> Self {
        Error::Yaml(e)
    }
}

/// The path an error names, if it names one.
pub fn path_of(error: &Error) -> Option<&Path> {
    match error.inner() {
        Error::NotAStore { path, .. }
        | Error::Io { path, .. }
        | Error::At { path, .. }
        | Error::File { path, .. }
        | Error::Unwritable { path, .. } => Some(path),
        _ => None,
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_in_a_file_shows_its_line_and_a_caret() {
        let e = Error::at(
            "claims/a.yaml",
            Some("id: a\nstatus: maybe\x1b[31m\n"),
            (2, 9),
            "unknown status",
        );
        assert_eq!(
            e.report().to_string(),
            "claims/a.yaml:2:9: unknown status\n  |\n2 | status: maybe?[31m\n  |         ^"
        );
        assert_eq!(e.to_string(), "claims/a.yaml:2:9: unknown status");
    }

    #[test]
    fn hints_follow_the_message_one_a_line() {
        let e = Error::invalid("source `a` already exists")
            .hint("run `claimtrack source update a FILE`")
            .hint("or pick another id");
        assert_eq!(
            e.to_string(),
            "source `a` already exists\n  hint: run `claimtrack source update a FILE`\n  hint: or pick another id"
        );
        assert_eq!(e.hints().len(), 2);
        let unknown = Error::UnknownClaim {
            id: "x".into(),
            suggestion: Some("y".into()),
        };
        assert_eq!(
            unknown.to_string(),
            "no claim with id `x`\n  hint: did you mean `y`?"
        );
    }
}
