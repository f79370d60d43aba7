//! What people type for the month-by-month view → a checked `Plan`. Pure, so
//! the page and the `rekenhulp` CLI read months the same way.
//!
//! A month entry is a list of `(key, text)` pairs: `month` (`YYYY-MM`) and one
//! of `hours` (in that month), `hours_per_week` or `gross_wage` (that month,
//! without holiday pay); optionally one of `max_hours`, `max_hours_per_week`
//! or `max_gross_wage` (the most you might work, for the worst case).

use super::{parse_count, parse_date, parse_decimal, InputError};
use crate::rules::months::{Estimate, MonthInput, Pay, Plan, Work, YearMonth};

/// Keys of a scenario that belong to the month-by-month view.
pub const PLAN_KEYS: [&str; 8] = [
    "months",
    "before",
    "estimate",
    "pay",
    "pay_lag_months",
    "payslip_lag_months",
    "processing_months",
    "first_payday",
];

/// Keys of one month entry.
pub const MONTH_KEYS: [&str; 7] = [
    "month",
    "hours",
    "hours_per_week",
    "gross_wage",
    "max_hours",
    "max_hours_per_week",
    "max_gross_wage",
];

/// Keys of the work before the plan.
pub const BEFORE_KEYS: [&str; 3] = ["hours", "hours_per_week", "gross_wage"];

/// Why a month entry or plan field was not understood (`input.*` keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanInputError {
    Value(InputError),
    BadMonth,
    NoMonth,
    NoWork,
    TwoKindsOfWork,
}

impl PlanInputError {
    pub fn key(self) -> &'static str {
        match self {
            PlanInputError::Value(e) => e.key(),
            PlanInputError::BadMonth => "input.bad_month",
            PlanInputError::NoMonth => "input.no_month",
            PlanInputError::NoWork => "input.no_work",
            PlanInputError::TwoKindsOfWork => "input.two_kinds_of_work",
        }
    }

    /// A plain English sentence (CLI errors).
    pub fn text(self) -> &'static str {
        match self {
            PlanInputError::Value(e) => e.text(),
            PlanInputError::BadMonth => "is not a month (YYYY-MM)",
            PlanInputError::NoMonth => "needs a month (YYYY-MM)",
            PlanInputError::NoWork => "needs one of hours, hours_per_week or gross_wage",
            PlanInputError::TwoKindsOfWork => {
                "give only one of hours, hours_per_week or gross_wage (and one max_ key)"
            }
        }
    }
}

/// A field name and what was wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanFieldError {
    pub field: &'static str,
    pub error: PlanInputError,
}

fn field_error(field: &'static str, error: InputError) -> PlanFieldError {
    PlanFieldError {
        field,
        error: PlanInputError::Value(error),
    }
}

pub fn parse_year_month(text: &str) -> Result<YearMonth, PlanInputError> {
    YearMonth::parse(text).ok_or(PlanInputError::BadMonth)
}

pub fn parse_estimate(text: &str) -> Result<Estimate, InputError> {
    match text.trim() {
        "last_month" => Ok(Estimate::LastMonth),
        "average_3" => Ok(Estimate::Average3),
        _ => Err(InputError::UnknownChoice),
    }
}

pub fn estimate_code(e: Estimate) -> &'static str {
    match e {
        Estimate::LastMonth => "last_month",
        Estimate::Average3 => "average_3",
    }
}

pub fn parse_pay(text: &str) -> Result<Pay, InputError> {
    match text.trim() {
        "monthly" => Ok(Pay::Monthly),
        "four_weekly" => Ok(Pay::FourWeekly),
        _ => Err(InputError::UnknownChoice),
    }
}

pub fn pay_code(p: Pay) -> &'static str {
    match p {
        Pay::Monthly => "monthly",
        Pay::FourWeekly => "four_weekly",
    }
}

type MakeWork = fn(rust_decimal::Decimal) -> Work;

/// The work keys: (key, max key, constructor).
const WORK_KEYS: [(&str, &str, MakeWork); 3] = [
    ("hours", "max_hours", Work::Hours),
    ("hours_per_week", "max_hours_per_week", Work::WeeklyHours),
    ("gross_wage", "max_gross_wage", Work::Gross),
];

/// Reads the work of a month from its pairs: exactly one work key; with
/// `allow_max`, at most one `max_` key as well. Other keys are the caller's.
fn read_work(
    pairs: &[(&str, &str)],
    allow_max: bool,
) -> Result<(Work, Option<Work>), PlanFieldError> {
    let mut work = None;
    let mut worst = None;
    for (key, text) in pairs {
        for (name, max_name, make) in WORK_KEYS {
            let (slot, field) = if *key == name {
                (&mut work, name)
            } else if allow_max && *key == max_name {
                (&mut worst, max_name)
            } else {
                continue;
            };
            if slot.is_some() {
                return Err(PlanFieldError {
                    field,
                    error: PlanInputError::TwoKindsOfWork,
                });
            }
            *slot = Some(make(
                parse_decimal(text).map_err(|e| field_error(field, e))?,
            ));
        }
    }
    let work = work.ok_or(PlanFieldError {
        field: "hours",
        error: PlanInputError::NoWork,
    })?;
    Ok((work, worst))
}

fn check_keys(pairs: &[(&str, &str)], allowed: &[&str]) -> Result<(), PlanFieldError> {
    match pairs.iter().find(|(k, _)| !allowed.contains(k)) {
        Some(_) => Err(field_error("key", InputError::UnknownKey)),
        None => Ok(()),
    }
}

