//! Calendar dates (UTC), the unit in which lifecycle facts are dated.

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

// Shared with xtask, which dates snapshots with it (as uuid shares its parser).
#[allow(dead_code)] // `days_from_civil` serves xtask only.
#[path = "shared/civil.rs"]
mod civil;

/// A proleptic Gregorian calendar date, as in `2024-07-30`.
///
/// Ordered chronologically. Lifecycle dates and the "as of" date of a check are `Date`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    input: String,
    problem: &'static str,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date: {}; expected `YYYY-MM-DD`, e.g. `2026-01-31`",
            self.input.escape_debug(),
            self.problem
        )
    }
}

impl std::error::Error for DateError {}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, or `None` if no such day exists.
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date the catalog generator has already validated; a bad one fails the build of this crate.
    pub(crate) const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("the catalog holds an impossible date"),
        }
    }

    /// The day after this one (the same date at the end of year 65535).
    #[must_use]
    pub const fn next_day(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else if self.year < u16::MAX {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        } else {
            self
        }
    }

    /// The year, e.g. `2024`.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, `1..=12`.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, `1..=31`.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits).
    ///
    /// # Errors
    ///
    /// Any other shape, a character other than a digit between the dashes, or a day that does
    /// not exist (`2026-02-30`).
    pub fn parse(input: &str) -> Result<Date, DateError> {
        let error = |problem| DateError {
            input: input.to_owned(),
            problem,
        };
        let bytes = input.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error("wrong shape"));
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            bytes[range].iter().try_fold(0u16, |acc, &b| {
                b.is_ascii_digit().then(|| acc * 10 + u16::from(b - b'0'))
            })
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(error("only ASCII digits may stand between the dashes"));
        };
        // Two digits are at most 99, so both fit a u8.
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(error("no such day"));
        };
        Date::new(year, month, day).ok_or_else(|| error("no such day"))
    }

    /// The date `days` days after 1970-01-01 (negative: before), if it falls in years 1 to 9999.
    #[must_use]
    pub fn from_days_since_unix_epoch(days: i64) -> Option<Date> {
        let (year, month, day) = civil::civil_from_days(days)?;
        let year = u16::try_from(year)
            .ok()
            .filter(|y| (1..=9999).contains(y))?;
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The UTC date at `seconds` after the Unix epoch (as in `SOURCE_DATE_EPOCH`).
    #[must_use]
    pub fn from_unix_seconds(seconds: i64) -> Option<Date> {
        Date::from_days_since_unix_epoch(seconds.div_euclid(86_400))
    }

    /// Today's date in UTC, from the system clock.
    #[must_use]
    pub fn today_utc() -> Date {
        let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
        };
        // A clock outside years 1..=9999 is broken; the epoch is the least surprising answer.
        Date::from_unix_seconds(seconds).unwrap_or(Date::ymd(1970, 1, 1))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(input: &str) -> Result<Date, DateError> {
        Date::parse(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date = Date::parse("2024-02-29").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
        assert_eq!(date.to_string(), "2024-02-29");
    }

    #[test]
    fn rejects_impossible_and_misshapen_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "2024-01-01 ",
            "２０２４-01-01",
            "",
            "0000-01-01",
        ] {
            let error = Date::parse(bad).unwrap_err();
            assert!(error.to_string().contains("YYYY-MM-DD"), "{error}");
        }
    }

    #[test]
    fn converts_unix_time() {
        assert_eq!(Date::from_unix_seconds(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_seconds(-1), Date::new(1969, 12, 31));
        // 2026-11-23T12:00:00Z
        assert_eq!(
            Date::from_unix_seconds(1_795_435_200),
            Date::new(2026, 11, 23)
        );
        assert_eq!(Date::from_unix_seconds(951_782_400), Date::new(2000, 2, 29));
        assert_eq!(Date::from_unix_seconds(i64::MAX), None);
        assert_eq!(Date::from_unix_seconds(i64::MIN), None);
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::ymd(2024, 7, 30) < Date::ymd(2024, 8, 1));
        assert!(Date::ymd(2023, 12, 31) < Date::ymd(2024, 1, 1));
    }
}
