//! Amsterdam bijverdienpremie: share of net earnings and monthly cap.
//!
//! The values: `parameters/amsterdam_bijverdienpremie.toml`.

pub use super::generated::premie::*;
