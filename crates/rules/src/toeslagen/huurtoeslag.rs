//! Huurtoeslag, Wet op de huurtoeslag art. 13 (rent limits), 16 (basishuur),
//! 17–19 (normhuur), 20 (kwaliteitskortings- and aftoppingsgrens) and 21
//! (the amount), <https://wetten.overheid.nl/BWBR0008659>.
//!
//! Per month, on the rekenhuur R (the rent that counts) and the basishuur B
//! (normhuur + 12, art. 16):
//!
//! - 100% of the rent above B up to the kwaliteitskortingsgrens K (art. 21
//!   lid 1 a);
//! - a lower share (Besluit op de huurtoeslag; 65%, unconfirmed) from K, or
//!   from B if higher, up to the aftoppingsgrens A (lid 1 b, lid 2);
//! - a lower share again (40%, unconfirmed) above A, or above B if higher
//!   (lid 1 c, lid 3). In 2024 a household of more persons below AOW age gets
//!   nothing above A (2024 text of lid 1 c).
//!
//! **Until 2025** (art. 13 lid 1 old, art. 19): a rekenhuur above the maximale
//! huurgrens gives no huurtoeslag at all (a cliff in the rent, not in the
//! income); the normhuur rises with the income: at or below the
//! minimum-inkomensijkpunt it is the normhuur of art. 17, above it
//! a × Y² + b × Y (art. 19 lid 2), rounded up to cents (lid 3). The factors a
//! and b are set by ministerial regulation "derived from the linear relation"
//! between the normhuurquotes (normhuur × 12 / income) at the minimum- and the
//! referentie-inkomensijkpunt (art. 18). We derive them so: with
//! q(Y) = q_min + (q_ref − q_min) × (Y − Y_min) / (Y_ref − Y_min), the normhuur
//! is q(Y) × Y / 12. As the minimum-inkomensijkpunt is not in our sources,
//! the result is flagged unconfirmed anyway.
//!
//! **From 2026** (art. 13, 21 new): no hard limit: the rent counts up to the
//! maximale huurgrens and the part above it is not subsidised (lid 1 d); the
//! normhuur is fixed (art. 17) and the amount falls by
//! (income − minimum-inkomensijkpunt) × 27% (one person) or 22% (more) / 12
//! (lid 2), not below 0.
//!
//! The lower maximale huurgrens (art. 13 lid 1 b) applies when the applicant
//! and the partner are younger than 23 (until 2025) or 21 (2026) and no child
//! lives in the home; we know no other medebewoners' ages, nor a handicap.
//!
//! Rounding: the text sets monthly amounts and rounds only the normhuur (up,
//! art. 19 lid 3); we round the toeslag to cents once, at the end.

use super::{awir_minimum, param, AllowanceInput};
use crate::data::huurtoeslag::{
    AFBOUW_MULTI, AFBOUW_SINGLE, AFTOPPINGSGRENS_LARGE, AFTOPPINGSGRENS_SMALL, BASISHUUR_OPSLAG,
    IJKPUNT_MULTI, IJKPUNT_SINGLE, KWALITEITSKORTINGSGRENS, LINEAR_FROM, MAX_HUUR, MAX_HUUR_YOUNG,
    NORMHUUR_MIN, NORMHUUR_MIN_KORTING_MULTI, NORMHUUR_MIN_KORTING_SINGLE, NORMHUUR_REF,
    NORMHUUR_REF_KORTING_MULTI, NORMHUUR_REF_KORTING_SINGLE, REF_IJKPUNT_MULTI, REF_IJKPUNT_SINGLE,
    SHARE_MIDDLE, SHARE_TOP_MULTI, SHARE_TOP_SINGLE, TWO_TYPES_FROM, YOUNG_AGE,
};
use crate::money::cents;
use crate::param::Usage;
use crate::scenario::RuleError;
use crate::trace::{money, Source, Step, StepKey, Val};
use rust_decimal::{Decimal, RoundingStrategy};

const HT: Source = Source {
    nl: "Wet op de huurtoeslag, artikel 13 tot en met 21",
    en: "Rent Allowance Act (Wet op de huurtoeslag), articles 13 to 21",
    url: "https://wetten.overheid.nl/BWBR0008659",
};

