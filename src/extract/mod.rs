//! Proposing the check-worthy claims of an article, already attributed: pure
//! functions over its text and publication date, no I/O.
//!
//! The way through: sentences and paragraphs (`sentences`), words (`tokens`),
//! who says it (`attribution`, with the people an article names in `names`),
//! hedges and answers (`hedges`), time expressions (`dates`, `calendar`), and
//! a check-worthiness score (`score`). The word lists are in `lexicon`;
//! `eval` measures the result against hand-labelled articles.

pub mod attribution;
pub mod calendar;
pub mod dates;
pub mod eval;
pub mod hedges;
pub mod lexicon;
pub mod names;
pub mod score;
pub mod sentences;
pub mod tokens;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Kind, ResponseKind};
use attribution::People;
use dates::TimeExpr;
use tokens::Token;

/// Candidates at or above this score are proposed unless `--min-score` says otherwise.
pub const DEFAULT_MIN_SCORE: f64 = 0.5;

/// A sentence proposed as a claim, with everything the desk needs to log it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Its number among the article's sentences, from 1.
    pub sentence: usize,
    pub score: f64,
    /// Why it scored as it did, in a few words.
    pub why: Vec<&'static str>,
    /// The sentence as it stands in the article.
    pub quote: String,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub via: Vec<String>,
    pub kind: Kind,
    /// The words that attribute it ("said", "according to").
    pub cue: Option<String>,
    pub hedge: Option<String>,
    pub dates: Vec<TimeExpr>,
    pub claimed: Option<NaiveDate>,
    pub check_after: Option<NaiveDate>,
    /// Answers of the people concerned, found in later sentences.
    pub responses: Vec<ProposedResponse>,
}

/// What a party concerned said when asked, found in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposedResponse {
    pub party: String,
    pub kind: ResponseKind,
    /// Their words (the quoted part, else the sentence).
    pub quote: String,
    pub date: Option<NaiveDate>,
    /// The sentence it was found in, and its number.
    pub sentence_text: String,
    pub sentence: usize,
}

/// Everything proposed for one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub candidates: Vec<Candidate>,
    /// Answers found with no earlier claim to attach them to.
    pub unattached: Vec<ProposedResponse>,
    /// What the reader should know about how the text was read.
    pub notes: Vec<String>,
    pub sentences: usize,
}

/// One sentence after reading, before it becomes a candidate or a response.
struct Read<'a> {
    /// Its number among the article's sentences, from 1.
    number: usize,
    start: usize,
    end: usize,
    paragraph: usize,
    tokens: Vec<Token<'a>>,
    found: attribution::Found,
    quoted_share: f64,
    quoted_words: usize,
    hedge: Option<String>,
    response: Option<(ResponseKind, usize)>,
    dates: Vec<TimeExpr>,
    future: bool,
    headline: bool,
}

