//! One source for people: `source show`.

use crate::anchor::Flag;
use crate::model::{Claim, Source};

use super::table::Table;
use super::View;

/// A source, its revisions and the claims anchored there (`flags` holds
/// each claim's quote flag, in order).
pub(crate) fn show(
    source: &Source,
    claims: &[Claim],
    flags: &[Option<Flag>],
    view: &View,
) -> String {
    let p = view.painter;
    let mut out = String::new();
    out.push_str(&format!(
        "{}  {}\n",
        p.bold(&source.id),
        source.title.as_deref().unwrap_or("")
    ));
    let fields = [
        ("outlet", source.outlet.clone()),
        ("url", source.url.clone()),
        ("published", source.published.map(|d| d.to_string())),
        ("language", source.language.clone()),
    ];
    // When the article was last fetched; shown only for sources fetched from the web.
    let fetched = source
        .checked
        .map(|at| ("checked", Some(at.format("%Y-%m-%d %H:%M UTC").to_string())));
    for (name, value) in fields.into_iter().chain(fetched) {
        out.push_str(&format!(
            "  {:<10} {}\n",
            name,
            value.as_deref().unwrap_or("-")
        ));
    }
    out.push_str(&format!("\n{}\n", p.bold("Revisions")));
    let mut revs = Table::new(["REV", "FILE", "RETRIEVED", "SHA256"]);
    for r in &source.revisions {
        revs.row([
            format!("r{}", r.rev),
            r.file.clone(),
            r.retrieved.format("%Y-%m-%d %H:%M").to_string(),
            r.sha256.chars().take(16).collect(),
        ]);
    }
    out.push_str(&revs.render(view.width, p));
    out.push_str(&format!("\n{} ({})\n", p.bold("Claims"), claims.len()));
    if claims.is_empty() {
        out.push_str(&format!(
            "  none yet; log one with `claimtrack add \"STATEMENT\" --source {} --quote \"…\"`\n",
            source.id
        ));
    } else {
        out.push_str(&super::claims_table(claims, flags, view));
    }
    out
}
