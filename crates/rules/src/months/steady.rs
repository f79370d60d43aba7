//! A year of steady hours as the month planner pays it: what arrives in an
//! ordinary month, and the months with extra money — holiday pay from work in
//! May, the bijstand's holiday allowance (art. 19 lid 3, art. 45 lid 1) in
//! June, the premie in June and November. The planner's own rules (`offset`,
//! `net_of`, the payout dates), so a steady plan shows the same numbers; and
//! twelve times the average month is twelve ordinary months plus the extras.

use super::income::{net_of, partner_net};
use super::offset::{offset, MonthRules};
use super::pay::Payment;
use crate::data::timing::{
    Payout, BIJSTAND_HOLIDAY_PAYOUT, BIJSTAND_HOLIDAY_RATE, HOLIDAY_PAY_PAYOUT, MONTHLY_PERIODS,
    PREMIE_PAYOUTS,
};
use crate::date::Date;
use crate::engine::{Context, Month};
use crate::scenario::RuleError;
use rust_decimal::Decimal;

/// What the extra money of a month is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    /// The employer's holiday pay (8%), net.
    HolidayPay,
    /// The 5% of the bijstand kept back each month.
    HolidayAllowance,
    /// The Amsterdam premie built up over six months.
    Premie,
}

impl Extra {
    pub fn key(self) -> &'static str {
        match self {
            Extra::HolidayPay => "holiday_pay",
            Extra::HolidayAllowance => "holiday_allowance",
            Extra::Premie => "premie",
        }
    }
}

/// One payment on top of an ordinary month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtraPayment {
    /// Calendar month (1–12).
    pub month: u8,
    pub what: Extra,
    pub amount: Decimal,
}

/// A year of the same hours, under the rules of one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SteadyYear {
    /// Net wage paid plus the bijstand paid, in a month without extras.
    pub bank_ordinary_month: Decimal,
    /// In calendar order; none with a zero amount.
    pub extra_payments: Vec<ExtraPayment>,
}

fn payout(series: &'static crate::param::Series<Payout>, date: Date) -> Result<Payout, RuleError> {
    series
        .at(date)
        .map(|d| d.value)
        .ok_or(RuleError::MissingParameter { id: series.id })
}

/// The steady year of `month` (computed by `ctx` on `date`).
pub fn steady_year(ctx: &Context, date: Date, month: &Month) -> Result<SteadyYear, RuleError> {
    let holiday_rate = BIJSTAND_HOLIDAY_RATE
        .at(date)
        .ok_or(RuleError::MissingParameter {
            id: BIJSTAND_HOLIDAY_RATE.id,
        })?
        .value;
    let rules = MonthRules::steady(ctx.clone(), date, holiday_rate);
    let pay = |employer_korting| {
        net_of(
            ctx.tax_tables(),
            employer_korting,
            &Payment {
                gross: month.wage.gross_base,
                periods: MONTHLY_PERIODS,
                day: None,
            },
        )
    };
    // Out of bijstand the employer applies the korting, as in the average month.
    let net = pay(ctx.employer_korting || !month.in_bijstand) + partner_net(ctx);
    let o = offset(&rules, ctx.vrijlating.as_ref().ok(), net.counted);

    let mut extra = Vec::with_capacity(4);
    let mut add = |p: Payout, what, each: Decimal| {
        let amount = each * Decimal::from(p.months);
        if !amount.is_zero() {
            // In calendar order, after any payment of the same month (no
            // sort: it would add a sorting routine to the page).
            let at = extra
                .iter()
                .position(|e: &ExtraPayment| e.month > p.pay_month)
                .unwrap_or(extra.len());
            extra.insert(
                at,
                ExtraPayment {
                    month: p.pay_month,
                    what,
                    amount,
                },
            );
        }
    };
    add(
        payout(&HOLIDAY_PAY_PAYOUT, date)?,
        Extra::HolidayPay,
        net.holiday_net,
    );
    add(
        payout(&BIJSTAND_HOLIDAY_PAYOUT, date)?,
        Extra::HolidayAllowance,
        o.reserved,
    );
    if ctx.premie.is_ok() {
        let payouts = PREMIE_PAYOUTS.at(date).ok_or(RuleError::MissingParameter {
            id: PREMIE_PAYOUTS.id,
        })?;
        for p in payouts.value {
            add(p, Extra::Premie, o.premie);
        }
    }
    Ok(SteadyYear {
        bank_ordinary_month: net.wage_net() + o.due,
        extra_payments: extra,
    })
}
