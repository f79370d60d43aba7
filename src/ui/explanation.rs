//! "Hoe rekenen we dit uit?": the engine's trace step by step (a sentence, the
//! formula with the real numbers, the source), the date of the figures, the
//! unconfirmed values used, and what the calculation does not include.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::rules::Outcome;
use crate::ui::browser;
use crate::ui::markup::Markup;
use crate::ui::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
}

/// The known limits and assumptions (Participatiewet and our own assumptions), one text each.
pub const LIMITS: [Msg; 13] = [
    Msg::LimitsMonths,
    Msg::LimitsTiming,
    Msg::LimitsPremieBase,
    Msg::LimitsVrijlating,
    Msg::LimitsOtherIncome,
    Msg::LimitsToeslagen,
    Msg::LimitsTax,
    Msg::LimitsCouple,
    Msg::LimitsLeaving,
    Msg::LimitsAow,
    Msg::LimitsYouthSupplement,
    Msg::LimitsAkRefund,
    Msg::LimitsLeftOut,
];

/// How long the explanation waits for the typing to stop.
const SETTLE_MS: u32 = 250;

#[function_component(Explanation)]
pub fn explanation(props: &Props) -> Html {
    // Far below the answer, and rebuilt on every keystroke: it follows a
    // quarter of a second after the typing stops (at once on the host).
    let shown = use_state(|| props.outcome.clone());
    {
        let shown = shown.clone();
        // By pointer: a new outcome is a new `Rc` (no deep comparison per keystroke).
        use_effect_with(Shared(props.outcome.clone()), move |o| {
            let o = o.0.clone();
            let timer = (!Rc::ptr_eq(&shown, &o))
                .then(|| browser::after(SETTLE_MS, move || shown.set(o)))
                .flatten();
            move || {
                let _timer = timer; // dropped: a newer outcome cancels it
            }
        });
    }
    // Drawn again only when the shown outcome or the language changes, not
    // on each keystroke while the typing goes on (the deps compare pointers).
    let lang = props.lang;
    let drawn = use_memo((Shared((*shown).clone()), lang), |(o, lang)| {
        body(&o.0, *lang)
    });
    (*drawn).clone()
}

/// The section for one outcome.
fn body(o: &Rc<Outcome>, lang: Lang) -> Html {
    // One string for the steps and the limits: they hold some 150 elements
    // (see `markup`).
    let mut steps = Markup::new();
    for step in &o.trace {
        steps
            .open("li", &[("data-key", step.key.as_str())])
            .el("p", &[("class", "step")], &i18n::step_sentence(lang, step))
            .open("p", &[("class", "formula")])
            .el("code", &[], &format::formula(step, lang))
            .close("p")
            .open("p", &[("class", "source")])
            .text(&format!("{}: ", t(lang, Msg::ExplainSource)))
            .el(
                "a",
                &[
                    ("href", step.source.url),
                    ("rel", "noopener noreferrer"),
                    ("target", "_blank"),
                ],
                i18n::source(lang, &step.source),
            )
            .close("p")
            .close("li");
    }
    let mut limits = Markup::new();
    for k in LIMITS {
        limits.el("li", &[], &t(lang, k));
    }
    html! {
        <section id="explanation" class="card explanation" aria-labelledby="explain-heading">
            <h2 id="explain-heading">{ t(lang, Msg::ExplainHeading) }</h2>
            <p>{ t(lang, Msg::ExplainIntro) }</p>
            <p id="parameter-date" data-value={o.parameters_from.to_string()}>
                { tf(lang, Msg::ExplainDate, &[
                    ("date", i18n::date(lang, o.date)),
                    ("from", i18n::date(lang, o.parameters_from)),
                ]) }
            </p>
            <Unconfirmed outcome={o.clone()} {lang} />
            <ol id="trace" class="trace">{ steps.html() }</ol>
            <h3>{ t(lang, Msg::LimitsHeading) }</h3>
            <ul id="limits" class="limits">
                { limits.html() }
            </ul>
            <h3>{ t(lang, Msg::AskHeading) }</h3>
            <p>{ t(lang, Msg::AskText) }</p>
        </section>
    }
}

/// The unconfirmed parameter values this outcome used, flagged.
#[function_component(Unconfirmed)]
pub fn unconfirmed(props: &Props) -> Html {
    let o = &props.outcome;
    let lang = props.lang;
    if o.unconfirmed.is_empty() {
        return html! {
            <div id="unconfirmed" class="unconfirmed none" data-count="0">
                <p>{ t(lang, Msg::UnconfirmedNone) }</p>
            </div>
        };
    }
    let items = o.unconfirmed.iter().map(|u| {
        let value = format::val(i18n::param_value(u.id, u.value), lang);
        html! {
            <li data-id={u.id}>
                { tf(lang, Msg::UnconfirmedItem, &[
                    ("name", i18n::param_name(lang, u.id)),
                    ("value", value),
                    ("from", i18n::date(lang, u.from)),
                ]) }
            </li>
        }
    });
    html! {
        <div id="unconfirmed" class="unconfirmed flagged" role="note"
            data-count={o.unconfirmed.len().to_string()} aria-labelledby="unconfirmed-heading">
            <h3 id="unconfirmed-heading"><span class="flag-icon" aria-hidden="true">{ "!" }</span>{ " " }{ t(lang, Msg::UnconfirmedHeading) }</h3>
            <p>{ t(lang, Msg::UnconfirmedIntro) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
