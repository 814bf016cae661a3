//! The verdicts as schema.org ClaimReview JSON-LD, for search engines and fact-check indexes.
//!
//! Rating: with a rating scale in `claimtrack.yaml`, the label's place on it
//! (best = the scale's length, worst = 1). Without one, `verified` 5, `mixed`
//! 3, `refuted` 1 on a 1 (false) to 5 (true) scale; `unverifiable` has no
//! place on that scale, so its rating carries only `alternateName`.
//! `alternateName` is the claim's own `rating` when it has one, else the
//! status's label (`True`, `Mixed`, `False`, `Unverifiable`). The conclusion
//! is the `reviewBody`; corrections are `CorrectionComment`s.

use serde_json::{json, Map, Value};

use crate::model::{Claim, Kind, Status};
use std::io::Write;

use crate::report::{Claims, Part, Report};
use crate::store::Settings;

use super::source_url;

/// Google shows `claimReviewed` in full only up to this many characters.
pub const CLAIM_REVIEWED_MAX: usize = 75;
pub const BEST_RATING: u8 = 5;
pub const WORST_RATING: u8 = 1;

/// The number on the 1–5 scale for a verdict, if it has one.
pub fn rating_value(status: Status) -> Option<u8> {
    match status {
        Status::Verified => Some(5),
        Status::Mixed => Some(3),
        Status::Refuted => Some(1),
        Status::Unverifiable | Status::Unverified | Status::InReview => None,
    }
}

/// The label used when a claim has no `rating` of its own.
pub fn default_label(status: Status) -> &'static str {
    match status {
        Status::Verified => "True",
        Status::Mixed => "Mixed",
        Status::Refuted => "False",
        Status::Unverifiable => "Unverifiable",
        Status::Unverified => "Unverified",
        Status::InReview => "In review",
    }
}

/// The JSON-LD list, written to `w` a review at a time, and a warning for
/// every required or advised field that could not be filled.
pub fn render(
    report: &Report,
    claims: &dyn Claims,
    settings: &Settings,
    w: &mut dyn Write,
) -> std::io::Result<Vec<String>> {
    let mut warnings = Vec::new();
    let url_template = settings
        .review_url
        .as_deref()
        .filter(|t| !t.trim().is_empty());
    if report.verdict_count() > 0 {
        if settings.organization.is_none() {
            warnings.push(
                "claimtrack.yaml has no `organization`, so no review has an `author`\n  hint: add `organization: {name: …, url: …}` to claimtrack.yaml".to_string(),
            );
        }
        match url_template {
            None => warnings.push(
                "claimtrack.yaml has no `review_url`, so no review has the `url` Google requires\n  hint: add `review_url: https://…/claims/{id}` to claimtrack.yaml".to_string(),
            ),
            Some(t) if !t.contains("{id}") => warnings.push(format!(
                "review_url `{t}` has no `{{id}}`, so every review gets the same `url`"
            )),
            Some(t) if crate::model::rules::url_problem(&t.replace("{id}", "x")).is_some() => warnings.push(format!(
                "review_url `{t}` is not an http(s) URL"
            )),
            Some(_) => {}
        }
    }
    if report.verdict_count() == 0 {
        w.write_all(b"[]\n")?;
        return Ok(warnings);
    }
    let mut no_url: std::collections::BTreeMap<String, usize> = Default::default();
    // Each review comes as its JSON, then (after a NUL, which JSON text
    // never holds) its warning and the source it lacks a url from.
    w.write_all(b"[\n")?;
    let mut first = true;
    claims.render_each(
        Part::Verdicts,
        &|c| {
            let text = serde_json::to_string_pretty(&review(report, settings, url_template, c))
                .unwrap_or_default();
            let mut out = String::with_capacity(text.len() + text.len() / 8);
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str("  ");
                out.push_str(line);
            }
            let mut out = crate::escape::json_for_html(out);
            out.push('\0');
            let length = c.statement.chars().count();
            if length > CLAIM_REVIEWED_MAX {
                out.push_str(&format!(
                    "claim `{}`: claimReviewed is {length} characters; Google advises at most {CLAIM_REVIEWED_MAX}",
                    c.id
                ));
            }
            out.push('\0');
            if source_url(report.source(&c.source.id)).is_none() {
                out.push_str(&c.source.id);
            }
            out
        },
        &mut |s| {
            let mut parts = s.split('\0');
            let json = parts.next().unwrap_or_default();
            if let Some(warning) = parts.next().filter(|w| !w.is_empty()) {
                warnings.push(warning.to_string());
            }
            if let Some(source) = parts.next().filter(|s| !s.is_empty()) {
                *no_url.entry(source.to_string()).or_insert(0) += 1;
            }
            if !first {
                w.write_all(b",\n")?;
            }
            first = false;
            w.write_all(json.as_bytes())
        },
    )?;
    w.write_all(b"\n]\n")?;
    for (source, n) in no_url {
        warnings.push(format!(
            "source `{source}` has no url, so {} no itemReviewed.appearance\n  hint: add `url: https://…` to sources/{source}/source.yaml",
            super::plural(n, "review has", "reviews have")
        ));
    }
    Ok(warnings)
}

