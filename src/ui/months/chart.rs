//! Money in the bank per month as a bar chart (inline SVG), with the part to
//! set aside marked on each bar. The table above holds the same numbers; one
//! sentence names the highest and lowest month for screen readers and print.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::ui::markup::Markup;
use crate::ui::raw;
use crate::ui::state::MonthsResult;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;
use yew::Html;

/// Whole euros, for drawing (the drawing is in whole units; no floats, so
/// no float formatting code in the wasm).
fn euros(d: Decimal) -> i32 {
    d.round().to_i32().unwrap_or(0)
}

/// A round step for the money axis, at most five steps up to `max` euros.
fn step_for(max: i32) -> i32 {
    [100, 200, 250, 500, 1000, 2000, 5000]
        .into_iter()
        .find(|s| max <= 5 * s)
        .unwrap_or(10_000)
}

/// `v` rounded up to a multiple of `step` (both ≥ 0).
fn up_to(v: i32, step: i32) -> i32 {
    (v + step - 1) / step * step
}

/// One sentence: the months with the most and the least money arriving.
pub fn summary(result: &MonthsResult, lang: Lang) -> String {
    let rows = &result.outcome.rows;
    let high = rows.iter().max_by(|a, b| a.bank.cmp(&b.bank));
    let low = rows.iter().min_by(|a, b| a.bank.cmp(&b.bank));
    match (high, low) {
        (Some(h), Some(l)) => tf(
            lang,
            Msg::MonthsChartSummary,
            &[
                ("high_month", i18n::year_month(lang, h.month)),
                ("high", format::money_whole(h.bank, lang)),
                ("low_month", i18n::year_month(lang, l.month)),
                ("low", format::money_whole(l.bank, lang)),
            ],
        ),
        _ => String::new(),
    }
}

/// The chart; `narrow` draws a smaller picture for a phone.
pub fn months_chart(result: &MonthsResult, lang: Lang, narrow: bool) -> Html {
    let rows = &result.outcome.rows;
    let (w, h, left, right, top, bottom): (i32, i32, i32, i32, i32, i32) = if narrow {
        (340, 240, 58, 6, 16, 30)
    } else {
        (640, 260, 66, 10, 16, 30)
    };
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let banks: Vec<i32> = rows.iter().map(|r| euros(r.bank)).collect();
    let max = banks.iter().copied().fold(0, i32::max);
    let min = banks.iter().copied().fold(0, i32::min);
    let step = step_for(max.max(-min) * 105 / 100);
    let y_top = up_to(max * 105 / 100, step).max(step);
    let y_low = -up_to(-min, step);
    let span = y_top - y_low;
    let y_of = |v: i32| top + plot_h * (y_top - v.max(y_low).min(y_top)) / span;
    let n = i32::try_from(rows.len()).unwrap_or(1).max(1);
    // Month `i`'s band, at `pct` percent of its width: the bar is 15–85%.
    let x_of = |i: i32, pct: i32| left + plot_w * (100 * i + pct) / (100 * n);

    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("id", "months-chart-section"),
            ("class", "card chart"),
            ("aria-labelledby", "months-chart-heading"),
        ],
    )
    .el(
        "h2",
        &[("id", "months-chart-heading")],
        &t(lang, Msg::MonthsChartHeading),
    )
    .open(
        "svg",
        &[
            ("id", "months-chart"),
            ("viewBox", &format!("0 0 {w} {h}")),
            ("class", if narrow { "narrow" } else { "" }),
            ("role", "img"),
            ("aria-labelledby", "months-chart-title"),
            ("aria-describedby", "months-chart-summary"),
            ("preserveAspectRatio", "xMidYMid meet"),
        ],
    )
    .el(
        "title",
        &[("id", "months-chart-title")],
        &t(lang, Msg::MonthsChartHeading),
    );

    // The money axis: a line and a label per step; the zero line darker.
    // Coordinates are whole numbers written straight into the markup.
    let mut v = y_low;
    while v <= y_top {
        let y = y_of(v);
        let class = if v == 0 { "axis" } else { "grid" };
        let _ = write!(
            m.raw(),
            "<line class=\"{class}\" x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"></line>\
             <text class=\"axis-label money\" x=\"{}\" y=\"{y}\">",
            w - right,
            left - 5
        );
        m.text(&format::money_whole(Decimal::from(v), lang))
            .close("text");
        v += step;
    }

    // A bar per month; the part to set aside marked from the top down.
    let short = i18n::list(lang, Msg::MonthShortNames);
    let mut any_set_aside = false;
    let bw = plot_w * 70 / (100 * n);
    for ((i, r), bank) in (0..).zip(rows).zip(banks) {
        let x = x_of(i, 15);
        let (y0, y1) = (y_of(bank.max(0)), y_of(bank.min(0)));
        m.open(
            "g",
            &[
                ("class", "month"),
                ("data-month", &r.month.to_string()),
                ("data-value", &raw(r.bank)),
            ],
        );
        let class = if bank < 0 { "bar negative" } else { "bar" };
        let height = (y1 - y0).max(1);
        let _ = write!(
            m.raw(),
            "<rect class=\"{class}\" x=\"{x}\" y=\"{y0}\" width=\"{bw}\" height=\"{height}\"></rect>"
        );
        let aside = euros(r.set_aside).min(bank.max(0));
        if aside > 0 {
            any_set_aside = true;
            let height = (y_of(bank - aside) - y0).max(1);
            let _ = write!(
                m.raw(),
                "<rect class=\"aside\" x=\"{x}\" y=\"{y0}\" width=\"{bw}\" height=\"{height}\"></rect>"
            );
        }
        let _ = write!(
            m.raw(),
            "<text class=\"axis-label month-label\" x=\"{}\" y=\"{}\">",
            x_of(i, 50),
            h - bottom + 16
        );
        m.text(
            short
                .get(usize::from(r.month.month).saturating_sub(1))
                .copied()
                .unwrap_or_default(),
        )
        .close("text")
        .close("g");
    }
    m.close("svg").open("ul", &[("class", "legend")]);
    let legend = [
        ("swatch bank", Msg::MonthsLegendBank),
        ("swatch aside", Msg::MonthsLegendSetAside),
    ];
    for (class, key) in legend.iter().take(if any_set_aside { 2 } else { 1 }) {
        m.open("li", &[])
            .el("span", &[("class", class)], "")
            .text(&t(lang, *key))
            .close("li");
    }
    m.close("ul")
        .el(
            "p",
            &[("id", "months-chart-summary"), ("class", "summary")],
            &summary(result, lang),
        )
        .close("section");
    m.into_html()
}
