//! Month by month, worked by hand. Every expected number is computed in the
//! comments from the law and parameters.md, never copied from the code.
//!
//! Common ground (2026, single, 21 to AOW age, the employer applies the
//! loonheffingskorting, Amsterdam premie 30% with maximum 219):
//! - norm N = 1401.50 to June, 1419.46 from July (art. 21 a, P-NB26, P-LAW);
//! - holiday pay Hp = 8% of the gross wage G; income counted = net of G + Hp;
//! - wage tax on 12 × (G + Hp) (monthly pay) or 13 × (G + Hp) (four-weekly):
//!   35.75% bracket 1, minus AHK 3115 (full below 29,736) and AK 8.324% of the
//!   yearly wage up to 11,965 (996 + 31.009% above it, up to 25,845). Below
//!   about 11,357 a year the kortingen exceed the bracket tax, so net = gross;
//! - top-up B = max(0, N − (income − V)); 5% of B is kept back and paid in June
//!   (art. 19 lid 3, art. 45); due = B − 5% of B; the rest is our assumption
//!   list in README "Month by month";
//! - defaults: monthly pay in the month worked, the municipality pays an
//!   advance on the last payslip it has (a month old), and the correction
//!   lands a month after the payslip is in: two months after the month.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use rekenhulp_bijverdienen::rules::months::{
    self, patterns, Estimate, MonthInput, MonthsError, MonthsOutcome, Pay, Plan, Work, YearMonth,
};
use rekenhulp_bijverdienen::rules::{Date, Scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

#[path = "common/mod.rs"]
mod common;
use common::gross_months as gross;

fn run(plan: Plan) -> MonthsOutcome {
    months::calculate(&Scenario::default(), &plan).unwrap()
}

fn col(out: &MonthsOutcome, f: impl Fn(&months::MonthRow) -> Decimal) -> Vec<Decimal> {
    out.rows.iter().map(f).collect()
}

#[test]
fn a_flexible_month_pattern() {
    // Gross 600, 400, 800, 500 in January–April 2026; before January as January.
    // Holiday pay 8%: 48, 32, 64, 40. Yearly 12 × 648 = 7,776 → bracket tax
    // 2,779.92 < 3,115 AHK, so no tax; likewise 5,184 and 6,480; for 864:
    // 10,368 → 3,706.56 < 3,115 + 8.324% × 10,368 (863.03) = 3,978.03.
    // Income counted: 648, 432, 864, 540.
    let out = run(Plan::new(gross(
        ym(2026, 1),
        &[dec!(600), dec!(400), dec!(800), dec!(500)],
    )));
    assert_eq!(
        col(&out, |r| r.counted_income),
        [dec!(648), dec!(432), dec!(864), dec!(540)]
    );
    // B = 1401.50 − income: 753.50, 969.50, 537.50, 861.50.
    // 5% kept back: 37.675 → 37.68; 48.475 → 48.48; 26.875 → 26.88; 43.075 → 43.08.
    // Due: 715.82, 921.02, 510.62, 818.42.
    assert_eq!(
        col(&out, |r| r.top_up),
        [dec!(753.50), dec!(969.50), dec!(537.50), dec!(861.50)]
    );
    assert_eq!(
        col(&out, |r| r.holiday_allowance_reserved),
        [dec!(37.68), dec!(48.48), dec!(26.88), dec!(43.08)]
    );
    assert_eq!(
        col(&out, |r| r.due),
        [dec!(715.82), dec!(921.02), dec!(510.62), dec!(818.42)]
    );
    // The advance uses the payslip a month old: January uses the month before
    // (648, as January), February uses January (648), March February (432),
    // April March (864): 715.82, 715.82, 921.02, 510.62.
    assert_eq!(
        col(&out, |r| r.estimate),
        [dec!(648), dec!(648), dec!(432), dec!(864)]
    );
    assert_eq!(
        col(&out, |r| r.advance),
        [dec!(715.82), dec!(715.82), dec!(921.02), dec!(510.62)]
    );
    // Corrections: 0; 921.02 − 715.82 = +205.20; 510.62 − 921.02 = −410.40;
    // 818.42 − 510.62 = +307.80; each two months later.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(0), dec!(205.20), dec!(-410.40), dec!(307.80)]
    );
    assert_eq!(
        out.rows
            .iter()
            .map(|r| r.correction_month)
            .collect::<Vec<_>>(),
        [ym(2026, 3), ym(2026, 4), ym(2026, 5), ym(2026, 6)]
    );
    // March's advance is 410.40 too high: set it apart.
    assert_eq!(
        col(&out, |r| r.set_aside),
        [dec!(0), dec!(0), dec!(410.40), dec!(0)]
    );
    // Premie 30% of income: 194.40, 129.60, 259.20 → maximum 219, 162.00.
    assert_eq!(
        col(&out, |r| r.premie),
        [dec!(194.40), dec!(129.60), dec!(219), dec!(162.00)]
    );
    // Bank: net wage (no tax: the gross) + advance + corrections landing.
    // January 600 + 715.82; February 400 + 715.82; March 800 + 921.02 + 0
    // (January's correction); April 500 + 510.62 + 205.20.
    assert_eq!(
        col(&out, |r| r.bank),
        [dec!(1315.82), dec!(1115.82), dec!(1721.02), dec!(1215.82)]
    );
    // After April: May gets −410.40 and the holiday pay (June 2025–May 2026:
    // 7 months before the plan × 48 = 336, + 48 + 32 + 64 + 40 = 520);
    // June gets +307.80, the holiday allowance (7 × 37.68 = 263.76, + 37.68 +
    // 48.48 + 26.88 + 43.08 = 419.88) and the premie for November–April
    // (2 × 194.40 = 388.80, + 194.40 + 129.60 + 219 + 162 = 1,093.80).
    assert_eq!(out.after.len(), 2);
    let may = out.after[0];
    assert_eq!(may.month, ym(2026, 5));
    assert_eq!(may.corrections, dec!(-410.40));
    assert_eq!(may.holiday_pay_net, dec!(520));
    let june = out.after[1];
    assert_eq!(june.month, ym(2026, 6));
    assert_eq!(june.corrections, dec!(307.80));
    assert_eq!(june.holiday_allowance, dec!(419.88));
    assert_eq!(june.premie, dec!(1093.80));
    // Totals: due 2,965.88, paid on estimates 2,863.28, corrections +102.60.
    assert_eq!(out.totals.due, dec!(2965.88));
    assert_eq!(out.totals.advance, dec!(2863.28));
    assert_eq!(out.totals.correction, dec!(102.60));
}

