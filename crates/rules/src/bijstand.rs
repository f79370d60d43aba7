//! Step 5: the aanvullende bijstand — the norm less the income that counts,
//! less what may be kept (Participatiewet art. 19 lid 1, art. 31),
//! <https://wetten.overheid.nl/BWBR0015703/2026-07-01#Hoofdstuk3_Paragraaf3.1_Artikel19>.

use super::money::dec;
use super::trace::{money, Record, Source, Step, StepKey, Val};
use rust_decimal::Decimal;

const BIJSTAND: Source = Source {
    nl: "Participatiewet, artikel 19 lid 1 en artikel 31 (norm min inkomen)",
    en: "Participatiewet, article 19(1) and article 31 (norm minus income)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=19",
};

/// B = max(0, norm − (income − vrijlating)) in cents, recording its step.
pub fn top_up(norm: i64, income: i64, vrijlating: i64, rec: &mut impl Record) -> i64 {
    let b = (norm - (income - vrijlating)).max(0);
    rec.record(|| {
        if b > 0 {
            Step {
                key: StepKey::TopUp,
                amount: Val::Money(dec(b)),
                values: vec![
                    money("norm", dec(norm)),
                    money("net", dec(income)),
                    money("vrijlating", dec(vrijlating)),
                    money("top_up", dec(b)),
                ],
                formula: "{norm} − ({net} − {vrijlating}) = {top_up}",
                source: BIJSTAND,
            }
        } else {
            Step {
                key: StepKey::TopUpNone,
                amount: Val::Money(Decimal::ZERO),
                values: vec![
                    money("norm", dec(norm)),
                    money("net", dec(income)),
                    money("vrijlating", dec(vrijlating)),
                ],
                formula: "{net} − {vrijlating} ≥ {norm} → 0",
                source: BIJSTAND,
            }
        }
    });
    b
}
