//! Meeting and information-day mode in the page's markup (Yew SSR): the
//! mode select on every page, the comparison's table in meeting mode, the
//! information day's bar, both languages, no unfilled placeholders.

mod common;
use common::render;

#[test]
fn every_page_offers_the_modes() {
    let html = render("");
    assert!(html.contains("<select id=\"mode\""), "{html}");
    for code in ["own", "meeting", "infoday"] {
        assert!(html.contains(&format!("value=\"{code}\"")), "{code}");
    }
    assert!(html.contains("mode-own"));
    assert!(!html.contains("id=\"compare\"") && !html.contains("id=\"infoday\""));
}

#[test]
fn meeting_mode_shows_two_situations_side_by_side() {
    let nl = render("#mode=meeting&hours_per_week=12&compare_hours=20");
    assert!(nl.contains("mode-meeting"));
    for part in [
        "id=\"compare-table\"",
        "data-key=\"total\"",
        "data-key=\"net_wage\"",
        "id=\"compare-words\"",
        "12 uur per week",
        "20 uur per week",
        "Twee situaties naast elkaar",
    ] {
        assert!(nl.contains(part), "no {part}");
    }
    let en = render("#mode=meeting&hours_per_week=12&compare=scheme&lang=en");
    assert!(en.contains("National rules only"), "{en}");
    assert!(en.contains("Two situations side by side"));
    for html in [&nl, &en] {
        assert!(!html.contains('{'), "an unfilled placeholder");
    }
}

#[test]
fn the_information_day_has_its_button_and_minutes_in_both_languages() {
    let nl = render("#mode=infoday&idle_minutes=10");
    assert!(nl.contains("mode-infoday"));
    assert!(nl.contains("id=\"next-person\""));
    assert!(nl.contains("Volgende persoon"));
    assert!(nl.contains("<option value=\"10\" selected=\"selected\">"));
    let en = render("#mode=infoday&lang=en");
    assert!(en.contains("Next person"));
    assert!(!en.contains("Volgende persoon"));
}
