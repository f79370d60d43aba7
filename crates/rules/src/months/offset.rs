//! Offsetting one calendar month: the bijstand due once the payslip is known,
//! the advance paid on an estimate, and the estimate itself.

use super::plan::Estimate;
use crate::bijstand;
use crate::data::timing::BIJSTAND_HOLIDAY_RATE;
use crate::date::Date;
use crate::engine::Context;
use crate::money::{cents, dec, share_of, to_cents, units};
use crate::norm::lookup;
use crate::param::Usage;
use crate::premie;
use crate::scenario::{AgeGroup, RuleError, Scenario};
use crate::trace::{Source, Step, StepKey};
use crate::vrijlating::{self, Kind, NoneReason};
use rust_decimal::Decimal;

const DUE: Source = Source {
    nl: "Participatiewet, artikel 19 lid 1 tot 3, artikel 31 en artikel 32 lid 2",
    en: "Participatiewet, article 19(1)–(3), article 31 and article 32(2)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=19",
};
const ADVANCE: Source = Source {
    nl: "Participatiewet, artikel 52 (voorschot) en artikel 45 lid 1; geschat met uw laatste loonstroken",
    en: "Participatiewet, article 52 (advance) and article 45(1); estimated from your recent payslips",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=52",
};
const CORRECTION: Source = Source {
    nl: "Participatiewet, artikel 58 lid 2 (terugvorderen) en lid 4 (verrekenen)",
    en: "Participatiewet, article 58(2) (recovery) and (4) (offsetting)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=58",
};

/// The rules in force in one month of the plan.
#[derive(Debug, Clone)]
pub struct MonthRules {
    pub date: Date,
    pub ctx: Context,
    /// The vrijlating as granted: n if granted (else r, or none).
    pub granted: Option<vrijlating::Rule>,
    /// The vrijlating once the six months of n are used up: r if granted.
    pub after_n: Option<vrijlating::Rule>,
    /// Below AOW age n lasts at most six months (art. 31 lid 2 n).
    pub n_limited: bool,
    /// Share of the bijstand kept back as holiday allowance (art. 19 lid 3).
    pub holiday_rate: Decimal,
}

impl MonthRules {
    /// Resolves the rules in force on `date`.
    pub fn new(s: &Scenario, date: Date, usage: &mut Usage) -> Result<MonthRules, RuleError> {
        let s = Scenario { date, ..s.clone() };
        let (ctx, _) = Context::new(&s, usage)?;
        let granted = ctx.vrijlating.ok();
        let after_n = match granted {
            Some(rule) if rule.max_months().is_some() => {
                let without_n = Scenario {
                    vrijlating_n: false,
                    ..s.clone()
                };
                vrijlating::rule(&without_n, usage)?.ok()
            }
            other => other,
        };
        let (holiday_rate, _) = lookup(&BIJSTAND_HOLIDAY_RATE, &s, usage)?;
        Ok(MonthRules {
            date,
            ctx,
            granted,
            after_n,
            n_limited: s.age != AgeGroup::Aow,
            holiday_rate,
        })
    }

    /// The rules of the monthly view as they are: its vrijlating every month.
    pub fn steady(ctx: Context, date: Date, holiday_rate: Decimal) -> MonthRules {
        let granted = ctx.vrijlating.ok();
        MonthRules {
            date,
            ctx,
            granted,
            after_n: granted,
            n_limited: false,
            holiday_rate,
        }
    }

    /// The vrijlating this month when its months so far are `n_used`: n
    /// while fewer than six (art. 31 lid 2 n: "gedurende ten hoogste zes
    /// maanden"; no limit at AOW age), art. 34a lid 1 a while fewer than
    /// twelve; then r if granted (lid 2 r 2°).
    pub fn vrijlating(&self, n_used: u32) -> Option<vrijlating::Rule> {
        match self.granted {
            Some(rule) if self.n_limited && rule.max_months().is_some_and(|max| n_used >= max) => {
                self.after_n
            }
            other => other,
        }
    }
}

/// Counts the months of a limited vrijlating: for n the months in which it
/// exempted earnings (V > 0); for art. 34a every month from the first one in
/// which it exempted earnings (a continuous period). A new rule (n in 2026,
/// art. 34a from 2027) starts its own count: the law does not say how the
/// two meet, and we assume the new period starts fresh.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NMonths(pub u32, pub Option<Kind>);

impl NMonths {
    /// The rule for a month, then counts the month.
    pub fn offset(
        &mut self,
        r: &MonthRules,
        income: Decimal,
    ) -> (Offset, Option<vrijlating::Rule>) {
        if let (Some(rule), Some(kind)) = (r.granted, self.1) {
            if rule.max_months().is_some() && rule.kind != kind {
                *self = NMonths(0, None);
            }
        }
        let rule = r.vrijlating(self.0);
        let o = offset(r, rule.as_ref(), income);
        if let Some(v) = rule.filter(|v| v.max_months().is_some()) {
            let started = self.1 == Some(v.kind) && v.continuous();
            if o.vrijlating > Decimal::ZERO || started {
                self.0 += 1;
                self.1 = Some(v.kind);
            }
        }
        (o, rule)
    }
}

