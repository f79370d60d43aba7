//! Amounts, hours and percentages as people read them: `€ 1.234,56` in Dutch,
//! `€1,234.56` in English.

use crate::rules::trace::Val;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// `x` as `Decimal`'s `Display` writes it (`-1234.50`: as many digits after
/// the point as its scale). Written here because that `Display` brought its
/// own formatting code into the wasm.
pub fn plain(x: Decimal) -> String {
    plain_to(x, x.scale())
}

/// `x` with no trailing zeros (`12.5`, `16`): as links, the CLI and the
/// form's fields write a typed number.
pub fn typed(x: Decimal) -> String {
    plain(x.normalize())
}

/// `x` with exactly `places` digits after the point, as `format!("{x:.places$}")`
/// writes a `Decimal`: zeros added, or digits cut off (not rounded).
pub fn plain_to(x: Decimal, places: u32) -> String {
    // The mantissa's digits, least significant first: long division by 10
    // of its three 32-bit parts (no 128-bit division in the wasm).
    let m = x.mantissa().unsigned_abs();
    let mut parts = [(m >> 64) as u32, (m >> 32) as u32, m as u32];
    let mut digits = Vec::with_capacity(30);
    loop {
        let mut rem = 0u64;
        for part in &mut parts {
            let cur = (rem << 32) | u64::from(*part);
            *part = (cur / 10) as u32;
            rem = cur % 10;
        }
        digits.push(b'0' + rem as u8);
        if parts == [0; 3] {
            break;
        }
    }
    let scale = x.scale() as usize;
    // At least one digit before the point.
    while digits.len() <= scale {
        digits.push(b'0');
    }
    let mut out = String::with_capacity(digits.len() + places as usize + 2);
    if x.is_sign_negative() {
        out.push('-');
    }
    out.extend(digits[scale..].iter().rev().map(|&d| char::from(d)));
    if places > 0 {
        out.push('.');
        for i in 0..places as usize {
            // Digit i after the point is digits[scale - 1 - i], or 0 past them.
            let d = scale
                .checked_sub(i + 1)
                .and_then(|k| digits.get(k))
                .copied();
            out.push(char::from(d.unwrap_or(b'0')));
        }
    }
    out
}

/// Groups the integer part in threes and joins `decimals` digits.
fn grouped(x: Decimal, decimals: u32, group: char, point: char) -> String {
    let r = x.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let neg = r.is_sign_negative() && !r.is_zero();
    let text = plain_to(r.abs(), decimals);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + 6);
    if neg {
        out.push('−');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// `€ 1.234,56` (nl) or `€1,234.56` (en).
pub fn money(x: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("€ {}", grouped(x, 2, '.', ',')),
        Lang::En => format!("€{}", grouped(x, 2, ',', '.')),
    }
}

/// An amount without the euro sign, for tables headed "in euros":
/// `1.234,56` (nl) or `1,234.56` (en).
pub fn amount(x: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Nl => grouped(x, 2, '.', ','),
        Lang::En => grouped(x, 2, ',', '.'),
    }
}

/// Whole euros: `€ 1.639` (nl) or `€1,639` (en), for headline sentences.
pub fn money_whole(x: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("€ {}", grouped(x, 0, '.', ',')),
        Lang::En => format!("€{}", grouped(x, 0, ',', '.')),
    }
}

/// A plain number with up to `decimals` digits, trailing zeros dropped: `12,5`.
pub fn number(x: Decimal, decimals: u32, lang: Lang) -> String {
    let r = x.round_dp(decimals).normalize();
    let scale = r.scale();
    match lang {
        Lang::Nl => grouped(r, scale, '.', ','),
        Lang::En => grouped(r, scale, ',', '.'),
    }
}

/// `12,5 uur` / `12.5 hours`.
pub fn hours(x: Decimal, lang: Lang) -> String {
    let n = number(x, 2, lang);
    match lang {
        Lang::Nl => format!("{n} uur"),
        Lang::En if x == Decimal::ONE => format!("{n} hour"),
        Lang::En => format!("{n} hours"),
    }
}

/// Hours as people read them: whole hours and minutes, the minutes rounded
/// up to five, so "vanaf 24 uur en 5 minuten" stays true for a limit at
/// 24,02 hours: `20 uur en 45 minuten`, `24 uur`.
pub fn hours_readable(x: Decimal, lang: Lang) -> String {
    let minutes = (x * Decimal::from(60) / Decimal::from(5)).ceil() * Decimal::from(5);
    let total = i64::try_from(minutes).unwrap_or(0).max(0);
    let (h, m) = (total / 60, total % 60);
    let hours = match lang {
        Lang::Nl => format!("{h} uur"),
        Lang::En if h == 1 => "1 hour".to_string(),
        Lang::En => format!("{h} hours"),
    };
    match (m, lang) {
        (0, _) => hours,
        (m, Lang::Nl) => format!("{hours} en {m} minuten"),
        (m, Lang::En) => format!("{hours} {m} minutes"),
    }
}

