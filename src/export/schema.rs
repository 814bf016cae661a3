//! The tables of the SQLite export as data: names, columns, keys and what
//! each column holds, from which the SQL is written and `docs/export.md` is checked.

/// One column: its name, its SQL type and constraints, and what it holds.
#[derive(Debug)]
pub(crate) struct Column {
    pub name: &'static str,
    pub sql: &'static str,
    pub about: &'static str,
}

/// One table: its columns in order and its table constraints (keys).
#[derive(Debug)]
pub(crate) struct Table {
    pub name: &'static str,
    pub about: &'static str,
    pub columns: &'static [Column],
    pub constraints: &'static [&'static str],
}

const fn col(name: &'static str, sql: &'static str, about: &'static str) -> Column {
    Column { name, sql, about }
}

/// The version of this layout, in `export_info`; raised when a table or column changes meaning.
pub(crate) const SCHEMA_VERSION: i64 = 1;

pub(crate) const EXPORT_INFO: Table = Table {
    name: "export_info",
    about: "One row: when the file was written, and by which version",
    columns: &[
        col(
            "schema_version",
            "INTEGER NOT NULL",
            "the version of this layout",
        ),
        col(
            "exported_at",
            "TEXT NOT NULL",
            "when the export ran (RFC 3339, UTC)",
        ),
        col(
            "claimtrack_version",
            "TEXT NOT NULL",
            "the version of claimtrack that wrote it",
        ),
    ],
    constraints: &[],
};

pub(crate) const SOURCES: Table = Table {
    name: "sources",
    about: "One row a source (an article), from `sources/<id>/source.yaml`",
    columns: &[
        col("id", "TEXT NOT NULL PRIMARY KEY", "the source's id"),
        col("title", "TEXT", "the article's title"),
        col("outlet", "TEXT", "who published it"),
        col("url", "TEXT", "where it was published"),
        col("published", "TEXT", "its publication date (YYYY-MM-DD)"),
        col("language", "TEXT", "its language"),
        col(
            "checked",
            "TEXT",
            "when it was last fetched from `url`, changed or not (RFC 3339)",
        ),
        col(
            "revision_count",
            "INTEGER NOT NULL",
            "how many texts of the article are stored",
        ),
        col(
            "latest_rev",
            "INTEGER",
            "the number of the newest stored text",
        ),
    ],
    constraints: &[],
};

pub(crate) const SOURCE_REVISIONS: Table = Table {
    name: "source_revisions",
    about: "One row a stored text of an article (`sources/<id>/rN.txt`); the text itself stays in the store",
    columns: &[
        col("source_id", "TEXT NOT NULL REFERENCES sources(id)", "the source"),
        col("rev", "INTEGER NOT NULL", "the revision's number, from 1"),
        col("file", "TEXT NOT NULL", "the text's file name in the source's folder"),
        col("retrieved", "TEXT NOT NULL", "when the text was stored (RFC 3339)"),
        col("sha256", "TEXT NOT NULL", "the SHA-256 of the text file, in hex"),
    ],
    constraints: &["PRIMARY KEY (source_id, rev)"],
};

