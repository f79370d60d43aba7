//! The page's markup, rendered on the host with Yew's server renderer: the
//! ids and data attributes the browser tests rely on, ARIA links, both
//! languages, and no unfilled placeholders.

#![allow(clippy::panic)]

mod common;
use common::render;

/// The value of `attr` on the element with `id`.
fn attr(html: &str, id: &str, attr: &str) -> Option<String> {
    let start = html.find(&format!("id=\"{id}\""))?;
    let tag_start = html[..start].rfind('<')?;
    let tag_end = start + html[start..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let key = format!("{attr}=\"");
    let at = tag.find(&key)? + key.len();
    Some(tag[at..].split('"').next()?.to_string())
}

const SCENARIO: &str = "#date=2026-01-15&hours_per_week=16&household=single&age=21-aow";

#[test]
fn the_hooks_for_browser_tests_are_there() {
    let html = render(SCENARIO);
    for id in [
        "app",
        "hours",
        "hours-range",
        "wage",
        "household",
        "housemates",
        "age",
        "date",
        "korting-by",
        "scheme",
        "vrijlating-n",
        "vrijlating-r",
        "premie-cap",
        "answer",
        "total",
        "net-wage",
        "top-up",
        "premie",
        "premie-payment",
        "extra-hour",
        "outflow-hours",
        "premie-cap-hours",
        "better-off-hours",
        "lang-switch",
        "copy-link",
        "chart",
        "trace",
        "glossary",
        "unconfirmed",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no #{id}");
    }
    assert!(html.contains("<main id=\"app\""));
    for id in [
        "total",
        "net-wage",
        "top-up",
        "premie",
        "premie-payment",
        "extra-hour",
    ] {
        let v = attr(&html, id, "data-value").unwrap_or_default();
        let (int, frac) = v.split_once('.').unwrap_or(("", ""));
        assert!(
            !int.is_empty() && frac.len() == 2,
            "#{id} data-value {v:?} is not like 1620.50"
        );
    }
    for marker in ["outflow", "premie-cap", "better-off", "hours"] {
        let tag = format!("data-marker=\"{marker}\"");
        let at = html
            .find(&tag)
            .unwrap_or_else(|| panic!("no marker {marker}"));
        let rest = &html[at..];
        let hours = rest
            .split("data-hours=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("");
        assert!(hours.contains('.'), "marker {marker} data-hours {hours:?}");
    }
    assert_eq!(
        attr(&html, "outflow-hours", "data-value"),
        html.split("data-marker=\"outflow\" data-hours=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .map(str::to_string)
    );
    assert_eq!(attr(&html, "hours", "value").as_deref(), Some("16"));
    assert_eq!(attr(&html, "date", "value").as_deref(), Some("2026-01-15"));
}

#[test]
fn dutch_answer_first_then_english() {
    let nl = render(SCENARIO);
    assert!(
        nl.contains("Met 16 uur werk per week heeft u gemiddeld ongeveer €"),
        "{nl}"
    );
    assert!(nl.contains("Dit is een schatting. De gemeente beslist."));
    assert!(nl.contains("Hoe rekenen we dit uit?"));
    assert!(nl.contains(">English<"));
    let en = render("#date=2026-01-15&hours_per_week=16&lang=en");
    assert!(en.contains("With 16 hours of work a week you have about €"));
    assert!(en.contains("How do we work this out?"));
    assert!(en.contains("This is an estimate. The municipality decides."));
    assert!(en.contains(">Nederlands<"));
}

#[test]
fn no_placeholder_or_key_is_left_unfilled() {
    for frag in [
        SCENARIO,
        "#lang=en",
        "#household=couple&housemates=2&hours_per_week=30&lang=en",
        "#household=single_parent&vrijlating_r=true&hours_per_week=12.5",
        "#age=aow&korting_by=municipality&hours_per_week=40",
        "#scheme=national&hours_per_week=8",
        "#age=18-20&hours_per_week=20&premie_cap=150",
    ] {
        let html = render(frag);
        assert!(!html.contains('{'), "{frag}: unfilled placeholder");
        for prefix in [
            "trace.", "error.", "input.", "field.", "answer.", "chart.", "param.",
        ] {
            // Keys may appear in data attributes, never as text.
            assert!(
                !html.contains(&format!(">{prefix}")),
                "{frag}: a key {prefix}… is shown as text"
            );
        }
    }
}

#[test]
fn fields_link_their_hints_and_the_chart_has_a_name() {
    let html = render(SCENARIO);
    assert_eq!(
        attr(&html, "wage", "aria-describedby").as_deref(),
        Some("wage-hint")
    );
    assert!(attr(&html, "wage", "placeholder").is_some_and(|p| p.contains("€ 14,71")));
    assert!(html.contains("id=\"wage-hint\""));
    assert!(attr(&html, "chart", "aria-labelledby").is_some());
    assert!(html.contains("<title id=\"chart-title\">"));
    assert!(!html.contains("style=\""), "no inline styles (CSP)");
}

const MONTHS: &str =
    "#date=2026-03-01&view=months&months_pattern=list&months_list=40%0A0%0A80%0A40%0A40%0A40";

/// The `data-value` of every cell with `data-col="{col}"`, in order.
fn column(html: &str, col: &str) -> Vec<String> {
    html.split(&format!("data-col=\"{col}\" data-value=\""))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_month_view_has_its_hooks_and_a_row_per_month() {
    let html = render(MONTHS);
    for id in [
        "view-main",
        "view-months",
        "months-pattern",
        "months-count",
        "months-list",
        "months-list-unit",
        "months-before",
        "months-estimate",
        "months-payslip-lag",
        "months-processing",
        "months-pay",
        "months-pay-lag",
        "months-table",
        "months-chart",
        "months-set-aside",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no #{id}");
    }
    assert_eq!(
        attr(&html, "view-months", "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&html, "view-main", "aria-pressed").as_deref(),
        Some("false")
    );
    for month in [
        "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
    ] {
        assert!(
            html.contains(&format!("<tr data-month=\"{month}\">")),
            "no row {month}"
        );
    }
    assert!(!html.contains("data-month=\"2026-09\""));
    // Six rows plus the totals for the amounts; months for the correction.
    for col in [
        "earned",
        "paid_wage",
        "advance",
        "due",
        "correction",
        "premie_paid",
        "bank",
        "set_aside",
    ] {
        let values = column(&html, col);
        assert_eq!(values.len(), 7, "{col}: {values:?}");
        for v in &values {
            let (int, frac) = v
                .trim_start_matches('-')
                .split_once('.')
                .unwrap_or(("", ""));
            assert!(
                !int.is_empty() && frac.len() == 2,
                "{col} {v:?} is not like 123.45"
            );
        }
    }
    let months = column(&html, "correction_month");
    assert_eq!(months.len(), 6);
    assert!(months
        .iter()
        .all(|m| m.len() == 7 && m.starts_with("2026-")));
    // May (80 hours) was paid on April's empty payslip: money to set aside.
    let set_aside = column(&html, "set_aside");
    assert!(
        set_aside.get(2).is_some_and(|v| v != "0.00"),
        "{set_aside:?}"
    );
    // Table headers and an accessible scroll region.
    assert!(html.contains("<th scope=\"col\">"));
    assert!(html.contains("<th scope=\"row\">maart 2026</th>"));
    assert!(html.contains("<caption id=\"months-table-caption\">"));
    assert!(
        html.contains("tabindex=\"0\" role=\"region\" aria-labelledby=\"months-table-caption\"")
    );
    assert!(html.contains("<title id=\"months-chart-title\">"));
    assert!(!html.contains("style=\""), "no inline styles (CSP)");
}

#[test]
fn the_month_view_reads_in_both_languages() {
    for (frag, words) in [
        (
            MONTHS.to_string(),
            [
                "Zet in totaal",
                "Dit is een schatting. De gemeente beslist.",
            ],
        ),
        (
            format!("{MONTHS}&lang=en"),
            [
                "Set aside",
                "This is an estimate. The municipality decides.",
            ],
        ),
    ] {
        let html = render(Box::leak(frag.into_boxed_str()));
        for w in words {
            assert!(html.contains(w), "{w}");
        }
        assert!(!html.contains('{'), "unfilled placeholder");
        for prefix in ["months.", "view.", "month.", "error.", "input."] {
            assert!(
                !html.contains(&format!(">{prefix}")),
                "a key {prefix}… is shown as text"
            );
        }
    }
}

#[test]
fn a_link_with_a_list_that_does_not_read_opens_the_default_plan() {
    let html = render("#date=2026-03-01&view=months&months_pattern=list&months_list=40%20veertig");
    assert!(!html.contains("id=\"months-error\""));
    assert!(
        !html.contains("id=\"months-list\""),
        "back to the steady pattern"
    );
    assert!(html.contains("<tr data-month=\"2026-08\">"));
}
