//! Steps 2–7 in whole cents with integer arithmetic: the same rules, in the
//! same order and with the same roundings as `wage.rs`, `vrijlating.rs` and
//! `premie.rs`, only faster. A scenario evaluates some 200 months (the curve
//! and the threshold searches), and `Decimal` division and rounding made that
//! the bulk of a calculation.
//!
//! Every value here is exact: amounts in cents, shares in units of 0.00001, so
//! a share × an amount is exact in units of €0.0000001 (1e-7), and the AOW-age
//! arbeidskorting factor (0.0001) takes that to 1e-11. Rounding to cents is
//! half away from zero on the exact value, as `money::cents` does. The kernel
//! is only built when every parameter fits these units; otherwise (and for
//! hours outside 0–170 or not in hundredths) the `Decimal` path runs.
//! `tests/month_in_cents.rs` checks that both give the same month.

use super::Month;
use crate::data::tax::{AkPiece, Brackets, PhaseOut};
use crate::wage::{TaxRules, WageParts};
use rust_decimal::Decimal;

/// Units of a share: 1 = 0.00001.
const SHARE: i64 = 100_000;
/// Units of the AOW-age arbeidskorting factor: 1 = 0.0001.
const FACTOR: i64 = 10_000;
/// Largest hours (in hundredths) the kernel takes; the rules allow 168, the
/// extra-hour step asks for one more.
const MAX_HUNDREDTHS: i64 = 17_000;
/// Largest hourly wage (in units of €0.0001) the kernel takes: €1000.
const MAX_HOURLY: i64 = 10_000_000;

/// `d` × 10^`scale` if that is a whole number that fits.
fn units(d: Decimal, scale: u32) -> Option<i64> {
    let x = d.checked_mul(Decimal::from(10i64.checked_pow(scale)?))?;
    if x.fract().is_zero() {
        i64::try_from(x).ok()
    } else {
        None
    }
}

/// Hours as whole hundredths, cheaply for the usual scale ≤ 2.
fn hundredths(hours: Decimal) -> Option<i64> {
    let k = if hours.scale() <= 2 {
        i64::try_from(hours.mantissa())
            .ok()?
            .checked_mul(10i64.pow(2 - hours.scale()))?
    } else {
        units(hours, 2)?
    };
    (0..=MAX_HUNDREDTHS).contains(&k).then_some(k)
}

/// num / den rounded half away from zero, for num ≥ 0 and den > 0.
fn round_div(num: i64, den: i64) -> i64 {
    (2 * num + den) / (2 * den)
}

fn cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

#[derive(Debug, Clone, Copy)]
struct Bands {
    limit1: i64,
    rate1: i64,
    limit2: i64,
    rate2: i64,
    rate3: i64,
}

impl Bands {
    fn new(b: &Brackets) -> Option<Bands> {
        Some(Bands {
            limit1: units(b.limit1, 2)?,
            rate1: units(b.rate1, 5)?,
            limit2: units(b.limit2, 2)?,
            rate2: units(b.rate2, 5)?,
            rate3: units(b.rate3, 5)?,
        })
    }

    /// `wage::bracket_tax`, in 1e-7.
    fn tax(&self, y: i64) -> i64 {
        let first = y.min(self.limit1);
        let second = (y.min(self.limit2) - self.limit1).max(0);
        let third = (y - self.limit2).max(0);
        first * self.rate1 + second * self.rate2 + third * self.rate3
    }
}

#[derive(Debug, Clone, Copy)]
struct Phase {
    max: i64,
    rate: i64,
    threshold: i64,
}

impl Phase {
    fn new(p: &PhaseOut) -> Option<Phase> {
        Some(Phase {
            max: units(p.max, 2)?,
            rate: units(p.rate, 5)?,
            threshold: units(p.threshold, 2)?,
        })
    }

    /// `wage::phase_out`, in 1e-7.
    fn at(&self, y: i64) -> i64 {
        let over = (y - self.threshold).max(0);
        (self.max * SHARE - self.rate * over).max(0)
    }
}

#[derive(Debug, Clone, Copy)]
struct Ak([(i64, i64, i64); 4]);

impl Ak {
    fn new(pieces: &[AkPiece; 4]) -> Option<Ak> {
        let mut out = [(0, 0, 0); 4];
        for (o, p) in out.iter_mut().zip(pieces) {
            *o = (units(p.from, 2)?, units(p.base, 2)?, units(p.rate, 5)?);
        }
        Some(Ak(out))
    }