pub(crate) const CLAIMS: Table = Table {
    name: "claims",
    about: "One row a claim, as it stands now (`claims/<id>.yaml`)",
    columns: &[
        col("id", "TEXT NOT NULL PRIMARY KEY", "the claim's id"),
        col("statement", "TEXT NOT NULL", "the claim in a sentence"),
        col(
            "status",
            "TEXT NOT NULL",
            "unverified, in-review, verified, refuted, mixed or unverifiable",
        ),
        col("rating", "TEXT", "the published rating label"),
        col("conclusion", "TEXT", "the verdict's reasoning as published"),
        col("assignee", "TEXT", "who is checking it"),
        col("due", "TEXT", "when the desk wants a verdict (YYYY-MM-DD)"),
        col(
            "source_id",
            "TEXT NOT NULL REFERENCES sources(id)",
            "the source it is quoted from",
        ),
        col(
            "source_rev",
            "INTEGER NOT NULL",
            "the revision of the source's text the quote is in",
        ),
        col("quote", "TEXT NOT NULL", "the quoted passage"),
        col(
            "quote_prefix",
            "TEXT NOT NULL",
            "the text just before the quote, to place it",
        ),
        col(
            "quote_suffix",
            "TEXT NOT NULL",
            "the text just after the quote",
        ),
        col("speaker", "TEXT", "who makes the claim"),
        col("role", "TEXT", "the speaker's role"),
        col(
            "via",
            "TEXT NOT NULL",
            "intermediaries, nearest to the speaker first (a JSON array of strings)",
        ),
        col(
            "kind",
            "TEXT NOT NULL",
            "direct-quote, paraphrase, reported or outlet",
        ),
        col("hedge", "TEXT", "the hedge the claim was made with"),
        col("claimed", "TEXT", "when the claim was made (YYYY-MM-DD)"),
        col(
            "check_after",
            "TEXT",
            "the day from which it can be checked (YYYY-MM-DD)",
        ),
        col(
            "tags",
            "TEXT NOT NULL",
            "its tags (a JSON array of strings)",
        ),
        col(
            "evidence_count",
            "INTEGER NOT NULL",
            "its rows in `evidence`",
        ),
        col(
            "response_count",
            "INTEGER NOT NULL",
            "its rows in `responses`",
        ),
        col(
            "revision_count",
            "INTEGER NOT NULL",
            "its rows in `revisions`",
        ),
        col(
            "logged_at",
            "TEXT",
            "when it was logged: its first revision (RFC 3339)",
        ),
        col("logged_by", "TEXT", "who logged it"),
        col("updated_at", "TEXT", "its latest revision (RFC 3339)"),
        col("updated_by", "TEXT", "who made its latest revision"),
        col(
            "verdict_at",
            "TEXT",
            "when its current verdict was given (RFC 3339); empty while open",
        ),
        col("verdict_by", "TEXT", "who gave its current verdict"),
    ],
    constraints: &[],
};

pub(crate) const EVIDENCE: Table = Table {
    name: "evidence",
    about: "One row an evidence item of a claim; for a withheld (confidential) source, `url`, `source` and `archived_url` are empty, as in reports",
    columns: &[
        col("claim_id", "TEXT NOT NULL REFERENCES claims(id)", "the claim"),
        col("position", "INTEGER NOT NULL", "its place in the claim's list, from 1"),
        col("stance", "TEXT NOT NULL", "supports, refutes or context"),
        col("summary", "TEXT NOT NULL", "what the evidence shows"),
        col("url", "TEXT", "where the evidence is (empty when withheld)"),
        col("source", "TEXT", "a source of the store that is the evidence (empty when withheld)"),
        col("archived_url", "TEXT", "a snapshot of the evidence (empty when withheld)"),
        col("withheld", "INTEGER NOT NULL", "1 when its source is confidential, else 0"),
        col("added", "TEXT NOT NULL", "when it was added (RFC 3339)"),
        col("by", "TEXT NOT NULL", "who added it"),
    ],
    constraints: &["PRIMARY KEY (claim_id, position)"],
};

pub(crate) const RESPONSES: Table = Table {
    name: "responses",
    about: "One row a response of a party concerned to a claim",
    columns: &[
        col(
            "claim_id",
            "TEXT NOT NULL REFERENCES claims(id)",
            "the claim",
        ),
        col(
            "position",
            "INTEGER NOT NULL",
            "its place in the claim's list, from 1",
        ),
        col("party", "TEXT NOT NULL", "who was asked"),
        col(
            "kind",
            "TEXT NOT NULL",
            "confirmed, denied, non-denial, declined or no-response",
        ),
        col("quote", "TEXT", "what they said"),
        col("date", "TEXT", "when (YYYY-MM-DD)"),
    ],
    constraints: &["PRIMARY KEY (claim_id, position)"],
};

pub(crate) const REVISIONS: Table = Table {
    name: "revisions",
    about: "One row a revision of a claim: every change, who made it and when",
    columns: &[
        col("claim_id", "TEXT NOT NULL REFERENCES claims(id)", "the claim"),
        col("rev", "INTEGER NOT NULL", "the revision's number, from 1"),
        col("at", "TEXT NOT NULL", "when (RFC 3339)"),
        col("by", "TEXT NOT NULL", "who"),
        col("action", "TEXT NOT NULL", "what was done (`add`, `verify`, `edit`, …)"),
        col("note", "TEXT", "the note given with it"),
        col("changes", "TEXT NOT NULL", "the fields changed, as in the claim file (a JSON object: field → {from, to} or {added, removed}); withheld evidence without its source"),
    ],
    constraints: &["PRIMARY KEY (claim_id, rev)"],
};

/// Every table, in the order they are made (a table before those that refer to it).
pub(crate) const TABLES: [&Table; 7] = [
    &EXPORT_INFO,
    &SOURCES,
    &SOURCE_REVISIONS,
    &CLAIMS,
    &EVIDENCE,
    &RESPONSES,
    &REVISIONS,
];

