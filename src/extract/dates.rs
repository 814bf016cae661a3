//! Time expressions ("next week", "September 15 and 16", "in February") as
//! calendar dates, relative to the article's publication date: where one
//! starts, the tense that points it forward or back, and durations. Those
//! read against the publication date are in `relative`, calendar words in
//! `calendar`.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use std::cell::Cell;
use std::sync::OnceLock;

use super::calendar::{
    add, calendar, day_of, decade_of, infer, is_month_word, month_end, month_of, number_of,
    unit_of, weekday_of, ymd, Found,
};
use super::lexicon::{AFTER_THE, PAST, TRIGGERS};
use super::relative::relative_span;
use super::tokens::{word_set, Token, WordSet};

/// A time expression found in a sentence and the period it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// The words as they stand in the article.
    pub text: String,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    /// First and last day of the period; None when it needs a publication
    /// date that the source does not have.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Whether it was read against the publication date.
    pub relative: bool,
    /// A length of time ("within three years", "over the next decade"),
    /// not a calendar date: it sets no `check_after`.
    #[serde(skip)]
    pub(crate) span: bool,
}

impl TimeExpr {
    /// The period as text: `2022-09-12..2022-09-18`, or one day.
    pub fn period(&self) -> String {
        match (self.from, self.to) {
            (Some(f), Some(t)) if f == t => f.to_string(),
            (Some(f), Some(t)) => format!("{f}..{t}"),
            _ => "?".to_string(),
        }
    }
}

/// Whether a sentence holds a past of "be", "have" or "do" ("had
/// reported", "were 38% less likely", "did").
fn sentence_in_the_past(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| !t.quoted && matches!(t.low(), "had" | "was" | "were" | "did"))
}

/// Words that make a sentence speak of the future.
pub(crate) fn is_future(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        let next = tokens.get(i + 1).map_or("", |n| n.low());
        match t.low() {
            // ("41,000 starts", "the opens": a noun after a figure or an article)
            "begins" | "starts" | "opens" => {
                !(i > 0
                    && (tokens[i - 1].has_digit()
                        || matches!(tokens[i - 1].low(), "the" | "a" | "its" | "their")))
            }
            "will" | "'ll" | "would" | "shall" | "expects" | "expected" | "scheduled" | "due"
            | "upcoming" | "forthcoming" | "next" | "coming" | "won't" | "tomorrow" => true,
            // ("I'll be meeting …", "we'll", "it'll")
            w if w.len() > 3 && w.ends_with("'ll") => true,
            // ("the following week" after a past: "had reported the remark
            // to her line manager the following week" is the week after
            // that, not after the day of publication)
            "following" => !sentence_in_the_past(tokens),
            // "plans to", "is forecast to return": not "Plans for 420 homes".
            // A plan under way looks ahead, told in the past too: "was
            // planning to close a further 45 branches by the autumn".
            "plan" | "plans" | "planning" | "intends" | "intend" | "intending" | "set"
            | "going" | "is" | "are" | "forecast" | "poised" | "slated" | "predicted"
            | "projected" => next == "to",
            // ("is likely to close", not a rate compared: "were 38% less
            // likely to be recorded the following year", "twice as likely
            // to")
            "likely" => {
                next == "to"
                    && !(i > 0
                        && matches!(
                            tokens[i - 1].low(),
                            "less" | "more" | "as" | "most" | "least"
                        ))
            }
            // An aim with its time: "wants to cut the levy … from April",
            // "seeks to", "proposes to" (not "Nobody wants to do this").
            // (the time a preposition of time puts, in the same clause: not
            // "wants to hire 40 nurses", nor "wants to know why 40 homes
            // flooded in March")
            // ("is reportedly considering a rise in the levy on airline
            // tickets from April": a plan weighed, with its time)
            "wants" | "seeks" | "proposes" | "considering" | "weighing" => {
                (next == "to" || matches!(t.low(), "considering" | "weighing"))
                    && tokens[i + 1..]
                        .windows(2)
                        .take_while(|p| {
                            !matches!(
                                p[0].low(),
                                "," | ";" | "why" | "how" | "whether" | "what" | "when" | "if"
                            )
                        })
                        .any(|p| {
                            let when = p[1].low();
                            matches!(p[0].low(), "from" | "by" | "until" | "before" | "next")
                                && (super::calendar::is_month_word(when)
                                    || super::calendar::weekday_of(when).is_some()
                                    || matches!(
                                        when,
                                        "spring"
                                            | "summer"
                                            | "autumn"
                                            | "winter"
                                            | "year"
                                            | "month"
                                            | "week"
                                            | "the"
                                    )
                                    || (when.len() == 4
                                        && when.bytes().all(|b| b.is_ascii_digit())))
                        })
            }
            // A plan or an undertaking: "has agreed to replace the units by
            // the end of March", "planned to send vans from September", "was
            // unlikely to begin this year".
            // The "to" may come a few words on: "agreed on Friday to build
            // … by 2031", "commits the six governments to choosing … by the
            // end of March", "hoped to sign … before the end of October".
            "agreed" | "agrees" | "agree" | "planned" | "pledged" | "pledges" | "promised"
            | "promises" | "vowed" | "vows" | "aims" | "aimed" | "unlikely" | "commits"
            | "commit" | "undertook" | "undertakes" | "hopes" | "hoped" => {
                tokens[i + 1..tokens.len().min(i + 6)]
                    .iter()
                    .take_while(|t| !matches!(t.low(), "," | ";" | "." | "that" | "and" | "but"))
                    .any(|t| t.low() == "to")
                    || (matches!(t.low(), "promised" | "promises" | "pledged" | "pledges")
                        && promised_by(tokens, i))
            }
            // "we're bringing in a fast-track route later this month",
            // "later today": a time ahead whatever the tense (not "later
            // confirmed", "two days later").
            "later" => matches!(next, "this" | "today" | "tonight"),
            // "remained on course to cut the rate by 2030", "on track to open".
            "course" | "track" => next == "to" && i > 0 && tokens[i - 1].low() == "on",
            // A deadline: "has until 5pm on November 18 to announce".
            // Or "has cancelled all services … until Sunday".
            "until" => tokens[i.saturating_sub(8)..i]
                .iter()
                .any(|t| matches!(t.low(), "has" | "have")),
            // A schedule in the present tense: "The board meets on October 6".
            // "That ends in January", "Parliament returns from its recess on Monday".
            "meets" | "convenes" | "sits" | "reopens" | "closes" | "resumes" | "expires"
            | "ends" | "returns" | "finishes" | "launches" | "arrives" => {
                matches!(next, "on" | "in" | "at" | "until" | "from")
                    && !(i > 0
                        && matches!(
                            tokens[i - 1].low(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her"
                        ))
            }
            "expect" => true,
            // A forecast told in the present: "The finance ministry
            // forecasts a deficit of 3.4% of national output this year",
            // "predicts a fall in March" (not "forecast", also a past).
            "forecasts" | "predicts" => {
                !(i > 0
                    && matches!(
                        tokens[i - 1].low(),
                        "the" | "a" | "its" | "their" | "his" | "her"
                    ))
            }
            // "The hearing continues on Wednesday", "It continues tomorrow".
            "continues" => matches!(next, "on" | "until" | "tomorrow" | "next"),
            "takes" | "take" => next == "effect",
            // A term that ends or comes round again: "comes up for renewal
            // in January", "is up for review in March", "the lease runs
            // out in May", "the licence lapses on Friday".
            "renewal" | "review" | "re-election" | "reelection" | "reappointment" => {
                i > 1 && tokens[i - 1].low() == "for" && tokens[i - 2].low() == "up"
            }
            "runs" | "run" => next == "out",
            // A promise of a thing by a deadline: "promised delivery of the
            // first vessel by spring 2028", "guaranteed a refund by the end
            // of May" (a "to" is read above).
            "guaranteed" | "guarantees" => promised_by(tokens, i),
            // A thing set to be done by a deadline: "cast-iron pipes to be
            // replaced by 2029", "homes to be built by the end of 2030"
            // (not "found to be caused by damp": an agent).
            "be" if i > 0 && tokens[i - 1].low() == "to" => {
                tokens.get(i + 1).is_some_and(|t| {
                    let w = t.low();
                    (w.len() > 4 && w.ends_with("ed")) || PARTICIPLES.contains(&w) || is_past(w)
                }) && deadline_at(tokens, i + 2)
            }
            // A schedule of what is put to a body: "The budget goes to a
            // vote in the 150-seat Landrat on Thursday", "the bill goes
            // before the committee on Tuesday", "goes on sale in March".
            "goes" => {
                matches!(next, "to" | "before" | "on")
                    && !(i > 0
                        && matches!(
                            tokens[i - 1].low(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her"
                        ))
            }
            "lapses" => matches!(next, "on" | "in" | "at"),
            _ => false,
        }
    })
}

/// Whether the promise at `i` is of a thing by a deadline within nine
/// words, in its own clause: "promised delivery of the first vessel by
/// spring 2028".
fn promised_by(tokens: &[Token], i: usize) -> bool {
    (i + 1..tokens.len().min(i + 10))
        .take_while(|&k| !matches!(tokens[k].low(), "," | ";" | "." | "that"))
        .any(|k| deadline_at(tokens, k))
}

/// Whether "by" at `k` opens a deadline: a year or a day's figure, a
/// month, a season or "the end of": "by 2029", "by spring 2028", "by the
/// end of May" (not "by damp", "by the council").
fn deadline_at(tokens: &[Token], k: usize) -> bool {
    let w = |j: usize| tokens.get(k + j).map_or("", Token::low);
    w(0) == "by"
        && (tokens.get(k + 1).is_some_and(Token::has_digit)
            || super::calendar::is_month_word(w(1))
            || super::calendar::season_of(w(1)).is_some()
            || (w(1) == "the" && w(2) == "end" && w(3) == "of"))
}

/// Every time expression in `tokens`, read against `published`.
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    published: Option<NaiveDate>,
    future: bool,
) -> Vec<TimeExpr> {
    // ("I'll", "we'll", "it'll": the "will" the rules below look for, as
    // they look for "'ll" on its own)
    let words: Vec<&str> = tokens
        .iter()
        .map(|t| match t.low() {
            w if w.len() > 3 && w.ends_with("'ll") => "'ll",
            w => w,
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_start(&words, tokens, i) {
            i += 1;
            continue;
        }
        // A date opening the sentence before a comma takes the tense of
        // the clause after the comma: "On Friday, the institute said it
        // would spend £8 million …" looks back, "On Friday, the council
        // will vote …" ahead.
        // So does a date in an opening phrase of a participle: "Speaking
        // in the Commons on Thursday, Lomond said the cap would …" looks
        // back.
        let future = if i == 0 {
            opening_clause_tense(&words, 6)
                .or_else(|| opening_its_clause(&words))
                .unwrap_or(future)
        } else if i < 10 && opens_with_participle(&words) {
            match words.iter().take(12).position(|x| *x == ",") {
                Some(comma) if comma > i => opening_clause_tense(&words, 12).unwrap_or(future),
                _ => future,
            }
        } else {
            future
        };
        let found = at(&words, tokens, i, published, future);
        match found {
            Some((mut f, span)) if f.len > 0 => {
                // "suspended in March 2024 and dismissed in August of that
                // year": the year named last in the sentence.
                if f.relative {
                    if let Some((y, n)) = that_year(&words, i + f.len, &out) {
                        f.from = f.from.and_then(|d| d.with_year(y));
                        f.to = f.to.and_then(|d| d.with_year(y));
                        f.relative = false;
                        f.len += n;
                    }
                }
                // "before Saturday morning", "on Tuesday night": the part of
                // the day named after a day is read with it.
                if words
                    .get(i + f.len)
                    .is_some_and(|n| matches!(*n, "morning" | "afternoon" | "evening" | "night"))
                    && (weekday_of(words[i + f.len - 1]).is_some()
                        || matches!(words[i + f.len - 1], "yesterday" | "tomorrow"))
                {
                    f.len += 1;
                }
                let (s, e) = (i, i + f.len);
                // "before the summer recess", "the autumn statement": a
                // season that names a sitting or a set-piece is no period
                // of its own.
                if words.get(e).is_some_and(|n| SEASON_EVENTS.contains(n))
                    && matches!(words[e - 1], "summer" | "autumn" | "winter" | "spring")
                {
                    i = e;
                    continue;
                }
                // "in ten days", "two weeks from now" name a point ahead;
                // "within three years", "over the next decade" a length.
                // "doing in six years what we thought would take twenty":
                // a length set against another is a length, not a point.
                let compared = words.get(e) == Some(&"what")
                    && words[e..words.len().min(e + 10)]
                        .iter()
                        .any(|x| matches!(*x, "take" | "takes" | "took" | "taken" | "taking"));
                // "the following week" in a sentence told in the past is
                // the week after what it tells of, which the text does not
                // date: no period of its own.
                if !future && words[s] == "the" && words.get(s + 1) == Some(&"following") {
                    i = e;
                    continue;
                }
                let span =
                    span && (words[s] != "in" || compared) && !(e >= 2 && words[e - 1] == "now");
                let start = tokens[s].start;
                let end = tokens[e - 1].end;
                out.push(TimeExpr {
                    text: text[start..end].to_string(),
                    start,
                    end,
                    from: f.from,
                    to: f.to,
                    relative: f.relative,
                    span,
                });
                i = e;
            }
            _ => i += 1,
        }
    }
    if let Some(p) = published {
        same_weekday(&mut out, p);
        after_its_promise(&mut out, tokens, p);
        a_plan_told_before_its_time(&mut out, tokens, p);
        in_the_past_perfect(&mut out, tokens, p);
        since_looks_back(&mut out, p);
    }
    if out.len() > 1 {
        between_two_days(&mut out, text, tokens);
        a_weekday_with_its_date(&mut out, text, tokens);
        a_month_of_a_past_period(&mut out, tokens);
        a_season_dated_by_its_month(&mut out, tokens);
    }
    out
}

/// Sittings and set-pieces named by their season: "the summer recess",
/// "the autumn statement", "the spring budget".
const SEASON_EVENTS: &[&str] = &[
    "recess",
    "statement",
    "budget",
    "term",
    "session",
    "conference",
    "sitting",
];

/// The index of the token that starts at byte `start`, if one does.
fn token_at(tokens: &[Token], start: usize) -> Option<usize> {
    tokens.binary_search_by_key(&start, |t| t.start).ok()
}

/// "between Friday and Saturday": two days joined by "and" after
/// "between" are one span, from the first to the second (spans of months
/// and years are read whole by `calendar`).
fn between_two_days(out: &mut Vec<TimeExpr>, text: &str, tokens: &[Token]) {
    let mut j = 1;
    while j < out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let joined = !a.span
            && !b.span
            && token_at(tokens, a.start).is_some_and(|k| k > 0 && tokens[k - 1].low() == "between")
            && token_at(tokens, b.start).is_some_and(|k| {
                k > 1 && tokens[k - 1].low() == "and" && tokens[k - 2].end == a.end
            });
        let span = match (a.from, b.to) {
            (Some(f), Some(t)) if joined && f <= t => Some((f, t)),
            _ => None,
        };
        let Some((f, t)) = span else {
            j += 1;
            continue;
        };
        let Some(k) = token_at(tokens, a.start) else {
            j += 1;
            continue;
        };
        let start = tokens[k - 1].start;
        let end = b.end;
        let relative = a.relative || b.relative;
        out[j - 1] = TimeExpr {
            text: text[start..end].to_string(),
            start,
            end,
            from: Some(f),
            to: Some(t),
            relative,
            span: false,
        };
        out.remove(j);
    }
}

/// A weekday printed with its date is that date, one expression: "on
/// Tuesday 2 June", "on Tuesday, 17 March", "Friday June 5" (not the
/// weekday read on its own against the publication date, then the date).
fn a_weekday_with_its_date(out: &mut Vec<TimeExpr>, text: &str, tokens: &[Token]) {
    let mut j = 1;
    while j < out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let weekday = a.relative
            && a.from == a.to
            && a.text
                .rsplit(' ')
                .next()
                .is_some_and(|w| weekday_of(&w.to_lowercase()).is_some());
        // (the date a day and a month: "2 June", "June 5")
        let calendar_day = b.text.starts_with(|c: char| c.is_ascii_digit())
            || b.text
                .split_whitespace()
                .next()
                .is_some_and(|w| month_of(&w.to_lowercase()).is_some());
        let dated = weekday
            && calendar_day
            && !b.span
            && b.from.is_some()
            && b.from == b.to
            && token_at(tokens, b.start).is_some_and(|k| {
                k > 0
                    && (tokens[k - 1].end == a.end
                        || (tokens[k - 1].text == "," && k > 1 && tokens[k - 2].end == a.end))
            });
        if dated {
            let (start, end, day, relative) = (a.start, b.end, b.from, b.relative);
            out[j - 1] = TimeExpr {
                text: text[start..end].to_string(),
                start,
                end,
                from: day,
                to: day,
                relative,
                span: false,
            };
            out.remove(j);
        } else {
            j += 1;
        }
    }
}

/// A month named bare after a past period that holds it is that period's
/// month: "Last summer's hottest day in Hollingford was 34.1C, in August"
/// is last August, "Last year's festival, in May, drew 10,000" last May.
/// Not when something between them looks ahead ("Last year the council
/// promised to reopen the pool in August"), nor across a new clause after
/// "but" or "and" ("Sales fell last year, but in March they rose").
fn a_month_of_a_past_period(out: &mut [TimeExpr], tokens: &[Token]) {
    for j in 1..out.len() {
        let (before, rest) = out.split_at_mut(j);
        let e = &mut rest[0];
        let (Some(from), Some(to)) = (e.from, e.to) else {
            continue;
        };
        if !e.relative || e.span || from.month() != to.month() || from.year() != to.year() {
            continue;
        }
        let bare = {
            let mut words = e.text.split_whitespace();
            let first = words.next().unwrap_or_default();
            let month = if first.eq_ignore_ascii_case("in") {
                words.next().unwrap_or_default()
            } else {
                first
            };
            month_of(&month.to_lowercase()).is_some() && words.next().is_none()
        };
        if !bare {
            continue;
        }
        let Some(period) = before.iter().rev().find(|a| {
            a.relative
                && !a.span
                && a.text
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case("last "))
        }) else {
            continue;
        };
        let (Some(pf), Some(pt)) = (period.from, period.to) else {
            continue;
        };
        // (tokens are in order: the ones between are a slice of them)
        let lo = tokens.partition_point(|t| t.start < period.end);
        let hi = tokens.partition_point(|t| t.end <= e.start).max(lo);
        let between = &tokens[lo..hi];
        let ahead = between
            .iter()
            .any(|t| matches!(t.low(), "will" | "would" | "'ll" | "shall" | "to" | "next"));
        // A new clause after "but" or "and" leaves the period behind:
        // "Sales fell 4% last year, but in March they rose by 2%", "cut 200
        // jobs last year and in January it hired 50".
        let new_clause = between.iter().enumerate().any(|(k, t)| {
            matches!(
                t.low(),
                "but" | "yet" | "whereas" | "although" | "though" | "while"
            ) || matches!(t.low(), "and" | "so")
                && between.get(k + 1).is_none_or(|n| {
                    matches!(n.low(), "it" | "they" | "he" | "she" | "we" | "i" | "you")
                })
        });
        if ahead || new_clause || (pt - pf).num_days() > 366 {
            continue;
        }
        // The year in which the period holds the month.
        let year = [pf.year(), pt.year()].into_iter().find(|&y| {
            chrono::NaiveDate::from_ymd_opt(y, from.month(), 1).is_some_and(|d| d >= pf && d <= pt)
        });
        if let Some(y) = year.filter(|&y| y != from.year()) {
            e.from = from.with_year(y);
            e.to = to.with_year(y);
        }
    }
}

/// A season that is a noun's adjective, dated by the month after the
/// noun, is no date of its own: "before the summer recess in July", "the
/// autumn budget in November", "the spring statement in March" give the
/// month alone.
fn a_season_dated_by_its_month(out: &mut Vec<TimeExpr>, tokens: &[Token]) {
    let mut j = 1;
    while j < out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let season = a
            .text
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "summer" | "autumn" | "winter" | "spring"));
        let month =
            b.text.split_whitespace().nth(1).is_some_and(|w| {
                b.text.starts_with("in ") && month_of(&w.to_lowercase()).is_some()
            });
        let noun_between = season && month && {
            let mut between = tokens
                .iter()
                .filter(|t| t.start >= a.end && t.end <= b.start);
            between.next().is_some_and(|t| {
                t.low().len() > 2 && t.low().bytes().all(|c| c.is_ascii_lowercase())
            }) && between.next().is_none()
        };
        if noun_between {
            out.remove(j - 1);
        } else {
            j += 1;
        }
    }
}