#[test]
fn a_month_without_work_on_a_zero_hour_contract() {
    // Gross 600, 0, 600 in January–March; the municipality estimates from the
    // average of the last three payslips it has (before January: 600 a month).
    // Income: 648, 0, 648. B: 753.50, 1401.50, 753.50.
    // February: 5% of 1401.50 = 70.075 → 70.08; due 1331.42; no premie (no pay).
    let mut plan = Plan::new(gross(ym(2026, 1), &[dec!(600), dec!(0), dec!(600)]));
    plan.estimate = Estimate::Average3;
    let out = run(plan);
    assert_eq!(
        col(&out, |r| r.due),
        [dec!(715.82), dec!(1331.42), dec!(715.82)]
    );
    assert_eq!(out.rows[1].premie, dec!(0));
    // Estimates: January (648+648+648)/3 = 648; February (648+648+648)/3 = 648;
    // March (0 + 648 + 648)/3 = 432 → B 969.50, 5% 48.48, advance 921.02.
    assert_eq!(col(&out, |r| r.estimate), [dec!(648), dec!(648), dec!(432)]);
    assert_eq!(
        col(&out, |r| r.advance),
        [dec!(715.82), dec!(715.82), dec!(921.02)]
    );
    // February was paid 615.60 too little (paid in April); March 205.20 too
    // much (claimed in May): set that apart in March.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(0), dec!(615.60), dec!(-205.20)]
    );
    assert_eq!(col(&out, |r| r.set_aside), [dec!(0), dec!(0), dec!(205.20)]);
    // February's bank: no wage, only the advance.
    assert_eq!(out.rows[1].bank, dec!(715.82));
    assert_eq!(out.after[0].month, ym(2026, 4));
    assert_eq!(out.after[0].corrections, dec!(615.60));
}

