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
        let list = [
            ("2026-03", 0),
            ("2026-04", 12),
            ("2026-05", 12),
            ("2026-06", 12),
        ]
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
    assert_eq!(
        (apr.month, apr.wage_net, apr.corrections),
        (ym(2026, 4), dec!(983.52), dec!(-859.60))
    );
    assert_eq!(
        (may.month, may.holiday_pay_net, may.corrections),
        (ym(2026, 5), dec!(157.36), dec!(859.60))
    );
}

// Finding 3: a correction lands at most six months after the month it
// concerns (Amsterdam: six months to set the income and correct,
// parameters.md §10); a month whose money goes negative says so.

use common::gross_months;

#[test]
fn a_correction_lands_at_most_six_months_after_its_month() {
    // Gross 600, 400, 800, 500 in January–April 2026 (Amsterdam, as in
    // tests/months_worked.rs: income 648, 432, 864, 540; due 715.82, 921.02,
    // 510.62, 818.42). The payslip reaches the municipality 6 months later, so
    // every advance is on the months before the plan (648: 715.82).
    // Processing 6 more months would make 12; the correction lands 6 months
    // after the month: July, August, September, October.
    let mut plan = Plan::new(gross_months(
        ym(2026, 1),
        &[dec!(600), dec!(400), dec!(800), dec!(500)],
    ));
    plan.payslip_lag_months = 6;
    plan.processing_months = 6;
    let out = months::calculate(&Scenario::default(), &plan).unwrap();
    assert!(out.rows.iter().all(|r| r.advance == dec!(715.82)));
    // Corrections: 0; 921.02 − 715.82 = 205.20; 510.62 − 715.82 = −205.20;
    // 818.42 − 715.82 = 102.60.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(0), dec!(205.20), dec!(-205.20), dec!(102.60)]
    );
    assert_eq!(
        out.rows
            .iter()
            .map(|r| r.correction_month)
            .collect::<Vec<_>>(),
        [ym(2026, 7), ym(2026, 8), ym(2026, 9), ym(2026, 10)]
    );
    let landing: Vec<(YearMonth, Decimal)> = out
        .after
        .iter()
        .filter(|l| !l.corrections.is_zero())
        .map(|l| (l.month, l.corrections))
        .collect();
    assert_eq!(
        landing,
        [
            (ym(2026, 8), dec!(205.20)),
            (ym(2026, 9), dec!(-205.20)),
            (ym(2026, 10), dec!(102.60))
        ]
    );
}

#[test]
fn a_repayment_larger_than_the_month_s_money_is_shown_and_spread() {
    // National rules; a new job: nothing before; gross 0, 1,400, 1,400, 0, 0,
    // 0 in January–June 2026; payslip a month late, correction a month after.
    // 1,400 + 112 holiday pay: net 1,473.71 (tests/months_worked.rs), above
    // the norm: no bijstand; its holiday pay share 109.16, wage 1,364.55.
    // No income: B 1401.50, 5% 70.075 → 70.08, due 1,331.42.
    let mut plan = Plan::new(gross_months(
        ym(2026, 1),
        &[dec!(0), dec!(1400), dec!(1400), dec!(0), dec!(0), dec!(0)],
    ));
    plan.before = Some(Work::Gross(dec!(0)));
    let s = Scenario {
        scheme: Scheme::National,
        ..Scenario::default()
    };
    let out = months::calculate(&s, &plan).unwrap();
    // Advances on the month before: 1,331.42 (before: 0), 1,331.42 (January:
    // 0), 0 (February above the norm), 0 (March), 1,331.42, 1,331.42.
    assert_eq!(
        col(&out, |r| r.advance),
        [
            dec!(1331.42),
            dec!(1331.42),
            dec!(0),
            dec!(0),
            dec!(1331.42),
            dec!(1331.42)
        ]
    );
    // February: due 0, paid 1,331.42: −1,331.42 lands in April. April: due
    // 1,331.42, paid 0: +1,331.42 lands in June.
    // Bank: January 1,331.42; February 1,364.55 + 1,331.42 = 2,695.97; March
    // 1,364.55; April 0 wage + 0 advance − 1,331.42 = −1,331.42; May 1,331.42
    // + holiday pay (February and March: 2 × 109.16 = 218.32) = 1,549.74;
    // June 1,331.42 + 1,331.42 + holiday allowance (June–December 2025: 7 ×
    // 70.08 = 490.56, + January, April, May 3 × 70.08 = 700.80) = 3,363.64.
    assert_eq!(
        col(&out, |r| r.bank),
        [
            dec!(1331.42),
            dec!(2695.97),
            dec!(1364.55),
            dec!(-1331.42),
            dec!(1549.74),
            dec!(3363.64)
        ]
    );
    assert_eq!(
        out.rows.iter().map(|r| r.negative_bank).collect::<Vec<_>>(),
        [false, false, false, true, false, false]
    );
    // Spread over 3 months: April pays nothing and 1,331.42 is paid back as
    // 443.81 + 443.81 + 443.80 (133,142 cents / 3 = 44,380 rest 2) in May,
    // June and July: May 1,549.74 − 443.81 = 1,105.93; June 3,363.64 − 443.81
    // = 2,919.83; July (after the plan) −443.80.
    let spread = out.spread.as_ref().unwrap();
    assert_eq!(spread.months, 3);
    let banks: Vec<Decimal> = spread.rows.iter().map(|m| m.bank).collect();
    assert_eq!(
        banks,
        [
            dec!(1331.42),
            dec!(2695.97),
            dec!(1364.55),
            dec!(0),
            dec!(1105.93),
            dec!(2919.83)
        ]
    );
    assert_eq!(spread.rows[3].deferred, dec!(1331.42));
    assert_eq!(spread.rows[4].instalments, dec!(-443.81));
    assert_eq!(spread.after, [(ym(2026, 7), dec!(-443.80))]);

    // A plan without a negative month has no spread.
    let calm = Plan::new(gross_months(ym(2026, 1), &[dec!(600), dec!(600)]));
    let out = months::calculate(&s, &calm).unwrap();
    assert!(out.spread.is_none() && out.rows.iter().all(|r| !r.negative_bank));
}