    /// `wage::arbeidskorting`, in 1e-7.
    fn at(&self, y: i64) -> i64 {
        let (from, base, rate) = self
            .0
            .iter()
            .rev()
            .find(|p| y >= p.0)
            .copied()
            .unwrap_or(self.0[0]);
        (base * SHARE + rate * (y - from)).max(0)
    }
}

#[derive(Debug, Clone, Copy)]
enum Tax {
    Regular {
        bands: Bands,
        ahk: Phase,
        ak: Ak,
    },
    Aow {
        bands: Bands,
        ahk: Phase,
        /// The regular arbeidskorting, scaled by `factor`.
        ak: Ak,
        factor: i64,
        ouderenkorting: Phase,
        /// Alleenstaande ouderenkorting in cents (0 for couples).
        single: i64,
    },
}

/// Yearly tax of `wage::annual_tax`: the parts as `Decimal` and the tax in cents.
struct Annual {
    bracket: Decimal,
    ahk: Decimal,
    ak: Decimal,
    ouderenkorting: Decimal,
    tax: i64,
}

impl Tax {
    fn new(rules: &TaxRules) -> Option<Tax> {
        Some(match rules {
            TaxRules::Regular(t) => Tax::Regular {
                bands: Bands::new(&t.brackets)?,
                ahk: Phase::new(&t.ahk)?,
                ak: Ak::new(&t.ak)?,
            },
            TaxRules::Aow {
                year,
                regular,
                single,
            } => Tax::Aow {
                bands: Bands::new(&year.brackets)?,
                ahk: Phase::new(&year.ahk)?,
                ak: Ak::new(&regular.ak)?,
                factor: units(year.ak_factor, 4)?,
                ouderenkorting: Phase::new(&year.ouderenkorting)?,
                single: if *single {
                    units(year.alleenstaande_ouderenkorting, 2)?
                } else {
                    0
                },
            },
        })
    }

    /// `wage::annual_tax` on a yearly wage of `y` cents.
    fn annual(&self, y: i64, korting: bool) -> Annual {
        let (bands, ahk) = match self {
            Tax::Regular { bands, ahk, .. } | Tax::Aow { bands, ahk, .. } => (bands, ahk),
        };
        let bracket = bands.tax(y);
        if !korting {
            return Annual {
                bracket: Decimal::new(bracket, 7),
                ahk: Decimal::ZERO,
                ak: Decimal::ZERO,
                ouderenkorting: Decimal::ZERO,
                tax: round_div(bracket.max(0), SHARE),
            };
        }
        let ahk = ahk.at(y);
        match self {
            Tax::Regular { ak, .. } => {
                let ak = ak.at(y);
                Annual {
                    bracket: Decimal::new(bracket, 7),
                    ahk: Decimal::new(ahk, 7),
                    ak: Decimal::new(ak, 7),
                    ouderenkorting: Decimal::ZERO,
                    tax: round_div((bracket - ahk - ak).max(0), SHARE),
                }
            }
            Tax::Aow {
                ak,
                factor,
                ouderenkorting,
                single,
                ..
            } => {
                // In 1e-11: the arbeidskorting times its factor needs 4 more places.
                let ak = ak.at(y) * factor;
                let ok = ouderenkorting.at(y) + single * SHARE;
                let raw = (bracket - ahk - ok) * FACTOR - ak;
                Annual {
                    bracket: Decimal::new(bracket, 7),
                    ahk: Decimal::new(ahk, 7),
                    ak: Decimal::new(ak, 11),
                    ouderenkorting: Decimal::new(ok, 7),
                    tax: round_div(raw.max(0), SHARE * FACTOR),
                }
            }
        }
    }
}

/// A share and a cap: the vrijlating or the premie rule.
#[derive(Debug, Clone, Copy)]
struct Capped {
    rate: i64,
    cap: i64,
}

impl Capped {
    /// min(share × W rounded to cents, cap).
    fn of(&self, w: i64) -> i64 {
        round_div(self.rate * w, SHARE).min(self.cap)
    }
}

/// A scenario's parameters in integer units (see the module text).
#[derive(Debug, Clone)]
pub(super) struct Kernel {
    norm: i64,
    /// Hourly wage in units of €0.0001.
    hourly: i64,
    tax: Tax,
    employer_korting: bool,
    vrijlating: Option<Capped>,
    premie: Option<Capped>,
}