#[test]
fn income_above_the_norm_for_one_month_and_back() {
    // Gross 600, 1400, 600, 600. February: Hp 112, 1,512 a month,
    // yearly 18,144: bracket 35.75% = 6,486.48; AHK 3,115; AK 996 + 31.009% ×
    // (18,144 − 11,965 = 6,179) = 2,912.04611; tax 459.43389 → 459.43;
    // net (18,144 − 459.43) / 12 = 1,473.714 → 1,473.71 > norm 1,401.50.
    let out = run(Plan::new(gross(
        ym(2026, 1),
        &[dec!(600), dec!(1400), dec!(600), dec!(600)],
    )));
    let feb = &out.rows[1];
    assert_eq!(feb.counted_income, dec!(1473.71));
    assert_eq!(feb.top_up, dec!(0));
    assert!(!feb.in_bijstand);
    assert_eq!(feb.premie, dec!(0));
    // Its holiday pay share of the net: 1,473.71 × 112 / 1,512 = 109.1637 →
    // 109.16; the net wage paid in February is 1,364.55.
    assert_eq!(feb.paid_wage_net, dec!(1364.55));
    // Advances: 715.82 (estimate 648), 715.82 (648), 0 (February's 1,473.71
    // is above the norm), 715.82 (648).
    assert_eq!(
        col(&out, |r| r.advance),
        [dec!(715.82), dec!(715.82), dec!(0), dec!(715.82)]
    );
    // February: all 715.82 is claimed back in April; March: 715.82 is paid
    // late, in May.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(0), dec!(-715.82), dec!(715.82), dec!(0)]
    );
    assert_eq!(out.rows[1].set_aside, dec!(715.82));
    // Bank: February 1,364.55 + 715.82 = 2,080.37; March 600 + 0 = 600;
    // April 600 + 715.82 − 715.82 = 600.
    assert_eq!(
        col(&out, |r| r.bank),
        [dec!(1315.82), dec!(2080.37), dec!(600), dec!(600)]
    );
    assert!(out.rows[2].in_bijstand);
}