/// The bijstand of one month for a given counted income.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Offset {
    /// V: earnings kept (0 when not in bijstand, as in the monthly view).
    pub vrijlating: Decimal,
    /// B = max(0, norm − (income − V)): the monthly view's top-up.
    pub top_up: Decimal,
    /// 5% of B kept back as holiday allowance, paid in June.
    pub reserved: Decimal,
    /// B − reserved: paid with the monthly payment.
    pub due: Decimal,
    /// Premie built up this month (paid in June or November).
    pub premie: Decimal,
}

/// Art. 19 lid 1–3 and art. 31: the bijstand for a month with `income` net
/// and vrijlating `rule`, by the same rules as the monthly view (steps 4–6).
pub fn offset(r: &MonthRules, rule: Option<&vrijlating::Rule>, income: Decimal) -> Offset {
    let w = to_cents(income);
    let rule = rule.ok_or(NoneReason::NotGranted);
    let v = vrijlating::amount(rule, w, &mut ());
    let b = bijstand::top_up(r.ctx.norm_cents(), w, v, &mut ());
    let in_bijstand = b > 0;
    // Art. 19 lid 3: 5% of the bijstand is holiday allowance, paid in June.
    let reserved = share_of(units(r.holiday_rate, 5), b);
    let p = premie::amount(
        r.ctx.premie.as_ref().map_err(|e| *e),
        w,
        v,
        in_bijstand,
        &mut (),
    );
    Offset {
        vrijlating: dec(if in_bijstand { v } else { 0 }),
        top_up: dec(b),
        reserved: dec(reserved),
        due: dec(b - reserved),
        premie: dec(p),
    }
}

/// The municipality's estimate of a month's income from the payslips it has:
/// `known[j]` is the counted income of plan month `j`, `before` that of every
/// month before the plan; the last payslip it has is that of month `last`.
pub fn estimate(method: Estimate, known: &[Decimal], before: Decimal, last: i64) -> Decimal {
    let at = |j: i64| -> Decimal {
        usize::try_from(j)
            .ok()
            .and_then(|j| known.get(j))
            .copied()
            .unwrap_or(before)
    };
    match method {
        Estimate::LastMonth => at(last),
        Estimate::Average3 => cents((at(last) + at(last - 1) + at(last - 2)) / Decimal::from(3)),
    }
}

/// The step that explains a month's bijstand (for the page and the CLI).
pub fn due_step(r: &MonthRules, income: Decimal, o: &Offset) -> Step {
    use crate::trace::Val::{Money, Percent};
    Step {
        key: StepKey::MonthsDue,
        amount: Money(o.due),
        values: vec![
            ("norm", Money(r.ctx.norm)),
            ("income", Money(income)),
            ("vrijlating", Money(o.vrijlating)),
            ("top_up", Money(o.top_up)),
            ("rate", Percent(r.holiday_rate)),
            ("reserved", Money(o.reserved)),
            ("due", Money(o.due)),
        ],
        formula: "{norm} − ({income} − {vrijlating}) = {top_up}; \
                  {top_up} − {rate} × {top_up} ({reserved}) = {due}",
        source: DUE,
    }
}

/// The step that explains the advance: the same sum on the estimated income.
pub fn advance_step(r: &MonthRules, estimate: Decimal, o: &Offset) -> Step {
    use crate::trace::Val::{Money, Percent};
    Step {
        key: StepKey::MonthsAdvance,
        amount: Money(o.due),
        values: vec![
            ("norm", Money(r.ctx.norm)),
            ("estimate", Money(estimate)),
            ("vrijlating", Money(o.vrijlating)),
            ("top_up", Money(o.top_up)),
            ("rate", Percent(r.holiday_rate)),
            ("reserved", Money(o.reserved)),
            ("advance", Money(o.due)),
        ],
        formula: "{norm} − ({estimate} − {vrijlating}) = {top_up}; \
                  {top_up} − {rate} × {top_up} ({reserved}) = {advance}",
        source: ADVANCE,
    }
}

/// The step that explains a correction.
pub fn correction_step(due: Decimal, advance: Decimal, correction: Decimal) -> Step {
    use crate::trace::Val::Money;
    Step {
        key: StepKey::MonthsCorrection,
        amount: Money(correction),
        values: vec![
            ("due", Money(due)),
            ("advance", Money(advance)),
            ("correction", Money(correction)),
        ],
        formula: "{due} − {advance} = {correction}",
        source: CORRECTION,
    }
}
