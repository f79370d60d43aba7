//! Rounding of money: cents, half away from zero (model.md "Rounding").

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to whole cents, half up.
pub fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Hours to hundredths, rounded up (thresholds: the first hundredth that holds).
pub fn hundredths_up(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity)
}

/// `k` hundredths of an hour as a Decimal.
pub fn hours_from_hundredths(k: u32) -> Decimal {
    Decimal::new(i64::from(k), 2)
}
