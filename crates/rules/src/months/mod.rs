//! Month by month: changing hours, the municipality's estimates and
//! corrections, and when money arrives.
//!
//! Bijstand is set and paid per calendar month (Participatiewet art. 45 lid 1):
//! norm − the income of that month (art. 19, 31). Wages count in the month
//! they are paid ("te gelde gemaakt", art. 32 lid 2, second sentence); holiday
//! pay counts in the month whose work earned it ("uitgesteld inkomen ... naar
//! de periode waarin deze zijn verworven", first sentence), also when the
//! wage is paid later or every four weeks, so the May payout is not counted
//! again. The municipality pays an advance on its estimate of the
//! month's income (art. 52) and corrects once the payslip is in (art. 58). The
//! 5% holiday allowance in the bijstand (art. 19 lid 3) is kept back from
//! each month's bijstand and paid in June (art. 45 lid 1); the premie is built
//! up monthly and paid in June and November.
//!
//! One call: [`calculate`] (a scenario and a [`Plan`] in, a [`MonthsOutcome`]
//! out). The monthly view (`engine::Context::month`) is the steady case: a
//! steady plan gives its numbers and no corrections.

pub mod calendar;
mod income;
mod offset;
pub mod patterns;
mod pay;
mod payouts;
pub mod plan;
pub mod spread;
pub mod steady;
pub mod table;

pub use calendar::YearMonth;
pub use plan::{Estimate, MonthInput, MonthsError, Pay, Plan, Work};
pub use spread::{Spread, SpreadMonth};
pub use steady::{Extra, ExtraPayment, SteadyYear};
pub use table::{CarriedIn, LaterMonth, MonthRow, MonthsOutcome, Totals};

use self::income::{net_of, net_of_all, partner_net, Net};
use self::offset::{
    advance_step, correction_step, due_step, estimate, offset, MonthRules, NMonths, Offset,
};
use self::pay::Payment;
use self::payouts::{Accrual, Ledger};
use crate::data::timing::{
    BIJSTAND_HOLIDAY_PAYOUT, CORRECTION_MAX_MONTHS, HOLIDAY_PAY_PAYOUT, MONTHLY_PERIODS,
    PREMIE_PAYOUTS, REPAYMENT_SPREAD_MONTHS,
};
use crate::data::LAST_DATE;
use crate::date::Date;
use crate::money::{cents, to_cents, units};
use crate::param::{Series, UnconfirmedUse, Usage};
use crate::scenario::{RuleError, Scenario};
use crate::wage::{gross_cents, Hourly, Per};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The date whose rules a month uses: its first day. After our last figures
/// every series gives its last value (flagged as unconfirmed below); rules
/// that change form on a date (art. 34a from 2027) follow the month.
fn rules_date(m: YearMonth) -> Date {
    m.first_day()
}

/// Gross wage earned by `work` at `hourly` (step 2 for a month, by the same
/// rule as the monthly view, so a steady plan matches it).
pub fn gross_of(work: &Work, hourly: Decimal) -> Decimal {
    let hourly = Hourly::new(hourly, false);
    let c = match *work {
        Work::Hours(h) => gross_cents(units(h, 2), &hourly, Per::Month),
        Work::WeeklyHours(h) => gross_cents(units(h, 2), &hourly, Per::Week),
        Work::Gross(g) => to_cents(g),
    };
    Decimal::new(c, 2)
}

fn hours_of(work: &Work) -> Option<Decimal> {
    match *work {
        Work::Hours(h) => Some(h),
        Work::WeeklyHours(h) => Some(cents(h * dec!(52) / dec!(12))),
        Work::Gross(_) => None,
    }
}