/// Whether "until" at `i` follows "given" or "granted" in a perfect, up to
/// three words of whom it was given to between: "had been given until",
/// "have been granted until", "had given the tenants until".
fn given_in_a_perfect(w: &[&str], i: usize) -> bool {
    let Some(g) = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| matches!(w[k], "given" | "granted"))
    else {
        return false;
    };
    let before = &w[g.saturating_sub(2)..g];
    matches!(
        before,
        [.., "had" | "has" | "have", "been"] | [.., "had" | "has" | "have"]
    ) && !w[g + 1..i].iter().any(|x| matches!(*x, "," | "." | ";"))
}

/// A weekday named without "next" or "last" on the weekday of publication
/// is the day of publication, whatever the tense: "plans to cut 1,400 jobs
/// … after reporting a 41% fall in first-half profits on Tuesday", printed
/// on a Tuesday, is that Tuesday, not the next.
fn same_weekday(out: &mut [TimeExpr], published: NaiveDate) {
    for e in out.iter_mut() {
        if !e.relative || e.from != e.to || e.from == Some(published) {
            continue;
        }
        let Some(d) = e.from else { continue };
        if (d - published).num_days().abs() != 7 {
            continue;
        }
        let lower = e.text.to_lowercase();
        let mut words = lower.split_whitespace();
        let mut w = words.next().unwrap_or_default();
        if w == "on" {
            w = words.next().unwrap_or_default();
        }
        let bare = weekday_of(w) == Some(published.weekday())
            && words.all(|x| matches!(x, "morning" | "afternoon" | "evening" | "night"));
        if bare {
            e.from = Some(published);
            e.to = Some(published);
        }
    }
}

/// What has held "since" a month or a weekday began before the day of
/// publication, whatever the tense: "catches have halved since June",
/// printed in May, is since last June; "closed since Friday", printed on a
/// Wednesday, since the Friday before. Only a month or a weekday alone
/// after "since", dated ahead.
fn since_looks_back(out: &mut [TimeExpr], published: NaiveDate) {
    for e in out.iter_mut() {
        let (Some(from), Some(to)) = (e.from, e.to) else {
            continue;
        };
        if !e.relative || from <= published {
            continue;
        }
        let lower = e.text.to_lowercase();
        let Some(rest) = lower.strip_prefix("since ") else {
            continue;
        };
        if month_of(rest).is_some() {
            let earlier = a_year_over(from, to, true);
            e.from = earlier.map(|p| p.0);
            e.to = earlier.map(|p| p.1);
        } else if weekday_of(rest).is_some() && from == to {
            let back = from - chrono::Duration::days(7);
            e.from = Some(back);
            e.to = Some(back);
        }
    }
}

/// A month told in the past perfect is behind the day of publication, even
/// when it is a month or two after it this year: "had been warned about
/// the rise by her own officials in August", printed in June, is last
/// August. Only "had" with a participle a few words before the month, with
/// nothing between that looks ahead ("had agreed to finish it by August").
fn in_the_past_perfect(out: &mut [TimeExpr], tokens: &[Token], published: NaiveDate) {
    for e in out.iter_mut() {
        let (Some(from), Some(to)) = (e.from, e.to) else {
            continue;
        };
        if !e.relative || e.span || from <= published {
            continue;
        }
        let lower = e.text.to_lowercase();
        let mut words = lower.split_whitespace();
        let first = words.next().unwrap_or_default();
        let month = if first == "in" {
            words.next().unwrap_or_default()
        } else {
            first
        };
        if !is_month_word(month) || words.next().is_some() {
            continue;
        }
        let Some(at) = tokens.iter().rposition(|t| t.end <= e.start) else {
            continue;
        };
        let from_at = at.saturating_sub(14);
        let window = &tokens[from_at..=at];
        let Some(had) = window.iter().rposition(|t| t.low() == "had") else {
            continue;
        };
        let after = &window[had + 1..];
        let participle = after.iter().take(2).any(|t| {
            let w = t.low();
            w == "been" || (w.len() > 4 && w.ends_with("ed")) || is_past(w)
        });
        let ahead = after.iter().any(|t| {
            matches!(
                t.low(),
                "to" | "would" | "will" | "until" | "due" | "," | ";" | "that"
            )
        });
        let back = |d: NaiveDate| d.checked_sub_months(Months::new(12));
        if participle && !ahead {
            if let (Some(f), Some(t)) = (back(from), back(to)) {
                e.from = Some(f);
                e.to = Some(t);
            }
        }
    }
}

/// A month promised in the past for a time after the promise is the first
/// such month after it, even if it has gone by now: "had been promised in
/// March that their section of the barrier would be finished by the end of
/// September", printed in November, is the September just gone. Only a
/// month or a season named bare ("next", "this" and a year fix their own),
/// after a "would" that follows the day of the promise.
fn after_its_promise(out: &mut [TimeExpr], tokens: &[Token], published: NaiveDate) {
    for j in 1..out.len() {
        let (before, rest) = out.split_at_mut(j);
        let e = &mut rest[0];
        let (Some(from), Some(to)) = (e.from, e.to) else {
            continue;
        };
        if !e.relative || e.span || from <= published {
            continue;
        }
        if !named_bare(e, tokens, &["year"]) {
            continue;
        }
        // (not the start of a time up to now: "had lost four of its seven
        // consultants since 2023 and that a new clinic … would open in
        // July" dates no promise)
        let Some(promise) = before.iter().rev().find(|a| {
            !a.span
                && a.to.is_some_and(|t| t < published)
                && !a.text.to_lowercase().starts_with("since ")
        }) else {
            continue;
        };
        let would = tokens
            .iter()
            .any(|t| t.start >= promise.end && t.end <= e.start && t.low() == "would");
        let back = |d: NaiveDate| d.checked_sub_months(Months::new(12));
        if let (true, Some(f), Some(t), Some(p)) = (would, back(from), back(to), promise.to) {
            if f > p {
                e.from = Some(f);
                e.to = Some(t);
            }
        }
    }
}

/// Whether an expression names a month or a season bare: not "next
/// April", "this spring", "the following March", nor with any of `also`
/// ("year", "end"). "next" just before it counts too: "from next April"
/// is read as "April", its year fixed by the "next" before it.
fn named_bare(e: &TimeExpr, tokens: &[Token], also: &[&str]) -> bool {
    let fixed = |x: &str| {
        matches!(x, "next" | "this" | "coming" | "following" | "last") || also.contains(&x)
    };
    let lower = e.text.to_lowercase();
    let before = tokens
        .iter()
        .rev()
        .find(|t| t.end <= e.start)
        .map_or("", Token::low);
    before != "next"
        && lower.split_whitespace().all(|x| !fixed(x))
        && lower
            .split_whitespace()
            .any(|x| is_month_word(x) || matches!(x, "spring" | "summer" | "autumn" | "winter"))
}

/// A month or a season told of in a plan in the past ("said … would
/// open in the spring"), when that one ended within three months of the
/// day of publication, is that one, not the next: the plan was told before
/// its time, and a plan told now for the same time next year would say
/// "next spring". "Your department's own timetable said the new prison
/// would open in the spring", printed in July, is the spring gone. Only a
/// month or a season named bare, within nine tokens after a "would" that
/// has a verb of telling in the past among the twelve tokens before it,
/// with no date of the telling before it (that is `after_its_promise`'s)
/// and no condition in the sentence.
fn a_plan_told_before_its_time(out: &mut [TimeExpr], tokens: &[Token], published: NaiveDate) {
    // Only the first: one before it dates the telling.
    let Some(e) = out.first_mut() else {
        return;
    };
    let (Some(from), Some(to)) = (e.from, e.to) else {
        return;
    };
    if !e.relative || e.span || from <= published {
        return;
    }
    if !named_bare(e, tokens, &["year", "end"]) {
        return;
    }
    let back = |d: NaiveDate| d.checked_sub_months(Months::new(12));
    let (Some(f), Some(t)) = (back(from), back(to)) else {
        return;
    };
    if t >= published || (published - t).num_days() > 92 {
        return;
    }
    let Some(at) = tokens.iter().rposition(|t| t.end <= e.start) else {
        return;
    };
    let window = &tokens[at.saturating_sub(8)..=at];
    let Some(would) = window.iter().rposition(|t| t.low() == "would") else {
        return;
    };
    if window[would..]
        .iter()
        .any(|t| matches!(t.low(), "," | ";" | "if" | "unless"))
    {
        return;
    }
    let would = at.saturating_sub(8) + would;
    let told = tokens[would.saturating_sub(12)..would].iter().any(|t| {
        matches!(
            t.low(),
            "said"
                | "told"
                | "stated"
                | "promised"
                | "pledged"
                | "announced"
                | "claimed"
                | "predicted"
                | "forecast"
                | "insisted"
                | "assured"
        )
    });
    let condition = tokens
        .iter()
        .any(|t| matches!(t.low(), "if" | "unless" | "provided"));
    if told && !condition {
        e.from = Some(f);
        e.to = Some(t);
    }
}

/// The tense of the clause after an opening date and its comma ("On
/// Friday, the institute said …"): the first finite verb within sixteen
/// words of the comma (past a subject in apposition: "Giving evidence on
/// Wednesday, Isolda Standeven, 81, a retired school cook from
/// Cressingfold, said …"), None when the comma is not within five words or
/// no verb is found. A modal looks ahead; a past looks back; "is expected", "are
/// planned" (a participle after "is" or "be") are passed over.
fn opening_clause_tense(w: &[&str], within: usize) -> Option<bool> {
    let comma = w.iter().take(within).position(|x| *x == ",")?;
    let after = &w[comma + 1..w.len().min(comma + 17)];
    for (k, x) in after.iter().enumerate() {
        let before = if k > 0 { after[k - 1] } else { "" };
        match *x {
            "." | ";" | "\"" => return None,
            "will" | "'ll" | "shall" => return Some(true),
            _ => {}
        }
        // "a report commissioned by the council will be published": a
        // participle with its agent is no verb of the clause.
        if after.get(k + 1) == Some(&"by") {
            continue;
        }
        if is_past(x) || told_in_the_past(x, Some(before)) && !matches!(before, "is" | "are") {
            return Some(false);
        }
    }
    None
}

/// The tense of the clause a date opens with no comma after it ("On
/// Tuesday the state daily Vecherni Strazha, citing a source in the
/// prosecutor's office, reported that the trial would open …" looks
/// back): its first finite verb within twenty words, passing over a
/// phrase of a present participle set off by commas (", citing …,"). A
/// past looks back; None at a relative pronoun ("the bridge that was
/// closed in March will reopen"), a quotation or the end of a clause, and
/// None with no past, which leaves the sentence's tense to decide.
fn opening_its_clause(w: &[&str]) -> Option<bool> {
    let mut aside = false;
    for k in 2..w.len().min(21) {
        let x = w[k];
        if x == "," {
            aside = !aside
                && w.get(k + 1)
                    .is_some_and(|n| n.len() > 4 && n.ends_with("ing"));
            continue;
        }
        if aside {
            continue;
        }
        if matches!(x, "that" | "\"" | ";" | "." | "who" | "which") {
            return None;
        }
        if told_in_the_past(x, Some(w[k - 1])) && !matches!(w[k - 1], "is" | "are") {
            return Some(false);
        }
    }
    None
}

/// Whether a sentence opens with a present participle ("Speaking",
/// "Giving evidence", "Writing in the Times"), not a noun or a preposition
/// in "-ing" ("During", "According", "Building work").
fn opens_with_participle(w: &[&str]) -> bool {
    w.first().is_some_and(|x| {
        x.len() > 5
            && x.ends_with("ing")
            && !matches!(
                *x,
                "during"
                    | "according"
                    | "following"
                    | "regarding"
                    | "including"
                    | "morning"
                    | "evening"
                    | "building"
                    | "nothing"
                    | "something"
                    | "everything"
                    | "funding"
                    | "spending"
                    | "housing"
                    | "training"
                    | "parking"
                    | "polling"
                    | "planning"
                    | "meeting"
                    | "hearing"
                    | "shooting"
                    | "flooding"
                    | "pending"
                    | "starting"
                    | "beginning"
            )
    })
}

/// Whether `word`, after `before`, is a verb in the past: a past form, or
/// a word in "-ed" that no article, possessive or "be" makes a noun's
/// participle ("the planned closure", "had been delayed"); not "hundred",
/// "speed", "breed".
fn told_in_the_past(word: &str, before: Option<&str>) -> bool {
    is_past(word)
        || (word.len() > 4
            && word.ends_with("ed")
            && !matches!(word, "hundred" | "speed" | "breed")
            && !matches!(
                before,
                Some("the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "be" | "been")
            ))
}

/// "of that year", "that year", "of the same year", "the same year" at
/// `i`, after a date with no year: the year of the last expression before
/// that names one year, and the words it takes.
fn that_year(words: &[&str], i: usize, before: &[TimeExpr]) -> Option<(i32, usize)> {
    let get = |k: usize| words.get(i + k).copied().unwrap_or("");
    let of = usize::from(get(0) == "of");
    let n = match (get(of), get(of + 1), get(of + 2)) {
        ("that", "year", _) => of + 2,
        ("the", "same", "year") => of + 3,
        _ => return None,
    };
    let last = before.iter().rev().find(|e| !e.relative && !e.span)?;
    let (f, t) = (last.from?, last.to?);
    (f.year() == t.year()).then_some((f.year(), n))
}

static TRIGGER_SET: OnceLock<WordSet> = OnceLock::new();

fn is_trigger(w: &[&str], tokens: &[Token], i: usize) -> bool {
    let Some(word) = w.get(i) else {
        return false;
    };
    if *word == "the" {
        return w
            .get(i + 1)
            .is_some_and(|n| AFTER_THE.contains(n) || decade_of(n).is_some());
    }
    tokens[i].has_digit()
        || word_set(&TRIGGER_SET, TRIGGERS).contains(word)
        || super::calendar::dated_short_month(w, i)
        || word.starts_with("mid-")
        || weekday_of(word).is_some()
        || holiday(w, i).is_some()
        // ("the first of April": a day spelled, "of" and a month)
        || (w.get(i + 1) == Some(&"of")
            && w.get(i + 2).is_some_and(|m| month_of(m).is_some())
            && super::calendar::spelled_day(word).is_some())
}

/// Whether a time expression may start at `i`: a cheap test that keeps the
/// matchers off most words.
fn may_start(w: &[&str], tokens: &[Token], i: usize) -> bool {
    if is_trigger(w, tokens, i) {
        return true;
    }
    is_time_preposition(w[i])
        && (is_trigger(w, tokens, i + 1)
            || w.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "over"
                        | "more"
                        | "less"
                        | "just"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "around"
                        | "under"
                        | "some"
                        | "little"
                )
            }))
}

/// Verbs in the present tense that speak of a schedule.
const PRESENT: &[&str] = &[
    "is",
    "are",
    "closes",
    "opens",
    "reopens",
    "meets",
    "starts",
    "begins",
    "ends",
    "expires",
    "resumes",
    "returns",
    "arrives",
    "visits",
    "travels",
    "launches",
    "finishes",
    "convenes",
    "sits",
    "votes",
    "goes",
    "comes",
    "runs",
    "lands",
    "kicks",
    "faces",
    "hosts",
    "holds",
    "plays",
    "stages",
    "publishes",
];
static PRESENT_SET: OnceLock<WordSet> = OnceLock::new();
static PAST_SET: OnceLock<WordSet> = OnceLock::new();

/// Whether a lower-case word is one of the past tenses of `PAST`.
fn is_past(w: &str) -> bool {
    word_set(&PAST_SET, PAST).contains(w)
}

/// The tense the words just before `i` give: "told reporters on Wednesday"
/// looks back even in a sentence about the future.
/// Whether a time after "until" or a deadline at word `j` is ahead, by the
/// nearest verb before it: after a modal, a present perfect or a present
/// ("has cancelled all services until Sunday", "have asked for a report
/// by Friday", "would continue until Wednesday") or with no verb it is
/// ahead; after a simple past ("stayed shut until Sunday") it is behind;
/// with no verb, None.
fn ahead_of_its_verb(w: &[&str], j: usize) -> Option<bool> {
    let verb = (j.saturating_sub(8)..j).rev().find(|&m| {
        is_past(w[m])
            || (w[m].len() > 4 && w[m].ends_with("ed"))
            || matches!(w[m], "will" | "would" | "'ll" | "shall")
    });
    let m = verb?;
    // ("The case was adjourned until Monday.", "remanded in custody until
    // Friday", "postponed until Thursday": when what was put off resumes,
    // ahead whatever the tense of putting it off; so is when a thing
    // booked runs out, "had booked 60 hotel rooms for families until
    // Tuesday")
    if matches!(
        w[m],
        "adjourned" | "remanded" | "bailed" | "postponed" | "deferred" | "booked" | "reserved"
    ) {
        return Some(true);
    }
    let to_have_done = to_have_done(w, m);
    Some(
        to_have_done
            || matches!(w[m], "will" | "would" | "'ll" | "shall")
            || m > 0
                // (not a perfect after "to": "appear to have reconnected")
                && (matches!(w[m - 1], "has" | "have" | "is" | "are" | "remains" | "stays")
                    && !(w[m - 1] == "have" && m > 1 && w[m - 2] == "to")
                    || (w[m - 1] == "been" && m > 1 && matches!(w[m - 2], "has" | "have"))
                    // A passive after a modal or "to": "would be extended
                    // until 9am on Wednesday", "is to be kept until Friday".
                    // So is a state kept after a modal: "will stay closed
                    // until at least Thursday morning", "would remain closed
                    // until Friday" ("stayed closed until Sunday" is behind).
                    || (matches!(w[m - 1], "be" | "stay" | "remain")
                        && m > 1
                        && matches!(
                            w[m - 2],
                            "will"
                                | "would"
                                | "'ll"
                                | "shall"
                                | "could"
                                | "should"
                                | "may"
                                | "might"
                                | "must"
                                | "to"
                        ))),
    )
}

/// Whether the participle at `m` is a thing to be had done: a verb of
/// intent, "to have" or "to get" and its object before the participle
/// ("expects to have all of them reconnected by Monday evening",
/// "contractors expect to have the road resurfaced by the end of
/// August"), which looks ahead; not "appear to have reconnected", "had to
/// get … reopened". (An object of up to six words: "expects to have all
/// but 2,000 of them reconnected by Sunday morning".)
fn to_have_done(w: &[&str], m: usize) -> bool {
    (m.saturating_sub(8)..m.saturating_sub(1)).any(|k| {
        k >= 1
            && w[k] == "to"
            && matches!(w.get(k + 1), Some(&("have" | "get")))
            && k + 2 < m
            && matches!(
                w[k - 1],
                "expects"
                    | "expect"
                    | "expected"
                    | "hopes"
                    | "hope"
                    | "aims"
                    | "aim"
                    | "plans"
                    | "plan"
                    | "wants"
                    | "want"
                    | "intends"
                    | "intend"
            )
    })
}

/// Whether the time expression a matcher reads at a word looks ahead
/// (`local_future`, from the words about it and the sentence's tense):
/// worked out the first time a matcher that has read an expression asks,
/// and kept, not at every word one may start at (most start none).
pub(super) struct Ahead<'w> {
    words: &'w [&'w str],
    at: usize,
    sentence: bool,
    known: Cell<Option<bool>>,
}

impl<'w> Ahead<'w> {
    fn new(words: &'w [&'w str], at: usize, sentence: bool) -> Ahead<'w> {
        Ahead {
            words,
            at,
            sentence,
            known: Cell::new(None),
        }
    }

    pub(super) fn get(&self) -> bool {
        if let Some(ahead) = self.known.get() {
            return ahead;
        }
        let ahead = local_future(self.words, self.at, self.sentence);
        self.known.set(Some(ahead));
        ahead
    }
}

