//! What people type for the month-by-month view → a checked `Plan`. Pure, so
//! the page and the `rekenhulp` CLI read months the same way.
//!
//! A month entry is a list of `(key, text)` pairs: `month` (`YYYY-MM`) and one
//! of `hours` (in that month), `hours_per_week` or `gross_wage` (that month,
//! without holiday pay); optionally one of `max_hours`, `max_hours_per_week`
//! or `max_gross_wage` (the most you might work, for the worst case).

use super::{parse_count, parse_date, parse_decimal, InputError};
use crate::rules::months::{Estimate, MonthInput, Pay, Plan, Work, YearMonth};

/// A key of a CLI scenario that belongs to the month-by-month view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanKey {
    /// The list of months.
    Months,
    /// The work before the plan.
    Before,
    Estimate,
    Pay,
    PayLagMonths,
    PayslipLagMonths,
    ProcessingMonths,
    FirstPayday,
    /// Months in which vrijlating n already exempted earnings (0–6).
    VrijlatingNMonthsUsed,
}

impl PlanKey {
    pub const ALL: [PlanKey; 9] = [
        PlanKey::Months,
        PlanKey::Before,
        PlanKey::Estimate,
        PlanKey::Pay,
        PlanKey::PayLagMonths,
        PlanKey::PayslipLagMonths,
        PlanKey::ProcessingMonths,
        PlanKey::FirstPayday,
        PlanKey::VrijlatingNMonthsUsed,
    ];

    /// The key in the CLI's JSON.
    pub const fn key(self) -> &'static str {
        match self {
            PlanKey::Months => "months",
            PlanKey::Before => "before",
            PlanKey::Estimate => "estimate",
            PlanKey::Pay => "pay",
            PlanKey::PayLagMonths => "pay_lag_months",
            PlanKey::PayslipLagMonths => "payslip_lag_months",
            PlanKey::ProcessingMonths => "processing_months",
            PlanKey::FirstPayday => "first_payday",
            PlanKey::VrijlatingNMonthsUsed => "vrijlating_n_months_used",
        }
    }

    /// The plan key with this name, if there is one.
    pub fn from_key(key: &str) -> Option<PlanKey> {
        PlanKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

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

/// Why a month entry or plan field was not understood (CLI errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanInputError {
    Value(InputError),
    BadMonth,
    NoMonth,
    NoWork,
    TwoKindsOfWork,
}

impl PlanInputError {
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
pub fn set_plan_field(plan: &mut Plan, key: PlanKey, value: &str) -> Result<(), PlanFieldError> {
    let result = match key {
        PlanKey::Estimate => parse_estimate(value).map(|v| plan.estimate = v),
        PlanKey::Pay => parse_pay(value).map(|v| plan.pay = v),
        PlanKey::PayLagMonths => parse_count(value).map(|v| plan.pay_lag_months = v),
        PlanKey::PayslipLagMonths => parse_count(value).map(|v| plan.payslip_lag_months = v),
        PlanKey::ProcessingMonths => parse_count(value).map(|v| plan.processing_months = v),
        PlanKey::VrijlatingNMonthsUsed => {
            parse_count(value).map(|v| plan.vrijlating_n_months_used = v)
        }
        PlanKey::FirstPayday if value.trim().is_empty() => {
            plan.first_payday = None;
            Ok(())
        }
        PlanKey::FirstPayday => parse_date(value).map(|v| plan.first_payday = Some(v)),
        // Not plain fields: `parse_month_entry` and `parse_before` read them.
        PlanKey::Months | PlanKey::Before => {
            return Err(field_error("key", InputError::UnknownKey))
        }
    };
    result.map_err(|e| field_error(key.key(), e))
}

/// The page's planner: how the months are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// The same hours a week every month.
    Steady,
    /// Between a lowest and a highest number of hours a week.
    Flex,
    /// A zero-hour contract: 0 up to a highest number of hours a week.
    ZeroHour,
    /// A list of hours, one number per month.
    List,
}

