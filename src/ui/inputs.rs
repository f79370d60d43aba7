//! The form: every input, its label, hint and error message. Each change is
//! one `Action::Set` for the reducer; nothing is calculated here.

use super::state::{id_of, Action, FieldProblem, State};
use crate::format::{self, Lang};
use crate::i18n::{self, t, tf};
use crate::input;
use rust_decimal::Decimal;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// The message under a field, if it has a problem.
fn problem_text(lang: Lang, p: &FieldProblem) -> String {
    match p {
        FieldProblem::Input(e) => i18n::input_error(lang, *e),
        FieldProblem::Rule(e) => i18n::rule_error(lang, e),
    }
}

/// What every field shares: label, hint, error, and their ARIA links.
/// The month planner's fields share one error element, `#months-error`.
pub(crate) struct Common {
    key: &'static str,
    id: &'static str,
    pub(crate) label: String,
    pub(crate) hint: Option<String>,
    pub(crate) error: Option<String>,
}

impl Common {
    pub(crate) fn new(
        state: &State,
        key: &'static str,
        label_key: &str,
        hint: Option<String>,
    ) -> Common {
        let lang = state.lang;
        let planner = state
            .months_problem
            .as_ref()
            .filter(|p| p.field() == Some(key))
            .map(|p| super::months::inputs::problem_text(state, p));
        Common {
            key,
            id: id_of(key),
            label: t(lang, label_key),
            hint,
            error: state
                .problem(key)
                .map(|p| problem_text(lang, p))
                .or(planner),
        }
    }

    fn planner(&self) -> bool {
        self.id.starts_with("months-")
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    fn error_id(&self) -> String {
        if self.planner() {
            "months-error".to_string()
        } else {
            format!("{}-error", self.id)
        }
    }

    pub(crate) fn described_by(&self) -> Option<AttrValue> {
        let mut ids = Vec::new();
        if self.error.is_some() {
            ids.push(self.error_id());
        }
        if self.hint.is_some() {
            ids.push(self.hint_id());
        }
        (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
    }

    pub(crate) fn invalid(&self) -> Option<AttrValue> {
        self.error.as_ref().map(|_| AttrValue::from("true"))
    }

    pub(crate) fn hint(&self) -> Html {
        match &self.hint {
            Some(h) => html! { <p class="hint" id={self.hint_id()}>{ h.clone() }</p> },
            None => html! {},
        }
    }

    pub(crate) fn error(&self) -> Html {
        match &self.error {
            Some(e) => html! {
                <p class="error" id={self.error_id()} role="alert">{ e.clone() }</p>
            },
            None => html! {},
        }
    }
}

pub(crate) fn set_text(state: &UseReducerHandle<State>, key: &'static str) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        state.dispatch(Action::Set(key, input.value()));
    })
}

pub(crate) fn change_text(state: &UseReducerHandle<State>, key: &'static str) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if input.value() != state.text(key) {
            state.dispatch(Action::Set(key, input.value()));
        }
    })
}

/// A text field for numbers (Dutch or English notation).
pub(crate) fn text_field(
    state: &UseReducerHandle<State>,
    c: Common,
    placeholder: Option<String>,
    inputmode: &'static str,
) -> Html {
    html! {
        <div class="field">
            <label for={c.id}>{ c.label.clone() }</label>
            <input id={c.id} name={c.id} type="text" inputmode={inputmode} autocomplete="off"
                spellcheck="false"
                value={state.text(c.key).to_string()}
                placeholder={placeholder}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()}
                oninput={set_text(state, c.key)}
                onchange={change_text(state, c.key)} />
            { c.error() }
            { c.hint() }
        </div>
    }
}

/// A select with (code, message key) options.
pub(crate) fn select_field(
    state: &UseReducerHandle<State>,
    c: Common,
    options: &[(&str, String)],
) -> Html {
    let current = state.text(c.key).to_string();
    let onchange = {
        let state = state.clone();
        let key = c.key;
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::Set(key, select.value()));
        })
    };
    html! {
        <div class="field">
            <label for={c.id}>{ c.label.clone() }</label>
            <select id={c.id} name={c.id} {onchange}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()}>
                { for options.iter().map(|(code, text)| html! {
                    <option value={code.to_string()} selected={*code == current}>{ text.clone() }</option>
                }) }
            </select>
            { c.error() }
            { c.hint() }
        </div>
    }
}

/// A yes/no checkbox stored as "true"/"false".
fn check_field(state: &UseReducerHandle<State>, c: Common) -> Html {
    let checked = input::parse_bool(state.text(c.key)).unwrap_or(false);
    let onchange = {
        let state = state.clone();
        let key = c.key;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::Set(key, input.checked().to_string()));
        })
    };
    html! {
        <div class="field check">
            <input id={c.id} name={c.id} type="checkbox" {checked} {onchange}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()} />
            <label for={c.id}>{ c.label.clone() }</label>
            { c.error() }
            { c.hint() }
        </div>
    }
}

