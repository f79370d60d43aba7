//! Steps 1–7 for any number of hours, on parameters resolved once per
//! scenario: the one implementation used by the month shown, the thresholds,
//! the curve and (through the same rule functions) the month planner.

use super::bijstand;
use super::money::{dec, round_div, to_cents, units};
use super::month_allowances::{AllowanceRules, MonthAllowances};
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
const PARTNER: Source = Source {
    nl: "Participatiewet, artikel 31 lid 1 en artikel 32 (het inkomen van het gezin telt samen)",
    en: "Participatiewet, article 31(1) and article 32 (the family's income counts together)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=31",
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
    /// Couples: the partner's work, the same for every hours of the applicant.
    pub partner: Option<Partner>,
    /// The allowances the household counts (`None`: none).
    pub allowances: Option<AllowanceRules>,
    norm_cents: i64,
    wage: Hourly,
    tables: Tax,
}

/// The partner's work: hours, hourly wage and the wage it gives (net with
/// the partner's own loonheffingskorting, applied by the partner's employer).
#[derive(Debug, Clone, Copy)]
pub struct Partner {
    pub hours: Decimal,
    pub hourly: Decimal,
    pub hourly_is_minimum: bool,
    pub(crate) wage: WageCents,
}

impl Partner {
    /// The partner's work for scenario `s`, if the partner works.
    fn of(s: &Scenario, usage: &mut Usage) -> Result<Option<Partner>, RuleError> {
        if !s.partner_works() {
            return Ok(None);
        }
        // The partner's own minimum wage and tax tables: their age group.
        let p = Scenario {
            age: s.partner_age.unwrap_or(s.age),
            age_years: None,
            ..s.clone()
        };
        let minimum = wage::minimum_hourly(&p, usage)?;
        let tables = Tax::new(wage::tax_rules(&p, usage)?);
        let hourly = s.partner_hourly_wage.unwrap_or(minimum);
        let hours = crate::money::cents(s.partner_hours_per_week);
        let wage = wage::wage_cents(
            &tables,
            &Hourly::new(hourly, s.partner_hourly_wage.is_none()),
            units(hours, 2),
            hours,
            true,
            &mut (),
        );
        Ok(Some(Partner {
            hours,
            hourly,
            hourly_is_minimum: s.partner_hourly_wage.is_none(),
            wage,
        }))
    }

    /// The partner's wage per month: gross, holiday pay, net.
    pub fn parts(&self) -> WageParts {
        self.wage.parts()
    }

    fn step(&self) -> Step {
        let p = self.parts();
        Step {
            key: StepKey::PartnerWage,
            amount: Val::Money(p.net),
            values: vec![
                ("hours", Val::Hours(self.hours)),
                money("wage", self.hourly),
                money("gross", p.gross),
                money("net", p.net),
            ],
            formula: "{hours} × 52 / 12 × {wage} + 8% = {gross} → {net}",
            source: PARTNER,
        }
    }
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
    /// The family's net wage once out of bijstand: the employer then applies
    /// the korting.
    pub net_out: Decimal,
    pub total: Decimal,
    /// The partner's net wage (0 without one); `wage` is the applicant's.
    pub partner_net: Decimal,
    /// The allowances (toeslagen) of a year of such months, per month.
    pub allowances: MonthAllowances,
    /// The total with the allowances.
    pub total_with_allowances: Decimal,
}

