//! The worked cases of `tests/cases/*.jsonl` (at the workspace root) run
//! through the rules crate's API, without the CLI: each case's `input` is
//! read into a `Scenario` (and a `months::Plan`) here, the outcome is
//! written with the CLI's key names and amount format, and it must match the
//! case's `expect` (tests/cases/README.md). The same cases run through the
//! CLI in the root package's `tests/cases.rs`.
//!
//! Keys this runner does not produce are skipped here when a case lists
//! them; the CLI runner checks them: a trace step's Dutch `formula` (the
//! page's formatting), its `amount`, `values`, `source` and `source_url`, and
//! a notice's `date` and `text` (this runner reads a notice by its `id()`
//! only, not by its variants).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../../tests/cases/matcher.rs"]
mod matcher;

use rekenhulp_rules::months::{self, Estimate, MonthInput, Pay, Plan, Work, YearMonth};
use rekenhulp_rules::{
    calculate, AgeGroup, Claims, Date, Household, KortingBy, Outcome, Scenario, Scheme,
};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::str::FromStr;

/// Expected keys this runner does not produce (see the module comment).
const CLI_ONLY: [&str; 7] = [
    "formula",
    "amount",
    "values",
    "source",
    "source_url",
    "text",
    "date",
];

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

// ---- input: the CLI's scenario keys (README "Batch access", "Month by month")

fn text(key: &str, v: &Value) -> Result<String, String> {
    match v {
        Value::String(t) => Ok(t.trim().to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(format!("{key}: must be a string, number or true/false")),
    }
}

fn decimal(key: &str, v: &Value) -> Result<Decimal, String> {
    let t = text(key, v)?;
    Decimal::from_str(&t).map_err(|e| format!("{key}: {t:?} is not a number here ({e})"))
}

fn count(key: &str, v: &Value) -> Result<u32, String> {
    let t = text(key, v)?;
    t.parse()
        .map_err(|_| format!("{key}: {t:?} is not a whole number"))
}

fn flag(key: &str, v: &Value) -> Result<bool, String> {
    match text(key, v)?.as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        t => Err(format!("{key}: {t:?} is not true/false")),
    }
}

fn date(key: &str, v: &Value) -> Result<Date, String> {
    let t = text(key, v)?;
    Date::parse(&t).ok_or_else(|| format!("{key}: {t:?} is not a date"))
}

fn age(key: &str, v: &Value) -> Result<AgeGroup, String> {
    match text(key, v)?.as_str() {
        "18-20" => Ok(AgeGroup::Youth),
        "21-26" => Ok(AgeGroup::YoungAdult),
        "27-aow" | "21-aow" => Ok(AgeGroup::Adult),
        "aow" => Ok(AgeGroup::Aow),
        t => Err(format!("{key}: {t:?} is not an age group")),
    }
}

const PLAN_KEYS: [&str; 8] = [
    "months",
    "before",
    "estimate",
    "pay",
    "pay_lag_months",
    "payslip_lag_months",
    "processing_months",
    "first_payday",
];

fn scenario(input: &Value) -> Result<Scenario, String> {
    let obj = input.as_object().ok_or("input must be an object")?;
    let mut s = Scenario::default();
    for (key, v) in obj {
        let k = key.as_str();
        match k {
            _ if PLAN_KEYS.contains(&k) => {}
            "date" => s.date = date(k, v)?,
            "household" => {
                s.household = match text(k, v)?.as_str() {
                    "single" => Household::Single,
                    "single_parent" => Household::SingleParent,
                    "couple" => Household::Couple,
                    t => return Err(format!("{k}: {t:?} is not a household")),
                }
            }
            "age" => s.age = age(k, v)?,
            "partner_age" => s.partner_age = Some(age(k, v)?),
            "age_years" => s.age_years = Some(count(k, v)?),
            "children" => s.children = flag(k, v)?,
            "youngest_child_age" => s.youngest_child_age = Some(count(k, v)?),
            "housemates" => s.housemates = count(k, v)?,
            "hours_per_week" => s.hours_per_week = decimal(k, v)?,
            "hourly_wage" => s.hourly_wage = Some(decimal(k, v)?),
            "korting_by" => {
                s.korting_by = match text(k, v)?.as_str() {
                    "employer" => KortingBy::Employer,
                    "municipality" => KortingBy::Municipality,
                    t => return Err(format!("{k}: {t:?} is not employer/municipality")),
                }
            }
            "scheme" => {
                s.scheme = match text(k, v)?.as_str() {
                    "amsterdam" => Scheme::Amsterdam,
                    "experiment" => Scheme::Experiment,
                    "national" => Scheme::National,
                    t => return Err(format!("{k}: {t:?} is not a scheme")),
                }
            }
            "vrijlating_n" => s.vrijlating_n = flag(k, v)?,
            "vrijlating_r" => s.vrijlating_r = flag(k, v)?,
            "premie_cap" => s.premie_cap = Some(decimal(k, v)?),
            "premie_under_27" => s.premie_under_27 = flag(k, v)?,
            "allowances" => {
                s.allowances = match text(k, v)?.as_str() {
                    "auto" => Claims::ALL,
                    "none" => Claims::NONE,
                    t => return Err(format!("{k}: {t:?} is not auto/none")),
                }
            }
            "rent" => s.rent = Some(decimal(k, v)?),
            "children_ages" => {
                s.children_ages = v
                    .as_array()
                    .ok_or(format!("{k}: a list of ages"))?
                    .iter()
                    .map(|a| count(k, a))
                    .collect::<Result<_, _>>()?
            }
            "partner_hours_per_week" => s.partner_hours_per_week = decimal(k, v)?,
            "partner_hourly_wage" => s.partner_hourly_wage = Some(decimal(k, v)?),
            _ => return Err(format!("{k}: not a scenario key")),
        }
    }
    Ok(s)
}

