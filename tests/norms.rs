//! Step 1: the norm for every date and household/age combination equals the
//! tables of parameters.md §1–§3 to the cent; the kostendelersnorm (§4, art.
//! 22a) matches its worked examples; dates outside our figures are refused.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rekenhulp_bijverdienen::rules::{calculate, AgeGroup, Date, Household, RuleError, Scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const DATES: [Date; 6] = [
    Date::ymd(2024, 1, 1),
    Date::ymd(2024, 7, 1),
    Date::ymd(2025, 1, 1),
    Date::ymd(2025, 7, 1),
    Date::ymd(2026, 1, 1),
    Date::ymd(2026, 7, 1),
];

/// parameters.md §1 (art. 21): single / single parent, couple, 21 to AOW age.
const ART_21: [(Decimal, Decimal); 6] = [
    (dec!(1283.83), dec!(1834.04)),
    (dec!(1308.45), dec!(1869.21)),
    (dec!(1345.45), dec!(1922.07)),
    (dec!(1369.06), dec!(1955.80)),
    (dec!(1401.50), dec!(2002.13)),
    (dec!(1419.46), dec!(2027.79)),
];

/// parameters.md §2 (art. 22): single, couple with one or both at AOW age.
const ART_22: [(Decimal, Decimal); 6] = [
    (dec!(1425.76), dec!(1932.32)),
    (dec!(1456.85), dec!(1976.64)),
    (dec!(1501.07), dec!(2053.48)),
    (dec!(1530.21), dec!(2094.98)),
    (dec!(1564.69), dec!(2144.16)),
    (dec!(1587.34), dec!(2176.10)),
];

/// parameters.md §3 (art. 20): single (also single parent); both 18–20 without
/// and with children; one 18–20 and one 21+ without and with children.
const ART_20: [[Decimal; 5]; 6] = [
    [
        dec!(316.94),
        dec!(633.88),
        dec!(1000.69),
        dec!(1233.96),
        dec!(1600.77),
    ],
    [
        dec!(323.03),
        dec!(646.06),
        dec!(1019.90),
        dec!(1257.64),
        dec!(1631.48),
    ],
    [
        dec!(332.17),
        dec!(664.34),
        dec!(1048.75),
        dec!(1293.21),
        dec!(1677.62),
    ],
    [
        dec!(337.98),
        dec!(675.96),
        dec!(1067.12),
        dec!(1315.88),
        dec!(1707.04),
    ],
    [
        dec!(345.99),
        dec!(691.98),
        dec!(1092.41),
        dec!(1347.06),
        dec!(1747.49),
    ],
    [
        dec!(350.42),
        dec!(700.84),
        dec!(1106.40),
        dec!(1364.32),
        dec!(1769.88),
    ],
];

fn norm(s: Scenario) -> Decimal {
    calculate(&s).unwrap_or_else(|e| panic!("{s:?}: {e}")).norm
}

fn person(date: Date, household: Household, age: AgeGroup) -> Scenario {
    Scenario {
        date,
        household,
        age,
        ..Scenario::default()
    }
}

fn couple(date: Date, age: AgeGroup, partner: AgeGroup, children: bool) -> Scenario {
    Scenario {
        date,
        household: Household::Couple,
        age,
        partner_age: Some(partner),
        children,
        ..Scenario::default()
    }
}

#[test]
fn norms_21_to_aow_age_art_21() {
    use AgeGroup::Adult;
    for (date, (single, married)) in DATES.into_iter().zip(ART_21) {
        assert_eq!(
            norm(person(date, Household::Single, Adult)),
            single,
            "{date}"
        );
        assert_eq!(
            norm(person(date, Household::SingleParent, Adult)),
            single,
            "{date}: single parent = single (art. 21 a)"
        );
        assert_eq!(
            norm(person(date, Household::Couple, Adult)),
            married,
            "{date}"
        );
        for children in [false, true] {
            assert_eq!(
                norm(couple(date, Adult, Adult, children)),
                married,
                "{date}"
            );
        }
    }
}

