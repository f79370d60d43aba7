//! Builds the explanation trace from the resolved context and the outcome:
//! one step per rule, with the real numbers and the legal source.

use super::data::minimum_wage::HOLIDAY_PAY_RATE;
use super::engine::Context;
use super::money::cents;
use super::outcome::Outcome;
use super::premie;
use super::scenario::Scenario;
use super::trace::{Step, Val};
use super::vrijlating::{Kind, NoneReason};
use super::wage::TaxRules;
use rust_decimal::Decimal;

const LB: &str = "Wet op de loonbelasting 1964; Wet IB 2001 art. 2.10 (schijven)";
const KORTING: &str = "Wet IB 2001 art. 8.10 (algemene heffingskorting), 8.11 (arbeidskorting)";
const MIDDELEN: &str = "Participatiewet art. 31 lid 3 (netto inkomen telt)";
const BIJSTAND: &str = "Participatiewet art. 19 lid 1 en art. 31 (norm − middelen)";
const THRESHOLD: &str = "Participatiewet art. 19 en 31; model.md stap 8–9";

fn money(name: &'static str, v: Decimal) -> (&'static str, Val) {
    (name, Val::Money(v))
}

fn step(
    key: &'static str,
    amount: Val,
    values: Vec<(&'static str, Val)>,
    formula: &'static str,
    source: &'static str,
) -> Step {
    Step {
        key,
        amount,
        values,
        formula,
        source,
    }
}

/// The whole trace, in the order of model.md.
pub fn trace(s: &Scenario, ctx: &Context, norm_step: Step, o: &Outcome) -> Vec<Step> {
    let m = &o.now;
    let w = &m.wage;
    let mut t = vec![norm_step];

    let wage_key = if ctx.hourly_is_minimum {
        "trace.hourly_wage_minimum"
    } else {
        "trace.hourly_wage"
    };
    t.push(step(
        wage_key,
        Val::Money(ctx.hourly),
        vec![money("wage", ctx.hourly)],
        "{wage}",
        "Wet minimumloon (minimumloon per uur)",
    ));
    t.push(step(
        "trace.gross_wage",
        Val::Money(w.gross_base),
        vec![
            ("hours", Val::Hours(m.hours)),
            money("wage", ctx.hourly),
            money("gross_base", w.gross_base),
        ],
        "{hours} × 52 / 12 × {wage} = {gross_base}",
        "model.md stap 2",
    ));
    t.push(step(
        "trace.holiday_pay",
        Val::Money(w.gross),
        vec![
            ("rate", Val::Percent(HOLIDAY_PAY_RATE)),
            money("gross_base", w.gross_base),
            money("holiday_pay", w.holiday_pay),
            money("gross", w.gross),
        ],
        "{rate} × {gross_base} = {holiday_pay}; {gross_base} + {holiday_pay} = {gross}",
        "Wet minimumloon art. 15 (vakantiebijslag); Participatiewet art. 32 lid 2",
    ));
    t.push(step(
        "trace.annual",
        Val::Money(w.annual),
        vec![money("gross", w.gross), money("annual", w.annual)],
        "12 × {gross} = {annual}",
        "model.md stap 3",
    ));
    t.push(bracket_step(ctx, w.annual, w.bracket_tax));

    let kortingen = w.ahk + w.ak + w.ouderenkorting;
    if ctx.employer_korting {
        let (key, formula) = match ctx.tax {
            TaxRules::Regular(_) => ("trace.kortingen", "{ahk} + {ak} = {kortingen}"),
            TaxRules::Aow { .. } => (
                "trace.kortingen_aow",
                "{ahk} + {ak} + {ouderenkorting} = {kortingen}",
            ),
        };
        t.push(step(
            key,
            Val::Money(kortingen),
            vec![
                money("ahk", w.ahk),
                money("ak", w.ak),
                money("ouderenkorting", w.ouderenkorting),
                money("kortingen", cents(kortingen)),
            ],
            formula,
            KORTING,
        ));
    } else {
        t.push(step(
            "trace.kortingen_municipality",
            Val::Money(Decimal::ZERO),
            vec![],
            "0",
            "Participatiewet art. 31 lid 1; Wet LB 1964 art. 22",
        ));
    }
    t.push(step(
        "trace.tax",
        Val::Money(w.tax),
        vec![
            money("bracket_tax", cents(w.bracket_tax)),
            money("kortingen", cents(kortingen)),
            money("tax", w.tax),
        ],
        "max(0; {bracket_tax} − {kortingen}) = {tax}",
        LB,
    ));
    t.push(step(
        "trace.net_wage",
        Val::Money(w.net),
        vec![
            money("annual", w.annual),
            money("tax", w.tax),
            money("net", w.net),
        ],
        "({annual} − {tax}) / 12 = {net}",
        MIDDELEN,
    ));
    t.push(vrijlating_step(ctx, w.net, m.vrijlating));
    t.push(if m.in_bijstand {
        step(
            "trace.top_up",
            Val::Money(m.top_up),
            vec![
                money("norm", ctx.norm),
                money("net", w.net),
                money("vrijlating", m.vrijlating),
                money("top_up", m.top_up),
            ],
            "{norm} − ({net} − {vrijlating}) = {top_up}",
            BIJSTAND,
        )
    } else {
        step(
            "trace.top_up_none",
            Val::Money(Decimal::ZERO),
            vec![
                money("norm", ctx.norm),
                money("net", w.net),
                money("vrijlating", m.vrijlating),
            ],
            "{net} − {vrijlating} ≥ {norm} → 0",
            BIJSTAND,
        )
    });
    t.push(premie_step(ctx, o));
    t.push(if m.in_bijstand {
        step(
            "trace.total",
            Val::Money(m.total),
            vec![
                money("net", w.net),
                money("top_up", m.top_up),
                money("premie", m.premie),
                money("total", m.total),
            ],
            "{net} + {top_up} + {premie} = {total}",
            "model.md stap 7",
        )
    } else {
        step(
            "trace.total_out",
            Val::Money(m.total),
            vec![money("total", m.total)],
            "{total}",
            "model.md stap 7",
        )
    });
    t.extend(threshold_steps(s, o));
    t
}

fn bracket_step(ctx: &Context, annual: Decimal, tax: Decimal) -> Step {
    let b = match ctx.tax {
        TaxRules::Regular(t) => &t.brackets,
        TaxRules::Aow { year, .. } => &year.brackets,
    };
    let formula = if annual <= b.limit1 {
        "{rate1} × {annual} = {bracket_tax}"
    } else if annual <= b.limit2 {
        "{rate1} × {limit1} + {rate2} × ({annual} − {limit1}) = {bracket_tax}"
    } else {
        "{rate1} × {limit1} + {rate2} × ({limit2} − {limit1}) + {rate3} × ({annual} − {limit2}) = {bracket_tax}"
    };
    step(
        "trace.bracket_tax",
        Val::Money(cents(tax)),
        vec![
            ("rate1", Val::Percent(b.rate1)),
            ("rate2", Val::Percent(b.rate2)),
            ("rate3", Val::Percent(b.rate3)),
            money("limit1", b.limit1),
            money("limit2", b.limit2),
            money("annual", annual),
            money("bracket_tax", cents(tax)),
        ],
        formula,
        LB,
    )
}

fn vrijlating_step(ctx: &Context, net: Decimal, v: Decimal) -> Step {
    match &ctx.vrijlating {
        Ok(rule) => step(
            match rule.kind {
                Kind::N => "trace.vrijlating_n",
                Kind::R => "trace.vrijlating_r",
            },
            Val::Money(v),
            vec![
                ("rate", Val::Percent(rule.rate)),
                money("net", net),
                money("raw", cents(rule.rate * net)),
                money("cap", rule.cap),
                money("vrijlating", v),
            ],
            "{rate} × {net} = {raw}; max {cap} → {vrijlating}",
            rule.source,
        ),
        Err(reason) => step(
            match reason {
                NoneReason::NotGranted => "trace.vrijlating_none",
                NoneReason::Under27 => "trace.vrijlating_under_27",
                NoneReason::NoYoungChild => "trace.vrijlating_no_young_child",
            },
            Val::Money(Decimal::ZERO),
            vec![],
            "0",
            "Participatiewet art. 31 lid 2 n, r en lid 5",
        ),
    }
}

fn premie_step(ctx: &Context, o: &Outcome) -> Step {
    let m = &o.now;
    let Some(rule) = ctx.premie else {
        return step(
            "trace.premie_national",
            Val::Money(Decimal::ZERO),
            vec![],
            "0",
            "Participatiewet (geen landelijke premie)",
        );
    };
    if !m.in_bijstand || m.wage.net.is_zero() {
        let key = if m.in_bijstand {
            "trace.premie_no_work"
        } else {
            "trace.premie_out"
        };
        return step(key, Val::Money(Decimal::ZERO), vec![], "0", rule.source);
    }
    let values = vec![
        ("rate", Val::Percent(rule.rate)),
        money("net", m.wage.net),
        money("raw", cents(rule.rate * m.wage.net)),
        money("cap", rule.cap),
        money("capped", premie::capped(&rule, m.wage.net)),
        money("vrijlating", m.vrijlating),
        money("premie", m.premie),
        (
            "months",
            Val::Count(super::data::premie::MONTHS_PER_PAYMENT),
        ),
        money("payment", o.premie_payment.1),
    ];
    let key = if rule.cap_from_user {
        "trace.premie_user_cap"
    } else {
        "trace.premie"
    };
    step(key, Val::Money(m.premie), values, "{rate} × {net} = {raw}; max {cap} → {capped}; {capped} − {vrijlating} = {premie}; {months} × {premie} = {payment}", rule.source)
}

fn threshold_steps(_s: &Scenario, o: &Outcome) -> Vec<Step> {
    let mut t = Vec::new();
    t.push(match o.outflow {
        Some(f) => step(
            "trace.outflow",
            Val::Hours(f.hours),
            vec![
                ("hours", Val::Hours(f.hours)),
                money("gross", f.gross),
                money("norm", o.norm),
            ],
            "{hours} → {gross}",
            THRESHOLD,
        ),
        None => step(
            "trace.outflow_none",
            Val::Hours(Decimal::ZERO),
            vec![],
            "—",
            THRESHOLD,
        ),
    });
    if let Some(h) = o.premie_cap_hours {
        let cap = o.premie_cap.unwrap_or_default();
        t.push(step(
            "trace.premie_cap_point",
            Val::Hours(h),
            vec![("hours", Val::Hours(h)), money("cap", cap)],
            "{hours} → {cap}",
            THRESHOLD,
        ));
    }
    if let (Some(h), Some(best)) = (o.better_off_hours, o.best_inside) {
        t.push(step(
            "trace.better_off",
            Val::Hours(h),
            vec![("hours", Val::Hours(h)), money("best_inside", best)],
            "{hours} → > {best_inside}",
            THRESHOLD,
        ));
    }
    t.push(step(
        "trace.extra_hour",
        Val::Money(o.extra_hour_gain),
        vec![
            money("gain", o.extra_hour_gain),
            (
                "cents",
                Val::Count(
                    o.keep_cents_per_euro
                        .map_or(0, |c| c.round().try_into().unwrap_or(0)),
                ),
            ),
        ],
        "+1 → {gain}",
        THRESHOLD,
    ));
    t
}