/// The work of a month entry or of `before`: one of `hours`,
/// `hours_per_week`, `gross_wage` (with `prefix` `max_`: the worst case).
fn work(what: &str, obj: &Map<String, Value>, prefix: &str) -> Result<Option<Work>, String> {
    type Make = fn(Decimal) -> Work;
    let kinds: [(&str, Make); 3] = [
        ("hours", Work::Hours),
        ("hours_per_week", Work::WeeklyHours),
        ("gross_wage", Work::Gross),
    ];
    let mut found = None;
    for (name, make) in kinds {
        let key = format!("{prefix}{name}");
        if let Some(v) = obj.get(&key) {
            if found.is_some() {
                return Err(format!("{what}: more than one kind of work"));
            }
            found = Some(make(decimal(&format!("{what}.{key}"), v)?));
        }
    }
    Ok(found)
}

fn month_entry(i: usize, v: &Value) -> Result<MonthInput, String> {
    let what = format!("months[{i}]");
    let obj = v.as_object().ok_or(format!("{what}: must be an object"))?;
    for key in obj.keys() {
        let known = key == "month"
            || ["hours", "hours_per_week", "gross_wage"]
                .iter()
                .any(|w| key == w || *key == format!("max_{w}"));
        if !known {
            return Err(format!("{what}.{key}: not a month key"));
        }
    }
    let month = obj
        .get("month")
        .and_then(Value::as_str)
        .and_then(YearMonth::parse)
        .ok_or(format!("{what}: needs a month (YYYY-MM)"))?;
    Ok(MonthInput {
        month,
        work: work(&what, obj, "")?.ok_or(format!("{what}: needs the work"))?,
        worst: work(&what, obj, "max_")?,
    })
}

fn plan(input: &Value) -> Result<Option<Plan>, String> {
    let Some(obj) = input.as_object() else {
        return Ok(None);
    };
    let Some(list) = obj.get("months") else {
        return Ok(None);
    };
    let list = list.as_array().ok_or("months: must be a list")?;
    let months = list
        .iter()
        .enumerate()
        .map(|(i, v)| month_entry(i, v))
        .collect::<Result<Vec<_>, _>>()?;
    let mut p = Plan::new(months);
    for (key, v) in obj {
        let k = key.as_str();
        match k {
            "before" => {
                let b = v.as_object().ok_or("before: must be an object")?;
                p.before = Some(work("before", b, "")?.ok_or("before: needs the work")?);
            }
            "estimate" => {
                p.estimate = match text(k, v)?.as_str() {
                    "last_month" => Estimate::LastMonth,
                    "average_3" => Estimate::Average3,
                    t => return Err(format!("{k}: {t:?} is not an estimate")),
                }
            }
            "pay" => {
                p.pay = match text(k, v)?.as_str() {
                    "monthly" => Pay::Monthly,
                    "four_weekly" => Pay::FourWeekly,
                    t => return Err(format!("{k}: {t:?} is not a way of pay")),
                }
            }
            "pay_lag_months" => p.pay_lag_months = count(k, v)?,
            "payslip_lag_months" => p.payslip_lag_months = count(k, v)?,
            "processing_months" => p.processing_months = count(k, v)?,
            "first_payday" => p.first_payday = Some(date(k, v)?),
            _ => {}
        }
    }
    Ok(Some(p))
}