#[test]
fn four_weekly_pay_with_two_paydays_in_march() {
    // Gross per month: before the plan 560 (February: 28 days, 20 a day);
    // March 620 (31 days, 20 a day), April 600 (30 days, 20), May 620 (20).
    // First payday 3 March; paydays every 28 days: 3 and 31 March, 28 April,
    // 26 May, then 23 June.
    // 3 March pays 4 February – 3 March: 25 × 20 + 3 × 20 = 560.
    // 31 March pays 4–31 March: 28 × 20 = 560. 28 April: 1–28 April = 560.
    // 26 May: 29–30 April (40) + 1–26 May (520) = 560.
    // 23 June pays 27–31 May = 100 (after the plan; no work after May).
    let mut plan = Plan::new(gross(ym(2026, 3), &[dec!(620), dec!(600), dec!(620)]));
    plan.pay = Pay::FourWeekly;
    plan.first_payday = Some(Date::ymd(2026, 3, 3));
    plan.before = Some(Work::Gross(dec!(560)));
    let out = run(plan);
    assert_eq!(
        out.rows[0].paydays,
        [Date::ymd(2026, 3, 3), Date::ymd(2026, 3, 31)]
    );
    assert_eq!(
        col(&out, |r| r.paid_wage),
        [dec!(1120), dec!(560), dec!(560)]
    );
    // Each payment: Hp 44.80, 604.80; 13 × 604.80 = 7,862.40 a year → bracket
    // 2,810.81 < 3,115: no tax, so the net wage paid is the gross.
    assert_eq!(
        col(&out, |r| r.paid_wage_net),
        [dec!(1120), dec!(560), dec!(560)]
    );
    // Holiday pay counts in the month whose work earned it (art. 32 lid 2,
    // first sentence), not with the payday: 8% of 620 = 49.60 in March, 8% of
    // 600 = 48 in April, 49.60 in May (12 × 669.60 = 8,035.20 a year: bracket
    // 2,872.58 < 3,115, no tax). Income: March 1,120 + 49.60 = 1,169.60;
    // April 560 + 48 = 608; May 560 + 49.60 = 609.60.
    assert_eq!(
        col(&out, |r| r.holiday_pay_accrued),
        [dec!(49.60), dec!(48), dec!(49.60)]
    );
    assert_eq!(
        col(&out, |r| r.counted_income),
        [dec!(1169.60), dec!(608.00), dec!(609.60)]
    );
    // B: 1401.50 − 1169.60 = 231.90 (5%: 11.595 → 11.60, due 220.30);
    // 1401.50 − 608 = 793.50 (5%: 39.675 → 39.68, due 753.82);
    // 1401.50 − 609.60 = 791.90 (5%: 39.595 → 39.60, due 752.30).
    assert_eq!(
        col(&out, |r| r.due),
        [dec!(220.30), dec!(753.82), dec!(752.30)]
    );
    // Estimates: before (560 a month, steady: 604.80; B 796.70, 5% 39.835 →
    // 39.84, advance 756.86), March (1,169.60 → 220.30), April (608 → 753.82).
    assert_eq!(
        col(&out, |r| r.advance),
        [dec!(756.86), dec!(220.30), dec!(753.82)]
    );
    // March: 220.30 − 756.86 = −536.56 claimed back in May; April 753.82 −
    // 220.30 = +533.52 in June; May 752.30 − 753.82 = −1.52 in July.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(-536.56), dec!(533.52), dec!(-1.52)]
    );
    assert_eq!(out.rows[0].set_aside, dec!(536.56));
    // May also brings the holiday pay earned June 2025–May 2026: 9 months
    // before the plan × 44.80 = 403.20, + 49.60 + 48 + 49.60 = 550.40.
    // Bank: March 1,120 + 756.86 = 1,876.86; April 560 + 220.30 = 780.30;
    // May 560 + 753.82 − 536.56 + 550.40 = 1,327.66.
    assert_eq!(out.rows[2].holiday_pay_paid_net, dec!(550.40));
    assert_eq!(
        col(&out, |r| r.bank),
        [dec!(1876.86), dec!(780.30), dec!(1327.66)]
    );
    // June: the last 100 of wage (no tax), +533.52, the holiday allowance
    // (9 × 39.84 = 358.56, + 11.60 + 39.68 + 39.60 = 449.44) and the premie
    // for November–April (4 × 30% × 604.80 = 4 × 181.44 = 725.76, + 219 (30% ×
    // 1,169.60 = 350.88, maximum 219) + 30% × 608 = 182.40: 1,127.16).
    let june = out.after[0];
    assert_eq!(june.month, ym(2026, 6));
    assert_eq!(june.wage_net, dec!(100));
    assert_eq!(june.corrections, dec!(533.52));
    assert_eq!(june.holiday_allowance, dec!(449.44));
    assert_eq!(june.premie, dec!(1127.16));
    assert_eq!(out.after[1].month, ym(2026, 7));
    assert_eq!(out.after[1].corrections, dec!(-1.52));
}

