//! Statutory minimum wage per hour, 21 and older (Wet minimumloon).

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const WML: &str = "Wet minimumloon, Bedragen minimumloon (P-WML)";

pub static ADULT_HOURLY: Series<Decimal> = Series {
    id: "wml.hourly_21",
    values: &[
        at(2024, 1, 1, dec!(13.27), WML, Medium),
        at(2024, 7, 1, dec!(13.68), WML, Medium),
        at(2025, 1, 1, dec!(14.06), WML, Medium),
        at(2025, 7, 1, dec!(14.40), WML, High),
        at(2026, 1, 1, dec!(14.71), WML, High),
        at(2026, 7, 1, dec!(14.99), WML, Medium),
    ],
};

/// Youth share of the 21+ rate by age (2024–2026).
pub fn youth_share(age: u32) -> Decimal {
    match age {
        20 => dec!(0.80),
        19 => dec!(0.60),
        18 => dec!(0.50),
        _ => Decimal::ONE,
    }
}

/// Minimum holiday pay on wages (vakantiebijslag), 8%.
pub const HOLIDAY_PAY_RATE: Decimal = dec!(0.08);
