//! Properties of the allowances for any household, income, rent and date:
//! no allowance is negative, and none rises when the toetsingsinkomen rises.
//!
//! The cliffs the law makes, where an amount drops to nil at a limit (none of
//! them breaks "does not rise"):
//! - every toeslag: the Awir minimum, less than €24 a year is not paid
//!   (unconfirmed): a last drop of at most €2 a month at the end of each
//!   phase-out;
//! - huurtoeslag until 2025: a rekenhuur above the maximale huurgrens
//!   (900.07 in 2025; 477.20 under 23) gives nothing at all — a cliff in the
//!   rent, not in the income; gone from 2026;
//! - zorgtoeslag and kindgebonden budget: no income cliff (linear to nil);
//!   vermogen limits (not modelled) are a cliff in capital.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::date::Date;
use crate::param::Usage;
use crate::toeslagen::{allowances, AllowanceInput, Allowances, Household};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        Just(Date::ymd(2024, 1, 1)),
        Just(Date::ymd(2024, 7, 1)),
        Just(Date::ymd(2025, 1, 1)),
        Just(Date::ymd(2025, 12, 31)),
        Just(Date::ymd(2026, 1, 1)),
        Just(Date::ymd(2026, 7, 1)),
        Just(Date::ymd(2027, 3, 1)),
    ]
}

fn household() -> impl Strategy<Value = Household> {
    (
        any::<bool>(),
        18u32..=70,
        prop::option::of(18u32..=70),
        any::<bool>(),
        prop::collection::vec(0u32..=20, 0..4),
        0u32..=3,
    )
        .prop_map(|(partner, age, partner_age, aow, children, others)| {
            let kids = u32::try_from(children.len()).unwrap_or(0);
            Household {
                partner,
                persons: 1 + u32::from(partner) + kids + others,
                applicant_age: age,
                partner_age: if partner { partner_age } else { None },
                aow,
                single_parent: !partner && !children.is_empty(),
                children_ages: children,
            }
        })
}

/// Cents to euros.
fn euros(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

fn run(date: Date, h: &Household, income: Decimal, rent: Option<Decimal>) -> Allowances {
    let input = AllowanceInput {
        date,
        household: h,
        toetsingsinkomen_year: income,
        rent,
    };
    allowances(&input, &mut Usage::default()).unwrap()
}

proptest! {
    #[test]
    fn no_allowance_is_negative_or_rises_with_income(
        date in date(),
        h in household(),
        income in 0i64..=15_000_000,
        more in 1i64..=2_000_000,
        rent in prop::option::of(0i64..=150_000),
    ) {
        let rent = rent.map(euros);
        let low = run(date, &h, euros(income), rent);
        let high = run(date, &h, euros(income + more), rent);
        for a in [&low, &high] {
            prop_assert!(a.zorgtoeslag >= Decimal::ZERO);
            prop_assert!(a.huurtoeslag >= Decimal::ZERO);
            prop_assert!(a.kindgebonden_budget >= Decimal::ZERO);
            prop_assert_eq!(a.zorgtoeslag.scale().max(2), 2);
            prop_assert_eq!(a.steps.len(), 3);
        }
        prop_assert!(high.zorgtoeslag <= low.zorgtoeslag, "zorgtoeslag {} -> {}", low.zorgtoeslag, high.zorgtoeslag);
        prop_assert!(high.huurtoeslag <= low.huurtoeslag, "huurtoeslag {} -> {}", low.huurtoeslag, high.huurtoeslag);
        prop_assert!(
            high.kindgebonden_budget <= low.kindgebonden_budget,
            "kgb {} -> {}", low.kindgebonden_budget, high.kindgebonden_budget
        );
    }

    #[test]
    fn from_2026_a_higher_rent_never_lowers_the_huurtoeslag(
        h in household(),
        income in 0i64..=6_000_000,
        rent in 0i64..=150_000,
        more in 1i64..=50_000,
    ) {
        // No hard maximum rent since 2026: the rent counts up to the limit.
        let date = Date::ymd(2026, 7, 1);
        let low = run(date, &h, euros(income), Some(euros(rent)));
        let high = run(date, &h, euros(income), Some(euros(rent + more)));
        prop_assert!(high.huurtoeslag >= low.huurtoeslag);
    }
}
