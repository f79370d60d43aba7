//! The months as a table, first: per month what is earned and paid, the
//! advance and the bijstand due, the correction and when it lands, the
//! premie and holiday money, what arrives in the bank and what to set aside.
//! Then the corrections in words.
//! Every number is a field of `MonthsOutcome`.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::rules::months::{MonthRow, Totals};
use crate::ui::markup::Markup;
use crate::ui::raw;
use crate::ui::state::MonthsResult;
use rust_decimal::Decimal;
use yew::Html;

/// One amount column: its `data-col`, its value in a row and in the totals.
struct Col {
    key: &'static str,
    row: fn(&MonthRow) -> Decimal,
    total: fn(&Totals) -> Decimal,
}

const fn col(
    key: &'static str,
    row: fn(&MonthRow) -> Decimal,
    total: fn(&Totals) -> Decimal,
) -> Col {
    Col { key, row, total }
}

/// The amount columns in order; `correction_month` follows `correction`.
const COLS: [Col; 14] = [
    col("earned", |r| r.earned, |t| t.earned),
    col("paid_wage", |r| r.paid_wage, |t| t.paid_wage),
    col("paid_wage_net", |r| r.paid_wage_net, |t| t.paid_wage_net),
    col(
        "holiday_pay",
        |r| r.holiday_pay_paid_net,
        |t| t.holiday_pay_paid_net,
    ),
    col("advance", |r| r.advance, |t| t.advance),
    col("due", |r| r.due, |t| t.due),
    col("correction", |r| r.correction, |t| t.correction),
    col(
        "corrections_landing",
        |r| r.corrections_landing,
        |t| t.corrections_landing,
    ),
    col("premie", |r| r.premie, |t| t.premie),
    col("premie_paid", |r| r.premie_paid, |t| t.premie_paid),
    col(
        "holiday_allowance",
        |r| r.holiday_allowance_paid,
        |t| t.holiday_allowance_paid,
    ),
    col("bank", |r| r.bank, |t| t.bank),
    col("set_aside", |r| r.set_aside, |t| t.set_aside),
    col(
        "set_aside_worst",
        |r| r.set_aside_worst,
        |t| t.set_aside_worst,
    ),
];

/// Every column's key in order; `months.columns` has their headers in
/// the same order.
pub fn column_keys() -> Vec<&'static str> {
    let mut keys = vec!["month", "hours"];
    for c in &COLS {
        keys.push(c.key);
        if c.key == "correction" {
            keys.push("correction_month");
        }
    }
    keys
}

/// The columns shown: the worst case only when the plan has one.
fn shown(worst: bool) -> impl Iterator<Item = &'static Col> {
    COLS.iter()
        .filter(move |c| worst || c.key != "set_aside_worst")
}

/// A correction with its sign: `+603,69` paid to you, `−1.181,87` claimed back.
fn signed(d: Decimal, lang: Lang) -> String {
    if d > Decimal::ZERO {
        format!("+{}", format::amount(d, lang))
    } else {
        format::amount(d, lang)
    }
}

/// The cells of column `c` in a row (`Some`) or in the totals (`None`):
/// the amount, and after the correction the month it lands.
fn cells(m: &mut Markup, c: &Col, row: Option<&MonthRow>, totals: &Totals, lang: Lang) {
    let v = row.map_or_else(|| (c.total)(totals), |r| (c.row)(r));
    let key = matches!(c.key, "bank" | "set_aside" | "set_aside_worst");
    let class = match (key, v < Decimal::ZERO) {
        (true, true) => "key negative",
        (true, false) => "key",
        (false, true) => "negative",
        (false, false) => "",
    };
    m.open(
        "td",
        &[
            ("data-col", c.key),
            ("data-value", &raw(v)),
            ("class", class),
        ],
    );
    m.text(&if c.key == "correction" {
        signed(v, lang)
    } else {
        format::amount(v, lang)
    });
    if let Some(r) = row.filter(|r| c.key == "paid_wage" && !r.paydays.is_empty()) {
        let days: Vec<String> = r
            .paydays
            .iter()
            .map(|d| tf(lang, Msg::MonthsPayday, &[("day", d.day.to_string())]))
            .collect();
        m.el("span", &[("class", "paydays")], &days.join(", "));
    }
    m.close("td");
    if c.key != "correction" {
        return;
    }
    match row {
        None => m.el("td", &[], ""),
        Some(r) => {
            let month = r.correction_month.to_string();
            m.open(
                "td",
                &[("data-col", "correction_month"), ("data-value", &month)],
            );
            // No correction: a dash (the month is still in `data-value`).
            m.text(&if r.correction.is_zero() {
                "–".to_string()
            } else {
                i18n::year_month(lang, r.correction_month)
            });
            m.close("td")
        }
    };
}