/// Propose the claims of `text`, reading time expressions against `published`.
/// Never panics, and takes time linear in the length of the text.
pub fn extract(text: &str, published: Option<NaiveDate>) -> Extraction {
    let mut sentences = sentences::split(text);
    // A line on its own is a headline only above something else.
    if let [only] = sentences.as_mut_slice() {
        only.headline = false;
    }
    let mut out = Extraction {
        sentences: sentences.len(),
        ..Extraction::default()
    };
    if sentences.is_empty() {
        out.notes.push("the text has no words".into());
        return out;
    }
    let mut html = 0;
    let mut people = People::default();
    let mut counts = Counts::default();
    // The speaker of a quotation left open at the end of a paragraph: by
    // custom it goes on in the next one, which opens with a quotation mark.
    let mut open_quote: Option<attribution::Found> = None;
    let mut p = 0;
    // One paragraph at a time, so that memory stays with the paragraph.
    while p < sentences.len() {
        let para = sentences[p].paragraph;
        let q = p + sentences[p..]
            .iter()
            .take_while(|s| s.paragraph == para)
            .count();
        let ends: Vec<usize> = sentences[p..q].iter().map(|s| s.end).collect();
        let quoted =
            sentences::quoted_ranges(text, sentences[p].start, sentences[q - 1].end, &ends);
        let mut reads: Vec<Read> = Vec::with_capacity(q - p);
        for (k, s) in sentences[p..q].iter().enumerate() {
            let tokens = tokens::tokenize(text, s.start, s.end, &quoted, &mut html);
            let lows = tokens::lows(&tokens);
            let found = attribution::attribute(text, &tokens, &lows, &mut people);
            if !found.person {
                people.observe(text, &tokens);
            } else {
                let last = people.last;
                people.observe(text, &tokens);
                people.last = last;
            }
            let words = tokens.iter().filter(|t| t.is_word()).count();
            let quoted_words = tokens.iter().filter(|t| t.is_word() && t.quoted).count();
            counts.words += words;
            counts.english += tokens
                .iter()
                .filter(|t| {
                    matches!(
                        t.low(),
                        "the" | "of" | "and" | "to" | "in" | "is" | "that" | "said" | "a"
                    )
                })
                .count();
            let future = dates::is_future(&tokens);
            let dates = dates::find(text, &tokens, published, future);
            counts.relative += dates.iter().filter(|d| d.relative).count();
            reads.push(Read {
                number: p + k + 1,
                start: s.start,
                end: s.end,
                paragraph: s.paragraph,
                hedge: hedges::find(text, &tokens, &lows),
                response: hedges::response(&tokens, &lows),
                quoted_share: if words == 0 {
                    0.0
                } else {
                    quoted_words as f64 / words as f64
                },
                quoted_words,
                tokens,
                found,
                dates,
                future,
                headline: s.headline,
            });
        }
        borrow_quoted_speakers(&mut reads, open_quote.take().as_ref());
        let para_end = sentences[q - 1].end;
        let left_open = quoted.last().is_some_and(|&(_, e)| {
            e == para_end && !text[..e].ends_with(['\u{201D}', '"', '\u{BB}', '\u{300D}'])
        });
        if left_open {
            open_quote = reads
                .iter()
                .rev()
                .find(|r| r.found.speaker.is_some())
                .map(|r| r.found.clone());
        }
        build(text, published, &reads, &mut out);
        p = q;
    }
    notes(text, &sentences, &counts, html, published, &mut out);
    out
}

/// What the notes are made from, counted on the way.
#[derive(Debug, Default)]
struct Counts {
    words: usize,
    english: usize,
    relative: usize,
}

/// A quotation with no attribution of its own takes the speaker of the
/// sentence that attributes it, next in the paragraph or just before, or of
/// the quotation the previous paragraph left open.
fn borrow_quoted_speakers(reads: &mut [Read], open_quote: Option<&attribution::Found>) {
    for k in 0..reads.len() {
        if reads[k].found.speaker.is_some() || reads[k].quoted_share < 0.5 {
            continue;
        }
        let para = reads[k].paragraph;
        let next = reads
            .get(k + 1)
            .filter(|r| r.paragraph == para && r.found.speaker.is_some());
        let prev = k
            .checked_sub(1)
            .and_then(|j| reads.get(j))
            .filter(|r| r.paragraph == para && r.found.speaker.is_some() && r.quoted_words > 0);
        let from = next.or(prev).map(|r| &r.found).or(open_quote);
        if let Some(from) = from {
            let mut found = from.clone();
            found.cue = Some("quotation".into());
            found.cue_at = None;
            reads[k].found = found;
        }
    }
}