pub(crate) fn options(
    lang: Lang,
    codes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, String)> {
    codes
        .iter()
        .map(|(code, key)| (*code, t(lang, key)))
        .collect()
}

/// The hours: a text field and a slider that move together.
fn hours_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let c = Common::new(
        state,
        "hours_per_week",
        "field.hours",
        Some(t(lang, "field.hours_hint")),
    );
    let slider = slider_text(state.slider_hours());
    let on_slide = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(h) = input::parse_decimal(&input.value()) {
                state.dispatch(Action::SetHours(h));
            }
        })
    };
    html! {
        <div class="field hours">
            <label for="hours">{ c.label.clone() }</label>
            <input id="hours" name="hours" type="text" inputmode="decimal" autocomplete="off"
                class="hours-text"
                value={state.text(c.key).to_string()}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()}
                oninput={set_text(state, c.key)}
                onchange={change_text(state, c.key)} />
            <input id="hours-range" type="range" min="0" max="40" step="0.25"
                value={slider}
                aria-label={t(lang, "field.hours_range")}
                aria-valuetext={format::hours(state.slider_hours(), lang)}
                oninput={on_slide} />
            { c.error() }
            { c.hint() }
        </div>
    }
}

fn wage_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let min = state.minimum_wage.map(|m| format::money(m, lang));
    let (hint, placeholder) = match &min {
        Some(m) => (
            tf(lang, "field.wage_hint_min", &[("min", m.clone())]),
            Some(tf(lang, "field.wage_placeholder", &[("min", m.clone())])),
        ),
        None => (t(lang, "field.wage_hint"), None),
    };
    let c = Common::new(state, "hourly_wage", "field.wage", Some(hint));
    text_field(state, c, placeholder, "decimal")
}

/// The premie maximum, with the value we use when it is left empty.
fn premie_cap_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let ours = state
        .outcome()
        .filter(|_| state.text("premie_cap").trim().is_empty())
        .and_then(|o| o.premie_cap);
    let hint = match ours {
        Some(cap) => tf(
            lang,
            "field.premie_cap_hint",
            &[("cap", format::money(cap, lang))],
        ),
        None => t(lang, "field.premie_cap_hint_plain"),
    };
    let c = Common::new(state, "premie_cap", "field.premie_cap", Some(hint));
    text_field(state, c, None, "decimal")
}

/// The main inputs: hours, wage, household, housemates, age.
#[function_component(Situation)]
pub fn situation(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    html! {
        <section id="situation" class="card inputs" aria-labelledby="situation-heading">
            <h2 id="situation-heading">{ t(lang, "inputs.heading") }</h2>
            { hours_field(state) }
            { wage_field(state) }
            { select_field(state, Common::new(state, "household", "field.household", None),
                &options(lang, &[
                    ("single", "household.single"),
                    ("single_parent", "household.single_parent"),
                    ("couple", "household.couple"),
                ])) }
            { text_field(state, Common::new(state, "housemates", "field.housemates",
                Some(t(lang, "field.housemates_hint"))), None, "numeric") }
            { select_field(state, Common::new(state, "age", "field.age", None),
                &options(lang, &[
                    ("18-20", "age.18-20"),
                    ("21-aow", "age.21-aow"),
                    ("aow", "age.aow"),
                ])) }
        </section>
    }
}

