//! Amsterdam's schemes for low incomes that change when bijstand stops: the
//! Stadspas limit and the uitstroompremie.
//!
//! The values: `parameters/amsterdam_minima.toml`.

pub use super::generated::minima::*;
