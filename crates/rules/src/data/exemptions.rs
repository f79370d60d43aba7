//! Income exemptions, art. 31 lid 2 n (general) and r (single parent).
//!
//! The values: `parameters/participatiewet.toml`.

pub use super::generated::exemptions::*;
