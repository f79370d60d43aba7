//! Total income per month against hours per week (0–40), as an inline SVG:
//! stacked wage / top-up / premie from `Outcome::curve`, with marks for the
//! user's hours and the thresholds. Tap, click or drag to choose the hours.
//! The same numbers as a table, and one sentence for screen readers and print.

use super::hooks::use_open;
use super::markup::Markup;
use super::raw;
use crate::format::{self, Lang};
use crate::i18n::{t, tf, Msg};
use crate::rules::Month;
use crate::rules::Outcome;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
    pub on_hours: Callback<Decimal>,
    /// A phone-sized screen: a smaller drawing with larger text.
    #[prop_or_default]
    pub narrow: bool,
}

const MAX_HOURS: f64 = 40.0;

/// The drawing's size in SVG units: wide screens and phones get their own,
/// so the text stays readable at 360 px.
#[derive(Clone, Copy, PartialEq)]
pub struct Geo {
    w: f64,
    h: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    /// Hours between x-axis labels.
    x_step: u32,
    /// Marker labels with words (wide) or the hours only (narrow).
    words: bool,
}

pub const WIDE: Geo = Geo {
    w: 640.0,
    h: 300.0,
    left: 60.0,
    right: 18.0,
    top: 52.0,
    bottom: 40.0,
    x_step: 5,
    words: true,
};

pub const NARROW: Geo = Geo {
    w: 340.0,
    h: 260.0,
    left: 60.0,
    right: 14.0,
    top: 50.0,
    bottom: 36.0,
    x_step: 10,
    words: false,
};

impl Geo {
    fn plot_w(&self) -> f64 {
        self.w - self.left - self.right
    }

    fn plot_h(&self) -> f64 {
        self.h - self.top - self.bottom
    }

    fn x_of(&self, hours: f64) -> f64 {
        self.left + hours.clamp(0.0, MAX_HOURS) / MAX_HOURS * self.plot_w()
    }

    /// The height of amount `v` on a money axis from 0 to `top`.
    fn y_of(&self, v: f64, top: f64) -> f64 {
        self.top + self.plot_h() * (1.0 - (v / top).clamp(0.0, 1.0))
    }

    fn base(&self) -> f64 {
        self.h - self.bottom
    }
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// The parts of one month as drawn: wage, top-up, premie (they add up to the total).
fn parts(m: &Month) -> (f64, f64, f64) {
    if m.in_bijstand {
        (f(m.wage.net), f(m.top_up), f(m.premie))
    } else {
        (f(m.total), 0.0, 0.0)
    }
}

/// A round top for the money axis and its step.
fn scale(max: f64) -> (f64, f64) {
    let steps = [100.0, 200.0, 250.0, 500.0, 1000.0, 2000.0, 5000.0];
    let step = steps
        .iter()
        .copied()
        .find(|s| max / s <= 5.0)
        .unwrap_or(10_000.0);
    let top = ((max / step).ceil() * step).max(step);
    (top, step)
}

/// An SVG coordinate to one decimal. Via an integer: formatting floats
/// would add some 10 KB of wasm.
fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}

/// Hours from a pointer position, to the nearest quarter hour.
fn hours_at(g: &Geo, svg: &Element, client_x: i32) -> Option<Decimal> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let vb_x = (f64::from(client_x) - rect.left()) / rect.width() * g.w;
    let hours = ((vb_x - g.left) / g.plot_w() * MAX_HOURS).clamp(0.0, MAX_HOURS);
    let quarters = (hours * 4.0).round() as i64;
    Some(Decimal::new(quarters * 25, 2))
}

/// What the chart draws that does not move with the hours: drawn once per
/// curve, language and screen size (a change of hours only moves the marker).
#[derive(PartialEq)]
struct Drawn {
    svg: AttrValue,
    legend: AttrValue,
    /// Only while its section is open: a closed section draws nothing.
    table: Option<AttrValue>,
    y_top: f64,
}

/// Everything `draw` depends on: the curve (by identity), the language, the
/// screen size, the marked thresholds and whether the table is open.
#[derive(PartialEq)]
struct DrawKey {
    curve: *const Month,
    lang: Lang,
    narrow: bool,
    marks: [Option<Decimal>; 4],
    table: bool,
}

