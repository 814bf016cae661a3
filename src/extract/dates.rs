//! Time expressions ("next week", "September 15 and 16", "in February") as
//! calendar dates, relative to the article's publication date.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Serialize;

use foldhash::HashSet;
use std::sync::OnceLock;

use super::lexicon::{AFTER_THE, PAST, TRIGGERS};
use super::tokens::{word_set, Token};

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

/// Words that make a sentence speak of the future.
pub fn is_future(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        let next = tokens.get(i + 1).map_or("", |n| n.low());
        match t.low() {
            "will" | "'ll" | "would" | "shall" | "plans" | "intends" | "intend" | "expects"
            | "expected" | "scheduled" | "due" | "upcoming" | "forthcoming" | "next"
            | "following" | "coming" | "begins" | "starts" | "opens" | "won't" | "tomorrow" => true,
            "plan" | "set" | "going" | "is" | "are" => next == "to",
            "expect" => true,
            "takes" | "take" => next == "effect",
            _ => false,
        }
    })
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn iso_date(word: &str) -> Option<NaiveDate> {
    if word.len() != 10 || word.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if let Some(i) = MONTH_NAMES.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    let short = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    // Abbreviations count only with their period ("Sept."), not as words.
    word.ends_with('.').then_some(short)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn day_of(word: &str) -> Option<u32> {
    let w = word
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if w.is_empty() || w.len() > 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1900..=2099).contains(y))
}

/// A count in words or digits: "ten", "2.5", "a", "a couple of".
fn number_of(word: &str) -> Option<f64> {
    Some(match word {
        "a" | "an" | "one" => 1.0,
        "two" | "couple" => 2.0,
        "three" | "few" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "hundred" => 100.0,
        w => {
            let v: f64 = w.parse().ok()?;
            if !(0.0..=10_000.0).contains(&v) {
                return None;
            }
            v
        }
    })
}

/// A unit of time in days (for days and weeks) or months.
enum Unit {
    Days(f64),
    Months(f64),
}

