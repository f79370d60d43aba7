//! Wage and income tax, box 1, per calendar year (P-TAX; AOW age from
//! P-NB26 bijlage VI and the Belastingdienst tables, not confirmed here).

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

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
    /// Arbeidskorting at AOW age as a share of the regular one (rate 1 at AOW
    /// age over regular rate 1): our approximation, not a published figure.
    pub ak_factor: Decimal,
}

const TAX_2024: &str = "Wet IB 2001 art. 2.10, 8.10, 8.11; Belastingdienst tables 2024 (P-TAX)";
const TAX_2025: &str = "Wet IB 2001 art. 2.10, 8.10, 8.11; Belastingdienst tables 2025 (P-TAX)";
const TAX_2026: &str =
    "Wet IB 2001 art. 2.10, 8.10, 8.11; Belastingdienst tables 2026, Belastingplan 2026 as amended (P-TAX)";

pub static REGULAR: Series<TaxYear> = Series {
    id: "tax.regular",
    values: &[
        at(
            2024,
            1,
            1,
            TaxYear {
                brackets: Brackets {
                    limit1: dec!(38098),
                    rate1: dec!(0.3697),
                    limit2: dec!(75518),
                    rate2: dec!(0.3697),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(3362),
                    rate: dec!(0.06630),
                    threshold: dec!(24812),
                },
                ak: [
                    AkPiece {
                        from: dec!(0),
                        base: dec!(0),
                        rate: dec!(0.08425),
                    },
                    AkPiece {
                        from: dec!(11490),
                        base: dec!(968),
                        rate: dec!(0.31433),
                    },
                    AkPiece {
                        from: dec!(24820),
                        base: dec!(5158),
                        rate: dec!(0.02471),
                    },
                    AkPiece {
                        from: dec!(39957),
                        base: dec!(5532),
                        rate: dec!(-0.0651),
                    },
                ],
            },
            TAX_2024,
            Medium,
        ),
        at(
            2025,
            1,
            1,
            TaxYear {
                brackets: Brackets {
                    limit1: dec!(38441),
                    rate1: dec!(0.3582),
                    limit2: dec!(76817),
                    rate2: dec!(0.3748),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(3068),
                    rate: dec!(0.06337),
                    threshold: dec!(28406),
                },
                ak: [
                    AkPiece {
                        from: dec!(0),
                        base: dec!(0),
                        rate: dec!(0.08053),
                    },
                    AkPiece {
                        from: dec!(12169),
                        base: dec!(980),
                        rate: dec!(0.30030),
                    },
                    AkPiece {
                        from: dec!(26288),
                        base: dec!(5220),
                        rate: dec!(0.02258),
                    },
                    AkPiece {
                        from: dec!(43071),
                        base: dec!(5599),
                        rate: dec!(-0.0651),
                    },
                ],
            },
            TAX_2025,
            High,
        ),
        at(
            2026,
            1,
            1,
            TaxYear {
                brackets: Brackets {
                    limit1: dec!(38883),
                    rate1: dec!(0.3575),
                    limit2: dec!(78426),
                    rate2: dec!(0.3756),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(3115),
                    rate: dec!(0.06398),
                    threshold: dec!(29736),
                },
                ak: [
                    AkPiece {
                        from: dec!(0),
                        base: dec!(0),
                        rate: dec!(0.08324),
                    },
                    AkPiece {
                        from: dec!(11965),
                        base: dec!(996),
                        rate: dec!(0.31009),
                    },
                    AkPiece {
                        from: dec!(25845),
                        base: dec!(5300),
                        rate: dec!(0.01950),
                    },
                    AkPiece {
                        from: dec!(45592),
                        base: dec!(5685),
                        rate: dec!(-0.0651),
                    },
                ],
            },
            TAX_2026,
            High,
        ),
    ],
};

const AOW_SRC: &str =
    "Wet IB 2001 art. 2.10a, 8.17, 8.18; Belastingdienst tables for people at AOW age (not confirmed here)";
const AOW_2026: &str = "P-NB26 bijlage VI: 17.85%, loonheffingskorting 3,623 (married) / 4,163 (single); split over AHK, ouderenkorting and alleenstaande ouderenkorting per Belastingdienst (split not confirmed here)";

/// AOW-age tax. Every year is flagged: our sources confirm only the 2026
/// first-bracket rate and loonheffingskorting totals.
pub static AOW: Series<AowTaxYear> = Series {
    id: "tax.aow",
    values: &[
        at(
            2024,
            1,
            1,
            AowTaxYear {
                brackets: Brackets {
                    limit1: dec!(38098),
                    rate1: dec!(0.1907),
                    limit2: dec!(75518),
                    rate2: dec!(0.3697),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(1735),
                    rate: dec!(0.03421),
                    threshold: dec!(24812),
                },
                ouderenkorting: PhaseOut {
                    max: dec!(2010),
                    rate: dec!(0.15),
                    threshold: dec!(44770),
                },
                alleenstaande_ouderenkorting: dec!(524),
                ak_factor: dec!(0.5158),
            },
            AOW_SRC,
            Unconfirmed,
        ),
        at(
            2025,
            1,
            1,
            AowTaxYear {
                brackets: Brackets {
                    limit1: dec!(38441),
                    rate1: dec!(0.1792),
                    limit2: dec!(76817),
                    rate2: dec!(0.3748),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(1536),
                    rate: dec!(0.03170),
                    threshold: dec!(28406),
                },
                ouderenkorting: PhaseOut {
                    max: dec!(2035),
                    rate: dec!(0.15),
                    threshold: dec!(45308),
                },
                alleenstaande_ouderenkorting: dec!(531),
                ak_factor: dec!(0.5003),
            },
            AOW_SRC,
            Unconfirmed,
        ),
        at(
            2026,
            1,
            1,
            AowTaxYear {
                brackets: Brackets {
                    limit1: dec!(38883),
                    rate1: dec!(0.1785),
                    limit2: dec!(78426),
                    rate2: dec!(0.3756),
                    rate3: dec!(0.4950),
                },
                ahk: PhaseOut {
                    max: dec!(1556),
                    rate: dec!(0.03195),
                    threshold: dec!(29736),
                },
                ouderenkorting: PhaseOut {
                    max: dec!(2067),
                    rate: dec!(0.15),
                    threshold: dec!(46124),
                },
                alleenstaande_ouderenkorting: dec!(540),
                ak_factor: dec!(0.4993),
            },
            AOW_2026,
            Unconfirmed,
        ),
    ],
};
