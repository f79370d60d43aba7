//! Month by month: the findings of the independent check ("The date moves
//! on", point 4), each worked by hand from the law. Every expected number is
//! computed in the comments, never copied from the code.
//!
//! Common ground (2026, single, 21 to AOW age, the employer applies the
//! loonheffingskorting):
//! - norm N = 1401.50 to June, 1419.46 from July (art. 21 a);
//! - minimum wage 14.71 an hour to June, 14.99 from July (wet_minimumloon);
//! - 12 hours a week is 12 × 52 / 12 = 52 hours a month: G = 52 × 14.71 =
//!   764.92, holiday pay 8% = 61.1936 → 61.19, together 826.11; from July
//!   52 × 14.99 = 779.48, 8% = 62.3584 → 62.36, together 841.84;
//! - wage tax on 12 × that: 9,913.32 a year → bracket 35.75% = 3,544.01, less
//!   than AHK 3,115 + AK 8.324% × 9,913.32 (825.19): no tax, net = gross.
//!   Likewise 10,102.08 (3,611.49 < 3,115 + 840.90). Income 826.11, 841.84;
//! - B = max(0, N − (income − V)); 5% of B kept back for June; due = B − 5%.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use rekenhulp_bijverdienen::rules::months::{
    self, MonthInput, MonthsError, MonthsOutcome, Plan, Work, YearMonth,
};
use rekenhulp_bijverdienen::rules::{Household, Scenario, Scheme};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

fn col(out: &MonthsOutcome, f: impl Fn(&months::MonthRow) -> Decimal) -> Vec<Decimal> {
    out.rows.iter().map(f).collect()
}

/// No work January–March 2026, then 12 hours a week April–September.
fn new_job_in_april() -> Plan {
    let months = (0..9)
        .map(|i| MonthInput {
            month: ym(2026, 1).add_months(i),
            work: Work::WeeklyHours(if i < 3 { dec!(0) } else { dec!(12) }),
            worst: None,
        })
        .collect();
    let mut plan = Plan::new(months);
    plan.before = Some(Work::Hours(dec!(0)));
    plan
}

fn national_with_n() -> Scenario {
    Scenario {
        scheme: Scheme::National,
        vrijlating_n: true,
        ..Scenario::default()
    }
}

// Finding 1: art. 31 lid 2 n exempts earnings "gedurende ten hoogste zes
// maanden": the six months are months in which n exempted something.

#[test]
fn vrijlating_n_counts_the_months_in_which_it_exempted_earnings() {
    let out = months::calculate(&national_with_n(), &new_job_in_april()).unwrap();
    // January–March: no earnings, so n exempts nothing (25% of 0) and those
    // months do not count. April–June: 25% × 826.11 = 206.5275 → 206.53
    // (maximum 285). July–September: 25% × 841.84 = 210.46 (maximum 289).
    // April–September are the six months of n.
    assert_eq!(
        col(&out, |r| r.vrijlating),
        [
            dec!(0),
            dec!(0),
            dec!(0),
            dec!(206.53),
            dec!(206.53),
            dec!(206.53),
            dec!(210.46),
            dec!(210.46),
            dec!(210.46),
        ]
    );
    // B: January–March 1401.50; April–June 1401.50 − (826.11 − 206.53) =
    // 781.92; July–September 1419.46 − (841.84 − 210.46) = 788.08.
    assert_eq!(
        col(&out, |r| r.top_up),
        [
            dec!(1401.50),
            dec!(1401.50),
            dec!(1401.50),
            dec!(781.92),
            dec!(781.92),
            dec!(781.92),
            dec!(788.08),
            dec!(788.08),
            dec!(788.08),
        ]
    );
    // Due: 781.92 − 5% (39.096 → 39.10) = 742.82; 788.08 − 39.404 → 39.40 = 748.68.
    assert_eq!(out.rows[3].due, dec!(742.82));
    assert_eq!(out.rows[8].due, dec!(748.68));
}

