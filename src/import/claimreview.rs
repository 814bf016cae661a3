//! schema.org ClaimReview JSON-LD: a single object, a list, an `@graph`, or one JSON value a line.
//!
//! Every object typed `ClaimReview` is a record, wherever it sits (inside a
//! data feed, a wrapper, a graph). The publisher's label (`alternateName`)
//! is kept as `rating` and mapped to a status; a numeric `ratingValue` on
//! its `worstRating`..`bestRating` scale decides when the label says nothing
//! we know.

use serde_json::Value;

use super::{label, line_of, parse_date, Draft, Parsed, RecordError, Skip};
use crate::error::{Error, Result};
use crate::model::Status;

/// Read every ClaimReview in `body`.
pub fn parse(body: &str) -> Result<Parsed> {
    // Regions of the text and the JSON value each holds.
    let mut docs: Vec<((usize, usize), Value)> = Vec::new();
    match serde_json::from_str::<Value>(body) {
        Ok(v) => docs.push(((0, body.len()), v)),
        Err(whole) => {
            let mut offset = 0;
            let mut errors = Vec::new();
            for (i, raw) in body.split_inclusive('\n').enumerate() {
                let start = offset;
                offset += raw.len();
                if raw.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Value>(raw) {
                    Ok(v) => docs.push(((start, start + raw.len()), v)),
                    Err(e) => errors.push((i + 1, e)),
                }
            }
            if docs.is_empty() || !errors.is_empty() && docs.len() < 2 {
                return Err(Error::invalid(format!(
                    "line {}, column {}: not JSON: {}",
                    whole.line(),
                    whole.column(),
                    strip_place(&whole.to_string())
                )));
            }
            if let Some((line, e)) = errors.first() {
                return Err(Error::invalid(format!(
                    "line {line}: not JSON (the file looks like one JSON value a line): {}",
                    strip_place(&e.to_string())
                )));
            }
        }
    }
    let mut out = Parsed::default();
    let mut publishers: Vec<String> = Vec::new();
    for ((start, end), doc) in &docs {
        let mut records = Vec::new();
        collect(doc, &mut records, 0);
        let mut cursor = *start;
        for (n, r) in records.into_iter().enumerate() {
            match record(body, r, (cursor, *end)) {
                Ok((d, publisher)) => {
                    cursor = d.quote.1;
                    if let Some(p) = publisher {
                        if !publishers.contains(&p) {
                            publishers.push(p);
                        }
                    }
                    out.drafts.push(d);
                }
                Err(message) => out.errors.push(RecordError {
                    line: line_of(body, cursor),
                    message: format!("ClaimReview {} here: {message}", n + 1),
                }),
            }
        }
    }
    if out.drafts.is_empty() && out.errors.is_empty() {
        return Err(Error::invalid(
            "no ClaimReview found: expected objects with \"@type\": \"ClaimReview\" (alone, in a list, in an @graph, or one JSON value a line)",
        ));
    }
    out.outlet = match publishers.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    Ok(out)
}

