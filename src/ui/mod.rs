//! The page (Yew). It renders what `rules::calculate` returns and never
//! computes a rule itself. `state` holds the pure reducer; one component per
//! file; `browser` wraps the few browser calls.

pub mod answer;
pub mod browser;
pub mod chart;
pub mod explanation;
pub mod fragment;
pub mod glossary;
pub mod inputs;
pub mod markup;
pub mod months;
pub mod privacy;
pub mod share;
pub mod state;
pub mod thresholds;
pub mod view_switch;

use crate::i18n::{t, Msg};
use rust_decimal::Decimal;
use state::{Action, State, View};
use yew::prelude::*;

/// An amount or hours as the browser tests read them: `1620.50`.
pub fn raw(d: Decimal) -> String {
    format!("{d:.2}")
}

/// The localStorage key for remembered inputs.
pub use browser::STORE_KEY;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The fragment to start from; `None` reads the address bar.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start = props.fragment.clone();
    // A link wins; without one, inputs remembered on this device (if asked).
    let state = use_reducer(move || {
        let fragment = start.map_or_else(
            || {
                let f = browser::fragment();
                if f.trim_start_matches('#').is_empty() {
                    browser::stored_inputs().unwrap_or_default()
                } else {
                    f
                }
            },
            |f| f.to_string(),
        );
        State::new(browser::today(), &fragment)
    });
    let remember = use_state(|| browser::stored_inputs().is_some());
    let cleared = use_state(|| false);
    let narrow = use_state_eq(browser::is_narrow);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_resize(move || narrow.set(browser::is_narrow()));
            move || {
                let _listener = listener;
            }
        });
    }
    let lang = state.lang;
    let fragment = state.fragment();

    // Stored only while "Onthoud" is ticked.
    use_effect_with((fragment.clone(), *remember), |(f, keep)| {
        if *keep {
            browser::store_inputs(f);
        } else {
            browser::forget_inputs();
        }
    });

    // The language on <html> and in the title.
    use_effect_with(lang, |lang| {
        browser::set_lang(lang.code(), &t(*lang, Msg::AppDocTitle));
    });
    // Every input in the address bar, without adding history entries.
    use_effect_with(fragment.clone(), |f| browser::replace_fragment(f));
    // Links pasted or edited in the address bar; then tell tests we are ready.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                browser::on_hash_change(move |f| state.dispatch(Action::LoadFragment(f)));
            browser::mark_ready();
            move || {
                let _listener = listener;
            }
        });
    }

    let on_lang = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleLang))
    };
    let on_view = {
        let state = state.clone();
        Callback::from(move |v: View| state.dispatch(Action::SetView(v)))
    };
    let months_view = state.view == View::Months;
    let on_hours = {
        let state = state.clone();
        Callback::from(move |h: Decimal| state.dispatch(Action::SetHours(h)))
    };
    let no_premie = state.text(crate::input::Field::Scheme) == "national";
    let on_remember = {
        let remember = remember.clone();
        let cleared = cleared.clone();
        Callback::from(move |on: bool| {
            cleared.set(false);
            remember.set(on);
        })
    };
    let on_clear = {
        let state = state.clone();
        let remember = remember.clone();
        let cleared = cleared.clone();
        Callback::from(move |()| {
            browser::clear_storage();
            remember.set(false);
            state.dispatch(Action::Reset);
            cleared.set(true);
        })
    };

    let main_view = html! {
        <>
        <inputs::PrintSummary state={state.clone()} />
        <inputs::Situation state={state.clone()} />
        { match state.outcome() {
            Some(o) => html! {
                <answer::Answer outcome={o.clone()} {lang} stale={state.is_stale()} {no_premie} />
            },
            None => html! {
                <section id="result" class="card result">
                    <p id="answer" class="answer" aria-live="polite">{ t(lang, Msg::AppNoResult) }</p>
                </section>
            },
        } }
        if let Some(o) = state.outcome() {
            <chart::Chart outcome={o.clone()} {lang} {on_hours} narrow={*narrow} />
            <thresholds::Thresholds outcome={o.clone()} {lang} />
        }
        <inputs::Settings state={state.clone()} />
        if let Some(o) = state.outcome() {
            <explanation::Explanation outcome={o.clone()} {lang} />
        }
        <glossary::Glossary {lang} />
        </>
    };

    html! {
        <>
        <a class="skip" href={if months_view { "#months-result" } else { "#result" }}>{ t(lang, Msg::AppSkip) }</a>
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{ t(lang, Msg::AppTitle) }</h1>
                    <p class="subtitle">{ t(lang, Msg::AppSubtitle) }</p>
                </div>
                <div class="top-actions">
                    { view_switch::view_switch(lang, state.view, &on_view) }
                    <button id="lang-switch" type="button" class="button lang"
                        lang={t(lang, Msg::LangOtherCode)}
                        aria-label={t(lang, Msg::LangSwitchLabel)}
                        onclick={on_lang}>
                        { t(lang, Msg::LangSwitch) }
                    </button>
                </div>
            </div>
        </header>
        <main id="app" class={classes!("layout", months_view.then_some("months-view"))}>
            if months_view {
                { months::months_view(&state, *narrow) }
            } else {
                { main_view }
            }
            <share::Share {lang} fragment={AttrValue::from(fragment)} />
            <privacy::Privacy {lang} remember={*remember} {on_remember} {on_clear} cleared={*cleared} />
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
