//! The `rekenhulp` batch tool: JSON scenarios in (one per line, stdin or a
//! file), one JSON outcome per line out; a bad line gives `{"error": …}` on
//! that line, the others are still computed, and the exit code is non-zero.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{is_amount, lines, run};
use std::process::Command;

const REQUIRED: [&str; 14] = [
    "norm",
    "gross_wage",
    "net_wage",
    "vrijlating",
    "top_up",
    "premie",
    "total",
    "in_bijstand",
    "outflow_hours",
    "premie_cap_hours",
    "better_off_hours",
    "extra_hour_gain",
    "unconfirmed",
    "trace",
];

const AMOUNTS: [&str; 10] = [
    "norm",
    "gross_wage",
    "net_wage",
    "vrijlating",
    "top_up",
    "premie",
    "total",
    "outflow_hours",
    "premie_cap_hours",
    "better_off_hours",
];

#[test]
fn one_scenario_gives_one_line_with_every_key() {
    let out = run(r#"{"date": "2026-01-01", "household": "single", "hours_per_week": 16}"#);
    assert!(out.status.success(), "{out:?}");
    let all = lines(&out);
    assert_eq!(all.len(), 1);
    let o = &all[0];
    for key in REQUIRED {
        assert!(o.get(key).is_some(), "missing {key}: {o}");
    }
    for key in AMOUNTS.iter().chain(&["extra_hour_gain"]) {
        assert!(is_amount(&o[*key]), "{key} = {}", o[*key]);
    }
    // The values of worked scenario 1 (tests/worked_scenarios.rs).
    assert_eq!(o["norm"], "1401.50");
    assert_eq!(o["gross_wage"], "1101.48");
    assert_eq!(o["net_wage"], "1082.66");
    assert_eq!(o["vrijlating"], "0.00");
    assert_eq!(o["top_up"], "318.84");
    assert_eq!(o["premie"], "219.00");
    assert_eq!(o["total"], "1620.50");
    assert_eq!(o["in_bijstand"], true);
    assert_eq!(o["outflow_hours"], "20.87");
    assert_eq!(o["premie_cap_hours"], "10.61");
    assert_eq!(o["better_off_hours"], "24.21");
    assert_eq!(o["extra_hour_gain"], "0.00");
    assert_eq!(o["unconfirmed"][0]["id"], "premie.amsterdam_cap");
    let trace = o["trace"].as_array().unwrap();
    assert_eq!(trace[0]["key"], "trace.norm");
    assert_eq!(trace[0]["amount"], "1401.50");
    let gross = trace
        .iter()
        .find(|s| s["key"] == "trace.gross_wage")
        .unwrap();
    assert_eq!(gross["formula"], "16 uur × 52 / 12 × € 14,71 = € 1.019,89");
    assert!(trace.iter().all(|s| s["source"].is_string()));
}

#[test]
fn several_lines_give_several_outputs_in_order() {
    let input = concat!(
        r#"{"date": "2026-01-01", "hours_per_week": "16"}"#,
        "\n",
        r#"{"date": "2025-03-15", "household": "couple", "hours_per_week": 24}"#,
        "\n\n",
        r#"{"date": "2026-01-01", "housemates": 1}"#,
        "\n",
    );
    let out = run(input);
    assert!(out.status.success(), "{out:?}");
    let all = lines(&out);
    assert_eq!(all.len(), 3, "blank lines are skipped");
    assert_eq!(all[0]["norm"], "1401.50");
    assert_eq!(all[1]["norm"], "1922.07");
    assert_eq!(all[1]["net_wage"], "1520.59");
    // Kostendelersnorm A = 2: 0.5 × 2002.13 = 1001.065 → 1001.07; no work.
    assert_eq!(all[2]["norm"], "1001.07");
    assert_eq!(all[2]["top_up"], "1001.07");
    assert_eq!(all[2]["gross_wage"], "0.00");
}

#[test]
fn bad_lines_give_an_error_and_the_rest_is_still_computed() {
    let input = [
        r#"{"date": "2026-01-01", "hours_per_week": 16}"#,
        r#"{"date": "2026-01-01", "household": "family"}"#,
        r#"{"date": "2026-01-01", "hours_per_week": "abc"}"#,
        r#"{"date": "2026-01-01", "hours_per_week": 16"#,
        r#"{"date": "2019-05-01"}"#,
        r#"["not", "an", "object"]"#,
        r#"{"date": "2026-01-01", "colour": "red"}"#,
        r#"{"date": "2026-01-01", "household": "couple"}"#,
    ]
    .join("\n");
    let out = run(&input);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let all = lines(&out);
    assert_eq!(all.len(), 8);
    assert_eq!(all[0]["total"], "1620.50");
    for (i, what) in [
        (1, "household"),
        (2, "hours_per_week"),
        (3, "JSON"),
        (4, "2024-01-01"),
        (5, "object"),
        (6, "colour"),
    ] {
        let o = all[i].as_object().unwrap();
        assert_eq!(o.len(), 1, "line {i}: only the error: {o:?}");
        let e = o["error"].as_str().unwrap();
        assert!(e.contains(what), "line {i}: {e}");
    }
    assert_eq!(all[7]["norm"], "2002.13");
}

#[test]
fn missing_hourly_wage_means_the_minimum_wage() {
    let out = run(r#"{"date": "2025-07-01", "hours_per_week": 10}"#);
    let o = &lines(&out)[0];
    assert_eq!(o["hourly_wage"], "14.40");
    assert_eq!(o["hourly_wage_is_minimum"], true);
    // G = 10 × 52/12 × 14.40 = 7488 / 12 = 624.00.
    assert_eq!(o["gross_base"], "624.00");
    // Aged 20: 80% × 14.40 = 11.52.
    let out = run(r#"{"date": "2025-07-01", "age": "18-20", "age_years": 20}"#);
    assert_eq!(lines(&out)[0]["hourly_wage"], "11.52");
}

#[test]
fn hourly_wage_as_number_or_as_text() {
    let input = [
        r#"{"date": "2026-01-01", "hours_per_week": 20, "hourly_wage": 15.5}"#,
        r#"{"date": "2026-01-01", "hours_per_week": 20, "hourly_wage": "15,50"}"#,
        r#"{"date": "2026-01-01", "hours_per_week": 20, "hourly_wage": "€ 15.50"}"#,
    ]
    .join("\n");
    let out = run(&input);
    assert!(out.status.success(), "{out:?}");
    let all = lines(&out);
    assert_eq!(all.len(), 3);
    for o in &all {
        assert_eq!(o["hourly_wage"], "15.50");
        assert_eq!(o["hourly_wage_is_minimum"], false);
        // G = 20 × 52/12 × 15.50 = 16120 / 12 = 1343.333… → 1343.33.
        assert_eq!(o["gross_base"], "1343.33");
    }
}

#[test]
fn reads_a_file_given_as_argument() {
    let path = std::env::temp_dir().join(format!("rekenhulp-cli-test-{}.json", std::process::id()));
    // One pretty-printed document is read whole.
    std::fs::write(
        &path,
        "{\n  \"date\": \"2026-07-01\",\n  \"age\": \"aow\"\n}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rekenhulp"))
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(out.status.success(), "{out:?}");
    let all = lines(&out);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["norm"], "1587.34");
}
