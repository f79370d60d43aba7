//! The official words people see on their letters, explained in B1 Dutch and
//! plain English.

use crate::format::Lang;
use crate::i18n::t;
use yew::prelude::*;

/// Terms in the order they usually come up; texts are `glossary.<term>.term/.text`.
pub const TERMS: [&str; 9] = [
    "norm",
    "aanvulling",
    "verrekening",
    "vrijlating",
    "kostendeler",
    "uitstroom",
    "specificatie",
    "bijverdienpremie",
    "loonheffingskorting",
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Glossary)]
pub fn glossary(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <section id="glossary-section" class="card glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{ t(lang, "glossary.heading") }</h2>
            <p>{ t(lang, "glossary.intro") }</p>
            <dl id="glossary">
                { for TERMS.iter().map(|term| html! {
                    <div class="term" id={format!("term-{term}")}>
                        <dt lang="nl">{ t(lang, &format!("glossary.{term}.term")) }</dt>
                        <dd>{ t(lang, &format!("glossary.{term}.text")) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
