//! Money and shares as whole numbers, and rounding half away from zero.
//!
//! The rules compute in whole cents (`i64`); shares (25%, 8%, 35.75%) in units
//! of 0.00001, so a share × an amount in cents is exact in units of 1e-7 euro
//! and is rounded to cents once, where the law's step ends. Amounts cross the
//! crate's boundary as `Decimal` with two places (`dec`).

use rust_decimal::{Decimal, RoundingStrategy};

/// Units of a share: 1 = 0.00001.
pub(crate) const SHARE: i64 = 100_000;

/// Rounds to whole cents, half up.
pub fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `k` hundredths of an hour as a Decimal.
pub fn hours_from_hundredths(k: u32) -> Decimal {
    Decimal::new(i64::from(k), 2)
}

/// Whole cents as a `Decimal` amount.
pub(crate) fn dec(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

/// `d` in units of 10^-`scale`, rounded half away from zero (values in the
/// parameter data are exact in their units; inputs finer than that are
/// rounded: hours to hundredths, wages to 0.0001, amounts to cents).
/// Saturates far outside anything the rules accept.
pub(crate) fn units(d: Decimal, scale: u32) -> i64 {
    // Fast path (every parameter value, most inputs): no rounding needed.
    let r = if d.scale() <= scale {
        d
    } else {
        d.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero)
    };
    let factor = POW10[(scale.saturating_sub(r.scale()) as usize).min(POW10.len() - 1)];
    let m = r.mantissa();
    match i64::try_from(m).ok().and_then(|m| m.checked_mul(factor)) {
        Some(u) => u,
        None if m < 0 => i64::MIN,
        None => i64::MAX,
    }
}

const POW10: [i64; 13] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
];

/// Cents of an amount (rounded half away from zero).
pub(crate) fn to_cents(d: Decimal) -> i64 {
    units(d, 2)
}

/// num / den rounded half away from zero, for den > 0.
pub(crate) fn round_div(num: i64, den: i64) -> i64 {
    if num < 0 {
        -((-2 * num + den) / (2 * den))
    } else {
        (2 * num + den) / (2 * den)
    }
}

/// share × amount, rounded to cents: the usual "x% van y".
pub(crate) fn share_of(share: i64, amount: i64) -> i64 {
    round_div(share * amount, SHARE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_div(5, 10), 1);
        assert_eq!(round_div(4, 10), 0);
        assert_eq!(round_div(15, 10), 2);
        assert_eq!(round_div(0, 12), 0);
        assert_eq!(round_div(-5, 10), -1);
        assert_eq!(round_div(-4, 10), 0);
    }

    #[test]
    fn reads_units() {
        assert_eq!(units(dec!(16), 2), 1600);
        assert_eq!(units(dec!(20.87), 2), 2087);
        assert_eq!(units(dec!(1.500), 2), 150);
        // Hours typed with three decimals: half up (12.345 → 12.35).
        assert_eq!(units(dec!(12.345), 2), 1235);
        assert_eq!(units(dec!(0.06337), 5), 6337);
        assert_eq!(units(dec!(-0.0651), 5), -6510);
        assert_eq!(units(dec!(0.000001), 5), 0);
        assert_eq!(to_cents(dec!(250.125)), 25013);
    }
}
