//! `claimtrack extract`: propose the check-worthy claims of a stored article, and log them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::extract::{self, Candidate, Extraction, ProposedResponse, DEFAULT_MIN_SCORE};
use crate::model::{Attribution, Claim, Kind, Response, SourceRef, Status};
use crate::output::{note, print};
use crate::render::table::{truncate, Table};
use crate::store::{self, Store};
use crate::text;

/// Propose the check-worthy claims in a stored article, attributed and dated
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The source to read
    #[arg(value_name = "SOURCE-ID")]
    pub source: String,
    /// The source revision to read (default: the latest)
    #[arg(long, value_name = "REV")]
    pub rev: Option<u32>,
    /// Log the proposed claims as unverified, skipping those already logged
    #[arg(long)]
    pub write: bool,
    /// Propose only candidates scoring at least X, from 0 to 1
    #[arg(long, value_name = "SCORE", default_value_t = DEFAULT_MIN_SCORE, value_parser = parse_score)]
    pub min_score: f64,
    /// How to print the candidates
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Show (and with --write log) only these candidates, by the number
    /// shown as #N, whatever their score: --pick 1,4,7
    #[arg(long, value_name = "N,N,…", value_delimiter = ',', value_parser = parse_pick)]
    pub pick: Vec<usize>,
    /// Do not mark candidates that repeat a claim already logged
    #[arg(long)]
    pub no_similar: bool,
}

/// A candidate that says what a logged claim says.
#[derive(Debug, Serialize)]
struct Repeat {
    sentence: usize,
    id: String,
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating: Option<String>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Table,
    Yaml,
    Json,
}

fn parse_score(text: &str) -> Result<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|x| (0.0..=1.0).contains(x))
        .ok_or_else(|| {
            Error::invalid(format!(
                "`{text}` is not a score; give a number from 0 to 1, e.g. 0.5"
            ))
        })
}

fn parse_pick(text: &str) -> Result<usize> {
    let t = text.trim().trim_start_matches('#');
    t.parse::<usize>().ok().filter(|n| *n > 0).ok_or_else(|| {
        Error::invalid(format!(
            "`{text}` is not a candidate number; give the numbers shown as #N, e.g. --pick 1,4,7"
        ))
    })
}

/// What `--format yaml|json` prints.
#[derive(Debug, Serialize)]
struct Report<'a> {
    source: &'a str,
    rev: u32,
    published: Option<NaiveDate>,
    min_score: f64,
    sentences: usize,
    /// Candidates under the threshold, not shown.
    below_threshold: usize,
    candidates: Vec<&'a Candidate>,
    unattached_responses: &'a [ProposedResponse],
    notes: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    repeats: Vec<Repeat>,
}

