//! Every text on the page, in Dutch (B1, "u") and English. Page texts are
//! named by [`Msg`] (`Msg::AnswerHeading`, `Msg::ErrorWageRange`, …), and
//! each language lists them all in `Msg` order (`nl.rs`, `en.rs`, stored as
//! one string by `catalogue!`): a text missing in either language is a
//! compile error. The texts of trace steps and
//! parameter ids, which the rules still name with strings, are in
//! [`rule_texts`].
//!
//! Texts may hold `{name}` placeholders; [`tf`] fills them in. The trace
//! sentences use the names of the step's values (`{net}`, `{norm}`) and
//! `{amount}` for the step's result.

mod catalogue;
mod en;
mod msg;
mod nl;
pub mod rule_texts;

pub use crate::format::Lang;
pub use msg::Msg;

use crate::format;
use crate::input::months::PlannerError;
use crate::input::InputError;
use crate::rules::months::MonthsError;
use crate::rules::trace::{Step, Val};
use crate::rules::{Date, Notice, RuleError};

/// The text of `m` in `lang`.
pub fn text(lang: Lang, m: Msg) -> &'static str {
    match lang {
        Lang::Nl => nl::nl(m),
        Lang::En => en::en(m),
    }
}

/// The text of `m`, owned.
pub fn t(lang: Lang, m: Msg) -> String {
    text(lang, m).to_string()
}

/// A text that is a list, its parts separated by `|` (month abbreviations,
/// column headers, the assumptions): one entry instead of one per part.
pub fn list(lang: Lang, m: Msg) -> Vec<&'static str> {
    text(lang, m).split('|').collect()
}

/// Fills `{name}` placeholders in a text; unknown names stay as they are.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    crate::format::fill_with(template, |name| {
        args.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    })
}

/// The text of `m` with its placeholders filled in.
pub fn tf(lang: Lang, m: Msg, args: &[(&str, String)]) -> String {
    fill(text(lang, m), args)
}

/// The sentence of a trace step, with the step's own numbers.
pub fn step_sentence(lang: Lang, step: &Step) -> String {
    let mut args: Vec<(&str, String)> = step
        .values
        .iter()
        .map(|(name, v)| (*name, format::val(*v, lang)))
        .collect();
    args.push(("amount", format::val(step.amount, lang)));
    fill(rule_texts::step(lang, step.key), &args)
}

/// The name of a calendar month (1–12); another number shows as itself.
pub fn month_name(lang: Lang, month: u8) -> String {
    let m = match month {
        1 => Msg::MonthJanuary,
        2 => Msg::MonthFebruary,
        3 => Msg::MonthMarch,
        4 => Msg::MonthApril,
        5 => Msg::MonthMay,
        6 => Msg::MonthJune,
        7 => Msg::MonthJuly,
        8 => Msg::MonthAugust,
        9 => Msg::MonthSeptember,
        10 => Msg::MonthOctober,
        11 => Msg::MonthNovember,
        12 => Msg::MonthDecember,
        _ => return month.to_string(),
    };
    t(lang, m)
}

/// A date as people write it: `23 november 2026` / `23 November 2026`.
pub fn date(lang: Lang, d: Date) -> String {
    tf(
        lang,
        Msg::DateLong,
        &[
            ("day", d.day.to_string()),
            ("month", month_name(lang, d.month)),
            ("year", d.year.to_string()),
        ],
    )
}

/// A month and year: `juni 2027` / `June 2027`.
pub fn month_year(lang: Lang, d: Date) -> String {
    format!("{} {}", month_name(lang, d.month), d.year)
}

