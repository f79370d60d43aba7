//! The inputs of the month-by-month view: the months with the work in each,
//! how the wage is paid, and how the municipality estimates and corrects.

use super::calendar::YearMonth;
use crate::data::exemptions::N_MONTHS;
use crate::data::timing::{CORRECTION_MAX_MONTHS, PAYSLIP_LAG_MONTHS, PROCESSING_MONTHS};
use crate::data::FIRST_DATE;
use crate::date::Date;
use crate::scenario::{RuleError, MAX_HOURS};
use core::fmt;
use rust_decimal::Decimal;

/// At most two years of months.
pub const MAX_MONTHS: usize = 24;
/// Hours in a month of 31 days.
pub const MAX_MONTH_HOURS: Decimal = Decimal::from_parts(744, 0, 0, false, 0);
/// Largest gross wage for one month.
pub const MAX_MONTH_WAGE: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);
/// Longest lag for a payslip and for processing it, in months (the
/// municipality has six months to correct, A-EXP); together they are capped
/// at the same six months after the month concerned.
pub const MAX_LAG_MONTHS: u32 = CORRECTION_MAX_MONTHS;
/// Longest delay of a monthly wage payment, in months.
pub const MAX_PAY_LAG_MONTHS: u32 = 2;
/// Most months of vrijlating n already used: its six months (art. 31 lid 2 n).
pub const MAX_N_MONTHS_USED: u32 = N_MONTHS;

/// The work done in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Hours worked in that month.
    Hours(Decimal),
    /// Hours a week; the month is an average month (× 52 / 12), as in the
    /// monthly view.
    WeeklyHours(Decimal),
    /// The gross wage earned in that month, without holiday pay.
    Gross(Decimal),
}

/// One month of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthInput {
    pub month: YearMonth,
    /// The work you expect to do.
    pub work: Work,
    /// The most you might work (a flexible contract): only for `set_aside_worst`.
    pub worst: Option<Work>,
}

/// How the municipality estimates a month's income before the payslip is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate {
    /// The last payslip it has.
    LastMonth,
    /// The average of the last three payslips it has.
    Average3,
}

/// How often the employer pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pay {
    /// Once a month, for the month worked (or later: `pay_lag_months`).
    Monthly,
    /// Every four weeks: 13 paydays a year, so one month a year has two.
    FourWeekly,
}

/// Everything the month-by-month view needs besides the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Consecutive months, oldest first.
    pub months: Vec<MonthInput>,
    /// The work in the months before the plan (the municipality's first
    /// estimates, wages paid late, holiday pay and premie built up before).
    /// `None`: the same as the first month.
    pub before: Option<Work>,
    pub estimate: Estimate,
    pub pay: Pay,
    /// Monthly pay: the wage for a month is paid this many months later.
    pub pay_lag_months: u32,
    /// Four-weekly pay: the first payday in the first month. `None`: the 28th
    /// (the first period is days 1–28 of the first month).
    pub first_payday: Option<Date>,
    /// The payslip of a month reaches the municipality this many months later.
    pub payslip_lag_months: u32,
    /// After the payslip is in, the correction lands this many months later
    /// (at most six months after the month concerned, with the payslip lag).
    pub processing_months: u32,
    /// Months in which vrijlating n already exempted earnings before the plan
    /// (0–6, art. 31 lid 2 n): n lasts the rest of the six.
    pub vrijlating_n_months_used: u32,
}

impl Plan {
    /// A plan with the default choices: last payslip, monthly pay at the end
    /// of the month worked, payslips known a month later, corrections a month
    /// after that.
    pub fn new(months: Vec<MonthInput>) -> Plan {
        Plan {
            months,
            before: None,
            estimate: Estimate::LastMonth,
            pay: Pay::Monthly,
            pay_lag_months: 0,
            first_payday: None,
            payslip_lag_months: PAYSLIP_LAG_MONTHS,
            processing_months: PROCESSING_MONTHS,
            vrijlating_n_months_used: 0,
        }
    }

    pub fn first_month(&self) -> Option<YearMonth> {
        self.months.first().map(|m| m.month)
    }
}

/// Why a plan cannot be calculated. Each has a message key (`error.months_*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthsError {
    NoMonths,
    TooManyMonths,
    /// Months must follow each other without gaps; this one does not.
    NotConsecutive {
        month: YearMonth,
    },
    MonthTooEarly {
        first: YearMonth,
    },
    HoursOutOfRange {
        month: Option<YearMonth>,
    },
    WageOutOfRange {
        month: Option<YearMonth>,
    },
    LagOutOfRange {
        field: &'static str,
    },
    /// `vrijlating_n_months_used` is more than the six months n lasts.
    NMonthsUsedOutOfRange,
    /// `pay_lag_months` is for monthly pay; four-weekly pay uses `first_payday`.
    PayLagWithFourWeekly,
    /// `first_payday` is for four-weekly pay and must be one of the first 28
    /// days of the first month (the payday before it lies before the plan).
    FirstPayday,
    Rule(RuleError),
}