#[test]
fn norms_at_aow_age_art_22() {
    use AgeGroup::{Adult, Aow};
    for (date, (single, married)) in DATES.into_iter().zip(ART_22) {
        assert_eq!(norm(person(date, Household::Single, Aow)), single, "{date}");
        assert_eq!(
            norm(person(date, Household::SingleParent, Aow)),
            single,
            "{date}"
        );
        // Art. 22 b (both at AOW age) and c (one of them) have one amount.
        assert_eq!(norm(couple(date, Aow, Aow, false)), married, "{date}");
        assert_eq!(norm(couple(date, Aow, Adult, false)), married, "{date}");
        assert_eq!(norm(couple(date, Adult, Aow, true)), married, "{date}");
    }
}

#[test]
fn youth_norms_18_to_20_art_20() {
    use AgeGroup::{Adult, Youth};
    for (date, row) in DATES.into_iter().zip(ART_20) {
        let [single, both, both_children, mixed, mixed_children] = row;
        assert_eq!(
            norm(person(date, Household::Single, Youth)),
            single,
            "{date}"
        );
        assert_eq!(
            norm(person(date, Household::SingleParent, Youth)),
            single,
            "{date}: single parent 18–20 = single"
        );
        assert_eq!(norm(couple(date, Youth, Youth, false)), both, "{date}");
        assert_eq!(
            norm(couple(date, Youth, Youth, true)),
            both_children,
            "{date}"
        );
        // Mixed ages: whichever of the two is the applicant.
        for (a, p) in [(Youth, Adult), (Adult, Youth)] {
            assert_eq!(norm(couple(date, a, p, false)), mixed, "{date} {a:?}");
            assert_eq!(
                norm(couple(date, a, p, true)),
                mixed_children,
                "{date} {a:?}"
            );
        }
    }
}

#[test]
fn a_date_inside_a_period_uses_the_values_from_its_start() {
    let single = |y, m, d| {
        norm(person(
            Date::ymd(y, m, d),
            Household::Single,
            AgeGroup::Adult,
        ))
    };
    assert_eq!(single(2025, 3, 15), dec!(1345.45), "2025-01-01 values");
    assert_eq!(single(2025, 6, 30), dec!(1345.45), "last day before July");
    assert_eq!(single(2025, 7, 1), dec!(1369.06));
    assert_eq!(single(2024, 12, 31), dec!(1308.45));
    assert_eq!(single(2026, 12, 31), dec!(1419.46), "last date we know");
    assert_eq!(
        norm(couple(
            Date::ymd(2024, 3, 1),
            AgeGroup::Youth,
            AgeGroup::Youth,
            true
        )),
        dec!(1000.69)
    );
}

fn with_housemates(date: Date, household: Household, age: AgeGroup, housemates: u32) -> Scenario {
    Scenario {
        housemates,
        ..person(date, household, age)
    }
}

/// parameters.md §4, B = 2002.13 (2026-01-01), per person
/// (40% + A × 30%) / A × B:
/// A=2: 1.0/2 × 2002.13 = 1001.065 → 1001.07; A=3: 1.3/3 × 2002.13 = 867.5896… →
/// 867.59; A=4: 0.40 × 2002.13 = 800.852 → 800.85; A=5: 0.38 × 2002.13 =
/// 760.8094 → 760.81; A=6: 2.2/6 × 2002.13 = 734.1143… → 734.11.
#[test]
fn kostendelersnorm_worked_examples_a_2_to_6() {
    let d = Date::ymd(2026, 1, 1);
    let expected = [
        dec!(1001.07),
        dec!(867.59),
        dec!(800.85),
        dec!(760.81),
        dec!(734.11),
    ];
    for (housemates, want) in (1..=5).zip(expected) {
        for household in [Household::Single, Household::SingleParent] {
            assert_eq!(
                norm(with_housemates(d, household, AgeGroup::Adult, housemates)),
                want,
                "A = {}",
                housemates + 1
            );
        }
    }
    // A = 2 equals the IOAW amount for a pair of 21+ (P-NB26 bijlage II: 1001.07).
}

