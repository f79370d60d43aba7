//! Huurtoeslag (rent allowance): the rent limits, normhuur, basishuur, the
//! subsidised shares and (from 2026) the phase-out, Wet op de huurtoeslag
//! art. 13–21.
//!
//! The values: `parameters/wet_op_de_huurtoeslag.toml`.

pub use super::generated::huurtoeslag::*;
