//! One call: a scenario in, an outcome out, with the trace that explains it.

use super::data::{premie::MONTHS_PER_PAYMENT, FIRST_DATE};
use super::date::Date;
use super::engine::{Context, Month};
use super::leaving::{self, Change};
use super::money::hours_from_hundredths;
use super::months::steady::{steady_year, SteadyYear};
use super::notice::{self, Notice};
use super::param::{UnconfirmedUse, Usage};
use super::scenario::*;
use super::thresholds::Dip;
use super::trace::Step;
use super::{premie, thresholds};
use rust_decimal::Decimal;
use std::rc::Rc;

/// The outflow threshold: hours per week and the gross wage per month there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outflow {
    pub hours: Decimal,
    /// With the 8% holiday pay built up (what counts).
    pub gross: Decimal,
    /// Without it: the wage on the payslip.
    pub gross_base: Decimal,
}

/// Everything the page and the CLI show for one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The date the calculation is for (may be after our last values).
    pub date: Date,
    /// The newest valid-from date of the amounts used.
    pub parameters_from: Date,
    /// What must be said about the date (carried-forward amounts, law changes).
    pub notices: Vec<Notice>,
    pub norm: Decimal,
    pub hourly_wage: Decimal,
    pub hourly_is_minimum: bool,
    /// The minimum wage per hour for the earner's age on the date (the page
    /// shows it as the default and a hint, also when another wage is typed).
    pub minimum_wage: Decimal,
    /// The first date we have values for (the earliest date one can choose).
    pub first_date: Date,
    /// The month at the scenario's hours.
    pub now: Month,
    /// The premie rule used (share and cap), if any.
    pub premie_rate: Option<Decimal>,
    pub premie_cap: Option<Decimal>,
    /// No premie because of the age (art. 31 lid 5); the page offers the what-if.
    pub premie_under_27: bool,
    /// Next June/November payment: month and amount (6 months of accrual).
    pub premie_payment: (Date, Decimal),
    pub outflow: Option<Outflow>,
    pub premie_cap_hours: Option<Decimal>,
    pub better_off_hours: Option<Decimal>,
    /// The best total inside bijstand (at the threshold − 0.01 h).
    pub best_inside: Option<Decimal>,
    /// What changes when bijstand stops (empty without an outflow point).
    pub changes_at_outflow: Vec<Change>,
    /// The Stadspas limit (net a month, our reading) and whether the
    /// household is below it at the hours shown.
    pub stadspas_limit: Decimal,
    pub stadspas: bool,
    /// Between the outflow and the better-off point, the total is lower.
    pub dip: Option<Dip>,
    /// A year of these hours as it is paid: an ordinary month and the
    /// months with extra money (from the month planner's rules).
    pub year: SteadyYear,
    pub extra_hour_gain: Decimal,
    /// The same with the allowances.
    pub extra_hour_gain_with_allowances: Decimal,
    /// The better-off point with the allowances, and the best total with
    /// allowances inside (just below the outflow point).
    pub better_off_hours_with_allowances: Option<Decimal>,
    pub best_inside_with_allowances: Option<Decimal>,
    /// Allowances paid on the estimate of a year without work minus those
    /// due at these hours, a month: to set aside for the yearly settlement.
    pub allowances_set_aside: Decimal,
    /// Of each extra euro gross, how many cents are kept.
    pub keep_cents_per_euro: Option<Decimal>,
    /// Shared by every outcome of the same scenario whatever its hours.
    pub curve: Rc<[Month]>,
    pub trace: Vec<Step>,
    pub unconfirmed: Vec<UnconfirmedUse>,
}

