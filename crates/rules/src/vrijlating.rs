//! Step 4: the income exemption (vrijlating), Participatiewet art. 31 lid 2 n and r.

use super::data::exemptions::*;
use super::money::cents;
use super::norm::lookup;
use super::param::Usage;
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Art. 31 lid 2 n: 25%, at most 6 months below AOW age.
    N,
    /// Art. 31 lid 2 r: single parent with a child under 12, 12.5%, after n.
    R,
}

/// The vrijlating that applies: share, cap and its source.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub kind: Kind,
    pub rate: Decimal,
    pub cap: Decimal,
    pub source: &'static str,
}

/// Why no vrijlating applies, for the trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoneReason {
    NotGranted,
    Under27,
    NoYoungChild,
}

/// Art. 31 lid 5: n and r only from age 27.
fn aged_27_plus(s: &Scenario) -> bool {
    match (s.age, s.age_years) {
        (AgeGroup::Youth, _) => false,
        (_, Some(years)) => years >= MIN_AGE,
        (_, None) => true,
    }
}

/// Which vrijlating applies to the scenario. n wins when both are ticked: r
/// only starts after the six months of n.
pub fn rule(s: &Scenario, usage: &mut Usage) -> Result<Result<Rule, NoneReason>, RuleError> {
    if !s.vrijlating_n && !s.vrijlating_r {
        return Ok(Err(NoneReason::NotGranted));
    }
    if !aged_27_plus(s) {
        return Ok(Err(NoneReason::Under27));
    }
    if s.vrijlating_n {
        let (cap, source) = lookup(&N_CAP, s, usage)?;
        return Ok(Ok(Rule {
            kind: Kind::N,
            rate: N_RATE,
            cap,
            source,
        }));
    }
    let young_child = s.youngest_child_age.is_none_or(|a| a < R_CHILD_AGE_BELOW);
    if s.household != Household::SingleParent || !young_child {
        return Ok(Err(NoneReason::NoYoungChild));
    }
    let (cap, source) = lookup(&R_CAP, s, usage)?;
    Ok(Ok(Rule {
        kind: Kind::R,
        rate: R_RATE,
        cap,
        source,
    }))
}

/// V = min(share × W, cap), the share rounded to cents.
pub fn amount(rule: Option<&Rule>, net: Decimal) -> Decimal {
    rule.map_or(Decimal::ZERO, |r| cents(r.rate * net).min(r.cap))
}
