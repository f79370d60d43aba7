//! Statutory minimum wage per hour, 21 and older (Wet minimumloon).
//!
//! The values: `parameters/wet_minimumloon.toml`.

pub use super::generated::minimum_wage::*;
use rust_decimal::Decimal;

/// Youth share of the 21+ rate by age (2024–2026).
pub fn youth_share(age: u32) -> Decimal {
    YOUTH_SHARE
        .iter()
        .find(|(a, _)| *a == age)
        .map_or(Decimal::ONE, |(_, share)| *share)
}
