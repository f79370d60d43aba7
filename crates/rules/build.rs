//! Turns the parameter files (`parameters/*.toml`, one per law or regulation)
//! into static tables: `$OUT_DIR/parameters.rs`, included by `src/data/mod.rs`.
//! The files are read and checked here, at build time, so no parser ends up in
//! the crate or the wasm; a bad file stops the build with a message naming the
//! file, the series and what is wrong.
//!
//! Amounts are read as text and written as `dec!(…)` with the same digits, so
//! no floating point touches them.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "parameters/validate.rs"]
mod validate;

use validate::Entry;

type Result<T> = std::result::Result<T, String>;

/// One parameter file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    series: Vec<SeriesDef>,
    #[serde(default)]
    constants: Vec<ConstDef>,
}

/// A dated series: `Series<T>` in the code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesDef {
    id: String,
    rust: String,
    description: String,
    unit: String,
    #[serde(rename = "type")]
    kind: String,
    values: Vec<ValueDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValueDef {
    valid_from: String,
    value: toml::Value,
    /// The source in Dutch, as the Dutch page shows it.
    source: String,
    /// The same source in English, for the English page.
    source_en: String,
    /// Its address: a series value can reach the page, so it must have one.
    url: String,
    confidence: String,
}

/// A value without a date: a `const` in the code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstDef {
    id: String,
    rust: String,
    description: String,
    unit: String,
    #[serde(rename = "type")]
    kind: String,
    value: toml::Value,
    source: String,
    #[serde(default)]
    url: String,
    confidence: String,
    /// "crate" for a constant only the crate itself reads.
    #[serde(default)]
    visibility: Option<String>,
}