// ---- output: the CLI's keys, amounts as strings with two decimals

fn amount(d: Decimal) -> Value {
    Value::String(format!("{d:.2}"))
}

fn opt(d: Option<Decimal>) -> Value {
    d.map_or(Value::Null, amount)
}

fn outcome_json(s: &Scenario, o: &Outcome) -> Value {
    let m = &o.now;
    let trace: Vec<Value> = o
        .trace
        .iter()
        .map(|t| json!({ "key": t.key.as_str() }))
        .collect();
    let notices: Vec<Value> = o.notices.iter().map(|n| json!({ "id": n.id() })).collect();
    let unconfirmed: Vec<Value> = o
        .unconfirmed
        .iter()
        .map(|u| json!({ "id": u.id, "valid_from": u.from.to_string(), "value": amount(u.value) }))
        .collect();
    let (pay_date, payment) = o.premie_payment;
    let extra_payments: Vec<Value> = o
        .year
        .extra_payments
        .iter()
        .map(|e| json!({ "month": e.month, "what": e.what.key(), "amount": amount(e.amount) }))
        .collect();
    json!({
        "date": s.date.to_string(),
        "parameters_from": o.parameters_from.to_string(),
        "notices": notices,
        "norm": amount(o.norm),
        "hourly_wage": amount(o.hourly_wage),
        "hourly_wage_is_minimum": o.hourly_is_minimum,
        "hours_per_week": amount(m.hours),
        "gross_base": amount(m.wage.gross_base),
        "holiday_pay": amount(m.wage.holiday_pay),
        "gross_wage": amount(m.wage.gross),
        "net_wage": amount(m.wage.net),
        "vrijlating": amount(m.vrijlating),
        "partner_net_wage": amount(m.partner_net),
        "top_up": amount(m.top_up),
        "premie": amount(m.premie),
        "premie_payment_month": format!("{:04}-{:02}", pay_date.year, pay_date.month),
        "premie_payment": amount(payment),
        "total": amount(m.total),
        "zorgtoeslag": amount(m.allowances.zorgtoeslag),
        "huurtoeslag": amount(m.allowances.huurtoeslag),
        "kindgebonden_budget": amount(m.allowances.kindgebonden_budget),
        "total_with_allowances": amount(m.total_with_allowances),
        "bank_ordinary_month": amount(o.year.bank_ordinary_month),
        "extra_payments": extra_payments,
        "in_bijstand": m.in_bijstand,
        "premie_under_27_left_out": o.premie_under_27,
        "outflow_hours": opt(o.outflow.map(|f| f.hours)),
        "outflow_gross_wage": opt(o.outflow.map(|f| f.gross)),
        "premie_cap_hours": opt(o.premie_cap_hours),
        "better_off_hours": opt(o.better_off_hours),
        "best_total_in_bijstand": opt(o.best_inside),
        "dip_from_hours": opt(o.dip.map(|d| d.from)),
        "dip_to_hours": opt(o.dip.and_then(|d| d.to)),
        "dip_amount": opt(o.dip.map(|d| d.amount)),
        "better_off_hours_with_allowances": opt(o.better_off_hours_with_allowances),
        "extra_hour_gain": amount(o.extra_hour_gain),
        "keep_cents_per_euro": opt(o.keep_cents_per_euro),
        "unconfirmed": unconfirmed,
        "trace": trace,
    })
}