/// The rules and the date, and the rarer settings inside "Meer instellingen".
#[function_component(Settings)]
pub fn settings(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let household = state.text("household").to_string();
    // "More settings" opens by itself when a link set one of them.
    let more_open = use_state(|| {
        [
            "vrijlating_r",
            "premie_cap",
            "age_years",
            "partner_age",
            "youngest_child_age",
        ]
        .iter()
        .any(|k| !matches!(state.text(k), "" | "false"))
    });
    let ontoggle = {
        let more_open = more_open.clone();
        Callback::from(move |e: Event| {
            let details: Element = e.target_unchecked_into();
            more_open.set(details.has_attribute("open"));
        })
    };
    let show = |key: &str, relevant: bool| relevant || state.problem(key).is_some();

    html! {
        <section id="settings" class="card inputs" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{ t(lang, "inputs.scheme_heading") }</h2>
            { date_field(state) }
            { select_field(state, Common::new(state, "korting_by", "field.korting_by",
                Some(t(lang, "field.korting_hint"))),
                &options(lang, &[
                    ("employer", "korting.employer"),
                    ("municipality", "korting.municipality"),
                ])) }
            { select_field(state, Common::new(state, "scheme", "field.scheme", None),
                &options(lang, &[
                    ("amsterdam", "scheme.amsterdam"),
                    ("experiment", "scheme.experiment"),
                    ("national", "scheme.national"),
                ])) }
            { check_field(state, Common::new(state, "vrijlating_n", "field.vrijlating_n",
                Some(t(lang, "field.vrijlating_n_hint")))) }
            <details class="more" open={*more_open} {ontoggle}>
                <summary>{ t(lang, "inputs.more") }</summary>
                { check_field(state, Common::new(state, "vrijlating_r", "field.vrijlating_r",
                    Some(t(lang, "field.vrijlating_r_hint")))) }
                { premie_cap_field(state) }
                { text_field(state, Common::new(state, "age_years", "field.age_years",
                    Some(t(lang, "field.age_years_hint"))), None, "numeric") }
                if show("partner_age", household == "couple") {
                    { select_field(state, Common::new(state, "partner_age", "field.partner_age", None),
                        &[
                            ("", t(lang, "partner.same")),
                            ("18-20", t(lang, "age.18-20")),
                            ("21-aow", t(lang, "age.21-aow")),
                            ("aow", t(lang, "age.aow")),
                        ]) }
                }
                if show("children", household == "couple") {
                    { check_field(state, Common::new(state, "children", "field.children", None)) }
                }
                if show("youngest_child_age", household == "single_parent") {
                    { text_field(state, Common::new(state, "youngest_child_age",
                        "field.youngest_child_age", None), None, "numeric") }
                }
            </details>
        </section>
    }
}

/// The date (type=date gives `YYYY-MM-DD`).
fn date_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let c = Common::new(
        state,
        "date",
        "field.date",
        Some(t(lang, "field.date_hint")),
    );
    html! {
        <div class="field">
            <label for="date">{ c.label.clone() }</label>
            <input id="date" name="date" type="date"
                min={crate::rules::data::FIRST_DATE.to_string()}
                value={state.text("date").to_string()}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()}
                oninput={set_text(state, "date")}
                onchange={change_text(state, "date")} />
            { c.error() }
            { c.hint() }
        </div>
    }
}

/// Hours as the slider's value: `12.25`.
pub fn slider_text(hours: Decimal) -> String {
    hours.round_dp(2).normalize().to_string()
}

/// The inputs of the situation in words: (label, value), in the form's
/// order; `with_hours` adds the hours a week first.
pub fn summary_rows(state: &State, with_hours: bool) -> Vec<(String, String)> {
    let lang = state.lang;
    let choice = |prefix: &str, key: &str| t(lang, &format!("{prefix}.{}", state.text(key)));
    let wage = match state.text("hourly_wage").trim() {
        "" => state.minimum_wage.map_or_else(
            || t(lang, "field.wage_hint"),
            |m| {
                tf(
                    lang,
                    "field.wage_placeholder",
                    &[("min", format::money(m, lang))],
                )
            },
        ),
        typed => typed.to_string(),
    };
    let date = crate::rules::Date::parse(state.text("date"))
        .map_or_else(|| state.text("date").to_string(), |d| i18n::date(lang, d));
    let yes_no = |key: &str| {
        t(
            lang,
            if input::parse_bool(state.text(key)).unwrap_or(false) {
                "print.yes"
            } else {
                "print.no"
            },
        )
    };
    let mut rows = Vec::with_capacity(9);
    if with_hours {
        rows.push((
            t(lang, "field.hours"),
            state.text("hours_per_week").to_string(),
        ));
    }
    rows.extend([
        (t(lang, "field.wage"), wage),
        (t(lang, "field.household"), choice("household", "household")),
        (
            t(lang, "field.housemates"),
            state.text("housemates").to_string(),
        ),
        (t(lang, "field.age"), choice("age", "age")),
        (t(lang, "field.date"), date),
        (t(lang, "field.korting_by"), choice("korting", "korting_by")),
        (t(lang, "field.scheme"), choice("scheme", "scheme")),
        (t(lang, "field.vrijlating_n"), yes_no("vrijlating_n")),
    ]);
    rows
}

/// Rows as a definition list.
fn summary_list(rows: Vec<(String, String)>) -> Html {
    html! {
        <dl>
            { for rows.into_iter().map(|(label, value)| html! {
                <div><dt>{ label }</dt><dd>{ value }</dd></div>
            }) }
        </dl>
    }
}

/// The inputs in words, for the printed page only (the form is hidden there).
#[function_component(PrintSummary)]
pub fn print_summary(props: &Props) -> Html {
    let state = &props.state;
    html! {
        <section class="print-only inputs-summary" aria-hidden="true">
            <h2>{ t(state.lang, "print.inputs") }</h2>
            { summary_list(summary_rows(state, true)) }
        </section>
    }
}
