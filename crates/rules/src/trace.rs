//! The explanation trace: one entry per step, recorded by the rule that
//! computes it, with the amounts it used; rendered by the page and the CLI.

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
    /// Article or publication the step follows, in words.
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

/// Where a rule records its step. The curve and the threshold searches use
/// `()`, which records nothing and costs nothing; the month shown uses a list.
pub trait Record {
    /// Records the step `f` builds (only called when someone listens).
    fn record(&mut self, f: impl FnOnce() -> Step);
}

impl Record for () {
    #[inline(always)]
    fn record(&mut self, _f: impl FnOnce() -> Step) {}
}

impl Record for Vec<Step> {
    fn record(&mut self, f: impl FnOnce() -> Step) {
        self.push(f());
    }
}

/// A money value for a step.
pub(crate) fn money(name: &'static str, v: Decimal) -> (&'static str, Val) {
    (name, Val::Money(v))
}