fn review(report: &Report, settings: &Settings, url_template: Option<&str>, c: &Claim) -> Value {
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!("ClaimReview"));
    if let Some(t) = url_template {
        m.insert("url".into(), json!(t.replace("{id}", &c.id)));
    }
    m.insert("claimReviewed".into(), json!(c.statement));
    let published = crate::report::verdict_revision(c)
        .map(|(at, _)| at)
        .or_else(|| c.last_change());
    if let Some(at) = published {
        m.insert(
            "datePublished".into(),
            json!(at.format("%Y-%m-%d").to_string()),
        );
    }
    if let Some(org) = &settings.organization {
        let mut a = Map::new();
        a.insert("@type".into(), json!("Organization"));
        a.insert("name".into(), json!(org.name));
        if let Some(u) = &org.url {
            a.insert("url".into(), json!(u));
        }
        m.insert("author".into(), Value::Object(a));
    }
    if let Some(body) = c.conclusion.as_deref().filter(|b| !b.trim().is_empty()) {
        m.insert("reviewBody".into(), json!(body));
    }
    let mut rating = Map::new();
    rating.insert("@type".into(), json!("Rating"));
    let scale = settings.scale();
    let place = c.rating.as_deref().and_then(|r| scale.place(r));
    if let Some(p) = place {
        rating.insert("ratingValue".into(), json!(p.value));
        rating.insert("bestRating".into(), json!(p.best));
        rating.insert("worstRating".into(), json!(p.worst));
    } else if let Some(v) = rating_value(c.status).filter(|_| scale.is_empty()) {
        rating.insert("ratingValue".into(), json!(v));
        rating.insert("bestRating".into(), json!(BEST_RATING));
        rating.insert("worstRating".into(), json!(WORST_RATING));
    }
    let label = c
        .rating
        .clone()
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| default_label(c.status).to_string());
    rating.insert("alternateName".into(), json!(label));
    m.insert("reviewRating".into(), Value::Object(rating));
    let corrections: Vec<Value> = report
        .corrections_of(&c.id)
        .map(|k| {
            let why = k
                .note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            json!({
                "@type": "CorrectionComment",
                "datePublished": k.at.format("%Y-%m-%d").to_string(),
                "text": format!("Verdict changed from {} to {}{why}", k.from, k.to),
            })
        })
        .collect();
    if !corrections.is_empty() {
        m.insert("correction".into(), Value::Array(corrections));
    }

    let source = report.source(&c.source.id);
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    let author = match (&c.attribution.speaker, c.attribution.kind) {
        (Some(s), Kind::Reported) => Some(("Organization", s.clone())),
        (Some(s), _) => Some(("Person", s.clone())),
        (None, _) => source
            .and_then(|s| s.outlet.clone())
            .map(|o| ("Organization", o)),
    };
    if let Some((kind, name)) = author {
        let mut a = Map::new();
        a.insert("@type".into(), json!(kind));
        a.insert("name".into(), json!(name));
        if let Some(role) = &c.attribution.role {
            a.insert("jobTitle".into(), json!(role));
        }
        item.insert("author".into(), Value::Object(a));
    }
    if let Some(d) = c.claimed.or_else(|| source.and_then(|s| s.published)) {
        item.insert("datePublished".into(), json!(d.to_string()));
    }
    if let Some(u) = source_url(source) {
        let mut a = Map::new();
        a.insert("@type".into(), json!("CreativeWork"));
        a.insert("url".into(), json!(u));
        if let Some(t) = source.and_then(|s| s.title.clone()) {
            a.insert("headline".into(), json!(t));
        }
        if let Some(o) = source.and_then(|s| s.outlet.clone()) {
            a.insert(
                "publisher".into(),
                json!({"@type": "Organization", "name": o}),
            );
        }
        item.insert("appearance".into(), Value::Object(a));
    }
    m.insert("itemReviewed".into(), Value::Object(item));
    Value::Object(m)
}
