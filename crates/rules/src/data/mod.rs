//! The parameter data, one module per topic, each value with its date, source,
//! address and confidence. The values are not written here: they are read from
//! `crates/rules/parameters/*.toml` (one file per law or regulation) by
//! `build.rs` and included below as static tables. See the README there.

pub mod exemptions;
pub mod huurtoeslag;
pub mod kindgebonden_budget;
pub mod minima;
pub mod minimum_wage;
pub mod norms;
pub mod premie;
pub mod tax;
pub mod timing;
pub mod toeslagen;
pub mod zorgtoeslag;

use super::date::Date;
use super::param::Confidence;

/// The tables generated from the parameter files.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/parameters.rs"));
}

/// `FIRST_DATE`: the first date for which every parameter is known.
/// `LAST_DATE`: the last date we have tax tables for.
/// `ALL_SERIES`, `ALL_CONSTANTS`: an index of everything read from the files.
pub use generated::{ALL_CONSTANTS, ALL_SERIES, FIRST_DATE, LAST_DATE};

/// Text number `n` of the parameter files' sources and addresses ("" for a
/// number the files did not give, which the generated tables never hold).
pub(crate) fn cite_text(n: u16) -> &'static str {
    let n = usize::from(n);
    match (generated::CITE_ENDS.get(n), generated::CITE_ENDS.get(n + 1)) {
        (Some(&start), Some(&end)) => generated::CITE_TEXT
            .get(usize::from(start)..usize::from(end))
            .unwrap_or(""),
        _ => "",
    }
}

/// One series in the index: its id, where the code finds it, and per value
/// the date, source, address and confidence (not the value: its type varies).
#[derive(Debug)]
pub struct SeriesInfo {
    pub id: &'static str,
    /// The path under `data`, e.g. `norms::SINGLE_21`.
    pub rust: &'static str,
    pub values: &'static [ValueInfo],
}

/// The date, source, address and confidence of one value of a series.
#[derive(Debug, Clone, Copy)]
pub struct ValueInfo {
    pub from: Date,
    pub source: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

/// One constant read from the parameter files (a value without a date).
#[derive(Debug, Clone, Copy)]
pub struct ConstantInfo {
    pub id: &'static str,
    /// The path under `data`, e.g. `exemptions::N_RATE`.
    pub rust: &'static str,
    pub source: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}
