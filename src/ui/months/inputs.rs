//! The planner's inputs: the pattern of work (steady, between two numbers,
//! a zero-hour contract, or a pasted list), the number of months, and the
//! choices that decide when money arrives (how the municipality estimates,
//! how long a payslip and a correction take, how the wage is paid). The
//! fields are the main form's (`ui::inputs`); each change is one
//! `Action::SetPlan`; nothing is calculated here. A problem shows in
//! `#months-error`, under the field it is about.

use crate::format;
use crate::i18n::{self, t, tf, Msg};
use crate::input::months::{PlannerError, PlannerField};
use crate::rules::months::YearMonth;
use crate::ui::inputs::{options, select_field, text_field, Common};
use crate::ui::state::{Action, MonthsProblem, State};

type P = PlannerField;
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
            t(lang, label(state, *field)),
            i18n::planner_error(lang, *e)
        ),
        MonthsProblem::Input(e) => i18n::planner_error(lang, *e),
        MonthsProblem::Rule(e) => i18n::months_error(lang, e),
    }
}

/// The label of a planner field; the hours fields are named after the pattern.
pub fn label(state: &State, field: PlannerField) -> Msg {
    match (field, state.text(P::MonthsPattern)) {
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
    }
}

fn field(state: &State, key: PlannerField, hint: Option<String>) -> Common {
    Common::new(state, key, label(state, key), hint)
}

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

fn choice(state: &UseReducerHandle<State>, c: &Choice) -> Html {
    let lang = state.lang;
    let hint = match (c.key, state.text(P::MonthsPattern)) {
        (P::MonthsCount, "list") => Some(t(lang, Msg::MonthsHintCountList)),
        _ => c.hint.map(|h| t(lang, h)),
    };
    select_field(state, field(state, c.key, hint), &options(lang, c.options))
}

/// The pasted list of hours.
fn list_field(state: &UseReducerHandle<State>, c: Common) -> Html {
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::SetPlan(P::MonthsList, area.value()));
        })
    };
    html! {
        <div class="field">
            <label for="months-list">{ c.label.clone() }</label>
            <textarea id="months-list" name="months-list" rows="6" spellcheck="false"
                autocomplete="off" inputmode="decimal" maxlength="2000"
                value={state.text(P::MonthsList).to_string()}
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
    let pattern = state.text(P::MonthsPattern).to_string();
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
        text(P::MonthsMax, t(lang, hint), None)
    };
    let work = match pattern.as_str() {
        "list" => {
            let first = start.map(|m| i18n::year_month(lang, m)).unwrap_or_default();
            let hint = tf(lang, Msg::MonthsHintList, &[("first", first)]);
            html! {
                <>
                { list_field(state, field(state, P::MonthsList, Some(hint))) }
                { choice(state, &UNIT) }
                </>
            }
        }
        "zero_hour" => max(),
        _ => html! { <>{ min() }{ max() }</> },
    };
    // The delay of a monthly wage only with monthly pay.
    let timing = if state.text(P::Pay) == "four_weekly" {
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
            if let Some(e) = general {
                <p class="error" id="months-error" role="alert">{ e }</p>
            }
            { choice(state, &PATTERN) }
            { choice(state, &COUNT) }
            { work }
            { text(P::MonthsBefore, t(lang, Msg::MonthsHintBefore), None) }
            <h3>{ t(lang, Msg::MonthsTimingHeading) }</h3>
            { for timing.iter().map(|c| choice(state, c)) }
        </section>
    }
}
