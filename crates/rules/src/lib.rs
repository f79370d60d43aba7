//! The rules: pure, no UI or browser types. A scenario in, an outcome out.

pub mod bijstand;
pub mod data;
pub mod date;
pub mod engine;
pub mod loonheffing;
pub mod money;
pub mod months;
pub mod norm;
pub mod notice;
pub mod outcome;
pub mod param;
pub mod premie;
pub mod scenario;
pub mod thresholds;
pub mod trace;
pub mod vrijlating;
pub mod wage;

pub use date::Date;
pub use notice::Notice;
pub use outcome::{calculate, Outcome};
pub use scenario::{AgeGroup, Household, KortingBy, RuleError, Scenario, Scheme};
