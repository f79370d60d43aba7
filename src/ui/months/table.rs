//! The months as a table, first: per month what is earned and paid, the
//! advance and the bijstand due, the correction and when it lands, the
//! premie and holiday money, what arrives in the bank and what to set aside.
//! Then the corrections in words.
//! Every number is a field of `MonthsOutcome`.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::rules::months::{MonthRow, Totals};
use crate::ui::raw;
use crate::ui::state::MonthsResult;
use rust_decimal::Decimal;
use yew::prelude::*;

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

/// The cells of column `c` in a row (`Some`) or in the totals (`None`).
fn cells(c: &Col, row: Option<&MonthRow>, totals: &Totals, lang: Lang) -> Html {
    let v = row.map_or_else(|| (c.total)(totals), |r| (c.row)(r));
    let key = matches!(c.key, "bank" | "set_aside" | "set_aside_worst");
    let class = match (key, v < Decimal::ZERO) {
        (true, true) => Some("key negative"),
        (true, false) => Some("key"),
        (false, true) => Some("negative"),
        (false, false) => None,
    };
    let text = if c.key == "correction" {
        signed(v, lang)
    } else {
        format::amount(v, lang)
    };
    let paydays = row
        .filter(|r| c.key == "paid_wage" && !r.paydays.is_empty())
        .map(|r| {
            r.paydays
                .iter()
                .map(|d| tf(lang, Msg::MonthsPayday, &[("day", d.day.to_string())]))
                .collect::<Vec<_>>()
                .join(", ")
        });
    let month = (c.key == "correction").then(|| match row {
        None => html! { <td></td> },
        Some(r) => html! {
            <td data-col="correction_month" data-value={r.correction_month.to_string()}>
                { if r.correction.is_zero() { "–".to_string() } else { i18n::year_month(lang, r.correction_month) } }
            </td>
        },
    });
    html! {
        <>
        <td data-col={c.key} data-value={raw(v)} {class}>
            { text }
            if let Some(p) = paydays { <span class="paydays">{ p }</span> }
        </td>
        { for month }
        </>
    }
}

/// One row: the month, the hours and the amounts (or the totals).
fn row(r: Option<&MonthRow>, totals: &Totals, worst: bool, lang: Lang) -> Html {
    let (month, name) = match r {
        Some(r) => (Some(r.month.to_string()), i18n::year_month(lang, r.month)),
        None => (None, t(lang, Msg::MonthsTotal)),
    };
    let hours = r.and_then(|r| r.hours);
    html! {
        <tr data-month={month}>
            <th scope="row">{ name }</th>
            <td data-col={r.map(|_| "hours")} data-value={hours.map(raw)}>
                { hours.map_or_else(String::new, |h| format::number(h, 2, lang)) }
            </td>
            { for shown(worst).map(|c| cells(c, r, totals, lang)) }
        </tr>
    }
}

pub fn months_table(result: &MonthsResult, lang: Lang, stale: bool) -> Html {
    let o = &result.outcome;
    let worst = result.plan.months.iter().any(|m| m.worst.is_some());
    let totals = &o.totals;
    let set_aside = if totals.set_aside > Decimal::ZERO {
        tf(
            lang,
            Msg::MonthsSetAsideTotal,
            &[("amount", format::money(totals.set_aside, lang))],
        )
    } else {
        t(lang, Msg::MonthsSetAsideNone)
    };
    let heads = column_keys()
        .into_iter()
        .zip(i18n::list(lang, Msg::MonthsColumns))
        .filter(|(k, _)| worst || *k != "set_aside_worst")
        .map(|(_, head)| html! { <th scope="col">{ head.to_string() }</th> });
    html! {
        <section id="months-result" class={classes!("card", "months-result", stale.then_some("stale"))}
            aria-labelledby="months-result-heading">
            <h2 id="months-result-heading">{ t(lang, Msg::MonthsResultHeading) }</h2>
            if stale { <p class="stale-note">{ t(lang, Msg::AppStale) }</p> }
            // The short summary is announced when the plan changes (the
            // table and chart are not: too long to hear on every change).
            <div class="set-aside" id="months-summary" aria-live="polite" aria-atomic="true">
                <p id="months-set-aside" data-value={raw(totals.set_aside)} data-worst={raw(totals.set_aside_worst)}>
                    <strong>{ set_aside }</strong>
                </p>
                if worst && totals.set_aside_worst > totals.set_aside {
                    <p id="months-set-aside-worst">
                        { tf(lang, Msg::MonthsSetAsideWorst, &[("amount", format::money(totals.set_aside_worst, lang))]) }
                    </p>
                }
                <p class="estimate"><strong>{ t(lang, Msg::Estimate) }</strong></p>
            </div>
            <p class="hint">{ t(lang, Msg::MonthsTableHint) }</p>
            <div class="table-wrap months-wrap" tabindex="0" role="region" aria-labelledby="months-table-caption">
                <table id="months-table">
                    <caption id="months-table-caption">{ t(lang, Msg::MonthsTableCaption) }</caption>
                    <thead><tr>{ for heads }</tr></thead>
                    <tbody>{ for o.rows.iter().map(|r| row(Some(r), totals, worst, lang)) }</tbody>
                    <tfoot>{ row(None, totals, worst, lang) }</tfoot>
                </table>
            </div>
            { corrections(result, lang) }
        </section>
    }
}

fn corrections(result: &MonthsResult, lang: Lang) -> Html {
    let o = &result.outcome;
    let ym = |x| i18n::year_month(lang, x);
    let changed: Vec<&MonthRow> = o.rows.iter().filter(|r| !r.correction.is_zero()).collect();
    html! {
        <>
        <h3>{ t(lang, Msg::MonthsCorrectionsHeading) }</h3>
        if changed.is_empty() {
            <p id="months-corrections">{ t(lang, Msg::MonthsCorrectionsNone) }</p>
        } else {
            <ul id="months-corrections" class="plain-list">
                { for changed.into_iter().map(|r| {
                    let (key, amount) = if r.correction < Decimal::ZERO {
                        (Msg::MonthsCorrectionBack, -r.correction)
                    } else {
                        (Msg::MonthsCorrectionExtra, r.correction)
                    };
                    html! {
                        <li data-month={r.month.to_string()}>
                            { tf(lang, key, &[("month", ym(r.month)), ("amount", format::money(amount, lang)), ("when", ym(r.correction_month))]) }
                        </li>
                    }
                }) }
            </ul>
        }
        </>
    }
}