/// The message for a rule error, with its dates filled in.
pub fn rule_error(lang: Lang, e: &RuleError) -> String {
    match e {
        RuleError::DateTooEarly { first } => tf(
            lang,
            Msg::ErrorDateTooEarly,
            &[("first", date(lang, *first))],
        ),
        RuleError::HoursOutOfRange => t(lang, Msg::ErrorHoursRange),
        RuleError::WageOutOfRange => t(lang, Msg::ErrorWageRange),
        RuleError::HousematesOutOfRange => t(lang, Msg::ErrorHousematesRange),
        RuleError::AgeYearsMismatch => t(lang, Msg::ErrorAgeMismatch),
        RuleError::ChildAgeOutOfRange => t(lang, Msg::ErrorChildAgeRange),
        RuleError::PremieCapOutOfRange => t(lang, Msg::ErrorPremieCapRange),
        RuleError::PartnerHoursOutOfRange => t(lang, Msg::ErrorHoursRange),
        RuleError::PartnerWageOutOfRange => t(lang, Msg::ErrorWageRange),
        RuleError::RentOutOfRange => t(lang, Msg::ErrorRentRange),
        RuleError::TooManyChildren => t(lang, Msg::ErrorTooManyChildren),
        RuleError::ChildrenAgesOutOfRange => t(lang, Msg::ErrorChildAgeRange),
        RuleError::MissingParameter { .. } => t(lang, Msg::ErrorMissingParameter),
    }
}

/// The sentences of a notice about the date, in order (the page shows the
/// change's points as a list; the CLI joins them).
pub fn notice_parts(lang: Lang, n: &Notice) -> Vec<String> {
    match *n {
        Notice::AmountsCarriedForward {
            date: on,
            parameters_from,
            ..
        } => vec![tf(
            lang,
            Msg::NoticeCarriedForward,
            &[
                ("year", on.year.to_string()),
                ("from", date(lang, parameters_from)),
            ],
        )],
        Notice::EarningsRulesChange { on, rules } => {
            let args = [
                ("date", date(lang, on)),
                ("rate", format::percent(rules.rate, lang)),
                ("months", rules.months.to_string()),
                ("aow_rate", format::percent(rules.aow_rate, lang)),
                ("aow_cap", format::money_whole(rules.aow_cap, lang)),
                ("buffer", format::money_whole(rules.buffer, lang)),
            ];
            let mut parts = vec![tf(lang, Msg::NoticeChange, &args)];
            parts.extend(
                list(lang, Msg::NoticeChangePoints)
                    .iter()
                    .map(|p| fill(p, &args)),
            );
            parts.push(tf(lang, Msg::NoticeChangeCalculator, &args));
            parts
        }
    }
}

/// A notice as one text (the CLI).
pub fn notice(lang: Lang, n: &Notice) -> String {
    notice_parts(lang, n).join(" ")
}

/// The text of a typed value that did not read.
pub fn input_error_msg(e: InputError) -> Msg {
    match e {
        InputError::Empty => Msg::InputEmpty,
        InputError::NotANumber => Msg::InputNotANumber,
        InputError::Negative => Msg::InputNegative,
        InputError::TooLarge => Msg::InputTooLarge,
        InputError::TooManyDecimals => Msg::InputTooManyDecimals,
        InputError::BadDate => Msg::InputBadDate,
        InputError::UnknownChoice => Msg::InputUnknownChoice,
        InputError::UnknownKey => Msg::InputUnknownKey,
        InputError::NotYesNo => Msg::InputNotYesNo,
    }
}

/// The message for a typed value that did not read.
pub fn input_error(lang: Lang, e: InputError) -> String {
    t(lang, input_error_msg(e))
}

/// A calendar month: `maart 2026` / `March 2026`.
pub fn year_month(lang: Lang, m: crate::rules::months::YearMonth) -> String {
    month_year(lang, m.first_day())
}

