//! The toetsingsinkomen (Awir art. 8: the verzamelinkomen of the Wet
//! inkomstenbelasting 2001) as the allowances need it: gross wages with
//! holiday pay plus the gross bijstand, per year.
//!
//! Bijstand is paid net: the municipality pays the wage tax on top
//! (Participatiewet art. 19 lid 4), so the taxable amount is the gross G with
//! G − tax(G) = the net bijstand. On bijstand the municipality applies the
//! loonheffingskorting: the algemene heffingskorting only (no arbeidskorting:
//! there is no work); at AOW age also the ouderenkorting (Normenbrief 1
//! januari 2026, bijlage VI: 3,623 for married people, 4,163 for singles).

use crate::data::tax::{AowTaxYear, PhaseOut, AOW, REGULAR};
use crate::date::Date;
use crate::loonheffing::{Tax, TaxRules};
use crate::money::{cents, dec, to_cents};
use crate::param::Usage;
use crate::scenario::RuleError;
use rust_decimal::Decimal;

/// Art. 19 lid 4 Participatiewet: the gross bijstand for a year whose NET bijstand is `net_year`.
///
/// The municipality pays the wage tax on top; on bijstand it applies the
/// algemene heffingskorting only, no arbeidskorting (at AOW age: the AHK and
/// the ouderenkorting, as for a married person; a single person at AOW age:
/// [`gross_bijstand_year_aow_single`]). The result is the smallest gross G in
/// whole cents with G − tax(G) ≥ `net_year`.
///
/// Check against the Normenbrief 1 januari 2026, bijlage VII (taxable income
/// of a full year on bijstand: single 21,327). The Normenbrief uses the norm of
/// 1 January 2026 including the holiday allowance, 1,401.50 a month (bijlage
/// I), for twelve months: net 16,818.00. In bracket 1 (35.75%) with the full
/// AHK (3,115, income below 29,736): G − (0.3575 × G − 3,115) = 16,818, so
/// 0.6425 × G = 13,703 and G = 21,327.63 (21,327). Married, per partner:
/// 12 × 2,002.13 / 2 = 12,012.78 net, G = (12,012.78 − 3,115) / 0.6425 =
/// 13,848.68 (13,848).
pub fn gross_bijstand_year(date: Date, net_year: Decimal, aow: bool) -> Result<Decimal, RuleError> {
    gross_up(date, net_year, aow, false)
}

/// Art. 19 lid 4 Participatiewet: as [`gross_bijstand_year`], for a single person at AOW age (with the alleenstaande-ouderenkorting).
pub fn gross_bijstand_year_aow_single(date: Date, net_year: Decimal) -> Result<Decimal, RuleError> {
    gross_up(date, net_year, true, true)
}

/// Awir art. 8: the toetsingsinkomen, gross wages with holiday pay (each earner, yearly) + gross bijstand (yearly); the bijverdienpremie does not count.
///
/// Art. 31 lid 2 j Participatiewet premies are not taxed as wage, so they are
/// not in the verzamelinkomen (as reported for the Amsterdam premie; M).
/// The sum is kept in cents; the Belastingdienst rounds the verzamelinkomen
/// to whole euros, which changes an allowance by at most a few cents a year.
pub fn toetsingsinkomen(gross_wages_year: Decimal, gross_bijstand_year: Decimal) -> Decimal {
    cents(gross_wages_year + gross_bijstand_year)
}

