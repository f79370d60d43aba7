//! The planner's inputs: the pattern of work (steady, between two numbers,
//! a zero-hour contract, or a pasted list), the number of months, and the
//! choices that decide when money arrives (how the municipality estimates,
//! how long a payslip and a correction take, how the wage is paid). The
//! fields are the main form's (`ui::field`); each change is one
//! `(Key, text)`; nothing is calculated here. A problem shows in
//! `#months-error`, under the field it is about.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::input::months::{PlannerError, PlannerField};
use crate::rules::months::YearMonth;
use crate::ui::field::{form_field, Kind, Props as FieldProps};
use crate::ui::inputs::options;
use crate::ui::state::{Key, MonthsProblem};
use rust_decimal::Decimal;

type P = PlannerField;
use yew::prelude::*;

/// The message for the planner's problem, with the field's label when the
/// message alone would not say which field it is; `pattern` is the pattern
/// chosen (it names the hours fields).
pub fn problem_text(lang: Lang, pattern: &str, p: &MonthsProblem) -> String {
    match p {
        MonthsProblem::Input(
            e @ (PlannerError::Field { field, .. } | PlannerError::HoursRange { field }),
        ) => format!(
            "{}: {}",
            t(lang, label(pattern, *field)),
            i18n::planner_error(lang, *e)
        ),
        MonthsProblem::Input(e) => i18n::planner_error(lang, *e),
        MonthsProblem::Rule(e) => i18n::months_error(lang, e),
    }
}

/// The label of a planner field; the hours fields are named after the pattern.
pub fn label(pattern: &str, field: PlannerField) -> Msg {
    match (field, pattern) {
        (P::MonthsMin, "flex") => Msg::MonthsFieldMinFlex,
        (P::MonthsMax, "steady") => Msg::MonthsFieldMaxSteady,
        _ => field_label(field),
    }
}

/// The label of a planner field as such.
pub fn field_label(field: PlannerField) -> Msg {
    match field {
        P::MonthsPattern => Msg::MonthsFieldMonthsPattern,
        P::MonthsCount => Msg::MonthsFieldMonthsCount,
        P::MonthsMin => Msg::MonthsFieldMonthsMin,
        P::MonthsMax => Msg::MonthsFieldMonthsMax,
        P::MonthsList => Msg::MonthsFieldMonthsList,
        P::MonthsUnit => Msg::MonthsFieldMonthsUnit,
        P::MonthsBefore => Msg::MonthsFieldMonthsBefore,
        P::Estimate => Msg::MonthsFieldEstimate,
        P::Pay => Msg::MonthsFieldPay,
        P::PayLagMonths => Msg::MonthsFieldPayLagMonths,
        P::PayslipLagMonths => Msg::MonthsFieldPayslipLagMonths,
        P::ProcessingMonths => Msg::MonthsFieldProcessingMonths,
        P::NMonthsUsed => Msg::MonthsFieldNMonthsUsed,
    }
}

/// Option codes of the months of vrijlating n already used (the select shows
/// 0 up to the rules' `crate::rules::months::plan::MAX_N_MONTHS_USED`).
const N_USED_CODES: [&str; 13] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
];
/// A choice: its planner field, its hint and its options (code, text).
struct Choice {
    key: PlannerField,
    hint: Option<Msg>,
    options: &'static [(&'static str, Msg)],
}

const LAGS: [(&str, Msg); 7] = [
    ("0", Msg::MonthsLag0),
    ("1", Msg::MonthsLag1),
    ("2", Msg::MonthsLag2),
    ("3", Msg::MonthsLag3),
    ("4", Msg::MonthsLag4),
    ("5", Msg::MonthsLag5),
    ("6", Msg::MonthsLag6),
];

const PATTERN: Choice = Choice {
    key: P::MonthsPattern,
    hint: None,
    options: &[
        ("steady", Msg::MonthsPatternSteady),
        ("flex", Msg::MonthsPatternFlex),
        ("zero_hour", Msg::MonthsPatternZeroHour),
        ("list", Msg::MonthsPatternList),
    ],
};

const COUNT: Choice = Choice {
    key: P::MonthsCount,
    hint: None,
    options: &[("6", Msg::MonthsCount6), ("12", Msg::MonthsCount12)],
};

const UNIT: Choice = Choice {
    key: P::MonthsUnit,
    hint: None,
    options: &[
        ("month", Msg::MonthsUnitMonth),
        ("week", Msg::MonthsUnitWeek),
    ],
};

/// How the municipality works, and how the wage is paid (the delay of a
/// monthly wage last: it is only asked with monthly pay).
const TIMING: [Choice; 5] = [
    Choice {
        key: P::Estimate,
        hint: Some(Msg::MonthsHintEstimate),
        options: &[
            ("last_month", Msg::MonthsEstimateLastMonth),
            ("average_3", Msg::MonthsEstimateAverage3),
        ],
    },
    Choice {
        key: P::PayslipLagMonths,
        hint: Some(Msg::MonthsHintPayslipLag),
        options: &LAGS,
    },
    Choice {
        key: P::ProcessingMonths,
        hint: Some(Msg::MonthsHintProcessing),
        options: &LAGS,
    },
    Choice {
        key: P::Pay,
        hint: Some(Msg::MonthsHintPay),
        options: &[
            ("monthly", Msg::MonthsPayMonthly),
            ("four_weekly", Msg::MonthsPayFourWeekly),
        ],
    },
    Choice {
        key: P::PayLagMonths,
        hint: None,
        options: &[
            ("0", Msg::MonthsLag0Pay),
            ("1", Msg::MonthsLag1),
            ("2", Msg::MonthsLag2),
        ],
    },
];