/// A share as a percentage: 0.3575 → `35,75%`.
pub fn percent(x: Decimal, lang: Lang) -> String {
    format!("{}%", number(x * Decimal::ONE_HUNDRED, 3, lang))
}

/// A trace value in the language's format.
pub fn val(v: Val, lang: Lang) -> String {
    match v {
        Val::Money(m) => money(m, lang),
        Val::Percent(p) => percent(p, lang),
        Val::Hours(h) => hours(h, lang),
        Val::Count(c) => c.to_string(),
    }
}

/// A trace step's formula with its real numbers.
pub fn formula(step: &crate::rules::trace::Step, lang: Lang) -> String {
    fill_with(step.formula, |name| step.value(name).map(|v| val(v, lang)))
}

/// Fills `{name}` placeholders from `lookup`; unknown names and a lone `{`
/// stay as they are, so a gap shows rather than fails.
pub fn fill_with(template: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = &after[..close];
        match lookup(name) {
            Some(text) => out.push_str(&text),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn plain_writes_what_decimal_display_writes() {
        // Worked by hand: the mantissa's digits, the point before the last
        // `scale` of them, zeros added or digits cut off for `places`.
        assert_eq!(plain(dec!(1234.50)), "1234.50");
        assert_eq!(plain(dec!(-0.05)), "-0.05");
        assert_eq!(plain(dec!(16)), "16");
        assert_eq!(typed(dec!(12.50)), "12.5");
        assert_eq!(typed(dec!(16.00)), "16");
        assert_eq!(plain(dec!(0)), "0");
        assert_eq!(plain_to(dec!(100), 2), "100.00");
        assert_eq!(plain_to(dec!(12.345), 2), "12.34");
        assert_eq!(plain_to(dec!(0.5), 0), "0");
        // 2^96 − 1, the largest mantissa: all three parts in use.
        assert_eq!(plain(Decimal::MAX), "79228162514264337593543950335");
        assert_eq!(plain(Decimal::new(-123_456_789_012, 6)), "-123456.789012");
        // And as Decimal itself writes them, over many scales and signs.
        for (m, scale) in [
            (0i64, 3u32),
            (7, 0),
            (-7, 1),
            (1_000_000_007, 9),
            (-42, 5),
            (99_999, 2),
        ] {
            let d = Decimal::new(m, scale);
            assert_eq!(plain(d), d.to_string(), "{d}");
            for places in 0..6 {
                assert_eq!(
                    plain_to(d, places),
                    format!("{d:.*}", places as usize),
                    "{d} {places}"
                );
            }
        }
    }

    #[test]
    fn dutch_money_groups_thousands_with_dots() {
        assert_eq!(money(dec!(1234.56), Lang::Nl), "€ 1.234,56");
        assert_eq!(money(dec!(1234567.5), Lang::Nl), "€ 1.234.567,50");
        assert_eq!(money(dec!(0), Lang::Nl), "€ 0,00");
        assert_eq!(money(dec!(999.995), Lang::Nl), "€ 1.000,00");
        assert_eq!(money(dec!(-12.3), Lang::Nl), "€ −12,30");
        assert_eq!(money(dec!(100), Lang::Nl), "€ 100,00");
    }

    #[test]
    fn english_money_groups_with_commas() {
        assert_eq!(money(dec!(1234.56), Lang::En), "€1,234.56");
        assert_eq!(money_whole(dec!(1638.49), Lang::En), "€1,638");
        assert_eq!(money_whole(dec!(1638.50), Lang::Nl), "€ 1.639");
    }

    #[test]
    fn hours_and_percent_drop_trailing_zeros() {
        assert_eq!(hours(dec!(12.50), Lang::Nl), "12,5 uur");
        assert_eq!(hours(dec!(1), Lang::En), "1 hour");
        assert_eq!(hours(dec!(27.31), Lang::En), "27.31 hours");
        assert_eq!(percent(dec!(0.3575), Lang::Nl), "35,75%");
        assert_eq!(percent(dec!(0.125), Lang::En), "12.5%");
        assert_eq!(number(dec!(1500), 2, Lang::Nl), "1.500");
    }

    #[test]
    fn limits_read_as_hours_and_minutes_rounded_up_to_five() {
        // 0,75 h = 45 min; 0,02 h = 1,2 min → 5; 0,61 h = 36,6 min → 40.
        assert_eq!(
            hours_readable(dec!(20.75), Lang::Nl),
            "20 uur en 45 minuten"
        );
        assert_eq!(hours_readable(dec!(24.02), Lang::Nl), "24 uur en 5 minuten");
        assert_eq!(hours_readable(dec!(10.61), Lang::En), "10 hours 40 minutes");
        assert_eq!(hours_readable(dec!(24), Lang::Nl), "24 uur");
        assert_eq!(hours_readable(dec!(1), Lang::En), "1 hour");
        // 59,9 min rounds up to the next hour.
        assert_eq!(hours_readable(dec!(7.99), Lang::Nl), "8 uur");
    }
}