fn build(text: &str, published: Option<NaiveDate>, reads: &[Read], out: &mut Extraction) {
    for r in reads {
        let number = r.number;
        if !r.tokens.iter().any(Token::is_word) {
            continue;
        }
        let sentence_text = text[r.start..r.end].to_string();
        if let Some((kind, at)) = r.response {
            let party = match &r.found.speaker {
                Some(s) => party_of(s, r.found.role.as_deref()),
                None => {
                    let mut scratch = People::default();
                    attribution::speaker_before(text, &r.tokens, at, &mut scratch)
                        .map(|(s, role)| party_of(&s, role.as_deref()))
                        .unwrap_or_else(|| "unnamed".to_string())
                }
            };
            let response = ProposedResponse {
                party,
                kind,
                quote: quoted_words(text, &r.tokens).unwrap_or_else(|| collapse(&sentence_text)),
                date: claimed_date(r, published),
                sentence_text: collapse(&sentence_text),
                sentence: number,
            };
            match answered(&r.tokens, number, &out.candidates) {
                Some(c) => out.candidates[c].responses.push(response),
                None => out.unattached.push(response),
            }
            continue;
        }
        if hedges::is_back_reference(&r.tokens) && r.hedge.is_some() {
            if let Some(prev) = out.candidates.last_mut() {
                let h = r.hedge.clone().unwrap_or_default();
                let was_hedged = prev.hedge.is_some();
                prev.hedge = Some(match prev.hedge.take() {
                    Some(old) => format!("{old}; {h}"),
                    None => h,
                });
                if !was_hedged {
                    prev.score =
                        ((prev.score + score::HEDGE_WEIGHT).min(1.0) * 100.0).round() / 100.0;
                    prev.why.push("hedged");
                }
                continue;
            }
        }
        let f = &r.found;
        let kind = match (&f.speaker, f.person || f.named) {
            (None, _) => Kind::Outlet,
            (Some(_), true) if r.quoted_share >= 0.4 && r.quoted_words >= 4 => Kind::DirectQuote,
            (Some(_), true) if f.person => Kind::Paraphrase,
            _ => Kind::Reported,
        };
        let check_after = if r.future {
            r.dates
                .iter()
                .filter_map(|d| d.to)
                .filter(|t| published.is_none_or(|p| *t > p))
                .max()
        } else {
            None
        };
        let signals = score::Signals {
            attributed: f.speaker.is_some(),
            dates: !r.dates.is_empty(),
            future: r.future,
            hedged: r.hedge.is_some(),
            headline: r.headline,
        };
        let (score, why) = score::score(&r.tokens, &signals);
        out.candidates.push(Candidate {
            sentence: number,
            score,
            why,
            quote: sentence_text,
            start: r.start,
            end: r.end,
            speaker: f.speaker.clone(),
            role: f.role.clone(),
            via: f.via.clone(),
            kind,
            cue: f.cue.clone(),
            hedge: r.hedge.clone(),
            dates: r.dates.clone(),
            claimed: claimed_date(r, published),
            check_after,
            responses: Vec::new(),
        });
    }
}

fn party_of(name: &str, role: Option<&str>) -> String {
    match role {
        Some(r) if !r.is_empty() => format!("{name} ({r})"),
        _ => name.to_string(),
    }
}

/// When the claim was made: the day named next to its cue ("said on
/// Wednesday"), else the publication date.
fn claimed_date(r: &Read, published: Option<NaiveDate>) -> Option<NaiveDate> {
    if let Some(at) = r.found.cue_at.or_else(|| r.response.map(|x| x.1)) {
        let cue_start = r.tokens.get(at).map_or(0, |t| t.start);
        let near = r.tokens.get(at + 10).map_or(r.end, |t| t.end);
        let day = r.dates.iter().find(|d| {
            d.start >= cue_start
                && d.start <= near
                && d.from.is_some()
                && d.from == d.to
                && published.is_none_or(|p| d.to <= Some(p))
        });
        if let Some(d) = day {
            return d.from;
        }
    }
    published
}

