//! The report as one self-contained HTML page: inline CSS and SVG, no scripts, all text escaped.

use std::fmt::Write;

use crate::model::{Claim, Status};
use crate::report::{Claims, Part, Report};
use crate::store::Settings;

use super::{plural, safe_url, source_label, source_url};

/// Escape text for HTML element content and quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The style sheet, inlined into the page.
const CSS: &str = include_str!("report.css");

fn color(status: Status) -> &'static str {
    match status {
        Status::Unverified => "#8a94a6",
        Status::InReview => "#2f7fc1",
        Status::Verified => "#2e8b57",
        Status::Refuted => "#c0392b",
        Status::Mixed => "#d68910",
        Status::Unverifiable => "#7d5ba6",
    }
}

fn badge(status: Status) -> String {
    format!(
        r#"<span class="badge" style="background:{}">{}</span>"#,
        color(status),
        status.as_str()
    )
}

fn link(text: &str, url: &str) -> String {
    format!(
        r#"<a href="{}" rel="noopener noreferrer nofollow">{}</a>"#,
        esc(url),
        esc(text)
    )
}

/// The report as a complete HTML document, written to `w` a claim at a time.
pub fn render(
    report: &Report,
    claims: &dyn Claims,
    settings: &Settings,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut h = String::with_capacity(16384);
    let title = super::title(report);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"claimtrack {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    let _ = write!(
        h,
        "<header>\n<h1>Verification report</h1>\n<p class=\"meta\">Generated {}",
        esc(&report.generated.format("%Y-%m-%d %H:%M UTC").to_string())
    );
    if let Some(org) = &settings.organization {
        let name = match safe_url(org.url.as_deref()) {
            Some(u) => link(&org.name, u),
            None => esc(&org.name),
        };
        let _ = write!(h, " · published by {name}");
    }
    h.push_str("</p>\n</header>\n");

    summary(&mut h, report);
    open_table(&mut h, report, claims, w)?;

    let verdicts = report.verdict_count();
    let _ = writeln!(
        h,
        "<section id=\"verdicts\">\n<h2>Verdicts ({verdicts})</h2>"
    );
    if verdicts == 0 {
        h.push_str("<p>None yet.</p>\n");
    }
    w.write_all(h.as_bytes())?;
    claims.render_each(
        Part::Verdicts,
        &|c| {
            let mut s = String::with_capacity(4096);
            verdict(&mut s, report, c);
            s
        },
        &mut |s| w.write_all(s.as_bytes()),
    )?;
    let mut h = String::from("</section>\n");

    if let Some(since) = &report.since {
        let _ = writeln!(
            h,
            "<section id=\"since\">\n<h2>Since {} ({})</h2>",
            since.from.format("%Y-%m-%d %H:%M UTC"),
            plural(since.events.len(), "event", "events")
        );
        if since.events.is_empty() {
            h.push_str("<p>Nothing happened.</p>\n");
        } else {
            h.push_str("<table>\n<thead><tr><th>When</th><th>By</th><th>Claim</th><th>What</th><th>Detail</th></tr></thead>\n<tbody>\n");
            for e in &since.events {
                let note = e
                    .note
                    .as_deref()
                    .map(|n| format!(" <span class=\"small\">(note: {})</span>", esc(n)))
                    .unwrap_or_default();
                let _ = writeln!(
                    h,
                    "<tr><td class=\"when\">{}</td><td>{}</td><td class=\"id\">{}</td><td>{}</td><td>{}{note}</td></tr>",
                    e.at.format("%Y-%m-%d %H:%M"),
                    esc(&e.by),
                    esc(&e.claim),
                    esc(e.kind.as_str()),
                    esc(&e.detail)
                );
            }
            h.push_str("</tbody>\n</table>\n");
        }
        h.push_str("</section>\n");
    }

    if !report.corrections.is_empty() {
        let _ = writeln!(
            h,
            "<section id=\"corrections\">\n<h2>Corrections ({})</h2>\n<table>\n<thead><tr><th>When</th><th>By</th><th>Claim</th><th>Change</th><th>Why</th></tr></thead>\n<tbody>",
            report.corrections.len()
        );
        for (claim, k) in &report.corrections {
            let _ = writeln!(
                h,
                "<tr><td class=\"when\">{}</td><td>{}</td><td class=\"id\"><a href=\"#claim-{id}\">{id}</a></td><td>{} → {}</td><td>{}</td></tr>",
                k.at.format("%Y-%m-%d %H:%M"),
                esc(&k.by),
                k.from,
                k.to,
                esc(k.note.as_deref().unwrap_or("-")),
                id = esc(claim),
            );
        }
        h.push_str("</tbody>\n</table>\n</section>\n");
    }

    if !report.drift.is_empty() {
        h.push_str("<section id=\"drift\">\n<h2>Quotes changed in a newer article revision</h2>\n<table>\n<thead><tr><th>Claim</th><th>Source</th><th>Quote</th></tr></thead>\n<tbody>\n");
        for d in &report.drift {
            let _ = writeln!(
                h,
                "<tr><td class=\"id\">{}</td><td>{} r{} → r{}</td><td>{}</td></tr>",
                esc(&d.claim),
                esc(&d.source),
                d.rev,
                d.latest,
                d.state.as_str()
            );
        }
        h.push_str("</tbody>\n</table>\n</section>\n");
    }

    if !report.unreadable.is_empty() {
        h.push_str("<section id=\"unreadable\">\n<h2 class=\"warn\">Unreadable files, left out of this report</h2>\n<ul>\n");
        for u in &report.unreadable {
            let _ = writeln!(h, "<li><code>{}</code></li>", esc(u));
        }
        h.push_str("</ul>\n</section>\n");
    }
    let _ = write!(
        h,
        "<footer>{} · made with claimtrack {}</footer>\n</main>\n</body>\n</html>\n",
        plural(report.total, "claim", "claims"),
        env!("CARGO_PKG_VERSION")
    );
    w.write_all(h.as_bytes())
}

