//! What changes when bijstand stops, as a list with amounts: the bijstand
//! itself, the premie, the allowances, the Stadspas and the uitstroompremie.
//! "Before" is the month at the hours shown while they are in bijstand (else
//! just below the outflow point); "after" is the month at the outflow point.

use super::data::minima::{STADSPAS_SHARE, UITSTROOM_MAX, UITSTROOM_MIN};
use super::engine::{Context, Month};
use super::money::{cents, dec};
use super::param::Confidence;
use super::scenario::{RuleError, Scenario, Scheme};
use rust_decimal::Decimal;

/// One allowance (toeslag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    Zorgtoeslag,
    Huurtoeslag,
    KindgebondenBudget,
}

impl Allowance {
    pub fn key(self) -> &'static str {
        match self {
            Allowance::Zorgtoeslag => "zorgtoeslag",
            Allowance::Huurtoeslag => "huurtoeslag",
            Allowance::KindgebondenBudget => "kindgebonden_budget",
        }
    }
}

/// One change when bijstand stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The bijstand stops: what it is before, a month.
    BijstandStops { per_month: Decimal },
    /// The premie stops: what it is before, a year.
    PremieStops { per_year: Decimal },
    /// An allowance, a month: before, and at the outflow point.
    Allowance {
        which: Allowance,
        before: Decimal,
        after: Decimal,
    },
    /// The Stadspas (and most minima schemes): the net income limit a month,
    /// and whether the household is still below it at the outflow point.
    Stadspas {
        limit: Decimal,
        kept: bool,
        confirmed: bool,
    },
    /// Amsterdam's one-off uitstroompremie (at least two months of work).
    Uitstroompremie {
        min: Decimal,
        max: Decimal,
        confirmed: bool,
    },
}

impl Change {
    pub fn key(&self) -> &'static str {
        match self {
            Change::BijstandStops { .. } => "bijstand_stops",
            Change::PremieStops { .. } => "premie_stops",
            Change::Allowance { which, .. } => which.key(),
            Change::Stadspas { .. } => "stadspas",
            Change::Uitstroompremie { .. } => "uitstroompremie",
        }
    }
}

/// The Stadspas limit: a share of the social minimum (the norm), a month,
/// and whether that is confirmed. Our reading of "130% van het sociaal
/// minimum"; the list of changes says where it is not confirmed (these
/// values only appear there, so they are not in the outcome's list).
pub fn stadspas_limit(s: &Scenario, norm: Decimal) -> Result<(Decimal, bool), RuleError> {
    let share = STADSPAS_SHARE
        .at(s.date)
        .ok_or(RuleError::MissingParameter {
            id: STADSPAS_SHARE.id,
        })?;
    Ok((
        cents(share.value * norm),
        share.confidence != Confidence::Unconfirmed,
    ))
}

/// The household's net income a month as the Stadspas counts it (our
/// reading): wages and bijstand, without the premie and the allowances.
pub(crate) fn stadspas_income(m: &Month) -> Decimal {
    m.total - m.premie
}

/// The list for the outflow point `t` and the hours shown `now` (both in
/// hundredths of an hour).
pub(crate) fn changes(
    s: &Scenario,
    ctx: &Context,
    t: u32,
    now: u32,
    stadspas: (Decimal, bool),
) -> Result<Vec<Change>, RuleError> {
    let Some(below_k) = t.checked_sub(1) else {
        return Ok(Vec::new());
    };
    let month = |k: u32| ctx.month_cents(i64::from(k), Decimal::new(i64::from(k), 2), &mut ());
    let (below, at) = (month(now.min(below_k)), month(t));
    let mut list = Vec::with_capacity(6);
    // Only while the hours shown are in bijstand: just below the outflow
    // point the bijstand is next to nothing (the wage fills the gap).
    if now < t {
        list.push(Change::BijstandStops {
            per_month: dec(below.b),
        });
    }
    if below.p > 0 {
        list.push(Change::PremieStops {
            per_year: dec(below.p * 12),
        });
    }
    if let Some(rules) = &ctx.allowances {
        let mut usage = crate::param::Usage::default();
        let (a, b) = (
            ctx.allowances_of(&below, &mut usage, &mut ()),
            ctx.allowances_of(&at, &mut usage, &mut ()),
        );
        for (which, before, after, counted) in [
            (
                Allowance::Zorgtoeslag,
                a.zorgtoeslag,
                b.zorgtoeslag,
                rules.counts(Allowance::Zorgtoeslag),
            ),
            (
                Allowance::Huurtoeslag,
                a.huurtoeslag,
                b.huurtoeslag,
                rules.counts(Allowance::Huurtoeslag),
            ),
            (
                Allowance::KindgebondenBudget,
                a.kindgebonden_budget,
                b.kindgebonden_budget,
                rules.counts(Allowance::KindgebondenBudget),
            ),
        ] {
            if counted && !(before.is_zero() && after.is_zero()) {
                list.push(Change::Allowance {
                    which,
                    before,
                    after,
                });
            }
        }
    }
    list.push(Change::Stadspas {
        limit: stadspas.0,
        kept: stadspas_income(&at.to_month(Default::default())) <= stadspas.0,
        confirmed: stadspas.1,
    });
    if s.scheme == Scheme::Amsterdam {
        let (min, max) = (
            UITSTROOM_MIN
                .at(s.date)
                .ok_or(RuleError::MissingParameter {
                    id: UITSTROOM_MIN.id,
                })?,
            UITSTROOM_MAX
                .at(s.date)
                .ok_or(RuleError::MissingParameter {
                    id: UITSTROOM_MAX.id,
                })?,
        );
        list.push(Change::Uitstroompremie {
            min: min.value,
            max: max.value,
            confirmed: [min.confidence, max.confidence]
                .iter()
                .all(|c| *c != Confidence::Unconfirmed),
        });
    }
    Ok(list)
}
