//! The one error type: every variant that comes from a file names its path.

use std::path::PathBuf;

/// Everything that can stop a command. Displayed to the user as one message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no claimtrack store found at or above {start}\n  hint: run `claimtrack init` to make one here, or pass --store DIR")]
    NoStore { start: PathBuf },

    #[error("{path}: not a claimtrack store ({missing} is missing)\n  hint: run `claimtrack init {path}` to make one")]
    NotAStore {
        path: PathBuf,
        missing: &'static str,
    },

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A problem at a place inside a file.
    #[error("{path}:{line}:{column}: {message}")]
    At {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{path}: {message}")]
    File { path: PathBuf, message: String },

    /// A record that could not be written as YAML, for the file it was meant for.
    #[error("{path}: {source}")]
    Unwritable {
        path: PathBuf,
        #[source]
        source: crate::yaml::WriteError,
    },

    /// A record that could not be written as YAML, for standard output.
    #[error(transparent)]
    Yaml(#[from] crate::yaml::WriteError),

    #[error("no claim with id `{id}`{}", suggestion_text(.suggestion))]
    UnknownClaim {
        id: String,
        suggestion: Option<String>,
    },

    #[error("no source with id `{id}`{}", suggestion_text(.suggestion))]
    UnknownSource {
        id: String,
        suggestion: Option<String>,
    },

    #[error("invalid id `{id}`: {reason}")]
    InvalidId { id: String, reason: String },

    /// The arguments were understood but the request breaks a rule.
    #[error("{0}")]
    Invalid(String),
}

fn suggestion_text(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!("\n  hint: did you mean `{s}`?"),
        None => String::new(),
    }
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::File {
            path: path.into(),
            message: message.into(),
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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
