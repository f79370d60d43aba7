//! What arrives in an ordinary month, and the months with extra money, worked
//! by hand for one person (the review's figure A1: 1.325,07 in the planner).

#![allow(clippy::unwrap_used)]

use rekenhulp_bijverdienen::rules::months::Extra;
use rekenhulp_bijverdienen::rules::{calculate, Date, Scenario};
use rust_decimal_macros::dec;

// Single, 14 h at the minimum wage of 1 July 2026 (14.99), norm 1419.46.
// G = 14 × 52/12 × 14.99 = 909.39; Hp = 8% = 72.75; gross 982.14;
// Y = 11785.68, below the arbeidskorting's first knee (11,965): tax =
// 35.75% × Y (4213.38) − AHK 3115 − AK 8.324% × Y (981.04) = 117.34;
// W = (11785.68 − 117.34) / 12 = 972.36.
// Holiday pay's share of W: 972.36 × 72.75 / 982.14 = 72.026 → 72.03, so the
// wage paid each month is 972.36 − 72.03 = 900.33 and May brings
// 12 × 72.03 = 864.36. B = 1419.46 − 972.36 = 447.10; 5% kept back =
// 22.355 → 22.36, paid in June: 12 × 22.36 = 268.32; paid each month
// 447.10 − 22.36 = 424.74. P = min(30% × 972.36, 219) = 219: June and
// November 6 × 219 = 1314.00 each. Ordinary month: 900.33 + 424.74 = 1325.07.
// Check: 12 × 1638.46 = 19661.52 = 12 × 1325.07 (15900.84) + 864.36 +
// 268.32 + 1314 + 1314.
#[test]
fn single_14_hours_july_2026_has_1325_in_an_ordinary_month() {
    let o = calculate(&Scenario {
        date: Date::ymd(2026, 7, 1),
        hours_per_week: dec!(14),
        ..Scenario::default()
    })
    .unwrap();
    assert_eq!(o.now.total, dec!(1638.46));
    assert_eq!(o.year.bank_ordinary_month, dec!(1325.07));
    let extras: Vec<(u8, Extra, rust_decimal::Decimal)> = o
        .year
        .extra_payments
        .iter()
        .map(|e| (e.month, e.what, e.amount))
        .collect();
    assert_eq!(
        extras,
        [
            (5, Extra::HolidayPay, dec!(864.36)),
            (6, Extra::HolidayAllowance, dec!(268.32)),
            (6, Extra::Premie, dec!(1314.00)),
            (11, Extra::Premie, dec!(1314.00)),
        ]
    );
}

// Out of bijstand (30 h): only the wage and its holiday pay. G = 30 × 52/12
// × 14.99 = 1948.70; Hp 155.90; gross 2104.60; Y = 25255.20 (below 25,845:
// AK = 996 + 31.009% × (Y − 11965) = 5117.16); bracket 35.75% × Y = 9028.73;
// tax = 9028.73 − 3115 − 5117.16 = 796.57; W = (25255.20 − 796.57) / 12 =
// 2038.22. Holiday share: 2038.22 × 155.90 / 2104.60 = 150.98; paid monthly
// 2038.22 − 150.98 = 1887.24; May 12 × 150.98 = 1811.76.
#[test]
fn out_of_bijstand_an_ordinary_month_is_the_wage_without_its_holiday_pay() {
    let o = calculate(&Scenario {
        date: Date::ymd(2026, 7, 1),
        hours_per_week: dec!(30),
        ..Scenario::default()
    })
    .unwrap();
    assert!(!o.now.in_bijstand);
    assert_eq!(o.now.total, dec!(2038.22));
    assert_eq!(o.year.bank_ordinary_month, dec!(1887.24));
    assert_eq!(o.year.extra_payments.len(), 1);
    assert_eq!(o.year.extra_payments[0].what, Extra::HolidayPay);
    assert_eq!(o.year.extra_payments[0].month, 5);
    assert_eq!(o.year.extra_payments[0].amount, dec!(1811.76));
}
