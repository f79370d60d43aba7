//! A table of bad inputs: each gives a clear message (a message key) and none
//! panics. Field texts go through `input::set_field`, as on the page and in
//! the CLI; scenarios that parse but cannot be calculated give a `RuleError`.

use rekenhulp_bijverdienen::input::{set_field, InputError};
use rekenhulp_bijverdienen::rules::{calculate, RuleError, Scenario};

/// (field, typed text, expected error)
const FIELD_CASES: &[(&str, &str, InputError)] = &[
    ("hours_per_week", "", InputError::Empty),
    ("hours_per_week", "   ", InputError::Empty),
    ("hours_per_week", "abc", InputError::NotANumber),
    ("hours_per_week", "12,5,5", InputError::NotANumber),
    ("hours_per_week", "12.5.5", InputError::NotANumber),
    ("hours_per_week", "1e30", InputError::NotANumber),
    ("hours_per_week", "-0", InputError::Negative),
    ("hours_per_week", "-12", InputError::Negative),
    ("hours_per_week", "−3", InputError::Negative),
    ("hours_per_week", "NaN", InputError::NotANumber),
    ("hours_per_week", "Infinity", InputError::NotANumber),
    ("hours_per_week", "😀", InputError::NotANumber),
    ("hours_per_week", "12 uur", InputError::NotANumber),
    ("hours_per_week", "0x10", InputError::NotANumber),
    ("hours_per_week", "+5", InputError::NotANumber),
    ("hours_per_week", "1,23456", InputError::TooManyDecimals),
    (
        "hours_per_week",
        "99999999999999999999999999999",
        InputError::TooLarge,
    ),
    ("hourly_wage", "€", InputError::Empty),
    ("hourly_wage", "€ -5", InputError::Negative),
    ("hourly_wage", "14,71 euro", InputError::NotANumber),
    ("hourly_wage", "1.2.3,4", InputError::NotANumber),
    ("hourly_wage", "12,34.56", InputError::NotANumber),
    ("hourly_wage", ",", InputError::NotANumber),
    ("hourly_wage", "١٢", InputError::NotANumber),
    ("housemates", "1,5", InputError::NotANumber),
    ("housemates", "twee", InputError::NotANumber),
    ("housemates", "-1", InputError::Negative),
    ("housemates", "99999999999", InputError::TooLarge),
    ("household", "alone", InputError::UnknownChoice),
    ("household", "", InputError::UnknownChoice),
    ("household", "SINGLE", InputError::UnknownChoice),
    ("age", "67", InputError::UnknownChoice),
    ("age", "21-AOW", InputError::UnknownChoice),
    ("korting_by", "boss", InputError::UnknownChoice),
    ("scheme", "rotterdam", InputError::UnknownChoice),
    ("vrijlating_n", "maybe", InputError::NotYesNo),
    ("vrijlating_r", "", InputError::NotYesNo),
    ("date", "2026-02-30", InputError::BadDate),
    ("date", "23-11-2026", InputError::BadDate),
    ("date", "2026/11/23", InputError::BadDate),
    ("date", "", InputError::BadDate),
    ("date", "20261123", InputError::BadDate),
    ("colour", "blue", InputError::UnknownKey),
];

#[test]
fn every_bad_field_gives_its_message() {
    for &(field, text, expected) in FIELD_CASES {
        let mut s = Scenario::default();
        let before = s.clone();
        let got = set_field(&mut s, field, text).map_err(|e| e.error);
        assert_eq!(got, Err(expected), "{field} = {text:?}");
        assert_eq!(s, before, "a bad {field} leaves the scenario unchanged");
        assert!(expected.key().starts_with("input."));
    }
}

#[test]
fn a_ten_kilobyte_value_is_refused_not_parsed() {
    let long = "9".repeat(10_240);
    let mut s = Scenario::default();
    assert_eq!(
        set_field(&mut s, "hours_per_week", &long).map_err(|e| e.error),
        Err(InputError::TooLarge)
    );
    let junk = "€,.".repeat(3_500);
    assert!(set_field(&mut s, "hourly_wage", &junk).is_err());
}

/// Texts that parse but fall outside what the rules can calculate.
const RULE_CASES: &[(&str, &str, &str)] = &[
    ("date", "2023-12-31", "error.date_too_early"),
    ("date", "2019-06-01", "error.date_too_early"),
    ("date", "2023-01-01", "error.date_too_early"),
    ("date", "1999-12-31", "error.date_too_early"),
    ("hours_per_week", "169", "error.hours_range"),
    ("hours_per_week", "168,01", "error.hours_range"),
    ("hours_per_week", "1000000", "error.hours_range"),
    ("hourly_wage", "1000,01", "error.wage_range"),
    ("hourly_wage", "1.000.000", "error.wage_range"),
    ("housemates", "21", "error.housemates_range"),
    ("youngest_child_age", "18", "error.child_age_range"),
    ("premie_cap", "5000", "error.premie_cap_range"),
    ("age_years", "35", "error.age_mismatch"),
];

#[test]
fn out_of_range_scenarios_give_a_rule_error() {
    for &(field, text, key) in RULE_CASES {
        let mut s = Scenario {
            age: rekenhulp_bijverdienen::rules::AgeGroup::Youth,
            ..Scenario::default()
        };
        if field != "age_years" {
            s.age = rekenhulp_bijverdienen::rules::AgeGroup::Adult;
        }
        assert_eq!(
            set_field(&mut s, field, text),
            Ok(()),
            "{field} = {text:?} parses"
        );
        let err = calculate(&s).err();
        assert_eq!(
            err.as_ref().map(RuleError::key),
            Some(key),
            "{field} = {text:?}"
        );
    }
}

#[test]
fn the_edges_of_the_ranges_are_accepted() {
    for (field, text) in [
        ("hours_per_week", "168"),
        ("hours_per_week", "0"),
        ("hourly_wage", "1000"),
        ("hourly_wage", "0"),
        ("date", "2024-01-01"),
        ("date", "2026-12-31"),
        ("housemates", "20"),
    ] {
        let mut s = Scenario::default();
        assert_eq!(set_field(&mut s, field, text), Ok(()));
        assert!(calculate(&s).is_ok(), "{field} = {text:?} calculates");
    }
}
