//! Writing the export as a SQLite database with `rusqlite`: the tables of
//! `schema`, filled a row at a time in one transaction, then the indexes
//! and the full-text table. An output module: it writes only the file it is given.

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params_from_iter, Connection, ToSql};

use super::rows::{Cell, ClaimRows, Row, SourceRows};
use super::schema::{self, Table};
use crate::error::{Error, Result};

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Int(n) => ValueRef::Integer(*n),
            Cell::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

/// A database being written. Nothing is visible in it until [`Database::finish`].
#[derive(Debug)]
pub(crate) struct Database {
    conn: Connection,
    /// The file named to the user in errors (the temporary file is not).
    shown: PathBuf,
}

impl Database {
    /// Make the tables in the empty file `file`; errors name `shown`.
    pub(crate) fn create(
        file: &Path,
        shown: &Path,
        exported_at: DateTime<Utc>,
    ) -> Result<Database> {
        let fail = |e: rusqlite::Error| sql_error(shown, &e);
        let conn = Connection::open(file).map_err(fail)?;
        // The file is a temporary one, renamed into place only once complete:
        // no rollback journal and no flushing are needed while it is built.
        conn.query_row("PRAGMA journal_mode = OFF", [], |_| Ok(()))
            .map_err(fail)?;
        // Keys are not enforced while writing (the bundled SQLite enforces
        // them by default): a claim whose source is gone is still exported,
        // and `PRAGMA foreign_key_check` lists it, as `claimtrack check` does.
        conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; BEGIN")
            .map_err(fail)?;
        for table in schema::TABLES {
            conn.execute(&table.create_sql(), []).map_err(fail)?;
        }
        conn.execute(&schema::fts_sql(), []).map_err(fail)?;
        let db = Database {
            conn,
            shown: shown.to_path_buf(),
        };
        let info = vec![
            Cell::Int(schema::SCHEMA_VERSION),
            Cell::Text(exported_at.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            Cell::Text(env!("CARGO_PKG_VERSION").to_string()),
        ];
        db.insert(&schema::EXPORT_INFO, &info).map_err(fail)?;
        Ok(db)
    }

    fn insert(&self, table: &Table, row: &Row) -> rusqlite::Result<()> {
        let mut stmt = self.conn.prepare_cached(&table.insert_sql())?;
        stmt.execute(params_from_iter(row.iter()))?;
        Ok(())
    }

    /// Add a source and its revisions.
    pub(crate) fn add_source(&self, rows: &SourceRows) -> Result<()> {
        let fail = |e: rusqlite::Error| sql_error(&self.shown, &e);
        self.insert(&schema::SOURCES, &rows.source).map_err(fail)?;
        for r in &rows.revisions {
            self.insert(&schema::SOURCE_REVISIONS, r).map_err(fail)?;
        }
        Ok(())
    }

    /// Add a claim and its evidence, responses and revisions. An error
    /// (two revisions with one number, say) is SQLite's message, for the
    /// caller to place in the claim's file.
    pub(crate) fn add_claim(&self, rows: &ClaimRows) -> std::result::Result<(), String> {
        let all = || -> rusqlite::Result<()> {
            self.insert(&schema::CLAIMS, &rows.claim)?;
            for r in &rows.evidence {
                self.insert(&schema::EVIDENCE, r)?;
            }
            for r in &rows.responses {
                self.insert(&schema::RESPONSES, r)?;
            }
            for r in &rows.revisions {
                self.insert(&schema::REVISIONS, r)?;
            }
            Ok(())
        };
        all().map_err(|e| e.to_string())
    }

    /// Make the indexes and the full-text table, commit, and close the file.
    pub(crate) fn finish(self) -> Result<()> {
        let shown = self.shown;
        let fail = |e: rusqlite::Error| sql_error(&shown, &e);
        for sql in schema::index_sql() {
            self.conn.execute(&sql, []).map_err(fail)?;
        }
        self.conn
            .execute(&schema::fts_fill_sql(), [])
            .map_err(fail)?;
        self.conn.execute_batch("COMMIT").map_err(fail)?;
        self.conn.close().map_err(|(_, e)| fail(e))
    }
}

fn sql_error(path: &Path, e: &rusqlite::Error) -> Error {
    Error::file(path, format!("could not be written as SQLite: {e}"))
}