fn series_at<T>(series: &'static Series<T>, date: Date) -> Result<&'static T, RuleError> {
    series
        .at(date)
        .map(|d| &d.value)
        .ok_or(RuleError::MissingParameter { id: series.id })
}

/// Money still to come after the `last` month: late wage payments, then
/// per ledger holiday pay (net), corrections, premie and holiday allowance.
fn after_plan(
    last: YearMonth,
    wages: &[(YearMonth, Net)],
    ledgers: &[&Ledger; 4],
) -> Vec<LaterMonth> {
    let mut later: Vec<(YearMonth, LaterMonth)> = Vec::new();
    let mut add = |m: YearMonth, a: Decimal, field: fn(&mut LaterMonth) -> &mut Decimal| {
        if let Some(l) = payouts::entry(&mut later, m, || LaterMonth::empty(m)) {
            *field(l) += a;
        }
    };
    for (m, net) in wages {
        add(*m, net.wage_net(), |l| &mut l.wage_net);
    }
    let [holiday_pay, corrections, premie, holiday_allowance] = ledgers;
    for (m, a) in holiday_pay.after(last) {
        add(m, a, |l| &mut l.holiday_pay_net);
    }
    for (m, a) in corrections.after(last) {
        add(m, a, |l| &mut l.corrections);
    }
    for (m, a) in premie.after(last) {
        add(m, a, |l| &mut l.premie);
    }
    for (m, a) in holiday_allowance.after(last) {
        add(m, a, |l| &mut l.holiday_allowance);
    }
    later
        .into_iter()
        .map(|(_, l)| LaterMonth {
            total: l.wage_net + l.holiday_pay_net + l.corrections + l.premie + l.holiday_allowance,
            ..l
        })
        .collect()
}

/// What the work of the plan's months earns, pays and leaves as bijstand.
struct Actuals {
    earned: Vec<Decimal>,
    paydays: Vec<Vec<Date>>,
    /// The wage paid in each month (with the holiday pay built up on it, for
    /// the payslip's tax).
    nets: Vec<Net>,
    /// The wage earned by each month's work, on the monthly table: its
    /// holiday pay is what the month earned (art. 32 lid 2, first sentence).
    earned_nets: Vec<Net>,
    /// The income each month counts: the net wage paid in it plus the net
    /// holiday pay earned in it.
    counted: Vec<Decimal>,
    offsets: Vec<Offset>,
    /// The vrijlating of each month (n until it has exempted earnings in six
    /// months, then r if granted).
    vrijlatingen: Vec<Option<crate::vrijlating::Rule>>,
    /// Wage payments after the last month, net.
    after: Vec<(YearMonth, Net)>,
}

fn actuals(
    plan: &Plan,
    works: &[Work],
    before_gross: Decimal,
    rules: &[MonthRules],
    first: YearMonth,
    vrijlatingen: Option<&[Option<crate::vrijlating::Rule>]>,
) -> Actuals {
    let earned: Vec<Decimal> = works
        .iter()
        .zip(rules)
        .map(|(w, r)| gross_of(w, r.ctx.hourly))
        .collect();
    let payments = pay::payments(
        plan.pay,
        plan.pay_lag_months,
        plan.first_payday,
        first,
        &earned,
        before_gross,
    );
    let nets: Vec<Net> = payments
        .in_plan
        .iter()
        .zip(rules)
        .map(|(ps, r)| net_of_all(r.ctx.tax_tables(), r.ctx.employer_korting, ps))
        .collect();
    let earned_nets: Vec<Net> = earned
        .iter()
        .zip(rules)
        .map(|(&gross, r)| {
            net_of(
                r.ctx.tax_tables(),
                r.ctx.employer_korting,
                &Payment {
                    gross,
                    periods: MONTHLY_PERIODS,
                    day: None,
                },
            )
        })
        .collect();
    // Art. 32 lid 2: the wage counts when it is paid ("te gelde gemaakt"),
    // holiday pay in the month it was earned ("naar de periode waarin deze
    // zijn verworven"). Paid in the month worked, this is the monthly view's W.
    // A working partner's steady wage counts in every month too.
    let counted: Vec<Decimal> = nets
        .iter()
        .zip(&earned_nets)
        .zip(rules)
        .map(|((paid, earned), r)| {
            paid.wage_net() + earned.holiday_net + partner_net(&r.ctx).counted
        })
        .collect();
    // Art. 31 lid 2 n: the six months are the months in which n exempted
    // earnings, counted from the months already used before the plan.
    let mut n_months = NMonths(plan.vrijlating_n_months_used, None);
    let (offsets, vrijlatingen): (Vec<Offset>, Vec<_>) = counted
        .iter()
        .zip(rules)
        .enumerate()
        .map(
            |(i, (&income, r))| match vrijlatingen.and_then(|v| v.get(i)) {
                Some(v) => (offset(r, v.as_ref(), income), *v),
                None => n_months.offset(r, income),
            },
        )
        .unzip();
    let after = match rules.last() {
        Some(r) => payments
            .after
            .iter()
            .map(|(m, p)| (*m, net_of(r.ctx.tax_tables(), r.ctx.employer_korting, p)))
            .collect(),
        None => Vec::new(),
    };
    Actuals {
        earned,
        paydays: payments
            .in_plan
            .iter()
            .map(|ps| ps.iter().filter_map(|p| p.day).collect())
            .collect(),
        nets,
        earned_nets,
        counted,
        offsets,
        vrijlatingen,
        after,
    }
}

/// The month-by-month view of `plan` for the household of `s` (its date and
/// hours are not used: each month has its own).
pub fn calculate(s: &Scenario, plan: &Plan) -> Result<MonthsOutcome, MonthsError> {
    plan::validate(plan)?;
    let first = plan.first_month().ok_or(MonthsError::NoMonths)?;
    let first_input = plan.months.first().ok_or(MonthsError::NoMonths)?;
    crate::outcome::validate(&Scenario {
        date: rules_date(first),
        ..s.clone()
    })?;

    let mut usage = Usage::default();
    let mut rules = Vec::with_capacity(plan.months.len());
    for m in &plan.months {
        rules.push(MonthRules::new(s, rules_date(m.month), &mut usage)?);
    }
    let r0 = rules.first().ok_or(MonthsError::NoMonths)?;
    let last = first.add_months(i32::try_from(plan.months.len()).unwrap_or(1) - 1);

    // The months before the plan: the `before` work (default: as the first
    // month) under the first month's rules, as steady months.
    let before_work = plan.before.unwrap_or(first_input.work);
    let before_gross = gross_of(&before_work, r0.ctx.hourly);
    let before = net_of(
        r0.ctx.tax_tables(),
        r0.ctx.employer_korting,
        &Payment {
            gross: before_gross,
            periods: MONTHLY_PERIODS,
            day: None,
        },
    );
    // The months before the plan: with the vrijlating the first month starts with.
    let before_vrijlating = r0.vrijlating(plan.vrijlating_n_months_used);
    let before_partner = partner_net(&r0.ctx);
    let before_offset = offset(
        r0,
        before_vrijlating.as_ref(),
        before.counted + before_partner.counted,
    );

    let works: Vec<Work> = plan.months.iter().map(|m| m.work).collect();
    let act = actuals(plan, &works, before_gross, &rules, first, None);
    let worst = plan.months.iter().any(|m| m.worst.is_some()).then(|| {
        let works: Vec<Work> = plan
            .months
            .iter()
            .map(|m| m.worst.unwrap_or(m.work))
            .collect();
        // The worst case keeps the expected months' vrijlating.
        actuals(
            plan,
            &works,
            before_gross,
            &rules,
            first,
            Some(&act.vrijlatingen),
        )
    });

    // Payments once or twice a year, and what months before the plan built up.
    let vt_payout = [*series_at(&BIJSTAND_HOLIDAY_PAYOUT, r0.date)?];
    let hp_payout = [*series_at(&HOLIDAY_PAY_PAYOUT, r0.date)?];
    let premie_payouts = *series_at(&PREMIE_PAYOUTS, r0.date)?;
    let mut vt = Accrual::new(&vt_payout, first, before_offset.reserved);
    let mut hp_gross = Accrual::new(&hp_payout, first, before.holiday + before_partner.holiday);
    let mut hp_net = Accrual::new(
        &hp_payout,
        first,
        before.holiday_net + before_partner.holiday_net,
    );
    let mut premie = Accrual::new(&premie_payouts, first, before_offset.premie);
    let mut corrections = Ledger::default();

    let lag = i64::from(plan.payslip_lag_months);
    // The municipality sets and corrects a month within six months of it.
    let to_correction = i32::try_from(
        (plan.payslip_lag_months + plan.processing_months).min(CORRECTION_MAX_MONTHS),
    )
    .unwrap_or(0);
    let counted = &act.counted;

    struct Paid {
        estimate: Decimal,
        advance: Offset,
        correction: Decimal,
        correction_month: YearMonth,
    }
    let mut paid = Vec::with_capacity(plan.months.len());
    for (i, ((m, r), (net, o))) in plan
        .months
        .iter()
        .zip(&rules)
        .zip(act.earned_nets.iter().zip(&act.offsets))
        .enumerate()
    {
        let known = i64::try_from(i).unwrap_or(0) - lag;
        let est = estimate(
            plan.estimate,
            counted,
            before.counted + before_partner.counted,
            known,
        );
        let advance = offset(r, act.vrijlatingen.get(i).copied().flatten().as_ref(), est);
        let correction = o.due - advance.due;
        let correction_month = m.month.add_months(to_correction);
        corrections.add(correction_month, correction);
        let partner = partner_net(&r.ctx);
        vt.accrue(m.month, o.reserved);
        hp_gross.accrue(m.month, net.holiday + partner.holiday);
        hp_net.accrue(m.month, net.holiday_net + partner.holiday_net);
        premie.accrue(m.month, o.premie);
        paid.push(Paid {
            estimate: est,
            advance,
            correction,
            correction_month,
        });
    }

    let mut rows = Vec::with_capacity(plan.months.len());
    for (i, (m, r)) in plan.months.iter().zip(&rules).enumerate() {
        let (Some(net), Some(earned_net), Some(&counted), Some(o), Some(p), Some(&earned)) = (
            act.nets.get(i),
            act.earned_nets.get(i),
            act.counted.get(i),
            act.offsets.get(i),
            paid.get(i),
            act.earned.get(i),
        ) else {
            continue;
        };
        let month = m.month;
        let advance = p.advance.due;
        let holiday_pay_paid_net = hp_net.ledger.at(month);
        let holiday_allowance_paid = vt.ledger.at(month);
        let premie_paid = premie.ledger.at(month);
        let corrections_landing = corrections.at(month);
        // A negative correction is claimed back (written so that 0 stays +0).
        let set_aside = if p.correction < Decimal::ZERO {
            -p.correction
        } else {
            Decimal::ZERO
        };
        let due_worst = worst
            .as_ref()
            .and_then(|w| w.offsets.get(i))
            .map_or(o.due, |w| w.due);
        let bank = net.wage_net()
            + partner_net(&r.ctx).wage_net()
            + holiday_pay_paid_net
            + advance
            + corrections_landing
            + premie_paid
            + holiday_allowance_paid;
        rows.push(MonthRow {
            month,
            norm: r.ctx.norm,
            hours: hours_of(&m.work),
            earned,
            earned_net: earned_net.wage_net(),
            paid_wage: net.gross,
            paydays: act.paydays.get(i).cloned().unwrap_or_default(),
            paid_wage_net: net.wage_net(),
            holiday_pay_accrued: earned_net.holiday,
            holiday_pay_paid: hp_gross.ledger.at(month),
            holiday_pay_paid_net,
            counted_income: counted,
            vrijlating: o.vrijlating,
            estimate: p.estimate,
            advance,
            top_up: o.top_up,
            due: o.due,
            in_bijstand: o.top_up > Decimal::ZERO,
            correction: p.correction,
            correction_month: p.correction_month,
            corrections_landing,
            holiday_allowance_reserved: o.reserved,
            holiday_allowance_paid,
            premie: o.premie,
            premie_paid,
            bank,
            negative_bank: bank < Decimal::ZERO,
            set_aside,
            set_aside_worst: set_aside.max(advance - due_worst),
            steps: vec![
                due_step(r, counted, o),
                advance_step(r, p.estimate, &p.advance),
                correction_step(o.due, advance, p.correction),
            ],
        });
    }

    let after = after_plan(
        last,
        &act.after,
        &[&hp_net.ledger, &corrections, &premie.ledger, &vt.ledger],
    );

    if r0.ctx.premie.is_ok() {
        if let Some(d) = PREMIE_PAYOUTS.at(r0.date) {
            usage.note(
                PREMIE_PAYOUTS.id,
                d,
                Decimal::from(premie_payouts[0].pay_month),
            );
        }
    }
    // Each month resolves its own rules: list every value once (id and date).
    let mut unconfirmed: Vec<UnconfirmedUse> = Vec::with_capacity(usage.unconfirmed.len());
    for u in usage.unconfirmed {
        if !unconfirmed
            .iter()
            .any(|seen| seen.id == u.id && seen.from == u.from)
        {
            unconfirmed.push(u);
        }
    }
    let beyond = plan
        .months
        .iter()
        .filter(|m| m.month.first_day() > LAST_DATE)
        .count();
    if let Some(m) = plan.months.iter().find(|m| m.month.first_day() > LAST_DATE) {
        unconfirmed.push(UnconfirmedUse {
            id: "months.rules_after_last_date",
            from: m.month.first_day(),
            value: Decimal::from(beyond),
        });
    }

    Ok(MonthsOutcome {
        totals: Totals::of(&rows),
        spread: spread::spread(&rows, REPAYMENT_SPREAD_MONTHS),
        rows,
        after,
        carried_in: CarriedIn {
            holiday_pay_net: hp_net.carried_in,
            holiday_allowance: vt.carried_in,
            premie: premie.carried_in,
        },
        unconfirmed,
    })
}
