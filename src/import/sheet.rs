//! A spreadsheet export (CSV, or tab- or semicolon-separated) with a header row.
//!
//! Columns named like claim fields are read as those fields; `--map
//! column=field` names the others. The delimiter is taken from the header.

use super::{label, parse_date, Draft, Parsed, RecordError, Skip};
use crate::error::{Error, Result};
use crate::model::rules::{self, AttributionProblem};
use crate::model::{Kind, Status};

/// The claim fields a column can fill, and what each is for.
pub const FIELDS: [(&str, &str); 16] = [
    ("id", "the claim's id (default: made from the statement)"),
    ("statement", "the claim in one sentence (required)"),
    ("quote", "the words quoted (default: the statement's cell)"),
    ("status", "a status, or a verdict label mapped to one"),
    ("rating", "the verdict in the publisher's own words"),
    ("speaker", "who makes the claim"),
    ("role", "the speaker's role"),
    ("via", "intermediaries, separated by ;"),
    ("kind", "direct-quote, paraphrase, reported or outlet"),
    ("hedge", "the hedge the article puts on it"),
    ("claimed", "when it was claimed (YYYY-MM-DD)"),
    ("check_after", "when it becomes checkable (YYYY-MM-DD)"),
    ("tags", "tags, separated by , or ;"),
    ("note", "kept in the claim's first revision"),
    ("evidence_url", "the evidence for a verdict"),
    ("evidence_summary", "what the evidence shows"),
];

/// The field a column named `header` fills when no --map says otherwise.
fn default_field(header: &str) -> Option<&'static str> {
    let h: String = header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    Some(match h.as_str() {
        "id" | "claim_id" => "id",
        "statement" | "claim" | "claim_text" | "claimreviewed" | "claim_reviewed" => "statement",
        "quote" | "excerpt" => "quote",
        "status" | "verdict" => "status",
        "rating" | "label" | "ruling" | "textual_rating" => "rating",
        "speaker" | "claimant" | "author" | "who" | "said_by" => "speaker",
        "role" | "job" | "speaker_role" => "role",
        "via" => "via",
        "kind" => "kind",
        "hedge" => "hedge",
        "claimed" | "date" | "claim_date" => "claimed",
        "check_after" => "check_after",
        "tags" | "tag" | "topics" | "subjects" => "tags",
        "note" | "notes" | "comment" | "comments" => "note",
        "url" | "evidence_url" | "link" | "review_url" => "evidence_url",
        "summary" | "evidence_summary" | "evidence" => "evidence_summary",
        _ => return None,
    })
}

