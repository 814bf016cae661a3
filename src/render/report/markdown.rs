//! The report as Markdown (CommonMark with GitHub tables), every piece of text escaped.

use std::io::Write;

use crate::model::Claim;
use crate::report::{Claims, Part, Report};
use crate::store::Settings;

use super::{plural, safe_url, source_label, source_url};

/// The report as Markdown, written to `w` a claim at a time.
pub fn render(
    report: &Report,
    claims: &dyn Claims,
    settings: &Settings,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", inline(&super::title(report))));
    if let Some(org) = &settings.organization {
        out.push_str(&format!("Published by {}.\n\n", inline(&org.name)));
    }
    out.push_str("## Summary\n\n");
    let open = report.open_count();
    out.push_str(&format!(
        "{} selected: {open} open ({} overdue), {} with a verdict.\n\n",
        plural(report.total, "claim", "claims"),
        report.overdue_count(),
        report.verdict_count()
    ));
    out.push_str("| Status | Claims |\n| --- | ---: |\n");
    for (status, n) in &report.counts {
        out.push_str(&format!("| {} | {n} |\n", status.as_str()));
    }

    out.push_str(&format!("\n## Open claims ({open})\n\n"));
    if open == 0 {
        out.push_str("None.\n");
        w.write_all(out.as_bytes())?;
    } else {
        out.push_str("| Claim | Status | Age | Said by | Source | Statement |\n");
        out.push_str("| --- | --- | ---: | --- | --- | --- |\n");
        w.write_all(out.as_bytes())?;
        let today = report.today();
        claims.render_each(
            Part::Open,
            &|c| {
                let mut status = c.status.to_string();
                if let Some(d) = c.overdue_since(today) {
                    status.push_str(&format!(", overdue since {d}"));
                }
                if let Some(a) = &c.assignee {
                    status.push_str(&format!(", with {a}"));
                }
                format!(
                    "| {} | {} | {} d | {} | {} | {} |\n",
                    cell(&c.id),
                    cell(&status),
                    c.age_days(report.generated),
                    cell(&super::attribution(c)),
                    cell(&source_label(report, c)),
                    cell(&statement_with_hedge(c)),
                )
            },
            &mut |s| w.write_all(s.as_bytes()),
        )?;
    }

    let verdicts = report.verdict_count();
    let mut out = format!("\n## Verdicts ({verdicts})\n");
    if verdicts == 0 {
        out.push_str("\nNone.\n");
    }
    w.write_all(out.as_bytes())?;
    claims.render_each(
        Part::Verdicts,
        &|c| {
            let mut s = String::new();
            verdict(&mut s, report, c);
            s
        },
        &mut |s| w.write_all(s.as_bytes()),
    )?;

    let mut out = String::new();
    if let Some(since) = &report.since {
        out.push_str(&format!(
            "\n## Since {}\n\n",
            since.from.format("%Y-%m-%d %H:%M UTC")
        ));
        if since.events.is_empty() {
            out.push_str("Nothing happened.\n");
        } else {
            out.push_str(
                "| When | By | Claim | What | Detail |\n| --- | --- | --- | --- | --- |\n",
            );
            for e in &since.events {
                let mut detail = e.detail.clone();
                if let Some(n) = &e.note {
                    detail.push_str(&format!(" (note: {n})"));
                }
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    e.at.format("%Y-%m-%d %H:%M"),
                    cell(&e.by),
                    cell(&e.claim),
                    e.kind.as_str(),
                    cell(&detail)
                ));
            }
        }
    }

    if !report.corrections.is_empty() {
        out.push_str(&format!(
            "\n## Corrections ({})\n\n| When | By | Claim | Change | Why |\n| --- | --- | --- | --- | --- |\n",
            report.corrections.len()
        ));
        for (claim, k) in &report.corrections {
            out.push_str(&format!(
                "| {} | {} | {} | {} → {} | {} |\n",
                k.at.format("%Y-%m-%d %H:%M"),
                cell(&k.by),
                cell(claim),
                k.from,
                k.to,
                cell(k.note.as_deref().unwrap_or("-"))
            ));
        }
    }

    if !report.drift.is_empty() {
        out.push_str("\n## Quotes changed in a newer article revision\n\n");
        out.push_str("| Claim | Source | Quote |\n| --- | --- | --- |\n");
        for d in &report.drift {
            out.push_str(&format!(
                "| {} | {} r{} → r{} | {} |\n",
                cell(&d.claim),
                cell(&d.source),
                d.rev,
                d.latest,
                d.state.as_str()
            ));
        }
    }

    if !report.unreadable.is_empty() {
        out.push_str("\n## Unreadable files, left out of this report\n\n");
        for u in &report.unreadable {
            out.push_str(&format!("- {}\n", inline(u)));
        }
    }
    w.write_all(out.as_bytes())
}

fn statement_with_hedge(c: &Claim) -> String {
    match &c.hedge {
        Some(h) => format!("{} (hedge: {h})", c.statement),
        None => c.statement.clone(),
    }
}

