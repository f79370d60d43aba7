//! Step 4: the income exemption (vrijlating): Participatiewet art. 31 lid 2
//! onder n (25%, at most six months) and onder r (single parent with a child
//! under 12, 12.5%), only from age 27 (lid 5),
//! <https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.4_Artikel31>;
//! from 2027-01-01 art. 34a (Participatiewet in balans): below AOW age 15% for
//! at most 12 months when the college grants it (no age limit, no euro cap),
//! at AOW age 25% up to €226, <https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=34a>.
//! Whether n and r end in 2027 is not in our texts: with n granted, art. 34a
//! takes its place; r stays as the text has it (flagged on the page).

use super::data::exemptions::*;
use super::money::{dec, share_of, to_cents, units};
use super::norm::lookup;
use super::param::Usage;
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use super::trace::{money, Record, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const NONE: Source = Source {
    nl: "Participatiewet, artikel 31 lid 2 onder n en r, en lid 5",
    en: "Participatiewet, article 31(2)(n) and (r), and 31(5)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=31",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Art. 31 lid 2 n: 25%, at most 6 months below AOW age.
    N,
    /// Art. 31 lid 2 r: single parent with a child under 12, 12.5%, after n.
    R,
    /// Art. 34a lid 1 a (from 2027): 15%, no euro cap, at most 12 months.
    Art34a,
    /// Art. 34a lid 1 c (from 2027): at AOW age 25% up to €226, always.
    Art34aAow,
}

/// The vrijlating that applies: share, cap and its source.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub kind: Kind,
    pub rate: Decimal,
    pub cap: Decimal,
    pub source: Source,
    /// The share in units of 0.00001 and the cap in cents, for the arithmetic.
    rate_units: i64,
    cap_cents: i64,
}

impl Rule {
    fn new(kind: Kind, rate: Decimal, cap: Decimal, source: Source) -> Rule {
        Rule {
            kind,
            rate,
            cap,
            source,
            rate_units: units(rate, 5),
            cap_cents: to_cents(cap),
        }
    }

    /// Art. 31 lid 2 n / r, art. 34a: V = min(share × W, cap), the share
    /// rounded to cents; all in cents.
    pub fn of(&self, net: i64) -> i64 {
        share_of(self.rate_units, net).min(self.cap_cents)
    }

    /// How long the vrijlating lasts below AOW age: n six months in which it
    /// exempted earnings (art. 31 lid 2 n), art. 34a lid 1 a a continuous
    /// period of twelve months; `None`: no limit in the plans we compute.
    pub fn max_months(&self) -> Option<u32> {
        match self.kind {
            Kind::N => Some(N_MONTHS),
            Kind::Art34a => Some(ART34A_MONTHS),
            Kind::R | Kind::Art34aAow => None,
        }
    }

    /// True for art. 34a lid 1 a: its months run on once it has started
    /// ("een aaneengesloten periode"), also in a month without earnings.
    pub fn continuous(&self) -> bool {
        self.kind == Kind::Art34a
    }

    /// False for art. 34a lid 1 a, which has no euro maximum.
    pub fn has_cap(&self) -> bool {
        self.kind != Kind::Art34a
    }
}

/// Art. 34a (from 2027-01-01): the rule when the new text is in force and
/// applies, `None` before 2027 or when it does not apply.
fn art_34a(s: &Scenario, usage: &mut Usage) -> Option<Rule> {
    let rate = ART34A_RATE.at(s.date)?;
    if s.age == AgeGroup::Aow {
        let rate = ART34A_AOW_RATE.at(s.date)?;
        let cap = ART34A_AOW_CAP.at(s.date)?;
        usage.note_rule(ART34A_AOW_RATE.id, rate, rate.value);
        usage.note_rule(ART34A_AOW_CAP.id, cap, cap.value);
        return Some(Rule::new(
            Kind::Art34aAow,
            rate.value,
            cap.value,
            rate.citation(),
        ));
    }
    if !s.vrijlating_n {
        return None;
    }
    usage.note_rule(ART34A_RATE.id, rate, rate.value);
    Some(Rule::new(
        Kind::Art34a,
        rate.value,
        Decimal::MAX,
        rate.citation(),
    ))
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
    s.age != AgeGroup::Youth && s.lowest_age() >= MIN_AGE
}

/// Which vrijlating applies to the scenario. n wins when both are ticked: r
/// only starts after the six months of n.
pub fn rule(s: &Scenario, usage: &mut Usage) -> Result<Result<Rule, NoneReason>, RuleError> {
    if let Some(r) = art_34a(s, usage) {
        return Ok(Ok(r));
    }
    if !s.vrijlating_n && !s.vrijlating_r {
        return Ok(Err(NoneReason::NotGranted));
    }
    if !aged_27_plus(s) {
        return Ok(Err(NoneReason::Under27));
    }
    if s.vrijlating_n {
        let (cap, source) = lookup(&N_CAP, s, usage)?;
        return Ok(Ok(Rule::new(Kind::N, N_RATE, cap, source)));
    }
    let young_child = s.youngest_child().is_none_or(|a| a < R_CHILD_AGE_BELOW);
    if s.household != Household::SingleParent || !young_child {
        return Ok(Err(NoneReason::NoYoungChild));
    }
    let (cap, source) = lookup(&R_CAP, s, usage)?;
    Ok(Ok(Rule::new(Kind::R, R_RATE, cap, source)))
}

/// Step 4: the vrijlating on a net income of `net` cents (0 without one),
/// recording its step.
pub fn amount(rule: Result<&Rule, NoneReason>, net: i64, rec: &mut impl Record) -> i64 {
    match rule {
        Ok(r) => {
            let v = r.of(net);
            rec.record(|| Step {
                key: match r.kind {
                    Kind::N => StepKey::VrijlatingN,
                    Kind::R => StepKey::VrijlatingR,
                    Kind::Art34a => StepKey::Vrijlating34a,
                    Kind::Art34aAow => StepKey::Vrijlating34aAow,
                },
                amount: Val::Money(dec(v)),
                values: if r.has_cap() {
                    vec![
                        ("rate", Val::Percent(r.rate)),
                        money("net", dec(net)),
                        money("raw", dec(share_of(r.rate_units, net))),
                        money("cap", r.cap),
                        money("vrijlating", dec(v)),
                    ]
                } else {
                    vec![
                        ("rate", Val::Percent(r.rate)),
                        money("net", dec(net)),
                        money("vrijlating", dec(v)),
                        (
                            "months",
                            Val::Count(i64::from(r.max_months().unwrap_or_default())),
                        ),
                    ]
                },
                formula: if r.has_cap() {
                    "{rate} × {net} = {raw}; max {cap} → {vrijlating}"
                } else {
                    "{rate} × {net} = {vrijlating}"
                },
                source: r.source,
            });
            v
        }
        Err(reason) => {
            rec.record(|| Step {
                key: match reason {
                    NoneReason::NotGranted => StepKey::VrijlatingNone,
                    NoneReason::Under27 => StepKey::VrijlatingUnder27,
                    NoneReason::NoYoungChild => StepKey::VrijlatingNoYoungChild,
                },
                amount: Val::Money(Decimal::ZERO),
                values: vec![],
                formula: "0",
                source: NONE,
            });
            0
        }
    }
}
