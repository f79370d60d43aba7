//! Every parameter the crate exposes is dated, sourced and rated: checked on
//! the generated index (`data::ALL_SERIES`, `data::ALL_CONSTANTS`), which
//! `build.rs` writes from `parameters/*.toml` together with the tables.

use rekenhulp_rules::data::{self, norms, tax, timing, ALL_CONSTANTS, ALL_SERIES};
use rekenhulp_rules::Date;
use rekenhulp_rules::{Confidence, Series};
use std::collections::BTreeSet;

const CODES: [&str; 4] = ["H", "M", "L", "?"];

#[test]
fn there_is_an_index_of_every_series() {
    // 10 norms, 2 vrijlating caps, the premie maximum of art. 31 lid 2 j, the
    // minimum wage, 4 premie values, 2 tax tables, the holiday allowance rate,
    // 3 payment schedules, the 3 values of art. 34a and the bufferbudget of
    // art. 34b (both from 2027), the age from which the premie of lid 2 j
    // is allowed (art. 31 lid 5: 27; from 2027 also younger); the
    // allowances: 4 of the zorgtoeslag, 22 of the huurtoeslag, 6 of the
    // kindgebonden budget, the drempelinkomen and the Awir minimum; and
    // Amsterdam's Stadspas limit and the two amounts of its uitstroompremie.
    assert_eq!(ALL_SERIES.len(), 66);
    let ids: BTreeSet<&str> = ALL_SERIES.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), ALL_SERIES.len(), "an id is used twice");
    let paths: BTreeSet<&str> = ALL_SERIES.iter().map(|s| s.rust).collect();
    assert_eq!(paths.len(), ALL_SERIES.len(), "a Rust name is used twice");
}

#[test]
fn every_series_is_oldest_first_one_value_per_date() {
    for s in ALL_SERIES {
        assert!(!s.values.is_empty(), "{}: no values", s.id);
        for pair in s.values.windows(2) {
            assert!(
                pair[0].from < pair[1].from,
                "{}: {} is not before {}",
                s.id,
                pair[0].from,
                pair[1].from
            );
        }
    }
}

#[test]
fn every_value_has_a_source_a_valid_address_and_a_confidence() {
    for s in ALL_SERIES {
        for v in s.values {
            let at = format!("{} from {}", s.id, v.from);
            assert!(!v.source.trim().is_empty(), "{at}: no source");
            assert!(
                v.url.is_empty() || v.url.starts_with("https://"),
                "{at}: url {}",
                v.url
            );
            assert!(CODES.contains(&v.confidence.code()), "{at}");
        }
    }
    for c in ALL_CONSTANTS {
        assert!(!c.source.trim().is_empty(), "{}: no source", c.id);
        assert!(
            c.url.is_empty() || c.url.starts_with("https://"),
            "{}",
            c.id
        );
        assert!(CODES.contains(&c.confidence.code()), "{}", c.id);
    }
}

#[test]
fn sources_name_publications_not_our_working_files() {
    let sources = ALL_SERIES
        .iter()
        .flat_map(|s| s.values.iter().map(|v| v.source))
        .chain(ALL_CONSTANTS.iter().map(|c| c.source));
    for source in sources {
        for internal in [
            ".md", "P-NB26", "P-MUN", "P-LAW", "P-TAX", "P-WML", "A-PREM", "A-EXP",
        ] {
            assert!(!source.contains(internal), "{source:?} mentions {internal}");
        }
    }
}

#[test]
fn law_articles_link_to_wetten_overheid_nl() {
    for s in ALL_SERIES {
        for v in s.values {
            if v.source.starts_with("Participatiewet") {
                // The consolidated text by date, or (for a text in force
                // later than the consolidations we have) its JCI address.
                assert!(
                    v.url.starts_with("https://wetten.overheid.nl/BWBR0015703")
                        || v.url
                            .starts_with("https://wetten.overheid.nl/jci1.3:c:BWBR0015703"),
                    "{} from {}: {}",
                    s.id,
                    v.from,
                    v.url
                );
            }
        }
    }
}