fn local_future(w: &[&str], i: usize, future: bool) -> bool {
    // "A rest centre has been opened at the hall until Thursday": an
    // expression opening with "until" after a present perfect, a present
    // or a modal is ahead, as a time after "until" is below (else the
    // tense decides).
    if w.get(i) == Some(&"until") && ahead_of_its_verb(w, i) == Some(true) {
        return true;
    }
    // A promise whose time has gone by unkept is behind: "Your department
    // promised to publish its review … by the end of June, and it still
    // hasn't."
    if missed(w, i)
        && w[..i].iter().any(|x| {
            matches!(
                *x,
                "promised" | "pledged" | "vowed" | "undertook" | "committed" | "agreed"
            )
        })
    {
        return false;
    }
    // A month a record covers looks back, whatever is scheduled for the
    // record: "figures for May are due next month", "the data for March
    // will be published on Friday", "its accounts for January".
    if w.get(i) == Some(&"for") && i > 0 && RECORDS.contains(&w[i - 1]) {
        return false;
    }
    // A day an event was called or fixed for is ahead, whatever the tense
    // of the calling: "have called a protest in the capital for Saturday",
    // "unions announced a strike for Monday", "booked the hall for Friday".
    if w.get(i) == Some(&"for")
        && w.get(i + 1)
            .is_some_and(|d| weekday_of(d).is_some() && !d.ends_with("'s"))
    {
        let called = w[i.saturating_sub(8)..i]
            .iter()
            .rev()
            .take_while(|x| !matches!(**x, "," | ";" | "." | "but"))
            .any(|x| SCHEDULED.contains(x));
        if called {
            return true;
        }
    }
    // A weekday of the talks someone was summoned or called for is the
    // talks' own, ahead whatever the tense of the summons: "it had
    // summoned Lissarta's ambassador in Oslo for talks on Wednesday".
    if w.get(i) == Some(&"on")
        && w.get(i + 1)
            .is_some_and(|d| weekday_of(d).is_some() && !d.ends_with("'s"))
        && i >= 2
        && matches!(w[i - 1], "talks" | "consultations")
        && w[i - 2] == "for"
    {
        return true;
    }
    // A time limit given in a perfect runs on from its giving: "the three
    // diplomats had been given until Sunday to leave", "had given the
    // tenants until Friday" are ahead. Not in the simple past, nor beside
    // another weekday, which dates the story ("who were given until Sunday
    // to leave, flew out on Saturday").
    if w.get(i) == Some(&"until")
        && w.get(i + 1)
            .is_some_and(|d| weekday_of(d).is_some() && !d.ends_with("'s"))
        && given_in_a_perfect(w, i)
        && w.iter()
            .enumerate()
            .all(|(k, x)| k == i + 1 || weekday_of(x).is_none())
    {
        return true;
    }
    // A deadline of a weekday after a modal, a present perfect or a
    // present is ahead, as after "until": "I have asked Northgrid for a
    // full report by Friday"; else the tense decides, as below.
    if w.get(i) == Some(&"by")
        && w.get(i + 1)
            .is_some_and(|d| weekday_of(d).is_some() && !d.ends_with("'s"))
        && ahead_of_its_verb(w, i) == Some(true)
    {
        return true;
    }
    if opens_in_the_past(w, i) {
        return false;
    }
    for k in 1..=6 {
        let Some(word) = i.checked_sub(k).and_then(|j| w.get(j)) else {
            break;
        };
        let before = i.checked_sub(k + 1).and_then(|j| w.get(j)).copied();
        // A plan told in the past perfect is behind: "the report, which
        // had been due in December", "a vote that had been expected in
        // March".
        if matches!(
            *word,
            "scheduled" | "expected" | "planned" | "slated" | "due"
        ) && before == Some("been")
            && i.checked_sub(k + 2).and_then(|j| w.get(j)) == Some(&"had")
            && !(k == 1 && w.get(i) == Some(&"for"))
        {
            return false;
        }
        // A schedule gone by and missed is behind: "It was due to open in
        // September and it still hasn't opened.", "was originally due to
        // finish in May" (the schedule first set, told as one since
        // changed).
        let first_set = matches!(before, Some("originally" | "initially"))
            && i.checked_sub(k + 2)
                .and_then(|j| w.get(j))
                .is_some_and(|b| matches!(*b, "was" | "were"));
        if matches!(
            *word,
            "due" | "scheduled" | "expected" | "planned" | "supposed" | "meant"
        ) && (matches!(before, Some("was" | "were")) && (missed(w, i) || awaited(w, i))
            || first_set)
        {
            return false;
        }
        if matches!(
            *word,
            "will"
                | "'ll"
                | "would"
                | "shall"
                | "next"
                | "scheduled"
                | "expected"
                | "planned"
                | "slated"
                | "due"
        ) {
            return true;
        }
        // A modal looks ahead unless it looks back: "should return at the
        // weekend", not "could have left on Monday".
        let after = w.get(i - k + 1).copied();
        if matches!(*word, "should" | "must" | "may" | "might" | "can" | "could")
            && after != Some("have")
        {
            return true;
        }
        // The present tense of a schedule: "closes on Friday", "is on Monday".
        // Not a noun: "won the most votes in Sunday's election", "had
        // 41,000 starts between June and August", "We stopped new starts
        // with Dandridge in July".
        if word_set(&PRESENT_SET, PRESENT).contains(word)
            && !matches!(
                before,
                Some(
                    "the"
                        | "most"
                        | "more"
                        | "a"
                        | "of"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "new"
                        | "no"
                        | "any"
                        | "all"
                        | "these"
                        | "those"
                )
            )
            && !before.is_some_and(|b| b.bytes().any(|c| c.is_ascii_digit()))
        {
            return true;
        }
        // The plural present of a schedule: "the first of them start in
        // April", "the new trains arrive in May" (not "to start", "the
        // start", nor a past: "failed to start").
        // (after "of them", "the first of them"; not after a verb that
        // takes its subject as an object: "watched them arrive", "has seen
        // stations close")
        let by_another = i
            .checked_sub(k + 2)
            .and_then(|j| w.get(j))
            .is_some_and(|v| {
                is_past(v)
                    || v.ends_with("ed")
                    || matches!(*v, "seen" | "let" | "made" | "saw" | "watched" | "heard")
            });
        if matches!(
            *word,
            "start" | "begin" | "open" | "close" | "finish" | "arrive" | "resume" | "reopen"
        ) && !by_another
            && before.is_some_and(|b| {
                matches!(b, "they" | "we")
                    || (b == "them" && i.checked_sub(k + 2).and_then(|j| w.get(j)) == Some(&"of"))
                    || (b.len() > 3
                        && b.ends_with('s')
                        && !b.ends_with("ss")
                        && !matches!(b, "does" | "this" | "thus"))
            })
        {
            return true;
        }
        // "is to be held": a plan; "was likely to stay shut until Saturday
        // morning": a likelihood, ahead whatever its tense.
        // So is a plan under way: "was planning to close … by the autumn".
        if *word == "to"
            && matches!(
                before,
                Some(
                    "is" | "are"
                        | "likely"
                        | "unlikely"
                        | "poised"
                        | "going"
                        | "planning"
                        | "intending"
                )
            )
        {
            return true;
        }
        // The present continuous of an arrangement: "we're publishing the
        // full housing strategy on Tuesday", "the council is holding a
        // meeting in March".
        if word.len() > 4
            && word.ends_with("ing")
            && matches!(
                before,
                Some(
                    "is" | "are"
                        | "am"
                        | "'re"
                        | "\u{2019}re"
                        | "we're"
                        | "they're"
                        | "you're"
                        | "i'm"
                        | "we\u{2019}re"
                        | "they\u{2019}re"
                        | "you\u{2019}re"
                        | "i\u{2019}m"
                )
            )
        {
            return true;
        }
        // "a list of 30 lighthouses to be switched off from April": what is
        // still to be done is ahead (not what "had" been: "had hoped to be
        // finished in March").
        // (the participle stands between "be" and the expression: `k` is
        // two or more, so the words after it end before `i`)
        // (or an irregular one: "to be paid on 3 August")
        if *word == "be"
            && k >= 2
            && before == Some("to")
            && w.get(i - k + 1).is_some_and(|p| {
                (p.len() > 4 && p.ends_with("ed")) || is_past(p) || PARTICIPLES.contains(p)
            })
            && w[i - k + 2..i].iter().all(|x| {
                matches!(
                    *x,
                    "off" | "out" | "up" | "down" | "from" | "in" | "on" | "by" | "at"
                )
            })
            && !w[i.saturating_sub(k + 6)..i - k].contains(&"had")
            // (nor what was waiting to be done then: "more than 4,000
            // samples were waiting to be processed on 1 May")
            && !(i >= k + 3
                && w[i - k - 2].len() > 4
                && w[i - k - 2].ends_with("ing")
                && matches!(w[i - k - 3], "was" | "were"))
        {
            return true;
        }
        // "has cancelled all services … until at least 14:00 on Sunday":
        // "until" after a present perfect or a present looks ahead; after
        // a simple past ("stayed shut until Sunday") it looks back.
        if *word == "until" {
            return ahead_of_its_verb(w, i - k).unwrap_or(true);
        }
        // A day a plan was fixed for is ahead: "a vote that had been set
        // for Thursday", "talks that have been scheduled for Monday", "The
        // election is set for October 4."
        if k == 1
            && w[i] == "for"
            && matches!(before, Some("been" | "is" | "are"))
            && matches!(
                *word,
                "set" | "scheduled" | "planned" | "fixed" | "timetabled"
            )
        {
            return true;
        }
        // A verb whose past is its present, after a pronoun, is past: "the
        // 1.6% it forecast in March", "what they bought last spring".
        if matches!(
            before,
            Some("it" | "he" | "she" | "they" | "we" | "i" | "you")
        ) && matches!(
            *word,
            "forecast" | "cost" | "spent" | "sold" | "bought" | "built" | "thought"
        ) {
            return false;
        }
        // A participle after a determiner is an adjective: "stop stocking
        // its branded juices from January".
        // So is one after a participle: "will be offered discounted lane
        // hire from September".
        // So is one after a preposition, before its noun: "will question
        // Dravec behind closed doors on Thursday", "with reduced staff".
        let adjective = word.ends_with("ed")
            && (matches!(
                before,
                Some("its" | "the" | "a" | "an" | "their" | "his" | "her" | "our" | "this")
            ) || before.is_some_and(|b| b.len() > 4 && b.ends_with("ed"))
                || (matches!(
                    before,
                    Some("behind" | "with" | "without" | "under" | "through" | "amid")
                ) && k >= 2
                    && after.is_some_and(|a| {
                        a.bytes().all(|c| c.is_ascii_lowercase()) && !is_time_preposition(a)
                    })));
        // The start of what is announced: "has announced a hosepipe ban …,
        // starting on Friday", "new fares, beginning in March" are ahead,
        // unless a simple past just before tells of it ("queued for water
        // starting on Friday").
        if k == 1 && matches!(*word, "starting" | "beginning" | "commencing") {
            return ahead_of_its_verb(w, i - 1).unwrap_or(true);
        }
        // A present participle just before the date, in a sentence with no
        // verb in the past: "with the remaining councils counting on
        // Friday", "ministers are meeting on Monday". Not "began counting
        // on Friday" nor "Residents protesting on Friday said …".
        if k == 1
            && word.len() > 4
            && word.ends_with("ing")
            && !before.is_some_and(|b| is_past(b) || b.ends_with("ed") || b == "been")
            && !w.iter().enumerate().any(|(j, x)| {
                // "are being counted" is no past.
                let passive = j > 0 && matches!(w[j - 1], "being" | "be" | "is" | "are");
                (is_past(x) || (x.len() > 4 && x.ends_with("ed"))) && !passive
            })
        {
            return true;
        }
        // An intention in the past looks ahead to what it intends: "hoped to
        // sign an agreement before the end of October", "voted to close the
        // baths in March", "pledged to publish it by June".
        if after == Some("to")
            && matches!(
                *word,
                "agreed"
                    | "planned"
                    | "pledged"
                    | "promised"
                    | "vowed"
                    | "aimed"
                    | "hoped"
                    | "intended"
                    | "decided"
                    | "voted"
                    | "undertook"
            )
        {
            return true;
        }
        // A present passive is a schedule: "when the accounts are published
        // in July", "the results are announced on Friday".
        if matches!(before, Some("is" | "are"))
            && word.len() > 4
            && (word.ends_with("ed") || is_past(word))
        {
            return true;
        }
        // A participle with its agent qualifies the noun before it and is
        // no verb of the clause: "would publish a survey of customers
        // affected by closures in June".
        // ("were damaged by flooding in May" is the clause's verb.)
        // Set off by a comma, it tells what was done to the noun before:
        // "The plan, approved by the cabinet on Friday, would raise …"
        // looks back.
        if k >= 2
            && after == Some("by")
            && before == Some(",")
            && word.len() > 4
            && (word.ends_with("ed") || PARTICIPLES.contains(word))
        {
            return false;
        }
        if k >= 2
            && after == Some("by")
            && word.len() > 4
            && word.ends_with("ed")
            && !adjective
            && !matches!(
                before,
                Some(
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "has"
                        | "have"
                        | "had"
                )
            )
        {
            continue;
        }
        // A past form after a modal is the verb's bare form: "will shut
        // from August to October", "would cut the service in May".
        if matches!(before, Some("will" | "would" | "'ll" | "shall")) && is_past(word) {
            return true;
        }
        if !adjective
            && (is_past(word)
                || (word.len() > 4 && word.ends_with("ed"))
                || perfect_participle(w, i - k))
        {
            // A participle after "be" or "stay" ("will be held on Friday",
            // "will stay closed until Saturday"): the verb before it decides.
            if matches!(before, Some("be" | "stay" | "remain")) {
                continue;
            }
            // A thing to be had done is ahead: "contractors expect to have
            // the road resurfaced by the end of August".
            if to_have_done(w, i - k) {
                return true;
            }
            // A future perfect looks ahead: "will have been offered an
            // appointment by the end of September", "will have spent it by
            // March".
            let two_back = i.checked_sub(k + 2).and_then(|j| w.get(j)).copied();
            let three_back = i.checked_sub(k + 3).and_then(|j| w.get(j)).copied();
            if (before == Some("have") && matches!(two_back, Some("will" | "'ll" | "shall")))
                || (before == Some("been")
                    && two_back == Some("have")
                    && matches!(three_back, Some("will" | "'ll" | "shall")))
            {
                return true;
            }
            // A participle that says which of a plural noun's people or
            // things, in a clause that looks ahead, is no verb of its own:
            // "will debate a motion to strip the president of the power to
            // pardon people convicted of corruption on Tuesday".
            let which = k >= 2
                && matches!(after, Some("of" | "for" | "in" | "at" | "with"))
                && word.ends_with("ed")
                && before.is_some_and(|b| {
                    b == "people"
                        || (b.len() > 3
                            && b.ends_with('s')
                            && !b.ends_with("ss")
                            && b.bytes().all(|c| c.is_ascii_lowercase()))
                })
                && w[..i - k]
                    .iter()
                    .any(|x| matches!(*x, "will" | "'ll" | "shall"));
            if which {
                continue;
            }
            // A perfect infinitive takes the sentence's tense: "expect
            // every child to have started treatment by the end of
            // September" looks ahead, "claimed to have seen him on Monday"
            // back; also past an adverb in "-ly" ("expect the closures to
            // have largely stopped by December").
            let back = |n: usize| i.checked_sub(k + n).and_then(|j| w.get(j)).copied();
            let gap = usize::from(before.is_some_and(|b| b.len() > 3 && b.ends_with("ly")));
            if back(1 + gap) == Some("have") && back(2 + gap) == Some("to") {
                return future;
            }
            return false;
        }
        if matches!(*word, "," | ";" | "that" | "and") {
            return future;
        }
    }
    // Far from its verb, a day takes the tense of its own clause, not of
    // another clause of the sentence: "reported a 31pc fall in half-year
    // profits on Wednesday and said it would close four depots". Only
    // where nothing before the day looks ahead ("will be given reduced
    // rates at the depot from October", "has agreed to repair … by the end
    // of February").
    // ("to" as a preposition before a noun is no infinitive: "pleaded
    // guilty to the same charge at a hearing in May and will be sentenced
    // after the trial")
    let from = i.saturating_sub(14);
    if w[from..i].iter().enumerate().any(|(j, x)| {
        matches!(
            *x,
            "will" | "'ll" | "would" | "shall" | "due" | "expected" | "scheduled"
        ) || (*x == "to"
            && !w.get(from + j + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                )
            }))
    }) {
        return future;
    }
    for k in 7..=14 {
        let Some(word) = i.checked_sub(k).and_then(|j| w.get(j)) else {
            break;
        };
        if matches!(*word, "," | ";" | "that" | "and" | "but" | "." | "\"") {
            break;
        }
        if matches!(*word, "will" | "'ll" | "would" | "shall") {
            return true;
        }
        let before = i.checked_sub(k + 1).and_then(|j| w.get(j)).copied();
        if told_in_the_past(word, before) {
            return false;
        }
    }
    future
}

/// Past participles of irregular verbs that are not also their past.
const PARTICIPLES: &[&str] = &[
    "written",
    "given",
    "taken",
    "spoken",
    "seen",
    "known",
    "shown",
    "done",
    "gone",
    "begun",
    "chosen",
    "driven",
    "broken",
    "fallen",
    "risen",
    "grown",
    "drawn",
    "thrown",
    "flown",
    "withdrawn",
    "stolen",
    "forgotten",
    "hidden",
    "undertaken",
    "overtaken",
    "eaten",
    "beaten",
    "forgiven",
    "mistaken",
    "torn",
    "worn",
    "woken",
    "frozen",
    "shaken",
];

/// Whether the word at `m` is an irregular participle of a perfect ("had
/// written to tenants", "has already taken"), which tells of the past as a
/// participle in "-ed" does. Only right after "had", "has" or "have", or
/// after one adverb between.
fn perfect_participle(w: &[&str], m: usize) -> bool {
    let perfect = |x: &str| matches!(x, "had" | "has" | "have" | "'d" | "'ve");
    PARTICIPLES.contains(&w[m])
        && m > 0
        && (perfect(w[m - 1])
            || (m > 1
                && matches!(
                    w[m - 1],
                    "already" | "also" | "previously" | "just" | "recently" | "first" | "since"
                )
                && perfect(w[m - 2])))
}

/// Whether the words before a date at `i` say that what was due is still
/// awaited: "are still waiting for payments that were due in March", "is
/// still owed". Fourteen words at most, in the same sentence.
fn awaited(w: &[&str], i: usize) -> bool {
    w[i.saturating_sub(14)..i].windows(2).any(|p| {
        p[0] == "still"
            && matches!(
                p[1],
                "waiting" | "awaiting" | "owed" | "unpaid" | "outstanding" | "overdue"
            )
    })
}

/// A time in a phrase that opens the sentence before its first comma looks
/// back when the main clause's verb after the comma is in the past: "In an
/// interview with the broadcaster RVT on Wednesday, Valanne said …" (not
/// ahead for the "to relocate" after it). The phrase opens with a
/// preposition; the verb is among the four words after the comma. False
/// when the time is not in such a phrase, or no past verb tells (the
/// tense of the sentence decides: "At a meeting on Wednesday, the board
/// will vote …").
fn opens_in_the_past(w: &[&str], i: usize) -> bool {
    if !matches!(w.first(), Some(&("in" | "at" | "during"))) || w[..i].contains(&",") {
        return false;
    }
    let Some(comma) = w[i..]
        .iter()
        .take(12)
        .position(|x| *x == ",")
        .map(|c| i + c)
    else {
        return false;
    };
    // (the first verb decides: "will set out" is ahead; a saying set off by
    // commas, "ministers said, the board will vote", is none of the
    // clause's)
    let end = w.len().min(comma + 5);
    (comma + 1..end)
        .find(|&k| (is_past(w[k]) && w.get(k + 1) != Some(&",")) || is_modal(w[k]))
        .is_some_and(|k| !is_modal(w[k]))
}

/// Whether a word is a modal or a future's auxiliary.
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "'ll" | "shall" | "would" | "should" | "must" | "may" | "might" | "can" | "could"
    )
}

/// Whether the words after a date at `i` say that what was due has not
/// happened: "… and it still hasn't opened", "but has yet to start",
/// "but never did". Twelve words at most, in the same sentence.
fn missed(w: &[&str], i: usize) -> bool {
    let after = &w[i..w.len().min(i + 12)];
    after.iter().enumerate().any(|(k, x)| {
        let next = after.get(k + 1).copied().unwrap_or("");
        matches!(
            *x,
            "hasn't" | "haven't" | "hasn\u{2019}t" | "haven\u{2019}t" | "never"
        ) || (matches!(*x, "has" | "have") && matches!(next, "not" | "yet" | "never"))
    })
}

/// Participles of fixing a day for an event: "called a protest for
/// Saturday".
const SCHEDULED: &[&str] = &[
    "called",
    "set",
    "scheduled",
    "planned",
    "fixed",
    "booked",
    "announced",
    "organised",
    "organized",
    "arranged",
    "timetabled",
    "pencilled",
    "penciled",
    "convened",
];

