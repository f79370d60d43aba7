//! Steps 2–3: gross wage, holiday pay and net wage, as the bijstand counts
//! them (net: Participatiewet art. 31 lid 3; holiday pay with the wage it is
//! built up on: art. 32 lid 2), <https://wetten.overheid.nl/BWBR0015703>.
//! The wage tax itself is in `loonheffing`.

use super::data::minimum_wage::{youth_share, ADULT_HOURLY, HOLIDAY_PAY_RATE};
use super::data::tax::{AOW, REGULAR};
use super::money::{dec, round_div, share_of, units};
use super::param::Usage;
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use super::trace::{money, Record, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

use super::loonheffing::Parts;
pub use super::loonheffing::{AnnualTax, Tax, TaxRules};

const GROSS: Source = Source {
    nl: "Participatiewet, artikel 32 lid 1 (inkomsten uit arbeid); een maand is 52/12 weken",
    en: "Participatiewet, article 32(1) (income from work); a month is 52/12 weeks",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=32",
};
const HOLIDAY: Source = Source {
    nl: "Wet minimumloon, artikel 15 (vakantiebijslag); Participatiewet, artikel 32 lid 2",
    en: "Minimum Wage Act, article 15 (holiday pay); Participatiewet, article 32(2)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=15",
};
const ANNUAL: Source = Source {
    nl: "Wet op de loonbelasting 1964 (loon per jaar: 12 keer het loon per maand)",
    en: "Wage Tax Act 1964 (yearly wage: 12 times the monthly wage)",
    url: "https://wetten.overheid.nl/BWBR0002471",
};
const MIDDELEN: Source = Source {
    nl: "Participatiewet, artikel 31 lid 3 (het netto inkomen telt)",
    en: "Participatiewet, article 31(3) (net income counts)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=31",
};
const MINIMUM: Source = Source {
    nl: "Wet minimumloon en minimumvakantiebijslag (het minimumloon per uur)",
    en: "Minimum Wage Act (the minimum wage per hour)",
    url: "https://wetten.overheid.nl/BWBR0002638",
};
/// A wage the user typed: their own input; the law only says it counts.
const OWN_INPUT: Source = Source {
    nl: "Uw eigen invoer. Loon telt mee als inkomen: Participatiewet, artikel 32 lid 1",
    en: "Your own input. A wage counts as income: Participatiewet, article 32(1)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=32",
};

/// Everything between hours and net wage for one month (averages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WageParts {
    /// G: hours × 52/12 × hourly wage.
    pub gross_base: Decimal,
    /// Hp: 8% holiday pay on G.
    pub holiday_pay: Decimal,
    /// G + Hp.
    pub gross: Decimal,
    /// Y = 12 × (G + Hp).
    pub annual: Decimal,
    pub bracket_tax: Decimal,
    pub ahk: Decimal,
    pub ak: Decimal,
    /// Ouderenkorting plus alleenstaande ouderenkorting (AOW age only).
    pub ouderenkorting: Decimal,
    /// Yearly tax withheld, in cents.
    pub tax: Decimal,
    /// W: net wage per month.
    pub net: Decimal,
}

/// Resolves the tax tables for the scenario's year and age.
pub fn tax_rules(s: &Scenario, usage: &mut Usage) -> Result<TaxRules, RuleError> {
    let regular = REGULAR
        .at(s.date)
        .ok_or(RuleError::MissingParameter { id: REGULAR.id })?;
    if s.age == AgeGroup::Aow {
        let d = AOW
            .at(s.date)
            .ok_or(RuleError::MissingParameter { id: AOW.id })?;
        usage.note(AOW.id, d, d.value.brackets.rate1);
        let single = s.household != Household::Couple;
        Ok(TaxRules::Aow {
            year: &d.value,
            single,
        })
    } else {
        usage.note(REGULAR.id, regular, regular.value.brackets.rate1);
        Ok(TaxRules::Regular(&regular.value))
    }
}

/// The minimum wage per hour for the earner's age on the date (Wet minimumloon).
pub fn minimum_hourly(s: &Scenario, usage: &mut Usage) -> Result<Decimal, RuleError> {
    let d = ADULT_HOURLY.at(s.date).ok_or(RuleError::MissingParameter {
        id: ADULT_HOURLY.id,
    })?;
    usage.note(ADULT_HOURLY.id, d, d.value);
    let share = match s.age {
        AgeGroup::Youth => youth_share(s.age_years.unwrap_or(20)),
        _ => Decimal::ONE,
    };
    Ok(crate::money::cents(d.value * share))
}

/// The hourly wage as the rules use it: in units of €0.0001.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hourly {
    pub wage: Decimal,
    pub is_minimum: bool,
    units: i64,
    /// The holiday pay rate in units of 0.00001.
    holiday: i64,
}

impl Hourly {
    pub fn new(wage: Decimal, is_minimum: bool) -> Hourly {
        Hourly {
            wage,
            is_minimum,
            units: units(wage, 4),
            holiday: units(HOLIDAY_PAY_RATE, 5),
        }
    }

    /// Records which hourly wage is used.
    fn record(&self, rec: &mut impl Record) {
        rec.record(|| Step {
            key: if self.is_minimum {
                StepKey::HourlyWageMinimum
            } else {
                StepKey::HourlyWage
            },
            amount: Val::Money(self.wage),
            values: vec![money("wage", self.wage)],
            formula: "{wage}",
            source: if self.is_minimum { MINIMUM } else { OWN_INPUT },
        });
    }
}

/// How long the hours are worked over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// Hours a week: a month has 52/12 weeks.
    Week,
    /// Hours in the month itself.
    Month,
}