fn summary(h: &mut String, report: &Report) {
    let open = report.open_count();
    let _ = write!(
        h,
        "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"summary\">\n<dl class=\"stats\">\
         <div><dt>Claims</dt><dd>{}</dd></div><div><dt>Open</dt><dd>{open}</dd></div>\
         <div><dt>Overdue</dt><dd>{}</dd></div><div><dt>Verdicts</dt><dd>{}</dd></div></dl>\n",
        report.total,
        report.overdue_count(),
        report.verdict_count()
    );
    h.push_str(&chart(report));
    h.push_str("</div>\n</section>\n");
}

/// A horizontal bar chart of the counts by status, as inline SVG.
pub fn chart(report: &Report) -> String {
    let (label_w, bar_w, row_h) = (110usize, 300usize, 26usize);
    let height = row_h * report.counts.len() + 8;
    let width = label_w + bar_w + 50;
    let most = report
        .counts
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n<title id=\"chart-title\">Claims by status</title>\n"
    );
    for (i, (status, n)) in report.counts.iter().enumerate() {
        let y = 4 + i * row_h;
        let w = if *n == 0 {
            0
        } else {
            (n * bar_w).div_ceil(most).max(2)
        };
        let _ = writeln!(
            s,
            "<g class=\"bar\" data-status=\"{st}\"><text x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\" fill=\"#5b6475\">{st}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w}\" height=\"{bh}\" rx=\"3\" fill=\"{c}\"/>\
             <text x=\"{nx}\" y=\"{ty}\" fill=\"#1d2330\" font-weight=\"600\">{n}</text></g>",
            st = status.as_str(),
            tx = label_w - 8,
            ty = y + 15,
            bh = row_h - 8,
            c = color(*status),
            nx = label_w + w + 6,
        );
    }
    s.push_str("</svg>\n");
    s
}

