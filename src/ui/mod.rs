//! The page (Yew). It renders what `rules::calculate` returns and never
//! computes a rule itself. `state` holds the pure reducer; one component per
//! file, each given the data it shows and callbacks for what it changes;
//! `hooks` holds the effects; `browser` wraps the few browser calls.

pub mod answer;
pub mod browser;
pub mod chart;
pub mod explanation;
pub mod field;
pub mod fragment;
pub mod glossary;
pub mod header;
pub mod hooks;
pub mod infoday;
pub mod inputs;
pub mod leaving;
pub mod markup;
pub mod meeting;
pub mod mode_switch;
pub mod months;
pub mod privacy;
pub mod room;
pub mod share;
pub mod state;
pub mod thresholds;
pub mod view_switch;

use crate::i18n::{t, Msg};
use crate::input::Field;
use crate::rules::months::YearMonth;
use hooks::{
    use_actions, use_address, use_document_lang, use_hash_change, use_later, use_narrow,
    use_remember, Actions,
};
use inputs::{summary_rows, Entry};
use room::Mode;
use rust_decimal::Decimal;
use state::{State, View};
use std::rc::Rc;
use yew::prelude::*;

/// An amount or hours as the browser tests read them: `1620.50`.
pub fn raw(d: Decimal) -> String {
    crate::format::plain_to(d, 2)
}

/// The localStorage key for remembered inputs.
pub use browser::STORE_KEY;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The fragment to start from; `None` reads the address bar.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// Only the first screen's frame (the header and the form, no amounts):
    /// written into index.html at build time, so a slow phone shows it
    /// before the app has loaded (see `examples/prerender.rs`).
    #[prop_or_default]
    pub shell: bool,
}

/// The fragment the page opens with: a link wins; without one, the inputs
/// remembered on this device (if asked).
fn start_fragment(given: Option<AttrValue>) -> String {
    given.map_or_else(
        || {
            let f = browser::fragment();
            // An in-page anchor (`#result`, after the skip link and a reload)
            // is no link: the remembered inputs are used.
            if state::is_link(&f) {
                f
            } else {
                browser::stored_inputs().unwrap_or_default()
            }
        },
        |f| f.to_string(),
    )
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start = props.fragment.clone();
    let state = use_reducer(move || State::new(browser::today(), &start_fragment(start)));
    let lang = state.lang;
    let fragment = AttrValue::from(state.fragment());
    let narrow = use_narrow();
    let actions = use_actions(state.dispatcher());
    let mode = state.room.mode;
    // An information day stores nothing, even if "Onthoud" was ticked.
    let remember = use_remember(
        fragment.clone(),
        actions.on_reset.clone(),
        mode != Mode::Infoday,
    );
    use_document_lang(lang);
    use_address();
    use_hash_change(actions.on_link.clone());
    let stage = use_later();
    let later = stage >= hooks::ALL;
    let months_view = state.view == View::Months;
    let header = header::header(
        lang,
        state.view,
        &actions.on_view,
        &actions.on_lang,
        mode_switch::mode_switch(lang, state.room, &actions.on_room),
    );
    if props.shell {
        return html! {
            <>
            <a class="skip" href="#result">{ t(lang, Msg::AppSkip) }</a>
            { header }
            <p id="link-status" class="link-status" role="status"></p>
            <main id="app" class="layout mode-own">{ situation_of(&state, &actions, true) }</main>
            </>
        };
    }

    html! {
        <>
        <a class="skip" href={if months_view { "#months-result" } else { "#result" }}>{ t(lang, Msg::AppSkip) }</a>
        { header }
        // A polite status above the form: empty unless the link was read in part.
        <p id="link-status" class="link-status" role="status">
            { if state.link_problem { t(lang, Msg::LinkProblem) } else { String::new() } }
        </p>
        if mode == Mode::Infoday {
            <infoday::Infoday {lang} room={state.room} on_room={actions.on_room.clone()}
                on_clear={remember.on_clear.clone()} />
        }
        <main id="app" class={classes!("layout", months_view.then_some("months-view"),
            format!("mode-{}", mode.code()))}>
            if months_view {
                { months_view_of(&state, &actions, narrow) }
            } else {
                { main_view_of(&state, &actions, narrow, stage) }
            }
            if later {
                <share::Share {lang} fragment={fragment} />
                <privacy::Privacy {lang} remember={remember.on} on_remember={remember.on_remember}
                    on_clear={remember.on_clear} cleared={remember.cleared} />
            }
        </main>
        if let (Some(o), false) = (state.outcome(), months_view) {
            <div class="mini-total" aria-hidden="true">
                { format!("{}: {}", t(lang, Msg::BreakdownTotal), crate::format::money_whole(o.now.total, lang)) }
            </div>
        }
        <footer class="bottom">
            <p>{ t(lang, Msg::Estimate) }{ " " }{ t(lang, Msg::PrintMade) }</p>
        </footer>
        </>
    }
}

