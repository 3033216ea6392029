//! The calendar date the checks compare with today.

/// A calendar date, for telling how old a crisis resource's verification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// More than twelve months between `self` and the later date `today`.
    pub(super) fn more_than_a_year_before(self, today: Date) -> bool {
        let months = |d: Date| i32::from(d.year) * 12 + i32::from(d.month);
        let gap = months(today) - months(self);
        gap > 12 || (gap == 12 && today.day > self.day)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_twelve_months_to_the_day() {
        let d = |year, month, day| Date { year, month, day };
        assert!(!d(2025, 11, 21).more_than_a_year_before(d(2026, 11, 21)));
        assert!(d(2025, 11, 20).more_than_a_year_before(d(2026, 11, 21)));
        assert!(d(2025, 10, 30).more_than_a_year_before(d(2026, 11, 1)));
        assert!(!d(2026, 1, 1).more_than_a_year_before(d(2026, 11, 21)));
    }
}