fn unit_of(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" => Unit::Days(1.0),
        "week" | "weeks" => Unit::Days(7.0),
        "month" | "months" => Unit::Months(1.0),
        "year" | "years" => Unit::Months(12.0),
        "decade" | "decades" => Unit::Months(120.0),
        _ => return None,
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn add(d: NaiveDate, unit: &Unit, n: f64, forward: bool) -> Option<NaiveDate> {
    match unit {
        Unit::Days(k) => {
            let days = Days::new((k * n).round() as u64);
            if forward {
                d.checked_add_days(days)
            } else {
                d.checked_sub_days(days)
            }
        }
        Unit::Months(k) => {
            let months = Months::new((k * n).round() as u32);
            if forward {
                d.checked_add_months(months)
            } else {
                d.checked_sub_months(months)
            }
        }
    }
}

/// What a matcher found: how many tokens, and the period.
struct Found {
    len: usize,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    relative: bool,
}

/// Every time expression in `tokens`, read against `published`.
pub fn find(
    text: &str,
    tokens: &[Token],
    published: Option<NaiveDate>,
    future: bool,
) -> Vec<TimeExpr> {
    let words: Vec<&str> = tokens.iter().map(|t| t.low()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_start(&words, tokens, i) {
            i += 1;
            continue;
        }
        let found = at(&words, tokens, i, published, future);
        match found {
            Some(f) if f.len > 0 => {
                let (s, e) = (i, i + f.len);
                let start = tokens[s].start;
                let end = tokens[e - 1].end;
                out.push(TimeExpr {
                    text: text[start..end].to_string(),
                    start,
                    end,
                    from: f.from,
                    to: f.to,
                    relative: f.relative,
                });
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

static TRIGGER_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn is_trigger(w: &[&str], tokens: &[Token], i: usize) -> bool {
    let Some(word) = w.get(i) else {
        return false;
    };
    if *word == "the" {
        return w.get(i + 1).is_some_and(|n| AFTER_THE.contains(n));
    }
    tokens[i].has_digit()
        || word_set(&TRIGGER_SET, TRIGGERS).contains(word)
        || word.starts_with("mid-")
}

/// Whether a time expression may start at `i`: a cheap test that keeps the
/// matchers off most words.
fn may_start(w: &[&str], tokens: &[Token], i: usize) -> bool {
    if is_trigger(w, tokens, i) {
        return true;
    }
    matches!(
        w[i],
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
    ) && (is_trigger(w, tokens, i + 1)
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

/// The tense the words just before `i` give: "told reporters on Wednesday"
/// looks back even in a sentence about the future.
fn local_future(w: &[&str], i: usize, future: bool) -> bool {
    for k in 1..=4 {
        let Some(word) = i.checked_sub(k).and_then(|j| w.get(j)) else {
            break;
        };
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
        if PAST.contains(word) || (word.len() > 4 && word.ends_with("ed")) {
            return false;
        }
        if matches!(*word, "," | ";" | "that" | "and") {
            break;
        }
    }
    future
}

fn at(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let future = local_future(w, i, future);
    // Skip one preposition; it is kept in the expression.
    let lead = usize::from(matches!(
        get(0),
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
    ));
    if let Some(f) = relative_span(w, i + lead, published, future) {
        return Some(Found {
            len: f.len + lead,
            ..f
        });
    }
    if let Some(f) = calendar(w, tokens, i + lead, published, future) {
        return Some(Found {
            len: f.len + lead,
            ..f
        });
    }
    // "in a little less than ten days", "over two and a half years", "three years ago"
    duration(w, i, published, future, lead == 0)
}

/// "next week", "the following week", "this past Wednesday", "today", "by the end of the year".
fn relative_span(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let mut k = 0;
    // "the end of the year", "the end of January"
    let mut end_of = false;
    if get(0) == "the" && get(1) == "end" && get(2) == "of" {
        end_of = true;
        k = 3;
    }
    if matches!(get(k), "early" | "late" | "later" | "earlier" | "mid") && get(k + 1) != "on" {
        k += 1;
    }
    let (dir, step): (i32, usize) = match (get(k), get(k + 1), get(k + 2)) {
        ("this", "past", _) => (-2, 2),
        ("the", "following", _) | ("the", "next", _) | ("the", "coming", _) => (1, 2),
        ("the", "previous", _) | ("the", "past", _) | ("the", "last", _) => (-1, 2),
        ("the", "same", _) => return None,
        ("the", x, _) if x == "year" || x == "month" || x == "week" => (0, 1),
        ("next", _, _) | ("coming", _, _) | ("following", _, _) => (1, 1),
        ("last", _, _) | ("past", _, _) | ("previous", _, _) => (-1, 1),
        ("this", _, _) => (0, 1),
        ("today", _, _) | ("tonight", _, _) => return day(published, 0, k + 1),
        ("yesterday", _, _) => return day(published, -1, k + 1),
        ("tomorrow", _, _) => return day(published, 1, k + 1),
        (x, _, _) if weekday_of(x).is_some() && !end_of => (if future { 3 } else { -3 }, 0),
        (x, _, _) if end_of && month_of(x).is_some() => {
            return month_period(w, i + k, published, future).map(|f| Found {
                len: f.len + k,
                from: f.to,
                to: f.to,
                relative: f.relative,
            })
        }
        _ => return None,
    };
    let unit = get(k + step);
    let len = k + step + 1;
    if let Some(wd) = weekday_of(unit) {
        let Some(p) = published else {
            return Some(Found {
                len,
                from: None,
                to: None,
                relative: true,
            });
        };
        let d = match dir {
            1 | 3 => next_weekday(p, wd, false),
            -1 => prev_weekday(p, wd, false),
            _ => prev_weekday(p, wd, true), // "this past X", "on X" in the past
        };
        return Some(Found {
            len,
            from: Some(d),
            to: Some(d),
            relative: true,
        });
    }
    if dir.abs() > 1 {
        return None;
    }
    let Some(p) = published else {
        return matches!(unit, "week" | "month" | "year" | "weekend").then_some(Found {
            len,
            from: None,
            to: None,
            relative: true,
        });
    };
    let (from, to) = match unit {
        "week" | "weekend" => {
            let s = week_start(p).checked_add_signed(chrono::Duration::weeks(i64::from(dir)))?;
            if unit == "weekend" {
                (s + Days::new(5), s + Days::new(6))
            } else {
                (s, s + Days::new(6))
            }
        }
        "month" => {
            let first = ymd(p.year(), p.month(), 1)?;
            let s = if dir >= 0 {
                first.checked_add_months(Months::new(dir as u32))?
            } else {
                first.checked_sub_months(Months::new(1))?
            };
            (s, month_end(s.year(), s.month())?)
        }
        "year" => {
            let y = p.year() + dir;
            (ymd(y, 1, 1)?, ymd(y, 12, 31)?)
        }
        _ => return None,
    };
    if end_of {
        return Some(Found {
            len,
            from: Some(to),
            to: Some(to),
            relative: true,
        });
    }
    Some(Found {
        len,
        from: Some(from),
        to: Some(to),
        relative: true,
    })
}

fn day(published: Option<NaiveDate>, offset: i64, len: usize) -> Option<Found> {
    let d = published.and_then(|p| p.checked_add_signed(chrono::Duration::days(offset)));
    Some(Found {
        len,
        from: d,
        to: d,
        relative: true,
    })
}

/// The first `wd` after `p` (or on it, when `same` allows).
fn next_weekday(p: NaiveDate, wd: Weekday, same: bool) -> NaiveDate {
    let mut d = if same { p } else { p + Days::new(1) };
    while d.weekday() != wd {
        d = d + Days::new(1);
    }
    d
}

/// The last `wd` before `p` (or on it, when `same` allows).
fn prev_weekday(p: NaiveDate, wd: Weekday, same: bool) -> NaiveDate {
    let mut d = if same { p } else { p - Days::new(1) };
    while d.weekday() != wd {
        d = d - Days::new(1);
    }
    d
}

/// Pick the year for a month (and day) written without one: the publication
/// year, moved one year on for the future or back for the past.
fn infer(
    published: NaiveDate,
    from: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let y = published.year();
    let (f, t) = from(y)?;
    if future && t < published - Days::new(7) {
        return from(y + 1);
    }
    if !future && f > published + Days::new(60) {
        return from(y - 1);
    }
    Some((f, t))
}

/// "September 15 and 16", "15 September 2022", "Sept. 15", "in February", "2021",
/// "the spring of 2026".
fn calendar(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    // An ISO date: "2022-09-15"
    if let Some(date) = iso_date(get(0)) {
        return Some(Found {
            len: 1,
            from: Some(date),
            to: Some(date),
            relative: false,
        });
    }
    // "early March", "late September 2023", "mid-March"
    if matches!(get(0), "early" | "late" | "mid") && month_of(get(1)).is_some() {
        let f = month_period(w, i + 1, published, future)?;
        return Some(Found {
            len: f.len + 1,
            ..f
        });
    }
    if let Some(m) = get(0).strip_prefix("mid-").and_then(month_of) {
        let base = published?;
        let range = match year_of(get(1)) {
            Some(y) => Some((ymd(y, m, 1)?, month_end(y, m)?)),
            None => infer(base, |y| Some((ymd(y, m, 1)?, month_end(y, m)?)), future),
        };
        return Some(Found {
            len: 1 + usize::from(year_of(get(1)).is_some()),
            from: range.map(|r| r.0),
            to: range.map(|r| r.1),
            relative: year_of(get(1)).is_none(),
        });
    }
    // Day before month: "15 September"
    if let (Some(d), Some(m)) = (day_of(get(0)), month_of(get(1))) {
        if let Some(y) = year_of(get(2)) {
            let date = ymd(y, m, d)?;
            return Some(Found {
                len: 3,
                from: Some(date),
                to: Some(date),
                relative: false,
            });
        }
        return Some(single_or_unknown(2, published, m, d, d, future));
    }
    if month_of(get(0)).is_some() {
        let is_cap = tokens.get(i).is_some_and(Token::is_cap);
        if is_cap {
            return month_period(w, i, published, future);
        }
    }
    // Seasons: "the spring of 2026", "this spring"
    let (skip, season) = match (get(0), get(1)) {
        ("the", s) => (1, s),
        (s, _) => (0, s),
    };
    if let Some((m, months)) = season_of(season) {
        if get(skip + 1) == "of" {
            if let Some(y) = year_of(get(skip + 2)) {
                let f = ymd(y, m, 1)?;
                let last = f.checked_add_months(Months::new(months - 1))?;
                return Some(Found {
                    len: skip + 3,
                    from: Some(f),
                    to: month_end(last.year(), last.month()),
                    relative: false,
                });
            }
        }
    }
    if let Some(y) = year_of(get(0)) {
        // Not an amount: "$2021", "2021 people" are rare; a year is not followed by a unit.
        if tokens.get(i).is_some_and(|t| t.text.starts_with('$')) {
            return None;
        }
        return Some(Found {
            len: 1,
            from: ymd(y, 1, 1),
            to: ymd(y, 12, 31),
            relative: false,
        });
    }
    None
}

fn season_of(word: &str) -> Option<(u32, u32)> {
    Some(match word {
        "spring" => (3, 3),
        "summer" => (6, 3),
        "autumn" | "fall" => (9, 3),
        "winter" => (12, 3),
        _ => return None,
    })
}

fn single_or_unknown(
    len: usize,
    published: Option<NaiveDate>,
    m: u32,
    d1: u32,
    d2: u32,
    future: bool,
) -> Found {
    let Some(p) = published else {
        return Found {
            len,
            from: None,
            to: None,
            relative: true,
        };
    };
    let range = infer(p, |y| Some((ymd(y, m, d1)?, ymd(y, m, d2)?)), future);
    Found {
        len,
        from: range.map(|r| r.0),
        to: range.map(|r| r.1),
        relative: true,
    }
}

/// A month with an optional day, day range and year: "September 15 and 16",
/// "January 2024", "February".
fn month_period(w: &[&str], i: usize, published: Option<NaiveDate>, future: bool) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let m = month_of(get(0))?;
    if let Some(d1) = day_of(get(1)) {
        let mut len = 2;
        let mut d2 = d1;
        if matches!(get(2), "and" | "-" | "to" | "through" | "\u{2013}") {
            if let Some(d) = day_of(get(3)).filter(|&d| d > d1) {
                d2 = d;
                len = 4;
            }
        } else if let Some((a, b)) = get(1).split_once(['-', '\u{2013}']) {
            if let (Some(a), Some(b)) = (day_of(a), day_of(b)) {
                d2 = b.max(a);
            }
        }
        let year_at = if get(len) == "," { len + 1 } else { len };
        if let Some(y) = year_of(get(year_at)) {
            return Some(Found {
                len: year_at + 1,
                from: ymd(y, m, d1),
                to: ymd(y, m, d2),
                relative: false,
            });
        }
        return Some(single_or_unknown(len, published, m, d1, d2, future));
    }
    if let Some(d) = get(1)
        .split_once(['-', '\u{2013}'])
        .and_then(|(a, b)| Some((day_of(a)?, day_of(b)?)))
    {
        return Some(single_or_unknown(
            2,
            published,
            m,
            d.0,
            d.1.max(d.0),
            future,
        ));
    }
    if let Some(y) = year_of(get(1)) {
        return Some(Found {
            len: 2,
            from: ymd(y, m, 1),
            to: month_end(y, m),
            relative: false,
        });
    }
    // A month alone must follow a word that makes it a date ("in May"), since
    // "may" and "march" are also verbs.
    let prev = if i > 0 { w[i - 1] } else { "" };
    if !matches!(
        prev,
        "in" | "by"
            | "since"
            | "until"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "during"
            | "before"
            | "after"
            | "from"
            | "through"
    ) {
        return None;
    }
    let Some(p) = published else {
        return Some(Found {
            len: 1,
            from: None,
            to: None,
            relative: true,
        });
    };
    let range = infer(p, |y| Some((ymd(y, m, 1)?, month_end(y, m)?)), future);
    Some(Found {
        len: 1,
        from: range.map(|r| r.0),
        to: range.map(|r| r.1),
        relative: true,
    })
}

/// "in a little less than ten days", "over two and a half years", "within 30 days",
/// "three years ago", "over the next decade".
fn duration(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    future: bool,
    bare: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    if bare && number_of(get(0)).is_none() {
        return None;
    }
    let mut k = usize::from(!bare);
    let mut forward = future;
    // "in over two years", "for more than a decade": a span that ends now.
    let at_least = matches!(get(0), "in" | "for") && matches!(get(k), "over" | "more");
    if at_least {
        forward = false;
    }
    if get(k) == "over" {
        k += 1;
    }
    if get(k) == "the" && matches!(get(k + 1), "next" | "coming" | "past" | "last" | "previous") {
        forward = matches!(get(k + 1), "next" | "coming");
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
            forward = true;
            k += 2;
        }
        ("ago", _) => {
            forward = false;
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

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn periods(text: &str, published: &str) -> Vec<(String, String)> {
        let mut html = 0;
        let tokens = tokenize(text, 0, text.len(), &[], &mut html);
        let future = is_future(&tokens);
        find(text, &tokens, Some(d(published)), future)
            .into_iter()
            .map(|e| (e.text.clone(), e.period()))
            .collect()
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
}
