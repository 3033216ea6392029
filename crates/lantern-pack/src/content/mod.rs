//! Content packs: the model, loading (built-in or a folder), and validation.

mod crisis_numbers;
pub mod inline;
pub mod load;
pub mod model;
pub mod problem;
mod raw;
pub mod readability;
pub mod review;
pub mod text_rules;
pub mod translation;
mod urls;
pub mod validate;

use std::time::{SystemTime, UNIX_EPOCH};

pub use model::*;
pub use problem::{Problem, Severity};
pub use validate::{Date, Loaded};

/// Today's date in UTC, from the system clock (no time-zone data is needed for a
/// twelve-month staleness check).
pub fn today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    civil_from_days(i64::try_from(days).unwrap_or(0))
}

/// Converts days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_day_counts() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(civil_from_days(0), d(1970, 1, 1));
        assert_eq!(civil_from_days(11_016), d(2000, 2, 29));
        assert_eq!(civil_from_days(20_778), d(2026, 11, 21));
    }
}
