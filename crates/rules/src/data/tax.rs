//! Wage and income tax, box 1, per calendar year (Belastingdienst tables; AOW
//! age from the Normenbrief 1 januari 2026, bijlage VI, not confirmed here).
//!
//! The shapes are here; the values: `parameters/wet_inkomstenbelasting.toml`.

pub use super::generated::tax::*;
use rust_decimal::Decimal;

/// Box-1 brackets: rate 1 up to limit 1, rate 2 up to limit 2, rate 3 above.
#[derive(Debug, Clone, Copy)]
pub struct Brackets {
    pub limit1: Decimal,
    pub rate1: Decimal,
    pub limit2: Decimal,
    pub rate2: Decimal,
    pub rate3: Decimal,
}

/// A korting that phases out: `max − rate × (income − threshold)`, not below 0.
#[derive(Debug, Clone, Copy)]
pub struct PhaseOut {
    pub max: Decimal,
    pub rate: Decimal,
    pub threshold: Decimal,
}

/// One piece of the arbeidskorting: `base + rate × (income − from)`.
#[derive(Debug, Clone, Copy)]
pub struct AkPiece {
    pub from: Decimal,
    pub base: Decimal,
    pub rate: Decimal,
}

/// A tax year below AOW age.
#[derive(Debug, Clone, Copy)]
pub struct TaxYear {
    pub brackets: Brackets,
    /// Algemene heffingskorting.
    pub ahk: PhaseOut,
    /// Arbeidskorting, by yearly earned income; the last piece falls to 0.
    pub ak: [AkPiece; 4],
}

/// A tax year at AOW age: no AOW premium in bracket 1, smaller kortingen,
/// plus ouderenkorting (and alleenstaande ouderenkorting for singles).
#[derive(Debug, Clone, Copy)]
pub struct AowTaxYear {
    pub brackets: Brackets,
    pub ahk: PhaseOut,
    pub ouderenkorting: PhaseOut,
    pub alleenstaande_ouderenkorting: Decimal,
    /// Arbeidskorting at AOW age (art. 8.11 with the AOW-age percentages).
    pub ak: [AkPiece; 4],
}