/// Step 2: the gross wage of a month in cents for `hundredths` of an hour.
pub fn gross_cents(hundredths: i64, hourly: &Hourly, per: Per) -> i64 {
    match per {
        // k/100 × 52/12 × hourly/10^4 euro = k × 52 × hourly / 120000 cents.
        Per::Week => round_div(hundredths * 52 * hourly.units, 120_000),
        // k/100 × hourly/10^4 euro = k × hourly / 10^4 cents.
        Per::Month => round_div(hundredths * hourly.units, 10_000),
    }
}

/// Step 2: the holiday pay built up on a gross wage (8%, Wet minimumloon art. 15).
pub fn holiday_pay_cents(gross: i64) -> i64 {
    share_of(units(HOLIDAY_PAY_RATE, 5), gross)
}

impl Hourly {
    /// `holiday_pay_cents` with the rate read once.
    fn holiday_pay(&self, gross: i64) -> i64 {
        share_of(self.holiday, gross)
    }
}

/// Step 3: the net of one pay period of `gross` cents (holiday pay
/// included), the tax worked out on `periods` × the payment as the payroll
/// tables do: net = (yearly wage − tax) / periods. Returns the yearly tax
/// with its parts and the net in cents.
pub fn net_cents(
    tax: &Tax,
    gross: i64,
    periods: i64,
    korting: bool,
    rec: &mut impl Record,
) -> (AnnualTax, i64) {
    let y = gross * periods;
    let (t, tax_cents) = tax.annual(y, korting, rec);
    let net = round_div(y - tax_cents, periods.max(1));
    (t, net)
}

/// Steps 2–3 in whole numbers (the parts of `WageParts`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WageCents {
    pub(crate) g: i64,
    pub(crate) hp: i64,
    pub(crate) y: i64,
    tax: Parts,
    /// W: net wage per month.
    pub(crate) w: i64,
}

impl WageCents {
    pub(crate) fn parts(&self) -> WageParts {
        let t = self.tax.to_annual();
        WageParts {
            gross_base: dec(self.g),
            holiday_pay: dec(self.hp),
            gross: dec(self.g + self.hp),
            annual: dec(self.y),
            bracket_tax: t.bracket,
            ahk: t.ahk,
            ak: t.ak,
            ouderenkorting: t.ouderenkorting,
            tax: t.tax,
            net: dec(self.w),
        }
    }
}

/// Steps 2–3 for `hundredths` of an hour a week (`hours` as shown), recording each step.
pub(crate) fn wage_cents(
    tax: &Tax,
    hourly: &Hourly,
    hundredths: i64,
    hours: Decimal,
    korting: bool,
    rec: &mut impl Record,
) -> WageCents {
    hourly.record(rec);
    let g = gross_cents(hundredths, hourly, Per::Week);
    let hp = hourly.holiday_pay(g);
    rec.record(|| Step {
        key: StepKey::GrossWage,
        amount: Val::Money(dec(g)),
        values: vec![
            ("hours", Val::Hours(hours)),
            money("wage", hourly.wage),
            money("gross_base", dec(g)),
        ],
        formula: "{hours} × 52 / 12 × {wage} = {gross_base}",
        source: GROSS,
    });
    rec.record(|| Step {
        key: StepKey::HolidayPay,
        amount: Val::Money(dec(g + hp)),
        values: vec![
            ("rate", Val::Percent(HOLIDAY_PAY_RATE)),
            money("gross_base", dec(g)),
            money("holiday_pay", dec(hp)),
            money("gross", dec(g + hp)),
        ],
        formula: "{rate} × {gross_base} = {holiday_pay}; {gross_base} + {holiday_pay} = {gross}",
        source: HOLIDAY,
    });
    let y = 12 * (g + hp);
    rec.record(|| Step {
        key: StepKey::Annual,
        amount: Val::Money(dec(y)),
        values: vec![money("gross", dec(g + hp)), money("annual", dec(y))],
        formula: "12 × {gross} = {annual}",
        source: ANNUAL,
    });
    let t = tax.parts_recorded(y, korting, rec);
    let w = round_div(y - t.tax, 12);
    rec.record(|| Step {
        key: StepKey::NetWage,
        amount: Val::Money(dec(w)),
        values: vec![
            money("annual", dec(y)),
            money("tax", dec(t.tax)),
            money("net", dec(w)),
        ],
        formula: "({annual} − {tax}) / 12 = {net}",
        source: MIDDELEN,
    });
    WageCents {
        g,
        hp,
        y,
        tax: t,
        w,
    }
}

/// Steps 2–3 for `hours` a week (to the hundredth, half up), recording each step.
#[cfg(test)]
pub fn month_wage(
    tax: &Tax,
    hourly: &Hourly,
    hours: Decimal,
    korting: bool,
    rec: &mut impl Record,
) -> (WageParts, i64) {
    let c = wage_cents(tax, hourly, units(hours, 2), hours, korting, rec);
    (c.parts(), c.w)
}

/// Step 3 on a yearly wage in euros (cents): the tax and its parts.
#[cfg(test)]
pub fn annual_tax(rules: &TaxRules, annual: Decimal, korting: bool) -> AnnualTax {
    Tax::new(*rules)
        .annual(crate::money::to_cents(annual), korting, &mut ())
        .0
}

/// Steps 2–3 for `hours` a week at `hourly`; `korting` = the employer applies
/// the loonheffingskorting.
#[cfg(test)]
pub fn wage_parts(rules: &TaxRules, hourly: Decimal, hours: Decimal, korting: bool) -> WageParts {
    let tax = Tax::new(*rules);
    month_wage(&tax, &Hourly::new(hourly, false), hours, korting, &mut ()).0
}
