//! Money built up month by month and paid later: the holiday allowance in
//! June, holiday pay in May, the premie in June and November; corrections.

use super::calendar::YearMonth;
use crate::data::timing::Payout;
use rust_decimal::Decimal;

/// The month in which what was built up in `accrued` is paid.
pub fn payout_month(accrued: YearMonth, payouts: &[Payout]) -> Option<YearMonth> {
    payouts.iter().find_map(|p| {
        let to_end = (i32::from(p.last_month) - i32::from(accrued.month)).rem_euclid(12);
        (to_end < i32::from(p.months)).then(|| {
            let to_pay = (i32::from(p.pay_month) - i32::from(p.last_month)).rem_euclid(12);
            accrued.add_months(to_end + to_pay)
        })
    })
}

/// Amounts by the month they land in, in month order. A plan has at most a
/// few dozen such months, so a sorted list does (and keeps the wasm small).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger(Vec<(YearMonth, Decimal)>);

/// The value for `month` in a list sorted by month; `new()` is inserted in
/// its place when the month is not there yet.
pub fn entry<T>(
    list: &mut Vec<(YearMonth, T)>,
    month: YearMonth,
    new: impl FnOnce() -> T,
) -> Option<&mut T> {
    let i = match list.binary_search_by_key(&month, |(m, _)| *m) {
        Ok(i) => i,
        Err(i) => {
            list.insert(i, (month, new()));
            i
        }
    };
    list.get_mut(i).map(|(_, v)| v)
}

impl Ledger {
    pub fn add(&mut self, month: YearMonth, amount: Decimal) {
        if let Some(v) = entry(&mut self.0, month, Decimal::default) {
            *v += amount;
        }
    }

    pub fn at(&self, month: YearMonth) -> Decimal {
        self.0
            .iter()
            .find(|(m, _)| *m == month)
            .map_or(Decimal::ZERO, |(_, a)| *a)
    }

    /// Everything landing after `month`, oldest first.
    pub fn after(&self, month: YearMonth) -> impl Iterator<Item = (YearMonth, Decimal)> + '_ {
        self.0
            .iter()
            .filter(move |(m, a)| *m > month && !a.is_zero())
            .copied()
    }
}

/// Money built up month by month and paid per `payouts`.
pub struct Accrual<'a> {
    pub payouts: &'a [Payout],
    pub ledger: Ledger,
    pub carried_in: Decimal,
}

impl<'a> Accrual<'a> {
    /// Starts at the plan's `first` month. `before` is what one month before
    /// the plan built up: the months before `first` whose payment falls in or
    /// after `first` are carried in (and counted in `carried_in`).
    pub fn new(payouts: &'a [Payout], first: YearMonth, before: Decimal) -> Accrual<'a> {
        let mut a = Accrual {
            payouts,
            ledger: Ledger::default(),
            carried_in: Decimal::ZERO,
        };
        for back in 1..=12 {
            let month = first.add_months(-back);
            if let Some(paid) = payout_month(month, payouts) {
                if paid >= first {
                    a.ledger.add(paid, before);
                    a.carried_in += before;
                }
            }
        }
        a
    }

    /// Adds what `month` built up to the month it is paid in.
    pub fn accrue(&mut self, month: YearMonth, amount: Decimal) {
        if let Some(paid) = payout_month(month, self.payouts) {
            self.ledger.add(paid, amount);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(year: i32, month: u8) -> YearMonth {
        YearMonth { year, month }
    }

    const JUNE_FOR_JUNE_MAY: [Payout; 1] = [Payout {
        pay_month: 6,
        last_month: 5,
        months: 12,
    }];
    const PREMIE: [Payout; 2] = [
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
    ];

    #[test]
    fn june_pays_june_to_may() {
        let p = &JUNE_FOR_JUNE_MAY;
        assert_eq!(payout_month(ym(2025, 6), p), Some(ym(2026, 6)));
        assert_eq!(payout_month(ym(2026, 5), p), Some(ym(2026, 6)));
        assert_eq!(payout_month(ym(2026, 6), p), Some(ym(2027, 6)));
    }

    #[test]
    fn premie_windows_end_before_the_payment() {
        assert_eq!(payout_month(ym(2025, 11), &PREMIE), Some(ym(2026, 6)));
        assert_eq!(payout_month(ym(2026, 4), &PREMIE), Some(ym(2026, 6)));
        assert_eq!(payout_month(ym(2026, 5), &PREMIE), Some(ym(2026, 11)));
        assert_eq!(payout_month(ym(2026, 10), &PREMIE), Some(ym(2026, 11)));
    }

    #[test]
    fn months_before_the_plan_are_carried_into_their_payment() {
        // Plan from March 2026: June 2025 – February 2026 are 9 months.
        let a = Accrual::new(&JUNE_FOR_JUNE_MAY, ym(2026, 3), Decimal::ONE);
        assert_eq!(a.carried_in, Decimal::from(9));
        assert_eq!(a.ledger.at(ym(2026, 6)), Decimal::from(9));
        // Plan from June 2026: the twelve months before are paid that June.
        let a = Accrual::new(&JUNE_FOR_JUNE_MAY, ym(2026, 6), Decimal::ONE);
        assert_eq!(a.carried_in, Decimal::from(12));
        // Premie from May: November–April paid in June are carried in.
        let a = Accrual::new(&PREMIE, ym(2026, 5), Decimal::ONE);
        assert_eq!(a.carried_in, Decimal::from(6));
        assert_eq!(a.ledger.at(ym(2026, 6)), Decimal::from(6));
    }
}
