//! Civil dates and day counts since 1970-01-01, for the instants in snapshot file names and the
//! epoch seconds of AWS CLI lifecycle times: the arithmetic is core's `shared/civil.rs`.

#[path = "../../../core/src/shared/civil.rs"]
mod civil;

/// Days since 1970-01-01 of a civil date.
pub(super) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    civil::days_from_civil(y, m, d)
}

/// The civil date, `YYYY-MM-DD`, of a day count since 1970-01-01 in the years 0000 to 9999
/// (the callers check the range).
pub(super) fn civil_from_days(days: i64) -> String {
    match civil::civil_from_days(days) {
        Some((year, month, day)) => format!("{year:04}-{month:02}-{day:02}"),
        None => String::new(),
    }
}

/// Day counts of 0000-01-01 and 9999-12-31: the dates `YYYY-MM-DD` can write.
const FIRST_DAY: f64 = -719_528.0;
const LAST_DAY: f64 = 2_932_896.0;

/// The UTC date of a time in seconds since 1970-01-01T00:00:00Z; `None` outside the years 0000
/// to 9999.
pub(super) fn date_of_epoch_seconds(seconds: f64) -> Option<String> {
    let day = (seconds / 86_400.0).floor();
    // A whole number of days, checked to be in range: the cast is exact.
    #[expect(clippy::cast_possible_truncation)]
    (FIRST_DAY..=LAST_DAY)
        .contains(&day)
        .then(|| civil_from_days(day as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_count_is_its_civil_date_and_back() {
        assert_eq!(civil_from_days(20_686), "2026-08-21");
        assert_eq!(days_from_civil(2026, 8, 21), 20_686);
        assert_eq!(
            date_of_epoch_seconds(1_787_270_399.5).as_deref(),
            Some("2026-08-20")
        );
        assert_eq!(date_of_epoch_seconds(-1.0).as_deref(), Some("1969-12-31"));
        for (day, date) in [(FIRST_DAY, "0000-01-01"), (LAST_DAY, "9999-12-31")] {
            assert_eq!(date_of_epoch_seconds(day * 86_400.0).as_deref(), Some(date));
        }
        assert_eq!(date_of_epoch_seconds((FIRST_DAY - 1.0) * 86_400.0), None);
        assert_eq!(date_of_epoch_seconds((LAST_DAY + 1.0) * 86_400.0), None);
        assert_eq!(date_of_epoch_seconds(1e300), None);
        assert_eq!(date_of_epoch_seconds(-1e300), None);
    }
}
