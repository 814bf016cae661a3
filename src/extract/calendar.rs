//! Calendar words and periods: months, days, years, seasons, units of time,
//! and the year a date written without one falls in.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::dates::Ahead;
use super::tokens::Token;

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

pub(super) fn iso_date(word: &str) -> Option<NaiveDate> {
    if word.len() != 10 || word.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()
}

pub(super) fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if let Some(i) = MONTH_NAMES.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    // Abbreviations count only with their period ("Sept."), not as words.
    short_month(w).filter(|_| word.ends_with('.'))
}

/// Whether the word at `i` is a month's abbreviation without its period
/// and a day follows it: "Nov 19" in a wire dateline ("GADDESBY, Nov 19
/// (VPA) -").
pub(super) fn dated_short_month(w: &[&str], i: usize) -> bool {
    w.get(i).is_some_and(|m| short_month(m).is_some())
        && w.get(i + 1).is_some_and(|d| day_of(d).is_some())
}

/// The number of a month's abbreviation: "jan", "sept".
fn short_month(word: &str) -> Option<u32> {
    Some(match word {
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
    })
}

/// The number of a month by its name in full or abbreviated, without a point.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .position(|m| *m == word)
        .and_then(|i| u32::try_from(i + 1).ok())
        .or_else(|| short_month(word))
}

/// Whether a lowercase word, without its period, names a month in full or
/// abbreviated ("march", "sept"): for telling dates apart where no date is read.
pub(crate) fn is_month_word(word: &str) -> bool {
    MONTH_NAMES.contains(&word) || short_month(word).is_some()
}

pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
    // "Sunday's election" names the day too.
    let word = word.strip_suffix("'s").unwrap_or(word);
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

pub(super) fn day_of(word: &str) -> Option<u32> {
    // (most words open with a letter, and are no day: told before the
    // suffixes are sought)
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .fold(word, |w, suffix| without_all(w, suffix));
    if w.is_empty() || w.len() > 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A day of the month spelled as an ordinal: "first", "twenty-first",
/// "thirtieth".
pub(super) fn spelled_day(word: &str) -> Option<u32> {
    const ORDINALS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let unit = |w: &str| ORDINALS.iter().position(|o| *o == w).map(|k| k as u32 + 1);
    match word {
        "twentieth" => Some(20),
        "thirtieth" => Some(30),
        _ => match word.split_once('-') {
            Some(("twenty", u)) => unit(u).filter(|&d| d < 10).map(|d| 20 + d),
            Some(("thirty", "first")) => Some(31),
            Some(_) => None,
            None => unit(word),
        },
    }
}

/// `w.trim_end_matches(suffix)`, the suffix compared in place rather
/// than sought by a searcher set up for each word.
fn without_all<'w>(mut w: &'w str, suffix: &str) -> &'w str {
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

pub(super) fn year_of(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1900..=2099).contains(y))
}

/// The first year of a decade written "2010s" (also "2010's").
pub(super) fn decade_of(word: &str) -> Option<i32> {
    let digits = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix('s'))?;
    year_of(digits).filter(|y| y % 10 == 0)
}

/// A count in words or digits: "ten", "2.5", "a", "a couple of".
pub(super) fn number_of(word: &str) -> Option<f64> {
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
pub(super) enum Unit {
    Days(f64),
    Months(f64),
}

pub(super) fn unit_of(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" => Unit::Days(1.0),
        "week" | "weeks" => Unit::Days(7.0),
        "month" | "months" => Unit::Months(1.0),
        "year" | "years" => Unit::Months(12.0),
        "decade" | "decades" => Unit::Months(120.0),
        _ => return None,
    })
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

pub(super) fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
}

