//! The page's markup, rendered on the host with Yew's server renderer: the
//! ids and data attributes the browser tests rely on, ARIA links, both
//! languages, and no unfilled placeholders.

#![allow(clippy::panic)]

use rekenhulp_bijverdienen::ui::{App, AppProps};
use yew::ServerRenderer;

fn render(fragment: &'static str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| panic!("no runtime: {e}"));
    runtime.block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            fragment: Some(fragment.into()),
        })
        .hydratable(false)
        .render(),
    )
}

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
        nl.contains("Met 16 uur werk per week heeft u ongeveer €"),
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
