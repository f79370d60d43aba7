//! Calendar months and day numbers: bijstand is set and paid per calendar
//! month (Participatiewet art. 45 lid 1); four-weekly pay runs on days.

use crate::date::{days_in_month, Date};
use core::fmt;

/// A calendar month, e.g. 2026-03.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    /// A checked month: years 1–9999, months 1–12.
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }

    /// The month a date falls in.
    pub fn of(date: Date) -> YearMonth {
        YearMonth {
            year: date.year,
            month: date.month,
        }
    }

    /// Months since year 0, so that months can be counted and compared.
    pub fn index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }

    pub fn from_index(i: i32) -> YearMonth {
        YearMonth {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u8,
        }
    }

    /// The month `n` months later (earlier when negative).
    pub fn add_months(self, n: i32) -> YearMonth {
        YearMonth::from_index(self.index().saturating_add(n))
    }

    /// Months from `earlier` to `self` (negative when `earlier` is later).
    pub fn since(self, earlier: YearMonth) -> i32 {
        self.index() - earlier.index()
    }

    pub fn first_day(self) -> Date {
        Date::ymd(self.year, self.month, 1)
    }

    pub fn last_day(self) -> Date {
        Date::ymd(self.year, self.month, self.days())
    }

    pub fn days(self) -> u8 {
        days_in_month(self.year, self.month)
    }

    /// Parses `YYYY-MM`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let t = text.trim();
        let (y, m) = t.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        YearMonth::new(y.parse().ok()?, m.parse().ok()?)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Days since 1970-01-01 (H. Hinnant's algorithm; the inverse of
/// `Date::from_days_since_epoch`).
pub fn day_number(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_counts_months() {
        let m = YearMonth::parse("2026-03");
        assert_eq!(m, YearMonth::new(2026, 3));
        assert_eq!(YearMonth::parse("2026-3"), None);
        assert_eq!(YearMonth::parse("2026-13"), None);
        assert_eq!(YearMonth::parse("2026-00"), None);
        assert_eq!(YearMonth::parse("+026-01"), None);
        assert_eq!(YearMonth::parse("2026-03-01"), None);
        assert_eq!(YearMonth::parse(""), None);
        let m = YearMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(
            m.add_months(2),
            YearMonth {
                year: 2027,
                month: 1
            }
        );
        assert_eq!(
            m.add_months(-11),
            YearMonth {
                year: 2025,
                month: 12
            }
        );
        assert_eq!(m.add_months(2).since(m), 2);
        assert_eq!(m.to_string(), "2026-11");
        assert_eq!(
            YearMonth {
                year: 2024,
                month: 2
            }
            .days(),
            29
        );
    }

    #[test]
    fn day_numbers_invert_the_epoch_conversion() {
        assert_eq!(day_number(Date::ymd(1970, 1, 1)), 0);
        assert_eq!(day_number(Date::ymd(2024, 2, 29)), 19_782);
        for n in [-1000, 0, 19_782, 20_454, 20_780, 30_000] {
            assert_eq!(day_number(Date::from_days_since_epoch(n)), n);
        }
    }
}
