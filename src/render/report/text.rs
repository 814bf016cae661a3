//! The report as aligned text for the terminal, wrapped to its width.

use anstyle::AnsiColor;

use crate::model::Claim;
use crate::output::Painter;
use crate::render::status_style;
use crate::render::table::Table;
use crate::report::Report;

use super::{plural, source_label};

const LABEL: usize = 10;

/// The report as text, at most `width` columns wide (URLs and ids may run over).
pub fn render(report: &Report, width: usize, p: &Painter) -> String {
    let width = width.max(40);
    let mut out = String::new();
    out.push_str(&p.bold(&super::title(report)));
    out.push('\n');
    out.push_str(&summary_line(report));
    out.push_str("\n\n");

    let open: Vec<&Claim> = report.open().collect();
    out.push_str(&heading(p, &format!("Open claims ({})", open.len())));
    if open.is_empty() {
        out.push_str("  none\n");
    }
    for c in open {
        open_claim(&mut out, report, c, width, p);
    }

    let verdicts: Vec<&Claim> = report.verdicts().collect();
    out.push('\n');
    out.push_str(&heading(p, &format!("Verdicts ({})", verdicts.len())));
    if verdicts.is_empty() {
        out.push_str("  none\n");
    } else {
        let mut t = Table::new(["ID", "STATUS", "RATING", "GIVEN", "EVIDENCE", "STATEMENT"]);
        for c in verdicts {
            let given = crate::report::verdict_revision(c)
                .map(|(at, _)| at.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| "-".into());
            t.styled_row(vec![
                (c.id.clone(), None),
                (c.status.to_string(), status_style(c.status)),
                (c.rating.clone().unwrap_or_else(|| "-".into()), None),
                (given, None),
                (c.evidence.len().to_string(), None),
                (c.statement.clone(), None),
            ]);
        }
        out.push_str(&indent(&t.render(width - 2, p)));
        for c in report.verdicts().filter(|c| c.conclusion.is_some()) {
            let conclusion = c.conclusion.as_deref().unwrap_or_default();
            out.push_str(&wrap(
                &format!("{}: {conclusion}", c.id),
                width,
                "  ",
                "    ",
            ));
            out.push('\n');
        }
    }

    if !report.corrections.is_empty() {
        out.push('\n');
        out.push_str(&heading(
            p,
            &format!("Corrections ({})", report.corrections.len()),
        ));
        let mut t = Table::new(["WHEN", "BY", "CLAIM", "CHANGE", "WHY"]);
        for (claim, k) in &report.corrections {
            t.row([
                k.at.format("%Y-%m-%d %H:%M").to_string(),
                k.by.clone(),
                claim.clone(),
                format!("{} → {}", k.from, k.to),
                k.note.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        out.push_str(&indent(&t.render(width - 2, p)));
    }

    out.push('\n');
    out.push_str(&heading(p, "Counts by status"));
    let most = report
        .counts
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_room = width.saturating_sub(LABEL + 12).min(40);
    for (status, n) in &report.counts {
        let bar = "█".repeat((n * bar_room).div_ceil(most));
        let line = format!(
            "  {:<w$} {:>5}  {}",
            status.as_str(),
            n,
            p.paint(status_style(*status).unwrap_or_default(), &bar),
            w = LABEL + 2
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }

    if let Some(since) = &report.since {
        out.push('\n');
        out.push_str(&heading(
            p,
            &format!(
                "Since {} ({})",
                since.from.format("%Y-%m-%d %H:%M UTC"),
                plural(since.events.len(), "event", "events")
            ),
        ));
        if since.events.is_empty() {
            out.push_str("  nothing happened\n");
        } else {
            let mut t = Table::new(["WHEN", "BY", "CLAIM", "WHAT", "DETAIL"]);
            for e in &since.events {
                let mut detail = e.detail.clone();
                if let Some(n) = &e.note {
                    detail.push_str(&format!(" (note: {n})"));
                }
                t.row([
                    e.at.format("%Y-%m-%d %H:%M").to_string(),
                    e.by.clone(),
                    e.claim.clone(),
                    e.kind.as_str().to_string(),
                    detail,
                ]);
            }
            out.push_str(&indent(&t.render(width - 2, p)));
        }
    }

    if !report.drift.is_empty() {
        out.push('\n');
        out.push_str(&heading(
            p,
            &format!(
                "Quotes changed in a newer article revision ({})",
                report.drift.len()
            ),
        ));
        let mut t = Table::new(["CLAIM", "SOURCE", "QUOTE", "SEE"]);
        for d in &report.drift {
            t.row([
                d.claim.clone(),
                format!("{} r{} → r{}", d.source, d.rev, d.latest),
                d.state.as_str().to_string(),
                format!("claimtrack source diff {}", d.source),
            ]);
        }
        out.push_str(&indent(&t.render(width - 2, p)));
    }

    if !report.unreadable.is_empty() {
        out.push('\n');
        out.push_str(&heading(
            p,
            &format!(
                "Unreadable files ({}), left out of this report",
                report.unreadable.len()
            ),
        ));
        for u in &report.unreadable {
            out.push_str(&p.color(AnsiColor::Red, &wrap(u, width, "  ", "    ")));
            out.push('\n');
        }
    }
    out
}

fn summary_line(report: &Report) -> String {
    let open = report.open_count();
    format!(
        "{} selected: {} open ({} overdue), {} with a verdict",
        plural(report.claims.len(), "claim", "claims"),
        open,
        report.overdue_count(),
        report.claims.len() - open
    )
}

fn heading(p: &Painter, text: &str) -> String {
    format!("{}\n", p.bold(&text.to_uppercase()))
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}\n")).collect()
}

fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let opts = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(text, opts)
}

fn open_claim(out: &mut String, report: &Report, c: &Claim, width: usize, p: &Painter) {
    let today = report.today();
    let mut head = format!(
        "{}  {}  {}",
        p.bold(&c.id),
        p.paint(
            status_style(c.status).unwrap_or_default(),
            c.status.as_str()
        ),
        plural(c.age_days(report.generated) as usize, "day", "days")
    );
    if let Some(d) = c.overdue_since(today) {
        let who = c
            .assignee
            .as_deref()
            .map(|a| format!(", with {a}"))
            .unwrap_or_else(|| ", with nobody".to_string());
        head.push_str(&format!(
            "  {}",
            p.color(AnsiColor::Red, &format!("overdue since {d}{who}"))
        ));
    } else if let Some(d) = c.check_after {
        head.push_str(&format!("  check after {d}"));
    }
    out.push('\n');
    out.push_str(&wrap(&head, width, "", "    "));
    out.push('\n');
    out.push_str(&wrap(&c.statement, width, "  ", "  "));
    out.push('\n');
    let pad = " ".repeat(LABEL + 3);
    let mut line = |name: &str, value: &str| {
        let first = format!("  {name:<LABEL$} ");
        let text = wrap(value, width, &first, &pad);
        // Dim only the label, keep the value plain.
        out.push_str(&text.replacen(name, &p.dim(name), 1));
        out.push('\n');
    };
    let mut who = super::attribution(c);
    if c.attribution.speaker.is_some() {
        who.push_str(&format!(" ({})", c.attribution.kind.as_str()));
    }
    line("said by", &who);
    if let Some(h) = &c.hedge {
        line("hedge", h);
    }
    line("source", &source_label(report, c));
    if c.assignee.is_some() || c.due.is_some() {
        let who = c.assignee.as_deref().unwrap_or("nobody");
        let due = c.due.map(|d| format!(", due {d}")).unwrap_or_default();
        line("with", &format!("{who}{due}"));
    }
    if let Some(d) = c.claimed {
        line("claimed", &d.to_string());
    }
    if !c.evidence.is_empty() {
        line("evidence", &plural(c.evidence.len(), "item", "items"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn lines_fit_the_width_and_labels_align() {
        let mut c = Claim::blank("a-claim".into());
        c.statement = "word ".repeat(60);
        c.hedge = Some("reportedly ".repeat(20));
        let report = crate::report::build(
            vec![c],
            crate::report::Inputs {
                now: chrono::Utc::now(),
                since: None,
                sources: Default::default(),
                latest_texts: Default::default(),
                unreadable: vec![],
            },
        );
        let out = render(&report, 60, &Painter { enabled: false });
        for l in out.lines() {
            assert!(l.width() <= 60, "too wide: {l:?}");
        }
        assert!(out.contains("\n  hedge      reportedly"), "{out}");
        assert!(out.contains("\n             reportedly"), "{out}");
    }
}