/// The tax tables of the date, noted in `usage`.
enum Tables {
    Regular(&'static crate::data::tax::TaxYear),
    Aow(&'static AowTaxYear),
}

fn gross_up(date: Date, net_year: Decimal, aow: bool, single: bool) -> Result<Decimal, RuleError> {
    let mut usage = Usage::default();
    gross_up_noted(date, net_year, aow, single, true, &mut usage)
}

/// Art. 19 lid 4 Participatiewet, when another payer (an employer) applies
/// the loonheffingskorting: the municipality withholds the bracket rate with
/// no korting, so G − brackets(G) = `net_year`.
pub fn gross_bijstand_year_without_korting(
    date: Date,
    net_year: Decimal,
    aow: bool,
) -> Result<Decimal, RuleError> {
    gross_up_noted(date, net_year, aow, false, false, &mut Usage::default())
}

/// The gross-up, noting the tax tables used.
pub(crate) fn gross_up_noted(
    date: Date,
    net_year: Decimal,
    aow: bool,
    single: bool,
    korting: bool,
    usage: &mut Usage,
) -> Result<Decimal, RuleError> {
    let tables = if aow {
        let d = AOW
            .at(date)
            .ok_or(RuleError::MissingParameter { id: AOW.id })?;
        usage.note(AOW.id, d, d.value.brackets.rate1);
        Tables::Aow(&d.value)
    } else {
        let d = REGULAR
            .at(date)
            .ok_or(RuleError::MissingParameter { id: REGULAR.id })?;
        usage.note(REGULAR.id, d, d.value.brackets.rate1);
        Tables::Regular(&d.value)
    };
    let net = to_cents(net_year);
    if net <= 0 {
        return Ok(Decimal::ZERO);
    }
    let brackets = match tables {
        Tables::Regular(t) => Tax::new(TaxRules::Regular(t)),
        Tables::Aow(t) => Tax::new(TaxRules::Aow { year: t, single }),
    };
    let after_tax = |g: i64| g - tax_cents(&tables, &brackets, g, single, korting);
    // after_tax rises with g (the highest marginal rate, 49.5% plus the AHK
    // phase-out, is far below 100%): find the smallest g with after_tax ≥ net.
    // Secant steps from below (after_tax is linear between a few kinks), then
    // halving between the last point below and the first at or above.
    let mut lo = net - 1; // after_tax(lo) < net: tax is never negative, and lo < net.
    let mut hi = None;
    let mut g = net;
    for _ in 0..12 {
        let at = after_tax(g);
        if at >= net {
            hi = Some(g);
            break;
        }
        lo = g;
        let slope = (after_tax(g + 10_000) - at).max(1);
        g = g.saturating_add(((net - at) * 10_000).div_euclid(slope) + 1);
    }
    let mut hi = match hi {
        Some(h) => h,
        None => {
            let mut h = net.saturating_mul(2).saturating_add(1_000_000).max(lo + 1);
            while after_tax(h) < net {
                if h >= i64::MAX / 4 {
                    return Err(RuleError::WageOutOfRange);
                }
                lo = h;
                h = h.saturating_mul(2);
            }
            h
        }
    };
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if after_tax(mid) >= net {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Ok(dec(hi))
}

/// The wage tax in cents on `g` cents of bijstand a year: the brackets minus
/// the AHK (and at AOW age the ouderenkorting), each rounded to cents, not
/// below 0 (Wet op de loonbelasting 1964; Wet IB 2001 art. 2.10, 8.10, 8.17, 8.18).
fn tax_cents(tables: &Tables, brackets: &Tax, g: i64, single: bool, korting: bool) -> i64 {
    let y = dec(g);
    if !korting {
        return brackets.cents(g, false);
    }
    match tables {
        Tables::Regular(t) => {
            let bracket = brackets.cents(g, false);
            (bracket - korting_cents(&t.ahk, y)).max(0)
        }
        Tables::Aow(t) => {
            let bracket = brackets.cents(g, false);
            let alleenstaande = if single {
                to_cents(t.alleenstaande_ouderenkorting)
            } else {
                0
            };
            (bracket
                - korting_cents(&t.ahk, y)
                - korting_cents(&t.ouderenkorting, y)
                - alleenstaande)
                .max(0)
        }
    }
}

/// Art. 8.10 and 8.17 Wet IB 2001: a korting that phases out, max − rate × (income − threshold), not below 0, in cents.
fn korting_cents(p: &PhaseOut, y: Decimal) -> i64 {
    let k = (p.max - p.rate * (y - p.threshold).max(Decimal::ZERO)).max(Decimal::ZERO);
    to_cents(k)
}
