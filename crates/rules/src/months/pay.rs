//! When the wage is paid: monthly (at the end of the month worked, or later),
//! or every four weeks (13 paydays a year, so one month has two).

use super::calendar::{day_number, YearMonth};
use super::plan::Pay;
use crate::data::timing::{FOUR_WEEKLY_DAYS, FOUR_WEEKLY_PERIODS, MONTHLY_PERIODS};
use crate::date::Date;
use crate::money::cents;
use rust_decimal::Decimal;

/// One wage payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payment {
    /// Gross wage paid, without holiday pay.
    pub gross: Decimal,
    /// Pay periods a year (12 monthly, 13 four-weekly): the wage tax is
    /// worked out on `periods` × the payment, as the payroll tables do.
    pub periods: Decimal,
    /// The payday (four-weekly pay).
    pub day: Option<Date>,
}

/// The payments in each month of the plan, and those after its last month.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Payments {
    pub in_plan: Vec<Vec<Payment>>,
    pub after: Vec<(YearMonth, Payment)>,
}

/// The wage earned in month `k` of the plan (negative: before the plan; past
/// the end: nothing, as we know of no work after the plan).
fn earned_in(k: i32, earned: &[Decimal], before: Decimal) -> Decimal {
    if k < 0 {
        return before;
    }
    usize::try_from(k)
        .ok()
        .and_then(|k| earned.get(k))
        .copied()
        .unwrap_or(Decimal::ZERO)
}

/// Every wage payment from the first month of the plan on.
pub fn payments(
    pay: Pay,
    pay_lag_months: u32,
    first_payday: Option<Date>,
    first: YearMonth,
    earned: &[Decimal],
    before: Decimal,
) -> Payments {
    match pay {
        Pay::Monthly => monthly(pay_lag_months, first, earned, before),
        Pay::FourWeekly => four_weekly(first_payday, first, earned, before),
    }
}

/// Monthly pay: the wage of month `k` is paid in month `k + lag`.
fn monthly(lag: u32, first: YearMonth, earned: &[Decimal], before: Decimal) -> Payments {
    let lag = i32::try_from(lag).unwrap_or(0);
    let n = i32::try_from(earned.len()).unwrap_or(0);
    let payment = |k: i32| Payment {
        gross: earned_in(k - lag, earned, before),
        periods: MONTHLY_PERIODS,
        day: None,
    };
    Payments {
        in_plan: (0..n).map(|k| vec![payment(k)]).collect(),
        after: (n..n + lag)
            .map(|k| (first.add_months(k), payment(k)))
            .collect(),
    }
}

/// The gross wage of the 28 days ending on `payday`: each day earns an even
/// share of its month's wage (the wage of the month ÷ its days).
fn period_gross(payday: i64, first: YearMonth, earned: &[Decimal], before: Decimal) -> Decimal {
    let mut days: Vec<(YearMonth, i64)> = Vec::with_capacity(2);
    for d in payday - FOUR_WEEKLY_DAYS + 1..=payday {
        let ym = YearMonth::of(Date::from_days_since_epoch(d));
        match days.last_mut() {
            Some((m, count)) if *m == ym => *count += 1,
            _ => days.push((ym, 1)),
        }
    }
    let sum: Decimal = days
        .iter()
        .map(|(ym, count)| {
            let wage = earned_in(ym.since(first), earned, before);
            Decimal::from(*count) * wage / Decimal::from(ym.days().max(1))
        })
        .sum();
    cents(sum)
}

/// Four-weekly pay: paydays every 28 days from the first payday (default the
/// 28th of the first month); each pays the 28 days up to and including it.
fn four_weekly(
    first_payday: Option<Date>,
    first: YearMonth,
    earned: &[Decimal],
    before: Decimal,
) -> Payments {
    let n = earned.len();
    let last = first.add_months(i32::try_from(n).unwrap_or(1) - 1);
    let end = day_number(last.last_day());
    let mut out = Payments {
        in_plan: vec![Vec::new(); n],
        after: Vec::new(),
    };
    let mut day = day_number(first_payday.unwrap_or(Date::ymd(first.year, first.month, 28)));
    while day <= end {
        let date = Date::from_days_since_epoch(day);
        let payment = Payment {
            gross: period_gross(day, first, earned, before),
            periods: FOUR_WEEKLY_PERIODS,
            day: Some(date),
        };
        let slot = usize::try_from(YearMonth::of(date).since(first))
            .ok()
            .and_then(|k| out.in_plan.get_mut(k));
        if let Some(slot) = slot {
            slot.push(payment);
        }
        day += FOUR_WEEKLY_DAYS;
    }
    // The next payday pays the last days of the plan (no work after it).
    let date = Date::from_days_since_epoch(day);
    let gross = period_gross(day, first, earned, before);
    if gross > Decimal::ZERO {
        out.after.push((
            YearMonth::of(date),
            Payment {
                gross,
                periods: FOUR_WEEKLY_PERIODS,
                day: Some(date),
            },
        ));
    }
    out
}
