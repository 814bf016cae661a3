//! The LIAR dataset's TSV (PolitiFact statements): 14 tab-separated columns, no header.
//!
//! Columns: id (`2635.json`), label, statement, subjects (comma-separated),
//! speaker (a slug), job, state, party, five credit-history counts, context.

use super::{label, Draft, Parsed, RecordError, Skip};
use crate::error::Result;
use crate::model::Status;

const COLUMNS: usize = 14;

/// PolitiFact's six labels, in the dataset's spelling.
const LABELS: [&str; 6] = [
    "pants-fire",
    "false",
    "barely-true",
    "half-true",
    "mostly-true",
    "true",
];

/// Read every row; a row that does not fit is reported with its line.
pub fn parse(body: &str) -> Result<Parsed> {
    let mut out = Parsed {
        outlet: Some("PolitiFact (LIAR dataset)".into()),
        ..Parsed::default()
    };
    let mut offset = 0;
    for (i, raw) in body.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        match row(line, start, i + 1) {
            Ok(d) => out.drafts.push(d),
            Err(message) => out.errors.push(RecordError {
                line: i + 1,
                message: message.to_string(),
            }),
        }
    }
    Ok(out)
}

fn row(line: &str, start: usize, number: usize) -> Result<Draft, Skip> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != COLUMNS {
        return Err(Skip::from(format!(
            "has {} tab-separated columns; a LIAR row has {COLUMNS}",
            cols.len()
        )));
    }
    let raw_id = cols[0].trim();
    let number_id = raw_id.strip_suffix(".json").unwrap_or(raw_id);
    if number_id.is_empty() || !number_id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Skip::from(format!(
            "id `{raw_id}` is not a PolitiFact id such as 2635.json"
        )));
    }
    let rating = cols[1].trim();
    if !LABELS.contains(&rating) {
        return Err(Skip::from(format!(
            "label `{rating}` is not one of: {}",
            LABELS.join(", ")
        )));
    }
    let status = label::status_for(rating).unwrap_or(Status::Mixed);
    let statement = cols[2];
    if statement.trim().is_empty() {
        return Err("the statement (column 3) is empty".into());
    }
    // The statement's bytes in the file: column 3 starts after two tabs.
    let at = start + cols[0].len() + 1 + cols[1].len() + 1;
    let lead = statement.len() - statement.trim_start().len();
    let quote = (at + lead, at + statement.trim_end().len());
    let mut d = Draft::new(number, statement.trim().to_string(), quote);
    d.id = Some(format!("liar-{number_id}"));
    d.status = status;
    d.rating = Some(rating.to_string());
    d.speaker = speaker_name(cols[4]);
    d.role = Some(cols[5].trim().to_string()).filter(|s| !s.is_empty());
    d.tags = cols[3]
        .split(',')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    d.evidence_summary = Some(format!("PolitiFact rated this {rating}"));
    let mut note = Vec::new();
    if !cols[13].trim().is_empty() {
        note.push(format!(
            "Context: {}.",
            cols[13].trim().trim_end_matches('.')
        ));
    }
    let state = cols[6].trim();
    let party = cols[7].trim();
    if !state.is_empty() || !party.is_empty() {
        let parts: Vec<&str> = [state, party]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        note.push(format!("Speaker: {}.", parts.join(", ")));
    }
    note.push(format!("PolitiFact id {number_id}."));
    d.note = Some(note.join(" "));
    Ok(d)
}

/// `dwayne-bohac` → `Dwayne Bohac`.
fn speaker_name(slug: &str) -> Option<String> {
    let words: Vec<String> = slug
        .trim()
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str = "2635.json\tfalse\tSays the Annies List political group supports third-trimester abortions on demand.\tabortion,women\tdwayne-bohac\tState representative\tTexas\trepublican\t0\t1\t0\t0\t0\ta mailer\n";

    #[test]
    fn a_row_becomes_a_refuted_claim_quoting_its_statement() {
        let body = format!("{ROW}bad row\n");
        let p = parse(&body).unwrap();
        assert_eq!(p.drafts.len(), 1);
        let d = &p.drafts[0];
        assert_eq!(d.id.as_deref(), Some("liar-2635"));
        assert_eq!(d.status, Status::Refuted);
        assert_eq!(&body[d.quote.0..d.quote.1], d.statement);
        assert_eq!(d.speaker.as_deref(), Some("Dwayne Bohac"));
        assert_eq!(d.tags, vec!["abortion", "women"]);
        assert!(d.note.as_deref().unwrap_or("").contains("a mailer"));
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].line, 2);
    }
}
