//! Ready-made work patterns in hours a week: steady, flexible between two
//! numbers, and a zero-hour contract. Each gives consecutive months; the
//! expected hours are used for the money, the most hours for `set_aside_worst`.

use super::calendar::YearMonth;
use super::plan::{MonthInput, Work};
use rust_decimal::Decimal;

/// The same hours a week every month.
pub fn steady(start: YearMonth, months: usize, hours_per_week: Decimal) -> Vec<MonthInput> {
    (0..months)
        .map(|i| MonthInput {
            month: start.add_months(i as i32),
            work: Work::WeeklyHours(hours_per_week),
            worst: None,
        })
        .collect()
}

/// "Between `min` and `max` hours a week": we expect the middle, and the
/// worst case for a repayment is `max` (more pay, less top-up).
pub fn flex(start: YearMonth, months: usize, min: Decimal, max: Decimal) -> Vec<MonthInput> {
    let (low, high) = if min <= max { (min, max) } else { (max, min) };
    let mid = (low + high) / Decimal::TWO;
    (0..months)
        .map(|i| MonthInput {
            month: start.add_months(i as i32),
            work: Work::WeeklyHours(mid),
            worst: Some(Work::WeeklyHours(high)),
        })
        .collect()
}

/// A zero-hour contract (nul-urencontract) of at most `max` hours a week.
pub fn zero_hour(start: YearMonth, months: usize, max: Decimal) -> Vec<MonthInput> {
    flex(start, months, Decimal::ZERO, max)
}