/// Checks the inputs the rules cannot take.
pub fn validate(s: &Scenario) -> Result<(), RuleError> {
    if s.date < FIRST_DATE {
        return Err(RuleError::DateTooEarly { first: FIRST_DATE });
    }
    if s.hours_per_week < Decimal::ZERO || s.hours_per_week > MAX_HOURS {
        return Err(RuleError::HoursOutOfRange);
    }
    if s.hourly_wage
        .is_some_and(|w| w < Decimal::ZERO || w > MAX_WAGE)
    {
        return Err(RuleError::WageOutOfRange);
    }
    if s.housemates > MAX_HOUSEMATES {
        return Err(RuleError::HousematesOutOfRange);
    }
    if s.premie_cap
        .is_some_and(|c| c < Decimal::ZERO || c > MAX_PREMIE_CAP)
    {
        return Err(RuleError::PremieCapOutOfRange);
    }
    if s.youngest_child_age.is_some_and(|a| a > 17) {
        return Err(RuleError::ChildAgeOutOfRange);
    }
    if s.children_ages.iter().any(|&a| a > 17) {
        return Err(RuleError::ChildrenAgesOutOfRange);
    }
    if s.children_ages.len() > MAX_CHILDREN {
        return Err(RuleError::TooManyChildren);
    }
    if s.partner_hours_per_week < Decimal::ZERO || s.partner_hours_per_week > MAX_HOURS {
        return Err(RuleError::PartnerHoursOutOfRange);
    }
    if s.partner_hourly_wage
        .is_some_and(|w| w < Decimal::ZERO || w > MAX_WAGE)
    {
        return Err(RuleError::PartnerWageOutOfRange);
    }
    if s.rent.is_some_and(|r| r < Decimal::ZERO || r > MAX_RENT) {
        return Err(RuleError::RentOutOfRange);
    }
    let fits = match (s.age, s.age_years) {
        (_, None) => true,
        (AgeGroup::Youth, Some(y)) => (18..=20).contains(&y),
        (AgeGroup::YoungAdult, Some(y)) => (21..=26).contains(&y),
        (AgeGroup::Adult, Some(y)) => (27..=67).contains(&y),
        (AgeGroup::Aow, Some(y)) => (66..=120).contains(&y),
    };
    if !fits {
        return Err(RuleError::AgeYearsMismatch);
    }
    Ok(())
}

/// Everything of a scenario that does not depend on its hours: the rules
/// (context), the thresholds and the curve. The page computes it again only
/// when another input changes; a change of hours needs one month
/// ([`Prepared::outcome`]).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The scenario it was made for, with its hours set to 0.
    key: Scenario,
    ctx: Context,
    norm_step: Step,
    usage: Usage,
    minimum_wage: Decimal,
    outflow_k: Option<u32>,
    premie_cap_hours: Option<Decimal>,
    better: Option<(u32, Decimal)>,
    better_with: Option<(u32, Decimal)>,
    dip: Option<Dip>,
    stadspas_rule: (Decimal, bool),
    curve: Rc<[Month]>,
}

/// The scenario without its hours: what a `Prepared` is made for.
fn without_hours(s: &Scenario) -> Scenario {
    Scenario {
        hours_per_week: Decimal::ZERO,
        ..s.clone()
    }
}

/// The hours-free part of `calculate` for scenario `s`. (Not inlined: one
/// copy of the rules in the page, however many places call it.)
#[inline(never)]
pub fn prepare(s: &Scenario) -> Result<Prepared, RuleError> {
    validate(s)?;
    let mut usage = Usage::default();
    // After the last published values every series gives its last value
    // (`Series::at`), and the notices say so; rules that change form on a
    // date (art. 34a from 2027) follow the real date.
    let (ctx, norm_step) = Context::new(s, &mut usage)?;
    let minimum_wage = super::wage::minimum_hourly(s, &mut Usage::default())?;
    let outflow_k = thresholds::outflow(&ctx);
    let premie_cap_hours = thresholds::premie_cap(&ctx, outflow_k).map(hours_from_hundredths);
    let better = thresholds::better_off(&ctx, outflow_k);
    let dip = thresholds::dip(&ctx, outflow_k, better);
    let stadspas_rule = leaving::stadspas_limit(s, ctx.norm)?;
    let better_with = thresholds::better_off_with_allowances(&ctx, outflow_k);
    let curve = thresholds::curve(&ctx).into();
    Ok(Prepared {
        key: without_hours(s),
        ctx,
        norm_step,
        usage,
        minimum_wage,
        outflow_k,
        premie_cap_hours,
        better,
        better_with,
        dip,
        stadspas_rule,
        curve,
    })
}

