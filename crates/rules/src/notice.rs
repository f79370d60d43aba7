//! What an outcome must say about the date it is for: amounts carried
//! forward past the last published values, and a law change close by.

use super::data::exemptions::{
    ART34A_AOW_CAP, ART34A_AOW_RATE, ART34A_MONTHS, ART34A_RATE, BUFFERBUDGET_MAX,
};
use super::data::{FIRST_DATE, LAST_DATE};
use super::date::Date;
use rust_decimal::Decimal;

/// The new earnings rules (Participatiewet in balans, art. 34a and 34b), as
/// the notice names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewEarningsRules {
    /// Art. 34a lid 1 a: share not offset below AOW age, for at most `months`.
    pub rate: Decimal,
    pub months: u32,
    /// Art. 34a lid 1 c: share not offset at AOW age, up to `aow_cap` a month.
    pub aow_rate: Decimal,
    pub aow_cap: Decimal,
    /// Art. 34b: the bufferbudget's maximum per calendar year.
    pub buffer: Decimal,
}

/// The date the new earnings rules start: the first value of art. 34a in
/// the parameter data (Stb. 2025, 312, second tranche).
pub fn earnings_rules_change() -> Option<(Date, NewEarningsRules)> {
    let rate = ART34A_RATE.values.first()?;
    let on = rate.from;
    Some((
        on,
        NewEarningsRules {
            rate: rate.value,
            months: ART34A_MONTHS,
            aow_rate: ART34A_AOW_RATE.at(on)?.value,
            aow_cap: ART34A_AOW_CAP.at(on)?.value,
            buffer: BUFFERBUDGET_MAX.at(on)?.value,
        },
    ))
}

/// The notice of the change shows from a month before it.
const ANNOUNCE_MONTHS_BEFORE: i32 = 1;

/// A notice that goes with an outcome (shown near the answer, listed by the CLI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// No amounts are published after `last`: the values valid from
    /// `parameters_from` are used as they are, not guessed.
    AmountsCarriedForward {
        /// The date the calculation is for.
        date: Date,
        /// The last date we have values for.
        last: Date,
        parameters_from: Date,
    },
    /// The rules for earnings change on `on` (art. 34a and 34b).
    EarningsRulesChange { on: Date, rules: NewEarningsRules },
}

impl Notice {
    /// Key for the CLI and the message catalogue.
    pub fn id(&self) -> &'static str {
        match self {
            Notice::AmountsCarriedForward { .. } => "amounts_carried_forward",
            Notice::EarningsRulesChange { .. } => "earnings_rules_change",
        }
    }
}

/// The date whose rules and amounts are used for `date`: the date itself,
/// or the last date we have values for.
pub fn rules_date(date: Date) -> Date {
    date.clamp(FIRST_DATE, LAST_DATE)
}

/// The notices for a calculation on `date` that used values valid from
/// `parameters_from`.
pub fn notices(date: Date, parameters_from: Date) -> Vec<Notice> {
    let mut out = Vec::new();
    if date > LAST_DATE {
        out.push(Notice::AmountsCarriedForward {
            date,
            last: LAST_DATE,
            parameters_from,
        });
    }
    if let Some((on, rules)) = earnings_rules_change() {
        if date >= on.add_months(-ANNOUNCE_MONTHS_BEFORE) {
            out.push(Notice::EarningsRulesChange { on, rules });
        }
    }
    out
}