fn draw(o: &Outcome, lang: Lang, g: Geo, with_table: bool) -> Drawn {
    let curve = &o.curve;
    let has_allowances = curve.iter().any(|m| m.allowances.total() > Decimal::ZERO);
    let max_total = curve
        .iter()
        .map(|m| f(m.total_with_allowances))
        .fold(0.0, f64::max);
    let (y_top, y_step) = scale(max_total * 1.05);
    let y_of = |v: f64| g.y_of(v, y_top);

    // Stacked bands: each is the upper line forward and the lower line back.
    let band = |lower: &dyn Fn(&Month) -> f64, upper: &dyn Fn(&Month) -> f64| -> String {
        let mut pts: Vec<String> = curve
            .iter()
            .map(|m| format!("{},{}", num(g.x_of(f(m.hours))), num(y_of(upper(m)))))
            .collect();
        pts.extend(
            curve
                .iter()
                .rev()
                .map(|m| format!("{},{}", num(g.x_of(f(m.hours))), num(y_of(lower(m))))),
        );
        pts.join(" ")
    };
    let wage_band = band(&|_| 0.0, &|m| parts(m).0);
    let top_up_band = band(&|m| parts(m).0, &|m| {
        let p = parts(m);
        p.0 + p.1
    });
    let premie_band = band(
        &|m| {
            let p = parts(m);
            p.0 + p.1
        },
        &|m| {
            let p = parts(m);
            p.0 + p.1 + p.2
        },
    );
    // The allowances on top of the total (they do not count for bijstand).
    let allowances_band =
        has_allowances.then(|| band(&|m| f(m.total), &|m| f(m.total_with_allowances)));
    let total_line: String = curve
        .iter()
        .map(|m| format!("{},{}", num(g.x_of(f(m.hours))), num(y_of(f(m.total)))))
        .collect::<Vec<_>>()
        .join(" ");

    // The drawing, as one string (see `markup`): axes, bands, marks.
    let mut svg = Markup::new();
    svg.el(
        "title",
        &[("id", "chart-title")],
        &t(lang, Msg::ChartHeading),
    );
    let mut v = 0.0;
    while v <= y_top + 0.5 {
        let y = num(y_of(v));
        svg.open("g", &[("class", "tick")]);
        across(&mut svg, g, "grid", &y)
            .el(
                "text",
                &[
                    ("class", "axis-label"),
                    ("x", &num(g.left - 5.0)),
                    ("y", &y),
                    ("dy", "0.35em"),
                    ("text-anchor", "end"),
                ],
                &format::money_whole(Decimal::from_f64_retain(v).unwrap_or_default(), lang),
            )
            .close("g");
        v += y_step;
    }
    svg.leaf("polygon", &[("class", "band wage"), ("points", &wage_band)])
        .leaf(
            "polygon",
            &[("class", "band top-up"), ("points", &top_up_band)],
        )
        .leaf(
            "polygon",
            &[("class", "band premie"), ("points", &premie_band)],
        );
    if let Some(points) = &allowances_band {
        svg.leaf(
            "polygon",
            &[
                ("id", "allowances-band"),
                ("class", "band allowances"),
                ("points", points),
            ],
        );
    }
    let base = num(g.base());
    svg.leaf(
        "polyline",
        &[("class", "total-line"), ("points", &total_line)],
    );
    across(&mut svg, g, "axis", &base);
    for i in (0..=40).step_by(g.x_step as usize) {
        let x = num(g.x_of(f64::from(i)));
        svg.open("g", &[("class", "tick")])
            .leaf(
                "line",
                &[
                    ("class", "axis"),
                    ("x1", &x),
                    ("x2", &x),
                    ("y1", &base),
                    ("y2", &num(g.base() + 5.0)),
                ],
            )
            .el(
                "text",
                &[
                    ("class", "axis-label"),
                    ("x", &x),
                    ("y", &num(g.base() + 18.0)),
                    ("text-anchor", "middle"),
                ],
                &i.to_string(),
            )
            .close("g");
    }
    svg.el(
        "text",
        &[
            ("class", "axis-title"),
            ("x", &num(g.w - g.right)),
            ("y", &num(g.h - 3.0)),
            ("text-anchor", "end"),
        ],
        &t(lang, Msg::ChartAxisHours),
    )
    .el(
        "text",
        &[
            ("class", "axis-title"),
            ("x", "4"),
            ("y", &num(g.top - 8.0)),
            ("text-anchor", "start"),
        ],
        &t(lang, Msg::ChartAxisMoney),
    );

    // Marks: (marker name, hours, label, row of the label).
    let mut marks: Vec<(&'static str, Decimal, String, usize)> = Vec::new();
    if let Some(h) = o.premie_cap_hours {
        marks.push(("premie-cap", h, t(lang, Msg::ChartMarkerPremieCap), 2));
    }
    if let Some(flow) = o.outflow {
        marks.push(("outflow", flow.hours, t(lang, Msg::ChartMarkerOutflow), 1));
    }
    if let Some(h) = o.better_off_hours {
        marks.push(("better-off", h, t(lang, Msg::ChartMarkerBetterOff), 0));
    }
    if let Some(h) = o.better_off_hours_with_allowances {
        marks.push((
            "better-off-with-allowances",
            h,
            t(lang, Msg::ChartMarkerBetterOffWith),
            3,
        ));
    }
    let mut legend = Markup::new();
    let swatch = |legend: &mut Markup, class: &str, text: &str| {
        legend
            .open("li", &[])
            .el("span", &[("class", class)], "")
            .text(text)
            .close("li");
    };
    swatch(&mut legend, "swatch wage", &t(lang, Msg::ChartLegendWage));
    swatch(
        &mut legend,
        "swatch top-up",
        &t(lang, Msg::ChartLegendTopUp),
    );
    swatch(
        &mut legend,
        "swatch premie",
        &t(lang, Msg::ChartLegendPremie),
    );
    if has_allowances {
        swatch(
            &mut legend,
            "swatch allowances",
            &t(lang, Msg::ChartLegendAllowances),
        );
    }
    for (name, h, label, row) in marks {
        swatch(
            &mut legend,
            &format!("swatch line {name}"),
            &format!("{label}: {}", format::hours_readable(h, lang)),
        );
        if f(h) > MAX_HOURS {
            continue;
        }
        let x = g.x_of(f(h));
        let label_y = 13.0 + 13.0 * row as f64;
        let (anchor, dx) = if x > g.w / 2.0 {
            ("end", -4.0)
        } else {
            ("start", 4.0)
        };
        let label = if g.words {
            format!("{} {}", label, format::number(h, 2, lang))
        } else {
            format::number(h, 2, lang)
        };
        svg.open(
            "g",
            &[
                ("class", &format!("marker {name}")),
                ("data-marker", name),
                ("data-hours", &raw(h)),
            ],
        )
        .leaf(
            "line",
            &[
                ("x1", &num(x)),
                ("x2", &num(x)),
                ("y1", &num(label_y + 3.0)),
                ("y2", &base),
            ],
        )
        .el(
            "text",
            &[
                ("x", &num(x + dx)),
                ("y", &num(label_y)),
                ("text-anchor", anchor),
            ],
            &label,
        )
        .close("g");
    }
    Drawn {
        svg: svg.into_string().into(),
        legend: legend.into_string().into(),
        table: with_table.then(|| table(curve, lang, has_allowances).into()),
        y_top,
    }
}

/// A line across the plot area at height `y` (a grid line, the axis).
fn across<'m>(m: &'m mut Markup, g: Geo, class: &str, y: &str) -> &'m mut Markup {
    m.leaf(
        "line",
        &[
            ("class", class),
            ("x1", &num(g.left)),
            ("x2", &num(g.w - g.right)),
            ("y1", y),
            ("y2", y),
        ],
    )
}

