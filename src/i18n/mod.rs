//! Every text on the page, in Dutch (B1, "u") and English: one catalogue per
//! language (`nl.rs`, `en.rs`), looked up by a key that says what the text
//! means (`answer.sentence`, `trace.net_wage`, `error.wage_range`, …).
//!
//! Texts may hold `{name}` placeholders; [`tf`] fills them in. The trace
//! sentences use the names of the step's values (`{net}`, `{norm}`) and
//! `{amount}` for the step's result.

mod en;
mod nl;

pub use crate::format::Lang;

use crate::format;
use crate::rules::trace::{Step, Val};
use crate::rules::Date;

/// One catalogue: (key, text) pairs.
pub type Catalogue = &'static [(&'static str, &'static str)];

/// The catalogue of a language.
pub fn catalogue(lang: Lang) -> Catalogue {
    match lang {
        Lang::Nl => nl::MESSAGES,
        Lang::En => en::MESSAGES,
    }
}

/// The text for `key`, if the language has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    catalogue(lang)
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, text)| *text)
}

/// The text for `key`. A missing key shows itself rather than failing, so a
/// gap is visible on the page (and the host test catches it first).
pub fn t(lang: Lang, key: &str) -> String {
    match lookup(lang, key) {
        Some(text) => text.to_string(),
        None => key.to_string(),
    }
}

/// A text that is a list, its parts separated by `|` (month abbreviations,
/// column headers, the assumptions): one entry instead of one per part.
pub fn list(lang: Lang, key: &str) -> Vec<&'static str> {
    lookup(lang, key).map_or_else(Vec::new, |text| text.split('|').collect())
}

/// Fills `{name}` placeholders in a text; unknown names stay as they are.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    crate::format::fill_with(template, |name| {
        args.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    })
}

/// The text for `key` with its placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    fill(&t(lang, key), args)
}

/// The sentence of a trace step, with the step's own numbers.
pub fn step_sentence(lang: Lang, step: &Step) -> String {
    let mut args: Vec<(&str, String)> = step
        .values
        .iter()
        .map(|(name, v)| (*name, format::val(*v, lang)))
        .collect();
    args.push(("amount", format::val(step.amount, lang)));
    tf(lang, step.key, &args)
}

/// A date as people write it: `23 november 2026` / `23 November 2026`.
pub fn date(lang: Lang, d: Date) -> String {
    tf(
        lang,
        "date.long",
        &[
            ("day", d.day.to_string()),
            ("month", t(lang, &format!("month.{}", d.month))),
            ("year", d.year.to_string()),
        ],
    )
}

/// A month and year: `juni 2027` / `June 2027`.
pub fn month_year(lang: Lang, d: Date) -> String {
    format!("{} {}", t(lang, &format!("month.{}", d.month)), d.year)
}

/// The message for a rule error, with its dates filled in.
pub fn rule_error(lang: Lang, e: &crate::rules::RuleError) -> String {
    use crate::rules::RuleError;
    match e {
        RuleError::DateTooEarly { first } => tf(lang, e.key(), &[("first", date(lang, *first))]),
        _ => t(lang, e.key()),
    }
}

/// The sentences of a notice about the date, in order (the page shows the
/// change's points as a list; the CLI joins them).
pub fn notice_parts(lang: Lang, n: &crate::rules::Notice) -> Vec<String> {
    use crate::rules::Notice;
    match *n {
        Notice::AmountsCarriedForward {
            date: on,
            parameters_from,
            ..
        } => vec![tf(
            lang,
            "notice.carried_forward",
            &[
                ("year", on.year.to_string()),
                ("from", date(lang, parameters_from)),
            ],
        )],
        Notice::EarningsRulesChange { on } => {
            let mut parts = vec![tf(lang, "notice.change", &[("date", date(lang, on))])];
            parts.extend(
                list(lang, "notice.change_points")
                    .iter()
                    .map(|p| p.to_string()),
            );
            parts.push(t(lang, "notice.change_calculator"));
            parts
        }
    }
}

/// A notice as one text (the CLI).
pub fn notice(lang: Lang, n: &crate::rules::Notice) -> String {
    notice_parts(lang, n).join(" ")
}

/// The message for a typed value that did not read.
pub fn input_error(lang: Lang, e: crate::input::InputError) -> String {
    t(lang, e.key())
}

/// A calendar month: `maart 2026` / `March 2026`.
pub fn year_month(lang: Lang, m: crate::rules::months::YearMonth) -> String {
    month_year(lang, m.first_day())
}

/// The message for a month planner error. The page's own checks come
/// first, so of these only the lags (from a link) and rule errors can show.
pub fn months_error(lang: Lang, e: &crate::rules::months::MonthsError) -> String {
    use crate::rules::months::plan::{MAX_LAG_MONTHS, MAX_PAY_LAG_MONTHS};
    use crate::rules::months::MonthsError as E;
    match e {
        E::LagOutOfRange { field } => {
            let max = if *field == "pay_lag_months" {
                MAX_PAY_LAG_MONTHS
            } else {
                MAX_LAG_MONTHS
            };
            tf(lang, e.key(), &[("max", max.to_string())])
        }
        E::Rule(r) => rule_error(lang, r),
        // Not reachable from the page (its own checks come first).
        _ => t(lang, e.key()),
    }
}

/// The message for a planner field that did not read.
pub fn planner_error(lang: Lang, e: crate::input::months::PlannerError) -> String {
    use crate::input::months::PlannerError as E;
    match e {
        E::Field { error, .. } => input_error(lang, error),
        E::ListTooLong => tf(
            lang,
            e.key(),
            &[("max", crate::rules::months::plan::MAX_MONTHS.to_string())],
        ),
        E::ListItem { position, error } => tf(
            lang,
            e.key(),
            &[
                ("n", position.to_string()),
                ("problem", input_error(lang, error)),
            ],
        ),
        E::ListItemRange { position, .. } => tf(lang, e.key(), &[("n", position.to_string())]),
        _ => t(lang, e.key()),
    }
}

/// The name of a parameter series (for the list of unconfirmed values).
pub fn param_name(lang: Lang, id: &str) -> String {
    let key = format!("param.{id}");
    match lookup(lang, &key) {
        Some(text) => text.to_string(),
        None => id.to_string(),
    }
}

/// How an unconfirmed parameter's value reads: rates as percentages.
pub fn param_value(id: &str, value: rust_decimal::Decimal) -> Val {
    if id.starts_with("tax.") || id.ends_with("_rate") {
        Val::Percent(value)
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
    fn missing_keys_show_the_key() {
        assert_eq!(t(Lang::Nl, "no.such.key"), "no.such.key");
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(date(Lang::Nl, Date::ymd(2026, 11, 23)), "23 november 2026");
        assert_eq!(date(Lang::En, Date::ymd(2026, 6, 1)), "1 June 2026");
    }
}
