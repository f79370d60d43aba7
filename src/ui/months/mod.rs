//! The month-by-month view ("Per maand"): the same situation as the main
//! view, the planner's inputs, then the table, the chart and the
//! explanation. It renders `rules::months::calculate`'s outcome, which the
//! reducer keeps in `State::months`; nothing is computed here.

pub mod chart;
pub mod explain;
pub mod inputs;
pub mod table;

use super::inputs::summary_rows;
use super::markup::Markup;
use super::state::State;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// Rows as a definition list.
fn rows(m: &mut Markup, rows: Vec<(String, String)>) {
    m.open("dl", &[]);
    for (label, value) in rows {
        m.open("div", &[])
            .el("dt", &[], &label)
            .el("dd", &[], &value)
            .close("div");
    }
    m.close("dl");
}

/// The whole view; `narrow` draws the chart for a phone.
pub fn months_view(state: &UseReducerHandle<State>, narrow: bool) -> Html {
    let lang = state.lang;
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("id", "months-situation"),
            ("class", "card inputs-summary"),
            ("aria-labelledby", "months-situation-heading"),
        ],
    )
    .el(
        "h2",
        &[("id", "months-situation-heading")],
        &t(lang, Msg::InputsHeading),
    )
    .el("p", &[], &t(lang, Msg::MonthsIntro));
    rows(&mut m, summary_rows(state, false));
    m.close("section");
    html! {
        <>
        { m.into_html() }
        { inputs::months_inputs(state) }
        { match &state.months {
            Some(m) => html! {
                <>
                { table::months_table(m, lang, state.months_stale()) }
                { chart::months_chart(m, lang, narrow) }
                { explain::months_explain(lang) }
                </>
            },
            None => html! {
                <section id="months-result" class="card result">
                    <p class="answer">{ t(lang, Msg::AppNoResult) }</p>
                </section>
            },
        } }
        </>
    }
}
