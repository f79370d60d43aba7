//! Zorgtoeslag (healthcare allowance): the standaardpremie and the
//! percentages of the normpremie, Wet op de zorgtoeslag art. 2 and 4.
//!
//! The values: `parameters/wet_op_de_zorgtoeslag.toml`.

pub use super::generated::zorgtoeslag::*;