#[test]
fn months_of_n_used_before_the_plan_shorten_it() {
    let mut plan = new_job_in_april();
    plan.vrijlating_n_months_used = 4;
    let out = months::calculate(&national_with_n(), &plan).unwrap();
    // Four months used: n exempts in April and May (months 5 and 6), then ends.
    assert_eq!(
        col(&out, |r| r.vrijlating),
        [
            dec!(0),
            dec!(0),
            dec!(0),
            dec!(206.53),
            dec!(206.53),
            dec!(0),
            dec!(0),
            dec!(0),
            dec!(0),
        ]
    );
    // June: B = 1401.50 − 826.11 = 575.39; July: 1419.46 − 841.84 = 577.62.
    assert_eq!(out.rows[5].top_up, dec!(575.39));
    assert_eq!(out.rows[6].top_up, dec!(577.62));

    // All six used: no n at all.
    plan.vrijlating_n_months_used = 6;
    let out = months::calculate(&national_with_n(), &plan).unwrap();
    assert!(out.rows.iter().all(|r| r.vrijlating.is_zero()));
}

#[test]
fn after_n_a_single_parent_gets_r() {
    // Single parent (same norm as single, art. 21 a), child of 5, n and r
    // granted, 4 months of n used: n in April and May, then r (art. 31 lid 2
    // r 2°: after the six months of n). June: 12.5% × 826.11 = 103.26375 →
    // 103.26 (maximum 177.66); July: 12.5% × 841.84 = 105.23 (maximum 180.17).
    let s = Scenario {
        household: Household::SingleParent,
        youngest_child_age: Some(5),
        vrijlating_r: true,
        ..national_with_n()
    };
    let mut plan = new_job_in_april();
    plan.vrijlating_n_months_used = 4;
    let out = months::calculate(&s, &plan).unwrap();
    assert_eq!(
        col(&out, |r| r.vrijlating)[3..],
        [
            dec!(206.53),
            dec!(206.53),
            dec!(103.26),
            dec!(105.23),
            dec!(105.23),
            dec!(105.23)
        ]
    );
    // June: B = 1401.50 − (826.11 − 103.26) = 678.65.
    assert_eq!(out.rows[5].top_up, dec!(678.65));
}

#[test]
fn more_than_six_months_of_n_used_is_refused() {
    let mut plan = new_job_in_april();
    plan.vrijlating_n_months_used = 7;
    let err = months::calculate(&national_with_n(), &plan).unwrap_err();
    assert_eq!(err, MonthsError::NMonthsUsedOutOfRange);
    assert!(err.to_string().contains("between 0 and 6"), "{err}");
    assert!(err.key().starts_with("error."));
}

