//! Every text the page can show exists in Dutch and in English.
//!
//! Page texts are `Msg` variants and each language is one exhaustive `match`
//! over them (`src/i18n/nl.rs`, `src/i18n/en.rs`), so a text missing in a
//! language, or a key the page uses without a text, does not compile: the
//! old "every key used in the source has a text" test is redundant by
//! construction. The same holds for the texts of `RuleError`, `MonthsError`,
//! `Notice`, `InputError` and `PlannerError`, which are exhaustive matches.
//!
//! What the rules still name with strings (trace step keys, parameter ids)
//! is checked here by running the engine over many scenarios and month
//! plans and looking up every `Step::key` and `UnconfirmedUse::id` it
//! produces in `i18n::rule_texts`.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use rekenhulp_bijverdienen::format::Lang;
use rekenhulp_bijverdienen::i18n::{self, rule_texts, Msg};
use rekenhulp_bijverdienen::input::months::PlannerError;
use rekenhulp_bijverdienen::input::{self, Field, InputError};
use rekenhulp_bijverdienen::rules::months::{
    self, patterns, Estimate, MonthsError, Pay, Plan, Work, YearMonth,
};
use rekenhulp_bijverdienen::rules::trace::{Step, StepKey};
use rekenhulp_bijverdienen::rules::{calculate, Date, Notice, RuleError, Scenario};
use rekenhulp_bijverdienen::ui::months::table;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// The `{name}` placeholders of a text.
fn names(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
        .collect()
}