/// The table of open claims: what is in `h` first, then a row a claim.
fn open_table(
    h: &mut String,
    report: &Report,
    claims: &dyn Claims,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let open = report.open_count();
    let _ = writeln!(h, "<section id=\"open\">\n<h2>Open claims ({open})</h2>");
    if open == 0 {
        h.push_str("<p>None: every selected claim has a verdict.</p>\n</section>\n");
        return Ok(());
    }
    h.push_str("<table class=\"open\">\n<thead><tr><th>Claim</th><th>Status</th><th>Age</th><th>Said by</th><th>Source</th><th>Statement</th></tr></thead>\n<tbody>\n");
    w.write_all(h.as_bytes())?;
    h.clear();
    let today = report.today();
    claims.render_each(Part::Open, &|c| open_row(report, c, today), &mut |s| {
        w.write_all(s.as_bytes())
    })?;
    h.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn open_row(report: &Report, c: &Claim, today: chrono::NaiveDate) -> String {
    let mut status = badge(c.status);
    if let Some(d) = c.overdue_since(today) {
        let who = c
            .assignee
            .as_deref()
            .map(|a| format!(", with {}", esc(a)))
            .unwrap_or_default();
        let _ = write!(
            status,
            "<br><span class=\"overdue\">overdue since {d}{who}</span>"
        );
    } else {
        if let Some(d) = c.check_after {
            let _ = write!(status, "<br><span class=\"small\">check after {d}</span>");
        }
        if let Some(a) = &c.assignee {
            let _ = write!(status, "<br><span class=\"small\">with {}</span>", esc(a));
        }
    }
    let hedge = c
        .hedge
        .as_deref()
        .map(|x| format!("<br><span class=\"hedge\">{}</span>", esc(x)))
        .unwrap_or_default();
    let source = match source_url(report.source(&c.source.id)) {
        Some(u) => link(&source_label(report, c), u),
        None => esc(&source_label(report, c)),
    };
    format!(
        "<tr id=\"claim-{id}\"><td class=\"id\">{id}</td><td>{status}</td><td class=\"num\">{} d</td><td>{}</td><td>{source}</td><td class=\"statement-cell\">{}{hedge}</td></tr>\n",
        c.age_days(report.generated),
        esc(&super::attribution(c)),
        esc(&c.statement),
        id = esc(&c.id),
    )
}

fn verdict(h: &mut String, report: &Report, c: &Claim) {
    let _ = write!(
        h,
        "<article class=\"claim\" id=\"claim-{id}\" style=\"border-left-color:{}\">\n<header>{}<h3>{id}</h3>",
        color(c.status),
        badge(c.status),
        id = esc(&c.id)
    );
    if let Some(r) = &c.rating {
        let _ = write!(h, "<span class=\"rating\">{}</span>", esc(r));
    }
    h.push_str("</header>\n");
    let _ = writeln!(h, "<p class=\"statement\">{}</p>", esc(&c.statement));
    if let Some(conclusion) = &c.conclusion {
        let _ = writeln!(
            h,
            "<p class=\"conclusion\"><strong>Conclusion:</strong> {}</p>",
            esc(conclusion)
        );
    }
    for k in report.corrections_of(&c.id) {
        let _ = writeln!(
            h,
            "<p class=\"correction\"><strong>Corrected</strong> {} by {}: {} → {}{}</p>",
            k.at.format("%Y-%m-%d"),
            esc(&k.by),
            k.from,
            k.to,
            k.note
                .as_deref()
                .map(|n| format!(" — {}", esc(n)))
                .unwrap_or_default()
        );
    }
    h.push_str("<dl class=\"facts\">");
    let mut fact = |name: &str, value: String| {
        let _ = write!(h, "<dt>{name}</dt><dd>{value}</dd>");
    };
    let who = super::attribution(c);
    fact(
        "Said by",
        format!(
            "{} <span class=\"small\">({})</span>",
            esc(&who),
            c.attribution.kind.as_str()
        ),
    );
    fact("Quote", format!("“{}”", esc(&c.source.quote)));
    if let Some(x) = &c.hedge {
        fact("Hedge", format!("<span class=\"hedge\">{}</span>", esc(x)));
    }
    let source = match source_url(report.source(&c.source.id)) {
        Some(u) => link(&source_label(report, c), u),
        None => esc(&source_label(report, c)),
    };
    fact("Source", source);
    if let Some(d) = c.claimed {
        fact("Claimed", d.to_string());
    }
    if let Some((at, by)) = crate::report::verdict_revision(c) {
        fact(
            "Verdict",
            format!("{} by {}", at.format("%Y-%m-%d"), esc(by)),
        );
    }
    if !c.tags.is_empty() {
        fact("Tags", esc(&c.tags.join(", ")));
    }
    h.push_str("</dl>\n");

    if !c.evidence.is_empty() {
        h.push_str("<h4>Evidence</h4>\n<ul class=\"items evidence\">\n");
        for e in &c.evidence {
            let mut links = Vec::new();
            if let Some(u) = safe_url(e.url.as_deref()) {
                links.push(link("link", u));
            }
            if let Some(u) = safe_url(e.archived_url.as_deref()) {
                links.push(link("archived", u));
            }
            if let Some(s) = &e.source {
                links.push(format!("source {}", esc(s)));
            }
            if e.withheld {
                links.push("source withheld".to_string());
            }
            let _ = writeln!(
                h,
                "<li><span class=\"stance\" style=\"color:{}\">{}</span>: {} <span class=\"small\">{}{}· added {} by {}</span></li>",
                match e.stance {
                    crate::model::Stance::Supports => color(Status::Verified),
                    crate::model::Stance::Refutes => color(Status::Refuted),
                    crate::model::Stance::Context => "#5b6475",
                },
                e.stance.as_str(),
                esc(&e.summary),
                links.join(" · "),
                if links.is_empty() { "" } else { " " },
                e.added.format("%Y-%m-%d"),
                esc(&e.by)
            );
        }
        h.push_str("</ul>\n");
    }
    if !c.responses.is_empty() {
        h.push_str("<h4>Responses</h4>\n<ul class=\"items responses\">\n");
        for r in &c.responses {
            let date = r.date.map(|d| format!(", {d}")).unwrap_or_default();
            let quote = r
                .quote
                .as_deref()
                .map(|q| format!(": “{}”", esc(q)))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<li><strong>{}</strong> <span class=\"small\">({}{date})</span>{quote}</li>",
                esc(&r.party),
                r.kind.as_str()
            );
        }
        h.push_str("</ul>\n");
    }
    if !c.history.is_empty() {
        let _ = writeln!(
            h,
            "<details><summary>History ({})</summary>\n<ol class=\"history\">",
            plural(c.history.len(), "revision", "revisions")
        );
        for r in &c.history {
            let _ = write!(
                h,
                "<li value=\"{}\">{} · {} · <strong>{}</strong>",
                r.rev,
                r.at.format("%Y-%m-%d %H:%M UTC"),
                esc(&r.by),
                esc(&r.action)
            );
            if let Some(n) = &r.note {
                let _ = write!(h, " — {}", esc(n));
            }
            h.push_str("<ul>");
            for (field, change) in r.changes.iter() {
                let _ = write!(
                    h,
                    "<li>{}</li>",
                    esc(&crate::render::claim::change_line(field, change))
                );
            }
            h.push_str("</ul></li>\n");
        }
        h.push_str("</ol>\n</details>\n");
    }
    h.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