#[test]
fn may_brings_holiday_pay_and_june_the_holiday_allowance_and_premie() {
    // Steady gross 600 from April 2026 (and before). Each month: Hp 48, income
    // 648, B 753.50, 5% 37.68, due 715.82, premie 194.40.
    let out = run(Plan::new(gross(
        ym(2026, 4),
        &[dec!(600), dec!(600), dec!(600)],
    )));
    let (apr, may, june) = (&out.rows[0], &out.rows[1], &out.rows[2]);
    // May: holiday pay built up June 2025–May 2026, 12 × 48 = 576 (no tax).
    assert_eq!(may.holiday_pay_paid, dec!(576));
    assert_eq!(may.holiday_pay_paid_net, dec!(576));
    assert_eq!(apr.holiday_pay_paid, dec!(0));
    // May bank: 600 + 715.82 + 576 = 1,891.82.
    assert_eq!(may.bank, dec!(1891.82));
    // June: holiday allowance for June 2025–May 2026: 12 × 37.68 = 452.16;
    // premie for November–April: 6 × 194.40 = 1,166.40.
    assert_eq!(june.holiday_allowance_paid, dec!(452.16));
    assert_eq!(june.premie_paid, dec!(1166.40));
    // June bank: 600 + 715.82 + 452.16 + 1,166.40 = 2,934.38.
    assert_eq!(june.bank, dec!(2934.38));
    // Of that, built up before April: holiday pay 10 × 48 = 480, holiday
    // allowance 10 × 37.68 = 376.80, premie 5 × 194.40 = 972.
    assert_eq!(out.carried_in.holiday_pay_net, dec!(480));
    assert_eq!(out.carried_in.holiday_allowance, dec!(376.80));
    assert_eq!(out.carried_in.premie, dec!(972));
}

#[test]
fn november_brings_the_premie_for_may_to_october() {
    // Steady gross 600 from July 2026: norm 1,419.46, B 771.46, 5% 38.573 →
    // 38.57, due 732.89; premie 194.40 a month. November pays May–October:
    // 2 months before the plan + July–October = 6 × 194.40 = 1,166.40.
    let out = run(Plan::new(gross(ym(2026, 7), &[dec!(600); 5])));
    let nov = &out.rows[4];
    assert_eq!(nov.month, ym(2026, 11));
    assert_eq!(nov.due, dec!(732.89));
    assert_eq!(nov.premie_paid, dec!(1166.40));
    // Bank: 600 + 732.89 + 1,166.40 = 2,499.29.
    assert_eq!(nov.bank, dec!(2499.29));
    assert!(out.rows[..4].iter().all(|r| r.premie_paid.is_zero()));
}

#[test]
fn a_wage_paid_a_month_late_counts_when_it_is_paid() {
    // A new job in January (nothing before), paid the month after: gross 600
    // worked in January and March, none in February. Art. 32 lid 2: a wage
    // counts in the month it is paid. Paid: January 0, February 600, March 0,
    // April 600 (after the plan).
    let mut plan = Plan::new(gross(ym(2026, 1), &[dec!(600), dec!(0), dec!(600)]));
    plan.pay_lag_months = 1;
    plan.before = Some(Work::Gross(dec!(0)));
    let out = run(plan);
    assert_eq!(col(&out, |r| r.paid_wage), [dec!(0), dec!(600), dec!(0)]);
    assert_eq!(col(&out, |r| r.earned), [dec!(600), dec!(0), dec!(600)]);
    // Holiday pay counts in the month whose work earned it (art. 32 lid 2,
    // first sentence): 8% of 600 = 48 in January and March, with the wage
    // paid: income 0 + 48 = 48, 600 + 0 = 600, 0 + 48 = 48 (no tax).
    assert_eq!(
        col(&out, |r| r.counted_income),
        [dec!(48), dec!(600), dec!(48)]
    );
    // Due: 1401.50 − 48 = 1,353.50, 5% 67.675 → 67.68: 1,285.82; 1401.50 −
    // 600 = 801.50, 5% 40.075 → 40.08: 761.42; March as January, 1,285.82.
    assert_eq!(
        col(&out, |r| r.due),
        [dec!(1285.82), dec!(761.42), dec!(1285.82)]
    );
    // Advances on last month's payslip: 1,331.42 (before: 0; 5% of 1401.50 =
    // 70.075 → 70.08), 1,285.82 (January: 48), 761.42 (February: 600).
    // Corrections: −45.60, 761.42 − 1,285.82 = −524.40, +524.40.
    assert_eq!(
        col(&out, |r| r.correction),
        [dec!(-45.60), dec!(-524.40), dec!(524.40)]
    );
    assert_eq!(out.after[0].month, ym(2026, 4));
    assert_eq!(out.after[0].wage_net, dec!(600));
    assert_eq!(out.after[0].corrections, dec!(-524.40));
}