impl Kernel {
    /// The kernel for a resolved context, if every value fits its units.
    pub(super) fn new(ctx: &super::Context) -> Option<Kernel> {
        let capped = |rate: Decimal, cap: Decimal| {
            Some(Capped {
                rate: units(rate, 5)?,
                cap: units(cap, 2)?,
            })
        };
        let vrijlating = match &ctx.vrijlating {
            Ok(r) => Some(capped(r.rate, r.cap)?),
            Err(_) => None,
        };
        let premie = match &ctx.premie {
            Some(p) => Some(capped(p.rate, p.cap)?),
            None => None,
        };
        let hourly = units(ctx.hourly, 4)?;
        (0..=MAX_HOURLY).contains(&hourly).then_some(())?;
        Some(Kernel {
            norm: units(ctx.norm, 2)?,
            hourly,
            tax: Tax::new(&ctx.tax)?,
            employer_korting: ctx.employer_korting,
            vrijlating,
            premie,
        })
    }

    /// G + Hp in cents for `k` hundredths of an hour a week (step 2).
    fn gross(&self, k: i64) -> (i64, i64) {
        // G = k/100 × 52/12 × hourly/10^4 euro = k × 52 × hourly / 120000 cents.
        let g = round_div(k * 52 * self.hourly, 120_000);
        // Hp = 8% × G.
        let hp = round_div(8 * g, 100);
        (g, hp)
    }

    /// `wage::wage_parts` for `hours`, if the kernel takes those hours.
    pub(super) fn wage(&self, hours: Decimal, korting: bool) -> Option<WageParts> {
        let (g, hp) = self.gross(hundredths(hours)?);
        let y = 12 * (g + hp);
        let t = self.tax.annual(y, korting);
        Some(WageParts {
            gross_base: cents(g),
            holiday_pay: cents(hp),
            gross: cents(g + hp),
            annual: cents(y),
            bracket_tax: t.bracket,
            ahk: t.ahk,
            ak: t.ak,
            ouderenkorting: t.ouderenkorting,
            tax: cents(t.tax),
            net: cents(round_div(y - t.tax, 12)),
        })
    }

    /// `Context::month` (steps 2–7), if the kernel takes those hours.
    pub(super) fn month(&self, hours: Decimal) -> Option<Month> {
        let (g, hp) = self.gross(hundredths(hours)?);
        let y = 12 * (g + hp);
        let t = self.tax.annual(y, self.employer_korting);
        let w = round_div(y - t.tax, 12);
        let vrijlating = self.vrijlating.map_or(0, |v| v.of(w));
        let top_up = (self.norm - (w - vrijlating)).max(0);
        let in_bijstand = top_up > 0;
        let premie = match self.premie {
            Some(p) if in_bijstand && w > 0 => (p.of(w) - vrijlating).max(0),
            _ => 0,
        };
        let net_out = if self.employer_korting || in_bijstand {
            w
        } else {
            round_div(y - self.tax.annual(y, true).tax, 12)
        };
        let total = if in_bijstand {
            w + top_up + premie
        } else {
            net_out
        };
        Some(Month {
            hours,
            wage: WageParts {
                gross_base: cents(g),
                holiday_pay: cents(hp),
                gross: cents(g + hp),
                annual: cents(y),
                bracket_tax: t.bracket,
                ahk: t.ahk,
                ak: t.ak,
                ouderenkorting: t.ouderenkorting,
                tax: cents(t.tax),
                net: cents(w),
            },
            vrijlating: cents(if in_bijstand { vrijlating } else { 0 }),
            top_up: cents(top_up),
            premie: cents(premie),
            in_bijstand,
            net_out: cents(net_out),
            total: cents(total),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_div(5, 10), 1);
        assert_eq!(round_div(4, 10), 0);
        assert_eq!(round_div(15, 10), 2);
        assert_eq!(round_div(0, 12), 0);
    }

    #[test]
    fn reads_hours_and_units() {
        assert_eq!(hundredths(dec!(16)), Some(1600));
        assert_eq!(hundredths(dec!(20.87)), Some(2087));
        assert_eq!(hundredths(dec!(1.500)), Some(150));
        assert_eq!(hundredths(dec!(1.505)), None);
        assert_eq!(hundredths(dec!(170.01)), None);
        assert_eq!(units(dec!(0.06337), 5), Some(6337));
        assert_eq!(units(dec!(-0.0651), 5), Some(-6510));
        assert_eq!(units(dec!(0.000001), 5), None);
    }
}
