//! The report as aligned text for the terminal, wrapped to its width.

use anstyle::AnsiColor;

use crate::model::{key, Claim};
use crate::output::Painter;
use crate::render::status_style;
use std::io::Write;

use crate::render::table::{cell_width, Layout, Table};
use crate::report::{Claims, Part, Report};

use super::{plural, source_label};

const LABEL: usize = 10;

/// The cells of a claim's row in the table of verdicts.
fn verdict_cells(c: &Claim) -> [String; 6] {
    [
        c.id.clone(),
        c.status.to_string(),
        key::rating_label(c).to_string(),
        key::given_label(c),
        c.evidence.len().to_string(),
        c.statement.clone(),
    ]
}

/// The widths of a claim's row in the table of verdicts, for `Seen::widths`.
pub fn verdict_widths(c: &Claim) -> Vec<usize> {
    verdict_cells(c).iter().map(|t| cell_width(t)).collect()
}

/// `verdict_widths` of a claim from its key alone (see `key::Widths`).
pub fn verdict_key_widths(k: &key::ClaimKey) -> Vec<usize> {
    let w = |n: u32| n as usize;
    vec![
        w(k.widths.id),
        k.status.as_str().len(),
        w(k.widths.rating),
        w(k.widths.given),
        w(k.widths.evidence),
        w(k.widths.statement),
    ]
}

const VERDICT_HEADER: [&str; 6] = ["ID", "STATUS", "RATING", "GIVEN", "EVIDENCE", "STATEMENT"];

/// The report as text, at most `width` columns wide (URLs and ids may run
/// over), written to `w` a claim at a time.
pub fn render(
    report: &Report,
    claims: &dyn Claims,
    width: usize,
    p: &Painter,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let width = width.max(40);
    let mut out = String::new();
    out.push_str(&p.bold(&super::title(report)));
    out.push('\n');
    out.push_str(&summary_line(report));
    out.push_str("\n\n");

    let open = report.open_count();
    out.push_str(&heading(p, &format!("Open claims ({open})")));
    if open == 0 {
        out.push_str("  none\n");
    }
    w.write_all(out.as_bytes())?;
    claims.render_each(
        Part::Open,
        &|c| {
            let mut s = String::new();
            open_claim(&mut s, report, c, width, p);
            s
        },
        &mut |s| w.write_all(s.as_bytes()),
    )?;

    let mut out = String::new();
    let verdicts = report.verdict_count();
    out.push('\n');
    out.push_str(&heading(p, &format!("Verdicts ({verdicts})")));
    if verdicts == 0 {
        out.push_str("  none\n");
        w.write_all(out.as_bytes())?;
    } else {
        let header: Vec<String> = VERDICT_HEADER.iter().map(|h| h.to_string()).collect();
        let layout = Layout::new(&header, &report.verdict_widths, width - 2);
        out.push_str(&indent(&layout.header(p)));
        w.write_all(out.as_bytes())?;
        claims.render_each(
            Part::Verdicts,
            &|c| {
                let [id, status, rating, given, evidence, statement] = verdict_cells(c);
                indent(&layout.row(
                    vec![
                        (id, None),
                        (status, status_style(c.status)),
                        (rating, None),
                        (given, None),
                        (evidence, None),
                        (statement, None),
                    ],
                    p,
                ))
            },
            &mut |s| w.write_all(s.as_bytes()),
        )?;
        claims.render_each(
            Part::Concluded,
            &|c| {
                let conclusion = c.conclusion.as_deref().unwrap_or_default();
                let mut s = wrap(&format!("{}: {conclusion}", c.id), width, "  ", "    ");
                s.push('\n');
                s
            },
            &mut |s| w.write_all(s.as_bytes()),
        )?;
    }
    let mut out = String::new();
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
    w.write_all(out.as_bytes())
}

fn summary_line(report: &Report) -> String {
    let open = report.open_count();
    format!(
        "{} selected: {} open ({} overdue), {} with a verdict",
        plural(report.total, "claim", "claims"),
        open,
        report.overdue_count(),
        report.verdict_count()
    )
}

fn heading(p: &Painter, text: &str) -> String {
    format!("{}\n", p.bold(&text.to_uppercase()))
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}\n")).collect()
}

fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    // A line of printable ASCII that fits, whichever indent it gets, is
    // what `textwrap` makes of it (`fills_as_textwrap_does` checks that),
    // without taking it apart into words: most lines of a report.
    let plain = |s: &str| s.bytes().all(|b| (b' '..=b'~').contains(&b));
    if text.len() + first.len().max(rest.len()) < width
        && plain(text)
        && plain(first)
        && plain(rest)
    {
        let text = text.trim_end_matches(' ');
        let mut out = String::with_capacity(first.len() + text.len());
        out.push_str(first);
        out.push_str(text);
        return out;
    }
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
        let (report, claims) = crate::report::in_memory(
            vec![c],
            crate::report::Inputs {
                now: chrono::Utc::now(),
                since: None,
                sources: Default::default(),
                unreadable: vec![],
            },
            &Default::default(),
            &verdict_widths,
        );
        let mut buf = Vec::new();
        render(&report, &claims, 60, &Painter { enabled: false }, &mut buf).unwrap();
        let out = String::from_utf8(buf).unwrap();
        for l in out.lines() {
            assert!(l.width() <= 60, "too wide: {l:?}");
        }
        assert!(out.contains("\n  hedge      reportedly"), "{out}");
        assert!(out.contains("\n             reportedly"), "{out}");
    }

    #[test]
    fn fills_as_textwrap_does() {
        // Every short string of these characters, at widths around its length.
        let chars = ['a', 'b', ' ', '-', '\u{e9}'];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| chars.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        texts.sort();
        texts.dedup();
        for text in &texts {
            for width in 1..10 {
                for (first, rest) in [("", ""), ("", "  "), ("  ", "  "), ("  x ", " "), (" ", "")]
                {
                    let opts = textwrap::Options::new(width)
                        .initial_indent(first)
                        .subsequent_indent(rest);
                    assert_eq!(
                        wrap(text, width, first, rest),
                        textwrap::fill(text, opts),
                        "{text:?} at {width} with {first:?}, {rest:?}"
                    );
                }
            }
        }
    }
}