/// One row: the month, the hours and the amounts (or the totals).
fn row(m: &mut Markup, r: Option<&MonthRow>, totals: &Totals, worst: bool, lang: Lang) {
    let (month, name) = match r {
        Some(r) => (r.month.to_string(), i18n::year_month(lang, r.month)),
        None => (String::new(), t(lang, Msg::MonthsTotal)),
    };
    m.open("tr", &[("data-month", &month)])
        .el("th", &[("scope", "row")], &name);
    let hours = r.and_then(|r| r.hours);
    m.el(
        "td",
        &[
            ("data-col", if r.is_some() { "hours" } else { "" }),
            ("data-value", &hours.map(raw).unwrap_or_default()),
        ],
        &hours.map_or_else(String::new, |h| format::number(h, 2, lang)),
    );
    for c in shown(worst) {
        cells(m, c, r, totals, lang);
    }
    m.close("tr");
}

/// The table with the set-aside summary before it and the corrections after
/// it; `stale` when the input has a problem (these are the months of the
/// previous input).
pub fn months_table(result: &MonthsResult, lang: Lang, stale: bool) -> Html {
    let o = &result.outcome;
    let worst = result.plan.months.iter().any(|m| m.worst.is_some());
    let totals = &o.totals;
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("id", "months-result"),
            (
                "class",
                if stale {
                    "card months-result stale"
                } else {
                    "card months-result"
                },
            ),
            ("aria-labelledby", "months-result-heading"),
        ],
    )
    .el(
        "h2",
        &[("id", "months-result-heading")],
        &t(lang, Msg::MonthsResultHeading),
    );
    if stale {
        m.el("p", &[("class", "stale-note")], &t(lang, Msg::AppStale));
    }

    // What to set aside, first.
    let set_aside = if totals.set_aside > Decimal::ZERO {
        tf(
            lang,
            Msg::MonthsSetAsideTotal,
            &[("amount", format::money(totals.set_aside, lang))],
        )
    } else {
        t(lang, Msg::MonthsSetAsideNone)
    };
    m.open("div", &[("class", "set-aside")])
        .open(
            "p",
            &[
                ("id", "months-set-aside"),
                ("data-value", &raw(totals.set_aside)),
                ("data-worst", &raw(totals.set_aside_worst)),
            ],
        )
        .el("strong", &[], &set_aside)
        .close("p");
    if worst && totals.set_aside_worst > totals.set_aside {
        m.el(
            "p",
            &[("id", "months-set-aside-worst")],
            &tf(
                lang,
                Msg::MonthsSetAsideWorst,
                &[("amount", format::money(totals.set_aside_worst, lang))],
            ),
        );
    }
    m.open("p", &[("class", "estimate")])
        .el("strong", &[], &t(lang, Msg::Estimate))
        .close("p")
        .close("div")
        .el("p", &[("class", "hint")], &t(lang, Msg::MonthsTableHint));

    // The table: a scrollable region on small screens.
    m.open(
        "div",
        &[
            ("class", "table-wrap months-wrap"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "months-table-caption"),
        ],
    )
    .open("table", &[("id", "months-table")])
    .el(
        "caption",
        &[("id", "months-table-caption")],
        &t(lang, Msg::MonthsTableCaption),
    )
    .open("thead", &[])
    .open("tr", &[]);
    for (k, head) in column_keys()
        .into_iter()
        .zip(i18n::list(lang, Msg::MonthsColumns))
    {
        if worst || k != "set_aside_worst" {
            m.el("th", &[("scope", "col")], head);
        }
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for r in &o.rows {
        row(&mut m, Some(r), totals, worst, lang);
    }
    m.close("tbody").open("tfoot", &[]);
    row(&mut m, None, totals, worst, lang);
    m.close("tfoot").close("table").close("div");

    corrections(&mut m, result, lang);
    m.close("section");
    m.into_html()
}

/// Each correction in words: when it lands, and what to set aside for it.
fn corrections(m: &mut Markup, result: &MonthsResult, lang: Lang) {
    let o = &result.outcome;
    let ym = |x| i18n::year_month(lang, x);
    m.el("h3", &[], &t(lang, Msg::MonthsCorrectionsHeading));
    let changed: Vec<&MonthRow> = o.rows.iter().filter(|r| !r.correction.is_zero()).collect();
    if changed.is_empty() {
        m.el(
            "p",
            &[("id", "months-corrections")],
            &t(lang, Msg::MonthsCorrectionsNone),
        );
    } else {
        m.open(
            "ul",
            &[("id", "months-corrections"), ("class", "plain-list")],
        );
        for r in changed {
            let (key, amount) = if r.correction < Decimal::ZERO {
                (Msg::MonthsCorrectionBack, -r.correction)
            } else {
                (Msg::MonthsCorrectionExtra, r.correction)
            };
            m.el(
                "li",
                &[("data-month", &r.month.to_string())],
                &tf(
                    lang,
                    key,
                    &[
                        ("month", ym(r.month)),
                        ("amount", format::money(amount, lang)),
                        ("when", ym(r.correction_month)),
                    ],
                ),
            );
        }
        m.close("ul");
    }
}
