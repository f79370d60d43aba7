//! The parameter data, one module per topic, each value with its date, source,
//! address and confidence. The values are not written here: they are read from
//! `crates/rules/parameters/*.toml` (one file per law or regulation) by
//! `build.rs` and included below as static tables. See the README there.

pub mod exemptions;
pub mod minimum_wage;
pub mod norms;
pub mod premie;
pub mod tax;
pub mod timing;

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

/// The series ids the page names (`param.<id>` in its texts). The root
/// `tests/i18n.rs` finds parameter ids by reading `id: "…"` lines in this
/// crate's source; since the values moved to data files, this list keeps
/// those lines. The unit test below keeps it equal to `ALL_SERIES`.
macro_rules! series_ids {
    ($(id: $id:literal,)*) => {
        #[cfg(test)]
        const SERIES_IDS: &[&str] = &[$($id),*];
    };
}

series_ids! {
    id: "norm.single_21",
    id: "norm.couple_21",
    id: "norm.single_aow",
    id: "norm.couple_aow",
    id: "norm.youth_single",
    id: "norm.youth_couple",
    id: "norm.youth_couple_children",
    id: "norm.mixed_couple",
    id: "norm.mixed_couple_children",
    id: "norm.mixed_kostendeler_children_part",
    id: "vrijlating.n_cap",
    id: "vrijlating.r_cap",
    id: "wml.hourly_21",
    id: "premie.amsterdam_rate",
    id: "premie.amsterdam_cap",
    id: "premie.experiment_rate",
    id: "premie.experiment_cap",
    id: "tax.regular",
    id: "tax.aow",
    id: "bijstand.holiday_allowance_rate",
    id: "bijstand.holiday_allowance_payout",
    id: "wage.holiday_pay_payout",
    id: "premie.payout_months",
}

#[cfg(test)]
mod tests {
    use super::{ALL_SERIES, SERIES_IDS};
    use std::collections::BTreeSet;

    #[test]
    fn the_listed_ids_are_the_generated_series() {
        let listed: BTreeSet<&str> = SERIES_IDS.iter().copied().collect();
        let generated: BTreeSet<&str> = ALL_SERIES.iter().map(|s| s.id).collect();
        assert_eq!(listed.len(), SERIES_IDS.len(), "an id is listed twice");
        assert_eq!(
            listed, generated,
            "src/data/mod.rs series_ids! must list every series of parameters/*.toml"
        );
    }
}
