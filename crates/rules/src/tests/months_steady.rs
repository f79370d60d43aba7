//! A steady month after month: the month-by-month view must agree with the
//! monthly view (`engine::Context::month`) and the municipality never has to
//! correct anything.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::engine::Context;
use crate::months::{self, patterns, Estimate, Pay, Plan, Work, YearMonth};
use crate::param::Usage;
use crate::{Date, Scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

#[test]
fn steady_hours_match_the_monthly_view_and_need_no_corrections() {
    let start = ym(2026, 1);
    for hours in [dec!(0), dec!(8), dec!(12), dec!(16.5), dec!(24), dec!(32)] {
        for estimate in [Estimate::LastMonth, Estimate::Average3] {
            let s = Scenario::default();
            let mut plan = Plan::new(patterns::steady(start, 6, hours));
            plan.estimate = estimate;
            let out = months::calculate(&s, &plan).unwrap();
            let (ctx, _) = Context::new(
                &Scenario {
                    date: Date::ymd(2026, 1, 1),
                    ..s.clone()
                },
                &mut Usage::default(),
            )
            .unwrap();
            let m = ctx.month(hours);
            for row in &out.rows {
                assert_eq!(row.earned, m.wage.gross_base, "{hours} h, {}", row.month);
                assert_eq!(row.paid_wage, m.wage.gross_base);
                assert_eq!(row.holiday_pay_accrued, m.wage.holiday_pay);
                assert_eq!(row.counted_income, m.wage.net);
                assert_eq!(row.top_up, m.top_up);
                assert_eq!(row.due + row.holiday_allowance_reserved, m.top_up);
                assert_eq!(row.premie, m.premie);
                assert_eq!(row.in_bijstand, m.in_bijstand);
                assert_eq!(row.advance, row.due);
                assert_eq!(row.correction, Decimal::ZERO);
                assert_eq!(row.set_aside, Decimal::ZERO);
            }
            assert!(out.after.iter().all(|l| l.corrections.is_zero()));
        }
    }
}

#[test]
fn a_steady_year_with_a_fixed_wage_needs_no_corrections_across_july() {
    // The norm rises on 1 July, but the municipality knows the norm; only
    // income is estimated, and a fixed hourly wage gives the same income all
    // year (one tax year).
    let s = Scenario {
        hourly_wage: Some(dec!(15)),
        vrijlating_n: true,
        ..Scenario::default()
    };
    for estimate in [Estimate::LastMonth, Estimate::Average3] {
        let mut plan = Plan::new(patterns::steady(ym(2026, 1), 12, dec!(14)));
        plan.estimate = estimate;
        plan.payslip_lag_months = 2;
        let out = months::calculate(&s, &plan).unwrap();
        assert_eq!(out.rows.len(), 12);
        assert!(out.rows.iter().all(|r| r.correction.is_zero()));
        // The norm of July is the new one.
        assert_eq!(out.rows[6].norm, dec!(1419.46));
        assert_eq!(out.rows[5].norm, dec!(1401.50));
        // Vrijlating n lasts six months (art. 31 lid 2 n), then stops.
        assert!(out.rows[5].vrijlating > Decimal::ZERO);
        assert_eq!(out.rows[6].vrijlating, Decimal::ZERO);
    }
}

#[test]
fn a_steady_month_given_as_gross_wage_matches_too() {
    let s = Scenario {
        hourly_wage: Some(dec!(13.50)),
        ..Scenario::default()
    };
    let (ctx, _) = Context::new(&s, &mut Usage::default()).unwrap();
    let m = ctx.month(dec!(20));
    let months: Vec<_> = (0..4)
        .map(|i| months::MonthInput {
            month: ym(2026, 2).add_months(i),
            work: Work::Gross(m.wage.gross_base),
            worst: None,
        })
        .collect();
    let out = months::calculate(&s, &Plan::new(months)).unwrap();
    for row in &out.rows {
        assert_eq!(row.counted_income, m.wage.net);
        assert_eq!(row.top_up, m.top_up);
        assert_eq!(row.correction, Decimal::ZERO);
        assert_eq!(row.hours, None);
    }
}

#[test]
fn patterns_give_consecutive_months_with_expected_and_most_hours() {
    let p = patterns::flex(ym(2026, 11), 3, dec!(20), dec!(10));
    assert_eq!(
        p.iter().map(|m| m.month).collect::<Vec<_>>(),
        [ym(2026, 11), ym(2026, 12), ym(2027, 1)]
    );
    assert!(p
        .iter()
        .all(|m| m.work == Work::WeeklyHours(dec!(15))
            && m.worst == Some(Work::WeeklyHours(dec!(20)))));
    let z = patterns::zero_hour(ym(2026, 1), 2, dec!(24));
    assert!(z
        .iter()
        .all(|m| m.work == Work::WeeklyHours(dec!(12))
            && m.worst == Some(Work::WeeklyHours(dec!(24)))));
    let s = patterns::steady(ym(2026, 1), 24, dec!(8));
    assert_eq!(s.len(), 24);
    assert!(s.iter().all(|m| m.worst.is_none()));
}

#[test]
fn four_weekly_pay_is_not_steady_even_with_steady_work() {
    // 13 paydays in 12 months: one month has two, and its bijstand is lower.
    let s = Scenario::default();
    let mut plan = Plan::new(patterns::steady(ym(2026, 1), 12, dec!(12)));
    plan.pay = Pay::FourWeekly;
    let out = months::calculate(&s, &plan).unwrap();
    let paydays: usize = out.rows.iter().map(|r| r.paydays.len()).sum();
    assert_eq!(paydays, 13);
    let two: Vec<_> = out.rows.iter().filter(|r| r.paydays.len() == 2).collect();
    assert_eq!(two.len(), 1);
    assert_eq!(two[0].month, ym(2026, 12));
}

/// The rows of a steady plan in which nothing extra lands: ordinary months.
fn ordinary_rows(out: &months::MonthsOutcome) -> Vec<&months::MonthRow> {
    out.rows
        .iter()
        .filter(|r| {
            r.holiday_pay_paid_net.is_zero()
                && r.holiday_allowance_paid.is_zero()
                && r.premie_paid.is_zero()
                && r.corrections_landing.is_zero()
        })
        .collect()
}

#[test]
fn the_ordinary_month_of_the_outcome_is_the_planners_ordinary_month() {
    use crate::months::Extra;
    use crate::{calculate, Household, Scheme};
    // July–December 2026 have the same rules (the norm of 1 July, one tax
    // year), so a steady plan from July is the outcome's year, month by month.
    let scenarios = [
        Scenario::default(),
        Scenario {
            household: Household::Couple,
            ..Scenario::default()
        },
        Scenario {
            household: Household::SingleParent,
            vrijlating_n: true,
            ..Scenario::default()
        },
        Scenario {
            hourly_wage: Some(dec!(17.25)),
            scheme: Scheme::Experiment,
            housemates: 1,
            ..Scenario::default()
        },
        Scenario {
            scheme: Scheme::National,
            ..Scenario::default()
        },
        // A partner who works 12 hours: the steady wage counts every month.
        Scenario {
            household: Household::Couple,
            partner_hours_per_week: dec!(12),
            ..Scenario::default()
        },
    ];
    for base in scenarios {
        for hours in [dec!(0), dec!(6), dec!(14), dec!(20.5), dec!(26), dec!(36)] {
            let s = Scenario {
                date: Date::ymd(2026, 7, 1),
                hours_per_week: hours,
                ..base.clone()
            };
            let o = calculate(&s).unwrap();
            let plan = Plan::new(patterns::steady(ym(2026, 7), 6, hours));
            let out = months::calculate(&s, &plan).unwrap();
            let ordinary = ordinary_rows(&out);
            // July to October and December: only November has a payment.
            assert!(ordinary.len() >= 5, "{hours} h {base:?}");
            for row in ordinary {
                assert_eq!(
                    row.bank, o.year.bank_ordinary_month,
                    "{hours} h, {}, {base:?}",
                    row.month
                );
            }
            // November pays the premie of May–October: six steady months.
            let november = out.rows.iter().find(|r| r.month == ym(2026, 11)).unwrap();
            let premie_nov = o
                .year
                .extra_payments
                .iter()
                .find(|e| e.month == 11 && e.what == Extra::Premie)
                .map_or(Decimal::ZERO, |e| e.amount);
            assert_eq!(november.premie_paid, premie_nov, "{hours} h {base:?}");
            assert_eq!(november.bank, o.year.bank_ordinary_month + premie_nov);
            // Twelve average months are twelve ordinary months plus the
            // extra payments, to the cent: W = wage paid + holiday pay (net),
            // B = due + the 5% kept back, P accrued each month.
            let extras: Decimal = o.year.extra_payments.iter().map(|e| e.amount).sum();
            assert_eq!(
                o.now.total * dec!(12),
                o.year.bank_ordinary_month * dec!(12) + extras,
                "{hours} h {base:?}"
            );
        }
    }
}
