//! The dip between the outflow point and the better-off point, worked by
//! hand (issue "Say it plainly": single, minimum wage, 1 July 2026).

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;
use common::render;

use rekenhulp_bijverdienen::rules::{calculate, Date, Outcome, Scenario, Scheme};
use rust_decimal_macros::dec;

fn at(hours: rust_decimal::Decimal, scheme: Scheme) -> Outcome {
    calculate(&Scenario {
        date: Date::ymd(2026, 7, 1),
        hours_per_week: hours,
        scheme,
        ..Scenario::default()
    })
    .unwrap()
}

// Norm 1419.46, minimum wage 14.99. At 20.75 h: G = 20.75 × 52/12 × 14.99 =
// 1347.85, Hp 107.83, gross 1455.68, Y = 17468.16; bracket 35.75% = 6244.87;
// AHK 3115; AK = 996 + 31.009% × (17468.16 − 11965) = 2702.47; tax 427.40;
// W = (17468.16 − 427.40) / 12 = 1420.06 ≥ 1419.46: no bijstand, no premie.
// At 20.74 h W is just below the norm: W + B = 1419.46, P = min(30% W, 219)
// = 219, total 1638.46. The dip: 1638.46 − 1420.06 = 218.40 a month. It ends
// where W first beats 1638.46: on the linear piece Y − tax = 0.95259 Y +
// 400.77315 ≥ 12 × 1638.465 ⇔ Y ≥ 20219.87 ⇔ hours ≥ 20219.87 / (56.16 ×
// 14.99) = 24.019 → 24.02 h.
#[test]
fn single_at_minimum_wage_dips_from_20_75_to_24_02_hours() {
    let o = at(dec!(16), Scheme::Amsterdam);
    let dip = o.dip.unwrap();
    assert_eq!(dip.from, dec!(20.75));
    assert_eq!(dip.to, Some(dec!(24.02)));
    assert_eq!(dip.amount, dec!(218.40));
    // Inside the dip the total is lower than at 20.74 h, and from 24.02 h higher.
    assert_eq!(at(dec!(20.74), Scheme::Amsterdam).now.total, dec!(1638.46));
    assert_eq!(at(dec!(20.75), Scheme::Amsterdam).now.total, dec!(1420.06));
    assert!(at(dec!(24.01), Scheme::Amsterdam).now.total <= dec!(1638.46));
    assert!(at(dec!(24.02), Scheme::Amsterdam).now.total > dec!(1638.46));
}

// National rules: just below the outflow point W + B = the norm 1419.46, at
// it W = 1420.06 > 1419.46: the total never falls, so there is no dip.
#[test]
fn without_the_premie_there_is_no_dip() {
    assert_eq!(at(dec!(16), Scheme::National).dip, None);
}

#[test]
fn the_cli_gives_the_dip_keys() {
    use rekenhulp_bijverdienen::cli_json::outcome_json;
    let s = Scenario {
        date: Date::ymd(2026, 7, 1),
        hours_per_week: dec!(22),
        ..Scenario::default()
    };
    let v = outcome_json(&s, &calculate(&s).unwrap());
    assert_eq!(v["dip_from_hours"], "20.75");
    assert_eq!(v["dip_to_hours"], "24.02");
    assert_eq!(v["dip_amount"], "218.40");
}

// 22 h lies in the dip (20.75 to 24.02 h): the answer says so in words, with
// hours people read (20,75 h = 20 h 45 min; 24,02 h rounded up to 24 h 5 min)
// and the amount in whole euros (218.40 → € 218).
#[test]
fn inside_the_dip_the_answer_says_it_plainly() {
    let nl = render("#date=2026-07-01&hours_per_week=22");
    assert!(nl.contains("id=\"in-dip\""), "{nl}");
    assert!(nl.contains(
        "Met 22 uur per week heeft u ongeveer € 218 per maand minder dan net onder 20 uur en 45 minuten."
    ));
    assert!(nl.contains("Vanaf 24 uur en 5 minuten per week heeft u weer meer."));
    assert!(nl.contains("Tussen 20 uur en 45 minuten en 24 uur en 5 minuten per week"));
    let en = render("#date=2026-07-01&hours_per_week=22&lang=en");
    assert!(
        en.contains("about €218 a month less than just below 20 hours 45 minutes"),
        "{en}"
    );
    // Below the dip: the limits name it, the answer does not.
    let below = render("#date=2026-07-01&hours_per_week=16");
    assert!(!below.contains("id=\"in-dip\""));
    assert!(below.contains("id=\"dip\""));
}
