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
pub mod share;
pub mod state;
pub mod thresholds;

use crate::i18n::t;
use rust_decimal::Decimal;
use state::{Action, State};
use yew::prelude::*;

/// An amount or hours as the browser tests read them: `1620.50`.
pub fn raw(d: Decimal) -> String {
    format!("{d:.2}")
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The fragment to start from; `None` reads the address bar.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start = props.fragment.clone();
    let state = use_reducer(move || {
        let fragment = start.map_or_else(browser::fragment, |f| f.to_string());
        State::new(browser::today(), &fragment)
    });
    let lang = state.lang;
    let fragment = state.fragment();

    // The language on <html> and in the title.
    use_effect_with(lang, |lang| {
        browser::set_lang(lang.code(), &t(*lang, "app.doc_title"));
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
    let on_hours = {
        let state = state.clone();
        Callback::from(move |h: Decimal| state.dispatch(Action::SetHours(h)))
    };
    let no_premie = state.text("scheme") == "national";

    html! {
        <>
        <a class="skip" href="#result">{ t(lang, "app.skip") }</a>
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{ t(lang, "app.title") }</h1>
                    <p class="subtitle">{ t(lang, "app.subtitle") }</p>
                </div>
                <button id="lang-switch" type="button" class="button lang"
                    lang={t(lang, "lang.other_code")}
                    aria-label={t(lang, "lang.switch_label")}
                    onclick={on_lang}>
                    { t(lang, "lang.switch") }
                </button>
            </div>
        </header>
        <main id="app" class="layout">
            <inputs::Situation state={state.clone()} />
            { match state.outcome() {
                Some(o) => html! {
                    <answer::Answer outcome={o.clone()} {lang} stale={state.is_stale()} {no_premie} />
                },
                None => html! {
                    <section id="result" class="card result">
                        <p id="answer" class="answer" aria-live="polite">{ t(lang, "app.no_result") }</p>
                    </section>
                },
            } }
            <inputs::Settings state={state.clone()} />
            if let Some(o) = state.outcome() {
                <thresholds::Thresholds outcome={o.clone()} {lang} />
                <chart::Chart outcome={o.clone()} {lang} {on_hours} />
                <explanation::Explanation outcome={o.clone()} {lang} />
            }
            <glossary::Glossary {lang} />
            <share::Share {lang} fragment={AttrValue::from(fragment)} />
        </main>
        if let Some(o) = state.outcome() {
            <div class="mini-total" aria-hidden="true">
                { format!("{}: {}", t(lang, "breakdown.total"), crate::format::money_whole(o.now.total, lang)) }
            </div>
        }
        <footer class="bottom">
            <p>{ t(lang, "estimate") }{ " " }{ t(lang, "print.made") }</p>
        </footer>
        </>
    }
}