/// The message for a month planner error. The page's own checks come
/// first, so of these only the lags (from a link) and rule errors can show.
pub fn months_error(lang: Lang, e: &MonthsError) -> String {
    use crate::rules::months::plan::{MAX_LAG_MONTHS, MAX_PAY_LAG_MONTHS};
    match e {
        MonthsError::LagOutOfRange { field } => {
            let max = if *field == "pay_lag_months" {
                MAX_PAY_LAG_MONTHS
            } else {
                MAX_LAG_MONTHS
            };
            tf(lang, Msg::ErrorMonthsLagRange, &[("max", max.to_string())])
        }
        MonthsError::Rule(r) => rule_error(lang, r),
        // Not reachable from the page (its own checks come first).
        MonthsError::NoMonths => t(lang, Msg::ErrorMonthsNone),
        MonthsError::TooManyMonths => t(lang, Msg::ErrorMonthsTooMany),
        MonthsError::NotConsecutive { .. } => t(lang, Msg::ErrorMonthsNotConsecutive),
        MonthsError::MonthTooEarly { .. } => t(lang, Msg::ErrorMonthsTooEarly),
        MonthsError::HoursOutOfRange { .. } => t(lang, Msg::ErrorMonthsHoursRange),
        MonthsError::WageOutOfRange { .. } => t(lang, Msg::ErrorMonthsWageRange),
        MonthsError::PayLagWithFourWeekly => t(lang, Msg::ErrorMonthsPayLagFourWeekly),
        MonthsError::FirstPayday => t(lang, Msg::ErrorMonthsFirstPayday),
        MonthsError::NMonthsUsedOutOfRange => t(lang, Msg::ErrorMonthsNUsedRange),
    }
}

/// The message for a planner field that did not read.
pub fn planner_error(lang: Lang, e: PlannerError) -> String {
    match e {
        PlannerError::Field { error, .. } => input_error(lang, error),
        PlannerError::HoursRange { .. } => t(lang, Msg::ErrorHoursRange),
        PlannerError::MaxNeeded => t(lang, Msg::MonthsErrorMaxNeeded),
        PlannerError::ListEmpty => t(lang, Msg::MonthsErrorListEmpty),
        PlannerError::ListTooLong => tf(
            lang,
            Msg::ErrorMonthsTooMany,
            &[("max", crate::rules::months::plan::MAX_MONTHS.to_string())],
        ),
        PlannerError::ListItem { position, error } => tf(
            lang,
            Msg::MonthsErrorListItem,
            &[
                ("n", position.to_string()),
                ("problem", input_error(lang, error)),
            ],
        ),
        PlannerError::ListItemRange { position, per_week } => tf(
            lang,
            if per_week {
                Msg::MonthsErrorListRangeWeek
            } else {
                Msg::MonthsErrorListRangeMonth
            },
            &[("n", position.to_string())],
        ),
    }
}

/// Where a step's rule is written, in the page's language.
pub fn source(lang: Lang, s: &crate::rules::trace::Source) -> &'static str {
    match lang {
        Lang::Nl => s.nl,
        Lang::En => s.en,
    }
}

/// The name of a parameter series (for the list of unconfirmed values).
pub fn param_name(lang: Lang, id: &str) -> String {
    rule_texts::param(lang, id).unwrap_or(id).to_string()
}

/// How an unconfirmed parameter's value reads: rates as percentages.
pub fn param_value(id: &str, value: rust_decimal::Decimal) -> Val {
    if id.starts_with("tax.") || id.ends_with("_rate") {
        Val::Percent(value)
    } else if id.ends_with("_age") {
        // An age in years, not money.
        Val::Count(i64::try_from(value.trunc()).unwrap_or(0))
    } else {
        Val::Money(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("a {x} b {y} {z", &[("x", "1".into()), ("y", "2".into())]),
            "a 1 b 2 {z"
        );
        assert_eq!(fill("{q}", &[]), "{q}");
    }

    #[test]
    fn missing_rule_texts_show_the_key() {
        assert_eq!(param_name(Lang::Nl, "no.such.id"), "no.such.id");
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(date(Lang::Nl, Date::ymd(2026, 11, 23)), "23 november 2026");
        assert_eq!(date(Lang::En, Date::ymd(2026, 6, 1)), "1 June 2026");
    }
}
