//! The checks `build.rs` runs on `parameters/*.toml` (the same file, included
//! here): a bad date, order, source or confidence stops the build with a
//! message that says what to fix.

#[allow(dead_code)]
#[path = "../parameters/validate.rs"]
mod validate;

use validate::{
    check_cited, check_decimal, check_id, check_series, check_unique, check_url,
    confidence_variant, parse_date, split_rust_path, Entry,
};

fn entry<'a>(valid_from: &'a str, source: &'a str, confidence: &'a str) -> Entry<'a> {
    Entry {
        valid_from,
        source,
        url: "https://wetten.overheid.nl/BWBR0015703",
        confidence,
    }
}

fn err<T: std::fmt::Debug>(r: Result<T, String>) -> String {
    match r {
        Ok(v) => format!("unexpectedly fine: {v:?}"),
        Err(e) => e,
    }
}

#[test]
fn dates_must_be_real_calendar_dates() {
    assert_eq!(parse_date("2026-07-01"), Ok((2026, 7, 1)));
    assert_eq!(parse_date("2024-02-29"), Ok((2024, 2, 29)));
    assert!(err(parse_date("2025-02-29")).contains("no day 29"));
    assert!(err(parse_date("2026-13-01")).contains("no month 13"));
    assert!(err(parse_date("2026-7-1")).contains("YYYY-MM-DD"));
    assert!(err(parse_date("1 juli 2026")).contains("YYYY-MM-DD"));
    assert!(err(parse_date("2026-07-00")).contains("no day 0"));
}

#[test]
fn a_good_series_passes() {
    let s = [
        entry("2026-01-01", "Participatiewet, artikel 21", "H"),
        entry("2026-07-01", "Participatiewet, artikel 21", "?"),
    ];
    assert_eq!(check_series(&s), Ok(()));
}

#[test]
fn values_must_be_oldest_first_one_per_date() {
    let backwards = [
        entry("2026-07-01", "Participatiewet, artikel 21", "H"),
        entry("2026-01-01", "Participatiewet, artikel 21", "H"),
    ];
    assert!(err(check_series(&backwards)).contains("oldest first"));
    let twice = [
        entry("2026-07-01", "Participatiewet, artikel 21", "H"),
        entry("2026-07-01", "Participatiewet, artikel 21", "H"),
    ];
    assert!(err(check_series(&twice)).contains("does not come after 2026-07-01"));
    assert!(err(check_series(&[])).contains("no values"));
}

#[test]
fn every_value_needs_a_source_and_a_known_confidence() {
    let no_source = [entry("2026-07-01", "  ", "H")];
    let e = err(check_series(&no_source));
    assert!(
        e.contains("value from 2026-07-01") && e.contains("source is empty"),
        "{e}"
    );
    let bad_confidence = [entry("2026-07-01", "Participatiewet, artikel 21", "high")];
    assert!(err(check_series(&bad_confidence)).contains("not one of \"H\", \"M\", \"L\", \"?\""));
    assert_eq!(confidence_variant("?"), Ok("Unconfirmed"));
    assert_eq!(confidence_variant("H"), Ok("High"));
}

#[test]
fn amounts_are_decimal_text() {
    for good in ["1234.56", "0.40", "-0.0651", "13", "0"] {
        assert_eq!(check_decimal(good), Ok(()), "{good}");
    }
    for bad in ["", "1,419.46", "1419.", ".5", "1e3", "--1", "12 %"] {
        assert!(err(check_decimal(bad)).contains("not a decimal"), "{bad}");
    }
}

#[test]
fn ids_names_and_addresses() {
    assert_eq!(check_id("norm.single_21"), Ok(()));
    assert!(check_id("Norm.Single").is_err());
    assert!(check_id("single_21").is_err());
    assert_eq!(
        split_rust_path("norms::SINGLE_21"),
        Ok(("norms", "SINGLE_21"))
    );
    assert_eq!(split_rust_path("FIRST_DATE"), Ok(("", "FIRST_DATE")));
    assert!(err(split_rust_path("engine::SINGLE_21")).contains("is not one of"));
    assert!(err(split_rust_path("norms::single")).contains("UPPER_CASE"));
    assert_eq!(check_url(""), Ok(()));
    assert!(check_url("http://wetten.overheid.nl").is_err());
    assert!(check_unique(["a.b", "a.c", "a.b"], "id").is_err());
    assert_eq!(check_unique(["a.b", "a.c"], "id"), Ok(()));
}

#[test]
fn a_value_on_the_page_has_an_english_source_and_an_address() {
    let url = "https://wetten.overheid.nl/BWBR0015703";
    assert_eq!(check_cited("Participatiewet, article 21", url), Ok(()));
    assert!(err(check_cited(" ", url)).contains("source_en is empty"));
    assert!(err(check_cited("Participatiewet, article 21", "")).contains("url is empty"));
    assert!(err(check_cited("Participatiewet, article 21", "http://x")).contains("https://"));
}
