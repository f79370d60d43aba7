//! A date after our last published values: the outcome uses the last values,
//! names their date and says the rules change (Participatiewet in balans,
//! 2027-01-01). Only a date before our first values is an error.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::lines;
use rekenhulp_bijverdienen::rules::notice::NewEarningsRules;
use rekenhulp_bijverdienen::rules::{calculate, Date, Notice, RuleError, Scenario};
use rust_decimal_macros::dec;
use std::io::Write;
use std::process::{Command, Stdio};

/// The change of 2027-01-01 as the law text says it: art. 34a lid 1 a 15% for
/// at most 12 months, lid 1 c 25% up to €226.00; art. 34b a bufferbudget of
/// up to €1,000 a calendar year.
fn change() -> Notice {
    Notice::EarningsRulesChange {
        on: Date::ymd(2027, 1, 1),
        rules: NewEarningsRules {
            rate: dec!(0.15),
            months: 12,
            aow_rate: dec!(0.25),
            aow_cap: dec!(226.00),
            buffer: dec!(1000.00),
        },
    }
}

fn at(y: i32, m: u8, d: u8, hours: rust_decimal::Decimal) -> Scenario {
    Scenario {
        date: Date::ymd(y, m, d),
        hours_per_week: hours,
        ..Scenario::default()
    }
}

/// Single, 21+, 12 hours a week at the minimum wage, on 2027-03-01. Nothing for
/// 2027 is published, so the values of 2026-07-01 (norm, minimum wage) and the
/// 2026 tax tables are used:
/// G = 12 × 52/12 × 14.99 = 779.48; Hp = 8% × 779.48 = 62.36; G + Hp = 841.84;
/// Y = 12 × 841.84 = 10,102.08; bracket tax 35.75% × Y = 3,611.49;
/// AHK 3,115 + AK 8.324% × Y = 840.90 exceed it, so tax 0 and W = 841.84.
/// B = 1,419.46 − 841.84 = 577.62. Premie: 30% × 841.84 = 252.55, capped at
/// 219 (unconfirmed). Total = 841.84 + 577.62 + 219.00 = 1,638.46.
#[test]
fn a_date_in_2027_uses_the_amounts_of_1_july_2026_and_says_so() {
    let o = calculate(&at(2027, 3, 1, dec!(12))).unwrap();
    assert_eq!(o.date, Date::ymd(2027, 3, 1));
    assert_eq!(o.parameters_from, Date::ymd(2026, 7, 1));
    assert_eq!(o.norm, dec!(1419.46));
    assert_eq!(o.hourly_wage, dec!(14.99));
    assert_eq!(o.now.wage.gross, dec!(841.84));
    assert_eq!(o.now.wage.net, dec!(841.84));
    assert_eq!(o.now.top_up, dec!(577.62));
    assert_eq!(o.now.premie, dec!(219));
    assert_eq!(o.now.total, dec!(1638.46));
    assert_eq!(
        o.notices,
        vec![
            Notice::AmountsCarriedForward {
                date: Date::ymd(2027, 3, 1),
                last: Date::ymd(2026, 12, 31),
                parameters_from: Date::ymd(2026, 7, 1),
            },
            change(),
        ]
    );
    // The premie of March is paid in June 2027 (real date, not the rules date).
    assert_eq!(o.premie_payment.0, Date::ymd(2027, 6, 1));
}

/// The same scenario on 2026-12-31 gives the same amounts without the
/// carried-forward notice; the coming change is already announced.
#[test]
fn the_last_day_with_values_has_no_carried_forward_notice() {
    let last = calculate(&at(2026, 12, 31, dec!(12))).unwrap();
    let later = calculate(&at(2027, 3, 1, dec!(12))).unwrap();
    assert_eq!(last.now, later.now);
    assert_eq!(last.notices, vec![change()]);
    // In November 2026 neither notice applies yet.
    let nov = calculate(&at(2026, 11, 30, dec!(12))).unwrap();
    assert!(nov.notices.is_empty());
    assert_eq!(nov.parameters_from, Date::ymd(2026, 7, 1));
}

/// In the first half of 2026 the newest value used is that of 2026-01-01
/// (norm 1401.50, minimum wage 14.71, tax 2026).
#[test]
fn parameters_from_names_the_newest_value_used() {
    let o = calculate(&at(2026, 3, 1, dec!(12))).unwrap();
    assert_eq!(o.parameters_from, Date::ymd(2026, 1, 1));
    assert_eq!(o.norm, dec!(1401.50));
}

