//! Bijstand norms per calendar month, incl. 5% holiday allowance (art. 19 lid 3).
//!
//! The values: `parameters/participatiewet.toml`.

pub use super::generated::norms::*;