pub fn parse_pattern(text: &str) -> Result<Pattern, InputError> {
    match text.trim() {
        "steady" => Ok(Pattern::Steady),
        "flex" => Ok(Pattern::Flex),
        "zero_hour" => Ok(Pattern::ZeroHour),
        "list" => Ok(Pattern::List),
        _ => Err(InputError::UnknownChoice),
    }
}

/// The numbers of months the planner offers.
pub const PLANNER_COUNTS: [u32; 2] = [6, 12];

/// Most characters of a pasted list (24 numbers with room to spare).
pub const MAX_LIST_LEN: usize = 2000;

/// A field of the page's month planner: its key in the link (the CLI's
/// key where there is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlannerField {
    MonthsPattern,
    MonthsCount,
    MonthsMin,
    MonthsMax,
    MonthsList,
    MonthsUnit,
    MonthsBefore,
    Estimate,
    Pay,
    PayLagMonths,
    PayslipLagMonths,
    ProcessingMonths,
    /// Months of vrijlating n already used before the plan (0–6).
    NMonthsUsed,
}

impl PlannerField {
    /// Every planner field, in the order of the form.
    pub const ALL: [PlannerField; 13] = [
        PlannerField::MonthsPattern,
        PlannerField::MonthsCount,
        PlannerField::MonthsMin,
        PlannerField::MonthsMax,
        PlannerField::MonthsList,
        PlannerField::MonthsUnit,
        PlannerField::MonthsBefore,
        PlannerField::Estimate,
        PlannerField::Pay,
        PlannerField::PayLagMonths,
        PlannerField::PayslipLagMonths,
        PlannerField::ProcessingMonths,
        PlannerField::NMonthsUsed,
    ];

    /// The key in links.
    pub const fn key(self) -> &'static str {
        match self {
            PlannerField::MonthsPattern => "months_pattern",
            PlannerField::MonthsCount => "months_count",
            PlannerField::MonthsMin => "months_min",
            PlannerField::MonthsMax => "months_max",
            PlannerField::MonthsList => "months_list",
            PlannerField::MonthsUnit => "months_unit",
            PlannerField::MonthsBefore => "months_before",
            PlannerField::Estimate => "estimate",
            PlannerField::Pay => "pay",
            PlannerField::PayLagMonths => "pay_lag_months",
            PlannerField::PayslipLagMonths => "payslip_lag_months",
            PlannerField::ProcessingMonths => "processing_months",
            PlannerField::NMonthsUsed => "vrijlating_n_months_used",
        }
    }

    /// The planner field with this key, if there is one.
    pub fn from_key(key: &str) -> Option<PlannerField> {
        PlannerField::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Why the planner's text does not give a plan, and which planner field it
/// is about (`i18n::planner_error` has its message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlannerError {
    /// A field did not read.
    Field {
        field: PlannerField,
        error: InputError,
    },
    /// Hours a week outside 0–168.
    HoursRange { field: PlannerField },
    /// Flexible and zero-hour contracts need the most hours a week.
    MaxNeeded,
    /// The list has no numbers.
    ListEmpty,
    /// More numbers than months we can show.
    ListTooLong,
    /// Number `position` (from 1) of the list did not read.
    ListItem { position: usize, error: InputError },
    /// Number `position` is outside 0–744 hours a month (0–168 a week).
    ListItemRange { position: usize, per_week: bool },
}

impl PlannerError {
    /// The planner field it is about.
    pub fn field(self) -> PlannerField {
        match self {
            PlannerError::Field { field, .. } | PlannerError::HoursRange { field } => field,
            PlannerError::MaxNeeded => PlannerField::MonthsMax,
            PlannerError::ListEmpty
            | PlannerError::ListTooLong
            | PlannerError::ListItem { .. }
            | PlannerError::ListItemRange { .. } => PlannerField::MonthsList,
        }
    }
}

