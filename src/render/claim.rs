//! One claim for people: `show` (in full) and `log` (its revisions).

use serde_json::Value;

use crate::anchor::Flag;
use crate::model::{Change, Claim};

use super::{speaker, status_style, View};

fn wrap(text: &str, width: usize, indent: &str) -> String {
    let opts = textwrap::Options::new(crate::output::prose_width(width))
        .initial_indent(indent)
        .subsequent_indent(indent);
    textwrap::fill(text, opts)
}

/// The whole claim, readable, with its quote flag if it has one.
pub(crate) fn full(c: &Claim, flag: Option<&Flag>, view: &View) -> String {
    let p = view.painter;
    let w = view.width;
    let now = view.now;
    let mut out = String::new();
    let status = p.paint(
        status_style(c.status).unwrap_or_default(),
        c.status.as_str(),
    );
    out.push_str(&format!("{}  {}", p.bold(&c.id), status));
    if let Some(r) = &c.rating {
        out.push_str(&format!(" ({r})"));
    }
    if c.is_overdue(now.date_naive()) {
        out.push_str(&p.color(anstyle::AnsiColor::Red, "  overdue"));
    }
    out.push('\n');
    out.push_str(&wrap(&c.statement, w, "  "));
    out.push_str("\n\n");
    let line = |out: &mut String, name: &str, value: &str| {
        let text = wrap(value, w, "              ");
        out.push_str(&format!("  {:<11} {}\n", p.dim(name), text.trim_start()));
    };
    line(&mut out, "quote", &format!("“{}”", c.source.quote));
    line(
        &mut out,
        "source",
        &format!("{} r{}", c.source.id, c.source.rev),
    );
    if let Some(flag) = flag {
        out.push_str(&quote_flag(c, flag, p));
    }
    line(&mut out, "speaker", &speaker(c));
    line(&mut out, "kind", c.attribution.kind.as_str());
    if let Some(role) = &c.attribution.role {
        line(&mut out, "role", role);
    }
    if let Some(h) = &c.hedge {
        line(&mut out, "hedge", h);
    }
    if let Some(d) = c.claimed {
        line(&mut out, "claimed", &d.to_string());
    }
    if let Some(d) = c.check_after {
        line(&mut out, "check after", &d.to_string());
    }
    if !c.tags.is_empty() {
        line(&mut out, "tags", &c.tags.join(", "));
    }
    line(&mut out, "age", &format!("{} days", c.age_days(now)));
    if let Some(conclusion) = &c.conclusion {
        line(&mut out, "conclusion", conclusion);
    }
    if let Some(a) = &c.assignee {
        line(&mut out, "assignee", a);
    }
    if let Some(d) = c.due {
        line(&mut out, "due", &d.to_string());
    }
    out.push_str(&format!(
        "\n{} ({})\n",
        p.bold("Evidence"),
        c.evidence.len()
    ));
    if c.evidence.is_empty() {
        out.push_str("  none yet\n");
    }
    for e in &c.evidence {
        out.push_str(&format!(
            "  {:<9} {}\n",
            e.stance.as_str(),
            wrap(&e.summary, w, "            ").trim_start()
        ));
        for link in [&e.url, &e.archived_url].into_iter().flatten() {
            out.push_str(&format!("            {link}\n"));
        }
        if let Some(s) = &e.source {
            out.push_str(&format!("            source {s}\n"));
        }
        let withheld = if e.withheld { ", source withheld" } else { "" };
        out.push_str(&format!(
            "            {}\n",
            p.dim(&format!(
                "added {} by {}{withheld}",
                e.added.format("%Y-%m-%d"),
                e.by
            ))
        ));
    }
    if !c.responses.is_empty() {
        out.push_str(&format!(
            "\n{} ({})\n",
            p.bold("Responses"),
            c.responses.len()
        ));
        for r in &c.responses {
            let date = r.date.map(|d| format!(", {d}")).unwrap_or_default();
            out.push_str(&format!("  {:<11} {}{date}\n", r.kind.as_str(), r.party));
            if let Some(q) = &r.quote {
                out.push_str(&wrap(&format!("“{q}”"), w, "              "));
                out.push('\n');
            }
        }
    }
    if let Some(last) = c.history.last() {
        out.push_str(&format!(
            "\n{}\n",
            p.dim(&format!(
                "{} revision{}, last r{} {} by {} ({}); `claimtrack log {}` shows them",
                c.history.len(),
                crate::model::plural::suffix(c.history.len()),
                last.rev,
                last.at.format("%Y-%m-%d %H:%M"),
                last.by,
                last.action,
                c.id
            ))
        ));
    }
    out
}