/// The text inside quotation marks in a sentence, if any.
fn quoted_words(text: &str, tokens: &[Token]) -> Option<String> {
    let first = tokens.iter().position(|t| t.quoted && t.is_word())?;
    let last = tokens.iter().rposition(|t| t.quoted && t.is_word())?;
    let mut end = tokens[last].end;
    if let Some(t) = tokens
        .get(last + 1)
        .filter(|t| matches!(t.text, "." | "!" | "?" | ","))
    {
        end = t.end;
    }
    Some(
        collapse(&text[tokens[first].start..end])
            .trim_end_matches(',')
            .to_string(),
    )
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const STOP: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "would",
    "said",
    "their",
    "there",
    "about",
    "which",
    "when",
    "what",
    "they",
    "them",
    "after",
    "before",
    "whether",
    "comment",
    "request",
    "asked",
    "question",
    "respond",
    "declined",
    "denied",
    "could",
];

/// Content words of a sentence, for matching an answer to its claim.
fn content(tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.is_word() && t.lower.chars().count() >= 4 && !STOP.contains(&t.base()))
        .map(|t| t.base().to_string())
        .collect()
}

/// Content words of a text, for matching an answer to its claim.
fn content_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .map(|w| {
            let w = w.to_lowercase().replace('\u{2019}', "'");
            w.strip_suffix("'s").map(str::to_string).unwrap_or(w)
        })
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()))
        .collect()
}

/// The candidate an answer in sentence `number` answers: the nearest earlier
/// claim, preferring hedged or reported ones and those that share its words.
fn answered(tokens: &[Token], number: usize, candidates: &[Candidate]) -> Option<usize> {
    let words = content(tokens);
    let mut best: Option<(f64, usize)> = None;
    let lower = candidates.len().saturating_sub(12);
    for (ci, c) in candidates.iter().enumerate().skip(lower) {
        if c.score < 0.4 || c.sentence >= number {
            continue;
        }
        let theirs = content_of(&c.quote);
        let shared = words.iter().filter(|w| theirs.contains(w)).count() as f64;
        let distance = (number - c.sentence) as f64;
        // An answer usually follows the claim it answers, and is sought for
        // the unconfirmed ones.
        let mut s = 0.5 * shared + 2.0 / distance;
        if c.hedge.is_some() {
            s += 1.5;
        }
        if c.kind == Kind::Reported {
            s += 0.5;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, ci));
        }
    }
    best.map(|(_, i)| i)
}

