//! When money is paid (the month-by-month view): the bijstand holiday
//! allowance, the employer's holiday pay, the premie, and pay periods.
//!
//! The shapes are here; the values: `parameters/betaalmomenten.toml` and, for
//! the holiday allowance rate, `parameters/participatiewet.toml`.

pub use super::generated::timing::*;

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
