//! Zorgtoeslag, Wet op de zorgtoeslag art. 2 (the normpremie) and art. 4 (the
//! standaardpremie), <https://wetten.overheid.nl/jci1.3:c:BWBR0018451&artikel=2>.
//!
//! Per year: standaardpremie (twice with a partner) − normpremie, not below 0.
//! Normpremie: a share of the drempelinkomen (1.912% single, 4.289% with a
//! partner in 2026) plus 13.730% of the toetsingsinkomen above the
//! drempelinkomen (joint with a partner).
//!
//! The text of 2025 in our sources says "13,700 procent van het
//! toetsingsinkomen" without "voor zover dat het drempelinkomen te boven gaat".
//! Read literally, nobody above about €11,500 a year would get any
//! zorgtoeslag, which contradicts the published maximum (131 a month) and
//! limit (39,719) of 2025. We apply the share to the income above the
//! drempelinkomen in every year, as the 2026 text says.
//!
//! The drempelinkomen: the 2026 text defines it (art. 1 onder f: 108% of 12
//! times the minimum wage per month of January); the 2025 text in our
//! sources only refers to art. 2 lid 2. We use the 2026 definition for every
//! year, as the Wet op het kindgebonden budget does (art. 1 onder d). With it,
//! our amounts end within €4 of the published income limits of 2025 and 2026
//! (tests: `zorgtoeslag_ends_where_the_published_income_limits_say`).
//!
//! Cliff: none of its own; the amount runs down to 0 linearly. Near the end,
//! the Awir minimum (less than €24 a year is not paid, unconfirmed) makes a
//! drop of at most €2 a month.

use super::{awir_minimum, param, per_month, AllowanceInput};
use crate::data::toeslagen::DREMPELINKOMEN;
use crate::data::zorgtoeslag::{
    DREMPEL_SHARE_PARTNER, DREMPEL_SHARE_SINGLE, INCOME_SHARE, STANDAARDPREMIE,
};
use crate::param::Usage;
use crate::scenario::RuleError;
use crate::trace::{money, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const ZT: Source = Source {
    nl: "Wet op de zorgtoeslag, artikel 2 (normpremie) en 4 (standaardpremie)",
    en: "Healthcare Allowance Act (Wet op de zorgtoeslag), article 2 (income-based contribution, normpremie) and 4 (standard contribution, standaardpremie)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0018451&artikel=2",
};

/// Art. 2 Wet op de zorgtoeslag: standaardpremie − normpremie, per month.
pub(crate) fn zorgtoeslag(
    input: &AllowanceInput,
    usage: &mut Usage,
) -> Result<(Decimal, Step), RuleError> {
    let date = input.date;
    let partner = input.household.partner;
    let premie = param(&STANDAARDPREMIE, date, usage)?;
    // Lid 1: with a partner the standaardpremie counts twice (one joint claim).
    let standaardpremie = if partner {
        premie * Decimal::TWO
    } else {
        premie
    };
    let drempelinkomen = param(&DREMPELINKOMEN, date, usage)?;
    let drempel_share = if partner {
        param(&DREMPEL_SHARE_PARTNER, date, usage)?
    } else {
        param(&DREMPEL_SHARE_SINGLE, date, usage)?
    };
    let income_share = param(&INCOME_SHARE, date, usage)?;
    let income = input.toetsingsinkomen_year;
    // Lid 2 and 3: the normpremie.
    let above = (income - drempelinkomen).max(Decimal::ZERO);
    let normpremie = drempel_share * drempelinkomen + income_share * above;
    let year = (standaardpremie - normpremie).max(Decimal::ZERO);
    let year = awir_minimum(year, date, usage)?;
    let month = per_month(year);
    let step = Step {
        key: StepKey::Zorgtoeslag,
        amount: Val::Money(month),
        values: vec![
            money("standaardpremie", standaardpremie),
            ("drempel_share", Val::Percent(drempel_share)),
            money("drempelinkomen", crate::money::cents(drempelinkomen)),
            ("income_share", Val::Percent(income_share)),
            money("toetsingsinkomen", crate::money::cents(income)),
            money("normpremie", crate::money::cents(normpremie)),
            money("per_year", crate::money::cents(year)),
            money("zorgtoeslag", month),
        ],
        formula: "{normpremie} = {drempel_share} × {drempelinkomen} + {income_share} × max(0; {toetsingsinkomen} − {drempelinkomen}); max(0; {standaardpremie} − {normpremie}) = {per_year}; {per_year} / 12 = {zorgtoeslag}",
        source: ZT,
    };
    Ok((month, step))
}