/// The limits and shares of art. 20 and 21 for one household on one date.
struct Bands {
    basishuur: Decimal,
    kwaliteitskortingsgrens: Decimal,
    aftoppingsgrens: Decimal,
    share_middle: Decimal,
    share_top: Decimal,
    /// The rent above this is not subsidised (from 2026: the maximale huurgrens).
    cap: Decimal,
}

impl Bands {
    /// Art. 21 lid 1 (and, until 2025, lid 2 and 3): the subsidy on rekenhuur `rent`.
    fn subsidy(&self, rent: Decimal) -> Decimal {
        let rent = rent.min(self.cap);
        let part = |lo: Decimal, hi: Decimal| (rent.min(hi) - lo).max(Decimal::ZERO);
        let b = self.basishuur;
        let k = self.kwaliteitskortingsgrens;
        let a = self.aftoppingsgrens;
        let full = part(b, k);
        let middle = part(b.max(k), a);
        let top = part(b.max(a), rent);
        full + self.share_middle * middle + self.share_top * top
    }
}

/// Art. 21 Wet op de huurtoeslag: the huurtoeslag per month on the rekenhuur and the income.
pub(crate) fn huurtoeslag(
    input: &AllowanceInput,
    usage: &mut Usage,
) -> Result<(Decimal, Step), RuleError> {
    let date = input.date;
    let h = input.household;
    let Some(rent) = input.rent.filter(|r| *r > Decimal::ZERO) else {
        return Ok((
            Decimal::ZERO,
            none_step(StepKey::HuurtoeslagNoRent, Decimal::ZERO, Decimal::ZERO),
        ));
    };
    let linear = date >= LINEAR_FROM;
    // At least the applicant, the partner and the children named.
    let named = 1 + u32::from(h.partner) + u32::try_from(h.children_ages.len()).unwrap_or(u32::MAX);
    let persons = h.persons.max(named);
    let one_person = persons == 1;
    // Art. 13 lid 1: the higher limit if someone is old enough or a child lives there.
    let young_age = param(&YOUNG_AGE, date, usage)?;
    let old_enough = |age: u32| Decimal::from(age) >= young_age;
    let higher = old_enough(h.applicant_age)
        || h.partner_age.is_some_and(old_enough)
        || !h.children_ages.is_empty();
    let max_huur = if higher {
        param(&MAX_HUUR, date, usage)?
    } else {
        param(&MAX_HUUR_YOUNG, date, usage)?
    };
    if !linear && rent > max_huur {
        // Until 2025, art. 13 lid 1: above the limit, no huurtoeslag at all.
        return Ok((
            Decimal::ZERO,
            none_step(StepKey::HuurtoeslagRentTooHigh, rent, max_huur),
        ));
    }
    let income = input.toetsingsinkomen_year;
    let ijkpunt = if one_person {
        param(&IJKPUNT_SINGLE, date, usage)?
    } else {
        param(&IJKPUNT_MULTI, date, usage)?
    };
    // Art. 17 lid 2 and 3: the normhuur at the minimum-inkomensijkpunt; until
    // 2024 lowered only for households at AOW age.
    let mut normhuur_min = param(&NORMHUUR_MIN, date, usage)?;
    if date >= TWO_TYPES_FROM || h.aow {
        normhuur_min -= if one_person {
            param(&NORMHUUR_MIN_KORTING_SINGLE, date, usage)?
        } else {
            param(&NORMHUUR_MIN_KORTING_MULTI, date, usage)?
        };
    }
    let normhuur = if linear || income <= ijkpunt {
        normhuur_min
    } else {
        normhuur_by_income(date, one_person, income, ijkpunt, normhuur_min, usage)?
    };
    let basishuur = normhuur + param(&BASISHUUR_OPSLAG, date, usage)?;
    let kwaliteitskortingsgrens = param(&KWALITEITSKORTINGSGRENS, date, usage)?;
    let aftoppingsgrens = if persons <= 2 {
        param(&AFTOPPINGSGRENS_SMALL, date, usage)?
    } else {
        param(&AFTOPPINGSGRENS_LARGE, date, usage)?
    };
    let share_middle = param(&SHARE_MIDDLE, date, usage)?;
    let share_top = if one_person || h.aow {
        param(&SHARE_TOP_SINGLE, date, usage)?
    } else {
        param(&SHARE_TOP_MULTI, date, usage)?
    };
    let bands = Bands {
        basishuur,
        kwaliteitskortingsgrens,
        aftoppingsgrens,
        share_middle,
        share_top,
        cap: if linear { max_huur } else { rent },
    };
    let subsidy = bands.subsidy(rent);
    // Art. 21 lid 2 (from 2026): the phase-out with the income.
    let afbouw = if linear {
        let share = if one_person {
            param(&AFBOUW_SINGLE, date, usage)?
        } else {
            param(&AFBOUW_MULTI, date, usage)?
        };
        (income - ijkpunt).max(Decimal::ZERO) * share / Decimal::from(12)
    } else {
        Decimal::ZERO
    };
    let month = cents((subsidy - afbouw).max(Decimal::ZERO));
    let month = cents(awir_minimum(month * Decimal::from(12), date, usage)? / Decimal::from(12));
    let values = vec![
        money("rekenhuur", rent),
        money("max_huur", max_huur),
        money("basishuur", basishuur),
        money("kwaliteitskortingsgrens", kwaliteitskortingsgrens),
        money("aftoppingsgrens", aftoppingsgrens),
        ("share_middle", Val::Percent(share_middle)),
        ("share_top", Val::Percent(share_top)),
        money("subsidy", cents(subsidy)),
        money("toetsingsinkomen", cents(income)),
        money("ijkpunt", ijkpunt),
        money("afbouw", cents(afbouw)),
        money("huurtoeslag", month),
    ];
    let (key, formula) = if linear {
        (
            StepKey::Huurtoeslag,
            "min({rekenhuur}; {max_huur}) − {basishuur} → {subsidy}; max(0; {toetsingsinkomen} − {ijkpunt}) / 12 × % = {afbouw}; max(0; {subsidy} − {afbouw}) = {huurtoeslag}",
        )
    } else {
        (
            StepKey::HuurtoeslagNormhuur,
            "{toetsingsinkomen} → {basishuur}; {rekenhuur} − {basishuur} → {huurtoeslag}",
        )
    };
    let step = Step {
        key,
        amount: Val::Money(month),
        values,
        formula,
        source: HT,
    };
    Ok((month, step))
}

