//! The allowances (toeslagen) a household can get in and out of bijstand:
//! zorgtoeslag, huurtoeslag and kindgebonden budget, each from its own law,
//! on the toetsingsinkomen of the household (the yearly taxable income of the
//! person and the partner together).
//!
//! - Wet op de zorgtoeslag, <https://wetten.overheid.nl/BWBR0018451>
//! - Wet op de huurtoeslag, <https://wetten.overheid.nl/BWBR0008659>
//! - Wet op het kindgebonden budget, <https://wetten.overheid.nl/BWBR0022751>
//! - Algemene wet inkomensafhankelijke regelingen (Awir): what they share,
//!   <https://wetten.overheid.nl/BWBR0018472>
//!
//! Bijstand does not count allowances as income (they are not "middelen" for
//! this purpose), so these rules only add to the household's money; the
//! outcome combines them. Amounts are exact `Decimal`s; each allowance is
//! rounded to cents once, per month, at the end (see each file).
//!
//! What is not modelled: vermogen (the capital limits of each law), a partner
//! who is not insured (zorgtoeslag art. 2 lid 4: 50%), the exceptions to the
//! hard rent limit before 2026 (huurtoeslag art. 13 lid 2: adaptations for a
//! handicap, eight or more persons, toeslag already granted for this home),
//! service costs (the caller passes the rent that counts), the income of
//! medebewoners other than the partner, children abroad (kgb art. 2 lid 12–14).

mod huurtoeslag;
mod kindgebonden_budget;
mod toetsingsinkomen;
mod zorgtoeslag;

pub use toetsingsinkomen::{
    gross_bijstand_year, gross_bijstand_year_aow_single, gross_bijstand_year_without_korting,
    toetsingsinkomen,
};

use crate::data::toeslagen::MINIMUM_PER_YEAR;
use crate::date::Date;
use crate::param::{Series, Usage};
use crate::scenario::RuleError;
use crate::trace::Step;
use rust_decimal::Decimal;

/// Who lives in the home, as the allowances see it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Household {
    /// A toeslagpartner (married, registered or living together).
    pub partner: bool,
    /// Persons in the home, the applicant included (huurtoeslag: one person,
    /// more persons; 1–2 or 3+ for the aftoppingsgrens). Never read as fewer
    /// than the applicant, the partner and the children named.
    pub persons: u32,
    pub applicant_age: u32,
    /// The partner's age, if there is a partner and it is known
    /// (huurtoeslag art. 13: the higher rent limit if anyone is old enough).
    pub partner_age: Option<u32>,
    /// At AOW age (huurtoeslag 2024: the share above the aftoppingsgrens).
    pub aow: bool,
    /// Ages of the children in the home, in years; kindgebonden budget counts
    /// those of 0 to 17.
    pub children_ages: Vec<u32>,
    /// A single parent. Informational: the alleenstaande-ouderkop follows the
    /// law's own test, a parent without a partner (kgb art. 2 lid 6).
    pub single_parent: bool,
}

/// What the allowances are computed on.
#[derive(Debug, Clone, Copy)]
pub struct AllowanceInput<'a> {
    /// The day whose rules apply (the law text and amounts in force then).
    pub date: Date,
    pub household: &'a Household,
    /// The toetsingsinkomen for the year: joint, both partners
    /// ([`toetsingsinkomen`]).
    pub toetsingsinkomen_year: Decimal,
    /// The rent that counts (rekenhuur) per month; `None`: not renting or
    /// not known (no huurtoeslag).
    pub rent: Option<Decimal>,
}

/// The allowances per month.
#[derive(Debug, Clone, PartialEq)]
pub struct Allowances {
    /// Per month, rounded to cents, never negative.
    pub zorgtoeslag: Decimal,
    /// Per month, rounded to cents, never negative.
    pub huurtoeslag: Decimal,
    /// Per month, rounded to cents, never negative.
    pub kindgebonden_budget: Decimal,
    /// One trace step per allowance (zorgtoeslag, huurtoeslag, kindgebonden
    /// budget, in that order), each with its source.
    pub steps: Vec<Step>,
}

impl Allowances {
    /// The three allowances together, per month.
    pub fn total(&self) -> Decimal {
        self.zorgtoeslag + self.huurtoeslag + self.kindgebonden_budget
    }
}

/// Zorgtoeslag, huurtoeslag and kindgebonden budget per month for a household
/// (Wet op de zorgtoeslag art. 2; Wet op de huurtoeslag art. 21; Wet op het
/// kindgebonden budget art. 2). Every value used is noted in `usage`.
pub fn allowances(input: &AllowanceInput, usage: &mut Usage) -> Result<Allowances, RuleError> {
    let (zorgtoeslag, zt_step) = zorgtoeslag::zorgtoeslag(input, usage)?;
    let (huurtoeslag, ht_step) = huurtoeslag::huurtoeslag(input, usage)?;
    let (kindgebonden_budget, kgb_step) = kindgebonden_budget::kindgebonden_budget(input, usage)?;
    Ok(Allowances {
        zorgtoeslag,
        huurtoeslag,
        kindgebonden_budget,
        steps: vec![zt_step, ht_step, kgb_step],
    })
}

/// The value of `series` in force on `date`, noted in `usage`.
fn param(
    series: &'static Series<Decimal>,
    date: Date,
    usage: &mut Usage,
) -> Result<Decimal, RuleError> {
    let d = series
        .at(date)
        .ok_or(RuleError::MissingParameter { id: series.id })?;
    usage.note(series.id, d, d.value);
    Ok(d.value)
}

/// Awir (the minimum amount per year): a toeslag of less than the minimum per
/// year is not paid. `year` is the yearly amount; the minimum is only noted in
/// `usage` when it takes the amount away (it is not confirmed).
fn awir_minimum(year: Decimal, date: Date, usage: &mut Usage) -> Result<Decimal, RuleError> {
    if year <= Decimal::ZERO {
        return Ok(Decimal::ZERO);
    }
    let d = MINIMUM_PER_YEAR
        .at(date)
        .ok_or(RuleError::MissingParameter {
            id: MINIMUM_PER_YEAR.id,
        })?;
    if year < d.value {
        usage.note(MINIMUM_PER_YEAR.id, d, d.value);
        Ok(Decimal::ZERO)
    } else {
        Ok(year)
    }
}

/// A yearly amount per month, rounded to cents half away from zero (the laws
/// set yearly amounts and determine the right per calendar month, e.g.
/// zorgtoeslag art. 2 lid 5, kgb art. 2 lid 11; they say nothing of rounding,
/// so we divide by 12 and round once).
fn per_month(year: Decimal) -> Decimal {
    crate::money::cents(year / Decimal::from(12))
}

#[cfg(test)]
pub(crate) use huurtoeslag::huurtoeslag as huurtoeslag_only;
#[cfg(test)]
pub(crate) use kindgebonden_budget::kindgebonden_budget as kindgebonden_budget_only;
#[cfg(test)]
pub(crate) use zorgtoeslag::zorgtoeslag as zorgtoeslag_only;
