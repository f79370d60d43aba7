//! Steps 8–10: outflow threshold, premie cap point, better-off point, extra
//! hour and the curve. Thresholds are found by bisection over hundredths of an
//! hour on monotone functions, so they are exact to 0.01 h.

use super::engine::{Context, Month};
use super::money::hours_from_hundredths;
use super::premie;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

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

/// Step 8: the smallest hours (hundredths) at which the top-up is 0.
pub fn outflow(ctx: &Context) -> Option<u32> {
    first_true(0, MAX_K, |k| !at(ctx, k).in_bijstand)
}

/// Step 9: the smallest hours at which share × W reaches the premie cap,
/// if that happens while still in bijstand.
pub fn premie_cap(ctx: &Context, outflow: Option<u32>) -> Option<u32> {
    let rule = ctx.premie.as_ref()?;
    let hi = outflow.map_or(MAX_K, |t| t.saturating_sub(1));
    first_true(0, hi, |k| {
        premie::capped(rule, ctx.wage(hours_from_hundredths(k)).net) >= rule.cap
    })
}

/// Step 9: the smallest hours at or above the outflow threshold where the
/// total out of bijstand beats the best total inside (at threshold − 0.01 h).
pub fn better_off(ctx: &Context, outflow: Option<u32>) -> Option<(u32, Decimal)> {
    let t = outflow?;
    let best_inside = at(ctx, t.checked_sub(1)?).total;
    first_true(t, MAX_K, |k| at(ctx, k).net_out > best_inside).map(|k| (k, best_inside))
}

/// Step 9: the change in total per month for one more hour a week.
pub fn extra_hour(ctx: &Context, now: &Month) -> (Decimal, Option<Decimal>) {
    let next = ctx.month(now.hours + Decimal::ONE);
    let gain = next.total - now.total;
    let more_gross = next.wage.gross - now.wage.gross;
    let cents_per_euro =
        (more_gross > Decimal::ZERO).then(|| super::money::cents(gain * dec!(100) / more_gross));
    (gain, cents_per_euro)
}

/// Step 10: the month for 0–40 hours in steps of 0.25 (161 points).
pub fn curve(ctx: &Context) -> Vec<Month> {
    (0..=160u32).map(|i| at(ctx, i * 25)).collect()
}
