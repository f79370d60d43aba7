//! `rekenhulp` with a `months` list: the month-by-month view in the JSON
//! outcome. The numbers are the flexible pattern of tests/months_worked.rs
//! (worked by hand there); here we check the keys, the format and errors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{is_amount, lines, run};
use serde_json::Value;

const FLEX: &str = r#"{"date":"2026-01-01","months":[
  {"month":"2026-01","gross_wage":"600"},
  {"month":"2026-02","gross_wage":400},
  {"month":"2026-03","gross_wage":"800"},
  {"month":"2026-04","gross_wage":"500","max_gross_wage":"900"}]}"#;

#[test]
fn months_are_listed_with_amounts_per_month() {
    let out = run(FLEX);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v = &lines(&out)[0];
    // The usual outcome is still there.
    assert!(v["norm"].is_string() && v["trace"].is_array());
    let months = v["months"].as_array().unwrap();
    assert_eq!(months.len(), 4);
    let keys = [
        "earned",
        "paid_wage",
        "paid_wage_net",
        "counted_income",
        "estimate",
        "advance",
        "top_up",
        "due",
        "correction",
        "premie",
        "premie_paid",
        "holiday_allowance_reserved",
        "holiday_allowance_paid",
        "holiday_pay_paid",
        "bank",
        "set_aside",
        "set_aside_worst",
    ];
    for m in months {
        for k in keys {
            assert!(is_amount(&m[k]), "{k}: {}", m[k]);
        }
        assert!(m["correction_month"].as_str().unwrap().len() == 7);
        assert!(m["steps"].as_array().unwrap().len() >= 3);
    }
    // The flexible pattern worked by hand in tests/months_worked.rs.
    let col = |k: &str| {
        months
            .iter()
            .map(|m| m[k].as_str().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(col("month"), ["2026-01", "2026-02", "2026-03", "2026-04"]);
    assert_eq!(col("advance"), ["715.82", "715.82", "921.02", "510.62"]);
    assert_eq!(col("due"), ["715.82", "921.02", "510.62", "818.42"]);
    assert_eq!(col("correction"), ["0.00", "205.20", "-410.40", "307.80"]);
    assert_eq!(
        col("correction_month"),
        ["2026-03", "2026-04", "2026-05", "2026-06"]
    );
    assert_eq!(col("set_aside"), ["0.00", "0.00", "410.40", "0.00"]);
    assert_eq!(col("bank"), ["1315.82", "1115.82", "1721.02", "1215.82"]);
    assert_eq!(months[0]["hours"], Value::Null);
    let summary = &v["months_summary"];
    assert_eq!(summary["estimate"], "last_month");
    assert_eq!(summary["pay"], "monthly");
    assert_eq!(summary["totals"]["correction"], "102.60");
    let after = summary["after"].as_array().unwrap();
    assert_eq!(after[0]["month"], "2026-05");
    assert_eq!(after[0]["corrections"], "-410.40");
    assert!(summary["unconfirmed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["id"] == "premie.payout_months"));
}

#[test]
fn hours_four_weekly_pay_and_estimates_are_read() {
    let out = run(
        r#"{"months":[{"month":"2026-03","hours":"60"},{"month":"2026-04","hours_per_week":12}],
        "estimate":"average_3","pay":"four_weekly","first_payday":"2026-03-03",
        "payslip_lag_months":2,"processing_months":0,"before":{"hours":"0"}}"#,
    );
    assert!(out.status.success());
    let v = &lines(&out)[0];
    let months = v["months"].as_array().unwrap();
    assert_eq!(months[0]["hours"], "60.00");
    assert_eq!(months[1]["hours"], "52.00");
    assert_eq!(
        months[0]["paydays"],
        serde_json::json!(["2026-03-03", "2026-03-31"])
    );
    // Payslip two months late, no processing time: March's correction lands in May.
    assert_eq!(months[0]["correction_month"], "2026-05");
    assert_eq!(v["months_summary"]["estimate"], "average_3");
    assert_eq!(v["months_summary"]["pay"], "four_weekly");
}

#[test]
fn bad_month_lists_give_clear_errors_and_others_still_run() {
    let input = [
        r#"{"months":[{"month":"2026-01","hours":"1"},{"month":"2026-03","hours":"1"}]}"#,
        r#"{"months":[{"month":"2026-01","hours":"745"}]}"#,
        r#"{"months":[{"month":"2026-01","uren":"5"}]}"#,
        r#"{"months":[{"month":"januari","hours":"5"}]}"#,
        r#"{"months":[{"month":"2026-01","hours":"5","gross_wage":"50"}]}"#,
        r#"{"estimate":"average_3"}"#,
        r#"{"months":[{"month":"2026-01","hours":"5"}],"pay":"weekly"}"#,
        r#"{"months":"2026-01"}"#,
        r#"{"months":[{"month":"2026-01","hours":"5"}]}"#,
    ]
    .join("\n");
    let out = run(&input);
    assert_eq!(out.status.code(), Some(1));
    let v = lines(&out);
    assert_eq!(v.len(), 9);
    let err = |i: usize| v[i]["error"].as_str().unwrap_or("").to_string();
    assert!(err(0).contains("2026-03 does not follow"), "{}", err(0));
    assert!(err(1).contains("between 0 and 744"), "{}", err(1));
    assert!(err(2).contains("uren"), "{}", err(2));
    assert!(err(3).contains("YYYY-MM"), "{}", err(3));
    assert!(err(4).contains("only one of"), "{}", err(4));
    assert!(err(5).contains("months"), "{}", err(5));
    assert!(err(6).starts_with("pay:"), "{}", err(6));
    assert!(err(7).starts_with("months:"), "{}", err(7));
    assert!(v[8]["months"].is_array());
}
