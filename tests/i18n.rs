//! Every text the page can show exists in Dutch and in English: the keys the
//! page uses, every trace step and error key the engine can produce (read
//! from the engine's source, so a new key fails here until it has texts), and
//! every parameter id that can be listed as unconfirmed.

#![allow(clippy::panic)]

use rekenhulp_bijverdienen::format::Lang;
use rekenhulp_bijverdienen::i18n::{self, catalogue, lookup};
use rekenhulp_bijverdienen::input::{self, InputError};
use rekenhulp_bijverdienen::rules::{calculate, Date, RuleError, Scenario};
use rekenhulp_bijverdienen::ui::{explanation, glossary, months, state};
use std::collections::BTreeSet;
use std::path::Path;

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// All `.rs` files under a folder.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals in Rust source (simple: no raw strings, escapes skipped).
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_comment = false;
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
            }
            prev = c;
            continue;
        }
        if c == '/' && chars.peek() == Some(&'/') {
            in_comment = true;
            continue;
        }
        if c == '\'' && prev != '&' && !prev.is_alphanumeric() {
            // A char literal like '"' must not open a string.
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"") {
                chars.next();
                chars.next();
                if rest.starts_with("\\\"") {
                    chars.next();
                }
                prev = '\'';
                continue;
            }
        }
        if c == '"' {
            let mut lit = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => lit.push(d),
                }
            }
            out.push(lit);
            prev = '"';
            continue;
        }
        prev = c;
    }
    out
}

fn source_literals(dir: &str) -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(!files.is_empty(), "no sources under {dir}");
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|s| literals(&s))
        .collect()
}

fn file_literals(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path));
    literals(&text.unwrap_or_else(|e| panic!("{path}: {e}")))
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && !s.contains(' ')
        && !s.contains('{')
        && s.contains('.')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
}