/// What the planner's form shows, and where it reports a change.
pub struct Props<'a> {
    pub lang: Lang,
    /// The planner's text, in `PLAN_FIELDS` order.
    pub form: &'a [(PlannerField, String)],
    pub problem: Option<&'a MonthsProblem>,
    /// The first month (of the last scenario that calculated).
    pub start: Option<YearMonth>,
    /// The hours a week of that scenario.
    pub hours: Option<Decimal>,
    pub on_change: Callback<(Key, String)>,
}

/// The planner's form.
pub fn months_inputs(props: &Props<'_>) -> Html {
    let lang = props.lang;
    let text = |key: PlannerField| {
        props
            .form
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    };
    let pattern = text(P::MonthsPattern);
    let start = props.start;
    let hours = props
        .hours
        .map(|h| format::hours(h, lang))
        .unwrap_or_default();
    let problem = |field: Option<PlannerField>| {
        props
            .problem
            .filter(|p| p.field() == field)
            .map(|p| problem_text(lang, pattern, p))
    };
    let field = |key: PlannerField, hint: Option<String>, kind: Kind| {
        form_field(&FieldProps {
            field: Key::Plan(key),
            label: t(lang, label(pattern, key)).into(),
            hint: hint.map(AttrValue::from),
            error: problem(Some(key)).map(AttrValue::from),
            text: text(key).to_string().into(),
            kind,
            on_change: props.on_change.clone(),
        })
    };
    let choice = |c: &Choice| {
        let hint = match (c.key, pattern) {
            (P::MonthsCount, "list") => Some(t(lang, Msg::MonthsHintCountList)),
            _ => c.hint.map(|h| t(lang, h)),
        };
        field(c.key, hint, Kind::Select(options(lang, c.options)))
    };
    let number = |key, hint: String, placeholder: Option<String>| {
        field(
            key,
            Some(hint),
            Kind::Text {
                inputmode: "decimal",
                placeholder: placeholder.map(AttrValue::from),
            },
        )
    };
    let min = || {
        number(
            P::MonthsMin,
            tf(lang, Msg::MonthsHintMin, &[("hours", hours.clone())]),
            Some(hours.clone()),
        )
    };
    let max = || {
        let hint = if pattern == "steady" {
            Msg::MonthsHintMaxSteady
        } else {
            Msg::MonthsHintMax
        };
        number(P::MonthsMax, t(lang, hint), None)
    };
    let work = match pattern {
        "list" => {
            let first = start.map(|m| i18n::year_month(lang, m)).unwrap_or_default();
            let hint = tf(lang, Msg::MonthsHintList, &[("first", first)]);
            html! {
                <>
                { field(P::MonthsList, Some(hint), Kind::List) }
                { choice(&UNIT) }
                </>
            }
        }
        "zero_hour" => max(),
        _ => html! { <>{ min() }{ max() }</> },
    };
    // Months of vrijlating n already used: 0–6 (art. 31 lid 2 n, six months).
    let n_used = field(
        P::NMonthsUsed,
        Some(tf(
            lang,
            Msg::MonthsHintNMonthsUsed,
            &[(
                "max",
                crate::rules::months::plan::MAX_N_MONTHS_USED.to_string(),
            )],
        )),
        Kind::Select(
            N_USED_CODES
                .iter()
                .take(crate::rules::months::plan::MAX_N_MONTHS_USED as usize + 1)
                .map(|&n| {
                    let label = if n == "1" {
                        t(lang, Msg::MonthsNUsedOne)
                    } else {
                        tf(lang, Msg::MonthsNUsedMany, &[("n", n.to_string())])
                    };
                    (n, label)
                })
                .collect(),
        ),
    );
    // The delay of a monthly wage only with monthly pay.
    let timing = if text(P::Pay) == "four_weekly" {
        &TIMING[..4]
    } else {
        &TIMING[..]
    };

    html! {
        <section id="months-inputs" class="card inputs" aria-labelledby="months-inputs-heading">
            <h2 id="months-inputs-heading">{ t(lang, Msg::MonthsInputsHeading) }</h2>
            if let Some(m) = start {
                <p id="months-start" data-value={m.to_string()}>
                    { tf(lang, Msg::MonthsStart, &[("month", i18n::year_month(lang, m))]) }
                </p>
            }
            if let Some(e) = problem(None) {
                <p class="error" id="months-error" role="alert">{ e }</p>
            }
            { choice(&PATTERN) }
            { choice(&COUNT) }
            { work }
            { number(P::MonthsBefore, t(lang, Msg::MonthsHintBefore), None) }
            <h3>{ t(lang, Msg::MonthsTimingHeading) }</h3>
            { for timing.iter().map(choice) }
            { n_used }
        </section>
    }
}