#[test]
fn the_cli_reads_the_months_of_n_used() {
    let months = |extra: &str| {
        let list = [("2026-03", 0), ("2026-04", 12), ("2026-05", 12), ("2026-06", 12)]
            .map(|(m, h)| format!(r#"{{"month":"{m}","hours_per_week":{h}}}"#))
            .join(",");
        format!(
            r#"{{"date":"2026-01-01","scheme":"national","vrijlating_n":true{extra},"before":{{"hours":0}},"months":[{list}]}}"#
        )
    };
    let input = [
        months(r#","vrijlating_n_months_used":4"#),
        months(r#","vrijlating_n_months_used":"7""#),
        r#"{"vrijlating_n_months_used":2}"#.to_string(),
    ]
    .join("\n");
    let out = common::run(&input);
    let v = common::lines(&out);
    // As worked above: n in April and May (206.53), not in June.
    let col: Vec<&str> = v[0]["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["vrijlating"].as_str().unwrap())
        .collect();
    assert_eq!(col, ["0.00", "206.53", "206.53", "0.00"]);
    assert_eq!(v[0]["months_summary"]["vrijlating_n_months_used"], 4);
    let err = v[1]["error"].as_str().unwrap();
    assert!(err.starts_with("vrijlating_n_months_used:"), "{err}");
    let err = v[2]["error"].as_str().unwrap();
    assert!(err.contains("only used with a \"months\" list"), "{err}");
}

// Finding 2: holiday pay counts in the month in which it was earned (art. 32
// lid 2, first sentence), also when the wage is paid a month later.

#[test]
fn holiday_pay_counts_in_the_month_worked_when_the_wage_is_paid_later() {
    // A new job (nothing before): gross 1,000 worked in January and March
    // 2026, none in February, each wage paid the month after. National rules.
    let months = [dec!(1000), dec!(0), dec!(1000)]
        .iter()
        .enumerate()
        .map(|(i, &g)| MonthInput {
            month: ym(2026, 1).add_months(i as i32),
            work: Work::Gross(g),
            worst: None,
        })
        .collect();
    let mut plan = Plan::new(months);
    plan.pay_lag_months = 1;
    plan.before = Some(Work::Gross(dec!(0)));
    let s = Scenario {
        scheme: Scheme::National,
        ..Scenario::default()
    };
    let out = months::calculate(&s, &plan).unwrap();
    // Net of 1,000 + 80 holiday pay on the monthly table: 12 × 1,080 =
    // 12,960 a year; bracket 35.75% = 4,633.20; AHK 3,115; AK 996 + 31.009% ×
    // (12,960 − 11,965 = 995) = 1,304.54; tax 213.66; net (12,960 − 213.66) /
    // 12 = 1,062.195 → 1,062.20. The holiday pay's share: 1,062.20 × 80 /
    // 1,080 = 78.681 → 78.68; the wage's 983.52.
    // Wage counted when paid (February: 983.52, art. 32 lid 2 second
    // sentence), holiday pay when earned (January and March: 78.68), so
    // income 78.68, 983.52, 78.68 (not 0, 1,062.20, 0 as with the payslip).
    assert_eq!(
        col(&out, |r| r.paid_wage_net),
        [dec!(0), dec!(983.52), dec!(0)]
    );
    assert_eq!(
        col(&out, |r| r.holiday_pay_accrued),
        [dec!(80), dec!(0), dec!(80)]
    );
    assert_eq!(
        col(&out, |r| r.counted_income),
        [dec!(78.68), dec!(983.52), dec!(78.68)]
    );
    // B: 1401.50 − 78.68 = 1,322.82 (5% 66.141 → 66.14, due 1,256.68);
    // 1401.50 − 983.52 = 417.98 (5% 20.899 → 20.90, due 397.08).
    assert_eq!(
        col(&out, |r| r.due),
        [dec!(1256.68), dec!(397.08), dec!(1256.68)]
    );
    // Advances on the last payslip: before 0 (1401.50 − 70.08 = 1,331.42),
    // January 78.68 (1,256.68), February 983.52 (397.08).
    assert_eq!(
        col(&out, |r| r.advance),
        [dec!(1331.42), dec!(1256.68), dec!(397.08)]
    );
    // Corrections: −74.74 (in March), 397.08 − 1,256.68 = −859.60 (April),
    // +859.60 (May).
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(-74.74), dec!(-859.60), dec!(859.60)]
    );
    // Bank: 1,331.42; 983.52 + 1,256.68 = 2,240.20; 397.08 − 74.74 = 322.34.
    assert_eq!(
        col(&out, |r| r.bank),
        [dec!(1331.42), dec!(2240.20), dec!(322.34)]
    );
    // After: April brings March's wage (983.52) and −859.60; May the holiday
    // pay earned in January and March (2 × 78.68 = 157.36) and +859.60.
    let (apr, may) = (out.after[0], out.after[1]);
    assert_eq!((apr.month, apr.wage_net, apr.corrections), (ym(2026, 4), dec!(983.52), dec!(-859.60)));
    assert_eq!((may.month, may.holiday_pay_net, may.corrections), (ym(2026, 5), dec!(157.36), dec!(859.60)));
}
