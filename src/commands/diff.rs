//! `claimtrack diff`: what changed in a claim between two of its revisions.

use serde_json::{json, Value};

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::fields::{self, Fields};
use crate::model::{Change, Claim, Revision};
use crate::output::print;
use crate::render::claim::short;
use crate::render::diff as words;
use crate::worddiff::{self, Segment};

use super::args::Format;

/// Show what changed in a claim between two revisions (default: the last two)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The claim's id
    pub id: String,
    /// The older revision (0: before it was logged; default: the one before --to)
    #[arg(long, value_name = "REV")]
    pub from: Option<u32>,
    /// The newer revision (default: the latest)
    #[arg(long, value_name = "REV")]
    pub to: Option<u32>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Fields shown as a word diff.
fn is_text(field: &str) -> bool {
    matches!(
        field,
        "statement"
            | "rating"
            | "source.quote"
            | "attribution.speaker"
            | "attribution.role"
            | "hedge"
    )
}

/// Fields that follow from others and are shown only as data.
fn is_derived(field: &str) -> bool {
    matches!(field, "source.prefix" | "source.suffix")
}

fn as_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// One field's change between the two revisions, and the revisions that made it.
struct FieldChange<'a> {
    field: String,
    change: Change,
    words: Option<Vec<Segment>>,
    by: Vec<&'a Revision>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    let claim = store.load_claim(&args.id)?;
    let last = claim.history.len() as u32;
    if last == 0 {
        return Err(
            Error::invalid(format!("claim `{}` has no history", claim.id))
                .hint(format!("run `claimtrack record {}`", claim.id)),
        );
    }
    let to = args.to.unwrap_or(last);
    if to == 0 || to > last {
        return Err(Error::invalid(format!(
            "claim `{}` has revisions r1 to r{last}; --to {to} is not one of them",
            claim.id
        )));
    }
    let from = args.from.unwrap_or(to - 1);
    if from >= to {
        return Err(Error::invalid(format!(
            "--from ({from}) must come before --to ({to})"
        )));
    }
    let (old, _) = state_at(&claim, from);
    let (new, issues) = state_at(&claim, to);
    if issues > 0 {
        crate::output::note(&format!(
            "warning: the history of `{}` does not replay cleanly up to r{to}; `claimtrack check` says where",
            claim.id
        ));
    }
    let revisions: Vec<&Revision> = claim
        .history
        .iter()
        .filter(|r| r.rev > from && r.rev <= to)
        .collect();
    let changes: Vec<FieldChange> = fields::diff(&old, &new)
        .0
        .into_iter()
        .map(|(field, change)| {
            let words = is_text(&field).then(|| {
                worddiff::words(&as_text(change.from.as_ref()), &as_text(change.to.as_ref()))
            });
            let by = revisions
                .iter()
                .copied()
                .filter(|r| r.changes.get(&field).is_some())
                .collect();
            FieldChange {
                field,
                change,
                words,
                by,
            }
        })
        .collect();
    match args.format {
        Format::Json => print(&format!(
            "{}\n",
            crate::escape::json(&as_json(&claim, from, to, &revisions, &changes))
        ))?,
        Format::Text => print(&as_text_report(app, &claim, from, to, &revisions, &changes))?,
    }
    Ok(Exit::Success)
}

fn state_at(claim: &Claim, rev: u32) -> (Fields, usize) {
    if rev == 0 {
        return (Fields::new(), 0);
    }
    let (state, issues) = fields::replay(&claim.history, Some(rev));
    (state, issues.len())
}

fn revision_json(r: &Revision) -> Value {
    json!({"rev": r.rev, "at": r.at, "by": r.by, "action": r.action, "note": r.note})
}

fn as_json(
    claim: &Claim,
    from: u32,
    to: u32,
    revisions: &[&Revision],
    changes: &[FieldChange],
) -> Value {
    let at = |rev: u32| {
        claim
            .history
            .iter()
            .find(|r| r.rev == rev)
            .map_or(json!({"rev": rev}), revision_json)
    };
    let changes: Vec<Value> = changes
        .iter()
        .map(|c| {
            let mut v = json!({
                "field": c.field,
                "revisions": c.by.iter().map(|r| r.rev).collect::<Vec<_>>(),
            });
            if let Value::Object(m) = &mut v {
                if c.change.added.is_empty() && c.change.removed.is_empty() {
                    m.insert("from".into(), c.change.from.clone().unwrap_or(Value::Null));
                    m.insert("to".into(), c.change.to.clone().unwrap_or(Value::Null));
                } else {
                    m.insert("added".into(), Value::Array(c.change.added.clone()));
                    m.insert("removed".into(), Value::Array(c.change.removed.clone()));
                }
                if let Some(w) = &c.words {
                    m.insert("words".into(), serde_json::to_value(w).unwrap_or_default());
                }
            }
            v
        })
        .collect();
    json!({
        "id": claim.id,
        "from": at(from),
        "to": at(to),
        "revisions": revisions.iter().map(|r| revision_json(r)).collect::<Vec<_>>(),
        "changes": changes,
    })
}

