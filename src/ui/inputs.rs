//! The form: the situation (hours, wage, household, housemates, age), the
//! rules and the date, the rarer settings, and the inputs in words for print.
//! Each section gets the text and problem of its fields and reports a change
//! as `(Key, text)`; nothing is calculated here.

use super::field::{form_field, hours_field, Hours, Kind, Props as FieldProps};
use super::hooks::use_open;
use super::state::{FieldProblem, Key, State};
use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::input::{self, Field};
use crate::rules::Date;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// One input of the scenario as the form shows it: its text and its problem.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    pub text: AttrValue,
    pub problem: Option<FieldProblem>,
}

/// The message under a field, if it has a problem.
fn problem_text(lang: Lang, p: &FieldProblem) -> String {
    match p {
        FieldProblem::Input(e) => i18n::input_error(lang, *e),
        FieldProblem::Rule(e) => i18n::rule_error(lang, e),
    }
}

/// (code, text) options in the language.
pub(crate) fn options(lang: Lang, codes: &[(&'static str, Msg)]) -> Vec<(&'static str, String)> {
    codes.iter().map(|(code, m)| (*code, t(lang, *m))).collect()
}

/// A field of the scenario: its entry, label, hint and kind.
fn field(
    lang: Lang,
    on_change: &Callback<(Key, String)>,
    key: Field,
    entry: &Entry,
    label: Msg,
    hint: Option<String>,
    kind: Kind,
) -> Html {
    form_field(&FieldProps {
        field: Key::Scenario(key),
        label: t(lang, label).into(),
        hint: hint.map(AttrValue::from),
        error: entry.problem.as_ref().map(|p| problem_text(lang, p).into()),
        text: entry.text.clone(),
        kind,
        on_change: on_change.clone(),
    })
}

/// A text field for whole numbers.
fn numeric() -> Kind {
    Kind::Text {
        inputmode: "numeric",
        placeholder: None,
    }
}

#[derive(Properties, PartialEq)]
pub struct SituationProps {
    pub hours: Entry,
    /// The hours for the slider.
    pub slider: Decimal,
    /// Hours chosen with the slider.
    pub on_hours: Callback<Decimal>,
    /// The other fields, with the language and the change callback.
    pub others: OtherProps,
}

/// The main inputs: hours, wage, household, housemates, age.
#[function_component(Situation)]
pub fn situation(props: &SituationProps) -> Html {
    let p = props;
    let lang = p.others.lang;
    html! {
        <section id="situation" class="card inputs" aria-labelledby="situation-heading">
            <h2 id="situation-heading">{ t(lang, Msg::InputsHeading) }</h2>
            { hours_field(lang, Hours {
                text: p.hours.text.clone(),
                error: p.hours.problem.as_ref().map(|e| problem_text(lang, e).into()),
                slider: p.slider,
            }, &p.others.on_change, &p.on_hours) }
            <OtherFields ..p.others.clone() />
        </section>
    }
}

/// The situation but its hours: a component of its own, so a change of
/// hours (a keystroke, the slider, the chart) leaves these fields alone.
#[derive(Properties, PartialEq, Clone)]
pub struct OtherProps {
    pub lang: Lang,
    pub wage: Entry,
    /// The minimum hourly wage of the last outcome (the wage hint).
    pub minimum_wage: Option<Decimal>,
    pub household: Entry,
    pub partner_hours: Entry,
    pub partner_wage: Entry,
    pub children_ages: Entry,
    pub housemates: Entry,
    pub rent: Entry,
    pub age: Entry,
    /// The what-if "with the premie anyway" below 27.
    pub premie_under_27: Entry,
    /// The last outcome left the premie out for the age (art. 31 lid 5).
    pub premie_age_limited: bool,
    pub on_change: Callback<(Key, String)>,
}

#[function_component(OtherFields)]
fn other_fields(props: &OtherProps) -> Html {
    let lang = props.lang;
    let on = &props.on_change;
    let min = props.minimum_wage.map(|m| format::money(m, lang));
    let (wage_hint, placeholder) = match &min {
        Some(m) => (
            tf(lang, Msg::FieldWageHintMin, &[("min", m.clone())]),
            Some(tf(lang, Msg::FieldWagePlaceholder, &[("min", m.clone())]).into()),
        ),
        None => (t(lang, Msg::FieldWageHint), None),
    };
    html! {
        <>
            { field(lang, on, Field::HourlyWage, &props.wage, Msg::FieldWage, Some(wage_hint),
                Kind::Text { inputmode: "decimal", placeholder }) }
            { field(lang, on, Field::Household, &props.household, Msg::FieldHousehold, None,
                Kind::Select(options(lang, &[
                    ("single", Msg::HouseholdSingle),
                    ("single_parent", Msg::HouseholdSingleParent),
                    ("couple", Msg::HouseholdCouple),
                ]))) }
            if props.household.text == "couple" || props.partner_hours.problem.is_some() {
                { field(lang, on, Field::PartnerHoursPerWeek, &props.partner_hours,
                    Msg::FieldPartnerHours, Some(t(lang, Msg::FieldPartnerHoursHint)),
                    Kind::Text { inputmode: "decimal", placeholder: None }) }
                { field(lang, on, Field::PartnerHourlyWage, &props.partner_wage,
                    Msg::FieldPartnerWage, Some(t(lang, Msg::FieldPartnerWageHint)),
                    Kind::Text { inputmode: "decimal", placeholder: None }) }
            }
            { field(lang, on, Field::ChildrenAges, &props.children_ages, Msg::FieldChildrenAges,
                Some(t(lang, Msg::FieldChildrenAgesHint)), numeric()) }
            { field(lang, on, Field::Housemates, &props.housemates, Msg::FieldHousemates,
                Some(t(lang, Msg::FieldHousematesHint)), numeric()) }
            { field(lang, on, Field::Rent, &props.rent, Msg::FieldRent,
                Some(t(lang, Msg::FieldRentHint)),
                Kind::Text { inputmode: "decimal", placeholder: None }) }
            { field(lang, on, Field::Age, &props.age, Msg::FieldAge, None,
                Kind::Select(options(lang, &[
                    ("18-20", Msg::AgeYouth),
                    ("21-26", Msg::AgeYoungAdult),
                    ("27-aow", Msg::AgeAdult),
                    ("aow", Msg::AgeAow),
                ]))) }
            if props.premie_age_limited || props.premie_under_27.text == "true" {
                { field(lang, on, Field::PremieUnder27, &props.premie_under_27,
                    Msg::FieldPremieUnder27, Some(t(lang, Msg::FieldPremieUnder27Hint)),
                    Kind::Check) }
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub lang: Lang,
    pub date: Entry,
    /// The earliest date one can choose (from the last outcome).
    pub first_date: Option<Date>,
    pub korting_by: Entry,
    pub scheme: Entry,
    pub vrijlating_n: Entry,
    pub vrijlating_r: Entry,
    pub premie_cap: Entry,
    /// The premie maximum we use when the field is empty (from the outcome).
    pub our_premie_cap: Option<Decimal>,
    pub age_years: Entry,
    pub partner_age: Entry,
    pub children: Entry,
    pub youngest_child_age: Entry,
    pub gets_zorgtoeslag: Entry,
    pub gets_huurtoeslag: Entry,
    pub gets_kindgebonden_budget: Entry,
    /// The household chosen (which of the rarer fields apply).
    pub household: AttrValue,
    pub on_change: Callback<(Key, String)>,
}

/// The rules and the date, and the rarer settings inside "Meer instellingen".
#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let on = &props.on_change;
    let household = props.household.as_str();
    // "More settings" opens by itself when a link set one of them.
    let (more_open, ontoggle) = use_open(|| {
        [
            &props.vrijlating_r,
            &props.premie_cap,
            &props.age_years,
            &props.partner_age,
            &props.youngest_child_age,
        ]
        .iter()
        .any(|e| !matches!(e.text.as_str(), "" | "false"))
    });
    let show = |entry: &Entry, relevant: bool| relevant || entry.problem.is_some();
    // The premie maximum, with the value we use when it is left empty.
    let cap_hint = match props
        .our_premie_cap
        .filter(|_| props.premie_cap.text.trim().is_empty())
    {
        Some(cap) => tf(
            lang,
            Msg::FieldPremieCapHint,
            &[("cap", format::money(cap, lang))],
        ),
        None => t(lang, Msg::FieldPremieCapHintPlain),
    };

    html! {
        <section id="settings" class="card inputs" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{ t(lang, Msg::InputsSchemeHeading) }</h2>
            { field(lang, on, Field::Date, &props.date, Msg::FieldDate,
                Some(t(lang, Msg::FieldDateHint)),
                Kind::Date { min: props.first_date.map(|d| d.to_string().into()) }) }
            { field(lang, on, Field::KortingBy, &props.korting_by, Msg::FieldKortingBy,
                Some(t(lang, Msg::FieldKortingHint)),
                Kind::Select(options(lang, &[
                    ("employer", Msg::KortingEmployer),
                    ("municipality", Msg::KortingMunicipality),
                ]))) }
            { field(lang, on, Field::Scheme, &props.scheme, Msg::FieldScheme, None,
                Kind::Select(options(lang, &[
                    ("amsterdam", Msg::SchemeAmsterdam),
                    ("experiment", Msg::SchemeExperiment),
                    ("national", Msg::SchemeNational),
                ]))) }
            { field(lang, on, Field::VrijlatingN, &props.vrijlating_n, Msg::FieldVrijlatingN,
                Some(t(lang, Msg::FieldVrijlatingNHint)), Kind::Check) }
            <fieldset class="allowances">
                <legend>{ t(lang, Msg::AllowancesHeading) }</legend>
                <p class="hint">{ t(lang, Msg::AllowancesHint) }</p>
                { for [
                    (Field::GetsZorgtoeslag, &props.gets_zorgtoeslag, Msg::FieldGetsZorgtoeslag),
                    (Field::GetsHuurtoeslag, &props.gets_huurtoeslag, Msg::FieldGetsHuurtoeslag),
                    (Field::GetsKindgebondenBudget, &props.gets_kindgebonden_budget,
                        Msg::FieldGetsKindgebondenBudget),
                ].into_iter().map(|(f, entry, label)| field(lang, on, f, entry, label, None,
                    Kind::Select(options(lang, &[
                        ("unknown", Msg::ClaimNotKnown),
                        ("yes", Msg::ClaimYes),
                        ("no", Msg::ClaimNo),
                    ])))) }
            </fieldset>
            <details class="more" open={more_open} {ontoggle}>
                <summary>{ t(lang, Msg::InputsMore) }</summary>
                { field(lang, on, Field::VrijlatingR, &props.vrijlating_r, Msg::FieldVrijlatingR,
                    Some(t(lang, Msg::FieldVrijlatingRHint)), Kind::Check) }
                { field(lang, on, Field::PremieCap, &props.premie_cap, Msg::FieldPremieCap,
                    Some(cap_hint), Kind::Text { inputmode: "decimal", placeholder: None }) }
                { field(lang, on, Field::AgeYears, &props.age_years, Msg::FieldAgeYears,
                    Some(t(lang, Msg::FieldAgeYearsHint)), numeric()) }
                if show(&props.partner_age, household == "couple") {
                    { field(lang, on, Field::PartnerAge, &props.partner_age, Msg::FieldPartnerAge,
                        None, Kind::Select(vec![
                            ("", t(lang, Msg::PartnerSame)),
                            ("18-20", t(lang, Msg::AgeYouth)),
                            ("21-26", t(lang, Msg::AgeYoungAdult)),
                            ("27-aow", t(lang, Msg::AgeAdult)),
                            ("aow", t(lang, Msg::AgeAow)),
                        ])) }
                }
                if show(&props.children, household == "couple") {
                    { field(lang, on, Field::Children, &props.children, Msg::FieldChildren, None,
                        Kind::Check) }
                }
                if show(&props.youngest_child_age, household == "single_parent") {
                    { field(lang, on, Field::YoungestChildAge, &props.youngest_child_age,
                        Msg::FieldYoungestChildAge, None, numeric()) }
                }
            </details>
        </section>
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
        AgeGroup::YoungAdult => Msg::AgeYoungAdult,
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
        "" => state.minimum_wage().map_or_else(
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
    let date = Date::parse(state.text(Field::Date)).map_or_else(
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
    for (field, label) in [
        (Field::PartnerHoursPerWeek, Msg::FieldPartnerHours),
        (Field::PartnerHourlyWage, Msg::FieldPartnerWage),
        (Field::ChildrenAges, Msg::FieldChildrenAges),
        (Field::Rent, Msg::FieldRent),
    ] {
        let text = state.text(field).trim();
        if !text.is_empty() {
            rows.push((t(lang, label), text.to_string()));
        }
    }
    if input::parse_bool(state.text(Field::PremieUnder27)).unwrap_or(false) {
        rows.push((
            t(lang, Msg::FieldPremieUnder27),
            yes_no(Field::PremieUnder27),
        ));
    }
    rows
}

/// The inputs in words: (label, value) rows.
pub type Summary = Rc<Vec<(String, String)>>;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub lang: Lang,
    /// `summary_rows(state, true)`.
    pub rows: Summary,
}

/// Rows as a definition list.
pub fn summary_list(rows: &[(String, String)]) -> Html {
    html! {
        <dl>
            { for rows.iter().map(|(label, value)| html! {
                <div><dt>{ label.clone() }</dt><dd>{ value.clone() }</dd></div>
            }) }
        </dl>
    }
}

/// The inputs in words, for the printed page only (the form is hidden there).
#[function_component(PrintSummary)]
pub fn print_summary(props: &SummaryProps) -> Html {
    html! {
        <section class="print-only inputs-summary" aria-hidden="true">
            <h2>{ t(props.lang, Msg::PrintInputs) }</h2>
            { summary_list(&props.rows) }
        </section>
    }
}
