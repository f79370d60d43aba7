//! Steps 2–3: gross wage, holiday pay and net wage (Wet LB 1964, Wet IB 2001;
//! counted net per Participatiewet art. 31 lid 3).

use super::data::minimum_wage::{youth_share, ADULT_HOURLY, HOLIDAY_PAY_RATE};
use super::data::tax::{AkPiece, AowTaxYear, Brackets, PhaseOut, TaxYear, AOW, REGULAR};
use super::money::cents;
use super::param::Usage;
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The tax tables that apply to the earner.
#[derive(Debug, Clone, Copy)]
pub enum TaxRules {
    Regular(&'static TaxYear),
    /// AOW age; `regular` gives the arbeidskorting to scale; `single` adds
    /// the alleenstaande ouderenkorting.
    Aow {
        year: &'static AowTaxYear,
        regular: &'static TaxYear,
        single: bool,
    },
}

/// Everything between hours and net wage for one month (averages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WageParts {
    /// G: hours × 52/12 × hourly wage.
    pub gross_base: Decimal,
    /// Hp: 8% holiday pay on G.
    pub holiday_pay: Decimal,
    /// G + Hp.
    pub gross: Decimal,
    /// Y = 12 × (G + Hp).
    pub annual: Decimal,
    pub bracket_tax: Decimal,
    pub ahk: Decimal,
    pub ak: Decimal,
    /// Ouderenkorting plus alleenstaande ouderenkorting (AOW age only).
    pub ouderenkorting: Decimal,
    /// Yearly tax withheld, in cents.
    pub tax: Decimal,
    /// W: net wage per month.
    pub net: Decimal,
}

/// Resolves the tax tables for the scenario's year and age.
pub fn tax_rules(s: &Scenario, usage: &mut Usage) -> Result<TaxRules, RuleError> {
    let regular = REGULAR
        .at(s.date)
        .ok_or(RuleError::MissingParameter { id: REGULAR.id })?;
    if s.age == AgeGroup::Aow {
        let d = AOW
            .at(s.date)
            .ok_or(RuleError::MissingParameter { id: AOW.id })?;
        usage.note(AOW.id, d, d.value.brackets.rate1);
        let single = s.household != Household::Couple;
        Ok(TaxRules::Aow {
            year: &d.value,
            regular: &regular.value,
            single,
        })
    } else {
        usage.note(REGULAR.id, regular, regular.value.brackets.rate1);
        Ok(TaxRules::Regular(&regular.value))
    }
}

/// The minimum wage per hour for the earner's age on the date (Wet minimumloon).
pub fn minimum_hourly(s: &Scenario, usage: &mut Usage) -> Result<Decimal, RuleError> {
    let d = ADULT_HOURLY.at(s.date).ok_or(RuleError::MissingParameter {
        id: ADULT_HOURLY.id,
    })?;
    usage.note(ADULT_HOURLY.id, d, d.value);
    let share = match s.age {
        AgeGroup::Youth => youth_share(s.age_years.unwrap_or(20)),
        _ => Decimal::ONE,
    };
    Ok(cents(d.value * share))
}

/// Box-1 tax on yearly income `y` (Wet IB 2001 art. 2.10).
pub fn bracket_tax(b: &Brackets, y: Decimal) -> Decimal {
    let first = y.min(b.limit1);
    let second = (y.min(b.limit2) - b.limit1).max(Decimal::ZERO);
    let third = (y - b.limit2).max(Decimal::ZERO);
    first * b.rate1 + second * b.rate2 + third * b.rate3
}

/// A phasing-out korting (AHK art. 8.10, ouderenkorting art. 8.17).
pub fn phase_out(p: &PhaseOut, y: Decimal) -> Decimal {
    let over = (y - p.threshold).max(Decimal::ZERO);
    (p.max - p.rate * over).max(Decimal::ZERO)
}

/// Arbeidskorting on yearly earned income (Wet IB 2001 art. 8.11).
pub fn arbeidskorting(pieces: &[AkPiece; 4], y: Decimal) -> Decimal {
    let piece = pieces
        .iter()
        .rev()
        .find(|p| y >= p.from)
        .unwrap_or(&pieces[0]);
    (piece.base + piece.rate * (y - piece.from)).max(Decimal::ZERO)
}

/// Yearly tax on yearly wage `annual`: box-1 bracket tax less the kortingen
/// the employer applies (Wet LB 1964; Wet IB 2001 art. 2.10, 8.10, 8.11, 8.17).
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

/// Step 3 on a yearly wage: `korting` = the employer applies the
/// loonheffingskorting (AHK, AK and at AOW age the ouderenkortingen);
/// without it the employer withholds the bracket tax only.
pub fn annual_tax(rules: &TaxRules, annual: Decimal, korting: bool) -> AnnualTax {
    let (brackets, kortingen) = match rules {
        TaxRules::Regular(t) => (&t.brackets, &t.ahk),
        TaxRules::Aow { year, .. } => (&year.brackets, &year.ahk),
    };
    let bracket = bracket_tax(brackets, annual);
    if !korting {
        return AnnualTax {
            bracket,
            tax: cents(bracket.max(Decimal::ZERO)),
            ..AnnualTax::default()
        };
    }
    let ahk = phase_out(kortingen, annual);
    let (ak, ouderenkorting) = match rules {
        TaxRules::Regular(t) => (arbeidskorting(&t.ak, annual), Decimal::ZERO),
        TaxRules::Aow {
            year: t,
            regular,
            single,
        } => {
            // AOW-age AK: the regular AK scaled down (our approximation).
            let ak = arbeidskorting(&regular.ak, annual) * t.ak_factor;
            let aok = if *single {
                t.alleenstaande_ouderenkorting
            } else {
                Decimal::ZERO
            };
            (ak, phase_out(&t.ouderenkorting, annual) + aok)
        }
    };
    AnnualTax {
        bracket,
        ahk,
        ak,
        ouderenkorting,
        tax: cents((bracket - ahk - ak - ouderenkorting).max(Decimal::ZERO)),
    }
}

/// Steps 2–3 for `hours` a week at `hourly`; `korting` = the employer applies
/// the loonheffingskorting.
pub fn wage_parts(rules: &TaxRules, hourly: Decimal, hours: Decimal, korting: bool) -> WageParts {
    let gross_base = cents(hours * dec!(52) * hourly / dec!(12));
    let holiday_pay = cents(HOLIDAY_PAY_RATE * gross_base);
    let gross = gross_base + holiday_pay;
    let annual = gross * dec!(12);
    let t = annual_tax(rules, annual, korting);
    let net = cents((annual - t.tax) / dec!(12));
    WageParts {
        gross_base,
        holiday_pay,
        gross,
        annual,
        bracket_tax: t.bracket,
        ahk: t.ahk,
        ak: t.ak,
        ouderenkorting: t.ouderenkorting,
        tax: t.tax,
        net,
    }
}
