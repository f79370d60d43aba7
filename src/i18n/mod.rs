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
        RuleError::DateTooLate { last } => tf(lang, e.key(), &[("last", date(lang, *last))]),
        _ => t(lang, e.key()),
    }
}

/// The message for a typed value that did not read.
pub fn input_error(lang: Lang, e: crate::input::InputError) -> String {
    t(lang, e.key())
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
