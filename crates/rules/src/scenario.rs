//! The inputs of one calculation, typed and checked (Participatiewet art. 20–22a, 31).

use super::date::Date;
use rust_decimal::Decimal;

/// Leefvorm: who the norm is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Household {
    Single,
    SingleParent,
    /// Married or living together (gehuwden, art. 3).
    Couple,
}

/// Age group of a person, as the norms distinguish them (art. 20, 21, 22).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeGroup {
    /// 18, 19 or 20 (jongerennorm, art. 20).
    Youth,
    /// 21 to 26: the norm of art. 21, but no vrijlating n or r and (in 2026)
    /// no premie (art. 31 lid 5).
    YoungAdult,
    /// 27 up to AOW age (art. 21).
    Adult,
    /// AOW age (pensioengerechtigde leeftijd, art. 22).
    Aow,
}

/// Who applies the loonheffingskorting (Wet LB 1964 art. 22; step 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KortingBy {
    Employer,
    Municipality,
}

/// Which earnings-premium rules to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Amsterdam general bijverdienpremie (30%, cap by date).
    Amsterdam,
    /// The 2018–2021 experiment (50%, 200): a what-if for any date.
    Experiment,
    /// National rules only: no premie.
    National,
}

/// Whether the household gets an allowance: the page asks "ja / nee / weet
/// ik niet"; yes and not known are both counted as the law gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    Yes,
    No,
    NotKnown,
}

impl Claim {
    /// Counted in the totals.
    pub fn counted(self) -> bool {
        self != Claim::No
    }
}

/// The allowances (toeslagen) the household gets, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claims {
    pub zorgtoeslag: Claim,
    pub huurtoeslag: Claim,
    pub kindgebonden_budget: Claim,
}

impl Claims {
    pub const ALL: Claims = Claims {
        zorgtoeslag: Claim::NotKnown,
        huurtoeslag: Claim::NotKnown,
        kindgebonden_budget: Claim::NotKnown,
    };
    pub const NONE: Claims = Claims {
        zorgtoeslag: Claim::No,
        huurtoeslag: Claim::No,
        kindgebonden_budget: Claim::No,
    };
}

/// One scenario. Build with `Scenario::default()` and set fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Peildatum: picks the parameters in force.
    pub date: Date,
    pub household: Household,
    pub age: AgeGroup,
    /// Partner's age group (couples); `None` means the same as the applicant.
    pub partner_age: Option<AgeGroup>,
    /// Exact age in years, if known: picks the youth minimum wage. `None`:
    /// 20 for youth; the group decides the rest.
    pub age_years: Option<u32>,
    /// Couples: children in the household (youth norms differ).
    pub children: bool,
    /// Single parent: age of the youngest child (r needs a child under 12).
    pub youngest_child_age: Option<u32>,
    /// Housemates aged 27+ who count as kostendelers (not the partner).
    pub housemates: u32,
    pub hours_per_week: Decimal,
    /// Gross hourly wage; `None` means the minimum wage for the age and date.
    pub hourly_wage: Option<Decimal>,
    pub korting_by: KortingBy,
    pub scheme: Scheme,
    /// Vrijlating n granted (art. 31 lid 2 n).
    pub vrijlating_n: bool,
    /// Vrijlating r granted (art. 31 lid 2 r), after n.
    pub vrijlating_r: bool,
    /// The current Amsterdam premie cap if the user knows it (ours is unconfirmed).
    pub premie_cap: Option<Decimal>,
    /// What if the premie is paid below the age art. 31 lid 5 sets (under 27
    /// in 2026)? Amsterdam may do so; the law does not say it may.
    pub premie_under_27: bool,
    /// Couples: the partner's hours a week and gross hourly wage (`None`:
    /// the minimum wage for the partner's age). The partner's employer
    /// applies the partner's loonheffingskorting.
    pub partner_hours_per_week: Decimal,
    pub partner_hourly_wage: Option<Decimal>,
    /// Ages of the children living at home (kindgebonden budget; with a
    /// child the couple norms of art. 21/22 and r look at them too).
    pub children_ages: Vec<u32>,
    /// The rent that counts for huurtoeslag, per month; `None`: no rent
    /// (own home, or not known).
    pub rent: Option<Decimal>,
    /// Which allowances the household gets.
    pub allowances: Claims,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            date: Date::ymd(2026, 1, 1),
            household: Household::Single,
            age: AgeGroup::Adult,
            partner_age: None,
            age_years: None,
            children: false,
            youngest_child_age: None,
            housemates: 0,
            hours_per_week: Decimal::ZERO,
            hourly_wage: None,
            korting_by: KortingBy::Employer,
            scheme: Scheme::Amsterdam,
            vrijlating_n: false,
            vrijlating_r: false,
            premie_cap: None,
            premie_under_27: false,
            partner_hours_per_week: Decimal::ZERO,
            partner_hourly_wage: None,
            children_ages: Vec::new(),
            rent: None,
            allowances: Claims::ALL,
        }
    }
}

