//! Step 1 with housemates: the kostendelersnorm, Participatiewet art. 22a —
//! the norm per person is (40% + A × 30%) / A × B, where A counts the
//! applicant, a spouse of 21 or older and every other resident of 27 or older
//! (kostendelers), and B is the married norm (art. 21 b, or art. 22 at AOW age).
//! <https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.2_Artikel22a>

use super::data::norms::*;
use super::money::cents;
use super::norm::lookup;
use super::param::Usage;
use super::scenario::{RuleError, Scenario};
use super::trace::{Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const SOURCE: Source = Source {
    nl: "Participatiewet, artikel 22a (kostendelersnorm)",
    en: "Participatiewet, article 22a (cost-sharing norm)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=22a",
};

/// Art. 22a lid 1: the kostendelersnorm per person, (40% + A × 30%) / A × B, in cents.
pub fn kostendeler_share(a: u32, b: Decimal) -> Decimal {
    let a = Decimal::from(a);
    cents((KOSTENDELER_BASE + a * KOSTENDELER_PER_PERSON) * b / a)
}

/// Art. 22a: the norm when housemates count, or `None` when the article does
/// not apply (no housemates, or an applicant under 21 without an adult
/// partner, art. 22a lid 1).
pub(crate) fn norm(
    s: &Scenario,
    couple: bool,
    youths: u32,
    any_aow: bool,
    usage: &mut Usage,
) -> Result<Option<(Decimal, Step)>, RuleError> {
    if s.housemates == 0 || !(any_aow || youths == 0 || (couple && youths == 1)) {
        return Ok(None);
    }
    let b_series = if any_aow { &COUPLE_AOW } else { &COUPLE_21 };
    let (b, _) = lookup(b_series, s, usage)?;
    let adults_in_couple = if couple { 2 - youths } else { 1 };
    let a = adults_in_couple + s.housemates;
    let share = kostendeler_share(a, b);
    if couple && youths == 1 {
        // Art. 22a lid 3: the youth partner's part plus the adult's share.
        let part_series = if s.has_children() {
            &MIXED_KOSTENDELER_CHILDREN_PART
        } else {
            &YOUTH_SINGLE
        };
        let (part, _) = lookup(part_series, s, usage)?;
        let n = share + part;
        return Ok(Some((
            n,
            step(StepKey::NormKostendelerMixed, a, b, share, n, part),
        )));
    }
    let n = share * Decimal::from(adults_in_couple);
    let key = if couple {
        StepKey::NormKostendelerCouple
    } else {
        StepKey::NormKostendeler
    };
    Ok(Some((n, step(key, a, b, share, n, Decimal::ZERO))))
}

fn step(key: StepKey, a: u32, b: Decimal, share: Decimal, n: Decimal, part: Decimal) -> Step {
    let formula = match key {
        StepKey::NormKostendelerCouple => {
            "(40% + {a} × 30%) / {a} × {b} = {share}; 2 × {share} = {norm}"
        }
        StepKey::NormKostendelerMixed => {
            "(40% + {a} × 30%) / {a} × {b} = {share}; {share} + {part} = {norm}"
        }
        _ => "(40% + {a} × 30%) / {a} × {b} = {norm}",
    };
    Step {
        key,
        amount: Val::Money(n),
        values: vec![
            ("a", Val::Count(i64::from(a))),
            ("b", Val::Money(b)),
            ("share", Val::Money(share)),
            ("part", Val::Money(part)),
            ("norm", Val::Money(n)),
        ],
        formula,
        source: SOURCE,
    }
}