#[test]
fn kostendelersnorm_for_a_couple_is_twice_the_share() {
    let d = Date::ymd(2026, 1, 1);
    let c = |housemates| Scenario {
        housemates,
        ..person(d, Household::Couple, AgeGroup::Adult)
    };
    // Art. 22a lid 2. One housemate: A = 3 → 2 × 867.59 = 1735.18.
    assert_eq!(norm(c(1)), dec!(1735.18));
    // Two housemates: A = 4 → 2 × 800.85 = 1601.70.
    assert_eq!(norm(c(2)), dec!(1601.70));
    // 2024-01-01, B = 1834.04, one housemate: 1.3/3 × 1834.04 = 794.7506… →
    // 794.75; × 2 = 1589.50.
    assert_eq!(
        norm(Scenario {
            date: Date::ymd(2024, 1, 1),
            ..c(1)
        }),
        dec!(1589.50)
    );
}

#[test]
fn kostendelersnorm_at_aow_age_uses_the_aow_couple_norm() {
    let d = Date::ymd(2026, 1, 1);
    // Art. 22a lid 1 c: B = art. 22 b = 2144.16.
    // Single, A = 2: 0.5 × 2144.16 = 1072.08.
    assert_eq!(
        norm(with_housemates(d, Household::Single, AgeGroup::Aow, 1)),
        dec!(1072.08)
    );
    // Single, A = 3: 1.3/3 × 2144.16 = 929.136 → 929.14.
    assert_eq!(
        norm(with_housemates(d, Household::Single, AgeGroup::Aow, 2)),
        dec!(929.14)
    );
    // Couple, both AOW, one housemate: A = 3 → 2 × 929.14 = 1858.28.
    let aow_couple = Scenario {
        housemates: 1,
        ..couple(d, AgeGroup::Aow, AgeGroup::Aow, false)
    };
    assert_eq!(norm(aow_couple), dec!(1858.28));
    // One partner below AOW age: art. 22a lid 1 b, B = art. 22 c = 2144.16, same.
    let mixed = Scenario {
        housemates: 1,
        ..couple(d, AgeGroup::Adult, AgeGroup::Aow, false)
    };
    assert_eq!(norm(mixed), dec!(1858.28));
    // 2025-07-01, single AOW, A = 2: 0.5 × 2094.98 = 1047.49.
    assert_eq!(
        norm(with_housemates(
            Date::ymd(2025, 7, 1),
            Household::Single,
            AgeGroup::Aow,
            1
        )),
        dec!(1047.49)
    );
}

#[test]
fn kostendelersnorm_does_not_apply_under_21() {
    // Art. 22a lid 1 applies to a belanghebbende of 21 or older.
    let d = Date::ymd(2026, 1, 1);
    assert_eq!(
        norm(with_housemates(d, Household::Single, AgeGroup::Youth, 3)),
        dec!(345.99)
    );
    let both_young = Scenario {
        housemates: 2,
        ..couple(d, AgeGroup::Youth, AgeGroup::Youth, false)
    };
    assert_eq!(norm(both_young), dec!(691.98));
}

#[test]
fn kostendelersnorm_mixed_age_couple_art_22a_lid_3() {
    let d = Date::ymd(2026, 1, 1);
    let mixed = |housemates, children| Scenario {
        housemates,
        ..couple(d, AgeGroup::Adult, AgeGroup::Youth, children)
    };
    // A counts only the partner of 21+ and the housemates.
    // One housemate, A = 2: 1001.07 + 345.99 (lid 3 b) = 1347.06.
    assert_eq!(norm(mixed(1, false)), dec!(1347.06));
    // With children: 1001.07 + 746.42 (lid 3 a) = 1747.49.
    assert_eq!(norm(mixed(1, true)), dec!(1747.49));
    // Two housemates, A = 3: 867.59 + 345.99 = 1213.58.
    assert_eq!(norm(mixed(2, false)), dec!(1213.58));
    // 2025-07-01 with children, A = 2: 0.5 × 1955.80 = 977.90; + 729.14 = 1707.04.
    assert_eq!(
        norm(Scenario {
            date: Date::ymd(2025, 7, 1),
            ..mixed(1, true)
        }),
        dec!(1707.04)
    );
}

