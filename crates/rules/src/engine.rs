//! Steps 1–7 for any number of hours, on parameters resolved once per
//! scenario: the one implementation used by the month shown, the thresholds,
//! the curve and (through the same rule functions) the month planner.

use super::bijstand;
use super::money::{dec, round_div, to_cents, units};
use super::param::Usage;
use super::scenario::{KortingBy, RuleError, Scenario};
use super::trace::{money, Record, Source, Step, StepKey, Val};
use super::wage::{self, Hourly, Tax, WageCents, WageParts};
use super::{norm, premie, vrijlating};
use rust_decimal::Decimal;

const TOTAL: Source = Source {
    nl: "Participatiewet, artikel 19 (bijstand) en artikel 31 lid 2 onder j (premie)",
    en: "Participatiewet, article 19 (bijstand) and article 31(2)(j) (premium)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=19",
};
const TOTAL_OUT: Source = Source {
    nl: "Participatiewet, artikel 19 lid 1: geen bijstand als uw inkomen boven de norm is",
    en: "Participatiewet, article 19(1): no bijstand when your income is above the norm",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=19",
};

/// Everything a scenario fixes, so one month can be computed for any hours.
#[derive(Debug, Clone)]
pub struct Context {
    pub norm: Decimal,
    pub hourly: Decimal,
    pub hourly_is_minimum: bool,
    /// The employer applies the loonheffingskorting.
    pub employer_korting: bool,
    pub vrijlating: Result<vrijlating::Rule, vrijlating::NoneReason>,
    pub premie: Result<premie::Rule, premie::NoPremie>,
    norm_cents: i64,
    wage: Hourly,
    tables: Tax,
}

/// One month at given hours (steps 2–7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub hours: Decimal,
    pub wage: WageParts,
    pub vrijlating: Decimal,
    /// B: aanvullende bijstand.
    pub top_up: Decimal,
    /// P: premie accrued this month.
    pub premie: Decimal,
    pub in_bijstand: bool,
    /// Net wage once out of bijstand: the employer then applies the korting.
    pub net_out: Decimal,
    pub total: Decimal,
}

impl Context {
    /// Resolves every parameter the scenario needs, noting unconfirmed ones.
    pub fn new(s: &Scenario, usage: &mut Usage) -> Result<(Context, Step), RuleError> {
        let (norm, norm_step) = norm::norm(s, usage)?;
        let minimum = wage::minimum_hourly(s, usage)?;
        let tax = wage::tax_rules(s, usage)?;
        let hourly = s.hourly_wage.unwrap_or(minimum);
        let ctx = Context {
            norm,
            hourly,
            hourly_is_minimum: s.hourly_wage.is_none(),
            employer_korting: s.korting_by == KortingBy::Employer,
            vrijlating: vrijlating::rule(s, usage)?,
            premie: premie::rule(s, usage)?,
            norm_cents: to_cents(norm),
            wage: Hourly::new(hourly, s.hourly_wage.is_none()),
            tables: Tax::new(tax),
        };
        Ok((ctx, norm_step))
    }

    /// The tax tables in force, ready to apply.
    pub fn tax_tables(&self) -> &Tax {
        &self.tables
    }

    /// The norm in cents.
    pub fn norm_cents(&self) -> i64 {
        self.norm_cents
    }

    /// Steps 2–3 for `hours` a week.
    pub fn wage(&self, hours: Decimal) -> WageParts {
        self.wage_cents(units(hours, 2)).parts()
    }

    /// Steps 2–3 for `k` hundredths of an hour a week, in whole numbers.
    pub(crate) fn wage_cents(&self, k: i64) -> WageCents {
        wage::wage_cents(
            &self.tables,
            &self.wage,
            k,
            Decimal::new(k, 2),
            self.employer_korting,
            &mut (),
        )
    }

    /// Steps 2–7 for `hours` a week.
    pub fn month(&self, hours: Decimal) -> Month {
        self.month_with(hours, &mut ())
    }

    /// Steps 2–7 for `hours` a week, each rule recording its step in `rec`.
    pub fn month_with(&self, hours: Decimal, rec: &mut impl Record) -> Month {
        self.month_cents(units(hours, 2), hours, rec).to_month()
    }

    /// Steps 2–7 for `k` hundredths of an hour a week (`hours` as shown), in
    /// whole numbers: the one implementation behind every month.
    pub(crate) fn month_cents(&self, k: i64, hours: Decimal, rec: &mut impl Record) -> MonthCents {
        let wage = wage::wage_cents(
            &self.tables,
            &self.wage,
            k,
            hours,
            self.employer_korting,
            rec,
        );
        let w = wage.w;
        let v = vrijlating::amount(self.vrijlating.as_ref().map_err(|r| *r), w, rec);
        let b = bijstand::top_up(self.norm_cents, w, v, rec);
        let in_bijstand = b > 0;
        let p = premie::amount(self.premie.as_ref().map_err(|r| *r), w, v, in_bijstand, rec);
        let net_out = if self.employer_korting || in_bijstand {
            w
        } else {
            // Out of bijstand the employer applies the korting (step 7).
            round_div(wage.y - self.tables.cents(wage.y, true), 12)
        };
        let total = if in_bijstand { w + b + p } else { net_out };
        rec.record(|| total_step(in_bijstand, w, b, p, total));
        MonthCents {
            hours,
            wage,
            v,
            b,
            p,
            in_bijstand,
            net_out,
            total,
        }
    }
}

/// One month in whole numbers (the fields of `Month`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct MonthCents {
    hours: Decimal,
    pub(crate) wage: WageCents,
    v: i64,
    b: i64,
    p: i64,
    pub(crate) in_bijstand: bool,
    pub(crate) net_out: i64,
    pub(crate) total: i64,
}

impl MonthCents {
    pub(crate) fn to_month(self) -> Month {
        Month {
            hours: self.hours,
            wage: self.wage.parts(),
            vrijlating: dec(if self.in_bijstand { self.v } else { 0 }),
            top_up: dec(self.b),
            premie: dec(self.p),
            in_bijstand: self.in_bijstand,
            net_out: dec(self.net_out),
            total: dec(self.total),
        }
    }
}

/// Step 7: the total per month.
fn total_step(in_bijstand: bool, w: i64, b: i64, p: i64, total: i64) -> Step {
    if in_bijstand {
        Step {
            key: StepKey::Total,
            amount: Val::Money(dec(total)),
            values: vec![
                money("net", dec(w)),
                money("top_up", dec(b)),
                money("premie", dec(p)),
                money("total", dec(total)),
            ],
            formula: "{net} + {top_up} + {premie} = {total}",
            source: TOTAL,
        }
    } else {
        Step {
            key: StepKey::TotalOut,
            amount: Val::Money(dec(total)),
            values: vec![money("total", dec(total))],
            formula: "{total}",
            source: TOTAL_OUT,
        }
    }
}
