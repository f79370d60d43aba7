//! Step 1: the bijstand norm for household, age and date (art. 20, 21, 22, 22a).

use super::data::norms::*;
use super::money::cents;
use super::param::{Series, Usage};
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use super::trace::{Step, Val};
use rust_decimal::Decimal;

/// Looks up a series on the scenario's date, noting unconfirmed values.
pub(crate) fn lookup(
    series: &'static Series<Decimal>,
    s: &Scenario,
    usage: &mut Usage,
) -> Result<(Decimal, &'static str), RuleError> {
    let d = series
        .at(s.date)
        .ok_or(RuleError::MissingParameter { id: series.id })?;
    usage.note(series.id, d, d.value);
    Ok((d.value, d.source))
}

/// Art. 22a: the kostendelersnorm per person, (40% + A × 30%) / A × B, in cents.
pub fn kostendeler_share(a: u32, b: Decimal) -> Decimal {
    let a = Decimal::from(a);
    cents((KOSTENDELER_BASE + a * KOSTENDELER_PER_PERSON) * b / a)
}

/// Step 1: the norm, with its trace step.
pub fn norm(s: &Scenario, usage: &mut Usage) -> Result<(Decimal, Step), RuleError> {
    let couple = s.household == Household::Couple;
    let partner = if couple {
        Some(s.partner_age.unwrap_or(s.age))
    } else {
        None
    };
    let any_aow = s.age == AgeGroup::Aow || partner == Some(AgeGroup::Aow);
    let youths = u32::from(s.age == AgeGroup::Youth) + u32::from(partner == Some(AgeGroup::Youth));

    // Art. 22a counts the applicant, a spouse of 21+ and housemates of 27+;
    // it does not apply to an applicant under 21 (art. 22a lid 1).
    if s.housemates > 0 && (any_aow || youths == 0 || (couple && youths == 1)) {
        let b_series = if any_aow { &COUPLE_AOW } else { &COUPLE_21 };
        let (b, _) = lookup(b_series, s, usage)?;
        let adults_in_couple = if couple { 2 - youths } else { 1 };
        let a = adults_in_couple + s.housemates;
        let share = kostendeler_share(a, b);
        if couple && youths == 1 {
            // Art. 22a lid 3: the youth partner's part plus the adult's share.
            let part_series = if s.children {
                &MIXED_KOSTENDELER_CHILDREN_PART
            } else {
                &YOUTH_SINGLE
            };
            let (part, _) = lookup(part_series, s, usage)?;
            let n = share + part;
            return Ok((
                n,
                kostendeler_step("trace.norm_kostendeler_mixed", a, b, share, n, part),
            ));
        }
        let n = share * Decimal::from(adults_in_couple);
        let key = if couple {
            "trace.norm_kostendeler_couple"
        } else {
            "trace.norm_kostendeler"
        };
        return Ok((n, kostendeler_step(key, a, b, share, n, Decimal::ZERO)));
    }

    let series: &'static Series<Decimal> = match (couple, any_aow, youths, s.children) {
        (false, true, _, _) => &SINGLE_AOW,
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
        key: "trace.norm",
        amount: Val::Money(n),
        values: vec![("norm", Val::Money(n))],
        formula: "{norm}",
        source,
    };
    Ok((n, step))
}

fn kostendeler_step(
    key: &'static str,
    a: u32,
    b: Decimal,
    share: Decimal,
    n: Decimal,
    part: Decimal,
) -> Step {
    let formula = match key {
        "trace.norm_kostendeler_couple" => {
            "(40% + {a} × 30%) / {a} × {b} = {share}; 2 × {share} = {norm}"
        }
        "trace.norm_kostendeler_mixed" => {
            "(40% + {a} × 30%) / {a} × {b} = {share}; {share} + {part} = {norm}"
        }
        _ => "(40% + {a} × 30%) / {a} × {b} = {norm}",
    };
    Step {
        key,
        amount: Val::Money(n),
        values: vec![
            ("a", Val::Count(a)),
            ("b", Val::Money(b)),
            ("share", Val::Money(share)),
            ("part", Val::Money(part)),
            ("norm", Val::Money(n)),
        ],
        formula,
        source: "Participatiewet art. 22a (kostendelersnorm)",
    }
}
