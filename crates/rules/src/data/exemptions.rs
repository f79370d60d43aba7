//! Income exemptions, art. 31 lid 2 n (general) and r (single parent).

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const N: &str = "Participatiewet art. 31 lid 2 n";
const N_EST: &str = "Participatiewet art. 31 lid 2 n (amount not confirmed; estimate)";
const R: &str = "Participatiewet art. 31 lid 2 r";
const R_EST: &str = "Participatiewet art. 31 lid 2 r (amount not confirmed; estimate)";

/// Share of net earnings kept under n: 25%.
pub const N_RATE: Decimal = dec!(0.25);
/// Months n may last below AOW age (art. 31 lid 2 n).
pub const N_MONTHS: u32 = 6;
/// Share kept under r: 12.5%.
pub const R_RATE: Decimal = dec!(0.125);
/// Months r may last (art. 31 lid 2 r).
pub const R_MONTHS: u32 = 30;
/// Child's age below which r applies (art. 31 lid 2 r 1°).
pub const R_CHILD_AGE_BELOW: u32 = 12;
/// Age from which n and r apply (art. 31 lid 5).
pub const MIN_AGE: u32 = 27;

/// Cap of n per month.
pub static N_CAP: Series<Decimal> = Series {
    id: "vrijlating.n_cap",
    values: &[
        at(2024, 1, 1, dec!(262), N_EST, Unconfirmed),
        at(2024, 7, 1, dec!(269), N, High),
        at(2025, 1, 1, dec!(274), N_EST, Unconfirmed),
        at(2025, 7, 1, dec!(278), N, High),
        at(2026, 1, 1, dec!(285), N, High),
        at(2026, 7, 1, dec!(289), N, High),
    ],
};

/// Cap of r per month. The January 2024 and 2025 amounts are not in our
/// sources: estimated from the July amounts, flagged.
pub static R_CAP: Series<Decimal> = Series {
    id: "vrijlating.r_cap",
    values: &[
        at(2024, 1, 1, dec!(164.61), R_EST, Unconfirmed),
        at(2024, 7, 1, dec!(167.79), R, High),
        at(2025, 1, 1, dec!(170.92), R_EST, Unconfirmed),
        at(2025, 7, 1, dec!(173.87), R, High),
        at(2026, 1, 1, dec!(177.66), R, High),
        at(2026, 7, 1, dec!(180.17), R, High),
    ],
};