fn months_json(p: &Plan, o: &months::MonthsOutcome) -> (Value, Value) {
    let rows: Vec<Value> = o
        .rows
        .iter()
        .map(|r| {
            json!({
                "month": r.month.to_string(),
                "hours": opt(r.hours),
                "norm": amount(r.norm),
                "earned": amount(r.earned),
                "earned_net": amount(r.earned_net),
                "paid_wage": amount(r.paid_wage),
                "paydays": r.paydays.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
                "paid_wage_net": amount(r.paid_wage_net),
                "holiday_pay_accrued": amount(r.holiday_pay_accrued),
                "holiday_pay_paid": amount(r.holiday_pay_paid),
                "holiday_pay_paid_net": amount(r.holiday_pay_paid_net),
                "counted_income": amount(r.counted_income),
                "vrijlating": amount(r.vrijlating),
                "estimate": amount(r.estimate),
                "advance": amount(r.advance),
                "top_up": amount(r.top_up),
                "due": amount(r.due),
                "in_bijstand": r.in_bijstand,
                "correction": amount(r.correction),
                "correction_month": r.correction_month.to_string(),
                "corrections_landing": amount(r.corrections_landing),
                "holiday_allowance_reserved": amount(r.holiday_allowance_reserved),
                "holiday_allowance_paid": amount(r.holiday_allowance_paid),
                "premie": amount(r.premie),
                "premie_paid": amount(r.premie_paid),
                "bank": amount(r.bank),
                "set_aside": amount(r.set_aside),
                "set_aside_worst": amount(r.set_aside_worst),
                "steps": r.steps.iter().map(|t| json!({ "key": t.key.as_str() })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let after: Vec<Value> = o
        .after
        .iter()
        .map(|l| {
            json!({
                "month": l.month.to_string(),
                "wage_net": amount(l.wage_net),
                "holiday_pay_net": amount(l.holiday_pay_net),
                "corrections": amount(l.corrections),
                "premie": amount(l.premie),
                "holiday_allowance": amount(l.holiday_allowance),
                "total": amount(l.total),
            })
        })
        .collect();
    let unconfirmed: Vec<Value> = o
        .unconfirmed
        .iter()
        .map(|u| json!({ "id": u.id, "valid_from": u.from.to_string(), "value": amount(u.value) }))
        .collect();
    let t = &o.totals;
    let summary = json!({
        "estimate": match p.estimate {
            Estimate::LastMonth => "last_month",
            Estimate::Average3 => "average_3",
        },
        "pay": match p.pay {
            Pay::Monthly => "monthly",
            Pay::FourWeekly => "four_weekly",
        },
        "pay_lag_months": p.pay_lag_months,
        "payslip_lag_months": p.payslip_lag_months,
        "processing_months": p.processing_months,
        "totals": {
            "earned": amount(t.earned),
            "paid_wage": amount(t.paid_wage),
            "paid_wage_net": amount(t.paid_wage_net),
            "holiday_pay_paid_net": amount(t.holiday_pay_paid_net),
            "counted_income": amount(t.counted_income),
            "advance": amount(t.advance),
            "top_up": amount(t.top_up),
            "due": amount(t.due),
            "correction": amount(t.correction),
            "corrections_landing": amount(t.corrections_landing),
            "holiday_allowance_reserved": amount(t.holiday_allowance_reserved),
            "holiday_allowance_paid": amount(t.holiday_allowance_paid),
            "premie": amount(t.premie),
            "premie_paid": amount(t.premie_paid),
            "bank": amount(t.bank),
            "set_aside": amount(t.set_aside),
            "set_aside_worst": amount(t.set_aside_worst),
        },
        "carried_in": {
            "holiday_pay_net": amount(o.carried_in.holiday_pay_net),
            "holiday_allowance": amount(o.carried_in.holiday_allowance),
            "premie": amount(o.carried_in.premie),
        },
        "after": after,
        "unconfirmed": unconfirmed,
    });
    (Value::Array(rows), summary)
}

/// A case's input through the rules, written with the CLI's keys; an
/// `{"error": …}` object when the input is not read or the rules refuse it.
fn run(input: &Value) -> Value {
    let result = (|| -> Result<Value, String> {
        let s = scenario(input)?;
        let p = plan(input)?;
        let o = calculate(&s).map_err(|e| e.to_string())?;
        let mut out = outcome_json(&s, &o);
        if let Some(p) = p {
            let m = months::calculate(&s, &p).map_err(|e| e.to_string())?;
            let (rows, summary) = months_json(&p, &m);
            let obj = out.as_object_mut().unwrap();
            obj.insert("months".to_string(), rows);
            obj.insert("months_summary".to_string(), summary);
        }
        Ok(out)
    })();
    result.unwrap_or_else(|e| json!({ "error": e }))
}

#[test]
fn every_case_through_the_rules() {
    let files = matcher::read_dir(&cases_dir());
    let mut failures = Vec::new();
    let mut count = 0;
    for (_, cases) in &files {
        for case in cases {
            failures.extend(matcher::check(case, &run(&case.input), &CLI_ONLY));
        }
        count += cases.len();
    }
    assert!(count >= 40, "only {count} cases");
    matcher::finish("the rules", count, &failures);
}

#[test]
fn every_case_has_a_name_and_a_source() {
    let problems = matcher::form_problems(&matcher::read_dir(&cases_dir()));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