/// The warning `show` gives for a quote that changed or vanished in a newer revision.
fn quote_flag(c: &Claim, flag: &Flag, p: &crate::output::Painter) -> String {
    let mut out = format!(
        "  {:<11} {}\n",
        p.color(anstyle::AnsiColor::Yellow, "flag"),
        p.color(
            anstyle::AnsiColor::Yellow,
            &format!(
                "quote {} in {} r{}",
                flag.outcome.verdict, c.source.id, flag.latest
            )
        )
    );
    if let Some(passage) = flag
        .outcome
        .passage
        .as_deref()
        .filter(|_| flag.outcome.range.is_some())
    {
        let w = crate::worddiff::words(&c.source.quote, passage);
        out.push_str(&format!("              {}\n", super::diff::inline(&w, p)));
    }
    out.push_str(&format!(
        "              {}\n",
        p.dim(&format!(
            "re-anchor: claimtrack edit {} --quote \"…\" --rev {}; or keep r{}: claimtrack source keep {} --note \"…\"",
            c.id, flag.latest, c.source.rev, c.id
        ))
    ));
    out
}

/// A value as one short line of text.
pub(crate) fn short(v: &Value) -> String {
    match v {
        Value::Null => "nothing".into(),
        Value::String(s) => format!(
            "\"{}\"",
            super::table::truncate(&s.split_whitespace().collect::<Vec<_>>().join(" "), 70)
        ),
        Value::Object(m) => {
            let label = m
                .get("summary")
                .or_else(|| m.get("party"))
                .and_then(Value::as_str)
                .unwrap_or("");
            let kind = m
                .get("stance")
                .or_else(|| m.get("kind"))
                .and_then(Value::as_str)
                .unwrap_or("");
            format!("{kind}: \"{}\"", super::table::truncate(label, 60))
        }
        other => other.to_string(),
    }
}

/// One change, as `field: old → new` or `field: +item −item`.
pub(crate) fn change_line(field: &str, change: &Change) -> String {
    if !change.added.is_empty() || !change.removed.is_empty() {
        let mut parts: Vec<String> = change
            .added
            .iter()
            .map(|v| format!("+ {}", short(v)))
            .collect();
        parts.extend(change.removed.iter().map(|v| format!("− {}", short(v))));
        return format!("{field}: {}", parts.join("; "));
    }
    let from = change.from.as_ref().map_or("nothing".to_string(), |v| {
        short(v).trim_matches('"').to_string()
    });
    let to = change.to.as_ref().map_or("nothing".to_string(), |v| {
        short(v).trim_matches('"').to_string()
    });
    if change.from.is_none() {
        format!("{field}: {to}")
    } else {
        format!("{field}: {from} → {to}")
    }
}

/// Every revision, oldest first.
pub(crate) fn log(c: &Claim, view: &View) -> String {
    let p = view.painter;
    let mut out = String::new();
    for r in &c.history {
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            p.bold(&format!("r{}", r.rev)),
            r.at.format("%Y-%m-%d %H:%M UTC"),
            r.by,
            p.color(anstyle::AnsiColor::Cyan, &r.action)
        ));
        for (field, change) in r.changes.iter() {
            out.push_str(&super::table::truncate(
                &format!("    {}", change_line(field, change)),
                view.width,
            ));
            out.push('\n');
        }
        if let Some(n) = &r.note {
            out.push_str(&wrap(&format!("note: {n}"), view.width, "    "));
            out.push('\n');
        }
    }
    out
}