pub(crate) fn run(app: &App, args: Args) -> Result<Exit> {
    let store = app.store()?;
    store::check_id(&args.source)?;
    let source = store.load_source(&args.source)?;
    let rev = args.rev.unwrap_or_else(|| source.latest_rev());
    let body = store.source_text(&source, rev)?;
    if !body.chars().any(char::is_alphanumeric) {
        let path = store.source_text_path(
            &source.id,
            source.revision(rev).map_or("", |r| r.file.as_str()),
        )?;
        return Err(Error::file(
            store.relative(&path),
            "has no words to read claims from (the article is empty)",
        ));
    }
    let x = extract::extract(&body, source.published);
    // A number picked that is no candidate is refused before anything is shown or written.
    if let Some(n) = args
        .pick
        .iter()
        .find(|n| !x.candidates.iter().any(|c| c.sentence == **n))
    {
        return Err(Error::invalid(format!(
            "#{n} is not a candidate in {} (revision {rev}), which has {} sentence(s)",
            source.id, x.sentences
        ))
        .hint(format!(
            "run `claimtrack extract {} --min-score 0` to see every candidate and its number",
            source.id
        )));
    }
    for n in &x.notes {
        note(&format!("note: {n}"));
    }
    // The page's own date stands in when the source has none.
    let published = source.published.or(x.published);
    let shown: Vec<&Candidate> = x
        .candidates
        .iter()
        .filter(|c| {
            if args.pick.is_empty() {
                c.score >= args.min_score
            } else {
                args.pick.contains(&c.sentence)
            }
        })
        .collect();
    let hidden = x.candidates.len() - shown.len();
    // Answers to claims not shown are shown on their own.
    let mut unattached: Vec<ProposedResponse> = x
        .candidates
        .iter()
        .filter(|c| !shown.iter().any(|s| s.sentence == c.sentence))
        .flat_map(|c| c.responses.iter().cloned())
        .collect();
    unattached.extend(x.unattached.iter().cloned());
    unattached.sort_by_key(|r| r.sentence);
    let mut index = None;
    let repeats: Vec<Repeat> = if args.no_similar || shown.is_empty() {
        Vec::new()
    } else {
        let statements: Vec<String> = shown.iter().map(|c| statement(c)).collect();
        let texts: Vec<&str> = statements.iter().map(String::as_str).collect();
        let (hits, pending) = super::search::repeats(store, &texts);
        index = Some(pending);
        hits.into_iter()
            .zip(&shown)
            .filter_map(|(hit, c)| {
                hit.map(|h| Repeat {
                    sentence: c.sentence,
                    id: h.meta.id,
                    status: h.meta.status,
                    rating: h.meta.rating,
                })
            })
            .collect()
    };
    match args.format {
        Format::Table => {
            let min = (args.pick.is_empty()).then_some(args.min_score);
            print(&table(app, &x, &shown, &unattached, hidden, min, &repeats))?;
        }
        Format::Yaml | Format::Json => {
            let report = Report {
                source: &source.id,
                rev,
                published,
                min_score: args.min_score,
                sentences: x.sentences,
                below_threshold: hidden,
                candidates: shown.clone(),
                unattached_responses: &unattached,
                notes: &x.notes,
                repeats,
            };
            let text = if args.format == Format::Json {
                crate::escape::json_for_html(
                    serde_json::to_string_pretty(&report)
                        .map_err(|e| Error::invalid(e.to_string()))?,
                ) + "\n"
            } else {
                crate::yaml::to_string(&report)?
            };
            print(&text)?;
        }
    }
    let exit = if args.write {
        let to_stderr = args.format != Format::Table;
        write(
            app,
            store,
            &source.id,
            (rev, source.revision(rev).and_then(|r| r.digest_to_record())),
            published,
            &body,
            &shown,
            to_stderr,
        )?
    } else {
        Exit::Success
    };
    if let Some(index) = index {
        super::search::commit(store, index);
    }
    Ok(exit)
}

