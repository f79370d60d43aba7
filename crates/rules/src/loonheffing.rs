//! Wage tax and the kortingen (step 3): what the employer withholds from a
//! yearly wage.
//!
//! - Wet inkomstenbelasting 2001 art. 2.10 (schijven) and 2.10a (AOW age),
//!   <https://wetten.overheid.nl/BWBR0011353>
//! - art. 8.10 algemene heffingskorting, 8.11 arbeidskorting, 8.17
//!   ouderenkorting, 8.18 alleenstaande ouderenkorting (same law)
//! - Wet op de loonbelasting 1964 art. 22 (loonheffingskorting),
//!   <https://wetten.overheid.nl/BWBR0002471>
//!
//! One implementation, in whole numbers: the yearly wage in cents, shares in
//! units of 0.00001, so every product is exact (1e-7 euro) and the tax is
//! rounded to cents once, half away from zero.

use crate::data::tax::{AkPiece, AowTaxYear, Brackets, PhaseOut, TaxYear};
use crate::money::{dec, round_div, units, SHARE};
use crate::trace::{money, Record, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const LB: Source = Source {
    nl: "Wet op de loonbelasting 1964; Wet inkomstenbelasting 2001, artikel 2.10 (schijven)",
    en: "Wage Tax Act 1964; Income Tax Act 2001, article 2.10 (brackets)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0011353&artikel=2.10",
};
const KORTING: Source = Source {
    nl: "Wet inkomstenbelasting 2001, artikel 8.10 (algemene heffingskorting) en 8.11 (arbeidskorting)",
    en: "Income Tax Act 2001, article 8.10 (general tax credit) and 8.11 (labour tax credit)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0011353&artikel=8.10",
};
const NO_KORTING: Source = Source {
    nl: "Participatiewet, artikel 31 lid 1; Wet op de loonbelasting 1964, artikel 22",
    en: "Participatiewet, article 31(1); Wage Tax Act 1964, article 22",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0002471&artikel=22",
};

/// The tax tables that apply to the earner.
#[derive(Debug, Clone, Copy)]
pub enum TaxRules {
    Regular(&'static TaxYear),
    /// AOW age; `single` adds the alleenstaande ouderenkorting.
    Aow {
        year: &'static AowTaxYear,
        single: bool,
    },
}

impl TaxRules {
    fn brackets(&self) -> &'static Brackets {
        match *self {
            TaxRules::Regular(t) => &t.brackets,
            TaxRules::Aow { year, .. } => &year.brackets,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Bands {
    limit1: i64,
    rate1: i64,
    limit2: i64,
    rate2: i64,
    rate3: i64,
}

impl Bands {
    fn new(b: &Brackets) -> Bands {
        Bands {
            limit1: units(b.limit1, 2),
            rate1: units(b.rate1, 5),
            limit2: units(b.limit2, 2),
            rate2: units(b.rate2, 5),
            rate3: units(b.rate3, 5),
        }
    }

    /// Art. 2.10: the tax of the brackets on `y` cents, in 1e-7.
    fn tax(&self, y: i64) -> i64 {
        let first = y.min(self.limit1);
        let second = (y.min(self.limit2) - self.limit1).max(0);
        let third = (y - self.limit2).max(0);
        first * self.rate1 + second * self.rate2 + third * self.rate3
    }
}

/// A korting that phases out: max − rate × (income − threshold), not below 0.
#[derive(Debug, Clone, Copy)]
struct Phase {
    max: i64,
    rate: i64,
    threshold: i64,
}

impl Phase {
    fn new(p: &PhaseOut) -> Phase {
        Phase {
            max: units(p.max, 2),
            rate: units(p.rate, 5),
            threshold: units(p.threshold, 2),
        }
    }

    /// Art. 8.10 (AHK) and 8.17 (ouderenkorting), in 1e-7.
    fn at(&self, y: i64) -> i64 {
        let over = (y - self.threshold).max(0);
        (self.max * SHARE - self.rate * over).max(0)
    }
}

/// Art. 8.11: the arbeidskorting, piece by piece of yearly earned income.
#[derive(Debug, Clone, Copy)]
struct Ak([(i64, i64, i64); 4]);

impl Ak {
    fn new(pieces: &[AkPiece; 4]) -> Ak {
        let mut out = [(0, 0, 0); 4];
        for (o, p) in out.iter_mut().zip(pieces) {
            *o = (units(p.from, 2), units(p.base, 2), units(p.rate, 5));
        }
        Ak(out)
    }

    /// In 1e-7.
    fn at(&self, y: i64) -> i64 {
        let (from, base, rate) = self
            .0
            .iter()
            .rev()
            .find(|p| y >= p.0)
            .copied()
            .unwrap_or(self.0[0]);
        (base * SHARE + rate * (y - from)).max(0)
    }
}

#[derive(Debug, Clone, Copy)]
enum Tables {
    Regular {
        bands: Bands,
        ahk: Phase,
        ak: Ak,
    },
    Aow {
        bands: Bands,
        ahk: Phase,
        ak: Ak,
        ouderenkorting: Phase,
        /// Alleenstaande ouderenkorting in cents (0 for couples).
        single: i64,
    },
}

/// The tax tables of one earner, ready to apply to any yearly wage.
#[derive(Debug, Clone, Copy)]
pub struct Tax {
    pub rules: TaxRules,
    tables: Tables,
}

/// The yearly tax on a wage, with its parts (for the explanation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AnnualTax {
    /// Bracket tax, not rounded.
    pub bracket: Decimal,
    /// Algemene heffingskorting applied (0 without korting).
    pub ahk: Decimal,
    /// Arbeidskorting applied (0 without korting).
    pub ak: Decimal,
    /// Ouderenkorting plus alleenstaande ouderenkorting applied (AOW age only).
    pub ouderenkorting: Decimal,
    /// max(0, bracket − kortingen), in cents.
    pub tax: Decimal,
}

impl Tax {
    pub fn new(rules: TaxRules) -> Tax {
        let tables = match rules {
            TaxRules::Regular(t) => Tables::Regular {
                bands: Bands::new(&t.brackets),
                ahk: Phase::new(&t.ahk),
                ak: Ak::new(&t.ak),
            },
            TaxRules::Aow { year, single } => Tables::Aow {
                bands: Bands::new(&year.brackets),
                ahk: Phase::new(&year.ahk),
                ak: Ak::new(&year.ak),
                ouderenkorting: Phase::new(&year.ouderenkorting),
                single: if single {
                    units(year.alleenstaande_ouderenkorting, 2)
                } else {
                    0
                },
            },
        };
        Tax { rules, tables }
    }

    /// The tax in cents on a yearly wage of `y` cents; `korting`: the employer
    /// applies the loonheffingskorting (without it, the brackets only).
    pub fn cents(&self, y: i64, korting: bool) -> i64 {
        self.parts(y, korting).tax
    }

    fn parts(&self, y: i64, korting: bool) -> Parts {
        let (bands, ahk) = match &self.tables {
            Tables::Regular { bands, ahk, .. } | Tables::Aow { bands, ahk, .. } => (bands, ahk),
        };
        let bracket = bands.tax(y);
        if !korting {
            return Parts {
                bracket,
                tax: c(bracket).max(0),
                ..Parts::default()
            };
        }
        let ahk = ahk.at(y);
        match &self.tables {
            Tables::Regular { ak, .. } => {
                let ak = ak.at(y);
                Parts {
                    bracket,
                    ahk,
                    ak,
                    ok: 0,
                    tax: (c(bracket) - c(ahk) - c(ak)).max(0),
                }
            }
            Tables::Aow {
                ak,
                ouderenkorting,
                single,
                ..
            } => {
                let ak = ak.at(y);
                let ok = ouderenkorting.at(y) + single * SHARE;
                Parts {
                    bracket,
                    ahk,
                    ak,
                    ok,
                    tax: (c(bracket) - c(ahk) - c(ak) - c(ok)).max(0),
                }
            }
        }
    }

    /// The tax on `y` cents with its parts (and in cents), recording the
    /// bracket, korting and tax steps.
    pub fn annual(&self, y: i64, korting: bool, rec: &mut impl Record) -> (AnnualTax, i64) {
        let p = self.parts_recorded(y, korting, rec);
        (p.to_annual(), p.tax)
    }

    /// The tax on `y` cents in whole numbers, recording its steps.
    pub(crate) fn parts_recorded(&self, y: i64, korting: bool, rec: &mut impl Record) -> Parts {
        let p = self.parts(y, korting);
        rec.record(|| bracket_step(&self.rules, dec(y), p.to_annual().bracket));
        rec.record(|| korting_step(&self.rules, korting, &p));
        rec.record(|| {
            let t = p.to_annual();
            Step {
                key: StepKey::Tax,
                amount: Val::Money(t.tax),
                values: vec![
                    money("bracket_tax", dec(c(p.bracket))),
                    money("kortingen", dec(p.kortingen())),
                    money("tax", t.tax),
                ],
                formula: "max(0; {bracket_tax} − {kortingen}) = {tax}",
                source: LB,
            }
        });
        p
    }
}

/// A part of the tax (1e-7 euro) rounded to cents: every part the
/// explanation shows is rounded before the sum, so the shown sum adds up.
fn c(x: i64) -> i64 {
    round_div(x, SHARE)
}

/// The yearly tax in whole numbers: parts in 1e-7, the tax in cents.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Parts {
    bracket: i64,
    ahk: i64,
    ak: i64,
    ok: i64,
    pub(crate) tax: i64,
}

impl Parts {
    /// The kortingen applied, each rounded to cents, in cents.
    fn kortingen(&self) -> i64 {
        c(self.ahk) + c(self.ak) + c(self.ok)
    }

    pub(crate) fn to_annual(self) -> AnnualTax {
        AnnualTax {
            bracket: Decimal::new(self.bracket, 7),
            ahk: Decimal::new(self.ahk, 7),
            ak: Decimal::new(self.ak, 7),
            ouderenkorting: Decimal::new(self.ok, 7),
            tax: dec(self.tax),
        }
    }
}

fn bracket_step(rules: &TaxRules, annual: Decimal, tax: Decimal) -> Step {
    let b = rules.brackets();
    let formula = if annual <= b.limit1 {
        "{rate1} × {annual} = {bracket_tax}"
    } else if annual <= b.limit2 {
        "{rate1} × {limit1} + {rate2} × ({annual} − {limit1}) = {bracket_tax}"
    } else {
        "{rate1} × {limit1} + {rate2} × ({limit2} − {limit1}) + {rate3} × ({annual} − {limit2}) = {bracket_tax}"
    };
    let tax = crate::money::cents(tax);
    Step {
        key: StepKey::BracketTax,
        amount: Val::Money(tax),
        values: vec![
            ("rate1", Val::Percent(b.rate1)),
            ("rate2", Val::Percent(b.rate2)),
            ("rate3", Val::Percent(b.rate3)),
            money("limit1", b.limit1),
            money("limit2", b.limit2),
            money("annual", annual),
            money("bracket_tax", tax),
        ],
        formula,
        source: LB,
    }
}

fn korting_step(rules: &TaxRules, korting: bool, p: &Parts) -> Step {
    if !korting {
        return Step {
            key: StepKey::KortingenMunicipality,
            amount: Val::Money(Decimal::ZERO),
            values: vec![],
            formula: "0",
            source: NO_KORTING,
        };
    }
    let kortingen = dec(p.kortingen());
    let (key, formula) = match rules {
        TaxRules::Regular(_) => (StepKey::Kortingen, "{ahk} + {ak} = {kortingen}"),
        TaxRules::Aow { .. } => (
            StepKey::KortingenAow,
            "{ahk} + {ak} + {ouderenkorting} = {kortingen}",
        ),
    };
    Step {
        key,
        amount: Val::Money(kortingen),
        values: vec![
            money("ahk", dec(c(p.ahk))),
            money("ak", dec(c(p.ak))),
            money("ouderenkorting", dec(c(p.ok))),
            money("kortingen", kortingen),
        ],
        formula,
        source: KORTING,
    }
}