#[test]
fn every_text_is_there_in_both_languages_and_not_empty() {
    assert!(Msg::ALL.len() > 250, "only {} texts", Msg::ALL.len());
    let distinct: BTreeSet<String> = Msg::ALL.iter().map(|m| format!("{m:?}")).collect();
    assert_eq!(
        distinct.len(),
        Msg::ALL.len(),
        "Msg::ALL lists a text twice"
    );
    for &m in Msg::ALL {
        for lang in LANGS {
            let text = i18n::text(lang, m);
            assert!(!text.trim().is_empty(), "{}: empty text {m:?}", lang.code());
        }
    }
    for &key in StepKey::ALL {
        let (nl, en) = rule_texts::step_texts(key);
        assert!(!nl.trim().is_empty(), "nl: empty text {key}");
        assert!(!en.trim().is_empty(), "en: empty text {key}");
    }
    let mut seen = BTreeSet::new();
    for (key, nl, en) in rule_texts::PARAMS {
        assert!(seen.insert(*key), "duplicate parameter key {key}");
        assert!(!nl.trim().is_empty(), "nl: empty text {key}");
        assert!(!en.trim().is_empty(), "en: empty text {key}");
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for &m in Msg::ALL {
        assert_eq!(
            names(i18n::text(Lang::Nl, m)),
            names(i18n::text(Lang::En, m)),
            "placeholders differ for {m:?}"
        );
    }
    for &key in StepKey::ALL {
        let (nl, en) = rule_texts::step_texts(key);
        assert_eq!(names(nl), names(en), "placeholders differ for {key}");
    }
    for (key, nl, en) in rule_texts::PARAMS {
        assert_eq!(names(nl), names(en), "placeholders differ for {key}");
    }
}

#[test]
fn lists_have_as_many_parts_as_the_page_needs() {
    // Lists in one text: as many parts in both languages as the page needs.
    for (m, parts) in [
        (Msg::MonthShortNames, 12),
        (Msg::MonthsColumns, table::column_keys().len()),
        (Msg::MonthsAssumptions, 11),
    ] {
        for lang in LANGS {
            let got = i18n::list(lang, m);
            assert_eq!(got.len(), parts, "{}: {m:?}", lang.code());
            assert!(got.iter().all(|p| !p.trim().is_empty()), "{m:?}");
        }
    }
    for lang in LANGS {
        let names: BTreeSet<String> = (1..=12).map(|m| i18n::month_name(lang, m)).collect();
        assert_eq!(names.len(), 12, "{}: twelve month names", lang.code());
    }
}

#[test]
fn every_rule_error_and_input_error_reads_fully() {
    let d = Date::ymd(2024, 1, 1);
    let rule = [
        RuleError::DateTooEarly { first: d },
        RuleError::HoursOutOfRange,
        RuleError::WageOutOfRange,
        RuleError::HousematesOutOfRange,
        RuleError::AgeYearsMismatch,
        RuleError::ChildAgeOutOfRange,
        RuleError::PremieCapOutOfRange,
        RuleError::MissingParameter { id: "x" },
    ];
    for e in &rule {
        for lang in LANGS {
            let text = i18n::rule_error(lang, e);
            assert!(!text.is_empty() && !text.contains('{'), "unfilled: {text}");
        }
    }
    let input = [
        InputError::Empty,
        InputError::NotANumber,
        InputError::Negative,
        InputError::TooLarge,
        InputError::TooManyDecimals,
        InputError::BadDate,
        InputError::UnknownChoice,
        InputError::UnknownKey,
        InputError::NotYesNo,
    ];
    let texts: BTreeSet<String> = input
        .iter()
        .map(|e| i18n::input_error(Lang::Nl, *e))
        .collect();
    assert_eq!(
        texts.len(),
        input.len(),
        "each input error has its own text"
    );
    // The messages the page can show for the planner and the months.
    let planner = [
        PlannerError::MaxNeeded,
        PlannerError::ListEmpty,
        PlannerError::ListTooLong,
        PlannerError::ListItem {
            position: 2,
            error: InputError::NotANumber,
        },
        PlannerError::ListItemRange {
            position: 1,
            per_week: true,
        },
        PlannerError::ListItemRange {
            position: 1,
            per_week: false,
        },
    ];
    for e in planner {
        for lang in LANGS {
            let text = i18n::planner_error(lang, e);
            assert!(!text.is_empty() && !text.contains('{'), "unfilled: {text}");
        }
    }
    for e in [
        MonthsError::LagOutOfRange {
            field: "pay_lag_months",
        },
        MonthsError::LagOutOfRange {
            field: "processing_months",
        },
        MonthsError::Rule(RuleError::DateTooEarly { first: d }),
    ] {
        for lang in LANGS {
            let text = i18n::months_error(lang, &e);
            assert!(!text.is_empty() && !text.contains('{'), "unfilled: {text}");
        }
    }
    for n in [Notice::AmountsCarriedForward {
        date: Date::ymd(2031, 1, 1),
        last: Date::ymd(2026, 12, 31),
        parameters_from: Date::ymd(2026, 7, 1),
    }]
    .into_iter()
    .chain(
        rekenhulp_bijverdienen::rules::notice::earnings_rules_change()
            .map(|(on, rules)| Notice::EarningsRulesChange { on, rules }),
    ) {
        for lang in LANGS {
            let text = i18n::notice(lang, &n);
            assert!(!text.is_empty() && !text.contains('{'), "unfilled: {text}");
        }
    }
}

/// Scenarios over households, ages, who applies the korting, schemes,
/// vrijlatingen, wages, hours and dates.
fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    let fields: &[&[(Field, &str)]] = &[
        &[],
        &[(Field::Household, "couple")],
        &[
            (Field::Household, "couple"),
            (Field::PartnerAge, "18-20"),
            (Field::Housemates, "1"),
        ],
        &[
            (Field::Household, "couple"),
            (Field::PartnerAge, "18-20"),
            (Field::Children, "true"),
            (Field::Housemates, "1"),
        ],
        &[
            (Field::Household, "couple"),
            (Field::Age, "18-20"),
            (Field::Children, "true"),
        ],
        &[(Field::Household, "couple"), (Field::Age, "aow")],
        &[
            (Field::Household, "single_parent"),
            (Field::VrijlatingR, "true"),
        ],
        &[
            (Field::Household, "single_parent"),
            (Field::VrijlatingR, "true"),
            (Field::YoungestChildAge, "14"),
        ],
        &[(Field::Housemates, "2")],
        &[(Field::Household, "couple"), (Field::Housemates, "1")],
        &[(Field::Age, "aow")],
        &[(Field::Age, "aow"), (Field::Housemates, "1")],
        &[(Field::Age, "18-20")],
        &[(Field::Age, "18-20"), (Field::VrijlatingN, "true")],
        &[(Field::AgeYears, "24"), (Field::VrijlatingN, "true")],
        &[(Field::VrijlatingN, "true")],
        &[(Field::KortingBy, "municipality")],
        &[(Field::KortingBy, "municipality"), (Field::Age, "aow")],
        &[(Field::Scheme, "national")],
        &[(Field::Scheme, "experiment")],
        &[(Field::PremieCap, "250")],
        &[(Field::HourlyWage, "1")],
        &[(Field::HourlyWage, "30")],
    ];
    for extra in fields {
        for hours in ["0", "8", "16", "24", "38", "60"] {
            for date in ["2024-03-01", "2025-09-01", "2026-11-23", "2028-02-01"] {
                let mut s = Scenario::default();
                let ok = input::set_field(&mut s, Field::Date, date).is_ok()
                    && input::set_field(&mut s, Field::HoursPerWeek, hours).is_ok()
                    && extra
                        .iter()
                        .all(|(k, v)| input::set_field(&mut s, *k, v).is_ok());
                assert!(ok);
                out.push(s);
            }
        }
    }
    out
}

