//! An independent model of steps 2–7 in `Decimal` (the engine's former second
//! implementation), used only to check the engine.

use crate::data::minimum_wage::HOLIDAY_PAY_RATE;
use crate::data::tax::{AkPiece, Brackets, PhaseOut};
use crate::engine::{Context, Month};
use crate::wage::{TaxRules, WageParts};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn bracket_tax(b: &Brackets, y: Decimal) -> Decimal {
    let first = y.min(b.limit1);
    let second = (y.min(b.limit2) - b.limit1).max(Decimal::ZERO);
    let third = (y - b.limit2).max(Decimal::ZERO);
    first * b.rate1 + second * b.rate2 + third * b.rate3
}

fn phase_out(p: &PhaseOut, y: Decimal) -> Decimal {
    let over = (y - p.threshold).max(Decimal::ZERO);
    (p.max - p.rate * over).max(Decimal::ZERO)
}

fn arbeidskorting(pieces: &[AkPiece; 4], y: Decimal) -> Decimal {
    let piece = pieces
        .iter()
        .rev()
        .find(|p| y >= p.from)
        .unwrap_or(&pieces[0]);
    (piece.base + piece.rate * (y - piece.from)).max(Decimal::ZERO)
}

/// (bracket, ahk, ak, ouderenkorting, tax in cents) on a yearly wage.
fn annual_tax(
    rules: &TaxRules,
    annual: Decimal,
    korting: bool,
) -> (Decimal, Decimal, Decimal, Decimal, Decimal) {
    let (brackets, ahk) = match rules {
        TaxRules::Regular(t) => (&t.brackets, &t.ahk),
        TaxRules::Aow { year, .. } => (&year.brackets, &year.ahk),
    };
    let bracket = bracket_tax(brackets, annual);
    if !korting {
        let z = Decimal::ZERO;
        return (bracket, z, z, z, cents(bracket).max(z));
    }
    let ahk = phase_out(ahk, annual);
    let (ak, ok) = match rules {
        TaxRules::Regular(t) => (arbeidskorting(&t.ak, annual), Decimal::ZERO),
        TaxRules::Aow { year: t, single } => {
            let ak = arbeidskorting(&t.ak, annual);
            let aok = if *single {
                t.alleenstaande_ouderenkorting
            } else {
                Decimal::ZERO
            };
            (ak, phase_out(&t.ouderenkorting, annual) + aok)
        }
    };
    // Each part rounded to the cent before the sum, as the explanation shows it.
    let tax = (cents(bracket) - cents(ahk) - cents(ak) - cents(ok)).max(Decimal::ZERO);
    (bracket, ahk, ak, ok, tax)
}

fn parts(rules: &TaxRules, hourly: Decimal, hours: Decimal, korting: bool) -> WageParts {
    let gross_base = cents(hours * dec!(52) * hourly / dec!(12));
    let holiday_pay = cents(HOLIDAY_PAY_RATE * gross_base);
    let gross = gross_base + holiday_pay;
    let annual = gross * dec!(12);
    let (bracket, ahk, ak, ouderenkorting, tax) = annual_tax(rules, annual, korting);
    WageParts {
        gross_base,
        holiday_pay,
        gross,
        annual,
        bracket_tax: bracket,
        ahk,
        ak,
        ouderenkorting,
        tax,
        net: cents((annual - tax) / dec!(12)),
    }
}

pub fn wage_decimal(ctx: &Context, hours: Decimal) -> WageParts {
    parts(
        &ctx.tax_tables().rules,
        ctx.hourly,
        hours,
        ctx.employer_korting,
    )
}

pub fn month_decimal(ctx: &Context, hours: Decimal) -> Month {
    let allowances = ctx.allowances_of(
        &ctx.month_cents(crate::money::units(hours, 2), hours, &mut ()),
        &mut crate::param::Usage::default(),
        &mut (),
    );
    let wage = wage_decimal(ctx, hours);
    // The partner's net wage is the applicant's rule on other inputs (checked
    // against this model for the applicant); here it is only added.
    let w2 = ctx.partner.map_or(Decimal::ZERO, |p| p.parts().net);
    let own = wage.net;
    let v = ctx
        .vrijlating
        .as_ref()
        .map_or(Decimal::ZERO, |r| cents(r.rate * own).min(r.cap));
    let w = own + w2;
    let top_up = (ctx.norm - (w - v)).max(Decimal::ZERO);
    let in_bijstand = top_up > Decimal::ZERO;
    let premie = match &ctx.premie {
        Ok(r) if in_bijstand && w > Decimal::ZERO => {
            (cents(r.rate * w).min(r.cap) - v).max(Decimal::ZERO)
        }
        _ => Decimal::ZERO,
    };
    let net_out = if ctx.employer_korting || in_bijstand {
        w
    } else {
        parts(&ctx.tax_tables().rules, ctx.hourly, hours, true).net + w2
    };
    let total = if in_bijstand {
        w + top_up + premie
    } else {
        net_out
    };
    Month {
        hours,
        wage,
        vrijlating: if in_bijstand { v } else { Decimal::ZERO },
        top_up,
        premie,
        in_bijstand,
        net_out,
        total: cents(total),
        partner_net: w2,
        // The allowances are checked on their own (tests/toeslagen*); here
        // only that they are added to this month's total.
        total_with_allowances: cents(total) + allowances.total(),
        allowances,
    }
}