/// The user's hours: a line, a dot and the total. Elements of Yew, not
/// markup: a change of hours then sets a few attributes and one text, where
/// markup would be replaced whole (measured: ~1.5 ms a keystroke at 4× CPU).
fn you(o: &Outcome, lang: Lang, g: Geo, y_top: f64) -> Html {
    let now = &o.now;
    if f(now.hours) > MAX_HOURS {
        return Html::default();
    }
    let x = g.x_of(f(now.hours));
    let y = g.y_of(f(now.total), y_top);
    let (anchor, dx) = if x > g.w / 2.0 {
        ("end", -8.0)
    } else {
        ("start", 8.0)
    };
    let label = format!(
        "{}: {}",
        t(lang, Msg::ChartMarkerHours),
        format::money_whole(now.total, lang)
    );
    html! {
        <g class="marker hours" data-marker="hours" data-hours={raw(now.hours)}>
            <line x1={num(x)} x2={num(x)} y1={num(g.top)} y2={num(g.base())} />
            <circle cx={num(x)} cy={num(y)} r="6" />
            <text x={num(x + dx)} y={num((y - 10.0).max(g.top + 12.0))} text-anchor={anchor}>{ label }</text>
        </g>
    }
}

#[function_component(Chart)]
pub fn chart(props: &Props) -> Html {
    let o = &props.outcome;
    let lang = props.lang;
    let svg_ref = use_node_ref();
    let g = if props.narrow { NARROW } else { WIDE };
    // The table is a closed section: drawn only while it is open.
    let (table_open, ontoggle) = use_open(|| false);
    let key = DrawKey {
        curve: o.curve.as_ptr(),
        lang,
        narrow: props.narrow,
        marks: [
            o.premie_cap_hours,
            o.outflow.map(|f| f.hours),
            o.better_off_hours,
            o.better_off_hours_with_allowances,
        ],
        table: table_open,
    };
    let drawn = {
        let o = o.clone();
        use_memo(key, move |k| draw(&o, lang, g, k.table))
    };

    let pick = {
        let svg_ref = svg_ref.clone();
        let on_hours = props.on_hours.clone();
        move |e: &PointerEvent| {
            if let Some(svg) = svg_ref.cast::<Element>() {
                if let Some(h) = hours_at(&g, &svg, e.client_x()) {
                    on_hours.emit(h);
                }
            }
        }
    };
    let onpointerdown = {
        let pick = pick.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
            pick(&e);
        })
    };
    let onpointermove = Callback::from(move |e: PointerEvent| {
        if e.buttons() & 1 == 1 {
            pick(&e);
        }
    });

    html! {
        <section id="chart-section" class="card chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ t(lang, Msg::ChartHeading) }</h2>
            <svg id="chart" ref={svg_ref} viewBox={format!("0 0 {} {}", num(g.w), num(g.h))}
                class={classes!(props.narrow.then_some("narrow"))} role="img"
                aria-labelledby="chart-title" aria-describedby="chart-summary"
                preserveAspectRatio="xMidYMid meet"
                {onpointerdown} {onpointermove}>
                { Html::from_html_unchecked(drawn.svg.clone()) }
                { you(o, lang, g, drawn.y_top) }
            </svg>
            <ul class="legend">{ Html::from_html_unchecked(drawn.legend.clone()) }</ul>
            <p class="hint">{ t(lang, Msg::ChartHelp) }</p>
            <p id="chart-summary" class="summary">{ summary(o, lang) }</p>
            <details class="table" open={table_open} {ontoggle}>
                <summary>{ t(lang, Msg::ChartTable) }</summary>
                if let Some(table) = drawn.table.clone() {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="chart-table-caption">
                        { Html::from_html_unchecked(table) }
                    </div>
                }
            </details>
        </section>
    }
}