impl MonthsError {
    pub fn key(&self) -> &'static str {
        match self {
            MonthsError::NoMonths => "error.months_none",
            MonthsError::TooManyMonths => "error.months_too_many",
            MonthsError::NotConsecutive { .. } => "error.months_not_consecutive",
            MonthsError::MonthTooEarly { .. } => "error.months_too_early",
            MonthsError::HoursOutOfRange { .. } => "error.months_hours_range",
            MonthsError::WageOutOfRange { .. } => "error.months_wage_range",
            MonthsError::LagOutOfRange { .. } => "error.months_lag_range",
            MonthsError::NMonthsUsedOutOfRange => "error.months_n_used_range",
            MonthsError::PayLagWithFourWeekly => "error.months_pay_lag_four_weekly",
            MonthsError::FirstPayday => "error.months_first_payday",
            MonthsError::Rule(e) => e.key(),
        }
    }
}

impl From<RuleError> for MonthsError {
    fn from(e: RuleError) -> Self {
        MonthsError::Rule(e)
    }
}

fn which(month: &Option<YearMonth>) -> String {
    month.map_or_else(|| "before the first month".to_string(), |m| m.to_string())
}

impl fmt::Display for MonthsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MonthsError::NoMonths => f.write_str("months: give at least one month"),
            MonthsError::TooManyMonths => write!(f, "months: at most {MAX_MONTHS} months"),
            MonthsError::NotConsecutive { month } => write!(
                f,
                "months: {month} does not follow the month before it (no gaps, oldest first)"
            ),
            MonthsError::MonthTooEarly { first } => {
                write!(
                    f,
                    "months: start in {first} or later; we have no figures before it"
                )
            }
            MonthsError::HoursOutOfRange { month } => write!(
                f,
                "{}: hours must be between 0 and 744 a month (0 and 168 a week)",
                which(month)
            ),
            MonthsError::WageOutOfRange { month } => write!(
                f,
                "{}: gross wage must be between 0 and 100000 a month",
                which(month)
            ),
            MonthsError::LagOutOfRange { field } => {
                let max = if *field == "pay_lag_months" {
                    MAX_PAY_LAG_MONTHS
                } else {
                    MAX_LAG_MONTHS
                };
                write!(f, "{field}: must be between 0 and {max} months")
            }
            MonthsError::NMonthsUsedOutOfRange => write!(
                f,
                "vrijlating_n_months_used: must be between 0 and {N_MONTHS} months \
                 (vrijlating n lasts at most {N_MONTHS} months)"
            ),
            MonthsError::PayLagWithFourWeekly => f.write_str(
                "pay_lag_months: only for monthly pay; with four-weekly pay give first_payday",
            ),
            MonthsError::FirstPayday => f.write_str(
                "first_payday: only for four-weekly pay; a day from 1 to 28 of the first month",
            ),
            MonthsError::Rule(e) => write!(f, "{e}"),
        }
    }
}

fn check_work(work: &Work, month: Option<YearMonth>) -> Result<(), MonthsError> {
    let (value, max, error) = match *work {
        Work::Hours(h) => (h, MAX_MONTH_HOURS, MonthsError::HoursOutOfRange { month }),
        Work::WeeklyHours(h) => (h, MAX_HOURS, MonthsError::HoursOutOfRange { month }),
        Work::Gross(g) => (g, MAX_MONTH_WAGE, MonthsError::WageOutOfRange { month }),
    };
    if value < Decimal::ZERO || value > max {
        return Err(error);
    }
    Ok(())
}

/// Checks what the plan's rules cannot take.
pub fn validate(plan: &Plan) -> Result<(), MonthsError> {
    let first = plan.first_month().ok_or(MonthsError::NoMonths)?;
    if plan.months.len() > MAX_MONTHS {
        return Err(MonthsError::TooManyMonths);
    }
    let earliest = YearMonth::of(FIRST_DATE);
    if first < earliest {
        return Err(MonthsError::MonthTooEarly { first: earliest });
    }
    for pair in plan.months.windows(2) {
        if let [a, b] = pair {
            if b.month != a.month.add_months(1) {
                return Err(MonthsError::NotConsecutive { month: b.month });
            }
        }
    }
    for m in &plan.months {
        check_work(&m.work, Some(m.month))?;
        if let Some(w) = &m.worst {
            check_work(w, Some(m.month))?;
        }
    }
    if let Some(w) = &plan.before {
        check_work(w, None)?;
    }
    for (field, lag, max) in [
        ("pay_lag_months", plan.pay_lag_months, MAX_PAY_LAG_MONTHS),
        (
            "payslip_lag_months",
            plan.payslip_lag_months,
            MAX_LAG_MONTHS,
        ),
        ("processing_months", plan.processing_months, MAX_LAG_MONTHS),
    ] {
        if lag > max {
            return Err(MonthsError::LagOutOfRange { field });
        }
    }
    if plan.vrijlating_n_months_used > N_MONTHS {
        return Err(MonthsError::NMonthsUsedOutOfRange);
    }
    match plan.pay {
        Pay::FourWeekly if plan.pay_lag_months > 0 => Err(MonthsError::PayLagWithFourWeekly),
        Pay::FourWeekly
            if plan
                .first_payday
                .is_some_and(|d| YearMonth::of(d) != first || d.day > 28 || d.day < 1) =>
        {
            Err(MonthsError::FirstPayday)
        }
        Pay::Monthly if plan.first_payday.is_some() => Err(MonthsError::FirstPayday),
        _ => Ok(()),
    }
}