/// Month plans: steady, flexible, zero-hour and listed work, paid monthly
/// or four-weekly, with the municipality's choices varied.
fn plans(start: YearMonth) -> Vec<Plan> {
    let h = Decimal::from;
    let mut out = vec![
        Plan::new(patterns::steady(start, 6, h(12))),
        Plan::new(patterns::steady(start, 12, h(0))),
        Plan::new(patterns::flex(start, 12, h(8), h(24))),
        Plan::new(patterns::zero_hour(start, 6, h(30))),
    ];
    let mut listed = Plan::new(
        [40, 0, 80, 160, 0, 20]
            .iter()
            .enumerate()
            .map(|(i, n)| months::MonthInput {
                month: start.add_months(i32::try_from(i).unwrap()),
                work: Work::Hours(h(*n)),
                worst: None,
            })
            .collect(),
    );
    listed.before = Some(Work::WeeklyHours(h(0)));
    out.push(listed.clone());
    listed.estimate = Estimate::Average3;
    listed.payslip_lag_months = 2;
    listed.processing_months = 2;
    out.push(listed.clone());
    listed.pay = Pay::FourWeekly;
    out.push(listed);
    let mut lagged = Plan::new(patterns::flex(start, 6, h(4), h(36)));
    lagged.pay_lag_months = 1;
    lagged.before = Some(Work::WeeklyHours(h(20)));
    out.push(lagged);
    out
}

fn assert_step_reads(step: &Step, seen: &mut BTreeSet<&'static str>) {
    seen.insert(step.key.as_str());
    for lang in LANGS {
        // Every step has a text by construction (an exhaustive match); what
        // can still go wrong is a placeholder the step has no value for.
        let sentence = i18n::step_sentence(lang, step);
        assert!(
            !sentence.contains('{'),
            "{} {}: a value is missing: {sentence}",
            lang.code(),
            step.key
        );
    }
}

fn assert_param_named(id: &'static str, seen: &mut BTreeSet<&'static str>) {
    seen.insert(id);
    for lang in LANGS {
        assert!(
            rule_texts::param(lang, id).is_some(),
            "{}: no name for parameter {id}",
            lang.code()
        );
    }
}

