//! The planner's inputs: the pattern of work (steady, between two numbers,
//! a zero-hour contract, or a pasted list), the number of months, and the
//! choices that decide when money arrives (how the municipality estimates,
//! how long a payslip and a correction take, how the wage is paid). The
//! fields are the main form's (`ui::inputs`); each change is one
//! `Action::Set`; nothing is calculated here. A problem shows in
//! `#months-error`, under the field it is about.

use crate::format;
use crate::i18n::{self, t, tf};
use crate::input::months::PlannerError;
use crate::rules::months::YearMonth;
use crate::ui::inputs::{options, select_field, text_field, Common};
use crate::ui::state::{Action, MonthsProblem, State};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The message for the planner's problem, with the field's label when the
/// message alone would not say which field it is.
pub fn problem_text(state: &State, p: &MonthsProblem) -> String {
    let lang = state.lang;
    match p {
        MonthsProblem::Input(
            e @ (PlannerError::Field { field, .. } | PlannerError::HoursRange { field }),
        ) => format!(
            "{}: {}",
            t(lang, &label_key(state, field)),
            i18n::planner_error(lang, *e)
        ),
        MonthsProblem::Input(e) => i18n::planner_error(lang, *e),
        MonthsProblem::Rule(e) => i18n::months_error(lang, e),
    }
}

/// The label of a planner field; the hours fields are named after the pattern.
fn label_key(state: &State, key: &str) -> String {
    match (key, state.text("months_pattern")) {
        ("months_min", "flex") => "months.field.min_flex".to_string(),
        ("months_max", "steady") => "months.field.max_steady".to_string(),
        _ => format!("months.field.{key}"),
    }
}

fn field(state: &State, key: &'static str, hint: Option<String>) -> Common {
    Common::new(state, key, &label_key(state, key), hint)
}

/// A choice: its planner key, its hint (`""`: none) and its options
/// (code, message key).
struct Choice {
    key: &'static str,
    hint: &'static str,
    options: &'static [(&'static str, &'static str)],
}

const LAGS: [(&str, &str); 7] = [
    ("0", "months.lag_0"),
    ("1", "months.lag_1"),
    ("2", "months.lag_2"),
    ("3", "months.lag_3"),
    ("4", "months.lag_4"),
    ("5", "months.lag_5"),
    ("6", "months.lag_6"),
];

const PATTERN: Choice = Choice {
    key: "months_pattern",
    hint: "",
    options: &[
        ("steady", "months.pattern.steady"),
        ("flex", "months.pattern.flex"),
        ("zero_hour", "months.pattern.zero_hour"),
        ("list", "months.pattern.list"),
    ],
};

const COUNT: Choice = Choice {
    key: "months_count",
    hint: "",
    options: &[("6", "months.count_6"), ("12", "months.count_12")],
};

const UNIT: Choice = Choice {
    key: "months_unit",
    hint: "",
    options: &[("month", "months.unit.month"), ("week", "months.unit.week")],
};

/// How the municipality works, and how the wage is paid (the delay of a
/// monthly wage last: it is only asked with monthly pay).
const TIMING: [Choice; 5] = [
    Choice {
        key: "estimate",
        hint: "months.hint.estimate",
        options: &[
            ("last_month", "months.estimate.last_month"),
            ("average_3", "months.estimate.average_3"),
        ],
    },
    Choice {
        key: "payslip_lag_months",
        hint: "months.hint.payslip_lag",
        options: &LAGS,
    },
    Choice {
        key: "processing_months",
        hint: "months.hint.processing",
        options: &LAGS,
    },
    Choice {
        key: "pay",
        hint: "months.hint.pay",
        options: &[
            ("monthly", "months.pay.monthly"),
            ("four_weekly", "months.pay.four_weekly"),
        ],
    },
    Choice {
        key: "pay_lag_months",
        hint: "",
        options: &[
            ("0", "months.lag_0_pay"),
            ("1", "months.lag_1"),
            ("2", "months.lag_2"),
        ],
    },
];

fn choice(state: &UseReducerHandle<State>, c: &Choice) -> Html {
    let lang = state.lang;
    let hint = match (c.key, state.text("months_pattern")) {
        ("months_count", "list") => Some(t(lang, "months.hint.count_list")),
        _ if c.hint.is_empty() => None,
        _ => Some(t(lang, c.hint)),
    };
    select_field(state, field(state, c.key, hint), &options(lang, c.options))
}

/// The pasted list of hours.
fn list_field(state: &UseReducerHandle<State>, c: Common) -> Html {
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::Set("months_list", area.value()));
        })
    };
    html! {
        <div class="field">
            <label for="months-list">{ c.label.clone() }</label>
            <textarea id="months-list" name="months-list" rows="6" spellcheck="false"
                autocomplete="off" inputmode="decimal" maxlength="2000"
                value={state.text("months_list").to_string()}
                aria-invalid={c.invalid()} aria-describedby={c.described_by()}
                {oninput} />
            { c.error() }
            { c.hint() }
        </div>
    }
}

/// The planner's form.
pub fn months_inputs(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let pattern = state.text("months_pattern").to_string();
    let start = state.scenario().map(|s| YearMonth::of(s.date));
    let hours = state
        .scenario()
        .map(|s| format::hours(s.hours_per_week, lang))
        .unwrap_or_default();
    let general = state
        .months_problem
        .as_ref()
        .filter(|p| p.field().is_none())
        .map(|p| problem_text(state, p));
    let text = |key, hint: String, placeholder: Option<String>| {
        text_field(state, field(state, key, Some(hint)), placeholder, "decimal")
    };
    let min = || {
        text(
            "months_min",
            tf(lang, "months.hint.min", &[("hours", hours.clone())]),
            Some(hours.clone()),
        )
    };
    let max = || {
        let hint = if pattern == "steady" {
            "months.hint.max_steady"
        } else {
            "months.hint.max"
        };
        text("months_max", t(lang, hint), None)
    };
    let work = match pattern.as_str() {
        "list" => {
            let first = start.map(|m| i18n::year_month(lang, m)).unwrap_or_default();
            let hint = tf(lang, "months.hint.list", &[("first", first)]);
            html! {
                <>
                { list_field(state, field(state, "months_list", Some(hint))) }
                { choice(state, &UNIT) }
                </>
            }
        }
        "zero_hour" => max(),
        _ => html! { <>{ min() }{ max() }</> },
    };
    // The delay of a monthly wage only with monthly pay.
    let timing = if state.text("pay") == "four_weekly" {
        &TIMING[..4]
    } else {
        &TIMING[..]
    };

    html! {
        <section id="months-inputs" class="card inputs" aria-labelledby="months-inputs-heading">
            <h2 id="months-inputs-heading">{ t(lang, "months.inputs_heading") }</h2>
            if let Some(m) = start {
                <p id="months-start" data-value={m.to_string()}>
                    { tf(lang, "months.start", &[("month", i18n::year_month(lang, m))]) }
                </p>
            }
            if let Some(e) = general {
                <p class="error" id="months-error" role="alert">{ e }</p>
            }
            { choice(state, &PATTERN) }
            { choice(state, &COUNT) }
            { work }
            { text("months_before", t(lang, "months.hint.before"), None) }
            <h3>{ t(lang, "months.timing_heading") }</h3>
            { for timing.iter().map(|c| choice(state, c)) }
        </section>
    }
}