/// The curve as a table, one row per whole hour.
fn table(curve: &[Month], lang: Lang, allowances: bool) -> String {
    let mut m = Markup::new();
    m.open("table", &[("id", "chart-table")])
        .el(
            "caption",
            &[("id", "chart-table-caption")],
            &t(lang, Msg::ChartTableCaption),
        )
        .open("thead", &[])
        .open("tr", &[]);
    let mut heads = vec![
        Msg::TableHours,
        Msg::TableNet,
        Msg::TableTopUp,
        Msg::TablePremie,
        Msg::TableTotal,
    ];
    if allowances {
        heads.extend([Msg::TableAllowances, Msg::TableTotalWith]);
    }
    for h in heads {
        m.el("th", &[("scope", "col")], &t(lang, h));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for month in (0..=40usize).filter_map(|h| curve.get(h * 4)) {
        let wage = if month.in_bijstand {
            month.wage.net
        } else {
            month.total
        };
        m.open("tr", &[]).el(
            "th",
            &[("scope", "row")],
            &format::number(month.hours, 2, lang),
        );
        let mut cells = vec![wage, month.top_up, month.premie, month.total];
        if allowances {
            cells.extend([month.allowances.total(), month.total_with_allowances]);
        }
        for c in cells {
            m.el("td", &[], &format::money(c, lang));
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    m.into_string()
}

/// One sentence with the curve's shape, for screen readers and print.
pub fn summary(o: &Outcome, lang: Lang) -> String {
    let at = |i: usize| {
        o.curve
            .get(i)
            .map(|m| format::money_whole(m.total, lang))
            .unwrap_or_default()
    };
    let mut text = tf(
        lang,
        Msg::ChartSummary,
        &[("at0", at(0)), ("at20", at(80)), ("at40", at(160))],
    );
    if let Some(flow) = o.outflow {
        text.push(' ');
        text.push_str(&tf(
            lang,
            Msg::ChartSummaryOutflow,
            &[("hours", format::hours_readable(flow.hours, lang))],
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(0.05), "0.1");
        assert_eq!(num(-3.26), "-3.3");
        assert_eq!(num(-0.04), "0.0");
        assert_eq!(num(300.0), "300.0");
    }
}