fn assert_texts(keys: impl IntoIterator<Item = String>, what: &str) {
    let mut missing = Vec::new();
    for key in keys {
        for lang in LANGS {
            if lookup(lang, &key).is_none() {
                missing.push(format!("{}: {key}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{what}: texts missing: {missing:#?}");
}

#[test]
fn both_languages_have_the_same_keys_without_duplicates() {
    let mut sets = Vec::new();
    for lang in LANGS {
        let mut seen = BTreeSet::new();
        for (key, text) in catalogue(lang) {
            assert!(seen.insert(*key), "{}: duplicate key {key}", lang.code());
            assert!(!text.trim().is_empty(), "{}: empty text {key}", lang.code());
        }
        sets.push(seen);
    }
    let only_nl: Vec<_> = sets[0].difference(&sets[1]).collect();
    let only_en: Vec<_> = sets[1].difference(&sets[0]).collect();
    assert!(only_nl.is_empty(), "missing in English: {only_nl:?}");
    assert!(only_en.is_empty(), "missing in Dutch: {only_en:?}");
}

#[test]
fn both_languages_use_the_same_placeholders() {
    fn names(text: &str) -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
            .collect()
    }
    for (key, nl) in catalogue(Lang::Nl) {
        let en = lookup(Lang::En, key).unwrap_or("");
        assert_eq!(names(nl), names(en), "placeholders differ for {key}");
    }
}

#[test]
fn every_key_the_page_uses_has_texts() {
    let mut keys: BTreeSet<String> = source_literals("src/ui")
        .into_iter()
        .chain(file_literals("src/i18n/mod.rs"))
        .filter(|s| is_key(s))
        .filter(|s| {
            let prefix = s.split('.').next().unwrap_or("");
            [
                "app",
                "lang",
                "inputs",
                "field",
                "household",
                "age",
                "korting",
                "scheme",
                "partner",
                "answer",
                "breakdown",
                "extra",
                "estimate",
                "thresholds",
                "chart",
                "table",
                "explain",
                "unconfirmed",
                "limits",
                "ask",
                "glossary",
                "share",
                "privacy",
                "print",
                "date",
                "month",
                "view",
                "months",
            ]
            .contains(&prefix)
        })
        .collect();
    keys.extend(explanation::LIMITS.iter().map(|k| k.to_string()));
    for term in glossary::TERMS {
        keys.insert(format!("glossary.{term}.term"));
        keys.insert(format!("glossary.{term}.text"));
    }
    keys.extend((1..=12).map(|m| format!("month.{m}")));
    // The month planner's labels, column headers and assumptions.
    keys.extend(
        state::PLAN_FIELDS
            .iter()
            .map(|f| format!("months.field.{}", f.key)),
    );
    // Lists in one text: as many parts in both languages as the page needs.
    for (key, parts) in [
        ("month.short", 12),
        ("months.columns", months::table::column_keys().len()),
        ("months.assumptions", 10),
    ] {
        for lang in LANGS {
            let got = i18n::list(lang, key);
            assert_eq!(got.len(), parts, "{}: {key}", lang.code());
            assert!(got.iter().all(|p| !p.trim().is_empty()), "{key}");
        }
    }
    assert!(keys.len() > 100, "found only {} keys", keys.len());
    assert_texts(keys, "page");
}

#[test]
fn every_trace_and_error_key_of_the_engine_has_texts() {
    let keys: BTreeSet<String> = source_literals("crates/rules/src")
        .into_iter()
        .filter(|s| is_key(s) && (s.starts_with("trace.") || s.starts_with("error.")))
        .collect();
    assert!(
        keys.len() >= 40,
        "found only {} engine keys: {keys:?}",
        keys.len()
    );
    assert_texts(keys, "engine");
}

#[test]
fn every_rule_error_and_input_error_has_texts() {
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
    assert_texts(rule.iter().map(|e| e.key().to_string()), "rule errors");
    for e in &rule {
        for lang in LANGS {
            let text = i18n::rule_error(lang, e);
            assert!(!text.contains('{'), "unfilled: {text}");
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
    assert_texts(input.iter().map(|e| e.key().to_string()), "input errors");
    // And every `input.*` key written in the parser.
    let keys = file_literals("src/input.rs")
        .into_iter()
        .filter(|s| is_key(s) && s.starts_with("input."));
    assert_texts(keys, "input errors in the parser");
}

#[test]
fn every_parameter_id_has_a_name() {
    let ids: BTreeSet<String> = {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/rules/src");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .flat_map(|s| {
                s.lines()
                    .filter_map(|l| l.trim().strip_prefix("id: \""))
                    .filter_map(|rest| rest.split('"').next())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|id| id.contains('.'))
            .collect()
    };
    assert!(ids.len() >= 15, "found only {ids:?}");
    assert_texts(ids.iter().map(|id| format!("param.{id}")), "parameters");
}

fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    let fields: &[&[(&str, &str)]] = &[
        &[],
        &[("household", "couple")],
        &[
            ("household", "couple"),
            ("partner_age", "18-20"),
            ("housemates", "1"),
        ],
        &[
            ("household", "couple"),
            ("partner_age", "18-20"),
            ("children", "true"),
            ("housemates", "1"),
        ],
        &[("household", "single_parent"), ("vrijlating_r", "true")],
        &[
            ("household", "single_parent"),
            ("vrijlating_r", "true"),
            ("youngest_child_age", "14"),
        ],
        &[("housemates", "2")],
        &[("household", "couple"), ("housemates", "1")],
        &[("age", "aow")],
        &[("age", "18-20")],
        &[("age", "18-20"), ("vrijlating_n", "true")],
        &[("vrijlating_n", "true")],
        &[("korting_by", "municipality")],
        &[("scheme", "national")],
        &[("scheme", "experiment")],
        &[("premie_cap", "250")],
        &[("hourly_wage", "1")],
        &[("hourly_wage", "30")],
    ];
    for extra in fields {
        for hours in ["0", "8", "16", "24", "38", "60"] {
            for date in ["2024-03-01", "2025-09-01", "2026-11-23"] {
                let mut s = Scenario::default();
                let ok = input::set_field(&mut s, "date", date).is_ok()
                    && input::set_field(&mut s, "hours_per_week", hours).is_ok()
                    && extra
                        .iter()
                        .all(|(k, v)| input::set_field(&mut s, k, v).is_ok());
                assert!(ok);
                out.push(s);
            }
        }
    }
    out
}

#[test]
fn every_step_the_engine_produces_reads_fully_in_both_languages() {
    let mut seen = BTreeSet::new();
    for s in scenarios() {
        let Ok(o) = calculate(&s) else { continue };
        for step in &o.trace {
            seen.insert(step.key);
            for lang in LANGS {
                assert!(
                    lookup(lang, step.key).is_some(),
                    "{}: {}",
                    lang.code(),
                    step.key
                );
                let sentence = i18n::step_sentence(lang, step);
                assert!(
                    !sentence.contains('{'),
                    "{} {}: a value is missing: {sentence}",
                    lang.code(),
                    step.key
                );
            }
        }
        for u in &o.unconfirmed {
            for lang in LANGS {
                assert!(
                    lookup(lang, &format!("param.{}", u.id)).is_some(),
                    "param.{}",
                    u.id
                );
            }
        }
    }
    assert!(
        seen.len() >= 25,
        "only {} step keys seen: {seen:?}",
        seen.len()
    );
}