impl Prepared {
    /// Made for `s` (whatever its hours)?
    pub fn fits(&self, s: &Scenario) -> bool {
        self.key == without_hours(s)
    }

    /// The outcome of the scenario it was made for, at `hours` per week.
    #[inline(never)]
    pub fn outcome(&self, hours: Decimal) -> Result<Outcome, RuleError> {
        let s = &Scenario {
            hours_per_week: hours,
            ..self.key.clone()
        };
        validate(s)?;
        let ctx = &self.ctx;
        let mut usage = self.usage.clone();
        // Hours are kept to hundredths (half up), like every threshold; each
        // rule records its step while computing the month shown.
        let hours = s
            .hours_per_week
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        let mut trace = vec![self.norm_step.clone()];
        let now = ctx.month_noted(hours, &mut trace, &mut usage);
        let parameters_from = usage.latest_from.unwrap_or(s.date);
        let outflow_k = self.outflow_k;
        let outflow = outflow_k.map(|k| {
            let hours = hours_from_hundredths(k);
            let wage = ctx.wage(hours);
            Outflow {
                hours,
                gross: wage.gross,
                gross_base: wage.gross_base,
            }
        });
        let changes_at_outflow = match outflow_k {
            Some(t) => {
                let now_k = u32::try_from(crate::money::units(hours, 2)).unwrap_or(u32::MAX);
                leaving::changes(s, ctx, t, now_k, self.stadspas_rule)?
            }
            None => Vec::new(),
        };
        let stadspas_limit = self.stadspas_rule.0;
        let stadspas = leaving::stadspas_income(&now) <= stadspas_limit;
        let year = steady_year(ctx, s.date, &now)?;
        let (extra_hour_gain, keep_cents_per_euro, extra_hour_gain_with_allowances) =
            thresholds::extra_hour(ctx, &now);
        // Paid on an estimate of a year on bijstand only (no work): what would
        // be claimed back later, a month, if that estimate is not changed.
        // The curve starts at 0 hours: that month is the estimate.
        let allowances_set_aside = self.curve.first().map_or(Decimal::ZERO, |none| {
            (none.allowances.total() - now.allowances.total()).max(Decimal::ZERO)
        });
        let payment_month = premie::next_payment_month(s.date);
        let premie_payment = (
            payment_month,
            now.premie * Decimal::from(MONTHS_PER_PAYMENT),
        );
        let (better, better_with) = (self.better, self.better_with);

        let mut outcome = Outcome {
            date: s.date,
            parameters_from,
            notices: notice::notices(s.date, parameters_from),
            norm: ctx.norm,
            hourly_wage: ctx.hourly,
            hourly_is_minimum: ctx.hourly_is_minimum,
            minimum_wage: self.minimum_wage,
            first_date: FIRST_DATE,
            now,
            premie_rate: ctx.premie.ok().map(|p| p.rate),
            premie_cap: ctx.premie.ok().map(|p| p.cap),
            premie_under_27: ctx.premie.err() == Some(premie::NoPremie::Under27),
            premie_payment,
            outflow,
            premie_cap_hours: self.premie_cap_hours,
            better_off_hours: better.map(|(k, _)| hours_from_hundredths(k)),
            best_inside: better.map(|(_, best)| best),
            changes_at_outflow,
            stadspas_limit,
            stadspas,
            dip: self.dip,
            year,
            extra_hour_gain,
            extra_hour_gain_with_allowances,
            better_off_hours_with_allowances: better_with.map(|(k, _)| hours_from_hundredths(k)),
            best_inside_with_allowances: better_with.map(|(_, b)| b),
            allowances_set_aside,
            keep_cents_per_euro,
            curve: Rc::clone(&self.curve),
            trace: Vec::new(),
            unconfirmed: usage.unconfirmed,
        };
        trace.extend(thresholds::steps(&outcome));
        outcome.trace = trace;
        Ok(outcome)
    }
}

/// Steps 1–10 for a scenario: norm, wage, tax, vrijlating, top-up, premie, total, thresholds.
pub fn calculate(s: &Scenario) -> Result<Outcome, RuleError> {
    prepare(s)?.outcome(s.hours_per_week)
}
