//! The engine (`Context::month`, whole cents) gives exactly the month of an
//! independent `Decimal` model of steps 2–7 written here (`reference`): every
//! field, for every household, age, date, wage, korting, scheme and
//! vrijlating, at any hours. The model was the engine's second implementation
//! until the rules were written once; it stays as a check.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
#[path = "reference.rs"]
mod reference;

use crate::engine::Context;
use crate::param::Usage;
use crate::{AgeGroup, Date, Household, KortingBy, RuleError, Scenario, Scheme};
use reference::{month_decimal, wage_decimal};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn pick<T: Clone + core::fmt::Debug + 'static>(xs: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(xs)
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            (2024i32..=2026, 1u8..=12),
            pick(&[
                Household::Single,
                Household::SingleParent,
                Household::Couple,
            ]),
            pick(&[
                AgeGroup::Youth,
                AgeGroup::YoungAdult,
                AgeGroup::Adult,
                AgeGroup::Aow,
            ]),
            proptest::option::of(pick(&[
                AgeGroup::Youth,
                AgeGroup::YoungAdult,
                AgeGroup::Adult,
                AgeGroup::Aow,
            ])),
            any::<bool>(),
            0u32..=5,
        ),
        (
            // Wages with up to 4 decimals, as the input parser allows.
            proptest::option::of((0i64..=10_000_000).prop_map(|c| Decimal::new(c, 4))),
            any::<bool>(),
            pick(&[Scheme::Amsterdam, Scheme::Experiment, Scheme::National]),
            any::<(bool, bool)>(),
            proptest::option::of((0i64..=60_000).prop_map(|c| Decimal::new(c, 2))),
        ),
    )
        .prop_map(
            |(
                ((year, month), household, age, partner_age, children, housemates),
                (wage, municipality, scheme, (n, r), premie_cap),
            )| Scenario {
                date: Date::ymd(year, month, 1),
                household,
                age,
                partner_age,
                children,
                youngest_child_age: Some(3),
                housemates,
                hourly_wage: wage,
                korting_by: if municipality {
                    KortingBy::Municipality
                } else {
                    KortingBy::Employer
                },
                scheme,
                vrijlating_n: n,
                vrijlating_r: r,
                premie_cap,
                // Couples: a partner working 0–20 hours (from the housemates draw).
                partner_hours_per_week: Decimal::from(housemates * 4),
                ..Scenario::default()
            },
        )
}

fn context(s: &Scenario) -> Option<Context> {
    match Context::new(s, &mut Usage::default()) {
        Ok((ctx, _)) => Some(ctx),
        Err(RuleError::MissingParameter { .. }) => None,
        Err(e) => panic!("{s:?}: {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_engine_gives_the_decimal_month(
        s in scenario(),
        hours in proptest::collection::vec(0i64..=16_900, 40),
    ) {
        let Some(ctx) = context(&s) else { return Ok(()) };
        for k in hours {
            let h = Decimal::new(k, 2);
            prop_assert_eq!(ctx.month(h), month_decimal(&ctx, h), "{} h", h);
            prop_assert_eq!(ctx.wage(h), wage_decimal(&ctx, h), "{} h", h);
        }
    }
}

/// Every hundredth from 0 to 45 hours for a few typical scenarios (the range
/// of the curve and of most thresholds), plus the edges.
#[test]
fn the_engine_agrees_at_every_hundredth() {
    let scenarios = [
        Scenario::default(),
        Scenario {
            date: Date::ymd(2024, 1, 1),
            household: Household::SingleParent,
            vrijlating_r: true,
            korting_by: KortingBy::Municipality,
            hourly_wage: Some(dec!(13.3333)),
            ..Scenario::default()
        },
        Scenario {
            date: Date::ymd(2025, 7, 1),
            age: AgeGroup::Aow,
            household: Household::Couple,
            housemates: 1,
            scheme: Scheme::Experiment,
            vrijlating_n: true,
            hourly_wage: Some(dec!(31.07)),
            ..Scenario::default()
        },
    ];
    for s in &scenarios {
        let ctx = context(s).unwrap();
        for k in (0..=4_500).chain([16_799, 16_800, 16_900]) {
            let h = Decimal::new(k, 2);
            assert_eq!(ctx.month(h), month_decimal(&ctx, h), "{s:?} at {h} h");
        }
    }
}

/// Values finer than cents are rounded to cents (half up) before use; hours
/// finer than hundredths to hundredths.
#[test]
fn amounts_finer_than_cents_are_rounded_first() {
    let s = Scenario {
        premie_cap: Some(dec!(250.125)),
        hours_per_week: dec!(12),
        ..Scenario::default()
    };
    let ctx = context(&s).unwrap();
    // 12 h × 52/12 × 14.71 = 764.92; Hp 61.19; gross 826.11; no tax;
    // 30% × 826.11 = 247.833 → 247.83 < 250.125.
    assert_eq!(ctx.month(dec!(12)).premie, dec!(247.83));
    // Hours finer than hundredths: 12.005 → 12.01 (half up), else the same rules.
    let ctx = context(&Scenario::default()).unwrap();
    let m = ctx.month(dec!(12.005));
    let r = month_decimal(&ctx, dec!(12.01));
    assert_eq!(m.wage, r.wage);
    assert_eq!((m.top_up, m.premie, m.total), (r.top_up, r.premie, r.total));
}
