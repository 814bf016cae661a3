//! The verification report in each output format. Each renderer returns the whole text.

pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

use crate::model::{Claim, Source};
use crate::report::Report;

/// The article a claim quotes, as a short label: its title, else its id, and the revision.
pub fn source_label(report: &Report, c: &Claim) -> String {
    let title = report
        .source(&c.source.id)
        .and_then(|s| s.title.clone())
        .filter(|t| !t.trim().is_empty());
    let rev = report.rev_of(c);
    match title {
        Some(t) => format!("{t} ({} r{rev})", c.source.id),
        None => format!("{} r{rev}", c.source.id),
    }
}

/// The web address of a source, when it has one that can be followed.
pub fn source_url(source: Option<&Source>) -> Option<&str> {
    source
        .and_then(|s| s.url.as_deref())
        .filter(|u| crate::model::rules::url_problem(u).is_none())
}

/// A link that may be followed from a published page: http(s) only.
pub fn safe_url(url: Option<&str>) -> Option<&str> {
    url.filter(|u| crate::model::rules::url_problem(u).is_none())
}

pub(crate) use crate::model::plural::count as plural;

/// The report's title line.
pub fn title(report: &Report) -> String {
    format!(
        "Verification report, {}",
        report.generated.format("%Y-%m-%d %H:%M UTC")
    )
}

/// Who made the claim, with role and intermediaries:
/// `Andrei Denisov, Russian Ambassador to China, via Tass`.
pub fn attribution(c: &Claim) -> String {
    let a = &c.attribution;
    let mut s = a
        .speaker
        .clone()
        .unwrap_or_else(|| "(the outlet)".to_string());
    if let Some(role) = a.role.as_deref().filter(|r| !r.trim().is_empty()) {
        s.push_str(", ");
        s.push_str(role);
        if !a.via.is_empty() {
            s.push(',');
        }
    }
    if !a.via.is_empty() {
        s.push_str(" via ");
        s.push_str(&a.via.join(" via "));
    }
    s
}