#[test]
fn every_step_and_parameter_the_engine_produces_reads_fully_in_both_languages() {
    let mut steps = BTreeSet::new();
    let mut params = BTreeSet::new();
    let mut months_calculated = 0;
    for s in scenarios() {
        let Ok(o) = calculate(&s) else { continue };
        for step in &o.trace {
            assert_step_reads(step, &mut steps);
        }
        for u in &o.unconfirmed {
            assert_param_named(u.id, &mut params);
        }
        // Month plans for a sample of the scenarios (the months are slower).
        if s.hours_per_week != Decimal::from(16) && s.hours_per_week != Decimal::ZERO {
            continue;
        }
        for plan in plans(YearMonth::of(s.date)) {
            let Ok(m) = months::calculate(&s, &plan) else {
                continue;
            };
            months_calculated += 1;
            for step in m.rows.iter().flat_map(|r| &r.steps) {
                assert_step_reads(step, &mut steps);
            }
            for u in &m.unconfirmed {
                assert_param_named(u.id, &mut params);
            }
        }
    }
    assert!(months_calculated > 100, "only {months_calculated} plans");
    assert!(
        steps.len() >= 30,
        "only {} step keys seen: {steps:?}",
        steps.len()
    );
    assert!(steps.iter().any(|k| k.starts_with("trace.months.")));
    // Only unconfirmed values are listed, so fewer ids than series: the
    // norms, tax brackets and minimum wages in our data are confirmed.
    assert!(
        params.len() >= 7,
        "only {} parameter ids seen: {params:?}",
        params.len()
    );
    // Texts no scenario produced (not an error: a rule may be rare).
    let unseen: Vec<&str> = StepKey::ALL
        .iter()
        .map(|k| k.as_str())
        .filter(|k| !steps.contains(k))
        .chain(
            rule_texts::PARAMS
                .iter()
                .map(|(k, _, _)| *k)
                .filter(|k| !params.contains(k)),
        )
        .collect();
    eprintln!("rule texts no scenario produced: {unseen:?}");
}

/// Every parameter series in the data files has a name on the page, in both
/// languages (the list of series comes from the rules crate, not from reading files).
#[test]
fn every_parameter_series_has_a_name_in_both_languages() {
    use rekenhulp_bijverdienen::rules::data::ALL_SERIES;
    assert!(ALL_SERIES.len() >= 20, "only {} series", ALL_SERIES.len());
    for series in ALL_SERIES {
        for lang in LANGS {
            assert!(
                rule_texts::param(lang, series.id).is_some(),
                "{lang:?}: no name for parameter {}",
                series.id
            );
        }
    }
}

/// Every step the allowances record (each kind: with and without rent, the
/// rules until 2025 and from 2026, with and without children) reads fully in
/// both languages, and every parameter they flag has a name.
#[test]
fn every_allowance_step_reads_fully_in_both_languages() {
    use rekenhulp_bijverdienen::rules::toeslagen::{allowances, AllowanceInput, Household};
    let mut steps = BTreeSet::new();
    let mut params = BTreeSet::new();
    let households = [
        Household {
            persons: 1,
            applicant_age: 30,
            ..Household::default()
        },
        Household {
            partner: true,
            persons: 4,
            applicant_age: 40,
            partner_age: Some(40),
            children_ages: vec![5, 13],
            ..Household::default()
        },
    ];
    for date in [
        Date::ymd(2024, 7, 1),
        Date::ymd(2025, 7, 1),
        Date::ymd(2026, 7, 1),
    ] {
        for h in &households {
            for rent in [
                None,
                Some(Decimal::new(600, 0)),
                Some(Decimal::new(1200, 0)),
            ] {
                for income in [15_000, 41_000, 90_000] {
                    let input = AllowanceInput {
                        date,
                        household: h,
                        toetsingsinkomen_year: Decimal::new(income, 0),
                        rent,
                    };
                    let mut usage = Default::default();
                    let a = allowances(&input, &mut usage).unwrap();
                    for s in &a.steps {
                        assert_step_reads(s, &mut steps);
                    }
                    for u in &usage.unconfirmed {
                        assert_param_named(u.id, &mut params);
                    }
                }
            }
        }
    }
    for key in [
        StepKey::Zorgtoeslag,
        StepKey::Huurtoeslag,
        StepKey::HuurtoeslagNormhuur,
        StepKey::HuurtoeslagNoRent,
        StepKey::HuurtoeslagRentTooHigh,
        StepKey::KindgebondenBudget,
        StepKey::KindgebondenBudgetNone,
    ] {
        assert!(steps.contains(key.as_str()), "{key} not reached");
    }
}
