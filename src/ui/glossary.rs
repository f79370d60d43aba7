//! The official words people see on their letters, explained in B1 Dutch and
//! plain English.

use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// Terms in the order they usually come up: (id, term, explanation).
pub const TERMS: [(&str, Msg, Msg); 19] = [
    ("norm", Msg::GlossaryNormTerm, Msg::GlossaryNormText),
    (
        "bijstand",
        Msg::GlossaryBijstandTerm,
        Msg::GlossaryBijstandText,
    ),
    (
        "aanvulling",
        Msg::GlossaryAanvullingTerm,
        Msg::GlossaryAanvullingText,
    ),
    (
        "verrekening",
        Msg::GlossaryVerrekeningTerm,
        Msg::GlossaryVerrekeningText,
    ),
    (
        "vrijlating",
        Msg::GlossaryVrijlatingTerm,
        Msg::GlossaryVrijlatingText,
    ),
    (
        "kostendeler",
        Msg::GlossaryKostendelerTerm,
        Msg::GlossaryKostendelerText,
    ),
    (
        "uitstroom",
        Msg::GlossaryUitstroomTerm,
        Msg::GlossaryUitstroomText,
    ),
    (
        "specificatie",
        Msg::GlossarySpecificatieTerm,
        Msg::GlossarySpecificatieText,
    ),
    (
        "bijverdienpremie",
        Msg::GlossaryBijverdienpremieTerm,
        Msg::GlossaryBijverdienpremieText,
    ),
    (
        "loonheffingskorting",
        Msg::GlossaryLoonheffingskortingTerm,
        Msg::GlossaryLoonheffingskortingText,
    ),
    (
        "voorschot",
        Msg::GlossaryVoorschotTerm,
        Msg::GlossaryVoorschotText,
    ),
    (
        "terugvordering",
        Msg::GlossaryTerugvorderingTerm,
        Msg::GlossaryTerugvorderingText,
    ),
    (
        "vakantiegeld",
        Msg::GlossaryVakantiegeldTerm,
        Msg::GlossaryVakantiegeldText,
    ),
    (
        "consulent",
        Msg::GlossaryConsulentTerm,
        Msg::GlossaryConsulentText,
    ),
    (
        "toetsingsinkomen",
        Msg::GlossaryToetsingsinkomenTerm,
        Msg::GlossaryToetsingsinkomenText,
    ),
    (
        "zorgtoeslag",
        Msg::GlossaryZorgtoeslagTerm,
        Msg::GlossaryZorgtoeslagText,
    ),
    (
        "huurtoeslag",
        Msg::GlossaryHuurtoeslagTerm,
        Msg::GlossaryHuurtoeslagText,
    ),
    (
        "kindgebonden-budget",
        Msg::GlossaryKindgebondenBudgetTerm,
        Msg::GlossaryKindgebondenBudgetText,
    ),
    (
        "stadspas",
        Msg::GlossaryStadspasTerm,
        Msg::GlossaryStadspasText,
    ),
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
            <h2 id="glossary-heading">{ t(lang, Msg::GlossaryHeading) }</h2>
            <p>{ t(lang, Msg::GlossaryIntro) }</p>
            <dl id="glossary">
                { for TERMS.iter().map(|(id, term, text)| html! {
                    <div class="term" id={format!("term-{id}")}>
                        <dt lang="nl">{ t(lang, *term) }</dt>
                        <dd>{ t(lang, *text) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