impl AgeGroup {
    /// The youngest age in the group, as the inputs accept it.
    pub fn lowest_age(self) -> u32 {
        match self {
            AgeGroup::Youth => 18,
            AgeGroup::YoungAdult => 21,
            AgeGroup::Adult => 27,
            AgeGroup::Aow => 66,
        }
    }
}

impl Scenario {
    /// Children live at home (the couples' flag, or any age entered).
    pub fn has_children(&self) -> bool {
        self.children || !self.children_ages.is_empty()
    }

    /// The youngest child's age, if known.
    pub fn youngest_child(&self) -> Option<u32> {
        self.youngest_child_age
            .or_else(|| self.children_ages.iter().copied().min())
    }

    /// The partner works (couples only).
    pub fn partner_works(&self) -> bool {
        self.household == Household::Couple && self.partner_hours_per_week > Decimal::ZERO
    }

    /// The youngest age the applicant can have: the age in years if given,
    /// else the lowest age of the group (art. 31 lid 5 asks "27 or older").
    pub fn lowest_age(&self) -> u32 {
        self.age_years.unwrap_or(self.age.lowest_age())
    }
}

/// Largest inputs the rules accept (a week has 168 hours).
pub const MAX_HOURS: Decimal = Decimal::from_parts(168, 0, 0, false, 0);
pub const MAX_WAGE: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);
pub const MAX_HOUSEMATES: u32 = 20;
pub const MAX_PREMIE_CAP: Decimal = Decimal::from_parts(2000, 0, 0, false, 0);
pub const MAX_RENT: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);
pub const MAX_CHILDREN: usize = 12;

/// Why a scenario cannot be calculated. Each has a message key in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    DateTooEarly {
        first: Date,
    },
    HoursOutOfRange,
    WageOutOfRange,
    HousematesOutOfRange,
    AgeYearsMismatch,
    ChildAgeOutOfRange,
    PremieCapOutOfRange,
    PartnerHoursOutOfRange,
    PartnerWageOutOfRange,
    RentOutOfRange,
    TooManyChildren,
    ChildrenAgesOutOfRange,
    /// A parameter the scenario needs is not in our data for this date.
    MissingParameter {
        id: &'static str,
    },
}

impl RuleError {
    /// Message key for the catalogue (`error.*`).
    pub fn key(&self) -> &'static str {
        match self {
            RuleError::DateTooEarly { .. } => "error.date_too_early",
            RuleError::HoursOutOfRange => "error.hours_range",
            RuleError::WageOutOfRange => "error.wage_range",
            RuleError::HousematesOutOfRange => "error.housemates_range",
            RuleError::AgeYearsMismatch => "error.age_mismatch",
            RuleError::ChildAgeOutOfRange => "error.child_age_range",
            RuleError::PremieCapOutOfRange => "error.premie_cap_range",
            RuleError::PartnerHoursOutOfRange => "error.partner_hours_range",
            RuleError::PartnerWageOutOfRange => "error.partner_wage_range",
            RuleError::RentOutOfRange => "error.rent_range",
            RuleError::TooManyChildren => "error.too_many_children",
            RuleError::ChildrenAgesOutOfRange => "error.children_ages_range",
            RuleError::MissingParameter { .. } => "error.missing_parameter",
        }
    }
}

impl core::fmt::Display for RuleError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            RuleError::DateTooEarly { first } => {
                write!(f, "date before {first}: we have no figures for it")
            }
            RuleError::HoursOutOfRange => f.write_str("hours per week must be between 0 and 168"),
            RuleError::WageOutOfRange => f.write_str("hourly wage must be between 0 and 1000"),
            RuleError::HousematesOutOfRange => f.write_str("housemates must be between 0 and 20"),
            RuleError::AgeYearsMismatch => f.write_str("age in years does not fit the age group"),
            RuleError::ChildAgeOutOfRange => f.write_str("child's age must be between 0 and 17"),
            RuleError::PremieCapOutOfRange => {
                f.write_str("premie maximum must be between 0 and 2000")
            }
            RuleError::PartnerHoursOutOfRange => {
                f.write_str("partner's hours per week must be between 0 and 168")
            }
            RuleError::PartnerWageOutOfRange => {
                f.write_str("partner's hourly wage must be between 0 and 1000")
            }
            RuleError::RentOutOfRange => f.write_str("rent must be between 0 and 5000 a month"),
            RuleError::TooManyChildren => f.write_str("at most 12 children"),
            RuleError::ChildrenAgesOutOfRange => {
                f.write_str("children's ages must be between 0 and 17")
            }
            RuleError::MissingParameter { id } => write!(f, "no value of {id} for this date"),
        }
    }
}
