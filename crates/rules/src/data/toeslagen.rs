//! What the allowances share: the drempelinkomen (Wet op het kindgebonden
//! budget art. 1 onder d; Wet op de zorgtoeslag art. 1 onder f) and the
//! minimum amount per year below which no toeslag is paid (Awir).
//!
//! The values: `parameters/wet_op_het_kindgebonden_budget.toml` and
//! `parameters/algemene_wet_inkomensafhankelijke_regelingen.toml`.

pub use super::generated::toeslagen::*;
