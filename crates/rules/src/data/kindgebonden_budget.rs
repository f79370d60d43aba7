//! Kindgebonden budget (child budget): the amount per child, the increases
//! for children of 12 and older, the alleenstaande-ouderkop and the
//! phase-out, Wet op het kindgebonden budget art. 2 and 3.
//!
//! The values: `parameters/wet_op_het_kindgebonden_budget.toml`.

pub use super::generated::kindgebonden_budget::*;
