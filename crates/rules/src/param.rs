//! Dated, sourced parameter values: the data every rule reads.
//!
//! A value holds from its `from` date until the next entry of the same series.
//! `Confidence::Unconfirmed` values are reported in every outcome that used them.

use super::date::Date;
use rust_decimal::Decimal;

/// How sure we are of a value (see `parameters/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Law text or the ministry's own letter.
    High,
    /// A reliable secondary source, or two that agree.
    Medium,
    /// One weak source.
    Low,
    /// Not confirmed: the page must say so where it is used.
    Unconfirmed,
}

impl Confidence {
    pub fn code(self) -> &'static str {
        match self {
            Confidence::High => "H",
            Confidence::Medium => "M",
            Confidence::Low => "L",
            Confidence::Unconfirmed => "?",
        }
    }
}

/// One value of a series, valid from a date.
#[derive(Debug, Clone, Copy)]
pub struct Dated<T: 'static> {
    pub from: Date,
    pub value: T,
    /// Where it is published: read with `source`, `source_en` and `url`.
    pub cite: Cite,
    pub confidence: Confidence,
}

/// The numbers of a value's source texts among all of them (`data::cite_text`):
/// 6 bytes a value where three `&str` were 24.
#[derive(Debug, Clone, Copy)]
pub struct Cite {
    pub source: u16,
    pub source_en: u16,
    pub url: u16,
}

impl<T> Dated<T> {
    /// The law article or publication, as a reader can look it up (Dutch).
    pub fn source(&self) -> &'static str {
        crate::data::cite_text(self.cite.source)
    }

    /// The same source in English.
    pub fn source_en(&self) -> &'static str {
        crate::data::cite_text(self.cite.source_en)
    }

    /// Its address (wetten.overheid.nl where there is one; never empty).
    pub fn url(&self) -> &'static str {
        crate::data::cite_text(self.cite.url)
    }

    /// Where this value is published, for a step's "Bron"/"Source" line.
    pub fn citation(&self) -> crate::trace::Source {
        crate::trace::Source {
            nl: self.source(),
            en: self.source_en(),
            url: self.url(),
        }
    }
}

/// A named series of dated values, oldest first.
#[derive(Debug)]
pub struct Series<T: 'static> {
    pub id: &'static str,
    pub values: &'static [Dated<T>],
}

impl<T> Series<T> {
    /// The entry in force on `date`, or `None` before the first entry.
    pub fn at(&self, date: Date) -> Option<&'static Dated<T>> {
        self.values.iter().rev().find(|d| d.from <= date)
    }
}

/// A parameter value that was used and is not confirmed (shown on screen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnconfirmedUse {
    pub id: &'static str,
    pub from: Date,
    pub value: Decimal,
}

/// Collects the unconfirmed values a calculation used, without duplicates,
/// and the newest valid-from date among all values used.
#[derive(Debug, Default, Clone)]
pub struct Usage {
    pub unconfirmed: Vec<UnconfirmedUse>,
    /// The latest `from` of any value used: "the amounts of 1 July 2026".
    pub latest_from: Option<Date>,
}

impl Usage {
    pub fn note<T>(&mut self, id: &'static str, d: &Dated<T>, value: Decimal) {
        self.latest_from = self.latest_from.max(Some(d.from));
        self.note_rule(id, d, value);
    }

    /// Notes a value of a rule set that starts on a date (such as art. 34a
    /// from 2027): flagged when unconfirmed, but not an "amount" for
    /// `latest_from` (the amounts carried forward are what the page names).
    pub fn note_rule<T>(&mut self, id: &'static str, d: &Dated<T>, value: Decimal) {
        if d.confidence == Confidence::Unconfirmed
            && !self
                .unconfirmed
                .iter()
                .any(|u| u.id == id && u.from == d.from)
        {
            self.unconfirmed.push(UnconfirmedUse {
                id,
                from: d.from,
                value,
            });
        }
    }
}
