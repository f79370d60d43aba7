//! The checks `build.rs` runs on the parameter files before it writes any
//! Rust. Plain `std`, no parser: `build.rs` includes this file with `#[path]`,
//! and `tests/parameter_validator.rs` includes it too, to test the checks.
//!
//! Every function returns `Err` with a sentence a maintainer can act on; the
//! build script adds the file name and the series id in front of it.

/// The Rust modules under `src/data/` that take generated items (each one
/// re-exports its part of the generated file). An empty module means
/// `src/data/mod.rs` itself.
pub const MODULES: &[&str] = &[
    "",
    "norms",
    "exemptions",
    "minimum_wage",
    "minima",
    "premie",
    "tax",
    "timing",
    "toeslagen",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
];

/// The confidence codes and the `Confidence` variant each one becomes.
pub const CONFIDENCE: &[(&str, &str)] = &[
    ("H", "High"),
    ("M", "Medium"),
    ("L", "Low"),
    ("?", "Unconfirmed"),
];

/// One dated value of a series, as written in the file.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub valid_from: &'a str,
    pub source: &'a str,
    pub url: &'a str,
    pub confidence: &'a str,
}

/// A calendar date `YYYY-MM-DD` as (year, month, day), or why it is not one.
pub fn parse_date(text: &str) -> Result<(i32, u8, u8), String> {
    let bad = || format!("date {text:?} is not a date written as YYYY-MM-DD");
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    if !(y.chars().chain(m.chars()).chain(d.chars())).all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return Err(bad());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("date {text:?} has no month {m}")),
    };
    if d == 0 || d > days {
        return Err(format!("date {text:?} has no day {d} in month {m}"));
    }
    Ok((y, m, d))
}

/// An amount or share written as decimal text: `1234.56`, `-0.0651`, `13`.
/// Amounts are strings in the files so that no floating point touches them.
pub fn check_decimal(text: &str) -> Result<(), String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(whole) || frac.is_some_and(|f| !all_digits(f)) {
        return Err(format!(
            "{text:?} is not a decimal number (write it as text like \"1234.56\")"
        ));
    }
    if whole.len() + frac.map_or(0, str::len) > 28 {
        return Err(format!("{text:?} has more digits than a Decimal holds"));
    }
    Ok(())
}

/// The `Confidence` variant for a code, or why the code is not one.
pub fn confidence_variant(code: &str) -> Result<&'static str, String> {
    CONFIDENCE
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("confidence {code:?} is not one of \"H\", \"M\", \"L\", \"?\""))
}

/// A parameter id: lowercase words joined by dots, like `norm.single_21`.
pub fn check_id(id: &str) -> Result<(), String> {
    let ok = id.contains('.')
        && id.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "id {id:?} must be lowercase words joined by dots, like \"norm.single_21\""
        ))
    }
}

/// Where the code finds an item: `module::NAME` or `NAME` (for `data` itself).
/// Returns (module, name).
pub fn split_rust_path(path: &str) -> Result<(&str, &str), String> {
    let (module, name) = path.rsplit_once("::").unwrap_or(("", path));
    if !MODULES.contains(&module) {
        return Err(format!(
            "rust = {path:?}: module {module:?} is not one of {:?}",
            &MODULES[1..]
        ));
    }
    let upper = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
    if name.is_empty() || !name.chars().all(upper) || name.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(format!(
            "rust = {path:?}: {name:?} is not an UPPER_CASE Rust name"
        ));
    }
    Ok((module, name))
}

/// A web address, if there is one: it must be an https address.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.is_empty() || (url.starts_with("https://") && !url.contains(char::is_whitespace)) {
        Ok(())
    } else {
        Err(format!(
            "url {url:?} must be an https:// address without spaces"
        ))
    }
}

/// A source: a title a reader can look up, never empty.
pub fn check_source(source: &str) -> Result<(), String> {
    if source.trim().is_empty() {
        Err("source is empty: name the law article or publication".to_string())
    } else {
        Ok(())
    }
}

/// A source a citizen can check on the page: named in English too, with an
/// address (a series value can reach the page's "Bron"/"Source" line).
pub fn check_cited(source_en: &str, url: &str) -> Result<(), String> {
    if source_en.trim().is_empty() {
        return Err("source_en is empty: name the source in English too".to_string());
    }
    if url.is_empty() {
        return Err(
            "url is empty: give the address where a reader can check the value".to_string(),
        );
    }
    check_url(url)
}

/// One value's date, source, url and confidence; returns the parsed date.
pub fn check_entry(entry: &Entry) -> Result<(i32, u8, u8), String> {
    let date = parse_date(entry.valid_from)?;
    check_source(entry.source)?;
    check_url(entry.url)?;
    confidence_variant(entry.confidence)?;
    Ok(date)
}

/// A whole series: at least one value, each valid, dates strictly increasing.
pub fn check_series(entries: &[Entry]) -> Result<(), String> {
    if entries.is_empty() {
        return Err("the series has no values".to_string());
    }
    let mut previous: Option<((i32, u8, u8), &str)> = None;
    for entry in entries {
        let date =
            check_entry(entry).map_err(|e| format!("value from {}: {e}", entry.valid_from))?;
        if let Some((before, text)) = previous {
            if date <= before {
                return Err(format!(
                    "valid_from {} does not come after {text}: values must be oldest first, one per date",
                    entry.valid_from
                ));
            }
        }
        previous = Some((date, entry.valid_from));
    }
    Ok(())
}

/// Calendar months (1–12), as in a payout or the payment months.
pub fn check_month(month: i64) -> Result<u8, String> {
    match u8::try_from(month) {
        Ok(m @ 1..=12) => Ok(m),
        _ => Err(format!("month {month} is not 1–12")),
    }
}

/// Every id and every Rust path appears once over all files.
pub fn check_unique<'a>(
    names: impl IntoIterator<Item = &'a str>,
    what: &str,
) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for name in names {
        if !seen.insert(name) {
            return Err(format!("{what} {name:?} is used twice"));
        }
    }
    Ok(())
}
