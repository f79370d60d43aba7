//! Steps 1–7 for any number of hours, on parameters resolved once per scenario.
//!
//! `Context::month` runs the rules in whole cents (`in_cents`) when the
//! scenario's values allow it, and in `Decimal` otherwise; both give the same
//! month (`month_decimal` is the reference).

mod in_cents;

use super::money::cents;
use super::param::Usage;
use super::scenario::{KortingBy, RuleError, Scenario};
use super::wage::{self, TaxRules, WageParts};
use super::{norm, premie, vrijlating};
use rust_decimal::Decimal;

/// Everything a scenario fixes, so one month can be computed for any hours.
#[derive(Debug, Clone)]
pub struct Context {
    pub norm: Decimal,
    pub hourly: Decimal,
    pub hourly_is_minimum: bool,
    pub tax: TaxRules,
    /// The employer applies the loonheffingskorting.
    pub employer_korting: bool,
    pub vrijlating: Result<vrijlating::Rule, vrijlating::NoneReason>,
    pub premie: Option<premie::Rule>,
    /// The same rules in integer cents, when every value fits (fast path).
    kernel: Option<in_cents::Kernel>,
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
    pub fn new(
        s: &Scenario,
        usage: &mut Usage,
    ) -> Result<(Context, super::trace::Step), RuleError> {
        let (norm, norm_step) = norm::norm(s, usage)?;
        let minimum = wage::minimum_hourly(s, usage)?;
        let mut ctx = Context {
            norm,
            hourly: s.hourly_wage.unwrap_or(minimum),
            hourly_is_minimum: s.hourly_wage.is_none(),
            tax: wage::tax_rules(s, usage)?,
            employer_korting: s.korting_by == KortingBy::Employer,
            vrijlating: vrijlating::rule(s, usage)?,
            premie: premie::rule(s, usage)?,
            kernel: None,
        };
        ctx.kernel = in_cents::Kernel::new(&ctx);
        Ok((ctx, norm_step))
    }

    /// True when months are computed in integer cents (same results, faster).
    pub fn has_cents_kernel(&self) -> bool {
        self.kernel.is_some()
    }

    /// Steps 2–3 for `hours` a week.
    pub fn wage(&self, hours: Decimal) -> WageParts {
        self.kernel
            .as_ref()
            .and_then(|k| k.wage(hours, self.employer_korting))
            .unwrap_or_else(|| self.wage_decimal(hours))
    }

    /// Steps 2–3 in `Decimal` (the reference for `wage`).
    pub fn wage_decimal(&self, hours: Decimal) -> WageParts {
        wage::wage_parts(&self.tax, self.hourly, hours, self.employer_korting)
    }

    /// Steps 2–7 for `hours` a week.
    pub fn month(&self, hours: Decimal) -> Month {
        self.kernel
            .as_ref()
            .and_then(|k| k.month(hours))
            .unwrap_or_else(|| self.month_decimal(hours))
    }

    /// Steps 2–7 in `Decimal` (the reference for `month`).
    pub fn month_decimal(&self, hours: Decimal) -> Month {
        let wage = self.wage_decimal(hours);
        let w = wage.net;
        let vrijlating = vrijlating::amount(self.vrijlating.as_ref().ok(), w);
        let top_up = (self.norm - (w - vrijlating)).max(Decimal::ZERO);
        let in_bijstand = top_up > Decimal::ZERO;
        let premie = premie::amount(self.premie.as_ref(), w, vrijlating, in_bijstand);
        let net_out = if self.employer_korting || in_bijstand {
            w
        } else {
            wage::wage_parts(&self.tax, self.hourly, hours, true).net
        };
        let total = if in_bijstand {
            w + top_up + premie
        } else {
            net_out
        };
        Month {
            hours,
            wage,
            vrijlating: if in_bijstand {
                vrijlating
            } else {
                Decimal::ZERO
            },
            top_up,
            premie,
            in_bijstand,
            net_out,
            total: cents(total),
        }
    }
}