fn notes(
    text: &str,
    sentences: &[sentences::Sentence],
    counts: &Counts,
    html: usize,
    published: Option<NaiveDate>,
    out: &mut Extraction,
) {
    let cut = sentences.iter().filter(|s| s.cut).count();
    if cut > 0 {
        out.notes.push(format!(
            "{cut} passage(s) ran past {} bytes without a sentence ending and were cut at a space",
            sentences::MAX_SENTENCE_BYTES
        ));
    }
    if html > 0 {
        out.notes.push(format!(
            "the text holds {html} HTML tag(s) or entities, which were skipped; an HTML file given to `claimtrack source add` is reduced to text"
        ));
    }
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if other > latin {
        out.notes.push("most of the text is not in the Latin script; the rules read English news and find little else".into());
    } else if latin > 200 && counts.words > 0 && counts.english * 100 < counts.words * 5 {
        out.notes.push(
            "the text does not look like English; the rules read English news and may miss claims"
                .into(),
        );
    }
    if published.is_none() && counts.relative > 0 {
        out.notes.push(format!(
            "the source has no publication date, so {} relative time expression(s) (\"next week\", \"on Wednesday\" …) are left unresolved and no claimed date is proposed",
            counts.relative
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_is_handled_without_panic() {
        for text in [
            "",
            " ",
            "\u{201C}",
            "\"\"\"",
            "...",
            "a.b.c. d. E.",
            "Mr.",
            "<p><b>",
            "&amp;",
            "in over the next",
            "on September 31 and 99, 2022",
            "said said said , , said",
            "\u{201C}x\u{201D} said ,",
            "According to",
            "the end of",
            "\u{0301}\u{200B}\u{FEFF}",
            "He said. She said. It was claimed by.",
            "Sen. Dr. Prof. V. S.",
            "in 9999999999999999999999 days",
            "over 1e308 years",
        ] {
            let _ = extract(text, NaiveDate::from_ymd_opt(2022, 9, 7));
            let _ = extract(text, None);
        }
    }

    /// Random text from pieces that stress the rules: quotes, stops,
    /// capitals, numbers, dates, cues, tags and other scripts.
    #[test]
    fn random_text_never_panics() {
        const PIECES: &[&str] = &[
            "said",
            "according to",
            " ",
            "\n",
            "\n\n",
            ".",
            ". ",
            "\u{201C}",
            "\u{201D}",
            "\"",
            ",",
            "Mr.",
            "U.S.",
            "Denisov",
            "Andrei",
            "the",
            "next week",
            "on",
            "September",
            "15",
            "and",
            "16",
            "in",
            "over",
            "two",
            "years",
            "ago",
            "reportedly",
            "declined to comment",
            "<p>",
            "&amp;",
            "\u{4eca}\u{5929}",
            "\u{3002}",
            "?",
            "$4",
            "%",
            "\u{2019}s",
            "V.",
            "who",
            "denied the report",
            "the end of",
            "a little less than",
            "Tass",
            "as cited by",
            "-",
            "\u{2014}",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let x = extract(&text, NaiveDate::from_ymd_opt(2022, 9, 7));
            for c in &x.candidates {
                assert_eq!(&text[c.start..c.end], c.quote);
                assert!((0.0..=1.0).contains(&c.score));
            }
            let _ = extract(&text, None);
            let _ = extract(&text, Some(NaiveDate::MIN));
            let _ = extract(&text, Some(NaiveDate::MAX));
        }
    }

    #[test]
    fn a_quotation_goes_on_across_paragraphs() {
        let text = "\u{201C}We will cut the deficit by half,\u{201D} Mayor Karen Holt said. \u{201C}It will take three years.\n\n\u{201C}Nobody else has a plan that adds up to $40 million.\u{201D}\n\nThe council meets on Monday.";
        let x = extract(text, NaiveDate::from_ymd_opt(2024, 3, 14));
        let plan = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("adds up"))
            .unwrap();
        assert_eq!(plan.speaker.as_deref(), Some("Karen Holt"));
        assert_eq!(plan.kind, Kind::DirectQuote);
        let meets = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("meets"))
            .unwrap();
        assert_eq!(meets.speaker, None);
    }

    #[test]
    fn a_response_attaches_to_the_claim_it_answers() {
        let text = "It has been claimed by Russian media that Xi intends to visit Kazakhstan; however, these allegations have not been substantiated as of yet.\n\nMao Ning, a spokeswoman for the Chinese Ministry of Foreign Affairs, responded on Wednesday to a query concerning a trip by saying, \u{201C}On your question, I have nothing to contribute.\u{201D}";
        let x = extract(text, NaiveDate::from_ymd_opt(2022, 9, 7));
        assert_eq!(x.candidates.len(), 1);
        let c = &x.candidates[0];
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.speaker.as_deref(), Some("Russian media"));
        assert_eq!(c.responses.len(), 1);
        let r = &c.responses[0];
        assert_eq!(r.kind, ResponseKind::NonDenial);
        assert!(r.party.starts_with("Mao Ning"), "{}", r.party);
        assert_eq!(r.quote, "On your question, I have nothing to contribute.");
    }

    #[test]
    fn relative_dates_without_publication_date_are_noted() {
        let x = extract(
            "The council will vote on the plan next week, officials said.",
            None,
        );
        assert!(
            x.notes.iter().any(|n| n.contains("no publication date")),
            "{:?}",
            x.notes
        );
        assert_eq!(x.candidates[0].check_after, None);
    }
}
