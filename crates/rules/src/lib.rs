//! The rules of the Participatiewet for someone on bijstand in Amsterdam who
//! works: pure Rust, nothing of the web. Two calls:
//!
//! - [`calculate`]: a [`Scenario`] in, an [`Outcome`] out — the average month,
//!   the thresholds, the curve, and the trace that explains every amount;
//! - [`months::calculate`]: a scenario and a [`months::Plan`] in, month by
//!   month out (pay, offsetting, corrections, payouts).
//!
//! Every rule value comes from the dated parameter files (`parameters/`,
//! indexed in [`data`]). The rule functions themselves are private: one file
//! per legal concept (norm, kostendelersnorm, wage, loonheffing, vrijlating,
//! bijstand, premie, months/offset).
//!
//! [`toeslagen`]: the allowances (zorgtoeslag, huurtoeslag, kindgebonden
//! budget) on the household's toetsingsinkomen, and the gross-up of bijstand
//! that the toetsingsinkomen needs.

mod bijstand;
pub mod data;
pub mod date;
mod engine;
mod kostendelersnorm;
pub mod leaving;
mod loonheffing;
mod money;
pub mod month_allowances;
pub mod months;
mod norm;
pub mod notice;
mod outcome;
mod param;
mod premie;
pub mod scenario;
mod thresholds;
pub mod toeslagen;
pub mod trace;
mod vrijlating;
mod wage;

pub use date::Date;
pub use engine::Month;
pub use notice::Notice;
pub use outcome::{calculate, prepare, Outcome, Outflow, Prepared};
pub use param::{Confidence, Dated, Series, UnconfirmedUse};
pub use scenario::{AgeGroup, Claim, Claims, Household, KortingBy, RuleError, Scenario, Scheme};
pub use thresholds::Dip;
pub use wage::WageParts;

#[cfg(test)]
mod tests;
