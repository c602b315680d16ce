//! Civil dates and day counts since 1970-01-01 (Howard Hinnant's algorithms): pure arithmetic,
//! shared by `#[path]` between `bedrock-model-id-core` (`Date`) and `xtask` (the dates of
//! snapshot names and AWS CLI lifecycle times), so the two cannot disagree.

/// Days since 1970-01-01 of the civil date `year`-`month`-`day` (`days_from_civil`).
pub(crate) const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) `days` days after 1970-01-01 (`civil_from_days`); `None`
/// where the arithmetic would overflow.
pub(crate) const fn civil_from_days(days: i64) -> Option<(i64, i64, i64)> {
    let Some(z) = days.checked_add(719_468) else {
        return None;
    };
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let Some(year) = (era * 400).checked_add(yoe + if month <= 2 { 1 } else { 0 }) else {
        return None;
    };
    Some((year, month, day))
}
