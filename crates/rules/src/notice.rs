//! What an outcome must say about the date it is for: amounts carried
//! forward past the last published values, and a law change close by.

use super::data::{FIRST_DATE, LAST_DATE};
use super::date::Date;

/// The Participatiewet in balans changes how earnings count from this date
/// (Stb. 2025, 312, second tranche; parameters.md §11d).
pub const EARNINGS_RULES_CHANGE: Date = Date::ymd(2027, 1, 1);
/// From this date the page and the CLI mention the coming change.
const CHANGE_ANNOUNCED: Date = Date::ymd(2026, 12, 1);

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
    /// The rules for earnings change on `on`; this calculator does not yet
    /// follow the new rules.
    EarningsRulesChange { on: Date },
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
    if date >= CHANGE_ANNOUNCED {
        out.push(Notice::EarningsRulesChange {
            on: EARNINGS_RULES_CHANGE,
        });
    }
    out
}
