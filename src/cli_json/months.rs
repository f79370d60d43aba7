//! JSON for the month-by-month view in `rekenhulp` (host only): the `months`
//! keys of a scenario in, a `months` list and `months_summary` out. The
//! schema is documented in the README ("Month by month").

use super::{amount, step_json};
use crate::input::months::{
    estimate_code, parse_before, parse_month_entry, pay_code, set_plan_field, PlanFieldError,
    PlanInputError, PlanKey, BEFORE_KEYS, MONTH_KEYS,
};
use crate::rules::months::{MonthRow, MonthsOutcome, Plan};
use serde_json::{json, Value};

/// What `months_summary.spread` assumes (the README says the same).
const SPREAD_ASSUMPTION: &str = "Our assumption, not a rule: a month whose money would be \
    negative pays nothing, and its shortfall is paid back in equal parts in the months after \
    it. The municipality decides how a repayment is paid back (art. 58); ask it for a \
    payment plan.";

/// A JSON scalar as the text a person would type; `None` for arrays and objects.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(t) => Some(t.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// An object's members as `(key, text)` pairs.
fn pairs(v: &Value, what: &str) -> Result<Vec<(String, String)>, String> {
    let obj = v.as_object().ok_or_else(|| {
        format!("{what}: must be an object such as {{\"month\": \"2026-03\", \"hours\": 60}}")
    })?;
    obj.iter()
        .map(|(k, v)| {
            text_of(v)
                .map(|t| (k.clone(), t))
                .ok_or_else(|| format!("{what}.{k}: must be a string or number"))
        })
        .collect()
}

fn message(what: &str, pairs: &[(String, String)], known: &[&str], e: PlanFieldError) -> String {
    match (e.field, e.error) {
        ("key", _) => {
            let key = pairs
                .iter()
                .find(|(k, _)| !known.contains(&k.as_str()))
                .map_or("?", |(k, _)| k.as_str());
            format!("{what}.{key}: {}", e.error.text())
        }
        (field, PlanInputError::Value(_) | PlanInputError::BadMonth) => {
            let typed = pairs
                .iter()
                .find(|(k, _)| k == field)
                .map(|(_, t)| format!(" {t:?}"))
                .unwrap_or_default();
            format!("{what}.{field}:{typed} {}", e.error.text())
        }
        _ => format!("{what}: {}", e.error.text()),
    }
}

fn borrowed(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// Reads the month-by-month keys of a scenario object; `None` without `months`.
pub fn plan_from_json(v: &Value) -> Result<Option<Plan>, String> {
    let Some(obj) = v.as_object() else {
        return Ok(None);
    };
    let Some(list) = obj.get("months") else {
        return match PlanKey::ALL.iter().find(|k| obj.contains_key(k.key())) {
            Some(k) => Err(format!("{}: only used with a \"months\" list", k.key())),
            None => Ok(None),
        };
    };
    let list = list.as_array().ok_or(
        "months: must be a list of months such as [{\"month\": \"2026-03\", \"hours\": 60}]",
    )?;
    let mut months = Vec::with_capacity(list.len().min(64));
    for (i, entry) in list.iter().enumerate() {
        let what = format!("months[{i}]");
        let p = pairs(entry, &what)?;
        months.push(
            parse_month_entry(&borrowed(&p)).map_err(|e| message(&what, &p, &MONTH_KEYS, e))?,
        );
    }
    let mut plan = Plan::new(months);
    for (key, value) in obj {
        match PlanKey::from_key(key) {
            None | Some(PlanKey::Months) => {}
            Some(PlanKey::Before) => {
                let p = pairs(value, "before")?;
                plan.before = Some(
                    parse_before(&borrowed(&p))
                        .map_err(|e| message("before", &p, &BEFORE_KEYS, e))?,
                );
            }
            Some(k) => {
                let text =
                    text_of(value).ok_or_else(|| format!("{key}: must be a string or number"))?;
                set_plan_field(&mut plan, k, &text)
                    .map_err(|e| format!("{key}: {text:?} {}", e.error.text()))?;
            }
        }
    }
    Ok(Some(plan))
}

fn row_json(r: &MonthRow) -> Value {
    json!({
        "month": r.month.to_string(),
        "hours": r.hours.map_or(Value::Null, amount),
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
        "negative_bank": r.negative_bank,
        "set_aside": amount(r.set_aside),
        "set_aside_worst": amount(r.set_aside_worst),
        "steps": r.steps.iter().map(step_json).collect::<Vec<_>>(),
    })
}

/// The `months` list and the `months_summary` object.
pub fn months_json(plan: &Plan, o: &MonthsOutcome) -> (Value, Value) {
    let t = &o.totals;
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
    let spread = o.spread.as_ref().map_or(Value::Null, |s| {
        json!({
            "months": s.months,
            "assumption": SPREAD_ASSUMPTION,
            "rows": s.rows.iter().map(|m| json!({
                "month": m.month.to_string(),
                "bank": amount(m.bank),
                "instalments": amount(m.instalments),
                "deferred": amount(m.deferred),
            })).collect::<Vec<_>>(),
            "after": s.after.iter().map(|(m, a)| json!({
                "month": m.to_string(),
                "instalments": amount(*a),
            })).collect::<Vec<_>>(),
        })
    });
    let summary = json!({
        "estimate": estimate_code(plan.estimate),
        "pay": pay_code(plan.pay),
        "pay_lag_months": plan.pay_lag_months,
        "payslip_lag_months": plan.payslip_lag_months,
        "processing_months": plan.processing_months,
        "vrijlating_n_months_used": plan.vrijlating_n_months_used,
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
        "spread": spread,
        "unconfirmed": unconfirmed,
    });
    (Value::Array(o.rows.iter().map(row_json).collect()), summary)
}

/// Adds `months` and `months_summary` to an outcome object.
pub fn add_months(outcome: &mut Value, plan: &Plan, o: &MonthsOutcome) {
    let (rows, summary) = months_json(plan, o);
    if let Some(obj) = outcome.as_object_mut() {
        obj.insert("months".to_string(), rows);
        obj.insert("months_summary".to_string(), summary);
    }
}
