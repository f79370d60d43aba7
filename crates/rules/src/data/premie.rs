//! Amsterdam bijverdienpremie: share of net earnings and monthly cap.

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const GENERAL: &str = "Amsterdam bijverdienpremie, general scheme from 2021-03-01 (A-PREM)";
const LATER: &str =
    "Amsterdam bijverdienpremie: no source after 2023; last confirmed maximum 219 (A-PREM)";
const EXPERIMENT: &str = "Amsterdam bijstand experiment 2018–2021 (A-EXP)";

/// General scheme: share of net earnings.
pub static GENERAL_RATE: Series<Decimal> = Series {
    id: "premie.amsterdam_rate",
    values: &[at(2024, 1, 1, dec!(0.30), GENERAL, Medium)],
};

/// General scheme: cap per month. Not confirmed after 2023; the user may
/// enter the current amount.
pub static GENERAL_CAP: Series<Decimal> = Series {
    id: "premie.amsterdam_cap",
    values: &[at(2024, 1, 1, dec!(219), LATER, Unconfirmed)],
};

/// Experiment regime (a what-if for any date): share and cap.
pub static EXPERIMENT_RATE: Series<Decimal> = Series {
    id: "premie.experiment_rate",
    values: &[at(2018, 2, 1, dec!(0.50), EXPERIMENT, High)],
};

pub static EXPERIMENT_CAP: Series<Decimal> = Series {
    id: "premie.experiment_cap",
    values: &[at(2018, 2, 1, dec!(200), EXPERIMENT, High)],
};

/// Months of accrual paid out at each of the two payments (June, November).
pub const MONTHS_PER_PAYMENT: u32 = 6;
/// The payment months.
pub const PAYMENT_MONTHS: [u8; 2] = [6, 11];
