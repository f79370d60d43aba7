//! The explanation trace: one entry per step, rendered by the page and the CLI.

use rust_decimal::Decimal;

/// A value shown in a step's formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Val {
    Money(Decimal),
    /// A share, e.g. 0.25 for 25%.
    Percent(Decimal),
    Hours(Decimal),
    Count(u32),
}

/// One step of the calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Message key of the step's sentence (`trace.*`).
    pub key: &'static str,
    /// The step's result.
    pub amount: Val,
    /// Named values; `formula` refers to them as `{name}`.
    pub values: Vec<(&'static str, Val)>,
    /// The arithmetic with placeholders, language-neutral.
    pub formula: &'static str,
    /// Article or publication the step follows.
    pub source: &'static str,
}

impl Step {
    pub fn value(&self, name: &str) -> Option<Val> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }
}
