//! Step 1: the bijstand norm for household, age and date: Participatiewet
//! art. 20 (18–20), 21 (21 to AOW age), 22 (AOW age); with housemates the
//! kostendelersnorm (art. 22a, in `kostendelersnorm`).
//! <https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.2>

use super::data::norms::*;
use super::kostendelersnorm;
use super::param::{Series, Usage};
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use super::trace::{Source, Step, StepKey, Val};
use rust_decimal::Decimal;

/// Looks up a series on the scenario's date, noting unconfirmed values.
pub(crate) fn lookup(
    series: &'static Series<Decimal>,
    s: &Scenario,
    usage: &mut Usage,
) -> Result<(Decimal, Source), RuleError> {
    let d = series
        .at(s.date)
        .ok_or(RuleError::MissingParameter { id: series.id })?;
    usage.note(series.id, d, d.value);
    Ok((d.value, d.citation()))
}

/// Step 1, art. 20–22a: the norm for the household, with its trace step.
pub fn norm(s: &Scenario, usage: &mut Usage) -> Result<(Decimal, Step), RuleError> {
    let couple = s.household == Household::Couple;
    let partner = if couple {
        Some(s.partner_age.unwrap_or(s.age))
    } else {
        None
    };
    let any_aow = s.age == AgeGroup::Aow || partner == Some(AgeGroup::Aow);
    let youths = u32::from(s.age == AgeGroup::Youth) + u32::from(partner == Some(AgeGroup::Youth));

    if let Some(found) = kostendelersnorm::norm(s, couple, youths, any_aow, usage)? {
        return Ok(found);
    }

    let series: &'static Series<Decimal> = match (couple, any_aow, youths, s.has_children()) {
        (false, true, _, _) => &SINGLE_AOW,
        // Art. 22 c needs the other spouse to be 21 or older: with a spouse
        // of 18–20 and one at AOW age, art. 20 lid 1 d/e applies.
        (true, true, 1, false) => &MIXED_COUPLE,
        (true, true, 1, true) => &MIXED_COUPLE_CHILDREN,
        (true, true, _, _) => &COUPLE_AOW,
        (false, false, 1, _) => &YOUTH_SINGLE,
        (false, false, _, _) => &SINGLE_21,
        (true, false, 2, false) => &YOUTH_COUPLE,
        (true, false, 2, true) => &YOUTH_COUPLE_CHILDREN,
        (true, false, 1, false) => &MIXED_COUPLE,
        (true, false, 1, true) => &MIXED_COUPLE_CHILDREN,
        (true, false, _, _) => &COUPLE_21,
    };
    let (n, source) = lookup(series, s, usage)?;
    let step = Step {
        key: StepKey::Norm,
        amount: Val::Money(n),
        values: vec![("norm", Val::Money(n))],
        formula: "{norm}",
        source,
    };
    Ok((n, step))
}