// The shapes of struct-valued parameters (see src/data/tax.rs and timing.rs).

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BracketsDef {
    limit1: String,
    rate1: String,
    limit2: String,
    rate2: String,
    rate3: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhaseOutDef {
    max: String,
    rate: String,
    threshold: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AkPieceDef {
    from: String,
    base: String,
    rate: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxYearDef {
    brackets: BracketsDef,
    ahk: PhaseOutDef,
    ak: Vec<AkPieceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AowTaxYearDef {
    brackets: BracketsDef,
    ahk: PhaseOutDef,
    ouderenkorting: PhaseOutDef,
    alleenstaande_ouderenkorting: String,
    ak: Vec<AkPieceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PayoutDef {
    pay_month: i64,
    last_month: i64,
    months: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgeShareDef {
    age: u32,
    share: String,
}

/// The number of pieces of the arbeidskorting (`TaxYear::ak`).
const AK_PIECES: usize = 4;

fn main() {
    if let Err(message) = run() {
        eprintln!("error in crates/rules/parameters: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let manifest =
        std::env::var("CARGO_MANIFEST_DIR").map_err(|e| format!("CARGO_MANIFEST_DIR: {e}"))?;
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let dir = Path::new(&manifest).join("parameters");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", dir.display());

    let files = toml_files(&dir)?;
    let mut out = Output::default();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
        let file: File = toml::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
        for s in &file.series {
            out.series(s)
                .map_err(|e| format!("{name}, series {:?}: {e}", s.id))?;
        }
        for c in &file.constants {
            out.constant(c)
                .map_err(|e| format!("{name}, constant {:?}: {e}", c.id))?;
        }
    }
    validate::check_unique(out.ids.iter().map(String::as_str), "id")?;
    validate::check_unique(out.paths.iter().map(String::as_str), "rust path")?;

    let code = out.finish()?;
    let target = Path::new(&out_dir).join("parameters.rs");
    std::fs::write(&target, code).map_err(|e| format!("cannot write {}: {e}", target.display()))
}

/// The `*.toml` files of the folder, by name.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(format!("no .toml files in {}", dir.display()));
    }
    Ok(files)
}

/// The generated code, per module, and what the index lists.
#[derive(Default)]
struct Output {
    /// Items per module of `src/data` ("" is `data` itself).
    modules: BTreeMap<String, String>,
    /// `SeriesInfo` entries for `ALL_SERIES`.
    series_info: String,
    /// `ConstantInfo` entries for `ALL_CONSTANTS`.
    constant_info: String,
    ids: Vec<String>,
    paths: Vec<String>,
    /// The distinct sources and addresses of the series' values, in order
    /// of first use: `CITE_TEXT` holds them all, `Cite` their numbers.
    cite_texts: Vec<String>,
    cite_numbers: BTreeMap<String, usize>,
}

impl Output {
    /// The number of `text` among the citation texts (added if new).
    fn cite(&mut self, text: &str) -> usize {
        if let Some(&n) = self.cite_numbers.get(text) {
            return n;
        }
        let n = self.cite_texts.len();
        self.cite_texts.push(text.to_string());
        self.cite_numbers.insert(text.to_string(), n);
        n
    }

    fn series(&mut self, s: &SeriesDef) -> Result<()> {
        validate::check_id(&s.id)?;
        let (module, name) = validate::split_rust_path(&s.rust)?;
        if s.description.trim().is_empty() || s.unit.trim().is_empty() {
            return Err("description and unit must not be empty".to_string());
        }
        let entries: Vec<Entry> = s
            .values
            .iter()
            .map(|v| Entry {
                valid_from: &v.valid_from,
                source: &v.source,
                url: &v.url,
                confidence: &v.confidence,
            })
            .collect();
        validate::check_series(&entries)?;

        let mut values = String::new();
        let mut infos = String::new();
        let mut ty = None;
        for v in &s.values {
            let ctx = |e: String| format!("value from {}: {e}", v.valid_from);
            let (value_ty, value) = series_value(&s.kind, &v.value).map_err(ctx)?;
            if ty.as_ref().is_some_and(|t| *t != value_ty) {
                return Err(ctx("its shape differs from the earlier values".to_string()));
            }
            ty = Some(value_ty);
            let meta = Meta::new(&v.valid_from, &v.source, &v.url, &v.confidence).map_err(ctx)?;
            validate::check_cited(&v.source_en, &v.url).map_err(ctx)?;
            let (nl, en, url) = (
                self.cite(&v.source),
                self.cite(&v.source_en),
                self.cite(&v.url),
            );
            let _ = writeln!(
                values,
                "        crate::param::Dated {{ from: {}, value: {value}, cite: crate::param::Cite {{ source: {nl}, source_en: {en}, url: {url} }}, confidence: {} }},",
                meta.date, meta.confidence
            );
            let _ = writeln!(
                infos,
                "        crate::data::ValueInfo {{ from: {}, source: {:?}, url: {:?}, confidence: {} }},",
                meta.date, v.source, v.url, meta.confidence
            );
        }
        let ty = ty.ok_or_else(|| "the series has no values".to_string())?;
        let item = format!(
            "#[doc = {:?}]\n#[doc = \"\"]\n#[doc = {:?}]\npub static {name}: crate::param::Series<{ty}> = crate::param::Series {{\n    id: {:?},\n    values: &[\n{values}    ],\n}};\n\n",
            s.description.trim(),
            format!("Unit: {}.", s.unit.trim()),
            s.id
        );
        self.modules
            .entry(module.to_string())
            .or_default()
            .push_str(&item);
        let _ = writeln!(
            self.series_info,
            "    crate::data::SeriesInfo {{ id: {:?}, rust: {:?}, values: &[\n{infos}    ] }},",
            s.id, s.rust
        );
        self.ids.push(s.id.clone());
        self.paths.push(s.rust.clone());
        Ok(())
    }

    fn constant(&mut self, c: &ConstDef) -> Result<()> {
        validate::check_id(&c.id)?;
        let (module, name) = validate::split_rust_path(&c.rust)?;
        if c.description.trim().is_empty() || c.unit.trim().is_empty() {
            return Err("description and unit must not be empty".to_string());
        }
        validate::check_source(&c.source)?;
        validate::check_url(&c.url)?;
        let confidence = format!(
            "crate::param::Confidence::{}",
            validate::confidence_variant(&c.confidence)?
        );
        let visibility = match c.visibility.as_deref() {
            None => "pub",
            Some("crate") => "pub(crate)",
            Some(other) => return Err(format!("visibility {other:?} is not \"crate\"")),
        };
        let (ty, value) = constant_value(&c.kind, &c.value)?;
        let item = format!(
            "#[doc = {:?}]\n#[doc = \"\"]\n#[doc = {:?}]\n{visibility} const {name}: {ty} = {value};\n\n",
            c.description.trim(),
            format!("Unit: {}. Source: {}.", c.unit.trim(), c.source.trim()),
        );
        self.modules
            .entry(module.to_string())
            .or_default()
            .push_str(&item);
        let _ = writeln!(
            self.constant_info,
            "    crate::data::ConstantInfo {{ id: {:?}, rust: {:?}, source: {:?}, url: {:?}, confidence: {confidence} }},",
            c.id, c.rust, c.source, c.url
        );
        self.ids.push(c.id.clone());
        self.paths.push(c.rust.clone());
        Ok(())
    }

    fn finish(self) -> Result<String> {
        let mut code = String::from(
            "// Generated by crates/rules/build.rs from crates/rules/parameters/*.toml.\n\
             // Do not edit: change the parameter files.\n\n",
        );
        // One string and where each text ends: three `&str` per value were
        // 24 bytes of addresses that gzip barely shrinks (1.0 KB gzip in all).
        let mut ends = vec![0usize];
        for t in &self.cite_texts {
            ends.push(ends.last().copied().unwrap_or(0) + t.len());
        }
        if ends.last().copied().unwrap_or(0) > usize::from(u16::MAX) {
            return Err("the sources and addresses are over 64 KB: make CITE_ENDS u32".to_string());
        }
        let _ = write!(
            code,
            "/// The sources and addresses of the series' values, one after the other.\n\
             pub(crate) static CITE_TEXT: &str = {:?};\n\n\
             /// Where each text in `CITE_TEXT` ends (and the next starts).\n\
             pub(crate) static CITE_ENDS: [u16; {}] = {:?};\n\n",
            self.cite_texts.concat(),
            ends.len(),
            ends
        );
        for (module, items) in &self.modules {
            if module.is_empty() {
                code.push_str(items);
            } else {
                let _ = write!(code, "pub mod {module} {{\n{items}}}\n\n");
            }
        }
        let _ = write!(
            code,
            "/// Every series, with the date, source, url and confidence of each value.\n\
             pub static ALL_SERIES: &[crate::data::SeriesInfo] = &[\n{}];\n\n\
             /// Every constant read from the parameter files, with its source.\n\
             pub static ALL_CONSTANTS: &[crate::data::ConstantInfo] = &[\n{}];\n",
            self.series_info, self.constant_info
        );
        Ok(code)
    }
}

/// A value's date and confidence as Rust.
struct Meta {
    date: String,
    confidence: String,
}

impl Meta {
    fn new(valid_from: &str, source: &str, url: &str, confidence: &str) -> Result<Self> {
        let (y, m, d) = validate::check_entry(&Entry {
            valid_from,
            source,
            url,
            confidence,
        })?;
        Ok(Meta {
            date: date(y, m, d),
            confidence: format!(
                "crate::param::Confidence::{}",
                validate::confidence_variant(confidence)?
            ),
        })
    }
}

fn date(y: i32, m: u8, d: u8) -> String {
    format!("crate::date::Date::ymd({y}, {m}, {d})")
}

/// `dec!(…)` with the digits of the file.
fn dec(text: &str) -> Result<String> {
    validate::check_decimal(text)?;
    Ok(format!("::rust_decimal_macros::dec!({text})"))
}

fn typed<T: serde::de::DeserializeOwned>(value: &toml::Value, kind: &str) -> Result<T> {
    value
        .clone()
        .try_into()
        .map_err(|e| format!("value does not have the shape of a {kind:?}: {e}"))
}

fn text<'a>(value: &'a toml::Value, what: &str) -> Result<&'a str> {
    value.as_str().ok_or_else(|| {
        format!("{what} must be text, like value = \"1234.56\" (amounts are text so no rounding touches them), not {}", shown(value))
    })
}

/// A value as a message shows it: `the number 1234.56`, `a table`.
fn shown(value: &toml::Value) -> String {
    match value {
        toml::Value::Integer(n) => format!("the number {n}"),
        toml::Value::Float(x) => format!("the number {x}"),
        toml::Value::String(s) => format!("the text {s:?}"),
        other => format!("a {}", other.type_str()),
    }
}

/// The Rust type and expression of one value of a series.
fn series_value(kind: &str, value: &toml::Value) -> Result<(String, String)> {
    match kind {
        "decimal" => Ok(("::rust_decimal::Decimal".into(), dec(text(value, "value")?)?)),
        "tax_year" => {
            let t: TaxYearDef = typed(value, kind)?;
            Ok((
                "crate::data::tax::TaxYear".into(),
                format!(
                    "crate::data::tax::TaxYear {{ brackets: {}, ahk: {}, ak: {} }}",
                    brackets(&t.brackets)?,
                    phase_out(&t.ahk)?,
                    ak_pieces(&t.ak)?
                ),
            ))
        }
        "aow_tax_year" => {
            let t: AowTaxYearDef = typed(value, kind)?;
            Ok((
                "crate::data::tax::AowTaxYear".into(),
                format!(
                    "crate::data::tax::AowTaxYear {{ brackets: {}, ahk: {}, ouderenkorting: {}, alleenstaande_ouderenkorting: {}, ak: {} }}",
                    brackets(&t.brackets)?,
                    phase_out(&t.ahk)?,
                    phase_out(&t.ouderenkorting)?,
                    dec(&t.alleenstaande_ouderenkorting)?,
                    ak_pieces(&t.ak)?
                ),
            ))
        }
        "payout" => {
            let p: PayoutDef = typed(value, kind)?;
            Ok(("crate::data::timing::Payout".into(), payout(&p)?))
        }
        "payouts" => {
            let list: Vec<PayoutDef> = typed(value, kind)?;
            if list.is_empty() {
                return Err("a list of payouts must not be empty".to_string());
            }
            let items = list.iter().map(payout).collect::<Result<Vec<_>>>()?;
            Ok((
                format!("[crate::data::timing::Payout; {}]", items.len()),
                format!("[{}]", items.join(", ")),
            ))
        }
        other => Err(format!(
            "type {other:?} is not one of \"decimal\", \"tax_year\", \"aow_tax_year\", \"payout\", \"payouts\""
        )),
    }
}

/// The Rust type and expression of a constant.
fn constant_value(kind: &str, value: &toml::Value) -> Result<(String, String)> {
    let integer = || {
        value
            .as_integer()
            .ok_or_else(|| format!("value must be a whole number, not {}", shown(value)))
    };
    match kind {
        "decimal" => Ok(("::rust_decimal::Decimal".into(), dec(text(value, "value")?)?)),
        "u32" => {
            let n = u32::try_from(integer()?).map_err(|e| format!("value: {e}"))?;
            Ok(("u32".into(), n.to_string()))
        }
        "i64" => Ok(("i64".into(), integer()?.to_string())),
        "date" => {
            let (y, m, d) = validate::parse_date(text(value, "value")?)?;
            Ok(("crate::date::Date".into(), date(y, m, d)))
        }
        "months" => {
            let list: Vec<i64> = typed(value, kind)?;
            let months = list
                .iter()
                .map(|m| validate::check_month(*m).map(|m| m.to_string()))
                .collect::<Result<Vec<_>>>()?;
            Ok((
                format!("[u8; {}]", months.len()),
                format!("[{}]", months.join(", ")),
            ))
        }
        "shares_by_age" => {
            let list: Vec<AgeShareDef> = typed(value, kind)?;
            validate::check_unique(
                list.iter().map(|a| a.age.to_string()).collect::<Vec<_>>().iter().map(String::as_str),
                "age",
            )?;
            let items = list
                .iter()
                .map(|a| Ok(format!("({}, {})", a.age, dec(&a.share)?)))
                .collect::<Result<Vec<_>>>()?;
            Ok((
                format!("[(u32, ::rust_decimal::Decimal); {}]", items.len()),
                format!("[{}]", items.join(", ")),
            ))
        }
        other => Err(format!(
            "type {other:?} is not one of \"decimal\", \"u32\", \"i64\", \"date\", \"months\", \"shares_by_age\""
        )),
    }
}

/// The arbeidskorting table: exactly four pieces.
fn ak_pieces(ak: &[AkPieceDef]) -> Result<String> {
    if ak.len() != AK_PIECES {
        return Err(format!(
            "ak has {} pieces; the arbeidskorting has {AK_PIECES}",
            ak.len()
        ));
    }
    let pieces = ak
        .iter()
        .map(|p| {
            Ok(format!(
                "crate::data::tax::AkPiece {{ from: {}, base: {}, rate: {} }}",
                dec(&p.from)?,
                dec(&p.base)?,
                dec(&p.rate)?
            ))
        })
        .collect::<Result<Vec<_>>>()?
        .join(", ");
    Ok(format!("[{pieces}]"))
}

fn brackets(b: &BracketsDef) -> Result<String> {
    Ok(format!(
        "crate::data::tax::Brackets {{ limit1: {}, rate1: {}, limit2: {}, rate2: {}, rate3: {} }}",
        dec(&b.limit1)?,
        dec(&b.rate1)?,
        dec(&b.limit2)?,
        dec(&b.rate2)?,
        dec(&b.rate3)?
    ))
}

fn phase_out(p: &PhaseOutDef) -> Result<String> {
    Ok(format!(
        "crate::data::tax::PhaseOut {{ max: {}, rate: {}, threshold: {} }}",
        dec(&p.max)?,
        dec(&p.rate)?,
        dec(&p.threshold)?
    ))
}

fn payout(p: &PayoutDef) -> Result<String> {
    let months = u8::try_from(p.months)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| format!("months {} is not 1–12", p.months))?;
    Ok(format!(
        "crate::data::timing::Payout {{ pay_month: {}, last_month: {}, months: {months} }}",
        validate::check_month(p.pay_month)?,
        validate::check_month(p.last_month)?
    ))
}
