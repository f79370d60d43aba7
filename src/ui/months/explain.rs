//! How the months are worked out (html! version, size experiment).

use crate::format::Lang;
use crate::i18n::{self, t, Msg};
use yew::prelude::*;

/// The assumptions and where to ask.
pub fn months_explain(lang: Lang) -> Html {
    html! {
        <section id="months-explain" class="card explanation" aria-labelledby="months-explain-heading">
            <h2 id="months-explain-heading">{ t(lang, Msg::MonthsExplainHeading) }</h2>
            <p><strong>{ t(lang, Msg::Estimate) }</strong>{ " " }{ t(lang, Msg::MonthsExplainIntro) }</p>
            <ul id="months-assumptions" class="limits">
                { for i18n::list(lang, Msg::MonthsAssumptions).into_iter().map(|part| html! { <li>{ part.to_string() }</li> }) }
            </ul>
            <h3>{ t(lang, Msg::AskHeading) }</h3>
            <p>{ t(lang, Msg::EstimateReport) }</p>
        </section>
    }
}