/// Records that cover a month: "figures for May", "sales for March".
const RECORDS: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "numbers",
    "results",
    "accounts",
    "sales",
    "returns",
    "readings",
    "totals",
    "rates",
    "minutes",
    "bills",
    "report",
];

fn at(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<(Found, bool)> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let future = &Ahead::new(w, i, future);
    // Skip one preposition; it is kept in the expression.
    let lead = usize::from(is_time_preposition(get(0)));
    if let Some(f) = months_to(w, tokens, i + lead, published, future) {
        return Some((
            Found {
                len: f.len + lead,
                ..f
            },
            false,
        ));
    }
    if let Some(f) = relative_span(w, i + lead, published, future) {
        return Some((
            Found {
                len: f.len + lead,
                ..f
            },
            false,
        ));
    }
    if let Some(f) = calendar(w, tokens, i + lead, published, future) {
        return Some((
            Found {
                len: f.len + lead,
                ..f
            },
            false,
        ));
    }
    // "by Christmas", "before New Year's Eve": the next one ahead, or the
    // last one gone.
    if let Some((month, day, len)) = holiday(w, i + lead) {
        let found = published.and_then(|p| {
            let this = NaiveDate::from_ymd_opt(p.year(), month, day)?;
            let year = match (future.get(), this >= p) {
                (true, false) => p.year() + 1,
                (false, true) if this > p => p.year() - 1,
                _ => p.year(),
            };
            NaiveDate::from_ymd_opt(year, month, day)
        });
        return Some((
            Found {
                len: len + lead,
                from: found,
                to: found,
                relative: true,
            },
            false,
        ));
    }
    // "in a little less than ten days", "over two and a half years", "three years ago"
    duration(w, i, published, future, lead == 0).map(|f| (f, true))
}

/// "six months to August", "the three months to September 2026", "the
/// five years to March 2025": a reporting period of whole months (or
/// years) ending with the month named, which is read like a month on its
/// own.
fn months_to(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    // "the year to 31 March", "the financial year ended 30 June 2025": a
    // year of accounts.
    let the = usize::from(get(0) == "the");
    let kind = usize::from(matches!(get(the), "financial" | "fiscal" | "full"));
    if get(the + kind) == "year" && matches!(get(the + kind + 1), "to" | "ended" | "ending") {
        let at = i + the + kind + 2;
        let end_of = end_of_month(w, at);
        let f = ending(w, tokens, at + end_of, 12, published, future)
            .or_else(|| year_to_month(w, tokens, at + end_of, published, future))?;
        return Some(nearest_period(
            Found {
                len: the + kind + 2 + end_of + f.len,
                ..f
            },
            published,
        ));
    }
    let n = number_of(get(0))?;
    // "the 12 weeks to October 4", "four weeks ending 2 March": a
    // period of whole weeks that ends on the day named (a day, not a month:
    // "the four weeks to August" names no end).
    if (1.0..=104.0).contains(&n)
        && n.fract() == 0.0
        && matches!(get(1), "weeks" | "week")
        && matches!(get(2), "to" | "ending" | "ended")
    {
        let day = day_of(get(3)).is_some() && month_of(get(4)).is_some()
            || month_of(get(3)).is_some() && day_of(get(4)).is_some();
        if !day {
            return None;
        }
        let end = calendar(w, tokens, i + 3, published, future)?;
        let from = end
            .to
            .and_then(|t| t.checked_sub_days(chrono::Days::new(7 * n as u64 - 1)));
        return Some(Found {
            len: 3 + end.len,
            from: from.or(end.from),
            to: end.to,
            relative: end.relative,
        });
    }
    // ("the five years to March 2025": whole years, as so many months)
    let months = match get(1) {
        "months" | "month" if (1.0..=24.0).contains(&n) => n,
        "years" if (2.0..=10.0).contains(&n) => n * 12.0,
        _ => return None,
    };
    let shape = n.fract() == 0.0 && matches!(get(2), "to" | "through" | "ending" | "ended");
    if !shape {
        return None;
    }
    let end_of = end_of_month(w, i + 3);
    let f = ending(w, tokens, i + 3 + end_of, months as u32, published, future)?;
    Some(nearest_period(
        Found {
            len: 3 + end_of + f.len,
            ..f
        },
        published,
    ))
}

/// "the end of" before a month named in capitals ("the year to the end of
/// March", "the six months to the end of June") ends the period with that
/// month, as "to March" does: the words to step over, 3 or none. (The
/// month is then read as after "to", in capitals only: "to the end of
/// march" ends no period.)
fn end_of_month(w: &[&str], at: usize) -> usize {
    match w.get(at..at + 4) {
        Some(["the", "end", "of", month]) if month_of(month).is_some() => 3,
        _ => 0,
    }
}

/// A period a year before (`back`) or after, its end kept the last day
/// of its month where it was one: February's too.
fn a_year_over(from: NaiveDate, to: NaiveDate, back: bool) -> Option<(NaiveDate, NaiveDate)> {
    let year = Months::new(12);
    let move_by = |d: NaiveDate| {
        if back {
            d.checked_sub_months(year)
        } else {
            d.checked_add_months(year)
        }
    };
    let end = to.succ_opt().and_then(move_by).and_then(|d| d.pred_opt());
    move_by(from).zip(end)
}

/// A period of accounts whose end is named without its year ("the six
/// months to 30 June", "the year to 31 March") is the one whose end is
/// nearest the day of publication, before or after it, whatever the
/// tense: "will cut 450 jobs after reporting a loss for the six months to
/// 30 June", printed in July, is this June's half year, not next June's.
fn nearest_period(f: Found, published: Option<NaiveDate>) -> Found {
    let (Some(p), Some(from), Some(to), true) = (published, f.from, f.to, f.relative) else {
        return f;
    };
    let distance = |d: NaiveDate| (d - p).num_days().abs();
    let best = [
        a_year_over(from, to, true),
        Some((from, to)),
        a_year_over(from, to, false),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|&(_, end)| distance(end));
    match best {
        Some((from, to)) => Found {
            from: Some(from),
            to: Some(to),
            ..f
        },
        None => f,
    }
}

/// "the year to March", "the financial year ending June": a year of
/// accounts that ends with a month named alone (in capitals, as "march"
/// is also a verb), the last of that month read from the publication date
/// as a month alone is; the year from the first of the month after it.
fn year_to_month(
    w: &[&str],
    tokens: &[Token],
    at: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
) -> Option<Found> {
    let m = month_of(w.get(at)?)?;
    if !tokens.get(at).is_some_and(Token::is_cap) {
        return None;
    }
    let p = published?;
    let (_, to) = infer(p, |y| Some((ymd(y, m, 1)?, month_end(y, m)?)), future.get())?;
    let from = to.succ_opt()?.checked_sub_months(Months::new(12))?;
    Some(Found {
        len: 1,
        from: Some(from),
        to: Some(to),
        relative: true,
    })
}

/// The period of `n` whole months that ends with the month or the day at
/// `i`: "to August" (from the first of the month `n - 1` months before),
/// "to 31 March" (from the day after it, `n` months before).
fn ending(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    n: u32,
    published: Option<NaiveDate>,
    future: &Ahead,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let day = day_of(get(0)).is_some() && month_of(get(1)).is_some()
        || month_of(get(0)).is_some() && day_of(get(1)).is_some();
    if !day && !is_month_word(get(0)) {
        return None;
    }
    let end = calendar(w, tokens, i, published, future)?;
    let from = if day {
        // (the day after the end, `n` months back: "to June 30" from
        // January 1)
        end.to
            .and_then(|t| t.succ_opt())
            .and_then(|t| t.checked_sub_months(Months::new(n)))
    } else {
        end.to
            .and_then(|t| t.with_day(1))
            .and_then(|t| t.checked_sub_months(Months::new(n.saturating_sub(1))))
    };
    Some(Found {
        len: end.len,
        from: from.or(end.from),
        to: end.to,
        relative: end.relative,
    })
}

/// A feast on a fixed day: "Christmas" (Day, Eve), "New Year's Day", "New
/// Year's Eve", "Halloween"; its month, day and length in words.
///
/// A feast after a possessive or "a", before a noun, names no day but the
/// thing it qualifies: "would lose their Christmas bonus", "a Halloween
/// party" ("by Christmas", "the Christmas period" are days).
fn holiday(w: &[&str], i: usize) -> Option<(u32, u32, usize)> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let qualifies = |len: usize| {
        i > 0
            && matches!(
                w[i - 1],
                "their" | "his" | "her" | "its" | "our" | "my" | "your" | "a" | "an"
            )
            && get(len).len() > 2
            && get(len).bytes().all(|b| b.is_ascii_lowercase())
    };
    let found = match (get(0), get(1), get(2)) {
        ("christmas", "eve", _) => Some((12, 24, 2)),
        ("christmas", "day", _) => Some((12, 25, 2)),
        ("christmas", _, _) => Some((12, 25, 1)),
        ("new", "year's", "eve") => Some((12, 31, 3)),
        ("new", "year's", "day") => Some((1, 1, 3)),
        ("halloween", _, _) => Some((10, 31, 1)),
        _ => None,
    };
    found.filter(|&(_, _, len)| !qualifies(len))
}

/// "in a little less than ten days", "over two and a half years", "within 30 days",
/// "three years ago", "over the next decade".
fn duration(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
    bare: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    if bare && number_of(get(0)).is_none() {
        return None;
    }
    // ("closed on four days in April": days counted, not a span of time)
    if !bare && get(0) == "on" {
        return None;
    }
    let mut k = usize::from(!bare);
    // (the tense, unless the words say which way: asked last)
    let mut forward = None;
    // "in over two years", "for more than a decade": a span that ends now.
    let at_least = matches!(get(0), "in" | "for") && matches!(get(k), "over" | "more");
    if at_least {
        forward = Some(false);
    }
    if get(k) == "over" {
        k += 1;
    }
    if get(k) == "the" && matches!(get(k + 1), "next" | "coming" | "past" | "last" | "previous") {
        forward = Some(matches!(get(k + 1), "next" | "coming"));
        k += 2;
    }
    while matches!(
        get(k),
        "a" | "just"
            | "little"
            | "bit"
            | "less"
            | "more"
            | "than"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "roughly"
            | "some"
            | "over"
            | "under"
    ) && !(get(k) == "a"
        && (number_of(get(k + 1)).is_some() || unit_of(get(k + 1)).is_some())
        && get(k + 1) != "a")
    {
        k += 1;
    }
    let mut n = 1.0;
    if let Some(v) = number_of(get(k)) {
        if unit_of(get(k + 1)).is_some() || get(k + 1) == "and" || get(k + 1) == "of" {
            n = v;
            k += 1;
            if get(k) == "of" {
                k += 1; // "a couple of"
            }
            if get(k) == "and" && get(k + 1) == "a" && get(k + 2) == "half" {
                n += 0.5;
                k += 3;
            }
        }
    }
    let unit = unit_of(get(k))?;
    k += 1;
    let mut point = false;
    match (get(k), get(k + 1)) {
        ("from", "now") => {
            forward = Some(true);
            k += 2;
        }
        ("ago", _) => {
            forward = Some(false);
            point = true;
            k += 1;
        }
        ("earlier", _) | ("later", _) | ("before", _) | ("after", _) => return None,
        _ if bare => return None,
        _ => {}
    }
    let Some(p) = published else {
        return Some(Found {
            len: k,
            from: None,
            to: None,
            relative: true,
        });
    };
    let forward = forward.unwrap_or_else(|| future.get());
    let other = add(p, &unit, n, forward)?;
    let (from, to) = if point {
        (other, other)
    } else if forward {
        (p, other)
    } else {
        (other, p)
    };
    Some(Found {
        len: k,
        from: Some(from),
        to: Some(to),
        relative: true,
    })
}

