//! Steps 8–10: outflow threshold, premie cap point, better-off point, extra
//! hour and the curve. Thresholds are found by bisection over hundredths of an
//! hour on monotone functions, so they are exact to 0.01 h.

use super::engine::{Context, Month, MonthCents};
use super::money::hours_from_hundredths;
use super::outcome::Outcome;
use super::trace::{money, Source, Step, StepKey, Val};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const THRESHOLD: Source = Source {
    nl: "Participatiewet, artikel 19 en 31 (uitgerekend voor elk aantal uren)",
    en: "Participatiewet, articles 19 and 31 (worked out for every number of hours)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=19",
};

/// Hundredths of an hour in a week: the search range.
const MAX_K: u32 = 168 * 100;

/// Smallest `k` in `lo..=hi` where the monotone `pred` holds (false … true).
fn first_true(mut lo: u32, mut hi: u32, pred: impl Fn(u32) -> bool) -> Option<u32> {
    if lo > hi || !pred(hi) {
        return None;
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

fn at(ctx: &Context, k: u32) -> Month {
    ctx.month(hours_from_hundredths(k))
}

/// The month at `k` hundredths in whole numbers (for the searches).
fn at_cents(ctx: &Context, k: u32) -> MonthCents {
    ctx.month_cents(i64::from(k), hours_from_hundredths(k), &mut ())
}

/// Step 8: the smallest hours (hundredths) at which the top-up is 0.
pub fn outflow(ctx: &Context) -> Option<u32> {
    first_true(0, MAX_K, |k| !at_cents(ctx, k).in_bijstand)
}

/// Step 9: the smallest hours at which share × W reaches the premie cap,
/// if that happens while still in bijstand.
pub fn premie_cap(ctx: &Context, outflow: Option<u32>) -> Option<u32> {
    let rule = ctx.premie.as_ref().ok()?;
    let hi = outflow.map_or(MAX_K, |t| t.saturating_sub(1));
    let w2 = ctx.partner.map_or(0, |p| p.wage.w);
    first_true(0, hi, |k| {
        rule.capped(ctx.wage_cents(i64::from(k)).w + w2) >= rule.cap_cents()
    })
}

/// Step 9: the smallest hours at or above the outflow threshold where the
/// total out of bijstand beats the best total inside (at threshold − 0.01 h).
pub fn better_off(ctx: &Context, outflow: Option<u32>) -> Option<(u32, Decimal)> {
    let t = outflow?;
    let best_inside = at_cents(ctx, t.checked_sub(1)?).total;
    first_true(t, MAX_K, |k| at_cents(ctx, k).net_out > best_inside)
        .map(|k| (k, crate::money::dec(best_inside)))
}

/// The total with the allowances at `k` hundredths, in cents.
fn with_allowances_cents(ctx: &Context, k: u32) -> i64 {
    let m = at_cents(ctx, k);
    let a = ctx.allowances_of(&m, &mut crate::param::Usage::default(), &mut ());
    m.total + crate::money::to_cents(a.total())
}

/// Step 9 with the allowances: the smallest hours at or above the outflow
/// point where the total with allowances out of bijstand beats the one just
/// below it. Out of bijstand that total rises with the hours except for the
/// Awir minimum's last euros (at most €2 a month), so the search holds.
pub fn better_off_with_allowances(ctx: &Context, outflow: Option<u32>) -> Option<(u32, Decimal)> {
    ctx.allowances.as_ref()?;
    let t = outflow?;
    let best = with_allowances_cents(ctx, t.checked_sub(1)?);
    first_true(t, MAX_K, |k| with_allowances_cents(ctx, k) > best)
        .map(|k| (k, crate::money::dec(best)))
}

/// The dip: from the outflow point until the better-off point, the total is
/// lower than just below the outflow point (the top-up and the premie stop).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dip {
    /// The outflow point.
    pub from: Decimal,
    /// The better-off point; `None` when the total never gets back up.
    pub to: Option<Decimal>,
    /// The best total inside minus the total at the outflow point (the
    /// deepest: out of bijstand the total rises with the hours).
    pub amount: Decimal,
}

/// Step 9: the dip between the outflow and the better-off point, if any.
pub fn dip(ctx: &Context, outflow: Option<u32>, better: Option<(u32, Decimal)>) -> Option<Dip> {
    let t = outflow?;
    let best_inside = at_cents(ctx, t.checked_sub(1)?).total;
    let amount = best_inside - at_cents(ctx, t).total;
    (amount > 0).then(|| Dip {
        from: hours_from_hundredths(t),
        to: better.map(|(k, _)| hours_from_hundredths(k)),
        amount: crate::money::dec(amount),
    })
}

/// Step 9: the change in total per month for one more hour a week, and
/// the change with the allowances.
pub fn extra_hour(ctx: &Context, now: &Month) -> (Decimal, Option<Decimal>, Decimal) {
    let next = ctx.month(now.hours + Decimal::ONE);
    let with = next.total_with_allowances - now.total_with_allowances;
    let gain = next.total - now.total;
    let more_gross = next.wage.gross - now.wage.gross;
    let cents_per_euro =
        (more_gross > Decimal::ZERO).then(|| super::money::cents(gain * dec!(100) / more_gross));
    (gain, cents_per_euro, with)
}

/// Step 10: the month for 0–40 hours in steps of 0.25 (161 points).
pub fn curve(ctx: &Context) -> Vec<Month> {
    (0..=160u32).map(|i| at(ctx, i * 25)).collect()
}

/// The steps of the thresholds (8–9), with the values the searches found.
pub fn steps(o: &Outcome) -> Vec<Step> {
    let step = |key, amount, values, formula| Step {
        key,
        amount,
        values,
        formula,
        source: THRESHOLD,
    };
    let mut t = Vec::new();
    t.push(match o.outflow {
        Some(f) => step(
            StepKey::Outflow,
            Val::Hours(f.hours),
            vec![
                ("hours", Val::Hours(f.hours)),
                money("gross", f.gross),
                money("norm", o.norm),
            ],
            "{hours} → {gross}",
        ),
        None => step(StepKey::OutflowNone, Val::Hours(Decimal::ZERO), vec![], "—"),
    });
    if let Some(h) = o.premie_cap_hours {
        let cap = o.premie_cap.unwrap_or_default();
        t.push(step(
            StepKey::PremieCapPoint,
            Val::Hours(h),
            vec![("hours", Val::Hours(h)), money("cap", cap)],
            "{hours} → {cap}",
        ));
    }
    if let (Some(h), Some(best)) = (o.better_off_hours, o.best_inside) {
        t.push(step(
            StepKey::BetterOff,
            Val::Hours(h),
            vec![("hours", Val::Hours(h)), money("best_inside", best)],
            "{hours} → > {best_inside}",
        ));
    }
    t.push(step(
        StepKey::ExtraHour,
        Val::Money(o.extra_hour_gain),
        vec![
            money("gain", o.extra_hour_gain),
            (
                "cents",
                // Signed: past the outflow point an extra euro can cost more than a euro.
                Val::Count(o.keep_cents_per_euro.map_or(0, |c| {
                    c.round_dp_with_strategy(
                        0,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    )
                    .try_into()
                    .unwrap_or(0)
                })),
            ),
        ],
        "+1 → {gain}",
    ));
    t
}
