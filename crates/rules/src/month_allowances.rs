//! The allowances of one month: the toetsingsinkomen of the year such a month
//! makes (gross wages with holiday pay of both partners, plus the gross
//! bijstand: art. 19 lid 4 Participatiewet, Awir art. 8; the premie does not
//! count), then zorgtoeslag, huurtoeslag and kindgebonden budget on it
//! (`toeslagen`). Bijstand does not count them as income, so they only add.

use super::engine::{Context, MonthCents};
use super::money::dec;
use super::param::Usage;
use super::scenario::{AgeGroup, Household, RuleError, Scenario};
use super::toeslagen::{self, AllowanceInput};
use super::trace::{money, Record, Source, Step, StepKey};
use rust_decimal::Decimal;

const TOETSINGSINKOMEN: Source = Source {
    nl: "Algemene wet inkomensafhankelijke regelingen, artikel 8 (toetsingsinkomen); Participatiewet, artikel 19 lid 4 (de gemeente betaalt de loonheffing over de bijstand)",
    en: "General Income-Related Schemes Act (Awir), article 8 (assessment income); Participatiewet, article 19(4) (the municipality pays the wage tax on bijstand)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0018472&artikel=8",
};

/// The allowances of one month, per month, and what they rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthAllowances {
    pub zorgtoeslag: Decimal,
    pub huurtoeslag: Decimal,
    pub kindgebonden_budget: Decimal,
    /// The year's toetsingsinkomen of a year of such months.
    pub toetsingsinkomen_year: Decimal,
    /// The gross bijstand of that year.
    pub gross_bijstand_year: Decimal,
}

impl MonthAllowances {
    pub fn total(&self) -> Decimal {
        self.zorgtoeslag + self.huurtoeslag + self.kindgebonden_budget
    }
}

/// What the allowances need from the scenario, resolved once.
#[derive(Debug, Clone)]
pub struct AllowanceRules {
    household: toeslagen::Household,
    rent: Option<Decimal>,
    claims: super::scenario::Claims,
    date: super::date::Date,
    couple: bool,
    aow: bool,
    aow_single: bool,
    /// The applicant's (and partner's) employer applies the korting: the
    /// municipality then withholds the bracket rate on that half of the bijstand.
    applicant_employer_korting: bool,
}

impl AllowanceRules {
    /// `None` when the household counts no allowance at all.
    pub(crate) fn new(s: &Scenario) -> Option<AllowanceRules> {
        let c = s.allowances;
        if !(c.zorgtoeslag.counted() || c.huurtoeslag.counted() || c.kindgebonden_budget.counted())
        {
            return None;
        }
        let couple = s.household == Household::Couple;
        let partner_age = couple.then(|| s.partner_age.unwrap_or(s.age).lowest_age());
        let children = u32::try_from(s.children_ages.len()).unwrap_or(u32::MAX);
        Some(AllowanceRules {
            household: toeslagen::Household {
                partner: couple,
                // Housemates live in the home too (huurtoeslag: more persons);
                // their own income is not known to us (the page says so).
                persons: 1 + u32::from(couple) + children + s.housemates,
                applicant_age: s.lowest_age(),
                partner_age,
                aow: s.age == AgeGroup::Aow,
                children_ages: s.children_ages.clone(),
                single_parent: s.household == Household::SingleParent,
            },
            rent: s.rent,
            claims: c,
            date: s.date,
            couple,
            aow: s.age == AgeGroup::Aow,
            aow_single: s.age == AgeGroup::Aow && !couple,
            applicant_employer_korting: s.korting_by == super::scenario::KortingBy::Employer,
        })
    }

    /// The household counts this allowance.
    pub fn counts(&self, which: super::leaving::Allowance) -> bool {
        use super::leaving::Allowance;
        match which {
            Allowance::Zorgtoeslag => self.claims.zorgtoeslag.counted(),
            Allowance::Huurtoeslag => self.claims.huurtoeslag.counted(),
            Allowance::KindgebondenBudget => self.claims.kindgebonden_budget.counted(),
        }
    }

    /// Art. 19 lid 4: the gross of a year's net bijstand. A couple's bijstand
    /// is paid half to each partner; on a half whose partner has an employer
    /// that applies the korting, the municipality withholds the bracket rate
    /// without korting; on the others it applies the algemene heffingskorting.
    fn gross_bijstand(
        &self,
        net_year: Decimal,
        applicant_works: bool,
        partner_works: bool,
    ) -> Result<Decimal, RuleError> {
        let gross = |net: Decimal, employer: bool| {
            if employer {
                toeslagen::gross_bijstand_year_without_korting(self.date, net, self.aow)
            } else if self.aow_single {
                toeslagen::gross_bijstand_year_aow_single(self.date, net)
            } else {
                toeslagen::gross_bijstand_year(self.date, net, self.aow)
            }
        };
        let applicant_employer = applicant_works && self.applicant_employer_korting;
        if self.couple {
            let half = super::money::cents(net_year / Decimal::TWO);
            Ok(gross(half, applicant_employer)? + gross(net_year - half, partner_works)?)
        } else {
            gross(net_year, applicant_employer)
        }
    }

    /// The allowances of month `m` (in cents) under `ctx`, each step recorded.
    pub(crate) fn of(
        &self,
        ctx: &Context,
        m: &MonthCents,
        usage: &mut Usage,
        rec: &mut impl Record,
    ) -> Result<MonthAllowances, RuleError> {
        let partner = ctx.partner.map(|p| p.wage);
        let wages_year = dec(m.wage.y + partner.map_or(0, |w| w.y));
        let net_bijstand_year = dec(m.b * 12);
        let gross_bijstand_year = self.gross_bijstand(
            net_bijstand_year,
            m.wage.g > 0,
            partner.is_some_and(|w| w.g > 0),
        )?;
        let income = toeslagen::toetsingsinkomen(wages_year, gross_bijstand_year);
        rec.record(|| Step {
            key: StepKey::Toetsingsinkomen,
            amount: super::trace::Val::Money(income),
            values: vec![
                money("wages", wages_year),
                money("bijstand_net", net_bijstand_year),
                money("bijstand_gross", gross_bijstand_year),
                money("income", income),
            ],
            formula: "{wages} + {bijstand_gross} = {income}",
            source: TOETSINGSINKOMEN,
        });
        let a = toeslagen::allowances(
            &AllowanceInput {
                date: self.date,
                household: &self.household,
                toetsingsinkomen_year: income,
                rent: self.rent,
            },
            usage,
        )?;
        for step in &a.steps {
            rec.record(|| step.clone());
        }
        let keep = |counted: bool, v: Decimal| if counted { v } else { Decimal::ZERO };
        Ok(MonthAllowances {
            zorgtoeslag: keep(self.claims.zorgtoeslag.counted(), a.zorgtoeslag),
            huurtoeslag: keep(self.claims.huurtoeslag.counted(), a.huurtoeslag),
            kindgebonden_budget: keep(
                self.claims.kindgebonden_budget.counted(),
                a.kindgebonden_budget,
            ),
            toetsingsinkomen_year: income,
            gross_bijstand_year,
        })
    }
}