#[test]
fn a_date_before_our_first_values_stays_an_error() {
    assert_eq!(
        calculate(&at(2023, 12, 31, dec!(12))).unwrap_err(),
        RuleError::DateTooEarly {
            first: Date::ymd(2024, 1, 1)
        }
    );
}

fn run_on(today: &str, stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rekenhulp"))
        .env("REKENHULP_TODAY", today)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_cli_answers_a_2027_date_and_a_scenario_without_a_date() {
    for (today, input) in [
        ("2026-12-01", r#"{"date":"2027-03-01","hours_per_week":12}"#),
        ("2027-02-10", r#"{"hours_per_week":12}"#),
    ] {
        let out = run_on(today, input);
        assert!(out.status.success(), "{out:?}");
        let o = &lines(&out)[0];
        assert_eq!(o["parameters_from"], "2026-07-01", "{o}");
        assert_eq!(o["total"], "1638.46");
        assert_eq!(o["notices"][0]["id"], "amounts_carried_forward");
        assert_eq!(o["notices"][0]["date"], "2026-07-01");
        let text = o["notices"][0]["text"].as_str().unwrap();
        assert!(text.contains("1 juli 2026"), "{text}");
        assert_eq!(o["notices"][1]["id"], "earnings_rules_change");
        assert_eq!(o["notices"][1]["date"], "2027-01-01");
    }
    let out = run_on("2026-12-01", r#"{"date":"2023-06-01"}"#);
    assert_eq!(out.status.code(), Some(1));
    assert!(lines(&out)[0]["error"]
        .as_str()
        .unwrap()
        .contains("2024-01-01"));
}

/// From 2027-01-01 art. 34a lid 1 a replaces vrijlating n when the college
/// grants it: 15% of the net earnings, no euro maximum, at most 12 months.
/// Couple 21+, 32 h a week at 17.00 on 2027-03-01 (amounts of 2026-07-01):
/// G = 32 × 52/12 × 17 = 2357.33; Hp = 8% × 2357.33 = 188.59; gross 2545.92;
/// Y = 30,551.04. Bracket 35.75% × Y = 10,921.9968; AHK 3,115 − 6.398% ×
/// (Y − 29,736) = 3,062.8537; AK 5,300 + 1.95% × (Y − 25,845) = 5,391.7678;
/// tax 2,467.3753 → 2,467.38; W = (30,551.04 − 2,467.38) / 12 = 2,340.305 →
/// 2,340.31. V = 15% × 2,340.31 = 351.0465 → 351.05 (n of 2026 would stop at
/// 289). B = 2,027.79 − (2,340.31 − 351.05) = 38.53. P = max(0, min(30% ×
/// 2,340.31, 219) − 351.05) = 0. Total 2,340.31 + 38.53 = 2,378.84.
#[test]
fn in_2027_a_granted_vrijlating_follows_art_34a() {
    let s = Scenario {
        household: rekenhulp_bijverdienen::rules::Household::Couple,
        hourly_wage: Some(dec!(17.00)),
        vrijlating_n: true,
        ..at(2027, 3, 1, dec!(32))
    };
    let o = calculate(&s).unwrap();
    assert_eq!(o.now.wage.net, dec!(2340.31));
    assert_eq!(o.now.vrijlating, dec!(351.05));
    assert_eq!(o.now.top_up, dec!(38.53));
    assert_eq!(o.now.premie, dec!(0));
    assert_eq!(o.now.total, dec!(2378.84));
    assert_eq!(o.parameters_from, Date::ymd(2026, 7, 1));
    assert!(o
        .trace
        .iter()
        .any(|t| t.key.as_str() == "trace.vrijlating_34a"));
    // On 2026-12-31 the same scenario has vrijlating n: min(25% × W, 289) =
    // 289, and 2,027.79 − (2,340.31 − 289) = −23.52 → no bijstand.
    let before = calculate(&Scenario {
        date: Date::ymd(2026, 12, 31),
        ..s.clone()
    })
    .unwrap();
    assert!(!before.now.in_bijstand);
    assert_eq!(before.now.top_up, dec!(0));
}

/// Art. 34a lid 1 c: at AOW age 25% up to €226 is not offset, without a
/// decision of the college. Single at AOW age, 8 h at 18.00, 2027-03-01:
/// G 624.00, Hp 49.92, W = 673.92 (no tax at AOW age here, see
/// worked_scenarios.rs 7); V = min(25% × 673.92 = 168.48, 226) = 168.48;
/// B = 1,587.34 − (673.92 − 168.48) = 1,081.90; P = max(0, min(30% × 673.92
/// = 202.18, 219) − 168.48) = 33.70. Total 673.92 + 1,081.90 + 33.70 = 1,789.52.
#[test]
fn in_2027_at_aow_age_a_quarter_of_the_wage_is_kept() {
    let s = Scenario {
        age: rekenhulp_bijverdienen::rules::AgeGroup::Aow,
        hourly_wage: Some(dec!(18)),
        ..at(2027, 3, 1, dec!(8))
    };
    let o = calculate(&s).unwrap();
    assert_eq!(o.now.wage.net, dec!(673.92));
    assert_eq!(o.now.vrijlating, dec!(168.48));
    assert_eq!(o.now.top_up, dec!(1081.90));
    assert_eq!(o.now.premie, dec!(33.70));
    assert_eq!(o.now.total, dec!(1789.52));
}

#[test]
fn the_cli_applies_art_34a_in_2027() {
    let out = run_on(
        "2026-12-01",
        r#"{"date":"2027-03-01","household":"couple","hours_per_week":32,"hourly_wage":"17.00","vrijlating_n":true}"#,
    );
    assert!(out.status.success(), "{out:?}");
    let o = &lines(&out)[0];
    assert_eq!(o["vrijlating"], "351.05");
    assert_eq!(o["total"], "2378.84");
    assert!(o["trace"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["key"] == "trace.vrijlating_34a"));
}

/// The month planner follows art. 34a from January 2027, month by month, and
/// ends it after twelve months of a continuous period. Single 21+, national
/// rules, n granted, 12 h a week at the minimum wage (14.99, carried forward)
/// from 2027-01 for 14 months: gross 779.48 + 62.36 = 841.84, no tax, counted
/// income 841.84; V = 15% × 841.84 = 126.276 → 126.28 (no cap);
/// B = 1,419.46 − (841.84 − 126.28) = 703.90; 5% kept back 35.195 → 35.20;
/// due 668.70. From the 13th month (2028-01) no vrijlating: B = 1,419.46 −
/// 841.84 = 577.62, due 577.62 − 28.88 (28.881) = 548.74.
#[test]
fn the_month_planner_follows_art_34a_in_2027() {
    use rekenhulp_bijverdienen::rules::months::{self, patterns, Plan, YearMonth};
    let s = Scenario {
        scheme: rekenhulp_bijverdienen::rules::Scheme::National,
        vrijlating_n: true,
        ..at(2027, 1, 1, dec!(12))
    };
    let start = YearMonth {
        year: 2027,
        month: 1,
    };
    let out = months::calculate(&s, &Plan::new(patterns::steady(start, 14, dec!(12)))).unwrap();
    for r in &out.rows[..12] {
        assert_eq!(r.counted_income, dec!(841.84), "{:?}", r.month);
        assert_eq!(r.vrijlating, dec!(126.28), "{:?}", r.month);
        assert_eq!(r.top_up, dec!(703.90), "{:?}", r.month);
        assert_eq!(r.due, dec!(668.70), "{:?}", r.month);
    }
    for r in &out.rows[12..] {
        assert_eq!(r.vrijlating, dec!(0), "{:?}", r.month);
        assert_eq!(r.top_up, dec!(577.62), "{:?}", r.month);
        assert_eq!(r.due, dec!(548.74), "{:?}", r.month);
    }
}

/// Hours typed with three decimals are rounded half up to the hundredth
/// (12.345 → 12.35, not the banker's 12.34): the month shown is that of
/// 12.35 h. 12.35 × 52/12 × 14.71 (2026-03) = 787.23 (787.2263…); 12.34 h
/// would give 786.60.
#[test]
fn hours_with_three_decimals_round_half_up() {
    let o = calculate(&at(2026, 3, 1, dec!(12.345))).unwrap();
    assert_eq!(o.now.hours, dec!(12.35));
    assert_eq!(o.now.wage.gross_base, dec!(787.23));
}
