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

/// Fills in a formula template with formatted values.
pub fn fill(template: &str, values: &[(&'static str, Val)], fmt: impl Fn(Val) -> String) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(&fmt(*v)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
