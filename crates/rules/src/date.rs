//! A calendar date without a time zone: the peildatum of a calculation.
//! Own small type so the rules need no date crate (smaller wasm).

use core::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A checked date: `None` for a day that does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Unchecked constructor for the parameter tables (valid literals only).
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// The civil date `days` after 1970-01-01 (H. Hinnant's algorithm), for "today".
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date::ymd(year, month, day)
    }

    /// The first day of the month `n` months after this one.
    pub fn add_months(self, n: i32) -> Date {
        let idx = self.year * 12 + i32::from(self.month) - 1 + n;
        Date::ymd(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8, 1)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_and_rejects_invalid_dates() {
        assert_eq!(Date::parse("2026-01-31"), Some(Date::ymd(2026, 1, 31)));
        assert_eq!(Date::parse("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("2026-1-01"), None);
        assert_eq!(Date::parse("+026-01-01"), None);
        assert_eq!(Date::parse("2026-01-0€"), None);
        assert_eq!(Date::parse(""), None);
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Date::from_days_since_epoch(0), Date::ymd(1970, 1, 1));
        // 2026-11-23: 56 years incl. 14 leap days = 20454 days to 2026-01-01, + 326.
        assert_eq!(
            Date::from_days_since_epoch(20_454 + 326),
            Date::ymd(2026, 11, 23)
        );
        assert_eq!(Date::from_days_since_epoch(19_782), Date::ymd(2024, 2, 29));
    }

    #[test]
    fn adds_months_across_years() {
        assert_eq!(Date::ymd(2026, 11, 23).add_months(2), Date::ymd(2027, 1, 1));
        assert_eq!(Date::ymd(2026, 1, 5).add_months(-1), Date::ymd(2025, 12, 1));
    }
}
