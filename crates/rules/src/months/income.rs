//! Gross to net for one payment (Participatiewet art. 31 lid 3). A month
//! counts the net wage paid in it plus the net holiday pay its work earned
//! (art. 32 lid 2; put together in `months::actuals`).

use super::pay::Payment;
use crate::money::{dec, round_div, to_cents, units};
use crate::wage::{holiday_pay_cents, net_cents, Tax};
use rust_decimal::Decimal;

/// One payment, gross to net.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Net {
    /// Gross wage paid, without holiday pay.
    pub gross: Decimal,
    /// 8% holiday pay built up on it (gross).
    pub holiday: Decimal,
    /// Net of wage and holiday pay together.
    pub counted: Decimal,
    /// The holiday pay's share of that net (paid out in May).
    pub holiday_net: Decimal,
}

impl Net {
    /// The net wage paid out now (the rest is holiday pay, paid in May).
    pub fn wage_net(&self) -> Decimal {
        self.counted - self.holiday_net
    }
}

impl core::ops::Add for Net {
    type Output = Net;

    fn add(self, o: Net) -> Net {
        Net {
            gross: self.gross + o.gross,
            holiday: self.holiday + o.holiday,
            counted: self.counted + o.counted,
            holiday_net: self.holiday_net + o.holiday_net,
        }
    }
}

/// Model step 3 for one payment: the wage tax on `periods` × (wage + 8%
/// holiday pay), as the payroll tables for the pay period do; net =
/// (yearly wage − tax) / periods. With 12 periods this is exactly the monthly
/// view's W. The holiday pay's share of the net is its share of the gross
/// (one average rate; real payslips tax it at the special rate).
pub fn net_of(tax: &Tax, employer_korting: bool, p: &Payment) -> Net {
    let gross = to_cents(p.gross);
    let holiday = holiday_pay_cents(gross);
    let total = gross + holiday;
    let periods = units(p.periods, 0).max(1);
    let (_, counted) = net_cents(tax, total, periods, employer_korting, &mut ());
    let holiday_net = if total > 0 {
        round_div(counted * holiday, total)
    } else {
        0
    };
    Net {
        gross: dec(gross),
        holiday: dec(holiday),
        counted: dec(counted),
        holiday_net: dec(holiday_net),
    }
}

/// All payments of one month together.
pub fn net_of_all(tax: &Tax, employer_korting: bool, payments: &[Payment]) -> Net {
    payments
        .iter()
        .map(|p| net_of(tax, employer_korting, p))
        .fold(Net::default(), |a, b| a + b)
}

/// The partner's wage in one month (couples; zero without one): steady, net
/// with the partner's own korting, its holiday pay's share as for the applicant.
pub fn partner_net(ctx: &crate::engine::Context) -> Net {
    let Some(p) = ctx.partner else {
        return Net::default();
    };
    let parts = p.parts();
    let (w, hp, total) = (
        to_cents(parts.net),
        to_cents(parts.holiday_pay),
        to_cents(parts.gross),
    );
    let holiday_net = if total > 0 {
        round_div(w * hp, total)
    } else {
        0
    };
    Net {
        gross: parts.gross_base,
        holiday: parts.holiday_pay,
        counted: parts.net,
        holiday_net: dec(holiday_net),
    }
}
