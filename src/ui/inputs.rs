//! The form: every input, its label, hint and error message. Each change is
//! one `Action::Set` for the reducer; nothing is calculated here.

use super::state::{id_of, Action, FieldProblem, Key, State};
use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::input::{self, Field};
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
    key: Key,
    id: &'static str,
    pub(crate) label: String,
    pub(crate) hint: Option<String>,
    pub(crate) error: Option<String>,
}

impl Common {
    pub(crate) fn new(
        state: &State,
        key: impl Into<Key>,
        label: Msg,
        hint: Option<String>,
    ) -> Common {
        let key = key.into();
        let lang = state.lang;
        let error = match key {
            Key::Scenario(f) => state.problem(f).map(|p| problem_text(lang, p)),
            Key::Plan(f) => state
                .months_problem
                .as_ref()
                .filter(|p| p.field() == Some(f))
                .map(|p| super::months::inputs::problem_text(state, p)),
        };
        Common {
            key,
            id: id_of(key),
            label: t(lang, label),
            hint,
            error,
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

pub(crate) fn set_text(
    state: &UseReducerHandle<State>,
    key: impl Into<Key>,
) -> Callback<InputEvent> {
    let state = state.clone();
    let key = key.into();
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        state.dispatch(key.set(input.value()));
    })
}

pub(crate) fn change_text(state: &UseReducerHandle<State>, key: impl Into<Key>) -> Callback<Event> {
    let state = state.clone();
    let key = key.into();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if input.value() != state.text(key) {
            state.dispatch(key.set(input.value()));
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

/// A select with (code, text) options.
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
            state.dispatch(key.set(select.value()));
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
            state.dispatch(key.set(input.checked().to_string()));
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

pub(crate) fn options(lang: Lang, codes: &[(&'static str, Msg)]) -> Vec<(&'static str, String)> {
    codes.iter().map(|(code, m)| (*code, t(lang, *m))).collect()
}

/// The hours: a text field and a slider that move together.
fn hours_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let c = Common::new(
        state,
        Field::HoursPerWeek,
        Msg::FieldHours,
        Some(t(lang, Msg::FieldHoursHint)),
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
                aria-label={t(lang, Msg::FieldHoursRange)}
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
            tf(lang, Msg::FieldWageHintMin, &[("min", m.clone())]),
            Some(tf(lang, Msg::FieldWagePlaceholder, &[("min", m.clone())])),
        ),
        None => (t(lang, Msg::FieldWageHint), None),
    };
    let c = Common::new(state, Field::HourlyWage, Msg::FieldWage, Some(hint));
    text_field(state, c, placeholder, "decimal")
}

/// The premie maximum, with the value we use when it is left empty.
fn premie_cap_field(state: &UseReducerHandle<State>) -> Html {
    let lang = state.lang;
    let ours = state
        .outcome()
        .filter(|_| state.text(Field::PremieCap).trim().is_empty())
        .and_then(|o| o.premie_cap);
    let hint = match ours {
        Some(cap) => tf(
            lang,
            Msg::FieldPremieCapHint,
            &[("cap", format::money(cap, lang))],
        ),
        None => t(lang, Msg::FieldPremieCapHintPlain),
    };
    let c = Common::new(state, Field::PremieCap, Msg::FieldPremieCap, Some(hint));
    text_field(state, c, None, "decimal")
}

/// The main inputs: hours, wage, household, housemates, age.
#[function_component(Situation)]
pub fn situation(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    html! {
        <section id="situation" class="card inputs" aria-labelledby="situation-heading">
            <h2 id="situation-heading">{ t(lang, Msg::InputsHeading) }</h2>
            { hours_field(state) }
            { wage_field(state) }
            { select_field(state, Common::new(state, Field::Household, Msg::FieldHousehold, None),
                &options(lang, &[
                    ("single", Msg::HouseholdSingle),
                    ("single_parent", Msg::HouseholdSingleParent),
                    ("couple", Msg::HouseholdCouple),
                ])) }
            { text_field(state, Common::new(state, Field::Housemates, Msg::FieldHousemates,
                Some(t(lang, Msg::FieldHousematesHint))), None, "numeric") }
            { select_field(state, Common::new(state, Field::Age, Msg::FieldAge, None),
                &options(lang, &[
                    ("18-20", Msg::AgeYouth),
                    ("21-aow", Msg::AgeAdult),
                    ("aow", Msg::AgeAow),
                ])) }
        </section>
    }
}

/// The rules and the date, and the rarer settings inside "Meer instellingen".
#[function_component(Settings)]
pub fn settings(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let household = state.text(Field::Household).to_string();
    // "More settings" opens by itself when a link set one of them.
    let more_open = use_state(|| {
        [
            Field::VrijlatingR,
            Field::PremieCap,
            Field::AgeYears,
            Field::PartnerAge,
            Field::YoungestChildAge,
        ]
        .iter()
        .any(|&k| !matches!(state.text(k), "" | "false"))
    });
    let ontoggle = {
        let more_open = more_open.clone();
        Callback::from(move |e: Event| {
            let details: Element = e.target_unchecked_into();
            more_open.set(details.has_attribute("open"));
        })
    };
    let show = |field: Field, relevant: bool| relevant || state.problem(field).is_some();

    html! {
        <section id="settings" class="card inputs" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{ t(lang, Msg::InputsSchemeHeading) }</h2>
            { date_field(state) }
            { select_field(state, Common::new(state, Field::KortingBy, Msg::FieldKortingBy,
                Some(t(lang, Msg::FieldKortingHint))),
                &options(lang, &[
                    ("employer", Msg::KortingEmployer),
                    ("municipality", Msg::KortingMunicipality),
                ])) }
            { select_field(state, Common::new(state, Field::Scheme, Msg::FieldScheme, None),
                &options(lang, &[
                    ("amsterdam", Msg::SchemeAmsterdam),
                    ("experiment", Msg::SchemeExperiment),
                    ("national", Msg::SchemeNational),
                ])) }
            { check_field(state, Common::new(state, Field::VrijlatingN, Msg::FieldVrijlatingN,
                Some(t(lang, Msg::FieldVrijlatingNHint)))) }
            <details class="more" open={*more_open} {ontoggle}>
                <summary>{ t(lang, Msg::InputsMore) }</summary>
                { check_field(state, Common::new(state, Field::VrijlatingR, Msg::FieldVrijlatingR,
                    Some(t(lang, Msg::FieldVrijlatingRHint)))) }
                { premie_cap_field(state) }
                { text_field(state, Common::new(state, Field::AgeYears, Msg::FieldAgeYears,
                    Some(t(lang, Msg::FieldAgeYearsHint))), None, "numeric") }
                if show(Field::PartnerAge, household == "couple") {
                    { select_field(state, Common::new(state, Field::PartnerAge, Msg::FieldPartnerAge, None),
                        &[
                            ("", t(lang, Msg::PartnerSame)),
                            ("18-20", t(lang, Msg::AgeYouth)),
                            ("21-aow", t(lang, Msg::AgeAdult)),
                            ("aow", t(lang, Msg::AgeAow)),
                        ]) }
                }
                if show(Field::Children, household == "couple") {
                    { check_field(state, Common::new(state, Field::Children, Msg::FieldChildren, None)) }
                }
                if show(Field::YoungestChildAge, household == "single_parent") {
                    { text_field(state, Common::new(state, Field::YoungestChildAge,
                        Msg::FieldYoungestChildAge, None), None, "numeric") }
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
        Field::Date,
        Msg::FieldDate,
        Some(t(lang, Msg::FieldDateHint)),
    );
    html! {
        <div class="field">
            <label for="date">{ c.label.clone() }</label>
            <input id="date" name="date" type="date"
                min={crate::rules::data::FIRST_DATE.to_string()}
                value={state.text(Field::Date).to_string()}
                aria-invalid={c.invalid()}
                aria-describedby={c.described_by()}
                oninput={set_text(state, Field::Date)}
                onchange={change_text(state, Field::Date)} />
            { c.error() }
            { c.hint() }
        </div>
    }
}

/// The text of a household choice.
pub fn household_msg(h: crate::rules::Household) -> Msg {
    use crate::rules::Household;
    match h {
        Household::Single => Msg::HouseholdSingle,
        Household::SingleParent => Msg::HouseholdSingleParent,
        Household::Couple => Msg::HouseholdCouple,
    }
}

/// The text of an age group.
pub fn age_msg(a: crate::rules::AgeGroup) -> Msg {
    use crate::rules::AgeGroup;
    match a {
        AgeGroup::Youth => Msg::AgeYouth,
        AgeGroup::Adult => Msg::AgeAdult,
        AgeGroup::Aow => Msg::AgeAow,
    }
}

/// The text of who applies the loonheffingskorting.
pub fn korting_msg(k: crate::rules::KortingBy) -> Msg {
    use crate::rules::KortingBy;
    match k {
        KortingBy::Employer => Msg::KortingEmployer,
        KortingBy::Municipality => Msg::KortingMunicipality,
    }
}

/// The text of a premie scheme.
pub fn scheme_msg(s: crate::rules::Scheme) -> Msg {
    use crate::rules::Scheme;
    match s {
        Scheme::Amsterdam => Msg::SchemeAmsterdam,
        Scheme::Experiment => Msg::SchemeExperiment,
        Scheme::National => Msg::SchemeNational,
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
    let choice = |field: Field| {
        let text = state.text(field);
        let m = match field {
            Field::Household => input::parse_household(text).ok().map(household_msg),
            Field::Age => input::parse_age(text).ok().map(age_msg),
            Field::KortingBy => input::parse_korting(text).ok().map(korting_msg),
            Field::Scheme => input::parse_scheme(text).ok().map(scheme_msg),
            _ => None,
        };
        m.map_or_else(|| text.to_string(), |m| t(lang, m))
    };
    let wage = match state.text(Field::HourlyWage).trim() {
        "" => state.minimum_wage.map_or_else(
            || t(lang, Msg::FieldWageHint),
            |m| {
                tf(
                    lang,
                    Msg::FieldWagePlaceholder,
                    &[("min", format::money(m, lang))],
                )
            },
        ),
        typed => typed.to_string(),
    };
    let date = crate::rules::Date::parse(state.text(Field::Date)).map_or_else(
        || state.text(Field::Date).to_string(),
        |d| i18n::date(lang, d),
    );
    let yes_no = |field: Field| {
        t(
            lang,
            if input::parse_bool(state.text(field)).unwrap_or(false) {
                Msg::PrintYes
            } else {
                Msg::PrintNo
            },
        )
    };
    let mut rows = Vec::with_capacity(9);
    if with_hours {
        rows.push((
            t(lang, Msg::FieldHours),
            state.text(Field::HoursPerWeek).to_string(),
        ));
    }
    rows.extend([
        (t(lang, Msg::FieldWage), wage),
        (t(lang, Msg::FieldHousehold), choice(Field::Household)),
        (
            t(lang, Msg::FieldHousemates),
            state.text(Field::Housemates).to_string(),
        ),
        (t(lang, Msg::FieldAge), choice(Field::Age)),
        (t(lang, Msg::FieldDate), date),
        (t(lang, Msg::FieldKortingBy), choice(Field::KortingBy)),
        (t(lang, Msg::FieldScheme), choice(Field::Scheme)),
        (t(lang, Msg::FieldVrijlatingN), yes_no(Field::VrijlatingN)),
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
            <h2>{ t(state.lang, Msg::PrintInputs) }</h2>
            { summary_list(summary_rows(state, true)) }
        </section>
    }
}
