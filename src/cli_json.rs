//! JSON encoding for the `rekenhulp` CLI (host only): scenario in, outcome out.
//! The schema is documented in the README.

use crate::format::{formula, Lang};
use crate::input::months::PlanKey;
use crate::input::{set_field, Field, InputError};
use crate::rules::trace::Val;
use crate::rules::{Date, Outcome, Scenario};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

pub mod months;

/// Reads a scenario object; `date` defaults to today.
pub fn scenario_from_json(v: &Value, today: Date) -> Result<Scenario, String> {
    let obj = v.as_object().ok_or("a scenario must be a JSON object")?;
    let mut s = Scenario {
        date: today,
        ..Scenario::default()
    };
    for (key, value) in obj {
        // The month-by-month keys are read by `months::plan_from_json`.
        if PlanKey::from_key(key).is_some() {
            continue;
        }
        let text = match value {
            Value::String(t) => t.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null => String::new(),
            // A list (children's ages): its numbers, space-separated.
            Value::Array(items) => items
                .iter()
                .map(|i| match i {
                    Value::Number(n) => Ok(n.to_string()),
                    Value::String(t) => Ok(t.clone()),
                    _ => Err(format!("{key}: a list of numbers")),
                })
                .collect::<Result<Vec<_>, _>>()?
                .join(" "),
            _ => return Err(format!("{key}: must be a string, number or true/false")),
        };
        let field = Field::from_key(key)
            .ok_or_else(|| format!("{key}: {}", InputError::UnknownKey.text()))?;
        set_field(&mut s, field, &text)
            .map_err(|e| format!("{}: {:?} {}", e.field.key(), text, e.error.text()))?;
    }
    Ok(s)
}

pub(crate) fn amount(d: Decimal) -> Value {
    // A zero is "0.00", never "-0.00" (a negated zero keeps its sign bit).
    let d = if d.is_zero() { Decimal::ZERO } else { d };
    Value::String(format!("{:.2}", d))
}

fn opt(d: Option<Decimal>) -> Value {
    d.map_or(Value::Null, amount)
}

pub(crate) fn val(v: Val) -> Value {
    match v {
        Val::Money(d) | Val::Hours(d) => amount(d),
        Val::Percent(p) => Value::String(format!("{}", (p * Decimal::ONE_HUNDRED).normalize())),
        Val::Count(c) => json!(c),
    }
}

/// One trace step: key, amount, the Dutch formula with its numbers, values, source.
pub(crate) fn step_json(step: &crate::rules::trace::Step) -> Value {
    let values: Map<String, Value> = step
        .values
        .iter()
        .map(|(k, v)| ((*k).to_string(), val(*v)))
        .collect();
    json!({
        "key": step.key.as_str(),
        "amount": val(step.amount),
        "formula": formula(step, Lang::Nl),
        "values": values,
        "source": step.source.nl,
        "source_url": step.source.url,
    })
}

/// A notice: its id, the date it names, and its text in Dutch.
fn notice_json(n: &crate::rules::Notice) -> Value {
    use crate::rules::Notice;
    let date = match *n {
        Notice::AmountsCarriedForward {
            parameters_from, ..
        } => parameters_from,
        Notice::EarningsRulesChange { on, .. } => on,
    };
    json!({
        "id": n.id(),
        "date": date.to_string(),
        "text": crate::i18n::notice(Lang::Nl, n),
    })
}

/// The outcome as one JSON object (amounts as strings with two decimals).
pub fn outcome_json(s: &Scenario, o: &Outcome) -> Value {
    let m = &o.now;
    let trace: Vec<Value> = o.trace.iter().map(step_json).collect();
    let unconfirmed: Vec<Value> = o
        .unconfirmed
        .iter()
        .map(|u| json!({ "id": u.id, "valid_from": u.from.to_string(), "value": amount(u.value) }))
        .collect();
    let notices: Vec<Value> = o.notices.iter().map(notice_json).collect();
    let extra_payments: Vec<Value> = o
        .year
        .extra_payments
        .iter()
        .map(|e| json!({ "month": e.month, "what": e.what.key(), "amount": amount(e.amount) }))
        .collect();
    let changes: Vec<Value> = o.changes_at_outflow.iter().map(change_json).collect();
    let mut v = json!({
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
        "premie_payment_month": format!("{:04}-{:02}", o.premie_payment.0.year, o.premie_payment.0.month),
        "premie_payment": amount(o.premie_payment.1),
        "total": amount(m.total),
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
        "extra_hour_gain": amount(o.extra_hour_gain),
        "keep_cents_per_euro": opt(o.keep_cents_per_euro),
        "stadspas": o.stadspas,
        "stadspas_limit": amount(o.stadspas_limit),
        "changes_at_outflow": changes,
        "unconfirmed": unconfirmed,
        "trace": trace,
    });
    // The allowances (one macro call would be too deep for `json!`).
    let a = &m.allowances;
    for (key, value) in [
        ("zorgtoeslag", amount(a.zorgtoeslag)),
        ("huurtoeslag", amount(a.huurtoeslag)),
        ("kindgebonden_budget", amount(a.kindgebonden_budget)),
        ("toetsingsinkomen_year", amount(a.toetsingsinkomen_year)),
        ("total_with_allowances", amount(m.total_with_allowances)),
        ("allowances_set_aside", amount(o.allowances_set_aside)),
        (
            "extra_hour_gain_with_allowances",
            amount(o.extra_hour_gain_with_allowances),
        ),
        (
            "better_off_hours_with_allowances",
            opt(o.better_off_hours_with_allowances),
        ),
        (
            "best_total_with_allowances_in_bijstand",
            opt(o.best_inside_with_allowances),
        ),
    ] {
        v[key] = value;
    }
    v
}

/// One change when bijstand stops: `what` and its amounts.
pub(crate) fn change_json(c: &crate::rules::leaving::Change) -> Value {
    use crate::rules::leaving::Change;
    let mut v = match *c {
        Change::BijstandStops { per_month } => json!({ "per_month": amount(per_month) }),
        Change::PremieStops { per_year } => json!({ "per_year": amount(per_year) }),
        Change::Allowance { before, after, .. } => {
            json!({ "before": amount(before), "after": amount(after) })
        }
        Change::Stadspas {
            limit,
            kept,
            confirmed,
        } => json!({ "limit": amount(limit), "kept": kept, "confirmed": confirmed }),
        Change::Uitstroompremie {
            min,
            max,
            confirmed,
        } => json!({ "min": amount(min), "max": amount(max), "confirmed": confirmed }),
    };
    v["what"] = json!(c.key());
    v
}
