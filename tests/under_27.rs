//! Under 27 (art. 31 lid 5): no vrijlating n or r, and in 2026 no premie by
//! default — lid 5 makes lid 2 j inapplicable, so a premie would count as
//! income. The page says why and offers the what-if; from 2027 the new law
//! opens the premie to people under 27 (not confirmed: flagged).

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;
use common::render;

use rekenhulp_bijverdienen::rules::{calculate, AgeGroup, Date, Outcome, Scenario};
use rust_decimal_macros::dec;

fn aged_23(date: Date, what_if: bool) -> Outcome {
    calculate(&Scenario {
        date,
        age: AgeGroup::YoungAdult,
        age_years: Some(23),
        hours_per_week: dec!(8),
        premie_under_27: what_if,
        ..Scenario::default()
    })
    .unwrap()
}

// 8 h at the minimum wage of 1 July 2026 (14.99, 21 and older): G = 8 × 52/12
// × 14.99 = 519.65; Hp 41.57; gross 561.22; Y = 6734.64, bracket tax 2407.63
// is below the AHK of 3115, so no tax: W = 561.22. Norm 1419.46, B = 1419.46
// − 561.22 = 858.24. Without a premie the total is the norm, 1419.46. With
// the what-if P = min(30% × 561.22 = 168.366 → 168.37, 219) = 168.37, total
// 1587.83.
#[test]
fn a_23_year_old_gets_no_premie_in_2026_unless_asked() {
    let o = aged_23(Date::ymd(2026, 7, 1), false);
    assert_eq!(o.now.wage.net, dec!(561.22));
    assert_eq!(o.now.top_up, dec!(858.24));
    assert_eq!(o.now.premie, dec!(0));
    assert_eq!(o.now.total, dec!(1419.46));
    assert!(o.premie_under_27);
    assert!(o.trace.iter().any(|s| s.key == "trace.premie_under_27"));
    assert!(o.unconfirmed.is_empty(), "{:?}", o.unconfirmed);

    let w = aged_23(Date::ymd(2026, 7, 1), true);
    assert_eq!(w.now.premie, dec!(168.37));
    assert_eq!(w.now.total, dec!(1587.83));
    assert!(!w.premie_under_27);
    assert!(w.unconfirmed.iter().any(|u| u.id == "premie.under_27"));
}

// From 2027 the premie of art. 31 lid 2 j is open under 27 (the ministry's
// letters; flagged): the 2026 amounts carried forward give the same 168.37.
#[test]
fn from_2027_the_new_law_opens_the_premie_under_27_flagged() {
    let o = aged_23(Date::ymd(2027, 2, 1), false);
    assert_eq!(o.now.premie, dec!(168.37));
    assert!(!o.premie_under_27);
    assert!(o.unconfirmed.iter().any(|u| u.id == "premie.j_min_age"));
    // 27 and older: nothing changes, nothing to flag.
    let older = calculate(&Scenario {
        date: Date::ymd(2027, 2, 1),
        hours_per_week: dec!(8),
        ..Scenario::default()
    })
    .unwrap();
    assert!(!older.unconfirmed.iter().any(|u| u.id == "premie.j_min_age"));
}

#[test]
fn the_age_27_limit_is_its_own_choice_and_a_wrong_age_is_refused() {
    use rekenhulp_bijverdienen::rules::RuleError;
    let with = |age, years| {
        calculate(&Scenario {
            age,
            age_years: Some(years),
            ..Scenario::default()
        })
    };
    assert!(with(AgeGroup::YoungAdult, 26).is_ok());
    assert_eq!(
        with(AgeGroup::YoungAdult, 27).err(),
        Some(RuleError::AgeYearsMismatch)
    );
    assert_eq!(
        with(AgeGroup::Adult, 23).err(),
        Some(RuleError::AgeYearsMismatch)
    );
}

#[test]
fn the_page_says_why_and_offers_the_what_if_in_both_languages() {
    let nl = render("#date=2026-07-01&hours_per_week=8&age=21-26");
    assert!(
        nl.contains("Onder 27 jaar rekenen wij geen bijverdienpremie."),
        "{nl}"
    );
    assert!(nl.contains("id=\"premie-under-27\""));
    assert!(nl.contains("Toch rekenen met de bijverdienpremie (wat als)"));
    assert!(nl.contains("data-key=\"trace.premie_under_27\""));
    assert!(nl.contains("<option value=\"21-26\" selected"));
    let en = render("#date=2026-07-01&hours_per_week=8&age=21-26&lang=en");
    assert!(en.contains("Under 27 we count no earnings bonus."), "{en}");
    assert!(en.contains("Include the earnings bonus anyway (what if)"));
    // 27 and older: no such choice.
    let older = render("#date=2026-07-01&hours_per_week=8&age=27-aow");
    assert!(!older.contains("id=\"premie-under-27\""));
    // An old link's "21-aow" is 27 and older, shown as today's choice.
    let old = render("#date=2026-07-01&hours_per_week=8&age=21-aow");
    assert!(old.contains("<option value=\"27-aow\" selected"));
}
