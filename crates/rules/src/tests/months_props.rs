//! Properties of the month-by-month view over any pattern: nothing is lost or
//! made up between what is due, what is paid on estimates and the corrections;
//! steady work never needs a correction and matches the monthly view.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::data::timing::CORRECTION_MAX_MONTHS;
use crate::engine::Context;
use crate::months::{self, patterns, Estimate, MonthInput, Pay, Plan, Work, YearMonth};
use crate::param::Usage;
use crate::{Date, Household, KortingBy, Scenario, Scheme};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cents(max: i64) -> impl Strategy<Value = Decimal> {
    (0..=max * 100).prop_map(|c| Decimal::new(c, 2))
}

fn work() -> impl Strategy<Value = Work> {
    prop_oneof![
        cents(744).prop_map(Work::Hours),
        cents(60).prop_map(Work::WeeklyHours),
        cents(4000).prop_map(Work::Gross),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop_oneof![
            Just(Household::Single),
            Just(Household::SingleParent),
            Just(Household::Couple)
        ],
        0u32..=2,
        any::<bool>(),
        any::<bool>(),
        prop_oneof![
            Just(Scheme::Amsterdam),
            Just(Scheme::Experiment),
            Just(Scheme::National)
        ],
        prop_oneof![Just(KortingBy::Employer), Just(KortingBy::Municipality)],
        prop::option::of(cents(40)),
    )
        .prop_map(
            |(household, housemates, n, r, scheme, korting_by, hourly)| Scenario {
                household,
                housemates,
                vrijlating_n: n,
                vrijlating_r: r,
                scheme,
                korting_by,
                hourly_wage: hourly,
                ..Scenario::default()
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        0i32..36,
        prop::collection::vec((work(), prop::option::of(work())), 1..=24),
        prop::option::of(work()),
        prop_oneof![Just(Estimate::LastMonth), Just(Estimate::Average3)],
        any::<bool>(),
        0u32..=2,
        1u8..=28,
        0u32..=6,
        0u32..=6,
        0u32..=6,
    )
        .prop_map(
            |(start, works, before, estimate, four_weekly, lag, payday, slip, proc_, n_used)| {
                let first = YearMonth {
                    year: 2024,
                    month: 1,
                }
                .add_months(start);
                let months = works
                    .into_iter()
                    .enumerate()
                    .map(|(i, (work, worst))| MonthInput {
                        month: first.add_months(i as i32),
                        work,
                        worst,
                    })
                    .collect();
                let mut p = Plan::new(months);
                p.before = before;
                p.estimate = estimate;
                if four_weekly {
                    p.pay = Pay::FourWeekly;
                    p.first_payday = Some(Date::ymd(first.year, first.month, payday));
                } else {
                    p.pay_lag_months = lag;
                }
                p.payslip_lag_months = slip;
                p.processing_months = proc_;
                p.vrijlating_n_months_used = n_used;
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn money_paid_plus_corrections_is_money_due(s in scenario(), p in plan()) {
        let out = months::calculate(&s, &p).unwrap();
        let t = &out.totals;
        prop_assert_eq!(out.rows.len(), p.months.len());
        // Paid on estimates + corrections = due, month by month and in total.
        prop_assert_eq!(t.advance + t.correction, t.due);
        let later_corrections: Decimal = out.after.iter().map(|l| l.corrections).sum();
        prop_assert_eq!(t.corrections_landing + later_corrections, t.correction);
        // The 5% kept back and the premie are all paid, in the plan or after it.
        let later_vt: Decimal = out.after.iter().map(|l| l.holiday_allowance).sum();
        prop_assert_eq!(
            out.carried_in.holiday_allowance + t.holiday_allowance_reserved,
            t.holiday_allowance_paid + later_vt
        );
        let later_premie: Decimal = out.after.iter().map(|l| l.premie).sum();
        prop_assert_eq!(out.carried_in.premie + t.premie, t.premie_paid + later_premie);
        for r in &out.rows {
            prop_assert_eq!(r.advance + r.correction, r.due);
            prop_assert_eq!(r.due + r.holiday_allowance_reserved, r.top_up);
            prop_assert!(r.due >= Decimal::ZERO && r.advance >= Decimal::ZERO);
            prop_assert!(r.top_up <= r.norm);
            prop_assert_eq!(r.in_bijstand, r.top_up > Decimal::ZERO);
            prop_assert_eq!(r.set_aside, (-r.correction).max(Decimal::ZERO));
            prop_assert!(r.set_aside_worst >= r.set_aside);
            // At most six months after the month concerned.
            let to = (p.payslip_lag_months + p.processing_months).min(CORRECTION_MAX_MONTHS);
            prop_assert_eq!(r.correction_month, r.month.add_months(to as i32));
            prop_assert_eq!(r.negative_bank, r.bank < Decimal::ZERO);
            prop_assert_eq!(
                r.bank,
                r.paid_wage_net
                    + r.holiday_pay_paid_net
                    + r.advance
                    + r.corrections_landing
                    + r.premie_paid
                    + r.holiday_allowance_paid
            );
            prop_assert!(r.paid_wage_net <= r.counted_income);
            if r.due.is_zero() {
                prop_assert!(r.premie.is_zero());
            }
        }
        // Spreading moves money to later months; it makes none up or loses any.
        match &out.spread {
            None => prop_assert!(out.rows.iter().all(|r| !r.negative_bank)),
            Some(sp) => {
                prop_assert_eq!(sp.rows.len(), out.rows.len());
                prop_assert!(sp.rows.iter().all(|m| m.bank >= Decimal::ZERO));
                let spread: Decimal = sp.rows.iter().map(|m| m.bank).sum::<Decimal>()
                    + sp.after.iter().map(|(_, a)| *a).sum::<Decimal>();
                prop_assert_eq!(spread, t.bank);
            }
        }
        // Vrijlating n exempts in at most the six months left of it (below AOW
        // age); from 2027 art. 34a takes its place, for at most twelve months.
        let change = YearMonth { year: 2027, month: 1 };
        let exempt = |r: &&months::MonthRow| r.vrijlating > Decimal::ZERO;
        let n_months = out.rows.iter().filter(|r| r.month < change).filter(exempt).count();
        let new_months = out.rows.iter().filter(|r| r.month >= change).filter(exempt).count();
        if s.vrijlating_n && !s.vrijlating_r {
            prop_assert!(n_months as u32 <= 6 - p.vrijlating_n_months_used);
            prop_assert!(new_months <= 12);
        }
    }

    #[test]
    fn steady_work_needs_no_corrections_and_matches_the_monthly_view(
        start in 0i32..36,
        len in 1usize..=24,
        hours in cents(60),
        hourly in 10i64..=30,
        estimate in prop_oneof![Just(Estimate::LastMonth), Just(Estimate::Average3)],
        slip in 0u32..=6,
    ) {
        let first = YearMonth { year: 2024, month: 1 }.add_months(start);
        let s = Scenario {
            hourly_wage: Some(Decimal::from(hourly)),
            ..Scenario::default()
        };
        let mut p = Plan::new(patterns::steady(first, len, hours));
        p.estimate = estimate;
        p.payslip_lag_months = slip;
        let out = months::calculate(&s, &p).unwrap();
        for (i, r) in out.rows.iter().enumerate() {
            let date = r.month.first_day().min(Date::ymd(2026, 12, 31));
            let (ctx, _) = Context::new(&Scenario { date, ..s.clone() }, &mut Usage::default())
                .unwrap();
            let m = ctx.month(hours);
            prop_assert_eq!(r.counted_income, m.wage.net);
            prop_assert_eq!(r.top_up, m.top_up);
            prop_assert_eq!(r.premie, m.premie);
            // The wage tax changes on 1 January, so a payslip from the year
            // before shows another net: steady is free of corrections when every
            // payslip used for the estimate is from the same tax year (months
            // before the plan use the first month's rules; after 2026, 2026's).
            let tax_year = |j: i32| first.add_months(j.max(0)).min(YearMonth { year: 2026, month: 12 }).year;
            let last = i as i32 - slip as i32;
            let used = match estimate {
                Estimate::LastMonth => vec![last],
                Estimate::Average3 => vec![last, last - 1, last - 2],
            };
            let same_year = used.iter().all(|&j| tax_year(j) == tax_year(i as i32));
            if same_year {
                prop_assert_eq!(r.correction, Decimal::ZERO, "{}", r.month);
            }
        }
    }
}
