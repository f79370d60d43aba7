//! What the month-by-month view shows: one row per month, what is still to
//! come after the last month, and the totals.

use super::calendar::YearMonth;
use crate::date::Date;
use crate::param::UnconfirmedUse;
use crate::trace::Step;
use rust_decimal::Decimal;

/// One calendar month. Amounts are euros per month, rounded to cents.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthRow {
    pub month: YearMonth,
    pub norm: Decimal,
    /// Hours worked in the month, when the work was given in hours.
    pub hours: Option<Decimal>,
    /// Gross wage earned by the work of this month, without holiday pay.
    pub earned: Decimal,
    /// Its net (monthly wage tax table), without holiday pay.
    pub earned_net: Decimal,
    /// Gross wage paid this month (the wage of an earlier month, or two
    /// four-weekly payments), without holiday pay.
    pub paid_wage: Decimal,
    /// Four-weekly pay: the paydays in this month.
    pub paydays: Vec<Date>,
    /// Net wage paid this month, without holiday pay.
    pub paid_wage_net: Decimal,
    /// 8% holiday pay earned by the work of this month (gross).
    pub holiday_pay_accrued: Decimal,
    /// Holiday pay the employer pays this month (May), gross and net.
    pub holiday_pay_paid: Decimal,
    pub holiday_pay_paid_net: Decimal,
    /// The income the bijstand counts: net wage paid this month plus the net
    /// holiday pay earned this month (art. 31 lid 3, art. 32 lid 2).
    pub counted_income: Decimal,
    pub vrijlating: Decimal,
    /// The municipality's estimate of `counted_income` when it pays.
    pub estimate: Decimal,
    /// The monthly bijstand paid on that estimate (without the 5% kept for June).
    pub advance: Decimal,
    /// B: norm − (counted income − vrijlating), not below 0 (the monthly view's top-up).
    pub top_up: Decimal,
    /// B − the 5% holiday allowance kept for June: the monthly bijstand due.
    pub due: Decimal,
    pub in_bijstand: bool,
    /// due − advance: positive is paid to you later, negative is claimed back.
    pub correction: Decimal,
    /// When this month's correction lands.
    pub correction_month: YearMonth,
    /// Corrections of earlier months landing in this month.
    pub corrections_landing: Decimal,
    /// 5% of B kept back this month, and the holiday allowance paid (June).
    pub holiday_allowance_reserved: Decimal,
    pub holiday_allowance_paid: Decimal,
    /// Premie built up this month, and premie paid (June, November).
    pub premie: Decimal,
    pub premie_paid: Decimal,
    /// Money arriving this month: net wage + holiday pay + advance +
    /// corrections landing + premie paid + holiday allowance paid. Negative
    /// when a repayment is larger than what comes in.
    pub bank: Decimal,
    /// `bank` is below zero: a repayment takes more than comes in this month
    /// (see `MonthsOutcome::spread`).
    pub negative_bank: bool,
    /// Of this month's advance, what will be claimed back (a negative
    /// correction): keep it apart.
    pub set_aside: Decimal,
    /// The same if you work the most hours of a flexible pattern this month.
    pub set_aside_worst: Decimal,
    /// How due, advance and correction were worked out.
    pub steps: Vec<Step>,
}

/// Money landing after the last month of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaterMonth {
    pub month: YearMonth,
    /// Net wage for the last days or months of the plan paid late.
    pub wage_net: Decimal,
    pub holiday_pay_net: Decimal,
    pub corrections: Decimal,
    pub premie: Decimal,
    pub holiday_allowance: Decimal,
    pub total: Decimal,
}

impl LaterMonth {
    pub fn empty(month: YearMonth) -> LaterMonth {
        LaterMonth {
            month,
            wage_net: Decimal::ZERO,
            holiday_pay_net: Decimal::ZERO,
            corrections: Decimal::ZERO,
            premie: Decimal::ZERO,
            holiday_allowance: Decimal::ZERO,
            total: Decimal::ZERO,
        }
    }
}

/// What months before the plan built up and the plan pays (assumed: the
/// `before` work, with the rules of the first month).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CarriedIn {
    pub holiday_pay_net: Decimal,
    pub holiday_allowance: Decimal,
    pub premie: Decimal,
}

/// Sums over the months of the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub earned: Decimal,
    pub paid_wage: Decimal,
    pub paid_wage_net: Decimal,
    pub holiday_pay_paid_net: Decimal,
    pub counted_income: Decimal,
    pub advance: Decimal,
    pub top_up: Decimal,
    pub due: Decimal,
    /// Corrections of the plan's months, wherever they land.
    pub correction: Decimal,
    /// Corrections landing within the plan.
    pub corrections_landing: Decimal,
    pub holiday_allowance_reserved: Decimal,
    pub holiday_allowance_paid: Decimal,
    pub premie: Decimal,
    pub premie_paid: Decimal,
    pub bank: Decimal,
    pub set_aside: Decimal,
    pub set_aside_worst: Decimal,
}

impl Totals {
    pub fn of(rows: &[MonthRow]) -> Totals {
        rows.iter().fold(Totals::default(), |t, r| Totals {
            earned: t.earned + r.earned,
            paid_wage: t.paid_wage + r.paid_wage,
            paid_wage_net: t.paid_wage_net + r.paid_wage_net,
            holiday_pay_paid_net: t.holiday_pay_paid_net + r.holiday_pay_paid_net,
            counted_income: t.counted_income + r.counted_income,
            advance: t.advance + r.advance,
            top_up: t.top_up + r.top_up,
            due: t.due + r.due,
            correction: t.correction + r.correction,
            corrections_landing: t.corrections_landing + r.corrections_landing,
            holiday_allowance_reserved: t.holiday_allowance_reserved + r.holiday_allowance_reserved,
            holiday_allowance_paid: t.holiday_allowance_paid + r.holiday_allowance_paid,
            premie: t.premie + r.premie,
            premie_paid: t.premie_paid + r.premie_paid,
            bank: t.bank + r.bank,
            set_aside: t.set_aside + r.set_aside,
            set_aside_worst: t.set_aside_worst + r.set_aside_worst,
        })
    }
}

/// The whole month-by-month view.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthsOutcome {
    pub rows: Vec<MonthRow>,
    pub after: Vec<LaterMonth>,
    pub carried_in: CarriedIn,
    pub totals: Totals,
    /// When a month's `bank` is negative: what paying the shortfall back in
    /// parts would look like (our assumption; `None` when no month is negative).
    pub spread: Option<super::spread::Spread>,
    /// Unconfirmed parameter values used (shown on screen).
    pub unconfirmed: Vec<UnconfirmedUse>,
}