#[test]
fn vrijlating_n_lowers_the_income_counted_and_the_premie() {
    // Gross 600 → income 648; n: 25% × 648 = 162 (maximum 285).
    // B = 1401.50 − (648 − 162) = 915.50; 5% 45.775 → 45.78; due 869.72.
    // Premie: 194.40 − 162 = 32.40 (the experiment's rule: V is deducted).
    let s = Scenario {
        vrijlating_n: true,
        ..Scenario::default()
    };
    let out = months::calculate(&s, &Plan::new(gross(ym(2026, 1), &[dec!(600)]))).unwrap();
    let r = &out.rows[0];
    assert_eq!(r.vrijlating, dec!(162));
    assert_eq!(r.top_up, dec!(915.50));
    assert_eq!(r.due, dec!(869.72));
    assert_eq!(r.premie, dec!(32.40));
}

#[test]
fn flexible_hours_set_apart_the_worst_case() {
    // 10 to 20 hours a week at 10 an hour: expected 15 → 15 × 52 / 12 × 10 =
    // 650; Hp 52; 702 (8,424 a year: 3,011.58 < 3,115, no tax). B 699.50,
    // 5% 34.975 → 34.98, due = advance = 664.52: no correction expected.
    // At 20 hours: 866.67 + 69.33 = 936 (11,232 a year: 4,015.44 < 3,115 +
    // 934.95 AK): B 465.50, 5% 23.275 → 23.28, due 442.22.
    // Worst case to set apart: 664.52 − 442.22 = 222.30 a month.
    let s = Scenario {
        hourly_wage: Some(dec!(10)),
        ..Scenario::default()
    };
    let plan = Plan::new(patterns::flex(ym(2026, 1), 3, dec!(10), dec!(20)));
    let out = months::calculate(&s, &plan).unwrap();
    for r in &out.rows {
        assert_eq!(r.advance, dec!(664.52));
        assert_eq!(r.correction, dec!(0));
        assert_eq!(r.set_aside, dec!(0));
        assert_eq!(r.set_aside_worst, dec!(222.30));
        assert_eq!(r.hours, Some(dec!(65)));
    }
    // Zero-hour contract up to 24 hours: expected 12 → 520 + 41.60 = 561.60,
    // B 839.90, 5% 41.995 → 42.00, due 797.90. At 24: 1,040 + 83.20 = 1,123.20,
    // 13,478.40 a year: bracket 4,818.528, AK 996 + 31.009% × 1,513.40 =
    // 1,465.290206, tax 238.237794 → 238.24, net (13,478.40 − 238.24) / 12 =
    // 1,103.3467 → 1,103.35; B 298.15, 5% 14.9075 → 14.91, due 283.24.
    // Worst case: 797.90 − 283.24 = 514.66.
    let plan = Plan::new(patterns::zero_hour(ym(2026, 1), 2, dec!(24)));
    let out = months::calculate(&s, &plan).unwrap();
    assert_eq!(out.rows[0].due, dec!(797.90));
    assert_eq!(out.rows[0].set_aside_worst, dec!(514.66));
}

#[test]
fn over_a_closed_year_corrections_add_up_to_due_minus_advances() {
    // A year of changing hours; every correction of 2026 has landed by
    // February 2027 (two months later), in the plan or after it.
    let wages = [
        dec!(600),
        dec!(0),
        dec!(900),
        dec!(1400),
        dec!(300),
        dec!(600),
        dec!(750),
        dec!(0),
        dec!(0),
        dec!(1200),
        dec!(450),
        dec!(600),
    ];
    for estimate in [Estimate::LastMonth, Estimate::Average3] {
        let mut plan = Plan::new(gross(ym(2026, 1), &wages));
        plan.estimate = estimate;
        let out = run(plan);
        let landed = out.totals.corrections_landing
            + out.after.iter().map(|l| l.corrections).sum::<Decimal>();
        assert_eq!(landed, out.totals.due - out.totals.advance);
        assert_eq!(out.totals.correction, out.totals.due - out.totals.advance);
        // November's and December's corrections land in January and February 2027.
        assert_eq!(
            out.after.iter().map(|l| l.month).collect::<Vec<_>>(),
            [ym(2027, 1), ym(2027, 2), ym(2027, 5), ym(2027, 6)]
        );
    }
}

