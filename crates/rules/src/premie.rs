//! Step 6: the Amsterdam bijverdienpremie (municipal regulation; experiment
//! 2018–2021 as a what-if).

use super::data::premie::*;
use super::date::Date;
use super::money::cents;
use super::norm::lookup;
use super::param::Usage;
use super::scenario::{AgeGroup, RuleError, Scenario, Scheme};
use rust_decimal::Decimal;

/// The premie rule in force: share of net earnings and monthly cap.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub rate: Decimal,
    pub cap: Decimal,
    /// True when the user entered the cap themselves.
    pub cap_from_user: bool,
    pub source: &'static str,
}

/// The premie rule for the scheme, or `None` under national rules only.
pub fn rule(s: &Scenario, usage: &mut Usage) -> Result<Option<Rule>, RuleError> {
    let (rate_series, cap_series) = match s.scheme {
        Scheme::National => return Ok(None),
        Scheme::Amsterdam => (&GENERAL_RATE, &GENERAL_CAP),
        Scheme::Experiment => (&EXPERIMENT_RATE, &EXPERIMENT_CAP),
    };
    let (rate, source) = lookup(rate_series, s, usage)?;
    let (cap, cap_from_user) = match (s.scheme, s.premie_cap) {
        (Scheme::Amsterdam, Some(user)) => (user, true),
        _ => (lookup(cap_series, s, usage)?.0, false),
    };
    if s.age == AgeGroup::Youth || s.age_years.is_some_and(|y| y < 27) {
        // Whether people under 27 get the premie is not confirmed (parameters §3).
        usage.unconfirmed.push(super::param::UnconfirmedUse {
            id: "premie.under_27",
            from: Date::ymd(2024, 1, 1),
            value: cap,
        });
    }
    Ok(Some(Rule {
        rate,
        cap,
        cap_from_user,
        source,
    }))
}

/// The premie before the vrijlating: min(share × W, cap), share in cents.
pub fn capped(rule: &Rule, net: Decimal) -> Decimal {
    cents(rule.rate * net).min(rule.cap)
}

/// P = max(0, min(share × W, cap) − V), only while in bijstand and working.
pub fn amount(
    rule: Option<&Rule>,
    net: Decimal,
    vrijlating: Decimal,
    in_bijstand: bool,
) -> Decimal {
    match rule {
        Some(r) if in_bijstand && net > Decimal::ZERO => {
            (capped(r, net) - vrijlating).max(Decimal::ZERO)
        }
        _ => Decimal::ZERO,
    }
}

/// The next payment month (June or November) on or after `date`.
pub fn next_payment_month(date: Date) -> Date {
    match PAYMENT_MONTHS.iter().find(|&&m| m >= date.month) {
        Some(&m) => Date::ymd(date.year, m, 1),
        None => Date::ymd(date.year + 1, PAYMENT_MONTHS[0], 1),
    }
}
