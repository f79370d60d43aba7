//! When a repayment makes a month's money negative: what paying it back in
//! parts would look like. The law lets the municipality offset what was paid
//! too much against later bijstand (art. 58 lid 4) and agree on repayment;
//! how many parts is decided case by case. Our assumption (a what-if, not a
//! rule): the shortfall of a month is paid back in `months` equal parts in the
//! months after it (`timing.repayment_spread_months`).

use super::calendar::YearMonth;
use super::payouts::Ledger;
use super::table::MonthRow;
use crate::money::{dec, to_cents};
use rust_decimal::Decimal;

/// One month of the plan with the shortfalls spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpreadMonth {
    pub month: YearMonth,
    /// The month's money with the spreading: never below zero.
    pub bank: Decimal,
    /// Parts of earlier shortfalls paid back this month (zero or negative).
    pub instalments: Decimal,
    /// This month's shortfall moved to the months after it (zero or positive).
    pub deferred: Decimal,
}

/// The plan's months with every shortfall spread, and the parts that fall
/// after the last month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spread {
    /// The number of equal parts a shortfall is paid back in.
    pub months: u32,
    pub rows: Vec<SpreadMonth>,
    /// Parts paid back after the last month (negative), by month.
    pub after: Vec<(YearMonth, Decimal)>,
}

/// `amount` cents in `n` parts that differ by at most a cent, larger first.
fn parts(amount: i64, n: u32) -> Vec<i64> {
    let n64 = i64::from(n.max(1));
    let (base, rest) = (amount / n64, amount % n64);
    (0..n64).map(|k| base + i64::from(k < rest)).collect()
}

/// The spread view, or `None` when no month's money is negative. Month by
/// month: the parts due are taken off; a month still below zero pays nothing
/// and its shortfall is spread over the `months` months after it.
pub fn spread(rows: &[MonthRow], months: u32) -> Option<Spread> {
    if !rows.iter().any(|r| r.negative_bank) {
        return None;
    }
    let mut due = Ledger::default();
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let instalments = due.at(r.month);
        let bank = r.bank + instalments;
        let deferred = if bank < Decimal::ZERO {
            -bank
        } else {
            Decimal::ZERO
        };
        for (k, part) in parts(to_cents(deferred), months).into_iter().enumerate() {
            let later = r.month.add_months(i32::try_from(k).unwrap_or(0) + 1);
            due.add(later, -dec(part));
        }
        out.push(SpreadMonth {
            month: r.month,
            bank: bank + deferred,
            instalments,
            deferred,
        });
    }
    let last = rows.last().map(|r| r.month)?;
    Some(Spread {
        months,
        rows: out,
        after: due.after(last).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn parts_differ_by_a_cent_at_most_and_add_up() {
        assert_eq!(parts(133_142, 3), [44_381, 44_381, 44_380]);
        assert_eq!(parts(300, 3), [100, 100, 100]);
        assert_eq!(parts(1, 3), [1, 0, 0]);
    }
}