/// Read a sheet, with `maps` (`column=field`, `column=-` to ignore one) over the defaults.
pub fn parse(body: &str, maps: &[String]) -> Result<Parsed> {
    let first = body.lines().next().unwrap_or("");
    let delimiter = [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(body.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid(format!("line 1: the header row cannot be read: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let mut columns: Vec<Option<&'static str>> = headers.iter().map(|h| default_field(h)).collect();
    for m in maps {
        let (column, field) = m
            .rsplit_once('=')
            .ok_or_else(|| Error::invalid(format!("--map `{m}`: write it as column=field")))?;
        let Some(i) = headers.iter().position(|h| h == column.trim()) else {
            return Err(Error::invalid(format!(
                "--map `{m}`: no column `{}`; the columns are: {}",
                column.trim(),
                headers.join(", ")
            )));
        };
        let field = field.trim();
        columns[i] = if field == "-" {
            None
        } else {
            Some(
                FIELDS
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(f, _)| *f)
                    .ok_or_else(|| {
                        Error::invalid(format!(
                            "--map `{m}`: `{field}` is not a field; use one of: {}, or - to ignore the column",
                            FIELDS.iter().map(|(f, _)| *f).collect::<Vec<_>>().join(", ")
                        ))
                    })?,
            )
        };
    }
    for f in FIELDS.iter().map(|(f, _)| *f) {
        if columns.iter().filter(|c| **c == Some(f)).count() > 1 {
            return Err(Error::invalid(format!(
                "two columns fill `{f}`; ignore one with --map COLUMN=-"
            )));
        }
    }
    if !columns.contains(&Some("statement")) {
        return Err(Error::invalid(format!(
            "no column holds the statement; name one with --map COLUMN=statement (the columns are: {})",
            headers.join(", ")
        )));
    }

    let mut out = Parsed::default();
    let mut records = Vec::new();
    for result in reader.records() {
        match result {
            Ok(r) => {
                let (byte, line) = r
                    .position()
                    .map_or((0, 0), |p| (p.byte() as usize, p.line() as usize));
                records.push((byte, line, r));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                out.errors.push(RecordError {
                    line,
                    message: format!("cannot be read: {e}"),
                });
            }
        }
    }
    for (i, (byte, line, record)) in records.iter().enumerate() {
        let end = records.get(i + 1).map_or(body.len(), |n| n.0);
        let cell = |field: &str| -> Option<String> {
            let i = columns.iter().position(|c| *c == Some(field))?;
            record
                .get(i)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        match row(body, (*byte, end), *line, &cell) {
            Ok(d) => out.drafts.push(d),
            Err(message) => out.errors.push(RecordError {
                line: *line,
                message: message.to_string(),
            }),
        }
    }
    Ok(out)
}

fn row(
    body: &str,
    span: (usize, usize),
    line: usize,
    cell: &dyn Fn(&str) -> Option<String>,
) -> Result<Draft, Skip> {
    let statement = cell("statement").ok_or("the statement is empty")?;
    let quoted = cell("quote").unwrap_or_else(|| statement.clone());
    let quote = raw_span(body, span, &quoted).ok_or("the quote cannot be found in its row")?;
    let mut d = Draft::new(line, statement, quote);
    d.id = cell("id");
    d.rating = cell("rating");
    d.status = match cell("status") {
        Some(s) => label::status_for(&s).ok_or_else(|| {
            format!(
                "status `{s}` is not one of: {}",
                Status::ALL.map(Status::as_str).join(", ")
            )
        })?,
        None => d
            .rating
            .as_deref()
            .and_then(label::status_for)
            .unwrap_or(Status::Unverified),
    };
    d.speaker = cell("speaker");
    d.role = cell("role");
    d.via = cell("via")
        .map(|v| {
            v.split(';')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    d.kind = match cell("kind") {
        None => None,
        Some(k) => Some(match k.as_str() {
            "direct-quote" => Kind::DirectQuote,
            "paraphrase" => Kind::Paraphrase,
            "reported" => Kind::Reported,
            "outlet" => Kind::Outlet,
            other => {
                return Err(Skip::from(format!(
                    "kind `{other}` is not one of: direct-quote, paraphrase, reported, outlet"
                )))
            }
        }),
    };
    match d
        .kind
        .and_then(|k| rules::attribution_problem(k, d.speaker.is_some()))
    {
        Some(AttributionProblem::OutletWithSpeaker) => {
            return Err("kind `outlet` is the article's own assertion and has no speaker".into())
        }
        Some(AttributionProblem::NeedsSpeaker(_)) => {
            return Err("a kind other than `outlet` needs a speaker".into())
        }
        None => {}
    }
    d.hedge = cell("hedge");
    d.claimed = date(cell("claimed"), "claimed")?;
    d.check_after = date(cell("check_after"), "check_after")?;
    d.tags = cell("tags")
        .map(|t| t.split([',', ';']).map(|s| s.trim().to_string()).collect())
        .unwrap_or_default();
    d.note = cell("note");
    d.evidence_url = cell("evidence_url");
    if let Some(url) = &d.evidence_url {
        if let Some(p) = crate::model::rules::url_problem(url) {
            return Err(p.into());
        }
    }
    d.evidence_summary = cell("evidence_summary");
    Ok(d)
}

fn date(value: Option<String>, field: &str) -> Result<Option<chrono::NaiveDate>, Skip> {
    match value {
        None => Ok(None),
        Some(v) => parse_date(&v)
            .map(Some)
            .ok_or_else(|| format!("{field} `{v}` is not a date (YYYY-MM-DD)").into()),
    }
}

/// Where the cell holding `text` stands in the file's bytes `span`: as
/// written, or with its quotes doubled as CSV writes them; else the whole row.
fn raw_span(body: &str, span: (usize, usize), text: &str) -> Option<(usize, usize)> {
    let (start, end) = span;
    let row = body.get(start..end)?;
    let doubled = text.replace('"', "\"\"");
    for needle in [text, doubled.as_str()] {
        if let Some(i) = row.find(needle) {
            return Some((start + i, start + i + needle.len()));
        }
    }
    let trimmed = row.trim_end();
    (!trimmed.trim().is_empty()).then_some((start, start + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_map_to_fields_and_quotes_are_found_in_the_file() {
        let body = "Claim,Speaker,Verdict,Topics,Link\n\"He said \"\"no\"\" twice\",Ann Lee,False,\"a, b\",https://example.org/x\nplain claim,,,,\n";
        let p = parse(body, &[]).unwrap();
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.drafts.len(), 2);
        let d = &p.drafts[0];
        assert_eq!(d.statement, "He said \"no\" twice");
        assert_eq!(&body[d.quote.0..d.quote.1], "He said \"\"no\"\" twice");
        assert_eq!(d.status, Status::Refuted);
        assert_eq!(d.tags, vec!["a", "b"]);
        assert_eq!(d.line, 2);
        assert_eq!(p.drafts[1].status, Status::Unverified);
    }

    #[test]
    fn map_names_columns_and_bad_maps_are_refused() {
        let body = "Text;Who\nThe sky is green;Bob\n";
        assert!(parse(body, &[]).is_err());
        let p = parse(body, &["Text=statement".into(), "Who=speaker".into()]).unwrap();
        assert_eq!(p.drafts[0].speaker.as_deref(), Some("Bob"));
        assert!(parse(body, &["Nope=statement".into()]).is_err());
        assert!(parse(body, &["Text=statment".into()]).is_err());
    }

    #[test]
    fn bad_rows_are_reported_by_line() {
        let body =
            "statement,status,claimed\nok,verified,2022-01-01\nbad,verifed,\nlate,,someday\n";
        let p = parse(body, &[]).unwrap();
        assert_eq!(p.drafts.len(), 1);
        let lines: Vec<usize> = p.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4]);
    }
}