/// The full-text index over the claims, an FTS5 table whose content is
/// `claims` (so Datasette offers a search box on the claims table).
pub(crate) const FTS_TABLE: &str = "claims_fts";

/// The columns of `claims` the full-text index covers.
pub(crate) const FTS_COLUMNS: [&str; 3] = ["statement", "quote", "speaker"];

/// Indexes beyond the primary keys (whose first column, `claim_id` or
/// `source_id`, the key's own index already serves).
const INDEXES: [(&str, &str, &str); 3] = [
    ("claims_status", "claims", "status"),
    ("claims_source", "claims", "source_id, source_rev"),
    ("evidence_stance", "evidence", "stance"),
];

impl Table {
    /// `CREATE TABLE …` for this table, each column with what it holds as
    /// a comment (SQLite keeps the text: `.schema` and Datasette show it).
    pub(crate) fn create_sql(&self) -> String {
        let mut lines: Vec<(String, &str)> = self
            .columns
            .iter()
            .map(|c| (format!("  \"{}\" {}", c.name, c.sql), c.about))
            .collect();
        lines.extend(self.constraints.iter().map(|k| (format!("  {k}"), "")));
        let last = lines.len().saturating_sub(1);
        let body: Vec<String> = lines
            .into_iter()
            .enumerate()
            .map(|(i, (line, about))| {
                let comma = if i < last { "," } else { "" };
                if about.is_empty() {
                    format!("{line}{comma}")
                } else {
                    format!("{line}{comma} -- {about}")
                }
            })
            .collect();
        format!(
            "CREATE TABLE \"{}\" ( -- {}\n{}\n)",
            self.name,
            self.about,
            body.join("\n")
        )
    }

    /// `INSERT INTO …` with one parameter a column.
    pub(crate) fn insert_sql(&self) -> String {
        let names: Vec<String> = self
            .columns
            .iter()
            .map(|c| format!("\"{}\"", c.name))
            .collect();
        let marks = vec!["?"; self.columns.len()].join(", ");
        format!(
            "INSERT INTO \"{}\" ({}) VALUES ({marks})",
            self.name,
            names.join(", ")
        )
    }
}

/// The full-text table: FTS5 over `claims`, accents folded.
pub(crate) fn fts_sql() -> String {
    format!(
        "CREATE VIRTUAL TABLE \"{FTS_TABLE}\" USING fts5({}, content=\"{}\", tokenize=\"unicode61 remove_diacritics 2\")",
        FTS_COLUMNS.join(", "),
        CLAIMS.name
    )
}

/// Fill the full-text table from `claims` (once every claim is in).
pub(crate) fn fts_fill_sql() -> String {
    format!("INSERT INTO \"{FTS_TABLE}\"(\"{FTS_TABLE}\") VALUES ('rebuild')")
}

/// `CREATE INDEX …` for each extra index.
pub(crate) fn index_sql() -> Vec<String> {
    INDEXES
        .iter()
        .map(|(name, table, cols)| format!("CREATE INDEX \"{name}\" ON \"{table}\" ({cols})"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_refer_only_to_tables_made_before_them() {
        for (i, t) in TABLES.iter().enumerate() {
            for c in t.columns {
                if let Some(rest) = c.sql.split("REFERENCES ").nth(1) {
                    let target = rest.split('(').next().unwrap_or("");
                    assert!(
                        TABLES[..i].iter().any(|e| e.name == target),
                        "{}.{} refers to {target}",
                        t.name,
                        c.name
                    );
                }
            }
        }
    }

    #[test]
    fn the_fts_columns_are_claim_columns() {
        for name in FTS_COLUMNS {
            assert!(CLAIMS.columns.iter().any(|c| c.name == name), "{name}");
        }
        assert!(fts_sql().contains("content=\"claims\""));
    }

    #[test]
    fn docs_describe_every_table_and_column() {
        let docs = include_str!("../../docs/export.md");
        for t in TABLES {
            assert!(
                docs.contains(&format!("### `{}`", t.name)),
                "table {}",
                t.name
            );
            let section = docs
                .split(&format!("### `{}`", t.name))
                .nth(1)
                .and_then(|s| s.split("\n### ").next())
                .unwrap_or("");
            for c in t.columns {
                assert!(
                    section.contains(&format!("| `{}` |", c.name)),
                    "docs/export.md: column {}.{} is not described",
                    t.name,
                    c.name
                );
            }
        }
    }
}
