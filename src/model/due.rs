//! Days people give for when something is due: a calendar date, or a span from today.

use chrono::{Days, NaiveDate};

/// A day that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a date or a span; use YYYY-MM-DD (2022-09-14) or days or weeks from today (3d, 2w)")]
pub(crate) struct DayError {
    pub text: String,
}

/// `2022-09-14`, or `3d` / `2w` after `today` (`0d` is today).
pub(crate) fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, DayError> {
    let t = text.trim();
    let error = || DayError {
        text: text.to_string(),
    };
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: u64 = number.parse().map_err(|_| error())?;
    let days = match unit {
        "d" => Some(n),
        "w" => n.checked_mul(7),
        _ => None,
    }
    .ok_or_else(error)?;
    today.checked_add_days(Days::new(days)).ok_or_else(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_and_spans_from_today() {
        let today = day("2026-11-27");
        assert_eq!(parse_day("2026-12-01", today), Ok(day("2026-12-01")));
        assert_eq!(parse_day("3d", today), Ok(day("2026-11-30")));
        assert_eq!(parse_day(" 2w ", today), Ok(day("2026-12-11")));
        assert_eq!(parse_day("0d", today), Ok(today));
        for bad in [
            "",
            "d",
            "3",
            "3x",
            "-3d",
            "tomorrow",
            "99999999999999999999d",
            "9999999999w",
        ] {
            assert!(parse_day(bad, today).is_err(), "{bad}");
        }
        let e = parse_day("3x", today).unwrap_err().to_string();
        assert!(e.contains("`3x`") && e.contains("3d"), "{e}");
    }
}