/// Hours pasted as a list: numbers separated by new lines, spaces, tabs or
/// semicolons; a comma is a decimal mark (`12,5`), as in the other fields.
/// Other characters (letters, other spaces) make a number not read.
pub fn parse_hours_list(text: &str) -> Result<Vec<rust_decimal::Decimal>, PlannerError> {
    if text.len() > MAX_LIST_LEN {
        return Err(PlannerError::ListTooLong);
    }
    let items: Vec<&str> = text
        .split([' ', '\t', '\n', '\r', ';', '\u{a0}'])
        .filter(|t| !t.is_empty())
        .collect();
    if items.is_empty() {
        return Err(PlannerError::ListEmpty);
    }
    if items.len() > crate::rules::months::plan::MAX_MONTHS {
        return Err(PlannerError::ListTooLong);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, t)| {
            parse_decimal(t).map_err(|error| PlannerError::ListItem {
                position: i + 1,
                error,
            })
        })
        .collect()
}

/// The planner as typed. Hours are per week unless `list_unit` is `month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlannerText<'a> {
    pub pattern: &'a str,
    pub count: &'a str,
    /// Lowest (flex) or steady hours a week; empty: `default_hours`.
    pub hours_min: &'a str,
    /// Highest hours a week (flex, zero-hour; optional when steady).
    pub hours_max: &'a str,
    pub list: &'a str,
    /// `month` (hours in that month) or `week` (hours a week that month).
    pub list_unit: &'a str,
    /// Hours a week before the first month; empty: as the first month.
    pub before: &'a str,
    pub estimate: &'a str,
    pub pay: &'a str,
    pub pay_lag_months: &'a str,
    pub payslip_lag_months: &'a str,
    pub processing_months: &'a str,
    /// Months of vrijlating n used before the plan; empty: none.
    pub n_months_used: &'a str,
}

fn weekly(field: PlannerField, text: &str) -> Result<rust_decimal::Decimal, PlannerError> {
    let h = parse_decimal(text).map_err(|error| PlannerError::Field { field, error })?;
    if h > crate::rules::scenario::MAX_HOURS {
        return Err(PlannerError::HoursRange { field });
    }
    Ok(h)
}

fn optional_weekly(
    field: PlannerField,
    text: &str,
) -> Result<Option<rust_decimal::Decimal>, PlannerError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        weekly(field, text).map(Some)
    }
}

fn count_field(field: PlannerField, text: &str) -> Result<u32, PlannerError> {
    parse_count(text).map_err(|error| PlannerError::Field { field, error })
}

