//! Kindgebonden budget, Wet op het kindgebonden budget art. 2 (amounts and
//! phase-out) and art. 3 (changes by date),
//! <https://wetten.overheid.nl/jci1.3:c:BWBR0022751&artikel=2>.
//!
//! Per year: an amount per child (lid 2), more for a child of 12 to 15 (lid 4)
//! and of 16 or 17 (lid 5), the alleenstaande-ouderkop for a parent without a
//! partner (lid 6); lowered by a share (7.60% in 2026) of the toetsingsinkomen
//! above the drempelinkomen (lid 7), for a parent with a partner above the
//! drempelinkomen plus 9,405 (lid 8, joint income). Not below 0.
//!
//! Ages are whole years: the law starts a higher amount in the month after the
//! birthday (lid 3, 5) and ends the budget in the month the child turns 18
//! (lid 1); we count a child of 12 as 12–15, of 16 as 16–17, and of 18 or
//! older not at all.
//!
//! Cliff: none; the amount runs down linearly (the Awir minimum of €24 a year,
//! unconfirmed, makes a last drop of at most €2 a month).

use super::{awir_minimum, param, per_month, AllowanceInput};
use crate::data::kindgebonden_budget::{
    AFBOUW, AGE_12_15, AGE_16_17, ALO_KOP, PARTNER_OPSLAG, PER_CHILD,
};
use crate::data::toeslagen::DREMPELINKOMEN;
use crate::param::Usage;
use crate::scenario::RuleError;
use crate::trace::{money, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const KGB: Source = Source {
    nl: "Wet op het kindgebonden budget, artikel 2",
    en: "Child Budget Act (Wet op het kindgebonden budget), article 2",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0022751&artikel=2",
};

/// Art. 2 Wet op het kindgebonden budget: per child, age increases, ALO-kop, phase-out; per month.
pub(crate) fn kindgebonden_budget(
    input: &AllowanceInput,
    usage: &mut Usage,
) -> Result<(Decimal, Step), RuleError> {
    let date = input.date;
    let h = input.household;
    let children = h.children_ages.iter().filter(|&&a| a <= 17).count();
    if children == 0 {
        let step = Step {
            key: StepKey::KindgebondenBudgetNone,
            amount: Val::Money(Decimal::ZERO),
            values: vec![],
            formula: "0",
            source: KGB,
        };
        return Ok((Decimal::ZERO, step));
    }
    let count = |lo: u32, hi: u32| {
        let n = h
            .children_ages
            .iter()
            .filter(|&&a| a >= lo && a <= hi)
            .count();
        Decimal::from(n)
    };
    let per_child = param(&PER_CHILD, date, usage)?;
    // Lid 2: the same amount for the first and every next child.
    let mut base = per_child * Decimal::from(children);
    let n12 = count(12, 15);
    if !n12.is_zero() {
        base += n12 * param(&AGE_12_15, date, usage)?;
    }
    let n16 = count(16, 17);
    if !n16.is_zero() {
        base += n16 * param(&AGE_16_17, date, usage)?;
    }
    // Lid 6: the parent without a partner.
    let alo_kop = if h.partner {
        Decimal::ZERO
    } else {
        param(&ALO_KOP, date, usage)?
    };
    base += alo_kop;
    let drempelinkomen = param(&DREMPELINKOMEN, date, usage)?;
    // Lid 7 (no partner) and 8 (partner: the drempelinkomen plus an amount).
    let threshold = if h.partner {
        drempelinkomen + param(&PARTNER_OPSLAG, date, usage)?
    } else {
        drempelinkomen
    };
    let income = input.toetsingsinkomen_year;
    let afbouw = param(&AFBOUW, date, usage)?;
    let reduction = afbouw * (income - threshold).max(Decimal::ZERO);
    let year = (base - reduction).max(Decimal::ZERO);
    let year = awir_minimum(year, date, usage)?;
    let month = per_month(year);
    let step = Step {
        key: StepKey::KindgebondenBudget,
        amount: Val::Money(month),
        values: vec![
            ("children", Val::Count(i64::try_from(children).unwrap_or(i64::MAX))),
            money("base", crate::money::cents(base)),
            money("alo_kop", alo_kop),
            money("threshold", crate::money::cents(threshold)),
            money("toetsingsinkomen", crate::money::cents(income)),
            ("afbouw", Val::Percent(afbouw)),
            money("reduction", crate::money::cents(reduction)),
            money("per_year", crate::money::cents(year)),
            money("kindgebonden_budget", month),
        ],
        formula: "{reduction} = {afbouw} × max(0; {toetsingsinkomen} − {threshold}); max(0; {base} − {reduction}) = {per_year}; {per_year} / 12 = {kindgebonden_budget}",
        source: KGB,
    };
    Ok((month, step))
}
