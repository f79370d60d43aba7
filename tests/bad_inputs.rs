//! A table of bad inputs: each gives a clear message (an `i18n` text) and none
//! panics. Field texts go through `input::set_field`, as on the page and in
//! the CLI; scenarios that parse but cannot be calculated give a `RuleError`.

use rekenhulp_bijverdienen::format::Lang;
use rekenhulp_bijverdienen::i18n;
use rekenhulp_bijverdienen::input::{set_field, Field, InputError};
use rekenhulp_bijverdienen::rules::{calculate, RuleError, Scenario};

/// (field, typed text, expected error)
const FIELD_CASES: &[(Field, &str, InputError)] = &[
    (Field::HoursPerWeek, "", InputError::Empty),
    (Field::HoursPerWeek, "   ", InputError::Empty),
    (Field::HoursPerWeek, "abc", InputError::NotANumber),
    (Field::HoursPerWeek, "12,5,5", InputError::NotANumber),
    (Field::HoursPerWeek, "12.5.5", InputError::NotANumber),
    (Field::HoursPerWeek, "1e30", InputError::NotANumber),
    (Field::HoursPerWeek, "-0", InputError::Negative),
    (Field::HoursPerWeek, "-12", InputError::Negative),
    (Field::HoursPerWeek, "−3", InputError::Negative),
    (Field::HoursPerWeek, "NaN", InputError::NotANumber),
    (Field::HoursPerWeek, "Infinity", InputError::NotANumber),
    (Field::HoursPerWeek, "😀", InputError::NotANumber),
    (Field::HoursPerWeek, "12 uur", InputError::NotANumber),
    (Field::HoursPerWeek, "0x10", InputError::NotANumber),
    (Field::HoursPerWeek, "+5", InputError::NotANumber),
    (Field::HoursPerWeek, "1,23456", InputError::TooManyDecimals),
    (
        Field::HoursPerWeek,
        "99999999999999999999999999999",
        InputError::TooLarge,
    ),
    (Field::HourlyWage, "€", InputError::Empty),
    (Field::HourlyWage, "€ -5", InputError::Negative),
    (Field::HourlyWage, "14,71 euro", InputError::NotANumber),
    (Field::HourlyWage, "1.2.3,4", InputError::NotANumber),
    (Field::HourlyWage, "12,34.56", InputError::NotANumber),
    (Field::HourlyWage, ",", InputError::NotANumber),
    (Field::HourlyWage, "١٢", InputError::NotANumber),
    // Long text is "not a number", not "too large" (it is no number at all).
    (
        Field::HourlyWage,
        "</textarea><script>alert(4)</script>",
        InputError::NotANumber,
    ),
    (
        Field::HoursPerWeek,
        "twaalf uur per week, soms wat meer",
        InputError::NotANumber,
    ),
    (Field::Housemates, "1,5", InputError::NotANumber),
    (Field::Housemates, "twee", InputError::NotANumber),
    (Field::Housemates, "-1", InputError::Negative),
    (Field::Housemates, "99999999999", InputError::TooLarge),
    (Field::Household, "alone", InputError::UnknownChoice),
    (Field::Household, "", InputError::UnknownChoice),
    (Field::Household, "SINGLE", InputError::UnknownChoice),
    (Field::Age, "67", InputError::UnknownChoice),
    (Field::Age, "21-AOW", InputError::UnknownChoice),
    (Field::KortingBy, "boss", InputError::UnknownChoice),
    (Field::Scheme, "rotterdam", InputError::UnknownChoice),
    (Field::VrijlatingN, "maybe", InputError::NotYesNo),
    (Field::VrijlatingR, "", InputError::NotYesNo),
    (Field::Date, "2026-02-30", InputError::BadDate),
    (Field::Date, "23-11-2026", InputError::BadDate),
    (Field::Date, "2026/11/23", InputError::BadDate),
    (Field::Date, "", InputError::BadDate),
    (Field::Date, "20261123", InputError::BadDate),
];

#[test]
fn every_bad_field_gives_its_message() {
    for &(field, text, expected) in FIELD_CASES {
        let mut s = Scenario::default();
        let before = s.clone();
        let got = set_field(&mut s, field, text).map_err(|e| e.error);
        assert_eq!(got, Err(expected), "{field:?} = {text:?}");
        assert_eq!(s, before, "a bad {field:?} leaves the scenario unchanged");
        for lang in [Lang::Nl, Lang::En] {
            assert!(!i18n::input_error(lang, expected).is_empty());
        }
    }
}

#[test]
fn an_unknown_key_is_no_field() {
    // The link and the CLI look keys up; the CLI says "is not a known key".
    for key in ["colour", "", "Hours_per_week", "hours per week", "key"] {
        assert_eq!(Field::from_key(key), None, "{key:?}");
    }
    assert!(!i18n::input_error(Lang::Nl, InputError::UnknownKey).is_empty());
}

#[test]
fn a_ten_kilobyte_value_is_refused_not_parsed() {
    let long = "9".repeat(10_240);
    let mut s = Scenario::default();
    assert_eq!(
        set_field(&mut s, Field::HoursPerWeek, &long).map_err(|e| e.error),
        Err(InputError::TooLarge)
    );
    let junk = "€,.".repeat(3_500);
    assert!(set_field(&mut s, Field::HourlyWage, &junk).is_err());
}

/// Texts that parse but fall outside what the rules can calculate.
const RULE_CASES: &[(Field, &str, &str)] = &[
    (Field::Date, "2023-12-31", "error.date_too_early"),
    (Field::Date, "2019-06-01", "error.date_too_early"),
    (Field::Date, "2023-01-01", "error.date_too_early"),
    (Field::Date, "1999-12-31", "error.date_too_early"),
    (Field::HoursPerWeek, "169", "error.hours_range"),
    (Field::HoursPerWeek, "168,01", "error.hours_range"),
    (Field::HoursPerWeek, "1000000", "error.hours_range"),
    (Field::HourlyWage, "1000,01", "error.wage_range"),
    (Field::HourlyWage, "1.000.000", "error.wage_range"),
    (Field::Housemates, "21", "error.housemates_range"),
    (Field::YoungestChildAge, "18", "error.child_age_range"),
    (Field::PremieCap, "5000", "error.premie_cap_range"),
    (Field::AgeYears, "35", "error.age_mismatch"),
];

#[test]
fn out_of_range_scenarios_give_a_rule_error() {
    for &(field, text, key) in RULE_CASES {
        let mut s = Scenario {
            age: rekenhulp_bijverdienen::rules::AgeGroup::Youth,
            ..Scenario::default()
        };
        if field != Field::AgeYears {
            s.age = rekenhulp_bijverdienen::rules::AgeGroup::Adult;
        }
        assert_eq!(
            set_field(&mut s, field, text),
            Ok(()),
            "{field:?} = {text:?} parses"
        );
        let err = calculate(&s).err();
        assert_eq!(
            err.as_ref().map(RuleError::key),
            Some(key),
            "{field:?} = {text:?}"
        );
    }
}

#[test]
fn the_edges_of_the_ranges_are_accepted() {
    for (field, text) in [
        (Field::HoursPerWeek, "168"),
        (Field::HoursPerWeek, "0"),
        (Field::HourlyWage, "1000"),
        (Field::HourlyWage, "0"),
        (Field::Date, "2024-01-01"),
        (Field::Date, "2026-12-31"),
        (Field::Housemates, "20"),
    ] {
        let mut s = Scenario::default();
        assert_eq!(set_field(&mut s, field, text), Ok(()));
        assert!(calculate(&s).is_ok(), "{field:?} = {text:?} calculates");
    }
}
