//! Money in the bank per month as a bar chart (inline SVG), with the part to
//! set aside marked on each bar. The table above holds the same numbers; one
//! sentence names the highest and lowest month for screen readers and print.

use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::ui::raw;
use crate::ui::state::MonthsResult;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

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
    let x_of = |i: i32, pct: i32| left + plot_w * (100 * i + pct) / (100 * n);
    let mut ticks = Vec::new();
    let mut v = y_low;
    while v <= y_top {
        ticks.push(v);
        v += step;
    }
    let axis = ticks.into_iter().map(|v| {
        let y = y_of(v).to_string();
        html! {
            <>
            <line class={if v == 0 { "axis" } else { "grid" }} x1={left.to_string()} x2={(w - right).to_string()} y1={y.clone()} y2={y.clone()}></line>
            <text class="axis-label money" x={(left - 5).to_string()} y={y}>{ format::money_whole(Decimal::from(v), lang) }</text>
            </>
        }
    });
    let short = i18n::list(lang, Msg::MonthShortNames);
    let bw = (plot_w * 70 / (100 * n)).to_string();
    let any_set_aside = rows
        .iter()
        .zip(&banks)
        .any(|(r, b)| euros(r.set_aside).min((*b).max(0)) > 0);
    let bars = (0..).zip(rows).zip(banks.iter().copied()).map(|((i, r), bank)| {
        let x = x_of(i, 15).to_string();
        let (y0, y1) = (y_of(bank.max(0)), y_of(bank.min(0)));
        let aside = euros(r.set_aside).min(bank.max(0));
        html! {
            <g class="month" data-month={r.month.to_string()} data-value={raw(r.bank)}>
                <rect class={if bank < 0 { "bar negative" } else { "bar" }} x={x.clone()} y={y0.to_string()} width={bw.clone()} height={(y1 - y0).max(1).to_string()}></rect>
                if aside > 0 {
                    <rect class="aside" x={x} y={y0.to_string()} width={bw.clone()} height={(y_of(bank - aside) - y0).max(1).to_string()}></rect>
                }
                <text class="axis-label month-label" x={x_of(i, 50).to_string()} y={(h - bottom + 16).to_string()}>
                    { short.get(usize::from(r.month.month).saturating_sub(1)).copied().unwrap_or_default().to_string() }
                </text>
            </g>
        }
    });
    let legend = [
        ("swatch bank", Msg::MonthsLegendBank),
        ("swatch aside", Msg::MonthsLegendSetAside),
    ];
    html! {
        <section id="months-chart-section" class="card chart" aria-labelledby="months-chart-heading">
            <h2 id="months-chart-heading">{ t(lang, Msg::MonthsChartHeading) }</h2>
            <svg id="months-chart" viewBox={format!("0 0 {w} {h}")} class={narrow.then_some("narrow")}
                role="img" aria-labelledby="months-chart-title" aria-describedby="months-chart-summary"
                preserveAspectRatio="xMidYMid meet">
                <title id="months-chart-title">{ t(lang, Msg::MonthsChartHeading) }</title>
                { for axis }
                { for bars }
            </svg>
            <ul class="legend">
                { for legend.iter().take(if any_set_aside { 2 } else { 1 }).map(|(class, key)| html! {
                    <li><span class={*class}></span>{ t(lang, *key) }</li>
                }) }
            </ul>
            <p id="months-chart-summary" class="summary">{ summary(result, lang) }</p>
        </section>
    }
}