fn verdict(out: &mut String, report: &Report, c: &Claim) {
    let mut status = c.status.to_string();
    if let Some(r) = &c.rating {
        status.push_str(&format!(": {r}"));
    }
    out.push_str(&format!(
        "\n### {} ({})\n\n",
        inline(&c.id),
        inline(&status)
    ));
    out.push_str(&format!("{}\n\n", inline(&c.statement)));
    let who = super::attribution(c);
    let source = match source_url(report.source(&c.source.id)) {
        Some(u) => link(&source_label(report, c), u),
        None => inline(&source_label(report, c)),
    };
    out.push_str(&format!("Said by {}; source: {source}", inline(&who)));
    if let Some((at, by)) = crate::report::verdict_revision(c) {
        out.push_str(&format!(
            "; verdict given {} by {}",
            at.format("%Y-%m-%d"),
            inline(by)
        ));
    }
    out.push_str(".\n");
    if let Some(conclusion) = &c.conclusion {
        out.push_str(&format!("\n**Conclusion:** {}\n", inline(conclusion)));
    }
    for k in report.corrections_of(&c.id) {
        out.push_str(&format!(
            "\n*Corrected {} by {}: {} → {}{}.*\n",
            k.at.format("%Y-%m-%d"),
            inline(&k.by),
            k.from,
            k.to,
            k.note
                .as_deref()
                .map(|n| format!(" ({})", inline(n)))
                .unwrap_or_default()
        ));
    }
    if !c.evidence.is_empty() {
        out.push_str("\nEvidence:\n\n");
        for e in &c.evidence {
            let mut line = format!("- {}: {}", e.stance.as_str(), inline(&e.summary));
            if e.withheld {
                line.push_str(" (source withheld)");
            }
            if let Some(u) = safe_url(e.url.as_deref()) {
                line.push_str(&format!(" ({})", link("link", u)));
            }
            if let Some(u) = safe_url(e.archived_url.as_deref()) {
                line.push_str(&format!(" ({})", link("archived", u)));
            }
            if let Some(s) = &e.source {
                line.push_str(&format!(" (source {})", inline(s)));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !c.responses.is_empty() {
        out.push_str("\nResponses:\n\n");
        for r in &c.responses {
            let mut line = format!("- {} ({})", inline(&r.party), r.kind.as_str());
            if let Some(d) = r.date {
                line.push_str(&format!(", {d}"));
            }
            if let Some(q) = &r.quote {
                line.push_str(&format!(": “{}”", inline(q)));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// A link whose address cannot break out of its parentheses.
fn link(text: &str, url: &str) -> String {
    let url: String = url
        .chars()
        .map(|c| match c {
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c if c.is_whitespace() || c.is_control() => "%20".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!("[{}](<{url}>)", inline(text))
}

/// Text for a table cell: one line, with every character that means something
/// to Markdown (or HTML) escaped, so that it shows as written and cannot end
/// the cell, start a link or inject markup.
pub fn cell(text: &str) -> String {
    inline(text)
}

/// Text as one inline run: white space collapsed, Markdown punctuation escaped,
/// `<`, `>` and `&` written as entities.
pub fn inline(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len() + 8);
    for c in one_line.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    // A line that starts like a list item, a quote or a heading stays a paragraph.
    if let Some(first) = out.chars().next() {
        let numbered = {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')'))
        };
        if matches!(first, '-' | '+' | '=' | ':') {
            out.insert(0, '\\');
        } else if numbered {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            out.insert(digits, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_what_markdown_would_act_on() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("# heading\nnext"), "\\# heading next");
        assert_eq!(cell("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;");
        assert_eq!(cell("- item"), "\\- item");
        assert_eq!(cell("1. first"), "1\\. first");
        assert_eq!(cell("[a](javascript:x)"), "\\[a\\](javascript:x)");
    }
}

#[cfg(test)]
mod render_tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// Render a two-column table with `text` in one cell and return the
    /// cells of each row as the renderer saw them.
    fn table_cells(text: &str) -> Vec<Vec<String>> {
        let md = format!("| A | B |\n| --- | --- |\n| {} | end |\n", cell(text));
        let mut rows: Vec<Vec<String>> = Vec::new();
        for ev in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match ev {
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => rows.push(vec![]),
                Event::Start(Tag::TableCell) => {
                    if let Some(r) = rows.last_mut() {
                        r.push(String::new());
                    }
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some(c) = rows.last_mut().and_then(|r| r.last_mut()) {
                        c.push_str(&t);
                    }
                }
                Event::Html(h) | Event::InlineHtml(h) => panic!("HTML from {text:?}: {h}"),
                Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => {
                    panic!("a link from {text:?}")
                }
                Event::Start(Tag::Strikethrough) | Event::Start(Tag::Emphasis) => {
                    panic!("markup from {text:?}")
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        rows
    }

    #[test]
    fn hostile_text_stays_in_its_cell_as_written() {
        let hostile = [
            "a | b | c",
            "line one\n| --- | --- |\n| x | y |",
            "# heading",
            "<script>alert(1)</script>",
            "<!-- comment",
            "`code | pipe`",
            "\\| escaped pipe",
            "[link](javascript:alert(1))",
            "![img](https://evil.example/x.png)",
            "**bold** _it_ ~~gone~~",
            "&lt; entity &amp;",
            "https://autolink.example <https://x.example>",
            "- list item",
            "1. numbered",
            "> quote",
        ];
        for text in hostile {
            let rows = table_cells(text);
            assert_eq!(rows.len(), 2, "{text:?}: {rows:?}");
            assert_eq!(rows[1].len(), 2, "{text:?}: {rows:?}");
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(rows[1][0], flat, "{text:?}");
            assert_eq!(rows[1][1], "end");
        }
    }
}
