//! The data of a store: claims, sources and their history. Pure data and rules, no I/O.

mod claim;
pub(crate) mod due;
pub mod fields;
mod history;
pub(crate) mod id;
pub mod key;
pub(crate) mod names;
pub(crate) mod plural;
pub(crate) mod rating;
pub(crate) mod rules;
mod source;
pub(crate) mod transition;
pub(crate) mod verdicts;
pub(crate) mod words;

pub use claim::{
    Attribution, Claim, Evidence, Kind, Response, ResponseKind, SourceRef, Stance, Status,
};
pub use history::{Change, Changes, Kept, Revision};
pub use source::{
    is_sha256, is_text_file_name, text_file_name, Source, SourceRevision, Unresolved,
    TEXT_NAME_DIGITS,
};