fn strip_place(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn is_claim_review(v: &Value) -> bool {
    let ty = |t: &Value| {
        t.as_str().is_some_and(|s| {
            s == "ClaimReview" || s.ends_with(":ClaimReview") || s.ends_with("/ClaimReview")
        })
    };
    match v.get("@type") {
        Some(Value::Array(ts)) => ts.iter().any(ty),
        Some(t) => ty(t),
        None => v.get("claimReviewed").is_some() && v.get("reviewRating").is_some(),
    }
}

/// Every ClaimReview object inside `v`, in document order.
fn collect<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 64 {
        return;
    }
    match v {
        Value::Object(map) if is_claim_review(v) => {
            let _ = map;
            out.push(v);
        }
        Value::Object(map) => {
            for child in map.values() {
                collect(child, out, depth + 1);
            }
        }
        Value::Array(items) => {
            for child in items {
                collect(child, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// A text value: a string, the first string of a list, or a number.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => items.iter().find_map(|i| text(Some(i))),
        _ => None,
    }
}

/// A name: a string, an object's `name`, or the names of a list joined.
fn name(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(_) => text(v?.get("name")),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(|i| name(Some(i))).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
}

fn record(body: &str, r: &Value, region: (usize, usize)) -> Result<(Draft, Option<String>), Skip> {
    let raw_statement =
        text(r.get("claimReviewed")).ok_or("it has no claimReviewed (the claim's text)")?;
    let statement = decode_entities(&raw_statement);
    let quote = find_raw(body, region, &raw_statement)
        .ok_or("its claimReviewed cannot be found in the file's text")?;
    let mut d = Draft::new(line_of(body, quote.0), statement, quote);
    let rating = r.get("reviewRating");
    let label_text = rating
        .and_then(|x| text(x.get("alternateName")))
        .map(|s| decode_entities(&s));
    let value = rating.and_then(|x| number(x.get("ratingValue")));
    let best = rating
        .and_then(|x| number(x.get("bestRating")))
        .unwrap_or(5.0);
    let worst = rating
        .and_then(|x| number(x.get("worstRating")))
        .unwrap_or(1.0);
    let from_label = label_text.as_deref().and_then(label::status_for);
    let from_value = value.and_then(|v| label::status_for_value(v, worst, best));
    d.status = from_label.or(from_value).unwrap_or(Status::Unverified);
    let is_status_name = label_text
        .as_deref()
        .is_some_and(|l| Status::parse(l.trim()).is_some());
    d.rating = if is_status_name {
        None
    } else {
        label_text
            .clone()
            .or_else(|| rating.and_then(|x| text(x.get("ratingValue"))))
    };
    if rating.is_none() {
        return Err("it has no reviewRating".into());
    }
    let item = r.get("itemReviewed");
    d.speaker = item.and_then(|i| name(i.get("author")));
    d.role = item
        .and_then(|i| i.get("author"))
        .and_then(|a| text(a.get("jobTitle")));
    d.claimed = item
        .and_then(|i| text(i.get("datePublished")))
        .and_then(|t| parse_date(&t));
    d.conclusion = text(r.get("reviewBody"));
    let publisher = name(r.get("author"));
    let url = text(r.get("url"));
    d.evidence_url = url.clone();
    let shown = label_text.clone().or_else(|| d.rating.clone());
    d.evidence_summary = Some(match (&publisher, &shown) {
        (Some(p), Some(l)) => format!("{p} rated this {l}"),
        (None, Some(l)) => format!("Rated {l}"),
        (Some(p), None) => format!("Reviewed by {p}"),
        (None, None) => "Reviewed in the imported ClaimReview".into(),
    });
    let mut note = Vec::new();
    if let Some(date) = text(r.get("datePublished")) {
        note.push(format!("Review published {date}."));
    }
    if let Some(u) = &url {
        note.push(format!("Review: {u}"));
    }
    let appearance = item.and_then(|i| {
        i.get("appearance")
            .or_else(|| i.get("firstAppearance"))
            .and_then(|a| {
                text(a.get("url")).or_else(|| {
                    a.as_array()
                        .and_then(|l| l.iter().find_map(|x| text(x.get("url"))))
                })
            })
            .or_else(|| text(i.get("url")))
    });
    if let Some(a) = appearance {
        note.push(format!("Appeared at {a}"));
    }
    if d.status == Status::Unverified {
        note.push(format!(
            "The rating {} was not mapped to a status; the claim is left unverified.",
            shown
                .as_deref()
                .map_or("(none)".to_string(), |s| format!("\"{s}\""))
        ));
    }
    d.note = Some(note.join("\n")).filter(|n| !n.is_empty());
    Ok((d, publisher))
}

/// Where a JSON string stands in the raw text: as is, JSON-escaped, or the
/// raw string after the `claimReviewed` key.
fn find_raw(body: &str, (start, end): (usize, usize), s: &str) -> Option<(usize, usize)> {
    let region = body.get(start..end)?;
    let escaped = serde_json::to_string(s).ok()?;
    let escaped = &escaped[1..escaped.len() - 1];
    let slash = escaped.replace('/', "\\/");
    for needle in [s, escaped, slash.as_str()] {
        if let Some(i) = region.find(needle) {
            return Some((start + i, start + i + needle.len()));
        }
    }
    // Escapes we do not write ourselves (\u00e9 …): take the raw string token.
    let key = region.find("\"claimReviewed\"")?;
    let after = &region[key + "\"claimReviewed\"".len()..];
    let open = after.find('"')?;
    let token_start = key + "\"claimReviewed\"".len() + open + 1;
    let bytes = region.as_bytes();
    let mut i = token_start;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    (i > token_start && i <= region.len())
        .then_some((start + token_start, start + i.min(region.len())))
}

/// Decode the HTML entities publishers leave in their text (`&#039;`, `&amp;` …).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "nbsp" => Some(' '),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_list_and_graph_shapes() {
        let one = r#"{"@type":"ClaimReview","claimReviewed":"The moon is cheese","reviewRating":{"ratingValue":"1","bestRating":"5","worstRating":"1","alternateName":"Pants on Fire"},"author":{"name":"Checks"},"url":"https://checks.example/1","itemReviewed":{"@type":"Claim","author":{"name":"Bob"},"datePublished":"2022-09-07T10:00:00Z"}}"#;
        let p = parse(one).unwrap();
        assert_eq!(p.drafts.len(), 1);
        let d = &p.drafts[0];
        assert_eq!(d.status, Status::Refuted);
        assert_eq!(d.rating.as_deref(), Some("Pants on Fire"));
        assert_eq!(d.speaker.as_deref(), Some("Bob"));
        assert_eq!(d.claimed, chrono::NaiveDate::from_ymd_opt(2022, 9, 7));
        assert_eq!(&one[d.quote.0..d.quote.1], "The moon is cheese");
        let list = format!("[{one}, {}]", one.replace("cheese", "rock"));
        assert_eq!(parse(&list).unwrap().drafts.len(), 2);
        let graph = format!(r#"{{"@context":"https://schema.org","@graph":[{one}]}}"#);
        assert_eq!(parse(&graph).unwrap().drafts.len(), 1);
    }

    #[test]
    fn numbers_decide_when_the_label_is_unknown_and_status_names_are_not_ratings() {
        let r = r#"[{"@type":"ClaimReview","claimReviewed":"A","reviewRating":{"ratingValue":5,"alternateName":"Zebra"}},
                   {"@type":"ClaimReview","claimReviewed":"B","reviewRating":{"ratingValue":3,"alternateName":"mixed"}},
                   {"@type":"ClaimReview","claimReviewed":"C \"q\" \u00e9"}]"#;
        let p = parse(r).unwrap();
        assert_eq!(p.drafts[0].status, Status::Verified);
        assert_eq!(p.drafts[0].rating.as_deref(), Some("Zebra"));
        assert_eq!(p.drafts[1].status, Status::Mixed);
        assert_eq!(p.drafts[1].rating, None);
        assert_eq!(p.errors.len(), 1);
        assert!(parse("{\"a\": 1}").is_err());
        assert!(parse("{not json").is_err());
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("it&#039;s &amp; &#x41;&bogus;"),
            "it's & A&bogus;"
        );
    }
}
