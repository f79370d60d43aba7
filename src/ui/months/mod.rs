//! The month-by-month view ("Per maand"): the same situation as the main
//! view, the planner's inputs, then the table, the chart and the
//! explanation. It renders `rules::months::calculate`'s outcome, which the
//! reducer keeps in `State::months`; nothing is computed here.

pub mod chart;
pub mod explain;
pub mod inputs;
pub mod table;

use super::inputs::summary_list;
use super::state::{MonthsResult, Shared};
use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// The situation in words (it is set in the main view): `rows` are
/// `summary_rows(state, false)`, without the hours.
pub fn months_situation(lang: Lang, rows: &[(String, String)]) -> Html {
    html! {
        <section id="months-situation" class="card inputs-summary"
            aria-labelledby="months-situation-heading">
            <h2 id="months-situation-heading">{ t(lang, Msg::InputsHeading) }</h2>
            <p>{ t(lang, Msg::MonthsIntro) }</p>
            { summary_list(rows) }
        </section>
    }
}

/// The table, the chart and the explanation of the last plan that
/// calculated; `stale` when the input has a problem (these are the months of
/// the previous input); `narrow` draws the chart for a phone.
pub fn months_results(
    lang: Lang,
    result: Option<&Shared<MonthsResult>>,
    stale: bool,
    narrow: bool,
) -> Html {
    match result {
        Some(m) => html! {
            <>
            { table::months_table(m, lang, stale) }
            { chart::months_chart(m, lang, narrow) }
            { explain::months_explain(lang) }
            </>
        },
        None => html! {
            <section id="months-result" class="card result">
                <p class="answer">{ t(lang, Msg::AppNoResult) }</p>
            </section>
        },
    }
}
