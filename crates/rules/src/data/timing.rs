//! When money is paid (the month-by-month view): the bijstand holiday
//! allowance, the employer's holiday pay, the premie, and pay periods.

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A payment once or twice a year of what was built up over a window of
/// calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payout {
    /// Calendar month of the payment (1–12).
    pub pay_month: u8,
    /// Last calendar month of the window it pays for (1–12).
    pub last_month: u8,
    /// Length of the window in months, ending with `last_month`.
    pub months: u8,
}

const VT_RATE: &str =
    "Participatiewet art. 19 lid 3 (5% of the bijstand); Normenbrief 1 januari 2026 bijlage I (P-NB26)";
const VT_PAY: &str = "Participatiewet art. 45 lid 1 (paid in June over the twelve months before; \
     earlier when known, or within three months after bijstand ends)";
const HOLIDAY_PAY: &str =
    "Employers' usual practice: 8% holiday pay built up June–May and paid in May \
     (parameters.md §7; a contract or CAO may pay it in June or monthly)";
const PREMIE_PAY: &str =
    "Amsterdam bijverdienpremie: paid in June and November (A-PREM); which months \
     each payment covers is our assumption (six months each, ending before the payment)";

/// Share of the bijstand that is holiday allowance (vakantietoeslag), kept
/// back each month and paid once a year (art. 19 lid 3).
pub static BIJSTAND_HOLIDAY_RATE: Series<Decimal> = Series {
    id: "bijstand.holiday_allowance_rate",
    values: &[at(2009, 1, 1, dec!(0.05), VT_RATE, High)],
};

/// The bijstand holiday allowance: paid in June for June–May (art. 45 lid 1).
pub static BIJSTAND_HOLIDAY_PAYOUT: Series<Payout> = Series {
    id: "bijstand.holiday_allowance_payout",
    values: &[at(
        2004,
        1,
        1,
        Payout {
            pay_month: 6,
            last_month: 5,
            months: 12,
        },
        VT_PAY,
        High,
    )],
};

/// The employer's holiday pay (vakantiebijslag): paid in May for June–May.
pub static HOLIDAY_PAY_PAYOUT: Series<Payout> = Series {
    id: "wage.holiday_pay_payout",
    values: &[at(
        2024,
        1,
        1,
        Payout {
            pay_month: 5,
            last_month: 5,
            months: 12,
        },
        HOLIDAY_PAY,
        Medium,
    )],
};

/// The Amsterdam premie: June pays November–April, November pays May–October.
/// Not confirmed: flagged in every month-by-month outcome that uses it.
pub static PREMIE_PAYOUTS: Series<[Payout; 2]> = Series {
    id: "premie.payout_months",
    values: &[at(
        2021,
        3,
        1,
        [
            Payout {
                pay_month: 6,
                last_month: 4,
                months: 6,
            },
            Payout {
                pay_month: 11,
                last_month: 10,
                months: 6,
            },
        ],
        PREMIE_PAY,
        Unconfirmed,
    )],
};

/// Days in one four-weekly pay period; such pay has 13 periods a year
/// (the loontijdvak of four weeks in the wage tax tables, Wet LB 1964).
pub const FOUR_WEEKLY_DAYS: i64 = 28;
pub const FOUR_WEEKLY_PERIODS: Decimal = dec!(13);
pub const MONTHLY_PERIODS: Decimal = dec!(12);

/// Default lag before the municipality has a month's payslip: it is handed in
/// in the following month (the usual "inleverdatum"; municipal practice).
pub const PAYSLIP_LAG_MONTHS: u32 = 1;
/// Default time to process a payslip: the correction comes with the next
/// monthly payment. The municipality may take up to six months (A-EXP).
pub const PROCESSING_MONTHS: u32 = 1;