/// The index describes the very tables the rules read: same dates, sources,
/// addresses and confidence, value by value.
fn same<T>(series: &Series<T>) {
    let info = ALL_SERIES.iter().find(|s| s.id == series.id);
    assert!(info.is_some(), "{} is not in ALL_SERIES", series.id);
    let Some(info) = info else { return };
    assert_eq!(info.values.len(), series.values.len(), "{}", series.id);
    for (i, d) in info.values.iter().zip(series.values) {
        assert_eq!(i.from, d.from, "{}", series.id);
        assert_eq!(i.source, d.source(), "{}", series.id);
        assert_eq!(i.url, d.url(), "{}", series.id);
        assert_eq!(i.confidence, d.confidence, "{}", series.id);
    }
}

#[test]
fn the_index_matches_the_tables() {
    same(&norms::SINGLE_21);
    same(&norms::COUPLE_21);
    same(&norms::SINGLE_AOW);
    same(&norms::COUPLE_AOW);
    same(&norms::YOUTH_SINGLE);
    same(&norms::YOUTH_COUPLE);
    same(&norms::YOUTH_COUPLE_CHILDREN);
    same(&norms::MIXED_COUPLE);
    same(&norms::MIXED_COUPLE_CHILDREN);
    same(&norms::MIXED_KOSTENDELER_CHILDREN_PART);
    same(&data::exemptions::N_CAP);
    same(&data::exemptions::R_CAP);
    same(&data::minimum_wage::ADULT_HOURLY);
    same(&data::premie::GENERAL_RATE);
    same(&data::premie::GENERAL_CAP);
    same(&data::premie::EXPERIMENT_RATE);
    same(&data::premie::EXPERIMENT_CAP);
    same(&tax::REGULAR);
    same(&tax::AOW);
    same(&timing::BIJSTAND_HOLIDAY_RATE);
    same(&timing::BIJSTAND_HOLIDAY_PAYOUT);
    same(&timing::HOLIDAY_PAY_PAYOUT);
    same(&timing::PREMIE_PAYOUTS);
}

#[test]
fn series_at_finds_the_value_in_force() {
    let s = &norms::SINGLE_21;
    assert!(s.at(Date::ymd(2023, 12, 31)).is_none());
    let first = s.at(Date::ymd(2024, 1, 1)).map(|d| d.from);
    assert_eq!(first, Some(Date::ymd(2024, 1, 1)));
    let mid = s.at(Date::ymd(2026, 6, 30)).map(|d| d.from);
    assert_eq!(mid, Some(Date::ymd(2026, 1, 1)));
    let last = s.at(Date::ymd(2030, 1, 1)).map(|d| d.from);
    assert_eq!(last, Some(Date::ymd(2026, 7, 1)));
}

#[test]
fn unconfirmed_values_stay_flagged() {
    // The estimates stay "?"; of the AOW-age tax only 2024 (2025 and 2026 are
    // sourced since December 2026, parameters.md §11a).
    let flagged = |s: &str| {
        ALL_SERIES.iter().find(|i| i.id == s).map(|i| {
            i.values
                .iter()
                .filter(|v| v.confidence == Confidence::Unconfirmed)
                .count()
        })
    };
    assert_eq!(flagged("vrijlating.n_cap"), Some(2));
    assert_eq!(flagged("vrijlating.r_cap"), Some(2));
    assert_eq!(flagged("tax.aow"), Some(1));
    assert_eq!(flagged("premie.amsterdam_cap"), Some(1));
    assert_eq!(flagged("premie.payout_months"), Some(1));
}

#[test]
fn constants_keep_their_names_and_the_range_is_in_order() {
    let names: BTreeSet<&str> = ALL_CONSTANTS.iter().map(|c| c.rust).collect();
    for name in [
        "norms::KOSTENDELER_BASE",
        "exemptions::N_MONTHS",
        "minimum_wage::HOLIDAY_PAY_RATE",
        "premie::PAYMENT_MONTHS",
        "timing::FOUR_WEEKLY_DAYS",
        "FIRST_DATE",
        "LAST_DATE",
    ] {
        assert!(names.contains(name), "{name}");
    }
    assert!(data::FIRST_DATE < data::LAST_DATE);
    assert_eq!(data::premie::PAYMENT_MONTHS.len(), 2);
}