#[test]
fn bad_plans_give_clear_errors() {
    let s = Scenario::default();
    let one = |w: Work| {
        Plan::new(vec![MonthInput {
            month: ym(2026, 1),
            work: w,
            worst: None,
        }])
    };
    let cases: Vec<(Plan, MonthsError)> = vec![
        (Plan::new(vec![]), MonthsError::NoMonths),
        (
            Plan::new(patterns::steady(ym(2026, 1), 25, dec!(1))),
            MonthsError::TooManyMonths,
        ),
        (
            Plan::new({
                let mut m = patterns::steady(ym(2026, 1), 3, dec!(1));
                m.swap(1, 2);
                m
            }),
            MonthsError::NotConsecutive { month: ym(2026, 3) },
        ),
        (
            Plan::new(patterns::steady(ym(2023, 12), 2, dec!(1))),
            MonthsError::MonthTooEarly { first: ym(2024, 1) },
        ),
        (
            one(Work::Hours(dec!(744.01))),
            MonthsError::HoursOutOfRange {
                month: Some(ym(2026, 1)),
            },
        ),
        (
            one(Work::WeeklyHours(dec!(169))),
            MonthsError::HoursOutOfRange {
                month: Some(ym(2026, 1)),
            },
        ),
        (
            one(Work::Gross(dec!(100000.01))),
            MonthsError::WageOutOfRange {
                month: Some(ym(2026, 1)),
            },
        ),
        (
            one(Work::Gross(dec!(-1))),
            MonthsError::WageOutOfRange {
                month: Some(ym(2026, 1)),
            },
        ),
        (
            Plan {
                before: Some(Work::Hours(dec!(800))),
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::HoursOutOfRange { month: None },
        ),
        (
            Plan {
                payslip_lag_months: 7,
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::LagOutOfRange {
                field: "payslip_lag_months",
            },
        ),
        (
            Plan {
                pay_lag_months: 3,
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::LagOutOfRange {
                field: "pay_lag_months",
            },
        ),
        (
            Plan {
                pay: Pay::FourWeekly,
                pay_lag_months: 1,
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::PayLagWithFourWeekly,
        ),
        (
            Plan {
                pay: Pay::FourWeekly,
                first_payday: Some(Date::ymd(2026, 1, 29)),
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::FirstPayday,
        ),
        (
            Plan {
                first_payday: Some(Date::ymd(2026, 1, 5)),
                ..one(Work::Hours(dec!(1)))
            },
            MonthsError::FirstPayday,
        ),
    ];
    for (plan, want) in cases {
        let got = months::calculate(&s, &plan).unwrap_err();
        assert!(!got.to_string().is_empty());
        assert!(got.key().starts_with("error."));
        assert_eq!(got, want);
    }
    // A scenario the rules refuse is refused here too.
    let bad = Scenario {
        hourly_wage: Some(dec!(5000)),
        ..Scenario::default()
    };
    let plan = Plan::new(patterns::steady(ym(2026, 1), 2, dec!(1)));
    assert!(matches!(
        months::calculate(&bad, &plan),
        Err(MonthsError::Rule(_))
    ));
}

#[test]
fn months_after_our_last_figures_are_flagged() {
    let out = run(Plan::new(patterns::steady(ym(2026, 11), 4, dec!(12))));
    let flag = out
        .unconfirmed
        .iter()
        .find(|u| u.id == "months.rules_after_last_date")
        .unwrap();
    assert_eq!(flag.from, Date::ymd(2027, 1, 1));
    assert_eq!(flag.value, dec!(2));
    assert!(out
        .unconfirmed
        .iter()
        .any(|u| u.id == "premie.payout_months"));
}