pub(super) fn add(d: NaiveDate, unit: &Unit, n: f64, forward: bool) -> Option<NaiveDate> {
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
pub(super) struct Found {
    pub(super) len: usize,
    pub(super) from: Option<NaiveDate>,
    pub(super) to: Option<NaiveDate>,
    pub(super) relative: bool,
}

/// Pick the year for a month (and day) written without one: the publication
/// year, moved one year on for the future or back for the past.
pub(super) fn infer(
    published: NaiveDate,
    from: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let y = published.year();
    let (f, t) = from(y)?;
    if future
        && published
            .checked_sub_days(Days::new(7))
            .is_some_and(|p| t < p)
    {
        return from(y + 1);
    }
    if !future
        && published
            .checked_add_days(Days::new(60))
            .is_some_and(|p| f > p)
    {
        return from(y - 1);
    }
    Some((f, t))
}

/// "September 15 and 16", "15 September 2022", "Sept. 15", "in February", "2021",
/// "the spring of 2026".
pub(super) fn calendar(
    w: &[&str],
    tokens: &[Token],
    i: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
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
    // "in the 2010s", "the 1990s": a decade, whole (not the open time
    // "before the 2040s" or "since the 1990s", which is no period of it).
    let open = i
        .checked_sub(1)
        .and_then(|k| w.get(k))
        .is_some_and(|b| matches!(*b, "before" | "after" | "since" | "until" | "till"));
    if let Some(decade) = (get(0) == "the" && !open)
        .then(|| decade_of(get(1)))
        .flatten()
    {
        return Some(Found {
            len: 2,
            from: ymd(decade, 1, 1),
            to: ymd(decade + 9, 12, 31),
            relative: false,
        });
    }
    // "on the 27th of this month", "the 3rd of next month": a day of a
    // month named from the publication date.
    if let (Some(d), "of", "month") = (day_of(get(0)), get(1), get(3)) {
        let shift = match get(2) {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        };
        if let Some(shift) = shift.filter(|_| get(0).ends_with(char::is_alphabetic)) {
            let first = published
                .and_then(|p| p.with_day(1))
                .and_then(|f| match shift {
                    1 => f.checked_add_months(Months::new(1)),
                    -1 => f.checked_sub_months(Months::new(1)),
                    _ => Some(f),
                });
            let day = first.and_then(|f| ymd(f.year(), f.month(), d));
            return Some(Found {
                len: 4,
                from: day,
                to: day,
                relative: true,
            });
        }
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
            None => infer(
                base,
                |y| Some((ymd(y, m, 1)?, month_end(y, m)?)),
                future.get(),
            ),
        };
        return Some(Found {
            len: 1 + usize::from(year_of(get(1)).is_some()),
            from: range.map(|r| r.0),
            to: range.map(|r| r.1),
            relative: year_of(get(1)).is_none(),
        });
    }
    // Day before month: "15 September", or an ordinal with "of" as it is
    // spoken: "the 26th of February".
    // (a month's abbreviation without its period counts beside a day: "19
    // Nov 2025")
    let of = usize::from(get(1) == "of" && get(0).ends_with(char::is_alphabetic));
    let month = month_of(get(1 + of)).or_else(|| short_month(get(1)).filter(|_| of == 0));
    // (the day spelled, only with "of": "on the first of January")
    let day = day_of(get(0)).or_else(|| spelled_day(get(0)).filter(|_| of == 1));
    if let (Some(d), Some(m)) = (day, month) {
        if let Some(y) = year_of(get(2 + of)) {
            let date = ymd(y, m, d)?;
            return Some(Found {
                len: 3 + of,
                from: Some(date),
                to: Some(date),
                relative: false,
            });
        }
        if let Some(f) = named_year(w, i + 2 + of, published, m, d, d) {
            return Some(Found {
                len: 2 + of + f.len,
                ..f
            });
        }
        return Some(single_or_unknown(2 + of, published, m, d, d, future.get()));
    }
    if month_of(get(0)).is_some() || dated_short_month(w, i) {
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
        // "by spring 2027", "in the autumn 2026", "the spring of 2026": a
        // season and its year.
        // "the spring of last year", "the autumn of next year": the year
        // named from the publication date.
        let shift = match get(skip + 2) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        let with_year = match year_of(get(skip + 1)) {
            Some(y) => Some((skip + 2, y, false)),
            None if get(skip + 1) == "of" && get(skip + 3) == "year" => {
                shift.and_then(|s| published.map(|p| (skip + 4, p.year() + s, true)))
            }
            None if get(skip + 1) == "of" => year_of(get(skip + 2)).map(|y| (skip + 3, y, false)),
            None => None,
        };
        if let Some((len, y, relative)) = with_year {
            let f = ymd(y, m, 1)?;
            let last = f.checked_add_months(Months::new(months - 1))?;
            return Some(Found {
                len,
                from: Some(f),
                to: month_end(last.year(), last.month()),
                relative,
            });
        }
    }
    // A year before 1900 after a preposition of time, the clause going on
    // or ending after it: "founded in 1862", "since 1789, when …" ("in
    // 1200 cases" is a count).
    if i > 0
        && matches!(w[i - 1], "in" | "since" | "until")
        && matches!(
            get(1),
            "" | ","
                | "."
                | ";"
                | ")"
                | "and"
                | "by"
                | "when"
                | "as"
                | "but"
                | "the"
                | "it"
                | "was"
        )
        && get(0).len() == 4
        && get(0).bytes().all(|b| b.is_ascii_digit())
        && !tokens
            .get(i)
            .is_some_and(|t| t.text.starts_with(['$', '£', '€']))
    {
        if let Some(y) = get(0)
            .parse::<i32>()
            .ok()
            .filter(|y| (1000..1900).contains(y))
        {
            return Some(Found {
                len: 1,
                from: ymd(y, 1, 1),
                to: ymd(y, 12, 31),
                relative: false,
            });
        }
    }
    if let Some(y) = year_of(get(0)) {
        // Not an amount: "$2021", "2021 people" are rare; a year is not followed by a unit.
        if tokens.get(i).is_some_and(|t| t.text.starts_with('$')) {
            return None;
        }
        // "from 2017 to 2023", "between 2019 and 2021": the years between.
        let prev = if i > 0 { w[i - 1] } else { "" };
        let joins = match get(1) {
            "and" => prev == "between",
            "to" | "until" | "-" | "\u{2013}" => matches!(prev, "from" | "between"),
            _ => false,
        };
        if let Some(y2) = year_of(get(2)).filter(|&y2| joins && y2 > y) {
            return Some(Found {
                len: 3,
                from: ymd(y, 1, 1),
                to: ymd(y2, 12, 31),
                relative: false,
            });
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

/// "next year", "last year", "this year" after a day: "May 15 next year",
/// "3 March last year". Its length in words and the days.
fn named_year(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    m: u32,
    d1: u32,
    d2: u32,
) -> Option<Found> {
    if w.get(i + 1) != Some(&"year") {
        return None;
    }
    let p = published?;
    let y = match *w.get(i)? {
        "last" => p.year() - 1,
        "this" => p.year(),
        "next" => p.year() + 1,
        _ => return None,
    };
    Some(Found {
        len: 2,
        from: ymd(y, m, d1),
        to: ymd(y, m, d2),
        relative: true,
    })
}

pub(super) fn season_of(word: &str) -> Option<(u32, u32)> {
    Some(match word {
        "spring" => (3, 3),
        "summer" => (6, 3),
        "autumn" | "fall" => (9, 3),
        "winter" => (12, 3),
        _ => return None,
    })
}

pub(super) fn single_or_unknown(
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

/// Words after "the" and a month that make it no date of a noun: "the
/// March on the capital", "the April of her life" (a verb or a word of
/// joining, not a noun the month dates).
const MONTH_NOT_BEFORE: &[&str] = &[
    "of", "on", "to", "and", "or", "for", "in", "at", "is", "was", "are", "were", "will", "has",
    "had", "by", "with", "from", "that", "which", "who", "past", "through", "against", "into",
    "towards", "across",
];

/// A month with an optional day, day range and year: "September 15 and 16",
/// "January 2024", "February".
pub(super) fn month_period(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let m = month_of(get(0)).or_else(|| short_month(get(0)).filter(|_| dated_short_month(w, i)))?;
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
        if let Some(f) = named_year(w, i + len, published, m, d1, d2) {
            return Some(Found {
                len: len + f.len,
                ..f
            });
        }
        return Some(single_or_unknown(len, published, m, d1, d2, future.get()));
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
            future.get(),
        ));
    }
    if let Some(y) = year_of(get(1)) {
        // "between October 2024 and March 2025", "from May 2025 to
        // January 2026", "October 2024 to March": a span, the year of its
        // end named or the first after its start.
        let prev = if i > 0 { w[i - 1] } else { "" };
        let joins = match get(2) {
            "and" => prev == "between",
            "to" | "through" | "until" | "-" | "\u{2013}" => true,
            _ => false,
        };
        if let Some(m2) = month_of(get(3)).filter(|_| joins) {
            let (y2, len) = match year_of(get(4)) {
                Some(y2) => (y2, 5),
                None => (if m2 < m { y + 1 } else { y }, 4),
            };
            let (from, to) = (ymd(y, m, 1), month_end(y2, m2));
            if from.zip(to).is_some_and(|(f, t)| f <= t) {
                return Some(Found {
                    len,
                    from,
                    to,
                    relative: false,
                });
            }
        }
        return Some(Found {
            len: 2,
            from: ymd(y, m, 1),
            to: month_end(y, m),
            relative: false,
        });
    }
    // "May last year", "in March next year": the month of the year named
    // from the publication date.
    if let Some(end) = month_end(2000, m).map(|e| e.day()) {
        if let Some(f) = named_year(w, i + 1, published, m, 1, end) {
            // (February's end in that year, not in 2000)
            let to = f.from.and_then(|d| month_end(d.year(), m));
            return Some(Found {
                len: 1 + f.len,
                to,
                ..f
            });
        }
    }
    // A month alone must follow a word that makes it a date ("in May"), since
    // "may" and "march" are also verbs.
    let prev = if i > 0 { w[i - 1] } else { "" };
    // "six months to August": the end of a period of months.
    let period_end =
        matches!(prev, "to" | "ending") && i >= 2 && matches!(w[i - 2], "months" | "month");
    // "until at least May", "till at least March": the end of a delay.
    let at_least =
        prev == "least" && i >= 3 && w[i - 2] == "at" && matches!(w[i - 3], "until" | "till");
    let makes_date = period_end
        || at_least
        || matches!(
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
                | "throughout"
                | "for"
        );
    // A month read as a date by its place, not by a preposition: "as
    // recently as February", "as early as March"; a month before the noun
    // it dates, "the October inspection", "in its December issue"; a month
    // that is the subject of its clause, "and September was our best
    // month". ("May" alone is too often a name: "the May government",
    // "May was right".)
    let next = get(1);
    let makes_date = makes_date
        || (prev == "as" && i >= 2 && matches!(w[i - 2], "recently" | "early" | "late" | "back"))
        || (m != 5
            && matches!(prev, "the" | "its" | "their" | "his" | "her" | "our")
            && next.len() > 2
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !MONTH_NOT_BEFORE.contains(&next))
        // (April, June and August are first names too: "June has worked
        // at the school since 2004.", "April was told …".)
        || (!matches!(m, 4 | 5 | 6 | 8)
            && matches!(prev, "" | "," | "and" | "but" | ";")
            && matches!(
                next,
                "was" | "is" | "saw" | "brought" | "marked" | "has" | "had"
            ));
    // A span of months: "between July and September", "from May to
    // August 2025", "July to September last year". Two months joined by
    // "to" are a date after any word: "The next set, covering April to
    // June, is due …".
    let joined = matches!(get(1), "to" | "through" | "-" | "\u{2013}");
    let span_to = match get(1) {
        "and" => prev == "between",
        "to" | "through" | "until" | "-" | "\u{2013}" => true,
        _ => false,
    }
    .then(|| month_of(get(2)))
    .flatten()
    .filter(|_| makes_date || prev == "between" || joined);
    if !makes_date && span_to.is_none() {
        return None;
    }
    let last_month = span_to.unwrap_or(m);
    let len = if span_to.is_some() { 3 } else { 1 };
    // The end in the year after when it comes round first: "from November
    // to February".
    let span = |y: i32| {
        let y2 = if last_month < m { y + 1 } else { y };
        Some((ymd(y, m, 1)?, month_end(y2, last_month)?))
    };
    if span_to.is_some() {
        if let Some(y) = year_of(get(3)) {
            let (f, t) = span(y).unzip();
            return Some(Found {
                len: 4,
                from: f,
                to: t,
                relative: false,
            });
        }
    }
    let Some(p) = published else {
        return Some(Found {
            len,
            from: None,
            to: None,
            relative: true,
        });
    };
    // "September last year", "March next year", "July this year": one
    // expression, its year named after it.
    if get(len + 1) == "year" {
        let year = match get(len) {
            "last" => Some(p.year() - 1),
            "this" => Some(p.year()),
            "next" => Some(p.year() + 1),
            _ => None,
        };
        if let Some(y) = year {
            let (f, t) = span(y).unzip();
            return Some(Found {
                len: len + 2,
                from: f,
                to: t,
                relative: true,
            });
        }
    }
    if span_to.is_some() {
        // A span told in the past is the latest one mostly gone by:
        // "borrowed more than it did between January and June", printed in
        // January, is last year's; printed in June, this year's.
        let range = infer(p, span, future.get()).and_then(|(f, t)| {
            if !future.get() && (t - p) > (p - f) {
                span(f.year() - 1)
            } else {
                Some((f, t))
            }
        });
        return Some(Found {
            len,
            from: range.map(|r| r.0),
            to: range.map(|r| r.1),
            relative: true,
        });
    }
    // "next August": the first August after the month of publication;
    // "last August" the latest before it, whatever the tense.
    let year = match prev {
        "next" if m > p.month() => Some(p.year()),
        "next" => Some(p.year() + 1),
        "last" if m < p.month() => Some(p.year()),
        "last" => Some(p.year() - 1),
        _ => None,
    };
    let range = match year {
        Some(y) => ymd(y, m, 1).zip(month_end(y, m)),
        None => infer(p, |y| Some((ymd(y, m, 1)?, month_end(y, m)?)), future.get()),
    };
    Some(Found {
        len: 1,
        from: range.map(|r| r.0),
        to: range.map(|r| r.1),
        relative: true,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use chrono::NaiveDate;

    fn dates_of(text: &str) -> Vec<String> {
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        x.candidates
            .iter()
            .flat_map(|c| c.dates.iter().map(|d| d.text.clone()))
            .collect()
    }

    #[test]
    fn a_day_s_suffixes_are_trimmed_as_trim_end_matches_trims_them() {
        fn trimmed(w: &str) -> &str {
            w.trim_end_matches("st")
                .trim_end_matches("nd")
                .trim_end_matches("rd")
                .trim_end_matches("th")
        }
        for w in [
            "1st", "2nd", "3rd", "4th", "21st", "31stst", "12thth", "21stnd", "3rdst", "11", "1",
            "32nd", "0th", "123rd", "st", "", "4th.", "5sth",
        ] {
            let d = super::day_of(w);
            let t = trimmed(w);
            let expected = (w.starts_with(|c: char| c.is_ascii_digit())
                && !t.is_empty()
                && t.len() <= 2
                && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d));
            assert_eq!(d, expected, "{w}");
        }
        assert_eq!(super::day_of("21st"), Some(21));
    }

    #[test]
    fn a_month_that_is_a_first_name_is_no_subject_date() {
        for text in [
            "June has worked at the school since 2004.",
            "April was told in 2025 that the clinic would close.",
            "August had lived on the estate for 30 years, she said.",
        ] {
            let dates = dates_of(text);
            assert!(
                !dates
                    .iter()
                    .any(|d| matches!(d.as_str(), "June" | "April" | "August")),
                "{text}: {dates:?}"
            );
        }
        // A month that is no first name still dates its clause.
        let dates = dates_of("Sales rose by 4%, and September was our best month since 2019.");
        assert!(dates.iter().any(|d| d == "September"), "{dates:?}");
    }

    #[test]
    fn a_month_after_until_at_least_is_the_end_of_a_delay() {
        let periods = |text: &str, published: (i32, u32, u32)| -> Vec<(String, String)> {
            let x = extract(
                text,
                NaiveDate::from_ymd_opt(published.0, published.1, published.2),
            );
            x.candidates
                .iter()
                .flat_map(|c| c.dates.iter().map(|d| (d.text.clone(), d.period())))
                .collect()
        };
        // Seen.
        let seen = periods(
            "Green councillor Rhiannon Fenwick-Lowe said her party would \"call in\" the decision, which would delay any sale until at least May.",
            (2026, 3, 20),
        );
        assert!(
            seen.iter()
                .any(|(t, p)| t.ends_with("May") && p == "2026-05-01..2026-05-31"),
            "{seen:?}"
        );
        // The same shape in other words.
        let other = periods(
            "The operator said the line would stay closed till at least March.",
            (2026, 1, 12),
        );
        assert!(
            other
                .iter()
                .any(|(t, p)| t.ends_with("March") && p == "2026-03-01..2026-03-31"),
            "{other:?}"
        );
        // "May" after "at least" with no "until" is no date.
        let name = periods(
            "At least May and two other ministers voted against.",
            (2026, 1, 12),
        );
        assert!(name.is_empty(), "{name:?}");
    }

    /// A span of months with no year told in the past is the latest one
    /// mostly gone by at publication.
    #[test]
    fn a_past_span_of_months_is_the_latest_mostly_gone_by() {
        let periods = |text: &str, published: &str| -> Vec<(String, String)> {
            let mut html = 0;
            let t = super::super::tokens::tokenize(text, 0, text.len(), &[], &mut html);
            let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
            super::super::dates::find(text, &t, p, super::super::dates::is_future(&t))
                .iter()
                .map(|e| (e.text.clone(), e.period()))
                .collect()
        };
        let has = |v: &[(String, String)], t: &str, p: &str| {
            v.iter().any(|(a, b)| a.ends_with(t) && b == p)
        };
        // Seen: printed in January, last year's.
        let seen = periods(
            "\"The government borrowed more in December than it did between January and June,\" Haldane-Roux told ANA.",
            "2026-01-13",
        );
        assert!(
            has(&seen, "January and June", "2025-01-01..2025-06-30"),
            "{seen:?}"
        );
        // The same shape in other words.
        let other = periods(
            "The charity said 300 volunteers had left between March and September.",
            "2026-04-02",
        );
        assert!(
            has(&other, "March and September", "2025-03-01..2025-09-30"),
            "{other:?}"
        );
        // Near misses: a span mostly gone by is this year's; one ahead is ahead.
        let gone = periods(
            "The airline said its profit fell in the six months between January and June.",
            "2026-06-20",
        );
        assert!(
            has(&gone, "January and June", "2026-01-01..2026-06-30"),
            "{gone:?}"
        );
        let done = periods(
            "Agency staff filled 14% of shifts between January and March, the trust said.",
            "2026-05-22",
        );
        assert!(
            has(&done, "January and March", "2026-01-01..2026-03-31"),
            "{done:?}"
        );
        let ahead = periods(
            "A second consultation will run between May and July.",
            "2026-01-13",
        );
        assert!(
            has(&ahead, "May and July", "2026-05-01..2026-07-31"),
            "{ahead:?}"
        );
        // A winter that began before publication and is mostly gone by.
        let winter = periods(
            "Gas use fell by 8% between November and February, the regulator said.",
            "2026-02-10",
        );
        assert!(
            has(&winter, "November and February", "2025-11-01..2026-02-28"),
            "{winter:?}"
        );
    }
}
