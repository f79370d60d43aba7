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
use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
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

/// When a repayment would make a month's money negative: say so plainly and
/// show what paying back in parts would look like (the outcome's `spread`).
fn months_spread(m: &MonthsResult, lang: Lang) -> Html {
    let Some(spread) = &m.outcome.spread else {
        return html! {};
    };
    let rows = &m.outcome.rows;
    let negative: Vec<String> = rows
        .iter()
        .filter(|r| r.negative_bank)
        .map(|r| i18n::year_month(lang, r.month))
        .collect();
    let changed = spread
        .rows
        .iter()
        .zip(rows)
        .filter(|(s, r)| s.bank != r.bank)
        .map(|(s, _)| {
            let item = tf(
                lang,
                Msg::MonthsSpreadItem,
                &[
                    ("month", i18n::year_month(lang, s.month)),
                    ("bank", format::money(s.bank, lang)),
                ],
            );
            html! { <li data-month={s.month.to_string()} data-value={super::raw(s.bank)}>{ item }</li> }
        });
    html! {
        <section id="months-spread" class="card note" aria-labelledby="months-spread-heading">
            <h2 id="months-spread-heading">{ t(lang, Msg::MonthsSpreadHeading) }</h2>
            <p>{ tf(lang, Msg::MonthsSpreadText, &[
                ("months", negative.join(", ")),
                ("parts", spread.months.to_string()),
            ]) }</p>
            <ul>{ for changed }</ul>
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
            { months_spread(m, lang) }
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
