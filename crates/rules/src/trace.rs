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
    /// A whole number (people, months, cents per euro; may be negative).
    Count(i64),
}

/// Declares the step keys and their names (the CLI's `key`, the page's `data-key`).
macro_rules! step_keys {
    ($($variant:ident => $name:literal,)*) => {
        /// Which step of the calculation: the page has a sentence for each, in
        /// both languages (an exhaustive match, so a missing text does not compile).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum StepKey {
            $($variant,)*
        }

        impl StepKey {
            /// Every step key.
            pub const ALL: &'static [StepKey] = &[$(StepKey::$variant,)*];

            /// The key's name, e.g. `trace.net_wage`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(StepKey::$variant => $name,)*
                }
            }
        }
    };
}

step_keys! {
    Annual => "trace.annual",
    BetterOff => "trace.better_off",
    BracketTax => "trace.bracket_tax",
    ExtraHour => "trace.extra_hour",
    GrossWage => "trace.gross_wage",
    HolidayPay => "trace.holiday_pay",
    Huurtoeslag => "trace.huurtoeslag",
    HuurtoeslagNoRent => "trace.huurtoeslag_no_rent",
    HuurtoeslagNormhuur => "trace.huurtoeslag_normhuur",
    HuurtoeslagRentTooHigh => "trace.huurtoeslag_rent_too_high",
    HourlyWage => "trace.hourly_wage",
    HourlyWageMinimum => "trace.hourly_wage_minimum",
    KindgebondenBudget => "trace.kindgebonden_budget",
    KindgebondenBudgetNone => "trace.kindgebonden_budget_none",
    Kortingen => "trace.kortingen",
    KortingenAow => "trace.kortingen_aow",
    KortingenMunicipality => "trace.kortingen_municipality",
    MonthsAdvance => "trace.months.advance",
    MonthsCorrection => "trace.months.correction",
    MonthsDue => "trace.months.due",
    NetWage => "trace.net_wage",
    Norm => "trace.norm",
    NormKostendeler => "trace.norm_kostendeler",
    NormKostendelerCouple => "trace.norm_kostendeler_couple",
    NormKostendelerMixed => "trace.norm_kostendeler_mixed",
    PartnerWage => "trace.partner_wage",
    Outflow => "trace.outflow",
    OutflowNone => "trace.outflow_none",
    Premie => "trace.premie",
    PremieCapPoint => "trace.premie_cap_point",
    PremieNational => "trace.premie_national",
    PremieNoWork => "trace.premie_no_work",
    PremieOut => "trace.premie_out",
    PremieUnder27 => "trace.premie_under_27",
    PremieUserCap => "trace.premie_user_cap",
    Tax => "trace.tax",
    Toetsingsinkomen => "trace.toetsingsinkomen",
    TopUp => "trace.top_up",
    TopUpNone => "trace.top_up_none",
    Total => "trace.total",
    TotalOut => "trace.total_out",
    VrijlatingN => "trace.vrijlating_n",
    Vrijlating34a => "trace.vrijlating_34a",
    Vrijlating34aAow => "trace.vrijlating_34a_aow",
    VrijlatingNoYoungChild => "trace.vrijlating_no_young_child",
    VrijlatingNone => "trace.vrijlating_none",
    VrijlatingR => "trace.vrijlating_r",
    VrijlatingUnder27 => "trace.vrijlating_under_27",
    Zorgtoeslag => "trace.zorgtoeslag",
}

impl PartialEq<&str> for StepKey {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl core::fmt::Display for StepKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a step's rule is written: the article (or publication) in words,
/// in Dutch and in English, and its address on wetten.overheid.nl (or the
/// publication's). Every source has an address: the page shows it as a link.
/// A value from the parameter files gives its own (`Dated::citation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub nl: &'static str,
    pub en: &'static str,
    pub url: &'static str,
}

/// One step of the calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Which step: its sentence in the page's language.
    pub key: StepKey,
    /// The step's result.
    pub amount: Val,
    /// Named values; `formula` refers to them as `{name}`.
    pub values: Vec<(&'static str, Val)>,
    /// The arithmetic with placeholders, language-neutral.
    pub formula: &'static str,
    /// Article or publication the step follows.
    pub source: Source,
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