/// Art. 19 lid 2 and 3 (until 2025): the normhuur above the minimum-inkomensijkpunt, a × Y² + b × Y, rounded up to cents.
fn normhuur_by_income(
    date: crate::date::Date,
    one_person: bool,
    income: Decimal,
    ijkpunt: Decimal,
    normhuur_min: Decimal,
    usage: &mut Usage,
) -> Result<Decimal, RuleError> {
    let (ref_ijkpunt, ref_korting) = if one_person {
        (
            param(&REF_IJKPUNT_SINGLE, date, usage)?,
            param(&NORMHUUR_REF_KORTING_SINGLE, date, usage)?,
        )
    } else {
        (
            param(&REF_IJKPUNT_MULTI, date, usage)?,
            param(&NORMHUUR_REF_KORTING_MULTI, date, usage)?,
        )
    };
    let normhuur_ref = param(&NORMHUUR_REF, date, usage)? - ref_korting;
    let twelve = Decimal::from(12);
    if ijkpunt <= Decimal::ZERO || ref_ijkpunt <= ijkpunt {
        return Err(RuleError::MissingParameter {
            id: REF_IJKPUNT_SINGLE.id,
        });
    }
    // The normhuurquotes (share of the yearly income) at both ijkpunten.
    let q_min = twelve * normhuur_min / ijkpunt;
    let q_ref = twelve * normhuur_ref / ref_ijkpunt;
    let slope = (q_ref - q_min) / (ref_ijkpunt - ijkpunt);
    let quote = q_min + slope * (income - ijkpunt);
    let normhuur = quote * income / twelve;
    Ok(normhuur.round_dp_with_strategy(2, RoundingStrategy::AwayFromZero))
}

/// No huurtoeslag: no rent given, or (until 2025) a rent above the limit.
fn none_step(key: StepKey, rent: Decimal, max_huur: Decimal) -> Step {
    Step {
        key,
        amount: Val::Money(Decimal::ZERO),
        values: vec![money("rekenhuur", rent), money("max_huur", max_huur)],
        formula: "0",
        source: HT,
    }
}
