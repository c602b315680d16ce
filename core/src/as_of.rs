//! Which day lifecycle is judged as of: a pinned date, a reproducible-build epoch, or today.

use std::fmt;

use crate::date::Date;

/// Pins the date lifecycle is judged as of, as `YYYY-MM-DD`.
pub const AS_OF_VAR: &str = "BEDROCK_MODEL_ID_AS_OF";

/// The reproducible-builds timestamp (seconds since 1970-01-01 UTC), used when
/// [`AS_OF_VAR`] is not set.
pub const SOURCE_DATE_EPOCH_VAR: &str = "SOURCE_DATE_EPOCH";

/// A set but unusable date variable: never silently replaced by another date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsOfError {
    variable: &'static str,
    value: String,
    expected: &'static str,
}

impl fmt::Display for AsOfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "environment variable {}=`{}` is not {}; unset it to judge lifecycle as of today",
            self.variable,
            self.value.escape_debug(),
            self.expected
        )
    }
}

impl std::error::Error for AsOfError {}

/// The date to judge lifecycle as of: [`AS_OF_VAR`] if set, else [`SOURCE_DATE_EPOCH_VAR`]
/// if set, else `today()`. Values are the variables' contents (`None`: unset); a set value
/// that does not parse is an error.
///
/// # Errors
///
/// A set variable whose value is not a date (`YYYY-MM-DD`) or, for `SOURCE_DATE_EPOCH`, not a
/// whole number of seconds in years 1 to 9999.
pub fn as_of(
    as_of: Option<&str>,
    source_date_epoch: Option<&str>,
    today: impl FnOnce() -> Date,
) -> Result<Date, AsOfError> {
    if let Some(value) = as_of {
        return Date::parse(value).map_err(|_| AsOfError {
            variable: AS_OF_VAR,
            value: value.to_owned(),
            expected: "a date `YYYY-MM-DD`, e.g. `2026-01-31`",
        });
    }
    if let Some(value) = source_date_epoch {
        return value
            .parse::<i64>()
            .ok()
            .and_then(Date::from_unix_seconds)
            .ok_or_else(|| AsOfError {
                variable: SOURCE_DATE_EPOCH_VAR,
                value: value.to_owned(),
                expected: "a Unix timestamp (whole seconds since 1970-01-01 UTC)",
            });
    }
    Ok(today())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::ymd(2030, 1, 1)
    }

    #[test]
    fn pinned_date_wins_then_epoch_then_today() {
        assert_eq!(
            as_of(Some("2024-06-01"), Some("0"), today),
            Ok(Date::ymd(2024, 6, 1))
        );
        assert_eq!(as_of(None, Some("86400"), today), Ok(Date::ymd(1970, 1, 2)));
        assert_eq!(as_of(None, None, today), Ok(today()));
    }

    #[test]
    fn malformed_values_are_errors_not_fallbacks() {
        let error = as_of(Some("2024-6-1"), None, today)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("BEDROCK_MODEL_ID_AS_OF=`2024-6-1` is not a date `YYYY-MM-DD`"),
            "{error}"
        );
        let error = as_of(None, Some("yesterday"), today)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("SOURCE_DATE_EPOCH=`yesterday` is not a Unix timestamp"),
            "{error}"
        );
        assert!(as_of(Some(""), None, today).is_err());
    }
}
