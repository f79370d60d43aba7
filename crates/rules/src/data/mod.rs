//! The parameter data, one file per topic, each value with its date, source and
//! confidence, copied from shared/rules/parameters.md (ids in `SOURCES` there).

pub mod exemptions;
pub mod minimum_wage;
pub mod norms;
pub mod premie;
pub mod tax;
pub mod timing;

use super::date::Date;
use super::param::{Confidence, Dated};

/// Shorthand for one table row.
pub(crate) const fn at<T>(
    y: i32,
    m: u8,
    d: u8,
    value: T,
    source: &'static str,
    confidence: Confidence,
) -> Dated<T> {
    Dated {
        from: Date::ymd(y, m, d),
        value,
        source,
        confidence,
    }
}

/// The first date for which every parameter is known.
pub const FIRST_DATE: Date = Date::ymd(2024, 1, 1);
/// The last date we have tax tables for.
pub const LAST_DATE: Date = Date::ymd(2026, 12, 31);