/// One month of the plan from its pairs, e.g. `[("month", "2026-03"), ("hours", "60")]`.
pub fn parse_month_entry(pairs: &[(&str, &str)]) -> Result<MonthInput, PlanFieldError> {
    check_keys(pairs, &MONTH_KEYS)?;
    let month_text = pairs
        .iter()
        .find(|(k, _)| *k == "month")
        .map(|(_, v)| *v)
        .ok_or(PlanFieldError {
            field: "month",
            error: PlanInputError::NoMonth,
        })?;
    let month = parse_year_month(month_text).map_err(|error| PlanFieldError {
        field: "month",
        error,
    })?;
    let (work, worst) = read_work(pairs, true)?;
    Ok(MonthInput { month, work, worst })
}

/// The work before the plan, e.g. `[("hours", "0")]` for a new job.
pub fn parse_before(pairs: &[(&str, &str)]) -> Result<Work, PlanFieldError> {
    check_keys(pairs, &BEFORE_KEYS)?;
    read_work(pairs, false).map(|(w, _)| w)
}

/// Sets one plain field of the plan (not `months` or `before`) from its text.
pub fn set_plan_field(plan: &mut Plan, key: &str, value: &str) -> Result<(), PlanFieldError> {
    let (field, result): (&'static str, Result<(), InputError>) = match key {
        "estimate" => ("estimate", parse_estimate(value).map(|v| plan.estimate = v)),
        "pay" => ("pay", parse_pay(value).map(|v| plan.pay = v)),
        "pay_lag_months" => (
            "pay_lag_months",
            parse_count(value).map(|v| plan.pay_lag_months = v),
        ),
        "payslip_lag_months" => (
            "payslip_lag_months",
            parse_count(value).map(|v| plan.payslip_lag_months = v),
        ),
        "processing_months" => (
            "processing_months",
            parse_count(value).map(|v| plan.processing_months = v),
        ),
        "first_payday" if value.trim().is_empty() => ("first_payday", {
            plan.first_payday = None;
            Ok(())
        }),
        "first_payday" => (
            "first_payday",
            parse_date(value).map(|v| plan.first_payday = Some(v)),
        ),
        _ => ("key", Err(InputError::UnknownKey)),
    };
    result.map_err(|e| field_error(field, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn reads_month_entries() {
        let m = parse_month_entry(&[("month", "2026-03"), ("hours", "60")]);
        assert_eq!(
            m,
            Ok(MonthInput {
                month: YearMonth {
                    year: 2026,
                    month: 3
                },
                work: Work::Hours(dec!(60)),
                worst: None,
            })
        );
        let m = parse_month_entry(&[
            ("month", "2026-04"),
            ("gross_wage", "€ 900,50"),
            ("max_gross_wage", "1.200,00"),
        ]);
        assert_eq!(
            m.map(|m| (m.work, m.worst)),
            Ok((Work::Gross(dec!(900.50)), Some(Work::Gross(dec!(1200)))))
        );
    }

    #[test]
    fn refuses_unclear_month_entries() {
        let err = |pairs: &[(&str, &str)]| parse_month_entry(pairs).map(|_| ()).err();
        let kind = |pairs: &[(&str, &str)]| err(pairs).map(|e| e.error);
        assert_eq!(kind(&[("hours", "6")]), Some(PlanInputError::NoMonth));
        assert_eq!(
            kind(&[("month", "2026-3"), ("hours", "6")]),
            Some(PlanInputError::BadMonth)
        );
        assert_eq!(kind(&[("month", "2026-03")]), Some(PlanInputError::NoWork));
        assert_eq!(
            kind(&[("month", "2026-03"), ("hours", "6"), ("gross_wage", "90")]),
            Some(PlanInputError::TwoKindsOfWork)
        );
        assert_eq!(
            err(&[("month", "2026-03"), ("hours", "zes")]),
            Some(field_error("hours", InputError::NotANumber))
        );
        assert_eq!(
            err(&[("month", "2026-03"), ("hours", "6"), ("uren", "6")]),
            Some(field_error("key", InputError::UnknownKey))
        );
        assert_eq!(
            parse_before(&[("max_hours", "6")]),
            Err(field_error("key", InputError::UnknownKey))
        );
    }

    #[test]
    fn plan_fields_read_their_choices() {
        let mut p = Plan::new(Vec::new());
        assert_eq!(set_plan_field(&mut p, "estimate", "average_3"), Ok(()));
        assert_eq!(set_plan_field(&mut p, "pay", "four_weekly"), Ok(()));
        assert_eq!(set_plan_field(&mut p, "payslip_lag_months", "2"), Ok(()));
        assert_eq!(set_plan_field(&mut p, "first_payday", "2026-03-03"), Ok(()));
        assert_eq!(p.estimate, Estimate::Average3);
        assert_eq!(estimate_code(p.estimate), "average_3");
        assert_eq!(pay_code(p.pay), "four_weekly");
        assert_eq!(p.payslip_lag_months, 2);
        assert_eq!(
            set_plan_field(&mut p, "pay", "weekly"),
            Err(field_error("pay", InputError::UnknownChoice))
        );
        assert_eq!(
            set_plan_field(&mut p, "processing_months", "1,5"),
            Err(field_error("processing_months", InputError::NotANumber))
        );
    }
}
