//! How the months are worked out, in plain words: the assumptions (the
//! choices above are the key ones) and where to ask. The corrections are
//! told month by month under the table; unconfirmed values are listed in
//! the average-month view.

use crate::format::Lang;
use crate::i18n::{self, t, Msg};
use crate::ui::markup::Markup;
use yew::Html;

/// The assumptions and where to ask.
pub fn months_explain(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("id", "months-explain"),
            ("class", "card explanation"),
            ("aria-labelledby", "months-explain-heading"),
        ],
    )
    .el(
        "h2",
        &[("id", "months-explain-heading")],
        &t(lang, Msg::MonthsExplainHeading),
    )
    .open("p", &[])
    .el("strong", &[], &t(lang, Msg::Estimate))
    .text(" ")
    .text(&t(lang, Msg::MonthsExplainIntro))
    .close("p")
    .open("ul", &[("id", "months-assumptions"), ("class", "limits")]);
    // The assumptions (README "Month by month"), one text in parts.
    for part in i18n::list(lang, Msg::MonthsAssumptions) {
        m.el("li", &[], part);
    }
    m.close("ul");
    m.el("h3", &[], &t(lang, Msg::AskHeading))
        .el("p", &[], &t(lang, Msg::EstimateReport))
        .close("section");
    m.into_html()
}
