//! The page prepares a scenario's hours-free part once (`prepare`) and asks
//! it for the month at each new hours (`Prepared::outcome`): that must give
//! exactly what a full `calculate` at those hours gives, for every scenario.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::{calculate, prepare, Claims, Date, Household, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn a_prepared_scenario_gives_the_full_outcome_at_any_hours(
        first in 0i64..=4000,
        then in 0i64..=4000,
        household in prop_oneof![Just(Household::Single), Just(Household::SingleParent), Just(Household::Couple)],
        rent in proptest::option::of((0i64..=120_000).prop_map(|c| Decimal::new(c, 2))),
        partner in 0i64..=3000,
        month in 1u8..=12,
        year in 2024i32..=2027,
    ) {
        let s = Scenario {
            date: Date::new(year, month, 1).unwrap(),
            household,
            hours_per_week: Decimal::new(first, 2),
            rent,
            partner_hours_per_week: if household == Household::Couple { Decimal::new(partner, 2) } else { Decimal::ZERO },
            children_ages: if household == Household::SingleParent { vec![4] } else { Vec::new() },
            ..Scenario::default()
        };
        let p = prepare(&s).unwrap();
        let hours = Decimal::new(then, 2);
        let moved = Scenario { hours_per_week: hours, ..s.clone() };
        prop_assert!(p.fits(&moved), "other hours, the same scenario");
        prop_assert_eq!(p.outcome(hours).unwrap(), calculate(&moved).unwrap());
    }
}

#[test]
fn another_input_than_the_hours_needs_a_new_preparation() {
    let s = Scenario {
        hours_per_week: dec!(12),
        ..Scenario::default()
    };
    let p = prepare(&s).unwrap();
    for other in [
        Scenario {
            rent: Some(dec!(700)),
            ..s.clone()
        },
        Scenario {
            hourly_wage: Some(dec!(16)),
            ..s.clone()
        },
        Scenario {
            allowances: Claims::NONE,
            ..s.clone()
        },
        Scenario {
            date: Date::ymd(2025, 3, 1),
            ..s.clone()
        },
    ] {
        assert!(!p.fits(&other), "{other:?}");
    }
    // Hours outside 0–168 are refused here too.
    assert!(p.outcome(dec!(168.01)).is_err());
}