/// A field's text and problem, for the form.
fn entry(state: &State, f: Field) -> Entry {
    Entry {
        text: AttrValue::from(state.text(f).to_string()),
        problem: state.problem(f).cloned(),
    }
}

/// The form of one's situation; in the `shell` without the amounts of a
/// date (the minimum wage), which the app fills in once it runs.
fn situation_of(state: &State, actions: &Actions, shell: bool) -> Html {
    let lang = state.lang;
    let e = |f| entry(state, f);
    let outcome = state.outcome();
    let others = inputs::OtherProps {
        lang,
        wage: e(Field::HourlyWage),
        minimum_wage: if shell { None } else { state.minimum_wage() },
        household: e(Field::Household),
        partner_hours: e(Field::PartnerHoursPerWeek),
        partner_wage: e(Field::PartnerHourlyWage),
        children_ages: e(Field::ChildrenAges),
        housemates: e(Field::Housemates),
        rent: e(Field::Rent),
        age: e(Field::Age),
        premie_under_27: e(Field::PremieUnder27),
        premie_age_limited: outcome.is_some_and(|o| o.premie_under_27),
        on_change: actions.on_change.clone(),
    };
    html! {
        <inputs::Situation hours={e(Field::HoursPerWeek)} slider={state.slider_hours()}
            on_hours={actions.on_hours.clone()} {others} />
    }
}

/// One average month: the form, the answer, the chart, the explanation
/// (drawn in `stage`s: the form; the answer; the chart and the thresholds;
/// the settings; the explanation and the glossary).
fn main_view_of(state: &State, actions: &Actions, narrow: bool, stage: u8) -> Html {
    let later = stage >= hooks::ALL;
    let outcome = state.outcome().filter(|_| stage >= 1);
    let lang = state.lang;
    let e = |f| entry(state, f);
    let on_change = &actions.on_change;
    html! {
        <>
        <inputs::PrintSummary {lang} rows={Rc::new(summary_rows(state, true))} />
        { situation_of(state, actions, false) }
        if stage >= 1 {
        { match outcome {
            Some(o) => html! {
                <answer::Answer outcome={o.clone()} {lang} stale={state.is_stale()}
                    no_premie={state.text(Field::Scheme) == "national"} />
            },
            None => html! {
                <section id="result" class="card result">
                    <p id="answer" class="answer" aria-live="polite">{ t(lang, Msg::AppNoResult) }</p>
                </section>
            },
        } }
        }
        if let (Some(o), true) = (outcome, stage >= 2) {
            <chart::Chart outcome={o.clone()} {lang} on_hours={actions.on_hours.clone()} {narrow} />
            <thresholds::Thresholds outcome={o.clone()} {lang} />
        }
        if let (Some(o), Some(s), Mode::Meeting) = (outcome, state.scenario(), state.room.mode) {
            { meeting::compare(lang, s, o, state.prepared.as_deref(), state.room, &actions.on_room) }
        }
        if stage >= 3 {
        <inputs::Settings {lang}
            date={e(Field::Date)} first_date={outcome.map(|o| o.first_date)}
            korting_by={e(Field::KortingBy)} scheme={e(Field::Scheme)}
            vrijlating_n={e(Field::VrijlatingN)} vrijlating_r={e(Field::VrijlatingR)}
            premie_cap={e(Field::PremieCap)} our_premie_cap={outcome.and_then(|o| o.premie_cap)}
            age_years={e(Field::AgeYears)} partner_age={e(Field::PartnerAge)}
            children={e(Field::Children)} youngest_child_age={e(Field::YoungestChildAge)}
            gets_zorgtoeslag={e(Field::GetsZorgtoeslag)} gets_huurtoeslag={e(Field::GetsHuurtoeslag)}
            gets_kindgebonden_budget={e(Field::GetsKindgebondenBudget)}
            household={AttrValue::from(state.text(Field::Household).to_string())}
            on_change={on_change.clone()} />
        }
        if later {
        if let Some(o) = outcome {
            <explanation::Explanation outcome={o.clone()} {lang} />
        }
        <glossary::Glossary {lang} />
        }
        </>
    }
}

/// Month by month: the situation in words, the planner, the months.
fn months_view_of(state: &State, actions: &Actions, narrow: bool) -> Html {
    let lang = state.lang;
    let scenario = state.scenario();
    html! {
        <>
        { months::months_situation(lang, &summary_rows(state, false)) }
        { months::inputs::months_inputs(&months::inputs::Props {
            lang,
            form: &state.plan_form,
            problem: state.months_problem.as_ref(),
            start: scenario.map(|s| YearMonth::of(s.date)),
            hours: scenario.map(|s| s.hours_per_week),
            on_change: actions.on_change.clone(),
        }) }
        { months::months_results(lang, state.months.as_ref(), state.months_stale(), narrow) }
        </>
    }
}