/// A preposition that can lead a time expression ("on Wednesday", "within a week").
fn is_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "by"
            | "at"
            | "until"
            | "since"
            | "during"
            | "within"
            | "over"
            | "for"
            | "before"
            | "after"
            | "throughout"
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_time_limit_given_runs_on_from_its_giving() {
        // Published on Thursday 2026-10-08.
        let p = "2026-10-08";
        let first = |t: &str| periods(t, p)[0].1.clone();
        // (seen: a wire story on expelled diplomats)
        assert_eq!(
            first("Vantaskis said the three diplomats had been given until Sunday to leave."),
            "2026-10-11"
        );
        assert_eq!(
            first("The council said it had given the tenants until Friday to appeal."),
            "2026-10-09"
        );
        assert_eq!(
            first("The council said tenants had been given until Friday."),
            "2026-10-09"
        );
        // Near misses: what lasted until a day, a limit given in the simple
        // past of a story told to its end, and one beside another weekday.
        assert_eq!(
            first("The owner said the shop stayed open until Sunday to help."),
            "2026-10-04"
        );
        assert_eq!(
            first("The three diplomats were given until Sunday to leave the country."),
            "2026-10-04"
        );
        assert_eq!(
            first("Protesters had been given until Friday to clear the camp, and police moved in on Saturday morning."),
            "2026-10-02"
        );
    }

    #[test]
    fn a_part_of_the_day_is_read_with_its_day() {
        let p = "2026-09-13";
        assert_eq!(
            periods(
                "The firm denied that the leak had begun before Saturday morning.",
                p
            ),
            vec![(
                "before Saturday morning".to_string(),
                "2026-09-12".to_string()
            )]
        );
        assert_eq!(
            periods("The board will meet on Friday night to decide.", p),
            vec![("on Friday night".to_string(), "2026-09-18".to_string())]
        );
        assert_eq!(
            periods("Residents said they smelt fuel yesterday evening.", p)[0].0,
            "yesterday evening"
        );
        // (a part of the day after anything but a day stays out: "in March
        // evening classes")
        assert_eq!(
            periods("The college said it would cut in March evening classes.", p)[0].0,
            "in March"
        );
    }

    /// Weekdays by the tense of their clause, published on Wednesday 2026-06-10.
    #[test]
    fn weekdays_follow_the_tense_of_their_verb() {
        let p = "2026-06-10";
        let one = |t: &str| periods(t, p)[0].1.clone();
        assert_eq!(one("The consultation closes on Friday."), "2026-06-12");
        assert_eq!(
            one("The minister said on Monday that it was over."),
            "2026-06-08"
        );
        assert_eq!(
            one("The next briefing will be held on Friday at 11:00."),
            "2026-06-12"
        );
        assert_eq!(
            one("The road will stay closed at least until Saturday."),
            "2026-06-13"
        );
        assert_eq!(
            one("A public meeting is to be held in Ashby on Thursday evening."),
            "2026-06-11"
        );
        assert_eq!(one("The river peaked on Tuesday morning."), "2026-06-09");
    }

    #[test]
    fn what_was_put_off_resumes_ahead() {
        let p = "2026-10-08"; // a Thursday
        let one = |t: &str| periods(t, p)[0].1.clone();
        for sentence in [
            "The case was adjourned until Monday.",
            "He was remanded in custody until Monday.",
            "The vote was postponed until Monday.",
            // (seen: a thing booked, until it runs out)
            "She said the council had booked 60 hotel rooms for families until Monday.",
            "The club reserved the hall until Monday.",
        ] {
            assert_eq!(one(sentence), "2026-10-12", "{sentence}");
        }
        // (what stayed shut until a day is behind)
        assert_eq!(one("The road stayed shut until Monday."), "2026-10-05");
    }

    #[test]
    fn a_participle_between_a_preposition_and_its_noun_gives_no_tense() {
        let p = "2026-06-10";
        let one = |t: &str| periods(t, p)[0].1.clone();
        for sentence in [
            "The committee will question the minister behind closed doors on Thursday.",
            "The ward will reopen with reduced staff on Thursday.",
        ] {
            assert_eq!(one(sentence), "2026-06-11", "{sentence}");
        }
        // (a verb after a preposition's noun still tells the tense: "the
        // doors closed on Thursday")
        assert_eq!(
            one("Staff behind the counter closed the branch on Thursday."),
            "2026-06-04"
        );
    }

    #[test]
    fn feasts_possessive_weekdays_and_forecasts() {
        let p = Some(d("2026-11-05"));
        let one = |text: &str| {
            let mut html = 0;
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            let e = find(text, &t, p, is_future(&t));
            e.iter()
                .map(|x| (x.text.clone(), x.period()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            one("It will be open by Christmas."),
            vec![("by Christmas".into(), "2026-12-25".into())]
        );
        assert_eq!(
            one("She won the most votes in Sunday's election."),
            vec![("in Sunday's".into(), "2026-11-01".into())]
        );
        assert_eq!(
            one("Heavy rain is forecast to return on Saturday."),
            vec![("on Saturday".into(), "2026-11-07".into())]
        );
        // "Plans for 420 homes" is no plan to do something.
        assert_eq!(
            one("Plans for 420 homes were approved by the committee on Monday night."),
            vec![("on Monday night".into(), "2026-11-02".into())]
        );
    }

    #[test]
    fn parts_of_days_seasons_and_weekends() {
        let p = "2026-06-19"; // a Friday
        let one = |t: &str| {
            periods(t, p)
                .first()
                .map_or_else(|| format!("nothing in {t}"), |x| x.1.clone())
        };
        assert_eq!(one("Teams arrived this morning."), "2026-06-19");
        // (a part of the day that owns a noun: "after this morning's
        // earthquake")
        assert_eq!(
            one("More than 1,400 were injured in this morning's earthquake."),
            "2026-06-19"
        );
        assert_eq!(one("This evening's vote was delayed."), "2026-06-19");
        assert_eq!(
            one("Profit fell in the first quarter."),
            "2026-01-01..2026-03-31"
        );
        assert_eq!(
            one("The listing is planned for the first quarter of next year."),
            "2027-01-01..2027-03-31"
        );
        assert_eq!(
            one("Sales will recover in the second half of the year."),
            "2026-07-01..2026-12-31"
        );
        assert_eq!(
            one("The team plans to repeat it outdoors next summer."),
            "2027-06-01..2027-08-31"
        );
        assert_eq!(
            one("The ministry will respond in the summer."),
            "2026-06-01..2026-08-31"
        );
        assert_eq!(one("Sales fell last winter."), "2025-12-01..2026-02-28");
        assert_eq!(
            one("Families should return at the weekend."),
            "2026-06-20..2026-06-21"
        );
        assert_eq!(
            one("It is due to finish in the autumn of 2027."),
            "2027-09-01..2027-11-30"
        );
    }

    #[test]
    fn the_weekday_of_talks_someone_was_summoned_for_is_ahead() {
        // Published on Tuesday 2026-03-03.
        let p = "2026-03-03";
        // (seen: a wire story's summons)
        assert_eq!(
            periods("Norway's foreign ministry said it had summoned Lissarta's ambassador in Oslo for talks on Wednesday.", p),
            vec![("on Wednesday".to_string(), "2026-03-04".to_string())]
        );
        // (the same in other words)
        assert_eq!(
            periods(
                "Lusmark recalled its ambassador for consultations on Friday.",
                p
            ),
            vec![("on Friday".to_string(), "2026-03-06".to_string())]
        );
        // (and on the day of publication, that day)
        assert_eq!(
            periods(
                "Lusmark recalled its ambassador for consultations on Tuesday.",
                p
            ),
            vec![("on Tuesday".to_string(), "2026-03-03".to_string())]
        );
        // (but not talks held, nor a weekday after "for" another noun, as
        // men held for questioning)
        assert_eq!(
            periods(
                "Police said they had arrested two men and held them for questioning on Thursday.",
                p
            ),
            vec![("on Thursday".to_string(), "2026-02-26".to_string())]
        );
        assert_eq!(
            periods("The two ministers held talks on Wednesday.", p),
            vec![("on Wednesday".to_string(), "2026-02-25".to_string())]
        );
        assert_eq!(
            periods(
                "It had summoned the ambassador for an explanation on Wednesday.",
                p
            ),
            vec![("on Wednesday".to_string(), "2026-02-25".to_string())]
        );
    }

    #[test]
    fn last_season_is_last_years_though_this_years_has_ended() {
        let one = |t: &str, p: &str| {
            periods(t, p)
                .first()
                .map_or_else(|| format!("nothing in {t}"), |x| x.1.clone())
        };
        // (seen: a live blog in November, without the length of the
        // closure, and a wire story in September)
        assert_eq!(
            one(
                "It was closed last summer for repairs to its drainage.",
                "2026-11-28"
            ),
            "2025-06-01..2025-08-31"
        );
        assert_eq!(
            one("The court heard the case last spring.", "2026-09-23"),
            "2025-03-01..2025-05-31"
        );
        // (the same in other words, and in the season itself)
        assert_eq!(
            one("The pier was repainted last autumn.", "2026-12-10"),
            "2025-09-01..2025-11-30"
        );
        assert_eq!(
            one("Visitor numbers fell last summer.", "2026-07-09"),
            "2025-06-01..2025-08-31"
        );
        // (winter runs over the new year: in March the one just ended, in
        // January the one before the winter in progress)
        assert_eq!(
            one("Sales fell last winter.", "2026-03-20"),
            "2025-12-01..2026-02-28"
        );
        assert_eq!(
            one("Sales fell last winter.", "2026-01-20"),
            "2024-12-01..2025-02-28"
        );
        // ("this summer" in November is this year's)
        assert_eq!(
            one("The tunnel was closed this summer.", "2026-11-28"),
            "2026-06-01..2026-08-31"
        );
    }

    #[test]
    fn what_goes_to_a_vote_on_a_weekday_goes_ahead() {
        // Published on Tuesday 2026-02-10.
        let p = "2026-02-10";
        // (seen: "on Thursday" far from "goes", read as the Thursday gone)
        assert_eq!(
            periods(
                "The budget goes to a vote in the 150-seat Landrat on Thursday.",
                p
            ),
            vec![("on Thursday".to_string(), "2026-02-12".to_string())]
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The planning application goes before the council's planning committee for a decision on Monday.",
                p
            ),
            vec![("on Monday".to_string(), "2026-02-16".to_string())]
        );
        // Not in the past tense.
        assert_eq!(
            periods(
                "The budget went to a vote in the 150-seat Landrat on Thursday.",
                p
            ),
            vec![("on Thursday".to_string(), "2026-02-05".to_string())]
        );
    }

    #[test]
    fn months_counted_from_either_end_of_a_year_are_that_part_of_it() {
        let p = "2026-06-19";
        // (seen: "in the first three months of the year" read as the year)
        assert_eq!(
            periods(
                "Only 41% of patients were scanned within an hour in the first three months of the year.",
                p
            ),
            vec![(
                "in the first three months of the year".to_string(),
                "2026-01-01..2026-03-31".to_string()
            )]
        );
        // The same shape in other words.
        assert_eq!(
            periods("Exports fell in the last three months of 2025.", p),
            vec![(
                "in the last three months of 2025".to_string(),
                "2025-10-01..2025-12-31".to_string()
            )]
        );
        assert_eq!(
            periods("Sales rose by 4% in the first six months of last year.", p)[0].1,
            "2025-01-01..2025-06-30"
        );
        // Not without the year it is counted in: a length of time back
        // from publication, or nothing.
        assert_eq!(
            periods("Sales rose by 4% in the last three months.", p),
            vec![(
                "in the last three months".to_string(),
                "2026-03-19..2026-06-19".to_string()
            )]
        );
        assert_eq!(
            periods("Sales rose in the first three months of trading.", p),
            Vec::<(String, String)>::new()
        );
    }

    /// Whether `is_future` reads a sentence as looking ahead.
    fn future(text: &str) -> bool {
        let mut html = 0;
        is_future(&tokenize(text, 0, text.len(), &[], &mut html))
    }

    pub(super) fn periods(text: &str, published: &str) -> Vec<(String, String)> {
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        let future = is_future(&tokens);
        find(text, &tokens, Some(d(published)), future)
            .into_iter()
            .map(|e| (e.text.clone(), e.period()))
            .collect()
    }

    #[test]
    fn spans_of_months_and_a_month_with_its_year_after_it() {
        // Published in June 2026.
        let p = "2026-06-10";
        let v = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(
            periods("Complaints rose between February and April.", p),
            v("February and April", "2026-02-01..2026-04-30")
        );
        assert_eq!(
            periods("The bridge will shut from August to October.", p),
            v("August to October", "2026-08-01..2026-10-31")
        );
        assert_eq!(
            periods("Works ran from November to February 2025.", p),
            v("November to February 2025", "2025-11-01..2026-02-28")
        );
        assert_eq!(
            periods("Readings were taken from May to August last year.", p),
            v("May to August last year", "2025-05-01..2025-08-31")
        );
        assert_eq!(
            periods("The depot closed in October last year.", p),
            v("in October last year", "2025-10-01..2025-10-31")
        );
        assert_eq!(
            periods("The levy will rise in January next year.", p),
            v("in January next year", "2027-01-01..2027-01-31")
        );
        assert_eq!(
            periods("Tests resume on May 15 next year.", p),
            v("on May 15 next year", "2027-05-15")
        );
        assert_eq!(
            periods("It shut on 3 March last year.", p),
            v("on 3 March last year", "2025-03-03")
        );
        // "and" alone joins two dates, not a span.
        assert_eq!(periods("It fell in May and rose in July.", p).len(), 2);
    }

    #[test]
    fn an_undertaking_looks_ahead_whatever_its_tense() {
        // Published in June 2026: the end of March ahead is next year's.
        let p = "2026-06-10";
        assert_eq!(
            periods(
                "The accord commits the four states to naming an operator by the end of March.",
                p
            ),
            vec![("by the end of March".to_string(), "2027-03-31".to_string())]
        );
        assert_eq!(
            periods(
                "Ministers hoped to settle the dispute before the end of April.",
                p
            )[0]
            .1,
            "2027-04-30"
        );
        assert_eq!(
            periods("The board voted to close the baths in February.", p)[0].1,
            "2027-02-01..2027-02-28"
        );
        assert_eq!(
            periods("The audited figures are published in May.", p)[0].1,
            "2027-05-01..2027-05-31"
        );
        // Past events keep looking back.
        assert_eq!(
            periods("The baths closed in February.", p)[0].1,
            "2026-02-01..2026-02-28"
        );
        assert!(future(
            "Leaders agreed on Friday to build the cable by 2031."
        ));
        assert!(future(
            "The trust remained on course to meet the target by 2030."
        ));
        assert!(!future(
            "Leaders agreed on Friday that the cable had cost too much."
        ));
        // A forecast in the present looks ahead.
        // (seen: "The finance ministry forecasts a deficit of 3.4% of
        // national output this year")
        assert!(future(
            "The finance ministry forecasts a deficit of 3.4% of national output this year."
        ));
        assert!(future("The bank predicts a fall in house prices in March."));
        // Not the past "forecast", nor a noun.
        assert!(!future(
            "The finance ministry forecast a deficit of 3.4% of national output last year."
        ));
        assert!(!future("Its forecasts were wrong in March."));
        // A promise of a thing, and a thing to be done, by a deadline.
        // (seen: "promised delivery of the first vessel by spring 2028",
        // "cast-iron pipes to be replaced by 2029")
        assert!(future(
            "The winning bid was 22% cheaper and promised delivery of the first vessel by spring 2028."
        ));
        assert!(future(
            "The firm guaranteed a full refund to every customer by the end of May."
        ));
        assert!(future(
            "The main was on its list of cast-iron pipes to be replaced by 2029."
        ));
        assert!(future(
            "The site is one of 12 earmarked for homes to be built by 2030."
        ));
        // Not a promise without a deadline, nor an agent after "by".
        assert!(!future(
            "The winning bid was 22% cheaper and promised delivery by a yard in Poland."
        ));
        assert!(!future(
            "The damp was found to be caused by a leaking pipe in May."
        ));
        // Published on a Thursday: a participle in the present looks ahead.
        let p = "2026-06-11";
        assert_eq!(
            periods(
                "Ballots are being sorted tonight, with the other wards counting on Friday.",
                p
            )[1]
            .1,
            "2026-06-12"
        );
        assert_eq!(
            periods("Ministers are meeting on Monday.", p)[0].1,
            "2026-06-15"
        );
        assert_eq!(
            periods("The wards began counting on Monday.", p)[0].1,
            "2026-06-08"
        );
        assert_eq!(
            periods(
                "Residents protesting on Monday said the plan was unfair.",
                p
            )[0]
            .1,
            "2026-06-08"
        );
    }

    #[test]
    fn a_time_opening_the_sentence_takes_the_main_verbs_tense_and_what_is_still_awaited_was_due() {
        // Round 45: published on Thursday 2026-03-05 and Sunday 2026-05-17.
        let p = "2026-03-05";
        assert_eq!(
            periods("In an interview with the broadcaster RVT on Wednesday, Valanne said more than 4,000 civil servants had agreed to relocate.", p),
            vec![("on Wednesday".to_string(), "2026-03-04".to_string())]
        );
        // Other words, ahead: the main verb after the comma is "will", and
        // the sentence's tense decides.
        assert_eq!(
            periods(
                "At a meeting on Wednesday, the board will vote on plans to relocate.",
                p
            ),
            vec![("on Wednesday".to_string(), "2026-03-11".to_string())]
        );
        let p = "2026-05-17";
        assert_eq!(
            periods(
                "Around 9,000 farmers are still waiting for payments that were due in March.",
                p
            ),
            vec![("in March".to_string(), "2026-03-01..2026-03-31".to_string())]
        );
        // Near miss: a saying set off by commas is not the clause's verb.
        assert_eq!(
            periods(
                "At the meeting on Wednesday, ministers said, the board will vote on the plan.",
                "2026-03-05"
            ),
            vec![("on Wednesday".to_string(), "2026-03-11".to_string())]
        );
        // Near miss: a schedule told in the past with nothing awaited is
        // ahead, as reported speech puts it.
        assert_eq!(
            periods(
                "The minister said the payments were due in March.",
                "2026-01-14"
            ),
            vec![("in March".to_string(), "2026-03-01..2026-03-31".to_string())]
        );
    }

    #[test]
    fn a_month_after_for_and_a_schedule_that_ends_or_returns() {
        // Published on a Wednesday in March.
        let p = "2026-03-18";
        assert_eq!(
            periods(
                "The board said its accounts for January showed a small surplus.",
                p
            ),
            vec![(
                "for January".to_string(),
                "2026-01-01..2026-01-31".to_string()
            )]
        );
        assert_eq!(
            periods(
                "Members will be given reduced parking rates at the depot from October.",
                p
            ),
            vec![("October".to_string(), "2026-10-01..2026-10-31".to_string())]
        );
        let mut html = 0;
        for text in [
            "The consultation ends in May.",
            "The committee returns from its break on Tuesday.",
        ] {
            let tokens = tokenize(text, 0, text.len(), &[], &mut html);
            assert!(is_future(&tokens), "{text}");
        }
    }

    #[test]
    fn to_before_a_noun_is_no_infinitive_that_looks_ahead() {
        // (seen: a plea "in May" read as next May, by "to the same charge")
        let p = "2026-07-22";
        assert_eq!(
            periods("His co-defendant, Kenan Lightfoot, 24, pleaded guilty to the same charge at a hearing in May and will be sentenced after the trial.", p),
            vec![("in May".to_string(), "2026-05-01..2026-05-31".to_string())]
        );
        // The same in other words.
        assert_eq!(
            periods("The parish council objected to a similar scheme at its meeting in March and will oppose this one too.", p),
            vec![("in March".to_string(), "2026-03-01..2026-03-31".to_string())]
        );
        // A near miss: an infinitive still looks ahead.
        assert_eq!(
            periods("The council has agreed to repair the sea wall at the harbour in March and will pay for it.", p),
            vec![("in March".to_string(), "2027-03-01..2027-03-31".to_string())]
        );
    }

    #[test]
    fn a_day_keeps_the_tense_of_its_own_clause_and_a_record_looks_back() {
        // Published on Thursday 2026-09-10.
        let p = "2026-09-10";
        assert_eq!(
            periods(
                "The insurer posted a 12% drop in quarterly premiums from motor cover on Tuesday and said it would shed 300 jobs.",
                p
            ),
            vec![("on Tuesday".to_string(), "2026-09-08".to_string())]
        );
        assert_eq!(
            periods(
                "The brewer announced a sharp rise in the cost of barley for its lagers on Monday, and warned that prices will go up.",
                p
            )[0]
            .1,
            "2026-09-07"
        );
        // Near its verb, the future still decides.
        assert_eq!(
            periods("The chain said it would close 12 stores on Monday.", p)[0].1,
            "2026-09-14"
        );
        assert_eq!(
            periods("Sales figures for June will be published on Friday.", p)[0],
            ("for June".to_string(), "2026-06-01..2026-06-30".to_string())
        );
        assert_eq!(
            periods("The statistics for August are expected next week.", p)[0],
            (
                "for August".to_string(),
                "2026-08-01..2026-08-31".to_string()
            )
        );
        assert_eq!(
            periods("The bridge will be finished by the end of 2028.", p),
            vec![("by the end of 2028".to_string(), "2028-12-31".to_string())]
        );
        // A season's end is its last day, as a month's is; the season
        // alone is whole.
        assert_eq!(
            periods("The library will reopen by the end of the summer.", p),
            vec![(
                "by the end of the summer".to_string(),
                "2027-08-31".to_string()
            )]
        );
        assert_eq!(
            periods("The library will reopen in the summer.", p),
            vec![(
                "in the summer".to_string(),
                "2027-06-01..2027-08-31".to_string()
            )]
        );
        // A day a plan had been set for is ahead; a verb whose past is its
        // present is past after a pronoun.
        assert_eq!(
            periods(
                "Rain forced the club to call off a final that had been scheduled for Saturday.",
                p
            )[0]
            .1,
            "2026-09-12"
        );
        assert_eq!(
            periods(
                "Growth will be 1.2% next year, below the 1.5% it forecast in May.",
                p
            )[1]
            .1,
            "2026-05-01..2026-05-31"
        );
        // A possessive names the period: "this week's summit".
        assert_eq!(
            periods("The president did not attend this week's summit.", p),
            vec![(
                "this week's".to_string(),
                "2026-09-07..2026-09-13".to_string()
            )]
        );
        assert_eq!(
            periods("It had promised to repay the loan by the end of 2025.", p),
            vec![("by the end of 2025".to_string(), "2025-12-31".to_string())]
        );
    }

    #[test]
    fn until_after_a_present_perfect_a_decade_and_what_is_still_to_be_done() {
        // Published on a Tuesday in October.
        let p = "2026-10-13";
        // An expression opening with "until", after a present perfect.
        assert_eq!(
            periods(
                "A rest centre has been opened at the community hall until Thursday.",
                p
            ),
            vec![("until Thursday".to_string(), "2026-10-15".to_string())]
        );
        assert_eq!(
            periods("The council has closed the car park until Friday.", p),
            vec![("until Friday".to_string(), "2026-10-16".to_string())]
        );
        // (after a simple past, behind)
        assert_eq!(
            periods("The car park was closed until Friday.", p),
            vec![("until Friday".to_string(), "2026-10-09".to_string())]
        );
        // A decade, whole; not the open time before or since one.
        assert_eq!(
            periods("Several councils increased spraying in the 2010s.", p),
            vec![(
                "in the 2010s".to_string(),
                "2010-01-01..2019-12-31".to_string()
            )]
        );
        assert_eq!(
            periods("Prices were last this high in the 1990s.", p),
            vec![(
                "in the 1990s".to_string(),
                "1990-01-01..1999-12-31".to_string()
            )]
        );
        assert_eq!(
            periods("Losses of this size were not expected before the 2040s.", p),
            vec![]
        );
        // (a word with a figure in it right after "to be" is no
        // participle to read past, and reads without a panic)
        let _ = periods("The shed is to be 1234ed in May.", p);
        // A month with the year named from the publication date.
        assert_eq!(
            periods("Calls rose 6% compared with May last year.", p),
            vec![(
                "May last year".to_string(),
                "2025-05-01..2025-05-31".to_string()
            )]
        );
        assert_eq!(
            periods("The ward will reopen in February next year.", p),
            vec![(
                "in February next year".to_string(),
                "2027-02-01..2027-02-28".to_string()
            )]
        );
        // What is still to be done, told in a past or present perfect
        // sentence, is ahead; not what had been hoped.
        assert_eq!(
            periods("The department has drawn up a list of 30 lighthouses to be switched off from April.", p),
            vec![("April".to_string(), "2027-04-01..2027-04-30".to_string())]
        );
        assert_eq!(
            periods("Officials named four stations to be closed in March.", p),
            vec![("in March".to_string(), "2027-03-01..2027-03-31".to_string())]
        );
        assert_eq!(
            periods("The works had been meant to be finished in March.", p),
            vec![("in March".to_string(), "2026-03-01..2026-03-31".to_string())]
        );
        // Nor what was waiting to be done then. Seen.
        assert_eq!(
            period_of(
                "Two biomedical scientists said more than 4,000 samples were waiting to be processed on 1 May.",
                "2026-05-27",
                "on 1 May"
            ),
            "2026-05-01"
        );
        // (an irregular participle too)
        assert_eq!(
            period_of(
                "The board proposed a final dividend of 14.2p a share, unchanged from last year, to be paid on 3 August.",
                "2026-05-21",
                "3 August"
            ),
            "2026-08-03"
        );
        assert_eq!(
            period_of(
                "The old pier, to be rebuilt from March, closed in 2019.",
                "2026-01-21",
                "March"
            ),
            "2026-03-01..2026-03-31"
        );
    }

    #[test]
    fn undertakings_deadlines_and_until_look_ahead() {
        // Published on a Saturday in September.
        let p = "2026-09-12";
        assert_eq!(
            periods("The supplier has agreed to repair the lifts at its own cost by the end of February.", p),
            vec![("by the end of February".to_string(), "2027-02-28".to_string())]
        );
        assert_eq!(
            periods("The ferry operator has suspended all crossings to the island until at least noon on Monday.", p),
            vec![("on Monday".to_string(), "2026-09-14".to_string())]
        );
        // After a simple past, "until" looks back.
        assert_eq!(
            periods("The bridge stayed shut until Thursday.", p),
            vec![("until Thursday".to_string(), "2026-09-10".to_string())]
        );
        // A deadline of a weekday reads as "until" does.
        for text in [
            "\"I have asked Northgrid for a full report by Friday, and I will publish it,\" he told reporters.",
            "The council has told the contractor to clear the site by Friday.",
            "The minister said the plan would be ready by Friday.",
            "Signs will be put up at the three main swimming spots by Friday.",
            "The airline said its full timetable would be restored by Friday.",
            // (a thing to be had done: "to have" and its object)
            "Voltbridge Networks expects to have all of them reconnected by Friday.",
            "The operator hopes to get every line reopened by Friday.",
            // (seen: an object of six words)
            "It expects to have all but 2,000 of them reconnected by Friday.",
            "The operator hopes to get all but two of its lines reopened by Friday.",
        ] {
            assert_eq!(
                periods(text, p),
                vec![("by Friday".to_string(), "2026-09-18".to_string())],
                "{text}"
            );
        }
        assert_eq!(
            periods("Firefighters had contained the blaze by Friday.", p),
            vec![("by Friday".to_string(), "2026-09-11".to_string())]
        );
        // (a "to have" of no intent, and a duty done)
        for text in [
            "Crews appear to have reconnected most homes by Friday.",
            "Engineers had to get every line reopened by Friday.",
        ] {
            assert_eq!(
                periods(text, p),
                vec![("by Friday".to_string(), "2026-09-11".to_string())],
                "{text}"
            );
        }
        let mut html = 0;
        for text in [
            "The bidder has until 5pm on October 3 to make a firm offer.",
            "The planning committee meets on October 6 to decide the application.",
            "A new inquiry was unlikely to report this year, the clerk said.",
        ] {
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            assert!(is_future(&t), "{text}");
        }
        let t = tokenize("The meets on Sunday drew crowds.", 0, 31, &[], &mut html);
        assert!(!is_future(&t));
    }

    #[test]
    fn a_year_to_a_month_alone_is_the_twelve_months_ending_with_it() {
        // (seen: a co-operative's annual revenue)
        assert_eq!(
            periods(
                "Revenue fell to \u{a3}612 million in the year to March, down from \u{a3}688 million.",
                "2026-07-08"
            ),
            vec![(
                "in the year to March".to_string(),
                "2025-04-01..2026-03-31".to_string()
            )]
        );
        // The same shape in other words: a financial year ending in June.
        assert_eq!(
            periods(
                "Profit rose by 8% in the financial year ending June.",
                "2026-10-02"
            ),
            vec![(
                "in the financial year ending June".to_string(),
                "2025-07-01..2026-06-30".to_string()
            )]
        );
        // Near misses: "march" the verb, and a year with no end named.
        assert_eq!(
            periods(
                "Over the year to march on the capital, they grew.",
                "2026-07-08"
            )
            .iter()
            .filter(|(t, _)| t.contains("march"))
            .count(),
            0
        );
        assert_eq!(
            periods("Revenue fell in the year.", "2026-07-08"),
            vec![(
                "in the year".to_string(),
                "2026-01-01..2026-12-31".to_string()
            )]
        );
    }

    #[test]
    fn months_to_a_month_are_a_period_ending_with_it() {
        assert_eq!(
            periods(
                "The grocer reported a fall in profit for the six months to August.",
                "2026-10-21"
            ),
            vec![(
                "six months to August".to_string(),
                "2026-03-01..2026-08-31".to_string()
            )]
        );
        assert_eq!(
            periods(
                "Exports grew in the three months to March, the office said.",
                "2026-05-02"
            ),
            vec![(
                "three months to March".to_string(),
                "2026-01-01..2026-03-31".to_string()
            )]
        );
    }

    #[test]
    fn months_to_the_end_of_a_month_are_a_period_ending_with_it() {
        // Seen.
        assert_eq!(
            periods(
                "Sales rose 6% in the year to the end of February, the retailer said.",
                "2026-04-15"
            ),
            vec![(
                "in the year to the end of February".to_string(),
                "2025-03-01..2026-02-28".to_string()
            )]
        );
        assert_eq!(
            periods(
                "It lost £8m in the six months to the end of June.",
                "2026-09-15"
            ),
            vec![(
                "six months to the end of June".to_string(),
                "2026-01-01..2026-06-30".to_string()
            )]
        );
        // The same in other words.
        assert_eq!(
            periods(
                "Arrivals fell over the three months to the end of October 2025.",
                "2026-01-20"
            ),
            vec![(
                "three months to the end of October 2025".to_string(),
                "2025-08-01..2025-10-31".to_string()
            )]
        );
        // Near misses: "march" in lower case is no month to end a period
        // with (the day is read on its own, as before), and the end of a
        // month with no period counted before it is a day.
        assert_eq!(
            periods(
                "Six months to the end of march on the capital, they grew.",
                "2026-04-15"
            ),
            vec![("the end of march".to_string(), "2026-03-31".to_string())]
        );
        assert_eq!(
            periods(
                "The fund will run to the end of June, the council said.",
                "2026-04-15"
            ),
            vec![("the end of June".to_string(), "2026-06-30".to_string())]
        );
    }

    #[test]
    fn a_plan_under_way_looks_ahead_told_in_the_past() {
        // Seen.
        assert_eq!(
            periods(
                "The trade magazine Chemist Weekly reported last month that Tollbridge Pharmacy Group, which owned the Lyndmere branch, was planning to close a further 45 branches by the autumn.",
                "2026-06-09"
            ),
            vec![
                ("last month".to_string(), "2026-05-01..2026-05-31".to_string()),
                ("by the autumn".to_string(), "2026-09-01..2026-11-30".to_string())
            ]
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The operator was intending to close two stations by the spring, the union said.",
                "2026-06-09"
            ),
            vec![(
                "by the spring".to_string(),
                "2027-03-01..2027-05-31".to_string()
            )]
        );
        // Planning as a noun looks nowhere.
        let mut html = 0;
        let text = "Planning for the new hall began in the autumn.";
        let t = tokenize(text, 0, text.len(), &[], &mut html);
        assert!(!is_future(&t));
        // An aim with its time looks ahead; one without a time is no plan.
        assert_eq!(
            periods(
                "The Ledgerwood Times reported on Thursday that your department wants to cut the levy from 0.5% to 0.3% from April.",
                "2026-11-06"
            ),
            vec![
                ("on Thursday".to_string(), "2026-11-05".to_string()),
                ("April".to_string(), "2027-04-01..2027-04-30".to_string())
            ]
        );
        // (so does a plan weighed with its time)
        assert_eq!(
            periods(
                "The government is also reportedly considering a rise in the levy on airline tickets from April.",
                "2026-11-19"
            ),
            vec![("April".to_string(), "2027-04-01..2027-04-30".to_string())]
        );
        for text in [
            "Nobody wants to do this.",
            "The union wants to hire 40 nurses.",
            "The council wants to know why 40 homes flooded in March.",
            "The board is considering a rise in the levy.",
            "The committee is weighing why the dam failed in March.",
        ] {
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            assert!(!is_future(&t), "{text}");
        }
    }

    #[test]
    fn a_months_abbreviation_beside_a_day_is_a_date() {
        assert_eq!(
            periods("The vote was held on 19 Nov 2025.", "2026-11-19"),
            vec![("on 19 Nov 2025".to_string(), "2025-11-19".to_string())]
        );
        // (a wire dateline, the month first)
        assert_eq!(
            periods(
                "GADDESBY, Nov 19 (VPA) - The government will freeze fuel duty, two officials said.",
                "2026-11-19"
            ),
            vec![("Nov 19".to_string(), "2026-11-19".to_string())]
        );
        // Near miss: an abbreviation with no day beside it is no month.
        assert_eq!(
            periods("The figures for Nov were late.", "2026-11-19"),
            vec![]
        );
    }

    #[test]
    fn the_plural_present_of_a_schedule_is_ahead() {
        for text in [
            "We are recruiting more officers, and the first of them start in April.",
            // (in other words)
            "The new trains arrive in April, the operator said.",
        ] {
            assert_eq!(
                periods(text, "2026-01-25"),
                vec![("in April".to_string(), "2026-04-01..2026-04-30".to_string())],
                "{text}"
            );
        }
        // Near misses: an infinitive after a past, the noun, and a verb
        // that takes the subject as its object.
        for text in [
            "The works failed to start in April.",
            "The delayed start in April cost the club £40,000.",
            "Residents watched them arrive in April.",
            "The strike has seen stations close in April.",
        ] {
            assert_eq!(
                periods(text, "2026-01-25"),
                vec![("in April".to_string(), "2025-04-01..2025-04-30".to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_schedule_gone_by_and_missed_is_behind() {
        // Seen.
        assert_eq!(
            periods(
                "It was due to open in September and it still hasn't opened.",
                "2026-01-16"
            ),
            vec![(
                "in September".to_string(),
                "2025-09-01..2025-09-30".to_string()
            )]
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The bridge was supposed to reopen in November but has yet to carry traffic.",
                "2026-02-03"
            ),
            vec![(
                "in November".to_string(),
                "2025-11-01..2025-11-30".to_string()
            )]
        );
        // A schedule not said to be missed looks ahead.
        assert_eq!(
            periods(
                "The school was due to open in September, the council said.",
                "2026-01-16"
            ),
            vec![(
                "in September".to_string(),
                "2026-09-01..2026-09-30".to_string()
            )]
        );
        // A promise whose time has gone by unkept is behind; one still
        // to be kept is ahead.
        assert_eq!(
            periods(
                "The council promised to publish the review by the end of June, and it still hasn't.",
                "2026-10-13"
            ),
            vec![(
                "by the end of June".to_string(),
                "2026-06-30".to_string()
            )]
        );
        assert_eq!(
            periods(
                "The council promised to publish the review by the end of June.",
                "2026-10-13"
            ),
            vec![("by the end of June".to_string(), "2027-06-30".to_string())]
        );
        // The schedule first set, told as since changed, is behind.
        assert_eq!(
            periods(
                "Work began in January and was originally due to finish in May.",
                "2026-09-01"
            ),
            vec![
                (
                    "in January".to_string(),
                    "2026-01-01..2026-01-31".to_string()
                ),
                ("in May".to_string(), "2026-05-01..2026-05-31".to_string())
            ]
        );
        assert_eq!(
            periods(
                "The bridge was initially expected to reopen in November.",
                "2026-02-03"
            ),
            vec![(
                "in November".to_string(),
                "2025-11-01..2025-11-30".to_string()
            )]
        );
    }

    #[test]
    fn a_length_set_against_another_is_no_point_ahead() {
        let p = d("2026-04-27");
        let spans = |text: &str| -> Vec<(String, bool)> {
            let mut html = 0;
            let t = tokenize(text, 0, text.len(), &[], &mut html);
            find(text, &t, Some(p), is_future(&t))
                .into_iter()
                .map(|e| (e.text, e.span))
                .collect()
        };
        // Seen.
        assert_eq!(
            spans("\"We were genuinely surprised. The restored meadows are doing in six years what we thought would take twenty,\" she said."),
            vec![("in six years".to_string(), true)]
        );
        // The same shape in other words.
        assert_eq!(
            spans("The crews built in two years what the old plan said would take a decade."),
            vec![("in two years".to_string(), true)]
        );
        // A point ahead stays one.
        assert_eq!(
            spans("The ministers will meet again in ten days."),
            vec![("in ten days".to_string(), false)]
        );
        assert_eq!(
            spans("The board will decide in ten days what to do."),
            vec![("in ten days".to_string(), false)]
        );
    }

    #[test]
    fn weeks_to_a_day_are_a_period_ending_with_it() {
        // Seen.
        assert_eq!(
            periods(
                "Fenmore's share of the grocery market fell to 5.1% in the 12 weeks to October 4, from 5.6% a year earlier.",
                "2026-10-14"
            ),
            vec![(
                "12 weeks to October 4".to_string(),
                "2026-07-13..2026-10-04".to_string()
            )]
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "Till sales rose 3% in the four weeks ending 2 March, the panel said.",
                "2026-03-10"
            ),
            vec![(
                "four weeks ending 2 March".to_string(),
                "2026-02-03..2026-03-02".to_string()
            )]
        );
        // Weeks to a month name no end; weeks to go are no period.
        let p = "2026-05-10";
        assert!(!periods("Sales fell in the four weeks to August.", p)
            .iter()
            .any(|(t, _)| t.contains("weeks")));
        assert!(periods("There are 12 weeks to go before the vote.", p).is_empty());
    }

    #[test]
    fn a_rate_compared_is_no_forecast() {
        for text in [
            "Dormice in warm woods were 38% less likely to be recorded than those in colder woods.",
            "Adults in the most deprived areas were three times as likely to smoke.",
            "Children near major roads are 27% more likely to be admitted to hospital.",
        ] {
            assert!(!future(text), "{text}");
        }
        assert!(future("The plant is likely to close by the end of March."));
        // (so a "following year" after such a rate names no year)
        assert!(periods(
            "They found that dormice were 38% less likely to be recorded the following year.",
            "2026-02-18"
        )
        .is_empty());
    }

    #[test]
    fn a_time_since_dates_no_promise() {
        let p = "2026-05-14";
        assert_eq!(
            periods("He said the trust had lost four of its seven consultants since 2023 and that a new clinic would open in July.", p),
            vec![
                ("since 2023".into(), "2023-01-01..2023-12-31".into()),
                ("in July".into(), "2026-07-01..2026-07-31".into())
            ]
        );
        // A promise dated by the day it was made is dated so still.
        assert!(
            periods("He said in 2024 that the clinic would open in July.", p)
                .contains(&("in July".into(), "2025-07-01..2025-07-31".into()))
        );
    }

    #[test]
    fn the_following_week_told_in_the_past_is_after_what_it_tells_of() {
        let p = "2026-10-21";
        for text in [
            "She told the court she had reported the remark to her line manager the following week.",
            "The inspectors said the plant was closed the following month.",
        ] {
            assert!(periods(text, p).is_empty(), "{text}");
            assert!(!future(text), "{text}");
        }
        // Ahead, from the day of publication.
        assert_eq!(
            periods("The two leaders will meet the following week.", p),
            vec![("the following week".into(), "2026-10-26..2026-11-01".into())]
        );
    }

    #[test]
    fn the_seed_article_expressions() {
        let p = "2022-09-07";
        assert_eq!(
            periods(
                "Xi and Putin will meet in Uzbekistan the following week.",
                p
            ),
            vec![("the following week".into(), "2022-09-12..2022-09-18".into())]
        );
        assert_eq!(
            periods("The summit will be held on September 15 and 16.", p),
            vec![(
                "on September 15 and 16".into(),
                "2022-09-15..2022-09-16".into()
            )]
        );
        assert_eq!(
            periods(
                "It will take place in a little less than ten days from now.",
                p
            ),
            vec![(
                "in a little less than ten days from now".into(),
                "2022-09-07..2022-09-17".into()
            )]
        );
        assert_eq!(
            periods("The leaders last got together in February in Beijing.", p),
            vec![("in February".into(), "2022-02-01..2022-02-28".into())]
        );
        assert_eq!(
            periods("The drills ended this past Wednesday.", p),
            vec![("this past Wednesday".into(), "2022-09-07".into())]
        );
        assert_eq!(
            periods(
                "An official said on Wednesday that they would meet.",
                "2022-09-09"
            ),
            vec![("on Wednesday".into(), "2022-09-07".into())]
        );
        assert_eq!(
            periods(
                "His first journey outside of China in over two and a half years.",
                p
            ),
            vec![(
                "in over two and a half years".into(),
                "2020-03-07..2022-09-07".into()
            )]
        );
    }

    #[test]
    fn next_and_last_months_and_adjectives_in_ed() {
        let p = "2026-08-06";
        // The next August after the month of publication, whatever the tense.
        assert_eq!(
            periods(
                "The next set of figures is due to be published next August.",
                p
            )[0]
            .1,
            "2027-08-01..2027-08-31"
        );
        assert_eq!(
            periods("The plant reopened last August.", p)[0].1,
            "2025-08-01..2025-08-31"
        );
        assert_eq!(
            periods("The report will come out next October.", p)[0].1,
            "2026-10-01..2026-10-31"
        );
        // "its branded juices" is no verb in the past.
        assert_eq!(
            periods(
                "It has told the company it will stop stocking its branded juices from January.",
                "2026-09-08"
            )[0]
            .1,
            "2027-01-01..2027-01-31"
        );
        assert_eq!(
            periods(
                "The firm stopped stocking the juices in January.",
                "2026-09-08"
            )[0]
            .1,
            "2026-01-01..2026-01-31"
        );
    }

    #[test]
    fn months_years_and_spans() {
        let p = "2025-02-20";
        assert_eq!(
            periods("The House passed it in December.", p)[0].1,
            "2024-12-01..2024-12-31"
        );
        assert_eq!(
            periods("The vote will be next week.", p)[0].1,
            "2025-02-24..2025-03-02"
        );
        assert_eq!(
            periods("They will leave on March 28.", p)[0].1,
            "2025-03-28"
        );
        assert_eq!(
            periods("A survey this month found it.", p)[0].1,
            "2025-02-01..2025-02-28"
        );
        assert_eq!(
            periods("It closed in 2021.", p)[0].1,
            "2021-01-01..2021-12-31"
        );
        assert_eq!(
            periods("It opens in the spring of 2026.", p)[0].1,
            "2026-03-01..2026-05-31"
        );
        assert_eq!(
            periods("They will rule by the end of the year.", p)[0].1,
            "2025-12-31"
        );
        assert_eq!(
            periods("It stood at $31 million at the end of January.", p)[0].1,
            "2025-01-31"
        );
        assert_eq!(
            periods("Prices rose three years ago.", p)[0].1,
            "2022-02-20"
        );
        assert_eq!(
            periods("Talks resume in early March.", p)[0].1,
            "2025-03-01..2025-03-31"
        );
        assert_eq!(
            periods("It ended in mid-January.", p)[0].1,
            "2025-01-01..2025-01-31"
        );
        assert_eq!(
            periods("The filing is dated 2024-11-05.", p)[0].1,
            "2024-11-05"
        );
        assert!(periods("You may go.", p).is_empty());
        assert!(periods("The 2024-25 budget had $2021.", p).is_empty());
    }

    #[test]
    fn without_a_publication_date_relative_expressions_stay_open() {
        let text = "They will meet next week, and met on 15 September 2022.";
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        let found = find(text, &tokens, None, true);
        assert_eq!(found.len(), 2);
        assert!(found[0].relative && found[0].from.is_none());
        assert_eq!(found[1].from, Some(d("2022-09-15")));
    }

    /// The period of `text` that holds `part`.
    fn period_of(text: &str, published: &str, part: &str) -> String {
        periods(text, published)
            .into_iter()
            .find(|(t, _)| t.contains(part) || part.contains(t.as_str()))
            .map_or_else(|| format!("nothing for {part} in {text}"), |x| x.1)
    }

    #[test]
    fn a_year_of_accounts_ends_on_its_day() {
        let p = "2026-06-17";
        assert_eq!(
            period_of(
                "Pre-tax profit fell to £41.2m for the year to 31 March, down 38%.",
                p,
                "year to 31 March"
            ),
            "2025-04-01..2026-03-31"
        );
        assert_eq!(
            period_of(
                "Revenue rose 4% in the financial year ended 30 June 2025.",
                p,
                "year ended 30 June 2025"
            ),
            "2024-07-01..2025-06-30"
        );
        assert_eq!(
            period_of(
                "It lost £3m in the six months to 31 December.",
                p,
                "six months to 31 December"
            ),
            "2025-07-01..2025-12-31"
        );
        assert_eq!(
            period_of(
                "Profit fell in the six months to June 30.",
                p,
                "six months to June 30"
            ),
            "2026-01-01..2026-06-30"
        );
        // A period of months to a month keeps its reading.
        assert_eq!(
            period_of(
                "Sales fell in the three months to May.",
                p,
                "three months to May"
            ),
            "2026-03-01..2026-05-31"
        );
    }

    #[test]
    fn spans_with_a_year_after_the_first_month_and_months_joined_by_to() {
        let p = "2026-04-23";
        assert_eq!(
            period_of(
                "Swimmers were followed between October 2024 and March 2025.",
                p,
                "October 2024 and March 2025"
            ),
            "2024-10-01..2025-03-31"
        );
        assert_eq!(
            period_of(
                "The survey ran from November 2025 to February.",
                p,
                "November 2025 to February"
            ),
            "2025-11-01..2026-02-28"
        );
        assert_eq!(
            period_of(
                "The next set, covering April to June, is due on 23 July.",
                p,
                "April to June"
            ),
            "2026-04-01..2026-06-30"
        );
        assert_eq!(
            period_of(
                "Figures spanning July to September showed a rise.",
                p,
                "July to September"
            ),
            "2025-07-01..2025-09-30"
        );
    }

    #[test]
    fn a_season_with_its_year_and_an_old_year() {
        let p = "2026-04-23";
        assert_eq!(
            period_of(
                "The trust would open a new unit by spring 2027.",
                p,
                "spring 2027"
            ),
            "2027-03-01..2027-05-31"
        );
        assert_eq!(
            period_of("Work starts in autumn 2026.", p, "autumn 2026"),
            "2026-09-01..2026-11-30"
        );
        assert_eq!(
            period_of("The brewery, which opened in 1862, will close.", p, "1862"),
            "1862-01-01..1862-12-31"
        );
        assert_eq!(
            period_of("The hall has stood since 1789.", p, "1789"),
            "1789-01-01..1789-12-31"
        );
        // A count after "in" is no year.
        assert!(periods("It was found in 1200 cases.", p).is_empty());
        // A season of a year named from the publication date.
        assert_eq!(
            period_of(
                "Pellow said Whitcombe had told him in the spring of last year that the dog had bitten a driver.",
                p,
                "in the spring of last year"
            ),
            "2025-03-01..2025-05-31"
        );
        assert_eq!(
            period_of(
                "The pool will reopen in the autumn of next year.",
                p,
                "in the autumn of next year"
            ),
            "2027-09-01..2027-11-30"
        );
        assert_eq!(
            period_of(
                "Fares rose in the winter of this year.",
                p,
                "in the winter of this year"
            ),
            "2026-12-01..2027-02-28"
        );
    }

    #[test]
    fn a_will_shortened_onto_its_pronoun_looks_ahead() {
        // (seen: published on Tuesday 3 March)
        let p = "2026-03-03";
        assert_eq!(
            period_of(
                "I'll be meeting the company's chief executive on Thursday.",
                p,
                "on Thursday"
            ),
            "2026-03-05"
        );
        // The same shape in other words, with a curly apostrophe.
        assert_eq!(
            period_of(
                "We\u{2019}ll publish the figures on Friday.",
                p,
                "on Friday"
            ),
            "2026-03-06"
        );
        // (and "he'll have" is a future perfect)
        assert_eq!(
            period_of(
                "He'll have stepped down by March.",
                "2026-07-09",
                "by March"
            ),
            "2027-03-01..2027-03-31"
        );
        // Near miss: a day told of the past keeps its own verb's tense,
        // a "will" later in the sentence notwithstanding.
        assert_eq!(
            period_of(
                "She said on Thursday that I'll have to wait.",
                p,
                "on Thursday"
            ),
            "2026-02-26"
        );
    }

    #[test]
    fn a_perfect_infinitive_past_an_adverb_takes_the_sentences_tense() {
        // (seen: published on 9 July)
        let p = "2026-07-09";
        assert_eq!(
            period_of(
                "We have recruited nine nurses from overseas who start in September, and we expect the overnight closures to have largely stopped by December.",
                p,
                "by December"
            ),
            "2026-12-01..2026-12-31"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "The board expects the new scanners to have fully replaced the old ones by March.",
                p,
                "by March"
            ),
            "2027-03-01..2027-03-31"
        );
        // Near miss: told of the past, the same shape looks back.
        assert_eq!(
            period_of(
                "The board claimed to have fully replaced the old scanners by March.",
                p,
                "by March"
            ),
            "2026-03-01..2026-03-31"
        );
    }

    #[test]
    fn a_target_a_modal_until_and_a_day_called_for_look_ahead() {
        // Published on a Saturday.
        let p = "2026-10-24";
        assert_eq!(
            period_of(
                "We expect every child who has waited more than 52 weeks to have started treatment by the end of September.",
                "2026-04-23",
                "end of September"
            ),
            "2026-09-30"
        );
        assert_eq!(
            period_of(
                "The agency said it had found no run-off, but added that testing would continue until at least Wednesday.",
                p,
                "Wednesday"
            ),
            "2026-10-28"
        );
        assert_eq!(
            period_of(
                "Officers said the road, which was closed on Friday, would stay shut until Tuesday.",
                p,
                "Tuesday"
            ),
            "2026-10-27"
        );
        assert_eq!(
            period_of(
                "Farmers' groups have called a protest in the capital for Saturday.",
                "2026-02-02",
                "Saturday"
            ),
            "2026-02-07"
        );
        assert_eq!(
            period_of(
                "The union announced a strike for Monday.",
                "2026-02-04",
                "Monday"
            ),
            "2026-02-09"
        );
        // What was claimed to have happened stays in the past, and a
        // simple past "until" looks back.
        assert_eq!(
            period_of("He claimed to have seen her on Monday.", p, "Monday"),
            "2026-10-19"
        );
        assert_eq!(
            period_of("The line stayed shut until Wednesday.", p, "Wednesday"),
            "2026-10-21"
        );
    }

    #[test]
    fn days_counted_after_on_are_no_span() {
        let p = "2026-05-14";
        assert_eq!(
            periods(
                "The unit had been closed on four days in April because of staff sickness.",
                p
            ),
            vec![("in April".to_string(), "2026-04-01..2026-04-30".to_string())]
        );
        // A span after another preposition keeps its reading.
        assert_eq!(
            period_of("The unit has been closed for four days.", p, "four days"),
            "2026-05-10..2026-05-14"
        );
    }

    #[test]
    fn a_period_of_accounts_ends_nearest_the_day_of_publication() {
        // Printed in July: this June's half year, whatever the tense.
        assert_eq!(
            period_of(
                "Brennard Wind will cut 450 jobs by the end of the year after reporting a pre-tax loss of £84.6m for the six months to 30 June.",
                "2026-07-29",
                "six months"
            ),
            "2026-01-01..2026-06-30"
        );
        // Printed in January: the year to the coming March.
        assert_eq!(
            period_of(
                "The company expects a profit of £12m for the year to 31 March.",
                "2026-01-15",
                "year to"
            ),
            "2025-04-01..2026-03-31"
        );
        // A year named keeps its reading.
        assert_eq!(
            period_of(
                "It reported a loss for the six months to 30 June 2024.",
                "2026-07-29",
                "six months"
            ),
            "2024-01-01..2024-06-30"
        );
    }

    #[test]
    fn a_period_of_whole_years_to_a_month_is_so_many_months() {
        // (seen: a council story)
        assert_eq!(
            period_of(
                "The council spent £2.1m on repairs to the centre in the five years to March 2025.",
                "2026-11-13",
                "five years"
            ),
            "2020-04-01..2025-03-31"
        );
        // Other words, to a day.
        assert_eq!(
            period_of(
                "Fares rose by 31% in the three years to 30 June 2024, the regulator said.",
                "2026-11-13",
                "three years"
            ),
            "2021-07-01..2024-06-30"
        );
        // Near misses: a length of years with no end named, and a count of
        // eleven years or more is no reporting period.
        assert_eq!(
            period_of("The scheme ran for five years.", "2026-11-13", "five years"),
            "2021-11-13..2026-11-13"
        );
        assert!(!periods(
            "Prices doubled in the twenty years to March 2025.",
            "2026-11-13"
        )
        .iter()
        .any(|(_, period)| period == "2005-04-01..2025-03-31"));
    }

    #[test]
    fn a_time_later_this_month_or_today_looks_ahead() {
        // (seen: a minister's "we're bringing in … later this month")
        assert!(future(
            "Any firm going under is one too many, which is why we're bringing in a fast-track payment route for small installers later this month."
        ));
        assert!(future("The council publishes its response later today."));
        assert!(future("We are announcing the new timetable later tonight."));
        // Near misses: a past told later, a count of days.
        assert!(!future("The council later confirmed the closure."));
        assert!(!future("Two days later the depot closed."));
    }

    #[test]
    fn a_future_perfect_and_a_participle_of_which_people_look_ahead() {
        // Published on Wednesday 18 February 2026.
        let p = "2026-02-18";
        // (as a claim the extractor proposes reads it, in its paragraph)
        let text = "The trust's medical director, Dr Theodora Saltash, said two of its four mobile screening units had been off the road for repairs since January.\n\n\"We are sorry that women have waited longer than they should, and we are recruiting as fast as we can,\" Dr Saltash said. \"Every woman who is overdue will have been offered an appointment by the end of September.\"";
        let x = super::super::extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = super::super::candidate_with(&x, "Every woman");
        assert_eq!(
            c.dates.first().and_then(|d| d.to),
            NaiveDate::from_ymd_opt(2026, 9, 30)
        );
        assert_eq!(
            period_of(
                "The council will have spent the grant by March.",
                p,
                "March"
            ),
            "2026-03-01..2026-03-31"
        );
        assert_eq!(
            period_of(
                "Parliament will debate a motion to strip the president of the power to pardon people convicted of corruption on Tuesday.",
                p,
                "Tuesday"
            ),
            "2026-02-24"
        );
        // A past told of people, or a participle in a clause of the past,
        // looks back.
        assert_eq!(
            period_of(
                "Two men convicted of fraud on Tuesday were jailed.",
                p,
                "Tuesday"
            ),
            "2026-02-17"
        );
        assert_eq!(
            period_of(
                "The court heard that workers employed at the plant on Monday were sent home.",
                p,
                "Monday"
            ),
            "2026-02-16"
        );
    }

    #[test]
    fn what_has_held_since_a_month_or_a_weekday_began_before_publication() {
        // Published on Tuesday 5 May 2026.
        let p = "2026-05-05";
        assert_eq!(
            period_of(
                "Fishermen say their catches have halved since June.",
                p,
                "June"
            ),
            "2025-06-01..2025-06-30"
        );
        assert_eq!(
            period_of("The road has been closed since Friday.", p, "Friday"),
            "2026-05-01"
        );
        // February's last day a year before, in a leap year.
        assert_eq!(
            period_of(
                "Prices have fallen since February.",
                "2028-01-20",
                "February"
            ),
            "2027-02-01..2027-02-28"
        );
        // A month already behind, or one that is no "since", keeps its reading.
        assert_eq!(
            period_of("Catches have halved since March.", p, "March"),
            "2026-03-01..2026-03-31"
        );
        assert_eq!(
            period_of("The survey will close in June.", p, "June"),
            "2026-06-01..2026-06-30"
        );
    }

    #[test]
    fn that_year_a_day_of_this_month_and_a_plan_in_the_past_perfect() {
        assert_eq!(
            period_of(
                "Whitcombe, who was suspended in March 2024 and dismissed in August of that year, is on bail.",
                "2026-05-19",
                "August"
            ),
            "2024-08-01..2024-08-31"
        );
        assert_eq!(
            period_of(
                "The plant closed in 2019 and reopened in May the same year.",
                "2026-05-19",
                "May"
            ),
            "2019-05-01..2019-05-31"
        );
        assert_eq!(
            period_of(
                "The regulator will announce that on the 27th of this month.",
                "2026-03-15",
                "27th"
            ),
            "2026-03-27"
        );
        assert_eq!(
            period_of("Bids close on the 3rd of next month.", "2026-03-15", "3rd"),
            "2026-04-03"
        );
        assert_eq!(
            period_of(
                "The ministry had delayed its report, which had been due in December.",
                "2026-04-08",
                "December"
            ),
            "2025-12-01..2025-12-31"
        );
        assert_eq!(
            period_of(
                "Nigel Ashworth-Kane, 58, who ran the fund from 2017 to 2023, denies fraud.",
                "2026-05-19",
                "2017"
            ),
            "2017-01-01..2023-12-31"
        );
        assert_eq!(
            period_of(
                "Prices doubled between 2019 and 2021.",
                "2026-05-19",
                "2019"
            ),
            "2019-01-01..2021-12-31"
        );
        // A day a plan was fixed for is still ahead.
        assert_eq!(
            period_of(
                "They postponed a vote that had been set for Thursday.",
                "2026-02-03",
                "Thursday"
            ),
            "2026-02-05"
        );
    }

    #[test]
    fn a_figure_before_a_verb_makes_a_noun_and_an_arrangement_looks_ahead() {
        // Seen: "starts" after a figure is a noun, not a schedule.
        let p = "2026-09-13";
        assert_eq!(
            period_of(
                "We had 41,000 starts between June and August, up 18% on the same period last year.",
                p,
                "June"
            ),
            "2026-06-01..2026-08-31"
        );
        // The same shape in other words, and the verb it must not change.
        assert_eq!(
            period_of("There were 300 opens in March, the firm said.", p, "March"),
            "2026-03-01..2026-03-31"
        );
        assert_eq!(
            period_of("The exhibition opens in March.", p, "March"),
            "2027-03-01..2027-03-31"
        );
        // (after an adjective too: the clause's own verb decides)
        assert_eq!(
            period_of(
                "We stopped new starts with Dandridge in July, and its contract ends in January.",
                p,
                "July"
            ),
            "2026-07-01..2026-07-31"
        );
        assert_eq!(
            period_of(
                "We stopped new starts with Dandridge in July, and its contract ends in January.",
                p,
                "January"
            ),
            "2027-01-01..2027-01-31"
        );
        // Seen: the present continuous of an arrangement.
        assert_eq!(
            period_of(
                "What I can tell you is that we're publishing the full housing strategy on Tuesday.",
                p,
                "Tuesday"
            ),
            "2026-09-15"
        );
        assert_eq!(
            period_of(
                "The council is holding a public meeting on Thursday.",
                p,
                "Thursday"
            ),
            "2026-09-17"
        );
        assert_eq!(
            period_of(
                "The council was holding a public meeting on Thursday.",
                p,
                "Thursday"
            ),
            "2026-09-10"
        );
        // Seen: a likelihood looks ahead in a past sentence.
        let p = "2026-11-20";
        assert_eq!(
            period_of(
                "Police said the A629 was closed and was likely to stay shut until Saturday morning.",
                p,
                "Saturday"
            ),
            "2026-11-21"
        );
        assert_eq!(
            period_of(
                "The bridge was unlikely to reopen before Monday.",
                p,
                "Monday"
            ),
            "2026-11-23"
        );
        assert_eq!(
            period_of("The road stayed shut until Saturday.", p, "Saturday"),
            "2026-11-14"
        );
        // A present schedule: "faces an election in the autumn".
        assert_eq!(
            period_of(
                "The dispute has become a headache for the government, which faces a parliamentary election in the autumn.",
                "2026-02-02",
                "autumn"
            ),
            "2026-09-01..2026-11-30"
        );
        assert_eq!(
            period_of("The club hosts Rovers in March.", "2026-05-02", "March"),
            "2027-03-01..2027-03-31"
        );
    }

    #[test]
    fn the_weekday_of_publication_an_ordinal_of_a_month_and_a_promise_gone_by() {
        // Seen: a plan's tense does not carry a day named on the day of
        // publication forward a week.
        let p = "2026-07-28"; // a Tuesday
        assert_eq!(
            period_of(
                "Lyric Telecom plans to cut 1,400 jobs by the end of the year after reporting a 41% fall in first-half profits on Tuesday.",
                p,
                "Tuesday"
            ),
            "2026-07-28"
        );
        assert_eq!(
            period_of(
                "The firm will announce its results on Tuesday morning, it said.",
                p,
                "Tuesday"
            ),
            "2026-07-28"
        );
        // Another weekday, or one marked "next", keeps its tense.
        assert_eq!(
            period_of(
                "The firm will announce its results on Thursday.",
                p,
                "Thursday"
            ),
            "2026-07-30"
        );
        assert_eq!(
            period_of(
                "The firm will announce its results next Tuesday.",
                p,
                "Tuesday"
            ),
            "2026-08-04"
        );
        // Seen: an ordinal day of a month, spoken.
        let p = "2026-09-13";
        assert_eq!(
            period_of(
                "That decision was taken by the planning committee on the 26th of February.",
                p,
                "26th"
            ),
            "2026-02-26"
        );
        assert_eq!(
            period_of("The sale closed on the 3rd of March 2025.", p, "3rd"),
            "2025-03-03"
        );
        // Seen: a day's possessive.
        let p = "2026-06-13";
        assert_eq!(
            period_of(
                "Greatfield Festival has cancelled tonight's headline sets after hail tore through the roof.",
                p,
                "tonight"
            ),
            "2026-06-13"
        );
        assert_eq!(
            period_of("Yesterday's storm closed the port.", p, "Yesterday"),
            "2026-06-12"
        );
        assert_eq!(
            period_of("Tomorrow's vote is expected to be close.", p, "Tomorrow"),
            "2026-06-14"
        );
        // Seen: the day spelled as it is spoken.
        let p = "2026-01-20";
        assert_eq!(
            period_of(
                "The toll for a car went up from £4.20 to £5.60 on the first of January.",
                p,
                "first"
            ),
            "2026-01-01"
        );
        assert_eq!(
            period_of(
                "From the first of April it will be open to anyone.",
                p,
                "first"
            ),
            "2026-04-01"
        );
        assert_eq!(
            period_of(
                "The ward closed on the twenty-third of December 2025.",
                p,
                "twenty-third"
            ),
            "2025-12-23"
        );
        // (not a spelled ordinal without "of": "the first January sale")
        assert_ne!(
            period_of("The first January sale drew crowds.", p, "January"),
            "2026-01-01"
        );
        assert_eq!(
            period_of("The 4 of them met in March.", p, "March"),
            "2026-03-01..2026-03-31"
        );
        // Seen: a month promised before, for after the promise.
        let p = "2026-11-07";
        assert_eq!(
            period_of(
                "She said residents had been promised in March that their section of the barrier would be finished by the end of September.",
                p,
                "September"
            ),
            "2026-09-30"
        );
        assert_eq!(
            period_of(
                "The council told tenants in May that the repairs would be done in August.",
                p,
                "August"
            ),
            "2026-08-01..2026-08-31"
        );
        // No earlier day, or a month before the promise: ahead as before.
        assert_eq!(
            period_of(
                "He said the line would reopen by the end of September.",
                p,
                "September"
            ),
            "2027-09-30"
        );
        assert_eq!(
            period_of(
                "The council told tenants in October that the repairs would be done in March.",
                p,
                "March"
            ),
            "2027-03-01..2027-03-31"
        );
        assert_eq!(
            period_of(
                "The council said in March that the repairs would be done by next spring.",
                p,
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
    }

    #[test]
    fn a_month_in_the_past_perfect_is_behind() {
        // Seen: a month after publication, told in the past perfect.
        let p = "2026-06-02";
        assert_eq!(
            period_of(
                "Farrow said the health minister, Fiona Achterberg, had been warned about the rise in child extractions by her own officials in August.",
                p,
                "August"
            ),
            "2025-08-01..2025-08-31"
        );
        assert_eq!(
            period_of("The council had approved the scheme in July.", p, "July"),
            "2025-07-01..2025-07-31"
        );
        // Nothing changes for a plan or a deadline told in it.
        assert_eq!(
            period_of(
                "The firm had agreed to finish the work in August.",
                p,
                "August"
            ),
            "2026-08-01..2026-08-31"
        );
        assert_eq!(
            period_of(
                "She had said that the report would come in July.",
                p,
                "July"
            ),
            "2026-07-01..2026-07-31"
        );
    }

    #[test]
    fn a_month_dated_by_its_place_looks_back_in_a_past_sentence() {
        // Published 20 May 2026.
        let p = "2026-05-20";
        let feb = vec![("February".to_string(), "2026-02-01..2026-02-28".to_string())];
        assert_eq!(
            periods("Managers had told shop stewards as recently as February that the plant would stay open.", p),
            feb
        );
        assert_eq!(
            periods("The firm was hiring as late as February, staff said.", p),
            feb
        );
        // A month before the noun it dates, printed in January: the October gone.
        assert_eq!(
            periods(
                "The company said the October inspection had recorded no leaks.",
                "2026-01-13"
            ),
            vec![("October".to_string(), "2025-10-01..2025-10-31".to_string())]
        );
        assert_eq!(
            periods("Ministers defended the November budget.", "2026-01-13"),
            vec![("November".to_string(), "2025-11-01..2025-11-30".to_string())]
        );
        // A month that is its clause's subject.
        assert_eq!(
            periods(
                "Sales grew, and September was our best month.",
                "2026-10-21"
            ),
            vec![(
                "September".to_string(),
                "2026-09-01..2026-09-30".to_string()
            )]
        );
        // Ahead in a sentence about the future: "in its December issue".
        assert_eq!(
            periods(
                "The journal will publish the letters in its December issue.",
                "2026-10-04"
            ),
            vec![("December".to_string(), "2026-12-01..2026-12-31".to_string())]
        );
        // Not a name, a march, or "May" alone.
        for text in [
            "Theresa May was prime minister.",
            "The March on the capital drew 10,000 people.",
            "Critics of the May government said so.",
            "She was as good as April had said.",
        ] {
            assert!(periods(text, p).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_opening_date_takes_the_tense_of_the_clause_after_its_comma() {
        // Published on Sunday 4 October 2026.
        let p = "2026-10-04";
        let first = |t: &str| periods(t, p)[0].1.clone();
        assert_eq!(
            first("On Friday, the institute said it would spend £8 million on a trial."),
            "2026-10-02"
        );
        assert_eq!(
            first("On Tuesday, the board voted to close the depot, which will shut next year."),
            "2026-09-29"
        );
        assert_eq!(
            first("On Friday, the council will vote on the plan."),
            "2026-10-09"
        );
        // A plan in the passive leaves the sentence's tense to decide.
        assert_eq!(
            first("On Friday, ministers are expected to publish the report."),
            "2026-10-09"
        );
    }

    #[test]
    fn a_feast_that_qualifies_a_noun_is_no_day() {
        let p = "2026-11-17";
        assert_eq!(
            periods(
                "Anyone who joined a picket line would lose their Christmas bonus.",
                p
            ),
            vec![]
        );
        assert_eq!(periods("Staff will get a Halloween party.", p), vec![]);
        assert_eq!(
            periods("The shops will close by Christmas.", p),
            vec![("by Christmas".to_string(), "2026-12-25".to_string())]
        );
        assert_eq!(
            periods("Trading over the Christmas period will be slow.", p)[0].1,
            "2026-12-25"
        );
    }

    #[test]
    fn a_participle_with_its_agent_gives_no_tense_to_an_opening_day() {
        let day = |text: &str| {
            let x = crate::extract::extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            x.candidates
                .iter()
                .flat_map(|c| c.dates.iter())
                .find(|e| e.text.contains("Friday"))
                .and_then(|e| e.from)
        };
        // Wednesday 10 June 2026: the coming Friday is 12 June.
        assert_eq!(
            day("On Friday, a report commissioned by the council will be published."),
            Some(d("2026-06-12"))
        );
        assert_eq!(
            day("On Friday, a review ordered by ministers will set out 40 changes."),
            Some(d("2026-06-12"))
        );
        // A past verb still looks back.
        assert_eq!(
            day("On Friday, the council published a report on 40 changes."),
            Some(d("2026-06-05"))
        );
    }

    #[test]
    fn a_plan_starting_a_passive_after_a_modal_and_an_opening_participle() {
        let p = "2026-07-19"; // a Sunday
                              // Seen: the start of a ban announced, a passive after "would".
        assert_eq!(
            periods("Eastvale Water has announced a temporary use ban – better known as a hosepipe ban – covering 2.1 million customers across the county, starting on Friday.", p),
            vec![("on Friday".to_string(), "2026-07-24".to_string())]
        );
        assert_eq!(
            periods("The forecaster said the amber alert, issued on Thursday, would be extended until 9am on Wednesday.", p)[1],
            ("on Wednesday".to_string(), "2026-07-22".to_string())
        );
        // The same shapes in other words.
        assert_eq!(
            periods(
                "The operator has confirmed new timetables, beginning on Monday.",
                p
            ),
            vec![("on Monday".to_string(), "2026-07-20".to_string())]
        );
        assert_eq!(
            periods("The bridge is to be closed until Tuesday.", p),
            vec![("until Tuesday".to_string(), "2026-07-21".to_string())]
        );
        // A simple past tells of a start gone by.
        assert_eq!(
            periods("Residents queued for water starting on Friday.", p),
            vec![("on Friday".to_string(), "2026-07-17".to_string())]
        );
        assert_eq!(
            periods("The road stayed closed until Tuesday.", p),
            vec![("until Tuesday".to_string(), "2026-07-14".to_string())]
        );
        // Seen: a day in an opening participle's phrase takes the tense of
        // the clause after its comma.
        let p = "2026-04-27"; // a Monday
        assert_eq!(
            periods("Speaking in the Commons on Thursday, Lomond said the cap would come into force by the end of September.", p)[0],
            ("on Thursday".to_string(), "2026-04-23".to_string())
        );
        assert_eq!(
            periods("Giving evidence to MPs on Wednesday, the chief executive said the trust would cut 40 posts.", p)[0],
            ("on Wednesday".to_string(), "2026-04-22".to_string())
        );
        // (seen: past a subject in apposition)
        assert_eq!(
            periods("Giving evidence on Wednesday, Isolda Standeven, 81, a retired school cook from Cressingfold, said Coldthorpe had told her that the government would pay for the panels.", p)[0],
            ("on Wednesday".to_string(), "2026-04-22".to_string())
        );
        assert_eq!(
            periods("Speaking on Thursday, Mr Pell, the finance director of the Harwood Group, said the firm would shed 300 jobs.", p)[0],
            ("on Thursday".to_string(), "2026-04-23".to_string())
        );
        assert_eq!(
            periods(
                "Speaking at the conference on Thursday, the minister will set out the plan.",
                p
            )[0],
            ("on Thursday".to_string(), "2026-04-30".to_string())
        );
        // Not a participle: "During" opens no such phrase.
        assert_eq!(
            periods(
                "During the storm on Thursday, the council will open three shelters.",
                p
            )[0],
            ("on Thursday".to_string(), "2026-04-30".to_string())
        );
    }

    #[test]
    fn a_participle_with_its_agent_is_no_past_verb_of_the_clause() {
        let p = "2026-03-18";
        // Seen.
        assert_eq!(
            periods("Lindqvist said the group would publish a survey of customers affected by closures in June.", p),
            vec![("in June".to_string(), "2026-06-01..2026-06-30".to_string())]
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The council will repair the homes damaged by flooding in September.",
                p
            ),
            vec![(
                "in September".to_string(),
                "2026-09-01..2026-09-30".to_string()
            )]
        );
        // A past verb of the clause still looks back.
        assert_eq!(
            periods("The homes were damaged by flooding in September.", p),
            vec![(
                "in September".to_string(),
                "2025-09-01..2025-09-30".to_string()
            )]
        );
    }

    #[test]
    fn two_days_between_a_month_of_a_past_period_and_a_season_dated_by_its_month() {
        let p = "2026-07-19"; // a Sunday
        let v = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        // Seen.
        assert_eq!(
            periods("The infirmary said it admitted 64 patients with heat-related illness between Friday and Saturday, compared with 9 on a normal summer weekend.", p),
            v("between Friday and Saturday", "2026-07-17..2026-07-18")
        );
        assert_eq!(
            periods(
                "Last summer's hottest day in Hollingford was 34.1C, in August.",
                p
            ),
            vec![
                (
                    "Last summer's".to_string(),
                    "2025-06-01..2025-08-31".to_string()
                ),
                (
                    "in August".to_string(),
                    "2025-08-01..2025-08-31".to_string()
                )
            ]
        );
        assert_eq!(
            periods(
                "We intend to publish our report before the summer recess in July.",
                "2026-05-13"
            ),
            v("in July", "2026-07-01..2026-07-31")
        );
        // The same shapes in other words.
        assert_eq!(
            periods("Crews will work between Monday and Wednesday.", p),
            v("between Monday and Wednesday", "2026-07-20..2026-07-22")
        );
        assert_eq!(
            periods("Last year's festival, in May, drew 10,000 people.", p)[1],
            ("in May".to_string(), "2025-05-01..2025-05-31".to_string())
        );
        assert_eq!(
            periods(
                "The chancellor will deliver the autumn budget in November.",
                p
            ),
            v("in November", "2026-11-01..2026-11-30")
        );
        // Not so: two days not joined by "between", a promise ahead after
        // a past period, and a season standing as a date.
        assert_eq!(periods("Trains ran on Friday and on Saturday.", p).len(), 2);
        assert_eq!(
            periods(
                "Last year the council promised it would reopen the pool in August.",
                p
            )[1],
            (
                "in August".to_string(),
                "2026-08-01..2026-08-31".to_string()
            )
        );
        assert_eq!(
            periods("Work starts in the summer and ends in July.", p).len(),
            2
        );
        // Nor a month in a new clause after "but" or "and".
        assert_eq!(
            periods("Sales fell 4% last year, but in March they rose by 2%.", p)[1],
            ("in March".to_string(), "2026-03-01..2026-03-31".to_string())
        );
        assert_eq!(
            periods(
                "The firm cut 200 jobs last year and in January it hired 50.",
                p
            )[1],
            (
                "in January".to_string(),
                "2026-01-01..2026-01-31".to_string()
            )
        );
        assert_eq!(
            periods("Visitors fell last year, and they rose again in May.", p)[1],
            ("in May".to_string(), "2026-05-01..2026-05-31".to_string())
        );
        // A month joined to the period by "and" between nouns is its own.
        assert_eq!(
            periods(
                "Last year's fair and parade, in May, drew 10,000 people.",
                p
            )[1],
            ("in May".to_string(), "2025-05-01..2025-05-31".to_string())
        );
    }

    #[test]
    fn a_weekday_printed_with_its_date_is_that_date() {
        let v = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        // Seen.
        assert_eq!(
            periods(
                "The Committee will hear from the Environment Agency and Ofwat on Tuesday 2 June.",
                "2026-05-13"
            ),
            v("on Tuesday 2 June", "2026-06-02")
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The committee will meet on Tuesday, 17 March.",
                "2026-02-19"
            ),
            v("on Tuesday, 17 March", "2026-03-17")
        );
        assert_eq!(
            periods("The committee met on Friday June 5.", "2026-06-10"),
            v("on Friday June 5", "2026-06-05")
        );
        // Not so: a weekday and a date apart.
        assert_eq!(
            periods(
                "On Tuesday the council said the works would end on 2 June.",
                "2026-05-13"
            )
            .len(),
            2
        );
    }

    /// "throughout February" is a month, as "during February" is; a
    /// preposition and a month it makes a date of.
    #[test]
    fn throughout_a_month_is_that_month() {
        let p = "2026-04-09";
        // Seen.
        assert_eq!(
            periods(
                "Three paramedics told the Standard that hours lost at the hospital's doors had been logged as \"crew breaks\" on the service's system throughout February.",
                p
            ),
            vec![("throughout February".to_string(), "2026-02-01..2026-02-28".to_string())]
        );
        // The same shape in other words.
        assert_eq!(
            periods("The pool will stay open throughout August.", p),
            vec![(
                "throughout August".to_string(),
                "2026-08-01..2026-08-31".to_string()
            )]
        );
        assert_eq!(
            periods("Prices rose throughout 2025, the bank said.", p),
            vec![(
                "throughout 2025".to_string(),
                "2025-01-01..2025-12-31".to_string()
            )]
        );
        // Not a date: "throughout" before anything else, or "may" as a verb.
        assert!(periods("Staff were praised throughout the inquiry.", p).is_empty());
        assert!(periods("Delays throughout may get worse.", p).is_empty());
    }

    /// A day after "until" that a modal keeps in a state ("will stay
    /// closed until …") is ahead; told in the simple past, behind.
    #[test]
    fn until_after_a_state_kept_by_a_modal_is_ahead() {
        let p = "2026-11-03"; // a Tuesday
                              // Seen.
        assert_eq!(
            periods(
                "Engineers from Kessock Highways say the Tarrowmouth Bridge will stay closed until at least Thursday morning while they inspect a damaged expansion joint.",
                p
            )[0]
            .1,
            "2026-11-05"
        );
        // The same shape in other words.
        assert_eq!(
            periods(
                "The museum would remain closed until at least Saturday, staff said.",
                p
            )[0]
            .1,
            "2026-11-07"
        );
        assert_eq!(
            periods("The line stays closed until at least Friday.", p)[0].1,
            "2026-11-06"
        );
        // Near misses: a state kept in the past is behind.
        assert_eq!(
            periods(
                "The bridge stayed closed until at least Thursday morning.",
                p
            )[0]
            .1,
            "2026-10-29"
        );
        assert_eq!(
            periods("The road was closed until at least Sunday, police said.", p)[0].1,
            "2026-11-01"
        );
    }

    /// A season before the noun of a sitting or a set-piece names that,
    /// not the season: no date.
    #[test]
    fn a_season_naming_a_sitting_is_no_date() {
        let p = "2026-04-16";
        // Seen.
        assert_eq!(
            periods(
                "The bill will be published before the summer recess, and we will name the first three new town sites in June.",
                p
            ),
            vec![("in June".to_string(), "2026-06-01..2026-06-30".to_string())]
        );
        // The same shape in other words.
        assert!(periods("The cut will be announced in the autumn statement.", p).is_empty());
        assert!(periods("Ministers hope to pass it before the spring budget.", p).is_empty());
        // Near misses: the season alone, or before another noun, is one.
        assert_eq!(
            periods("The bill will be published before the summer.", p),
            vec![(
                "before the summer".to_string(),
                "2026-06-01..2026-08-31".to_string()
            )]
        );
        assert_eq!(
            periods("The pool will reopen in the autumn after repairs.", p),
            vec![(
                "in the autumn".to_string(),
                "2026-09-01..2026-11-30".to_string()
            )]
        );
    }

    /// "the year before", "the week after": a period counted from another
    /// is no date of its own; "the year" alone is this year.
    #[test]
    fn a_period_before_or_after_another_is_no_date() {
        let p = "2026-04-22";
        // Seen.
        assert_eq!(
            periods(
                "The company said it now expected pre-tax profit of between £38m and £42m for the financial year ending on June 30, down from previous guidance of £55m and compared with £71m the year before.",
                p
            ),
            vec![("on June 30".to_string(), "2026-06-30".to_string())]
        );
        // The same shape in other words.
        assert!(periods("Sales rose 4%, against a fall of 2% the month before.", p).is_empty());
        assert!(periods("Turnout fell in the week after the vote.", p).is_empty());
        // Near misses: the period alone, and "by the end of the year".
        assert_eq!(
            periods("Sales rose 4% in the year to March, the firm said.", p)
                .first()
                .map(|x| x.0.as_str()),
            Some("in the year to March")
        );
        assert_eq!(
            periods("The plant will close by the end of the year.", p),
            vec![(
                "by the end of the year".to_string(),
                "2026-12-31".to_string()
            )]
        );
        assert_eq!(
            periods(
                "It will cut 1,400 jobs by the end of the year after reporting a loss.",
                p
            ),
            vec![(
                "by the end of the year".to_string(),
                "2026-12-31".to_string()
            )]
        );
        assert_eq!(
            periods(
                "Sales will rise this year after falling the year before.",
                p
            ),
            vec![(
                "this year".to_string(),
                "2026-01-01..2026-12-31".to_string()
            )]
        );
    }

    /// An irregular verb in the past tells of the past as one in "-ed"
    /// does, whatever the rest of the sentence looks ahead to.
    #[test]
    fn an_irregular_past_looks_back() {
        // Seen: published on Sunday 22 November 2026.
        let p = "2026-11-22";
        assert_eq!(
            period_of(
                "The council says 340 people spent Saturday night in its two rest centres, and that a third will open at 18:00.",
                p,
                "Saturday"
            ),
            "2026-11-21"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "Volunteers kept the hall open on Thursday and the shelter will stay open.",
                p,
                "Thursday"
            ),
            "2026-11-19"
        );
        assert_eq!(
            period_of(
                "The family fled their home on Friday night, and the road will stay shut.",
                p,
                "Friday"
            ),
            "2026-11-20"
        );
        // Near misses: the present of the same verb, or a modal before it,
        // looks ahead.
        assert_eq!(
            period_of(
                "Families will spend Saturday night in the rest centre.",
                p,
                "Saturday"
            ),
            "2026-11-28"
        );
        assert_eq!(
            period_of(
                "The council will keep the hall open on Thursday.",
                p,
                "Thursday"
            ),
            "2026-11-26"
        );
    }

    /// An irregular participle after "had", "has" or "have" tells of the
    /// past as one in "-ed" does, whatever the sentence goes on to say.
    #[test]
    fn an_irregular_participle_of_a_perfect_looks_back() {
        // Seen: published in March 2026.
        let p = "2026-03-10";
        assert_eq!(
            period_of(
                "Its secretary said the council had written to tenants at Quenby Fields in January telling them their leases would end in October.",
                p,
                "January"
            ),
            "2026-01-01..2026-01-31"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "The trust has already taken over the two wards in February and will open a third.",
                p,
                "February"
            ),
            "2026-02-01..2026-02-28"
        );
        assert_eq!(
            period_of(
                "Officers had spoken to residents at a meeting in January about plans that would close the road.",
                p,
                "January"
            ),
            "2026-01-01..2026-01-31"
        );
        // Near misses: after a modal, or as a noun's participle, the
        // sentence's tense stands.
        assert_eq!(
            period_of(
                "Tenants will be given notice in January that their leases would end.",
                p,
                "January"
            ),
            "2027-01-01..2027-01-31"
        );
        assert_eq!(
            period_of(
                "A letter written to tenants would go out in April.",
                p,
                "April"
            ),
            "2026-04-01..2026-04-30"
        );
    }

    /// A participle with its agent set off by a comma after its noun tells
    /// what was done to it: a date in it looks back, whatever the clause.
    #[test]
    fn a_participle_with_its_agent_after_a_comma_looks_back() {
        // Seen: published on Monday 26 January 2026.
        let p = "2026-01-26";
        assert_eq!(
            period_of(
                "The plan, approved by the cabinet on Friday, would raise the pension age from 65 to 67 by 2032.",
                p,
                "Friday"
            ),
            "2026-01-23"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "The report, commissioned by the council in December, will be published next month.",
                p,
                "December"
            ),
            "2025-12-01..2025-12-31"
        );
        assert_eq!(
            period_of(
                "The deal, signed by both firms on Thursday, will take effect in March.",
                p,
                "Thursday"
            ),
            "2026-01-22"
        );
        // Near misses: without the comma the participle qualifies a noun of
        // the clause, whose tense stands; a plan is still ahead.
        assert_eq!(
            period_of(
                "The group would publish a survey of customers affected by closures in June.",
                p,
                "June"
            ),
            "2026-06-01..2026-06-30"
        );
        assert_eq!(
            period_of(
                "The scheme, expected by ministers in March, will cost £2m.",
                p,
                "March"
            ),
            "2026-03-01..2026-03-31"
        );
    }

    /// A plan told in the past for a month or a season that ended within
    /// three months of publication is that one: it was told before its
    /// time.
    #[test]
    fn a_plan_told_before_its_time_is_the_period_gone() {
        // Seen: published on 12 July 2026.
        let p = "2026-07-12";
        assert_eq!(
            period_of(
                "Your department's own timetable said the new prison at Harrowfield would open in the spring.",
                p,
                "spring"
            ),
            "2026-03-01..2026-05-31"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "The council told parents the new school would be ready in May.",
                p,
                "May"
            ),
            "2026-05-01..2026-05-31"
        );
        // Near misses look ahead: a plan told now ("says … will"), a
        // telling dated this week, a condition, a period long gone by
        // publication, and "next spring".
        assert_eq!(
            period_of(
                "The ministry says the new prison will open in the spring.",
                p,
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
        assert_eq!(
            period_of(
                "The minister said on Monday that the prison would open in the spring.",
                p,
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
        assert_eq!(
            period_of(
                "Officials said the prison would open in the spring if the contract is signed.",
                p,
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
        assert_eq!(
            period_of(
                "The Department for Transport said it would publish a revised clean air strategy in the spring.",
                "2026-11-21",
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
        assert_eq!(
            period_of(
                "The minister said the prison would open next spring.",
                p,
                "spring"
            ),
            "2027-03-01..2027-05-31"
        );
    }

    #[test]
    fn a_day_a_plan_is_set_for_is_ahead() {
        assert_eq!(
            period_of(
                "The election is set for October 4.",
                "2026-03-12",
                "October 4"
            ),
            "2026-10-04"
        );
        // The same shape in other words.
        assert_eq!(
            period_of(
                "The hearings are scheduled for Monday.",
                "2026-06-10",
                "Monday"
            ),
            "2026-06-15"
        );
        // Near miss: a plan told in the past looks back.
        assert_eq!(
            period_of(
                "The election was set for October 4.",
                "2026-11-12",
                "October 4"
            ),
            "2026-10-04"
        );
    }

    #[test]
    fn a_day_opening_its_clause_with_no_comma_takes_that_clauses_tense() {
        // Published on Wednesday 2026-04-22.
        let p = "2026-04-22";
        let first = |text: &str| periods(text, p)[0].clone();
        for (text, day, date) in [
            // (seen)
            (
                "On Tuesday the Carvossan state daily Vecherni Strazha, citing a source in the prosecutor's office, reported that Rekkelund's trial would open in Pellaro on May 11.",
                "On Tuesday",
                "2026-04-21",
            ),
            // (in other words)
            (
                "On Monday the Tallow Gazette said the council would close the baths in June.",
                "On Monday",
                "2026-04-20",
            ),
            (
                "On Friday the agency, quoting two officials, wrote that the border will reopen next month.",
                "On Friday",
                "2026-04-17",
            ),
            // (near misses: the clause looks ahead, past a phrase of a
            // participle and past a relative clause)
            (
                "On Friday the board of the Tallow Harbour Trust, meeting in private after the vote was delayed, will decide whether to sell the site.",
                "On Friday",
                "2026-04-24",
            ),
            (
                "On Thursday the bridge that was closed in March will reopen to traffic.",
                "On Thursday",
                "2026-04-23",
            ),
            (
                "On Monday the minister who resigned in March will give evidence to the committee.",
                "On Monday",
                "2026-04-27",
            ),
        ] {
            assert_eq!(first(text), (day.to_string(), date.to_string()), "{text}");
        }
    }

    #[test]
    fn a_thing_to_be_had_done_by_a_month_is_ahead() {
        // Published on Wednesday 2026-06-10.
        let p = "2026-06-10";
        let first = |text: &str| periods(text, p)[0].1.clone();
        // (seen)
        assert_eq!(
            period_of("Felling is due to begin on February 16, and contractors expect to have the road resurfaced by the end of May, the report said.", p, "the end of May"),
            "2027-05-31"
        );
        // (in other words)
        assert_eq!(
            first("The trust hopes to get the ward reopened in March, a spokesman said."),
            "2027-03-01..2027-03-31"
        );
        // (near misses: no intent; the perfect infinitive of a past)
        assert_eq!(
            first("The crews had to get the line reopened in March, the report said."),
            "2026-03-01..2026-03-31"
        );
        assert_eq!(
            first("The crews appear to have reconnected the line in March, the report said."),
            "2026-03-01..2026-03-31"
        );
    }

    #[test]
    fn next_before_a_month_told_in_a_plan_fixes_its_year() {
        // Published on Thursday 2026-07-09.
        let p = "2026-07-09";
        for (text, part, period) in [
            // (seen)
            (
                "The board confirmed that a telephone assessment counted as the start of treatment, but said it would change the definition from next April.",
                "April",
                "2027-04-01..2027-04-30",
            ),
            // (in other words)
            (
                "The council said the new parking charges would apply from next May.",
                "May",
                "2027-05-01..2027-05-31",
            ),
            // (near miss: a month named bare in a plan told before its time
            // is the one gone by)
            (
                "The council said the new parking charges would apply from May.",
                "May",
                "2026-05-01..2026-05-31",
            ),
        ] {
            assert_eq!(period_of(text, p, part), period, "{text}");
        }
    }
}