fn table(
    app: &App,
    x: &Extraction,
    shown: &[&Candidate],
    unattached: &[ProposedResponse],
    hidden: usize,
    // The threshold, or None when the candidates were picked by number.
    min: Option<f64>,
    repeats: &[Repeat],
) -> String {
    let mut out = String::new();
    if shown.is_empty() {
        out.push_str(&format!(
            "no candidates at or above {} ({} sentence(s) read, {hidden} below)\n",
            min.unwrap_or_default(),
            x.sentences
        ));
    } else {
        let mut t = Table::new([
            "#",
            "SCORE",
            "KIND",
            "SPEAKER",
            "VIA",
            "HEDGE",
            "CHECK AFTER",
            "WHY",
        ]);
        for c in shown {
            t.row([
                format!("#{}", c.sentence),
                format!("{:.2}", c.score),
                c.kind.as_str().to_string(),
                truncate(c.speaker.as_deref().unwrap_or("-"), 24),
                truncate(&or_dash(&c.via.join(", ")), 12),
                truncate(c.hedge.as_deref().unwrap_or("-"), 20),
                c.check_after
                    .map_or_else(|| "-".to_string(), |d| d.to_string()),
                c.why.join(", "),
            ]);
        }
        // Each row, then its sentence and its dates on their own lines.
        let rendered = t.render(app.width(), app.painter());
        let mut lines = rendered.lines();
        if let Some(header) = lines.next() {
            out.push_str(header);
            out.push('\n');
        }
        let indent = "     ";
        let wrap = app.width().saturating_sub(indent.len()).max(30);
        for (row, c) in lines.zip(shown) {
            out.push_str(row);
            out.push('\n');
            for line in textwrap::wrap(
                &c.quote.split_whitespace().collect::<Vec<_>>().join(" "),
                wrap,
            ) {
                out.push_str(&format!("{indent}{}\n", app.painter().dim(&line)));
            }
            if let Some(r) = repeats.iter().find(|r| r.sentence == c.sentence) {
                let verdict = match &r.rating {
                    Some(rating) => format!("{}, {rating}", r.status),
                    None => r.status.clone(),
                };
                let line = format!("already logged as {} ({verdict})", r.id)
                    .replace(|ch: char| ch.is_control(), " ");
                out.push_str(&format!("{indent}{}\n", app.painter().bold(&line)));
            }
            if let Some(h) = c.hedge.as_deref().filter(|h| h.chars().count() > 20) {
                out.push_str(&format!("{indent}hedge: {h}\n"));
            }
            if !c.dates.is_empty() {
                let dates: Vec<String> = c
                    .dates
                    .iter()
                    .map(|d| {
                        format!(
                            "{} = {}",
                            d.text.split_whitespace().collect::<Vec<_>>().join(" "),
                            d.period()
                        )
                    })
                    .collect();
                out.push_str(&format!("{indent}dates: {}\n", dates.join("; ")));
            }
        }
    }
    let responses: Vec<(usize, &ProposedResponse)> = shown
        .iter()
        .flat_map(|c| c.responses.iter().map(move |r| (c.sentence, r)))
        .collect();
    if !responses.is_empty() || !unattached.is_empty() {
        out.push_str(&format!("\n{}\n", app.painter().bold("Responses")));
        for (to, r) in responses {
            out.push_str(&format!(
                "  #{} answers #{to}: {} ({}): {}\n",
                r.sentence,
                r.party,
                r.kind.as_str(),
                r.quote
            ));
        }
        for r in unattached {
            out.push_str(&format!(
                "  #{} answers no claim shown: {} ({}): {}\n",
                r.sentence,
                r.party,
                r.kind.as_str(),
                r.quote
            ));
        }
    }
    out.push_str(&match min {
        Some(min) => format!(
            "\n{} candidate(s) at or above {min}, {hidden} below; `--write` logs them\n",
            shown.len()
        ),
        None => format!(
            "\n{} candidate(s) picked, {hidden} not; `--write` logs them\n",
            shown.len()
        ),
    });
    out
}

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// The statement a candidate is logged with: its sentence on one line,
/// without a stray quotation mark at either end.
fn statement(c: &Candidate) -> String {
    let s = c.quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let marks = s
        .chars()
        .filter(|ch| matches!(text::fold_char(*ch), '"'))
        .count();
    if marks % 2 == 1 {
        let is_mark = |ch: char| text::fold_char(ch) == '"';
        s.trim_start_matches(is_mark)
            .trim_end_matches(is_mark)
            .trim()
            .to_string()
    } else {
        s
    }
}

fn response(r: &ProposedResponse) -> Response {
    Response {
        party: r.party.clone(),
        kind: r.kind,
        quote: Some(r.quote.clone()),
        date: r.date,
    }
}