/// The planner's text → a plan starting in `start`. Months come from the
/// pattern (`count` of them) or from the list (one per number).
pub fn plan_from_text(
    t: &PlannerText,
    start: YearMonth,
    default_hours: rust_decimal::Decimal,
) -> Result<Plan, PlannerError> {
    use crate::rules::months::patterns;
    use crate::rules::months::plan::MAX_MONTH_HOURS;
    let pattern = parse_pattern(t.pattern).map_err(|error| PlannerError::Field {
        field: PlannerField::MonthsPattern,
        error,
    })?;
    let count = count_field(PlannerField::MonthsCount, t.count)?;
    if !PLANNER_COUNTS.contains(&count) {
        return Err(PlannerError::Field {
            field: PlannerField::MonthsCount,
            error: InputError::UnknownChoice,
        });
    }
    let count = count as usize;
    // Only the fields the pattern uses are read.
    let min =
        || Ok(optional_weekly(PlannerField::MonthsMin, t.hours_min)?.unwrap_or(default_hours));
    let max = || optional_weekly(PlannerField::MonthsMax, t.hours_max);
    let months = match pattern {
        Pattern::Steady => {
            let worst = max()?.map(Work::WeeklyHours);
            let mut months = patterns::steady(start, count, min()?);
            for m in &mut months {
                m.worst = worst;
            }
            months
        }
        Pattern::Flex => {
            let low = min()?;
            patterns::flex(start, count, low, max()?.ok_or(PlannerError::MaxNeeded)?)
        }
        Pattern::ZeroHour => {
            patterns::zero_hour(start, count, max()?.ok_or(PlannerError::MaxNeeded)?)
        }
        Pattern::List => {
            let per_week = match t.list_unit.trim() {
                "month" => false,
                "week" => true,
                _ => {
                    return Err(PlannerError::Field {
                        field: PlannerField::MonthsUnit,
                        error: InputError::UnknownChoice,
                    })
                }
            };
            let (limit, make): (_, fn(rust_decimal::Decimal) -> Work) = if per_week {
                (crate::rules::scenario::MAX_HOURS, Work::WeeklyHours)
            } else {
                (MAX_MONTH_HOURS, Work::Hours)
            };
            let hours = parse_hours_list(t.list)?;
            let mut months = Vec::with_capacity(hours.len());
            for (i, h) in hours.into_iter().enumerate() {
                if h > limit {
                    return Err(PlannerError::ListItemRange {
                        position: i + 1,
                        per_week,
                    });
                }
                months.push(MonthInput {
                    month: start.add_months(i32::try_from(i).unwrap_or(0)),
                    work: make(h),
                    worst: None,
                });
            }
            months
        }
    };
    let mut plan = Plan::new(months);
    plan.before = optional_weekly(PlannerField::MonthsBefore, t.before)?.map(Work::WeeklyHours);
    plan.estimate = parse_estimate(t.estimate).map_err(|error| PlannerError::Field {
        field: PlannerField::Estimate,
        error,
    })?;
    plan.pay = parse_pay(t.pay).map_err(|error| PlannerError::Field {
        field: PlannerField::Pay,
        error,
    })?;
    plan.pay_lag_months = match plan.pay {
        // Four-weekly pay has its own paydays; the delay does not apply.
        Pay::FourWeekly => 0,
        Pay::Monthly => count_field(PlannerField::PayLagMonths, t.pay_lag_months)?,
    };
    plan.payslip_lag_months = count_field(PlannerField::PayslipLagMonths, t.payslip_lag_months)?;
    plan.processing_months = count_field(PlannerField::ProcessingMonths, t.processing_months)?;
    if !t.n_months_used.trim().is_empty() {
        plan.vrijlating_n_months_used = count_field(PlannerField::NMonthsUsed, t.n_months_used)?;
    }
    Ok(plan)
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
        assert_eq!(
            set_plan_field(&mut p, PlanKey::Estimate, "average_3"),
            Ok(())
        );
        assert_eq!(set_plan_field(&mut p, PlanKey::Pay, "four_weekly"), Ok(()));
        assert_eq!(
            set_plan_field(&mut p, PlanKey::PayslipLagMonths, "2"),
            Ok(())
        );
        assert_eq!(
            set_plan_field(&mut p, PlanKey::FirstPayday, "2026-03-03"),
            Ok(())
        );
        assert_eq!(p.estimate, Estimate::Average3);
        assert_eq!(estimate_code(p.estimate), "average_3");
        assert_eq!(pay_code(p.pay), "four_weekly");
        assert_eq!(p.payslip_lag_months, 2);
        assert_eq!(
            set_plan_field(&mut p, PlanKey::Pay, "weekly"),
            Err(field_error("pay", InputError::UnknownChoice))
        );
        assert_eq!(
            set_plan_field(&mut p, PlanKey::ProcessingMonths, "1,5"),
            Err(field_error("processing_months", InputError::NotANumber))
        );
    }

    fn planner<'a>(pattern: &'a str, list: &'a str) -> PlannerText<'a> {
        PlannerText {
            pattern,
            count: "6",
            list,
            list_unit: "month",
            estimate: "last_month",
            pay: "monthly",
            pay_lag_months: "0",
            payslip_lag_months: "1",
            processing_months: "1",
            ..PlannerText::default()
        }
    }

    const MARCH: YearMonth = YearMonth {
        year: 2026,
        month: 3,
    };

    /// The planner's "months of vrijlating n already used" reaches the plan
    /// (the CLI's `vrijlating_n_months_used`); empty means none.
    #[test]
    fn months_of_vrijlating_already_used_reach_the_plan() {
        let p = plan_from_text(
            &PlannerText {
                n_months_used: "4",
                ..planner("steady", "")
            },
            MARCH,
            dec!(12),
        );
        assert_eq!(p.map(|p| p.vrijlating_n_months_used), Ok(4));
        let p = plan_from_text(&planner("steady", ""), MARCH, dec!(12));
        assert_eq!(p.map(|p| p.vrijlating_n_months_used), Ok(0));
        assert_eq!(
            PlannerField::from_key("vrijlating_n_months_used"),
            Some(PlannerField::NMonthsUsed)
        );
    }

    #[test]
    fn pasted_lists_read_dutch_and_english_numbers() {
        assert_eq!(
            parse_hours_list("40\n0\r\n12,5;  80\t7.25 "),
            Ok(vec![dec!(40), dec!(0), dec!(12.5), dec!(80), dec!(7.25)])
        );
        // "10, 20" is read as two numbers: the comma ends a number.
        assert_eq!(parse_hours_list("10, 20"), Ok(vec![dec!(10), dec!(20)]));
        assert_eq!(parse_hours_list(" \n ;"), Err(PlannerError::ListEmpty));
        assert_eq!(
            parse_hours_list("40 veertig"),
            Err(PlannerError::ListItem {
                position: 2,
                error: InputError::NotANumber
            })
        );
        assert_eq!(
            parse_hours_list(&"1 ".repeat(25)),
            Err(PlannerError::ListTooLong)
        );
    }

    #[test]
    fn a_list_gives_one_month_each_from_the_start() {
        let plan = plan_from_text(&planner("list", "40 0 80"), MARCH, dec!(16));
        let months = plan.map(|p| p.months);
        assert_eq!(
            months.as_ref().map(|m| m
                .iter()
                .map(|m| (m.month.to_string(), m.work))
                .collect::<Vec<_>>()),
            Ok(vec![
                ("2026-03".to_string(), Work::Hours(dec!(40))),
                ("2026-04".to_string(), Work::Hours(dec!(0))),
                ("2026-05".to_string(), Work::Hours(dec!(80))),
            ])
        );
        let weekly = PlannerText {
            list_unit: "week",
            ..planner("list", "200")
        };
        assert_eq!(
            plan_from_text(&weekly, MARCH, dec!(16)).map(|_| ()),
            Err(PlannerError::ListItemRange {
                position: 1,
                per_week: true
            })
        );
    }

    #[test]
    fn patterns_use_the_hours_a_week_and_the_choices() {
        // Steady with an empty field: the main form's hours.
        let plan = plan_from_text(&planner("steady", ""), MARCH, dec!(16));
        assert_eq!(
            plan.as_ref()
                .map(|p| (p.months.len(), p.months[0].work, p.months[0].worst)),
            Ok((6, Work::WeeklyHours(dec!(16)), None))
        );
        let flex = PlannerText {
            hours_min: "8",
            hours_max: "24",
            count: "12",
            estimate: "average_3",
            pay: "four_weekly",
            pay_lag_months: "2",
            ..planner("flex", "")
        };
        let plan = plan_from_text(&flex, MARCH, dec!(16));
        assert_eq!(
            plan.as_ref().map(|p| (
                p.months.len(),
                p.months[11].work,
                p.months[11].worst,
                p.estimate,
                p.pay,
                p.pay_lag_months
            )),
            Ok((
                12,
                Work::WeeklyHours(dec!(16)),
                Some(Work::WeeklyHours(dec!(24))),
                Estimate::Average3,
                Pay::FourWeekly,
                0
            ))
        );
        assert_eq!(
            plan_from_text(&planner("zero_hour", ""), MARCH, dec!(16)).map(|_| ()),
            Err(PlannerError::MaxNeeded)
        );
        let too_many = PlannerText {
            hours_min: "200",
            ..planner("steady", "")
        };
        assert_eq!(
            plan_from_text(&too_many, MARCH, dec!(16)).map(|_| ()),
            Err(PlannerError::HoursRange {
                field: PlannerField::MonthsMin
            })
        );
        let odd_count = PlannerText {
            count: "7",
            ..planner("steady", "")
        };
        assert_eq!(
            plan_from_text(&odd_count, MARCH, dec!(16)).map(|_| ()),
            Err(PlannerError::Field {
                field: PlannerField::MonthsCount,
                error: InputError::UnknownChoice
            })
        );
    }
}
