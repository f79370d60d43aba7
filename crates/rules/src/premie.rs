//! Step 6: the Amsterdam bijverdienpremie — a premie for taking up work as
//! Participatiewet art. 31 lid 2 onder j allows, paid by the municipality under
//! its own regulation (30% of net earnings up to a monthly maximum, June and
//! November; the 2018–2021 experiment, 50% up to 200, as a what-if).
//! <https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.4_Artikel31>

use super::data::exemptions::J_MIN_AGE;
use super::data::premie::*;
use super::date::Date;
use super::money::{dec, share_of, to_cents, units};
use super::norm::lookup;
use super::param::Usage;
use super::scenario::{RuleError, Scenario, Scheme};
use super::trace::{money, Record, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const NATIONAL: Source = Source {
    nl: "Participatiewet (er is geen landelijke premie)",
    en: "Participatiewet (there is no national premium)",
    url: "https://wetten.overheid.nl/BWBR0015703",
};

const UNDER_27: Source = Source {
    nl: "Participatiewet, artikel 31 lid 5 (onder 27 jaar geldt lid 2 onder j niet)",
    en: "Participatiewet, article 31(5) (under 27, paragraph 2(j) does not apply)",
    url: "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.4_Artikel31",
};

/// The premie rule in force: share of net earnings and monthly cap.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub rate: Decimal,
    pub cap: Decimal,
    /// True when the user entered the cap themselves.
    pub cap_from_user: bool,
    pub source: Source,
    /// The share in units of 0.00001 and the cap in cents, for the arithmetic.
    rate_units: i64,
    cap_cents: i64,
}

/// Why no premie is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPremie {
    /// National rules only: there is no national premie.
    National,
    /// Art. 31 lid 5: lid 2 j does not apply below the age in force, so a
    /// premie would count as income (the user can include it as a what-if).
    Under27,
}

/// The premie rule for the scheme, or why there is none.
pub fn rule(s: &Scenario, usage: &mut Usage) -> Result<Result<Rule, NoPremie>, RuleError> {
    let (rate_series, cap_series) = match s.scheme {
        Scheme::National => return Ok(Err(NoPremie::National)),
        Scheme::Amsterdam => (&GENERAL_RATE, &GENERAL_CAP),
        Scheme::Experiment => (&EXPERIMENT_RATE, &EXPERIMENT_CAP),
    };
    // Art. 31 lid 5: below the age in force, lid 2 j does not apply.
    let min_age = J_MIN_AGE
        .at(s.date)
        .ok_or(RuleError::MissingParameter { id: J_MIN_AGE.id })?;
    let below_min_age = Decimal::from(s.lowest_age()) < min_age.value;
    if below_min_age && !s.premie_under_27 {
        return Ok(Err(NoPremie::Under27));
    }
    let (rate, source) = lookup(rate_series, s, usage)?;
    let (cap, cap_from_user) = match (s.scheme, s.premie_cap) {
        // Money is whole cents: a cap typed with more decimals is rounded.
        (Scheme::Amsterdam, Some(user)) => (crate::money::cents(user), true),
        _ => (lookup(cap_series, s, usage)?.0, false),
    };
    // Art. 31 lid 2 j: a premie counts as income above the yearly maximum. The
    // June and November payments cover twelve months, so a monthly cap above
    // 1/12 of it (down to the cent) is lowered to that, and the user is told.
    let cap = match super::data::exemptions::J_YEAR_MAX.at(s.date) {
        Some(j) => {
            let months = super::data::timing::MONTHLY_PERIODS;
            let per_month =
                (j.value * Decimal::ONE_HUNDRED / months).floor() / Decimal::ONE_HUNDRED;
            if cap > per_month {
                usage.note(super::data::exemptions::J_YEAR_MAX.id, j, j.value);
                let lowered = super::param::UnconfirmedUse {
                    id: "premie.cap_lowered_to_j",
                    from: j.from,
                    value: per_month,
                };
                if !usage.unconfirmed.contains(&lowered) {
                    usage.unconfirmed.push(lowered);
                }
                per_month
            } else {
                cap
            }
        }
        None => cap,
    };
    if below_min_age {
        // The what-if: Amsterdam may pay it anyway; nothing confirms it.
        let under_27 = super::param::UnconfirmedUse {
            id: "premie.under_27",
            from: min_age.from,
            value: cap,
        };
        if !usage.unconfirmed.contains(&under_27) {
            usage.unconfirmed.push(under_27);
        }
    } else if s.lowest_age() < super::data::exemptions::MIN_AGE {
        // Under 27 from 2027: the new law's reading, not yet confirmed.
        usage.note_rule(J_MIN_AGE.id, min_age, min_age.value);
    }
    Ok(Ok(Rule {
        rate,
        cap,
        cap_from_user,
        source,
        rate_units: units(rate, 5),
        cap_cents: to_cents(cap),
    }))
}

impl Rule {
    /// The premie before the vrijlating: min(share × W, cap), share in cents.
    pub fn capped(&self, net: i64) -> i64 {
        share_of(self.rate_units, net).min(self.cap_cents)
    }

    /// The cap in cents.
    pub fn cap_cents(&self) -> i64 {
        self.cap_cents
    }
}

/// P = max(0, min(share × W, cap) − V) in cents, only while in bijstand and
/// working; records its step (with the June/November payment of `months` × P).
pub fn amount(
    rule: Result<&Rule, NoPremie>,
    net: i64,
    vrijlating: i64,
    in_bijstand: bool,
    rec: &mut impl Record,
) -> i64 {
    let r = match rule {
        Ok(r) => r,
        Err(NoPremie::National) => {
            rec.record(|| zero(StepKey::PremieNational, NATIONAL));
            return 0;
        }
        Err(NoPremie::Under27) => {
            rec.record(|| zero(StepKey::PremieUnder27, UNDER_27));
            return 0;
        }
    };
    if !in_bijstand || net <= 0 {
        let key = if in_bijstand {
            StepKey::PremieNoWork
        } else {
            StepKey::PremieOut
        };
        rec.record(|| zero(key, r.source));
        return 0;
    }
    let capped = r.capped(net);
    let p = (capped - vrijlating).max(0);
    rec.record(|| Step {
        key: if r.cap_from_user {
            StepKey::PremieUserCap
        } else {
            StepKey::Premie
        },
        amount: Val::Money(dec(p)),
        values: vec![
            ("rate", Val::Percent(r.rate)),
            money("net", dec(net)),
            money("raw", dec(share_of(r.rate_units, net))),
            money("cap", r.cap),
            money("capped", dec(capped)),
            money("vrijlating", dec(vrijlating)),
            money("premie", dec(p)),
            ("months", Val::Count(i64::from(MONTHS_PER_PAYMENT))),
            money("payment", dec(p * i64::from(MONTHS_PER_PAYMENT))),
        ],
        formula: "{rate} × {net} = {raw}; max {cap} → {capped}; {capped} − {vrijlating} = {premie}; {months} × {premie} = {payment}",
        source: r.source,
    });
    p
}

fn zero(key: StepKey, source: Source) -> Step {
    Step {
        key,
        amount: Val::Money(Decimal::ZERO),
        values: vec![],
        formula: "0",
        source,
    }
}

/// The next payment month (June or November) on or after `date`.
pub fn next_payment_month(date: Date) -> Date {
    match PAYMENT_MONTHS.iter().find(|&&m| m >= date.month) {
        Some(&m) => Date::ymd(date.year, m, 1),
        None => Date::ymd(date.year + 1, PAYMENT_MONTHS[0], 1),
    }
}
