//! "What changes when bijstand stops", worked by hand for one person on
//! 1 July 2026 (norm 1419.46, minimum wage 14.99).

#![allow(clippy::unwrap_used)]

use rekenhulp_bijverdienen::rules::leaving::{Allowance, Change};
use rekenhulp_bijverdienen::rules::{calculate, Date, Scenario, Scheme};
use rust_decimal_macros::dec;

fn single(hours: rust_decimal::Decimal, scheme: Scheme) -> rekenhulp_bijverdienen::rules::Outcome {
    calculate(&Scenario {
        date: Date::ymd(2026, 7, 1),
        hours_per_week: hours,
        scheme,
        ..Scenario::default()
    })
    .unwrap()
}

// At 14 h: B = 1419.46 − 972.36 = 447.10 a month stops; P = 219 a month, so
// 12 × 219 = 2628 a year stops. Stadspas limit (our reading, 130% of the
// norm): 1.30 × 1419.46 = 1845.298 → 1845.30; at the outflow point (20.75 h)
// the net wage is 1420.06, below it: kept. The uitstroompremie: 300 to 1000
// once, not confirmed after its 2022 announcement.
#[test]
fn a_single_person_at_14_hours_loses_the_bijstand_and_the_premie_and_keeps_the_stadspas() {
    let o = single(dec!(14), Scheme::Amsterdam);
    assert_eq!(
        o.changes_at_outflow,
        [
            Change::BijstandStops {
                per_month: dec!(447.10)
            },
            Change::PremieStops {
                per_year: dec!(2628.00)
            },
            // Toetsingsinkomen at 14 h (20,136) and at 20.75 h (17,468) are
            // both below the drempelinkomen 29,736: the maximum, (2,119 −
            // 1.912% × 29,736) / 12 = 1,550.45 / 12 = 129.20, before and after.
            Change::Allowance {
                which: Allowance::Zorgtoeslag,
                before: dec!(129.20),
                after: dec!(129.20)
            },
            Change::Stadspas {
                limit: dec!(1845.30),
                kept: true,
                confirmed: false
            },
            Change::Uitstroompremie {
                min: dec!(300),
                max: dec!(1000),
                confirmed: false
            },
        ]
    );
    assert!(o.stadspas);
    assert_eq!(o.stadspas_limit, dec!(1845.30));
}

// At 30 h the net wage is 2038.22 (tests/ordinary_month.rs) > 1845.30: above
// the Stadspas limit. Out of bijstand the list has no bijstand item (there is
// none to stop) and still names the premie lost at the outflow point: just
// below it P = 219, 2628 a year.
#[test]
fn above_the_limit_the_stadspas_goes_and_national_rules_have_no_premie_or_uitstroompremie() {
    let o = single(dec!(30), Scheme::Amsterdam);
    assert!(!o.stadspas);
    assert!(!o
        .changes_at_outflow
        .iter()
        .any(|c| matches!(c, Change::BijstandStops { .. })));
    assert!(o.changes_at_outflow.contains(&Change::PremieStops {
        per_year: dec!(2628.00)
    }));
    let n = single(dec!(14), Scheme::National);
    assert!(!n.changes_at_outflow.iter().any(|c| matches!(
        c,
        Change::PremieStops { .. } | Change::Uitstroompremie { .. }
    )));
}