#[test]
fn dates_before_our_figures_are_refused() {
    let at = |y, m, d| {
        calculate(&Scenario {
            date: Date::ymd(y, m, d),
            ..Scenario::default()
        })
    };
    assert_eq!(
        at(2023, 12, 31).unwrap_err(),
        RuleError::DateTooEarly {
            first: Date::ymd(2024, 1, 1)
        }
    );
    assert!(matches!(
        at(2019, 6, 1),
        Err(RuleError::DateTooEarly { .. })
    ));
    // After our last values: an outcome with the last values (tests/after_last_values.rs).
    assert!(at(2027, 1, 1).is_ok());
    assert!(at(2024, 1, 1).is_ok());
    assert!(at(2026, 12, 31).is_ok());
}

/// Art. 22a lid 3 a on the dates the Normenbrief does not give: derived from
/// the relation the published amounts follow (art. 20 norm for a couple of
/// 18–20 and 21+ with children − 50% of art. 21 b) and flagged; 2026-07-01 is
/// the law text's own 755.98.
#[test]
fn kostendelersnorm_youth_spouse_with_children_on_every_date() {
    let mixed = |date| Scenario {
        housemates: 1,
        ..couple(date, AgeGroup::Adult, AgeGroup::Youth, true)
    };
    // 2024-01-01, A = 2: 0.5 × 1834.04 = 917.02; part 1600.77 − 917.02 = 683.75;
    // norm 917.02 + 683.75 = 1600.77.
    let o = calculate(&mixed(Date::ymd(2024, 1, 1))).unwrap();
    assert_eq!(o.norm, dec!(1600.77));
    assert!(o
        .unconfirmed
        .iter()
        .any(|u| u.id == "norm.mixed_kostendeler_children_part" && u.value == dec!(683.75)));
    // 2024-07-01: 0.5 × 1869.21 = 934.605 → 934.61; part 1631.48 − 934.61 = 696.87;
    // norm 934.61 + 696.87 = 1631.48.
    assert_eq!(norm(mixed(Date::ymd(2024, 7, 1))), dec!(1631.48));
    // 2025-01-01: 0.5 × 1922.07 = 961.035 → 961.04; part 716.58; norm 1677.62.
    assert_eq!(norm(mixed(Date::ymd(2025, 1, 1))), dec!(1677.62));
    // 2026-07-01 (law text, H): 0.5 × 2027.79 = 1013.895 → 1013.90; + 755.98 = 1769.88.
    let o = calculate(&mixed(Date::ymd(2026, 7, 1))).unwrap();
    assert_eq!(o.norm, dec!(1769.88));
    assert!(
        !o.unconfirmed
            .iter()
            .any(|u| u.id == "norm.mixed_kostendeler_children_part"),
        "{:?}",
        o.unconfirmed
    );
}

/// Art. 22 c is for a couple where the other spouse is 21 or older. With one
/// spouse of 18–20 and the other at AOW age, art. 20 lid 1 d (no children) or
/// e (children) applies, not the AOW couple norm (2144.16 on 2026-01-01).
#[test]
fn a_youth_spouse_with_a_spouse_at_aow_age_gets_the_art_20_norm() {
    let d = Date::ymd(2026, 1, 1);
    assert_eq!(
        norm(couple(d, AgeGroup::Youth, AgeGroup::Aow, false)),
        dec!(1347.06)
    );
    assert_eq!(
        norm(couple(d, AgeGroup::Aow, AgeGroup::Youth, true)),
        dec!(1747.49)
    );
    // Both at AOW age: art. 22 b, 2144.16, as before.
    assert_eq!(
        norm(couple(d, AgeGroup::Aow, AgeGroup::Aow, false)),
        dec!(2144.16)
    );
}