fn as_text_report(
    app: &App,
    claim: &Claim,
    from: u32,
    to: u32,
    revisions: &[&Revision],
    changes: &[FieldChange],
) -> String {
    let p = app.painter();
    let mut out = format!(
        "{}  r{from} → r{to}  ({} revision{})\n",
        p.bold(&claim.id),
        revisions.len(),
        crate::model::plural::suffix(revisions.len())
    );
    for r in revisions {
        out.push_str(&format!(
            "  {}  {}  {}  {}\n",
            p.bold(&format!("r{}", r.rev)),
            r.at.format("%Y-%m-%d %H:%M UTC"),
            r.by,
            p.color(anstyle::AnsiColor::Cyan, &r.action)
        ));
        if let Some(n) = &r.note {
            out.push_str(&format!("      note: {n}\n"));
        }
    }
    out.push('\n');
    let shown: Vec<&FieldChange> = changes.iter().filter(|c| !is_derived(&c.field)).collect();
    if shown.is_empty() {
        out.push_str("  no field changed\n");
    }
    let name_width = shown.iter().map(|c| c.field.len()).max().unwrap_or(0);
    for c in shown {
        let who =
            c.by.iter()
                .map(|r| format!("r{} {}", r.rev, r.by))
                .collect::<Vec<_>>()
                .join(", ");
        let head = format!("  {:<name_width$}  ", c.field);
        let body = if let (Some(w), Some(_)) = (&c.words, &c.change.from) {
            words::inline(w, p)
        } else if c.change.from.is_none() && c.change.added.is_empty() {
            // A field set from nothing (when the claim was logged): its value alone.
            match c.field.as_str() {
                "status" => {
                    let s = as_text(c.change.to.as_ref());
                    crate::model::Status::parse(&s)
                        .map_or(s.clone(), |st| crate::render::paint_status(p, st, &s))
                }
                _ => as_text(c.change.to.as_ref()),
            }
        } else if c.field == "status" {
            let status = |v: Option<&Value>| {
                let s = as_text(v);
                match crate::model::Status::parse(&s) {
                    Some(st) => crate::render::paint_status(p, st, &s),
                    None => s,
                }
            };
            format!(
                "{} → {}",
                status(c.change.from.as_ref()),
                status(c.change.to.as_ref())
            )
        } else if !c.change.added.is_empty() || !c.change.removed.is_empty() {
            let mut lines: Vec<String> = c
                .change
                .added
                .iter()
                .map(|v| p.color(anstyle::AnsiColor::Green, &format!("+ {}", item(v))))
                .collect();
            lines.extend(
                c.change
                    .removed
                    .iter()
                    .map(|v| p.color(anstyle::AnsiColor::Red, &format!("− {}", item(v)))),
            );
            lines.join(&format!("\n{}", " ".repeat(name_width + 4)))
        } else {
            let v = |x: Option<&Value>| match x {
                None | Some(Value::Null) => "nothing".to_string(),
                Some(x) => as_text(Some(x)),
            };
            format!(
                "{} → {}",
                v(c.change.from.as_ref()),
                v(c.change.to.as_ref())
            )
        };
        out.push_str(&head);
        out.push_str(&body);
        out.push_str(&p.dim(&format!("  ({who})")));
        out.push('\n');
    }
    out
}

/// A list item with who added it and when, when it says.
fn item(v: &Value) -> String {
    let mut s = short(v);
    if let Value::Object(m) = v {
        let by = m.get("by").and_then(Value::as_str);
        let added = m
            .get("added")
            .and_then(Value::as_str)
            .map(|t| t.chars().take(10).collect::<String>());
        if let (Some(by), Some(added)) = (by, added) {
            s.push_str(&format!(" ({by}, {added})"));
        }
    }
    s
}
