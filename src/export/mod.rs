//! The store as other tools read it: a SQLite database (`claimtrack export`).
//! `schema` and `rows` are pure (the tables as data, a claim or source as
//! rows); `sqlite` writes them to a file with `rusqlite`.

pub(crate) mod rows;
pub(crate) mod schema;
pub(crate) mod sqlite;

pub(crate) use rows::{claim_rows, source_rows};
pub(crate) use sqlite::Database;
