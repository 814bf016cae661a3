//! Time expressions read against the publication date: "next week", "the
//! following week", "this past Wednesday", weekdays, "today", "this
//! morning", "at the weekend", seasons, quarters and halves of a year, and
//! "by the end of" them.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::calendar::{
    month_end, month_of, month_period, season_of, week_start, weekday_of, year_of, ymd, Found,
};
use super::dates::Ahead;

/// "next week", "the following week", "this past Wednesday", "today", "by the end of the year".
pub(super) fn relative_span(
    w: &[&str],
    i: usize,
    published: Option<NaiveDate>,
    future: &Ahead,
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
        // "the first three months of the year", "the last six months of
        // 2025" (not "the last three months": a length of time)
        ("the", nth @ ("first" | "last" | "final"), "three" | "six" | "nine")
            if get(k + 3) == "months" && get(k + 4) == "of" =>
        {
            return part_of_year(w, i + k, nth, published, future.get())
        }
        ("this", "past", _) => (-2, 2),
        ("the", "following", _) | ("the", "next", _) | ("the", "coming", _) => (1, 2),
        ("the", "previous", _) | ("the", "past", _) | ("the", "last", _) => (-1, 2),
        ("the", "same", _) => return None,
        ("the", x, y) if x == "year" || x == "month" || x == "week" || season_of(x).is_some() => {
            // "the autumn of 2027" is the calendar's.
            if y == "of" {
                return None;
            }
            // "compared with £71m the year before", "in the week after
            // the vote": a period counted from another, not from the day
            // of publication. ("by the end of the year after reporting a
            // fall": a clause begins.)
            let clause = get(k + 3).ends_with("ing");
            if !end_of
                && matches!(x, "year" | "month" | "week")
                && matches!(y, "before" | "earlier" | "after" | "later")
                && !clause
            {
                return None;
            }
            (0, 1)
        }
        // "at the weekend": the coming one in the future, else the one just gone.
        ("the", "weekend", _) => {
            let weekend = published.is_some_and(|p| p.weekday().number_from_monday() >= 6);
            (if future.get() || weekend { 0 } else { -1 }, 1)
        }
        // (and "this morning's earthquake")
        ("this", "morning" | "afternoon" | "evening", _)
        | ("this", "morning's" | "afternoon's" | "evening's", _) => {
            return day(published, 0, k + 2)
        }
        ("the", nth, "quarter" | "half") => {
            return part_of_year(w, i + k, nth, published, future.get())
        }
        ("last", "night", _) => return day(published, -1, k + 2),
        ("next", _, _) | ("coming", _, _) | ("following", _, _) => (1, 1),
        ("last", _, _) | ("past", _, _) | ("previous", _, _) => (-1, 1),
        ("this", _, _) => (0, 1),
        // (and "tonight's headline sets", "yesterday's storm")
        ("today" | "tonight" | "today's" | "tonight's", _, _) => return day(published, 0, k + 1),
        ("yesterday" | "yesterday's", _, _) => return day(published, -1, k + 1),
        ("tomorrow" | "tomorrow's", _, _) => return day(published, 1, k + 1),
        (x, _, _) if weekday_of(x).is_some() && !end_of => (if future.get() { 3 } else { -3 }, 0),
        // "by the end of 2028": the last day of that year.
        (x, _, _) if end_of && year_of(x).is_some() => {
            let last = year_of(x).and_then(|y| ymd(y, 12, 31));
            return Some(Found {
                len: k + 1,
                from: last,
                to: last,
                relative: false,
            });
        }
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
    // "this week's summit", "next month's vote": the possessive names the period.
    let unit = get(k + step);
    let unit = unit.strip_suffix("'s").unwrap_or(unit);
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
            from: d,
            to: d,
            relative: true,
        });
    }
    if dir.abs() > 1 {
        return None;
    }
    if let Some((m, months)) = season_of(unit) {
        let f = season(published, m, months, dir, future.get(), len);
        // ("by the end of the summer": its last day, as with a month)
        return Some(if end_of { Found { from: f.to, ..f } } else { f });
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
            let s = week_start(p)?.checked_add_signed(chrono::Duration::weeks(i64::from(dir)))?;
            if unit == "weekend" {
                (
                    s.checked_add_days(Days::new(5))?,
                    s.checked_add_days(Days::new(6))?,
                )
            } else {
                (s, s.checked_add_days(Days::new(6))?)
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

/// "the first quarter", "the second half of the year", "the first quarter
/// of next year", "the third quarter of 2025": a part of a year; without a
/// year, the latest one begun (in the past tense) or the next (in the future).
/// So are months counted from either end of a year named after "of": "the
/// first three months of the year" (January to March), "the last six
/// months of 2025" (July to December); without "of" and its year they
/// are a length of time ("in the last three months"), no date.
fn part_of_year(
    w: &[&str],
    i: usize,
    nth: &str,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<Found> {
    let get = |k: usize| w.get(i + k).copied().unwrap_or("");
    let counted = match (get(2), get(3)) {
        ("three", "months") => Some(3),
        ("six", "months") => Some(6),
        ("nine", "months") => Some(9),
        _ => None,
    };
    // (the words of the part: "the first quarter", "the first three months")
    let head = 3 + usize::from(counted.is_some());
    let (months, start_month) = match counted {
        Some(m) => {
            if get(head) != "of" {
                return None;
            }
            match nth {
                "first" => (m, 1),
                "last" | "final" => (m, 13 - m),
                _ => return None,
            }
        }
        None => {
            let n: u32 = match nth {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" | "final" | "last" => 4,
                _ => return None,
            };
            let months = match get(2) {
                "half" => 6,
                "quarter" => 3,
                _ => return None,
            };
            if n * months > 12 {
                return None;
            }
            (months, (n - 1) * months + 1)
        }
    };
    let period = |y: i32| {
        let s = ymd(y, start_month, 1)?;
        let last = s.checked_add_months(Months::new(months - 1))?;
        Some((s, month_end(last.year(), last.month())?))
    };
    // "of 2025", "of next year", "of the year", "of last year"
    let (year, len, relative): (Option<i32>, usize, bool) = if get(head) == "of" {
        if let Some(y) = year_of(get(head + 1)) {
            (Some(y), head + 2, false)
        } else {
            let offset = match (get(head + 1), get(head + 2)) {
                ("next", "year") => Some(1),
                ("last", "year") | ("the", "previous") => Some(-1),
                ("this", "year") | ("the", "year") => Some(0),
                _ => None,
            };
            match (offset, published) {
                (Some(o), Some(p)) => (Some(p.year() + o), head + 3, true),
                (Some(_), None) => (None, head + 3, true),
                (None, _) if counted.is_some() => return None,
                (None, _) => (None, head, true),
            }
        }
    } else {
        (None, head, true)
    };
    let found = match (year, published) {
        (Some(y), _) => period(y),
        (None, Some(p)) if len == head => {
            let (s, e) = period(p.year())?;
            if future && e < p {
                period(p.year() + 1)
            } else if !future && s > p {
                period(p.year() - 1)
            } else {
                Some((s, e))
            }
        }
        _ => None,
    };
    Some(Found {
        len,
        from: found.map(|f| f.0),
        to: found.map(|f| f.1),
        relative,
    })
}

/// "next summer", "last winter", "the spring": the season that begins in
/// month `m` and lasts `months`, counted from `published` in the direction
/// `dir` (0: the one in progress or, by the tense, just ahead or behind).
fn season(
    published: Option<NaiveDate>,
    m: u32,
    months: u32,
    dir: i32,
    future: bool,
    len: usize,
) -> Found {
    let period = |y: i32| {
        let s = ymd(y, m, 1)?;
        let last = s.checked_add_months(Months::new(months - 1))?;
        Some((s, month_end(last.year(), last.month())?))
    };
    let found = published.and_then(|p| {
        let (start, end) = period(p.year())?;
        let y = match dir {
            1 if start > p => p.year(),
            1 => p.year() + 1,
            // "last summer" is last year's summer, though this year's has
            // ended ("this summer" is this year's); "last winter" in
            // January is the one before the winter in progress.
            -1 if period(p.year() - 1)?.1 < p => p.year() - 1,
            -1 => p.year() - 2,
            _ if future && end >= p => p.year(),
            _ if future => p.year() + 1,
            _ if start <= p => p.year(),
            _ => p.year() - 1,
        };
        period(y)
    });
    Found {
        len,
        from: found.map(|f| f.0),
        to: found.map(|f| f.1),
        relative: true,
    }
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
fn next_weekday(p: NaiveDate, wd: Weekday, same: bool) -> Option<NaiveDate> {
    let mut d = if same {
        p
    } else {
        p.checked_add_days(Days::new(1))?
    };
    while d.weekday() != wd {
        d = d.checked_add_days(Days::new(1))?;
    }
    Some(d)
}

/// The last `wd` before `p` (or on it, when `same` allows).
fn prev_weekday(p: NaiveDate, wd: Weekday, same: bool) -> Option<NaiveDate> {
    let mut d = if same {
        p
    } else {
        p.checked_sub_days(Days::new(1))?
    };
    while d.weekday() != wd {
        d = d.checked_sub_days(Days::new(1))?;
    }
    Some(d)
}