impl Context {
    /// Resolves every parameter the scenario needs, noting unconfirmed ones.
    pub fn new(s: &Scenario, usage: &mut Usage) -> Result<(Context, Step), RuleError> {
        let (norm, norm_step) = norm::norm(s, usage)?;
        let minimum = wage::minimum_hourly(s, usage)?;
        let tax = wage::tax_rules(s, usage)?;
        let hourly = s.hourly_wage.unwrap_or(minimum);
        let partner = Partner::of(s, usage)?;
        let premie = premie::rule(s, usage)?;
        if let (Some(_), Ok(rule)) = (&partner, &premie) {
            // Whether the premie is per earner or per household is not
            // published: we read it per household (one maximum), flagged.
            let per_household = crate::param::UnconfirmedUse {
                id: "premie.per_household",
                from: s.date,
                value: rule.cap,
            };
            if !usage.unconfirmed.iter().any(|u| u.id == per_household.id) {
                usage.unconfirmed.push(per_household);
            }
        }
        let ctx = Context {
            norm,
            hourly,
            hourly_is_minimum: s.hourly_wage.is_none(),
            employer_korting: s.korting_by == KortingBy::Employer,
            vrijlating: vrijlating::rule(s, usage)?,
            premie,
            partner,
            allowances: AllowanceRules::new(s),
            norm_cents: to_cents(norm),
            wage: Hourly::new(hourly, s.hourly_wage.is_none()),
            tables: Tax::new(tax),
        };
        // The allowances' values are noted once (and a missing one is an
        // error here, so the months below can count on them).
        if let Some(a) = &ctx.allowances {
            a.of(
                &ctx,
                &ctx.month_cents(0, Decimal::ZERO, &mut ()),
                usage,
                &mut (),
            )?;
        }
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

    /// Steps 2–7 for `hours` a week, each rule recording its step in `rec`,
    /// with the allowances on top.
    pub fn month_with(&self, hours: Decimal, rec: &mut impl Record) -> Month {
        self.month_noted(hours, rec, &mut Usage::default())
    }

    /// As `month_with`, noting the allowances' values in `usage`.
    pub fn month_noted(&self, hours: Decimal, rec: &mut impl Record, usage: &mut Usage) -> Month {
        let m = self.month_cents(units(hours, 2), hours, rec);
        let allowances = self.allowances_of(&m, usage, rec);
        m.to_month(allowances)
    }

    /// The allowances of month `m` (zero when none are counted; their values
    /// were checked in `new`, so an error cannot happen for this date).
    pub(crate) fn allowances_of(
        &self,
        m: &MonthCents,
        usage: &mut Usage,
        rec: &mut impl Record,
    ) -> MonthAllowances {
        self.allowances
            .as_ref()
            .and_then(|a| a.of(self, m, usage, rec).ok())
            .unwrap_or_default()
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
        // The vrijlating is the applicant's own; the bijstand and (our
        // reading) the premie go on the family's net income together.
        let v = vrijlating::amount(self.vrijlating.as_ref().map_err(|r| *r), wage.w, rec);
        let w2 = self.partner.map_or(0, |p| {
            rec.record(|| p.step());
            p.wage.w
        });
        let w = wage.w + w2;
        let b = bijstand::top_up(self.norm_cents, w, v, rec);
        let in_bijstand = b > 0;
        let p = premie::amount(self.premie.as_ref().map_err(|r| *r), w, v, in_bijstand, rec);
        let net_out = if self.employer_korting || in_bijstand {
            w
        } else {
            // Out of bijstand the employer applies the korting (step 7).
            round_div(wage.y - self.tables.cents(wage.y, true), 12) + w2
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
            w2,
        }
    }
}

/// One month in whole numbers (the fields of `Month`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct MonthCents {
    hours: Decimal,
    pub(crate) wage: WageCents,
    pub(crate) v: i64,
    pub(crate) b: i64,
    pub(crate) p: i64,
    pub(crate) in_bijstand: bool,
    /// The family's net wage once out of bijstand.
    pub(crate) net_out: i64,
    pub(crate) total: i64,
    /// The partner's net wage (0 without one).
    pub(crate) w2: i64,
}

impl MonthCents {
    pub(crate) fn to_month(self, allowances: MonthAllowances) -> Month {
        Month {
            hours: self.hours,
            wage: self.wage.parts(),
            vrijlating: dec(if self.in_bijstand { self.v } else { 0 }),
            top_up: dec(self.b),
            premie: dec(self.p),
            in_bijstand: self.in_bijstand,
            net_out: dec(self.net_out),
            total: dec(self.total),
            partner_net: dec(self.w2),
            total_with_allowances: dec(self.total) + allowances.total(),
            allowances,
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
