//! A couple where the partner works too: each partner's net wage with their
//! own wage tax, the household's income counted together (art. 31 lid 1),
//! the premie on the household's net earnings (our reading: flagged).

#![allow(clippy::unwrap_used)]

use rekenhulp_bijverdienen::rules::{calculate, Date, Household, Scenario};
use rust_decimal_macros::dec;

fn couple(hours: rust_decimal::Decimal, partner_hours: rust_decimal::Decimal) -> Scenario {
    Scenario {
        date: Date::ymd(2026, 7, 1),
        household: Household::Couple,
        hours_per_week: hours,
        partner_hours_per_week: partner_hours,
        ..Scenario::default()
    }
}

// Couple norm 1 July 2026: 2027.79. Partner 12 h at 14.99: G = 12 × 52/12 ×
// 14.99 = 779.48; Hp 62.36; gross 841.84; Y = 10102.08; bracket 35.75% =
// 3611.49 is below AHK 3115 + AK 8.324% × Y (840.90) = 3955.90: no tax, W2 =
// 841.84. B = 2027.79 − 841.84 = 1185.95. Premie on the household's net:
// min(30% × 841.84 = 252.55, 219) = 219. Total 841.84 + 1185.95 + 219 =
// 2246.79 = the norm + 219.
#[test]
fn the_partners_wage_counts_with_its_own_tax() {
    let o = calculate(&couple(dec!(0), dec!(12))).unwrap();
    assert_eq!(o.norm, dec!(2027.79));
    assert_eq!(o.now.partner_net, dec!(841.84));
    assert_eq!(o.now.top_up, dec!(1185.95));
    assert_eq!(o.now.premie, dec!(219));
    assert_eq!(o.now.total, dec!(2246.79));
    assert!(o.trace.iter().any(|s| s.key == "trace.partner_wage"));
}

// With the partner's 841.84 the applicant's own net wage only has to make up
// 2027.79 − 841.84 = 1185.95 for the bijstand to stop; without the partner
// the full 2027.79. So the outflow point comes at fewer hours.
#[test]
fn a_working_partner_brings_the_outflow_point_forward() {
    let alone = calculate(&couple(dec!(10), dec!(0))).unwrap();
    let both = calculate(&couple(dec!(10), dec!(12))).unwrap();
    let (a, b) = (alone.outflow.unwrap().hours, both.outflow.unwrap().hours);
    assert!(b < a, "{b} < {a}");
    // At the outflow point the family's net income reaches the norm.
    let at = calculate(&couple(b, dec!(12))).unwrap();
    assert!(!at.now.in_bijstand);
    assert!(at.now.wage.net + at.now.partner_net >= dec!(2027.79));
}

#[test]
fn the_premie_per_household_is_flagged_as_our_reading() {
    let o = calculate(&couple(dec!(0), dec!(12))).unwrap();
    assert!(o.unconfirmed.iter().any(|u| u.id == "premie.per_household"));
    let alone = calculate(&couple(dec!(12), dec!(0))).unwrap();
    assert!(!alone
        .unconfirmed
        .iter()
        .any(|u| u.id == "premie.per_household"));
}