#[test]
fn the_cli_shows_a_negative_month_and_the_spread() {
    let list = [0, 1400, 1400, 0]
        .map(|g| g.to_string())
        .iter()
        .enumerate()
        .map(|(i, g)| format!(r#"{{"month":"2026-0{}","gross_wage":{g}}}"#, i + 1))
        .collect::<Vec<_>>()
        .join(",");
    let out = common::run(&format!(
        r#"{{"scheme":"national","before":{{"gross_wage":0}},"months":[{list}]}}"#
    ));
    let v = &common::lines(&out)[0];
    let months = v["months"].as_array().unwrap();
    // As worked above: April −1,331.42.
    assert_eq!(months[3]["bank"], "-1331.42");
    assert_eq!(months[3]["negative_bank"], true);
    assert_eq!(months[2]["negative_bank"], false);
    let spread = &v["months_summary"]["spread"];
    assert_eq!(spread["months"], 3);
    assert!(spread["assumption"]
        .as_str()
        .unwrap()
        .contains("assumption"));
    assert_eq!(spread["rows"][3]["bank"], "0.00");
    assert_eq!(spread["rows"][3]["deferred"], "1331.42");
    let after: Vec<(&str, &str)> = spread["after"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["month"].as_str().unwrap(),
                a["instalments"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        after,
        [
            ("2026-05", "-443.81"),
            ("2026-06", "-443.81"),
            ("2026-07", "-443.80")
        ]
    );
}

// Finding 4: every unconfirmed value is listed once, not once per month.

#[test]
fn unconfirmed_values_are_listed_once() {
    // Age 18–20 with the premie as a what-if (not confirmed under 27) and
    // the Amsterdam maximum (219, not confirmed after 2023), over three
    // months of the same rules.
    let s = Scenario {
        age: rekenhulp_bijverdienen::rules::AgeGroup::Youth,
        premie_under_27: true,
        ..Scenario::default()
    };
    let plan = Plan::new(gross_months(ym(2026, 1), &[dec!(300); 3]));
    let out = months::calculate(&s, &plan).unwrap();
    let ids: Vec<(&str, String)> = out
        .unconfirmed
        .iter()
        .map(|u| (u.id, u.from.to_string()))
        .collect();
    for id in [
        "premie.under_27",
        "premie.amsterdam_cap",
        "premie.payout_months",
    ] {
        assert_eq!(
            ids.iter().filter(|(i, _)| *i == id).count(),
            1,
            "{id}: {ids:?}"
        );
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");

    // The CLI lists them once too.
    let out = common::run(
        r#"{"age":"18-20","premie_under_27":true,"months":[{"month":"2026-01","hours":10},{"month":"2026-02","hours":10},{"month":"2026-03","hours":10}]}"#,
    );
    let v = &common::lines(&out)[0];
    let listed: Vec<String> = v["months_summary"]["unconfirmed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| format!("{} {}", u["id"], u["valid_from"]))
        .collect();
    let mut unique = listed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), listed.len(), "{listed:?}");
    assert!(listed.iter().any(|l| l.contains("premie.under_27")));
}

// Finding 5: a premie maximum entered by the user is held to the yearly
// maximum of art. 31 lid 2 j (3,398 from 2026-01-01, 3,446 from 2026-07-01).

/// Amsterdam, the user's premie maximum 400, 18 hours a week at 15 an hour.
fn high_cap() -> Scenario {
    Scenario {
        hourly_wage: Some(dec!(15)),
        hours_per_week: dec!(18),
        premie_cap: Some(dec!(400)),
        ..Scenario::default()
    }
}

#[test]
fn a_premie_maximum_above_a_twelfth_of_the_yearly_maximum_is_lowered() {
    // 18 × 52 / 12 = 78 hours × 15 = 1,170; holiday pay 93.60; 1,263.60 a
    // month, 15,163.20 a year: bracket 35.75% = 5,420.84; AHK 3,115; AK 996 +
    // 31.009% × (15,163.20 − 11,965 = 3,198.20) = 1,987.73; tax 318.11; net
    // (15,163.20 − 318.11) / 12 = 1,237.09. In bijstand (B = 1401.50 −
    // 1,237.09 = 164.41). Premie 30% × 1,237.09 = 371.127 → 371.13, above the
    // user's 400? No: below 400, but above 3,398 / 12 = 283.1666… → 283.16
    // (down to the cent, so 12 months stay within 3,398).
    let o = rekenhulp_bijverdienen::rules::calculate(&high_cap()).unwrap();
    assert_eq!(o.now.wage.net, dec!(1237.09));
    assert_eq!(o.now.premie, dec!(283.16));
    let lowered = o
        .unconfirmed
        .iter()
        .find(|u| u.id == "premie.cap_lowered_to_j")
        .expect("the user is told");
    assert_eq!(lowered.value, dec!(283.16));
    assert_eq!(lowered.from.to_string(), "2026-01-01");
    // From July: 3,446 / 12 = 287.1666… → 287.16.
    let july = Scenario {
        date: rekenhulp_bijverdienen::rules::Date::ymd(2026, 7, 1),
        ..high_cap()
    };
    let o = rekenhulp_bijverdienen::rules::calculate(&july).unwrap();
    assert_eq!(o.now.premie, dec!(287.16));
    // A maximum within 1/12 is kept as entered, without a notice: 250 < 283.16.
    let kept = Scenario {
        premie_cap: Some(dec!(250)),
        ..high_cap()
    };
    let o = rekenhulp_bijverdienen::rules::calculate(&kept).unwrap();
    assert_eq!(o.now.premie, dec!(250));
    assert!(!o
        .unconfirmed
        .iter()
        .any(|u| u.id == "premie.cap_lowered_to_j"));
}

#[test]
fn the_planner_pays_no_more_premie_in_a_year_than_the_yearly_maximum() {
    // The same work every month of 2026: 283.16 a month January–June,
    // 287.16 July–December (as above; the norm of July, 1419.46, leaves B > 0).
    let months = (0..12)
        .map(|i| MonthInput {
            month: ym(2026, 1).add_months(i),
            work: Work::WeeklyHours(dec!(18)),
            worst: None,
        })
        .collect();
    let out = months::calculate(&high_cap(), &Plan::new(months)).unwrap();
    assert_eq!(out.rows[0].premie, dec!(283.16));
    assert_eq!(out.rows[11].premie, dec!(287.16));
    // Paid in 2026: June for November 2025–April 2026 (the two months before
    // the plan as January): 6 × 283.16 = 1,698.96; November for May–October:
    // 2 × 283.16 + 4 × 287.16 = 566.32 + 1,148.64 = 1,714.96. Together
    // 3,413.92, within the 3,446 in force when November's payment is made
    // (June's 1,698.96 is within the 3,398 in force in June).
    assert_eq!(out.rows[5].premie_paid, dec!(1698.96));
    assert_eq!(out.rows[10].premie_paid, dec!(1714.96));
    assert_eq!(out.totals.premie_paid, dec!(3413.92));
    assert!(out
        .unconfirmed
        .iter()
        .any(|u| u.id == "premie.cap_lowered_to_j" && u.value == dec!(283.16)));
}
