//! A date after our last published values: the outcome uses the last values,
//! names their date and says the rules change (Participatiewet in balans,
//! 2027-01-01). Only a date before our first values is an error.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::lines;
use rekenhulp_bijverdienen::rules::{calculate, Date, Notice, RuleError, Scenario};
use rust_decimal_macros::dec;
use std::io::Write;
use std::process::{Command, Stdio};

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
            Notice::EarningsRulesChange {
                on: Date::ymd(2027, 1, 1)
            },
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
    assert_eq!(
        last.notices,
        vec![Notice::EarningsRulesChange {
            on: Date::ymd(2027, 1, 1)
        }]
    );
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