/// Whether two quotes are the same passage: one holds the other.
fn same_passage(a: &str, b: &str) -> bool {
    let (a, b) = (text::fold_quote(a), text::fold_quote(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Whether two byte ranges of the text share at least half of the shorter.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    let shared = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let shorter = (a.1 - a.0).min(b.1 - b.0);
    shorter > 0 && shared * 2 >= shorter
}

#[allow(clippy::too_many_arguments)]
fn write(
    app: &App,
    store: &Store,
    source_id: &str,
    (rev, sha256): (u32, Option<String>),
    published: Option<NaiveDate>,
    body: &str,
    shown: &[&Candidate],
    to_stderr: bool,
) -> Result<Exit> {
    let mut lines = String::new();
    let mut problems = 0;
    let mut written = 0;
    let mut skipped = 0;
    let mut pending: Vec<(String, Response)> = Vec::new();
    {
        let lock = store.lock(&[])?;
        super::report_cleaned(store, &lock.cleaned);
        // Read under the lock, so that two runs do not both log a claim.
        let (mut existing, mut errors) = store.claims_quoting(source_id)?;
        // A claim file that cannot be read may already log one of these
        // candidates: log nothing rather than a duplicate of it.
        if !errors.is_empty() {
            let first = errors.remove(0);
            for e in &errors {
                note(&format!("error: {}", e.report()));
            }
            return Err(first.hint(
                "nothing was logged: a claim file that cannot be read may already hold one of these; fix it (`claimtrack check` lists every problem) and run extract --write again",
            ));
        }
        // Where each logged quote stands in this text, when it is found there:
        // a quote across two sentences still covers the candidates it overlaps.
        let mut places: Vec<Option<(usize, usize)>> = existing
            .iter()
            .map(|e| {
                text::anchor(body, &e.source.quote, &e.source.prefix, &e.source.suffix)
                    .map(|a| (a.start, a.end))
            })
            .collect();
        for c in shown {
            let logged = existing.iter().zip(&places).find(|(e, place)| {
                same_passage(&e.source.quote, &c.quote)
                    || place.is_some_and(|p| overlaps(p, (c.start, c.end)))
            });
            if let Some((old, _)) = logged {
                skipped += 1;
                lines.push_str(&format!(
                    "skipped #{}: already logged as {}\n",
                    c.sentence, old.id
                ));
                for r in &c.responses {
                    if !old
                        .responses
                        .iter()
                        .any(|o| o.party == r.party && o.kind == r.kind)
                    {
                        pending.push((old.id.clone(), response(r)));
                    }
                }
                continue;
            }
            if body.get(c.start..c.end) != Some(c.quote.as_str()) {
                note(&format!(
                    "error: #{} is not where it was found in the text; not logged",
                    c.sentence
                ));
                problems += 1;
                continue;
            }
            let (prefix, suffix) = text::context(body, c.start, c.end);
            let mut claim = Claim::blank(String::new());
            claim.statement = statement(c);
            claim.status = Status::Unverified;
            claim.source = SourceRef {
                id: source_id.to_string(),
                rev,
                sha256: sha256.clone(),
                quote: c.quote.clone(),
                prefix,
                suffix,
            };
            claim.attribution = Attribution {
                speaker: if c.kind == Kind::Outlet {
                    None
                } else {
                    c.speaker.clone()
                },
                role: if c.kind == Kind::Outlet {
                    None
                } else {
                    c.role.clone()
                },
                via: c.via.clone(),
                kind: c.kind,
            };
            claim.hedge = c.hedge.clone();
            claim.claimed = c.claimed.or(published);
            claim.check_after = c.check_after;
            claim.responses = c.responses.iter().map(response).collect();
            let why = format!(
                "proposed by `claimtrack extract` from sentence {} (score {:.2}: {})",
                c.sentence,
                c.score,
                c.why.join(", ")
            );
            let (claim, path) = super::add::log_claim(app, store, &lock, None, claim, Some(why))?;
            written += 1;
            lines.push_str(&format!(
                "logged {} (unverified, {}) from #{} → {}\n",
                claim.id,
                claim.attribution.kind.as_str(),
                c.sentence,
                store.relative(&path).display()
            ));
            existing.push(claim);
            places.push(Some((c.start, c.end)));
        }
    }
    // Answers to claims logged before: one revision each, outside the lock
    // taken above (change_claim takes its own).
    let mut answered = 0;
    for (id, r) in pending {
        let kind = r.kind;
        match super::change_claim(
            app,
            store,
            &id,
            "response",
            Some("proposed by `claimtrack extract`".into()),
            |c| {
                c.responses.push(r);
                Ok(())
            },
        ) {
            Ok(_) => {
                answered += 1;
                lines.push_str(&format!("recorded a {} response on {id}\n", kind.as_str()));
            }
            Err(e) => {
                note(&format!("error: {e}"));
                problems += 1;
            }
        }
    }
    lines.push_str(&format!(
        "wrote {written} claim(s), skipped {skipped} already logged{}\n",
        if answered > 0 {
            format!(", recorded {answered} response(s) on logged claims")
        } else {
            String::new()
        }
    ));
    if to_stderr {
        // Standard output holds the YAML or JSON for tools.
        note(lines.trim_end());
    } else {
        print(&lines)?;
    }
    Ok(if problems > 0 {
        Exit::Found
    } else {
        Exit::Success
    })
}
