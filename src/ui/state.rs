//! The page's state and its pure transitions: form text → `Scenario` (via
//! `input::set_field`) → `Outcome` (via `rules::calculate`). The last good
//! outcome stays when the input is wrong. No browser calls here.

use super::fragment;
use super::room::{self, Room};
use crate::format::Lang;
use crate::input::months::{
    estimate_code, pay_code, plan_from_text, PlannerError, PlannerField, PlannerText,
};
use crate::input::{self, Field, InputError};
use crate::rules::months::{self, MonthsError, MonthsOutcome, Plan, YearMonth};
use crate::rules::{self, Date, Outcome, Prepared, RuleError, Scenario};
use rust_decimal::Decimal;
use std::rc::Rc;

/// One input of the page: a field of the scenario or of the month planner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Scenario(Field),
    Plan(PlannerField),
}

impl From<Field> for Key {
    fn from(f: Field) -> Key {
        Key::Scenario(f)
    }
}

impl From<PlannerField> for Key {
    fn from(f: PlannerField) -> Key {
        Key::Plan(f)
    }
}

impl Key {
    /// The key in links.
    pub fn key(self) -> &'static str {
        match self {
            Key::Scenario(f) => f.key(),
            Key::Plan(f) => f.key(),
        }
    }

    /// The action that sets this input's text.
    pub fn set(self, text: String) -> Action {
        match self {
            Key::Scenario(f) => Action::Set(f, text),
            Key::Plan(f) => Action::SetPlan(f, text),
        }
    }
}

/// Every input on the page, in the order of the form.
pub const FIELDS: [Field; 23] = [
    Field::HoursPerWeek,
    Field::HourlyWage,
    Field::Household,
    Field::PartnerHoursPerWeek,
    Field::PartnerHourlyWage,
    Field::ChildrenAges,
    Field::Housemates,
    Field::Rent,
    Field::Age,
    Field::PremieUnder27,
    Field::Date,
    Field::KortingBy,
    Field::Scheme,
    Field::VrijlatingN,
    Field::VrijlatingR,
    Field::PremieCap,
    Field::AgeYears,
    Field::PartnerAge,
    Field::Children,
    Field::YoungestChildAge,
    Field::GetsZorgtoeslag,
    Field::GetsHuurtoeslag,
    Field::GetsKindgebondenBudget,
];

/// Every input of the month-by-month planner, in the order of the form.
pub const PLAN_FIELDS: [PlannerField; 13] = PlannerField::ALL;

/// The element id of an input.
pub fn id_of(key: impl Into<Key>) -> &'static str {
    match key.into() {
        Key::Scenario(f) => match f {
            Field::HoursPerWeek => "hours",
            Field::HourlyWage => "wage",
            Field::Household => "household",
            Field::Housemates => "housemates",
            Field::Age => "age",
            Field::Date => "date",
            Field::KortingBy => "korting-by",
            Field::Scheme => "scheme",
            Field::VrijlatingN => "vrijlating-n",
            Field::VrijlatingR => "vrijlating-r",
            Field::PremieCap => "premie-cap",
            Field::AgeYears => "age-years",
            Field::PartnerAge => "partner-age",
            Field::Children => "children",
            Field::YoungestChildAge => "youngest-child-age",
            Field::PremieUnder27 => "premie-under-27",
            Field::PartnerHoursPerWeek => "partner-hours",
            Field::PartnerHourlyWage => "partner-wage",
            Field::ChildrenAges => "children-ages",
            Field::Rent => "rent",
            Field::GetsZorgtoeslag => "gets-zorgtoeslag",
            Field::GetsHuurtoeslag => "gets-huurtoeslag",
            Field::GetsKindgebondenBudget => "gets-kindgebonden-budget",
            Field::Allowances => "allowances",
        },
        Key::Plan(f) => match f {
            PlannerField::MonthsPattern => "months-pattern",
            PlannerField::MonthsCount => "months-count",
            PlannerField::MonthsMin => "months-hours-min",
            PlannerField::MonthsMax => "months-hours-max",
            PlannerField::MonthsList => "months-list",
            PlannerField::MonthsUnit => "months-list-unit",
            PlannerField::MonthsBefore => "months-before",
            PlannerField::Estimate => "months-estimate",
            PlannerField::Pay => "months-pay",
            PlannerField::PayLagMonths => "months-pay-lag",
            PlannerField::PayslipLagMonths => "months-payslip-lag",
            PlannerField::ProcessingMonths => "months-processing",
            PlannerField::NMonthsUsed => "months-n-used",
        },
    }
}

/// The two views on the same inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// One average month, and the chart over 0–40 hours.
    Main,
    /// Month by month: what is paid when, and what is corrected later.
    Months,
}

/// What is wrong with the planner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthsProblem {
    Input(PlannerError),
    Rule(MonthsError),
}

impl MonthsProblem {
    /// The planner field it is about, if one.
    pub fn field(&self) -> Option<PlannerField> {
        match self {
            MonthsProblem::Input(e) => Some(e.field()),
            // The rules name the plan's field with its key.
            MonthsProblem::Rule(MonthsError::LagOutOfRange { field }) => {
                PlannerField::from_key(field)
            }
            MonthsProblem::Rule(MonthsError::PayLagWithFourWeekly) => {
                Some(PlannerField::PayLagMonths)
            }
            MonthsProblem::Rule(_) => None,
        }
    }
}

/// A calculated result, compared by identity: each calculation is a new
/// value, so the page needs no deep comparison of every month.
#[derive(Debug, Clone)]
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The last plan that calculated: the planner's text, the plan and its months.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthsResult {
    pub form: Vec<(PlannerField, String)>,
    pub plan: Plan,
    pub outcome: MonthsOutcome,
}

/// The input a rule error is about (its message shows next to it).
pub fn rule_error_field(e: &RuleError) -> Field {
    match e {
        RuleError::DateTooEarly { .. } | RuleError::MissingParameter { .. } => Field::Date,
        RuleError::HoursOutOfRange => Field::HoursPerWeek,
        RuleError::WageOutOfRange => Field::HourlyWage,
        RuleError::HousematesOutOfRange => Field::Housemates,
        RuleError::AgeYearsMismatch => Field::AgeYears,
        RuleError::ChildAgeOutOfRange => Field::YoungestChildAge,
        RuleError::PremieCapOutOfRange => Field::PremieCap,
        RuleError::PartnerHoursOutOfRange => Field::PartnerHoursPerWeek,
        RuleError::PartnerWageOutOfRange => Field::PartnerHourlyWage,
        RuleError::RentOutOfRange => Field::Rent,
        RuleError::TooManyChildren | RuleError::ChildrenAgesOutOfRange => Field::ChildrenAges,
    }
}

/// What is wrong with one field (`i18n` has the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Input(InputError),
    Rule(RuleError),
}

/// A decimal as a person would type it: `12,5` in Dutch, `12.5` in English,
/// without thousands separators (so it reads back the same).
pub fn decimal_text(d: Decimal, lang: Lang) -> String {
    let text = crate::format::typed(d);
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A field's text changed (typing, choosing, ticking).
    Set(Field, String),
    /// A planner field's text changed.
    SetPlan(PlannerField, String),
    /// Hours chosen with the slider or the chart.
    SetHours(Decimal),
    /// The average month or the month-by-month view.
    SetView(View),
    /// The other language.
    ToggleLang,
    /// A fragment from the address bar (on load or `hashchange`).
    LoadFragment(String),
    /// "Alles wissen": every input back to its default (the language stays).
    Reset,
    /// The mode (own, meeting, information day) or its settings.
    SetRoom(Room),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The default date: today, or the rules' first date when the clock is
    /// before it (after our last figures the outcome says which amounts it uses).
    pub today: Date,
    /// The text of every field, in `FIELDS` order.
    pub form: Vec<(Field, String)>,
    /// Problems by field.
    pub problems: Vec<(Field, FieldProblem)>,
    /// The last scenario that calculated, and its outcome.
    pub good: Option<(Scenario, Rc<Outcome>)>,
    /// The hours-free part of the last calculation (rules, thresholds, curve):
    /// a change of hours only computes the month at the new hours.
    pub prepared: Option<Shared<Prepared>>,
    pub view: View,
    /// The text of every planner field, in `PLAN_FIELDS` order.
    pub plan_form: Vec<(PlannerField, String)>,
    pub months_problem: Option<MonthsProblem>,
    /// The last plan that calculated (for the last good scenario).
    pub months: Option<Shared<MonthsResult>>,
    /// The last link read had a part that could not be used (a bad value, an
    /// unknown key): the page says so until the next link or "Alles wissen".
    pub link_problem: bool,
    /// How the page is used (`ui::room`).
    pub room: Room,
}

/// True when a fragment is a link to a scenario, not an in-page anchor
/// (`#result`, `#unconfirmed`): it has a `key=value` pair or one of the
/// page's keys.
pub fn is_link(text: &str) -> bool {
    let ours = |k: &str| {
        k == "lang"
            || k == "view"
            || Field::from_key(k).is_some()
            || PlannerField::from_key(k).is_some()
            || room::is_key(k)
    };
    text.contains('=') || fragment::parse(text).iter().any(|(k, _)| ours(k))
}

impl State {
    /// The page on load: defaults, then whatever the fragment holds.
    pub fn new(today: Date, fragment: &str) -> State {
        let mut state = State {
            lang: Lang::Nl,
            today,
            form: default_form(today, Lang::Nl),
            problems: Vec::new(),
            good: None,
            prepared: None,
            view: View::Main,
            plan_form: default_plan_form(),
            months_problem: None,
            months: None,
            link_problem: false,
            room: Room::default(),
        };
        state.load_fragment(fragment);
        // A clock before our first figures: open on the first date the rules name.
        if let Some(FieldProblem::Rule(RuleError::DateTooEarly { first })) =
            state.problem(Field::Date)
        {
            state.today = *first;
            state.load_fragment(fragment);
        }
        state
    }

    /// The text of a scenario or planner field.
    pub fn text(&self, key: impl Into<Key>) -> &str {
        let found = match key.into() {
            Key::Scenario(f) => self.form.iter().find(|(k, _)| *k == f).map(|(_, v)| v),
            Key::Plan(f) => self.plan_form.iter().find(|(k, _)| *k == f).map(|(_, v)| v),
        };
        found.map_or("", String::as_str)
    }

    fn set_text(&mut self, key: impl Into<Key>, text: String) {
        let slot = match key.into() {
            Key::Scenario(f) => self.form.iter_mut().find(|(k, _)| *k == f).map(|(_, v)| v),
            Key::Plan(f) => self
                .plan_form
                .iter_mut()
                .find(|(k, _)| *k == f)
                .map(|(_, v)| v),
        };
        if let Some(slot) = slot {
            *slot = text;
        }
    }

    /// The scenario the planner uses: the last one that calculated.
    pub fn scenario(&self) -> Option<&Scenario> {
        self.good.as_ref().map(|(s, _)| s)
    }

    /// True when the months shown are not for the current input.
    pub fn months_stale(&self) -> bool {
        self.is_stale() || self.months_problem.is_some()
    }

    pub fn problem(&self, field: Field) -> Option<&FieldProblem> {
        self.problems
            .iter()
            .find(|(k, _)| *k == field)
            .map(|(_, p)| p)
    }

    pub fn outcome(&self) -> Option<&Rc<Outcome>> {
        self.good.as_ref().map(|(_, o)| o)
    }

    /// The minimum hourly wage of the last good outcome (the wage hint).
    pub fn minimum_wage(&self) -> Option<Decimal> {
        self.outcome().map(|o| o.minimum_wage)
    }

    /// True when the shown outcome is not for the current input.
    pub fn is_stale(&self) -> bool {
        !self.problems.is_empty()
    }

    /// The hours for the slider: the typed hours if they read, else the last good ones.
    pub fn slider_hours(&self) -> Decimal {
        let typed = input::parse_decimal(self.text(Field::HoursPerWeek)).ok();
        let hours = typed
            .or_else(|| self.good.as_ref().map(|(s, _)| s.hours_per_week))
            .unwrap_or_default();
        hours.clamp(Decimal::ZERO, Decimal::from(40))
    }

    /// The fragment for the last good scenario (and the language if not
    /// Dutch). Empty while everything is at its default, so a fresh page
    /// (or one just cleared) has a clean address.
    pub fn fragment(&self) -> String {
        let default = Scenario {
            date: self.today,
            ..Scenario::default()
        };
        let mut pairs: Vec<(&str, String)> = match &self.good {
            Some((s, _)) if *s != default => input::fields(s)
                .into_iter()
                .map(|(f, text)| (f.key(), text))
                .collect(),
            _ => Vec::new(),
        };
        if let Some(m) = &self.months {
            let defaults = default_plan_form();
            for (field, text) in &m.form {
                if defaults.iter().any(|(k, d)| k == field && d != text) {
                    pairs.push((field.key(), text.trim().to_string()));
                }
            }
        }
        if self.view == View::Months {
            pairs.push(("view", "months".to_string()));
        }
        pairs.extend(self.room.pairs());
        if self.lang != Lang::Nl {
            pairs.push(("lang", self.lang.code().to_string()));
        }
        fragment::build(&pairs)
    }

    /// Reads the form into a scenario and calculates. Problems are recorded;
    /// the last good outcome stays when there are any.
    fn recalculate(&mut self) {
        self.problems.clear();
        let mut s = Scenario {
            date: self.today,
            ..Scenario::default()
        };
        for f in FIELDS {
            let text = self.text(f).to_string();
            if let Err(e) = input::set_field(&mut s, f, &text) {
                self.problems.push((f, FieldProblem::Input(e.error)));
            }
        }
        if !self.problems.is_empty() {
            // The outcome shown (and its minimum wage) stays the last good one.
            return;
        }
        let prepared = match &self.prepared {
            Some(p) if p.fits(&s) => Ok(p.clone()),
            _ => rules::prepare(&s).map(|p| Shared(Rc::new(p))),
        };
        match prepared.and_then(|p| {
            let outcome = p.outcome(s.hours_per_week)?;
            self.prepared = Some(p);
            Ok(outcome)
        }) {
            Ok(outcome) => {
                self.good = Some((s, Rc::new(outcome)));
            }
            Err(e) => {
                let field = rule_error_field(&e);
                self.problems.push((field, FieldProblem::Rule(e)));
            }
        }
        // The months follow on every change only while they are shown; a
        // link (`load_fragment`) or opening the view brings them up to date.
        // A change of hours then costs one month, not a whole plan.
        if self.view == View::Months {
            self.recalculate_months();
        }
    }

    /// The planner's text and the last good scenario → the months, via
    /// `input::months::plan_from_text` and `rules::months::calculate`.
    fn plan_months(&self) -> Option<Result<MonthsResult, MonthsProblem>> {
        let (s, _) = self.good.as_ref()?;
        let t = |f: PlannerField| self.text(f);
        let text = PlannerText {
            pattern: t(PlannerField::MonthsPattern),
            count: t(PlannerField::MonthsCount),
            hours_min: t(PlannerField::MonthsMin),
            hours_max: t(PlannerField::MonthsMax),
            list: t(PlannerField::MonthsList),
            list_unit: t(PlannerField::MonthsUnit),
            before: t(PlannerField::MonthsBefore),
            estimate: t(PlannerField::Estimate),
            pay: t(PlannerField::Pay),
            pay_lag_months: t(PlannerField::PayLagMonths),
            payslip_lag_months: t(PlannerField::PayslipLagMonths),
            processing_months: t(PlannerField::ProcessingMonths),
            n_months_used: t(PlannerField::NMonthsUsed),
        };
        let start = YearMonth::of(s.date);
        Some(
            plan_from_text(&text, start, s.hours_per_week)
                .map_err(MonthsProblem::Input)
                .and_then(|plan| {
                    months::calculate(s, &plan)
                        .map(|outcome| MonthsResult {
                            form: self.plan_form.clone(),
                            plan,
                            outcome,
                        })
                        .map_err(MonthsProblem::Rule)
                }),
        )
    }

    /// Recalculates the months; the last good months stay on a problem.
    fn recalculate_months(&mut self) {
        match self.plan_months() {
            Some(Ok(m)) => {
                self.months_problem = None;
                self.months = Some(Shared(Rc::new(m)));
            }
            Some(Err(p)) => self.months_problem = Some(p),
            None => self.months_problem = None,
        }
    }

    /// Defaults, then every known key of the fragment that reads; values
    /// that do not read, or that the rules refuse, fall back to the default.
    fn load_fragment(&mut self, text: &str) {
        let pairs = fragment::parse(text);
        // Anything of the link that is not used makes the page say so.
        let mut unread = pairs.iter().any(|(k, v)| match k.as_str() {
            "lang" => v != "en" && v != "nl",
            "view" => v != "months" && v != "main",
            k if room::is_key(k) => false,
            k => Field::from_key(k).is_none() && PlannerField::from_key(k).is_none(),
        });
        // A link without a language keeps the one on screen.
        self.lang = match pairs.iter().find(|(k, _)| k == "lang") {
            Some((_, v)) if v == "en" => Lang::En,
            Some(_) => Lang::Nl,
            None => self.lang,
        };
        self.form = default_form(self.today, self.lang);
        self.plan_form = default_plan_form();
        self.months = None;
        unread |= self.room.read(&pairs);
        self.view = match pairs.iter().find(|(k, _)| k == "view") {
            Some((_, v)) if v == "months" => View::Months,
            Some(_) => View::Main,
            None => self.view,
        };
        for (key, value) in &pairs {
            if let Some(f) = PlannerField::from_key(key) {
                self.set_text(f, value.trim().to_string());
                continue;
            }
            let Some(f) = Field::from_key(key) else {
                continue;
            };
            let mut probe = Scenario::default();
            if input::set_field(&mut probe, f, value).is_err() {
                unread = true;
                continue;
            }
            let text = match f {
                Field::HoursPerWeek
                | Field::HourlyWage
                | Field::PremieCap
                | Field::PartnerHoursPerWeek
                | Field::PartnerHourlyWage
                | Field::Rent => input::parse_decimal(value)
                    .map_or_else(|_| value.clone(), |d| decimal_text(d, self.lang)),
                // Older links wrote 27 and older as "21-aow": the form shows today's code.
                Field::Age | Field::PartnerAge => input::parse_age(value)
                    .map_or_else(|_| value.trim().to_string(), |a| input::age_code(a).into()),
                _ => value.trim().to_string(),
            };
            self.set_text(f, text);
        }
        self.recalculate();
        // A value the rules refuse goes back to its default, one at a time.
        let defaults = default_form(self.today, self.lang);
        for _ in 0..FIELDS.len() {
            let Some((key, _)) = self.problems.first().cloned() else {
                break;
            };
            let default = defaults
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            if self.text(key) == default {
                break;
            }
            unread = true;
            self.set_text(key, default);
            self.recalculate();
        }
        // The months of the scenario as read: a link's planner is checked at
        // once, whatever the view (one the rules refuse goes back to its
        // defaults). Without one, the months wait until their view opens
        // (a fifth of the start-up's calculation).
        if self.view == View::Months || self.plan_form != default_plan_form() {
            self.recalculate_months();
            if self.months_problem.is_some() {
                unread = true;
                self.plan_form = default_plan_form();
                self.recalculate_months();
            }
        }
        self.link_problem = unread && is_link(text);
    }

    /// The one transition function (Yew's reducer calls it).
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Set(field, text) => {
                self.set_text(field, text);
                self.recalculate();
            }
            Action::SetPlan(field, text) => {
                self.set_text(field, text);
                self.recalculate();
            }
            Action::SetHours(hours) => {
                self.set_text(Field::HoursPerWeek, decimal_text(hours, self.lang));
                self.recalculate();
            }
            Action::SetView(view) => {
                self.view = view;
                if view == View::Months {
                    self.recalculate_months();
                }
            }
            Action::SetRoom(room) => self.room = room,
            Action::ToggleLang => {
                self.lang = match self.lang {
                    Lang::Nl => Lang::En,
                    Lang::En => Lang::Nl,
                };
            }
            Action::LoadFragment(text) => {
                // An in-page link (the skip link's #result, #unconfirmed) is
                // not a new scenario: the inputs stay as they are.
                if is_link(&text) && text.trim_start_matches('#') != self.fragment() {
                    self.load_fragment(&text);
                }
            }
            Action::Reset => {
                let (lang, view, room) = (self.lang, self.view, self.room.after_reset());
                *self = State::new(self.today, "");
                self.lang = lang;
                self.view = view;
                self.room = room;
                self.form = default_form(self.today, lang);
                self.recalculate();
            }
        }
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The form's text for the default scenario on `date`.
fn default_form(date: Date, lang: Lang) -> Vec<(Field, String)> {
    let s = Scenario {
        date,
        ..Scenario::default()
    };
    let given = input::fields(&s);
    FIELDS
        .iter()
        .map(|&f| {
            let text = given
                .iter()
                .find(|(k, _)| *k == f)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let text = match f {
                Field::HoursPerWeek => {
                    input::parse_decimal(&text).map_or(text, |d| decimal_text(d, lang))
                }
                _ => text,
            };
            (f, text)
        })
        .collect()
}

/// The planner's text before anything is typed: the choices of the rules'
/// default plan (`Plan::new`).
pub fn default_plan_form() -> Vec<(PlannerField, String)> {
    let plan = Plan::new(Vec::new());
    PLAN_FIELDS
        .iter()
        .map(|&f| {
            let text = match f {
                PlannerField::MonthsPattern => "steady".to_string(),
                PlannerField::MonthsCount => "6".to_string(),
                PlannerField::MonthsUnit => "month".to_string(),
                PlannerField::Estimate => estimate_code(plan.estimate).to_string(),
                PlannerField::Pay => pay_code(plan.pay).to_string(),
                PlannerField::PayLagMonths => plan.pay_lag_months.to_string(),
                PlannerField::PayslipLagMonths => plan.payslip_lag_months.to_string(),
                PlannerField::ProcessingMonths => plan.processing_months.to_string(),
                PlannerField::NMonthsUsed => plan.vrijlating_n_months_used.to_string(),
                PlannerField::MonthsMin
                | PlannerField::MonthsMax
                | PlannerField::MonthsList
                | PlannerField::MonthsBefore => String::new(),
            };
            (f, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn today() -> Date {
        Date::ymd(2026, 3, 15)
    }

    #[test]
    fn opens_with_a_result() {
        let s = State::new(today(), "");
        assert!(s.problems.is_empty());
        let o = s.outcome().map(|o| o.now.hours);
        assert_eq!(o, Some(Decimal::ZERO));
        assert_eq!(s.text(Field::Date), "2026-03-15");
        assert!(s.minimum_wage().is_some());
    }

    #[test]
    fn bad_input_keeps_the_last_result() {
        let mut s = State::new(today(), "");
        s.apply(Action::Set(Field::HoursPerWeek, "16".into()));
        let before = s.outcome().map(|o| o.now.total);
        for bad in ["abc", "-5", "1,23456"] {
            s.apply(Action::Set(Field::HourlyWage, bad.into()));
            assert!(matches!(
                s.problem(Field::HourlyWage),
                Some(FieldProblem::Input(_))
            ));
            assert_eq!(s.outcome().map(|o| o.now.total), before);
        }
        s.apply(Action::Set(Field::HourlyWage, "5000".into()));
        assert_eq!(
            s.problem(Field::HourlyWage),
            Some(&FieldProblem::Rule(RuleError::WageOutOfRange))
        );
        assert_eq!(s.outcome().map(|o| o.now.total), before);
        s.apply(Action::Set(Field::HourlyWage, "".into()));
        assert!(!s.is_stale());
    }

    #[test]
    fn the_fragment_reproduces_the_scenario() {
        let mut s = State::new(today(), "");
        s.apply(Action::Set(Field::Household, "couple".into()));
        s.apply(Action::Set(Field::HoursPerWeek, "12,5".into()));
        s.apply(Action::Set(Field::HourlyWage, "€ 15,25".into()));
        s.apply(Action::Set(Field::VrijlatingN, "true".into()));
        s.apply(Action::ToggleLang);
        let frag = s.fragment();
        assert!(frag.contains("hours_per_week=12.5"), "{frag}");
        let back = State::new(today(), &format!("#{frag}"));
        assert_eq!(back.lang, Lang::En);
        assert_eq!(back.text(Field::HoursPerWeek), "12.5");
        assert_eq!(back.text(Field::HourlyWage), "15.25");
        assert_eq!(
            back.good.as_ref().map(|(sc, _)| sc),
            s.good.as_ref().map(|(sc, _)| sc)
        );
    }

    #[test]
    fn an_in_page_link_keeps_every_input() {
        let mut s = State::new(today(), "#hours_per_week=16&hourly_wage=15,50");
        let before = s.form.clone();
        for anchor in ["#result", "#unconfirmed", "#months-result", "#", ""] {
            s.apply(Action::LoadFragment(anchor.into()));
            assert_eq!(s.text(Field::HoursPerWeek), "16", "{anchor}");
            assert_eq!(s.form, before, "{anchor}");
        }
        // A link with the page's keys is still read.
        s.apply(Action::LoadFragment("#hours_per_week=20".into()));
        assert_eq!(s.text(Field::HoursPerWeek), "20");
    }

    #[test]
    fn a_link_read_in_part_keeps_what_it_could_read_and_says_so() {
        let s = State::new(today(), "#hours_per_week=12&wage=abc&household=nonsense");
        assert_eq!(s.text(Field::HoursPerWeek), "12");
        assert_eq!(s.text(Field::Household), "single");
        assert!(s.link_problem);
        // A link the rules refuse in part (99999 an hour) says so as well.
        let s = State::new(today(), "#hours_per_week=8&hourly_wage=99999");
        assert_eq!(s.text(Field::HoursPerWeek), "8");
        assert!(s.link_problem);
        // A whole link, an in-page anchor and no link at all say nothing.
        for good in [
            "#hours_per_week=12&household=couple&lang=en&view=months",
            "",
            "#result",
        ] {
            assert!(!State::new(today(), good).link_problem, "{good}");
        }
        let mut s = State::new(today(), "#hours_per_week=12&wage=abc");
        s.apply(Action::LoadFragment("#result".into()));
        assert!(s.link_problem, "an anchor leaves the message");
        s.apply(Action::LoadFragment("#hours_per_week=14".into()));
        assert!(!s.link_problem, "a good link clears it");
        s.apply(Action::LoadFragment("#hours_per_week=abc".into()));
        assert!(s.link_problem);
        s.apply(Action::Reset);
        assert!(!s.link_problem);
    }

    #[test]
    fn only_links_are_links() {
        for anchor in ["#result", "#unconfirmed", "#months-result", "#", ""] {
            assert!(!is_link(anchor), "{anchor}");
        }
        for link in ["#hours_per_week=1", "#lang=en", "#view", "#wage=abc"] {
            assert!(is_link(link), "{link}");
        }
    }

    #[test]
    fn a_new_link_keeps_the_language_unless_it_names_one() {
        let mut s = State::new(today(), "#lang=en");
        s.apply(Action::LoadFragment("#hours_per_week=30".into()));
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.text(Field::HoursPerWeek), "30");
        s.apply(Action::LoadFragment("#hours_per_week=20&lang=nl".into()));
        assert_eq!(s.lang, Lang::Nl);
    }

    #[test]
    fn bad_fragment_values_fall_back_to_defaults() {
        let s = State::new(
            today(),
            "#hours_per_week=abc&household=castle&date=2020-01-01&hourly_wage=99999&nonsense=1&%zz=%",
        );
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.text(Field::HoursPerWeek), "0");
        assert_eq!(s.text(Field::Household), "single");
        assert_eq!(s.text(Field::Date), "2026-03-15");
        assert_eq!(s.text(Field::HourlyWage), "");
        assert!(s.outcome().is_some());
    }

    #[test]
    fn defaults_give_a_clean_address_and_reset_returns_to_them() {
        let mut s = State::new(today(), "");
        assert_eq!(s.fragment(), "");
        s.apply(Action::Set(Field::HourlyWage, "16,50".into()));
        s.apply(Action::ToggleLang);
        assert!(s.fragment().contains("hourly_wage=16.5"));
        s.apply(Action::Reset);
        assert_eq!(s.text(Field::HourlyWage), "");
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.fragment(), "lang=en");
        assert!(s.outcome().is_some());
    }

    #[test]
    fn slider_and_chart_set_hours_in_the_language() {
        let mut s = State::new(today(), "");
        s.apply(Action::SetHours(dec!(12.25)));
        assert_eq!(s.text(Field::HoursPerWeek), "12,25");
        assert_eq!(s.slider_hours(), dec!(12.25));
        s.apply(Action::Set(Field::HoursPerWeek, "60".into()));
        assert_eq!(s.slider_hours(), dec!(40));
    }

    #[test]
    fn a_date_after_our_figures_stays_the_real_date_and_is_calculated() {
        let s = State::new(Date::ymd(2031, 5, 1), "");
        assert_eq!(s.text(Field::Date), "2031-05-01");
        let o = s.outcome();
        assert_eq!(o.map(|o| o.parameters_from), Some(Date::ymd(2026, 7, 1)));
        assert!(o.is_some_and(|o| o
            .notices
            .iter()
            .any(|n| matches!(n, crate::rules::Notice::AmountsCarriedForward { .. }))));
    }

    #[test]
    fn a_clock_before_our_figures_opens_on_the_first_date() {
        let s = State::new(Date::ymd(2020, 5, 1), "");
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        let first = s.outcome().map(|o| o.first_date.to_string());
        assert_eq!(Some(s.text(Field::Date).to_string()), first);
        assert!(first.as_ref().is_some_and(|d| d.as_str() > "2020-05-01"));
        let linked = State::new(Date::ymd(2020, 5, 1), "#date=2019-01-01&hours_per_week=8");
        assert_eq!(Some(linked.text(Field::Date).to_string()), first);
        assert_eq!(linked.text(Field::HoursPerWeek), "8");
    }

    #[test]
    fn the_month_planner_follows_the_main_form_and_goes_in_the_link() {
        let mut s = State::new(today(), "#date=2026-03-01&hours_per_week=12");
        // Without a planner in the link, the months wait for their view.
        assert!(s.months.is_none());
        s.apply(Action::SetView(View::Months));
        let first = s.months.as_ref().map(|m| m.outcome.rows.len());
        assert_eq!(first, Some(6));
        s.apply(Action::SetPlan(PlannerField::MonthsPattern, "list".into()));
        s.apply(Action::SetPlan(
            PlannerField::MonthsList,
            "40\n0\n80".into(),
        ));
        s.apply(Action::SetPlan(PlannerField::Estimate, "average_3".into()));
        assert!(s.months_problem.is_none(), "{:?}", s.months_problem);
        let rows: Vec<String> = s
            .months
            .as_ref()
            .map(|m| m.outcome.rows.iter().map(|r| r.month.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(rows, ["2026-03", "2026-04", "2026-05"]);
        let frag = s.fragment();
        assert!(frag.contains("view=months"), "{frag}");
        assert!(frag.contains("months_list=40%0A0%0A80"), "{frag}");
        assert!(frag.contains("estimate=average_3"), "{frag}");
        assert!(!frag.contains("months_count"), "defaults stay out: {frag}");
        let back = State::new(today(), &format!("#{frag}"));
        assert_eq!(back.view, View::Months);
        assert_eq!(back.text(PlannerField::MonthsList), "40\n0\n80");
        assert_eq!(
            back.months.as_ref().map(|m| &m.outcome),
            s.months.as_ref().map(|m| &m.outcome)
        );
        // The main form's wage changes the months too.
        let before = s.months.as_ref().map(|m| m.outcome.totals.earned);
        s.apply(Action::Set(Field::HourlyWage, "20".into()));
        assert_ne!(s.months.as_ref().map(|m| m.outcome.totals.earned), before);
    }

    #[test]
    fn a_planner_problem_keeps_the_last_months() {
        let mut s = State::new(today(), "#view=months");
        s.apply(Action::SetPlan(PlannerField::MonthsPattern, "list".into()));
        assert_eq!(
            s.months_problem,
            Some(MonthsProblem::Input(PlannerError::ListEmpty))
        );
        s.apply(Action::SetPlan(PlannerField::MonthsList, "10 abc".into()));
        assert_eq!(
            s.months_problem.as_ref().and_then(MonthsProblem::field),
            Some(PlannerField::MonthsList)
        );
        assert!(s.months_stale());
        assert_eq!(s.months.as_ref().map(|m| m.outcome.rows.len()), Some(6));
        s.apply(Action::SetPlan(PlannerField::MonthsList, "10 20".into()));
        assert!(!s.months_stale());
        assert_eq!(s.months.as_ref().map(|m| m.outcome.rows.len()), Some(2));
    }

    #[test]
    fn bad_planner_links_fall_back_to_the_defaults() {
        let s = State::new(
            today(),
            "#view=months&months_pattern=flex&months_min=8&processing_months=9",
        );
        assert!(s.months_problem.is_none());
        assert_eq!(s.text(PlannerField::MonthsPattern), "steady");
        assert_eq!(s.text(PlannerField::ProcessingMonths), "1");
        assert_eq!(s.view, View::Months);
        assert!(s.months.is_some());
        let mut s = State::new(today(), "#view=months&months_pattern=list&months_list=5");
        s.apply(Action::Reset);
        assert_eq!(s.text(PlannerField::MonthsPattern), "steady");
        assert_eq!(s.view, View::Months);
        assert_eq!(s.fragment(), "view=months");
    }

    #[test]
    fn the_mode_goes_in_the_link_and_survives_a_reset() {
        use super::room::Mode;
        let mut s = State::new(today(), "#mode=infoday&idle_minutes=10&hours_per_week=12");
        assert_eq!((s.room.mode, s.room.idle_minutes), (Mode::Infoday, 10));
        assert!(!s.link_problem);
        assert!(s.fragment().contains("mode=infoday&idle_minutes=10"));
        s.apply(Action::Reset);
        assert_eq!(s.text(Field::HoursPerWeek), "0");
        assert_eq!(s.fragment(), "mode=infoday&idle_minutes=10");
        assert!(is_link("#mode=meeting"));
        // An unknown mode: the page opens as usual and says so.
        let s = State::new(today(), "#mode=party&hours_per_week=12");
        assert_eq!(s.room.mode, Mode::Own);
        assert_eq!(s.text(Field::HoursPerWeek), "12");
        assert!(s.link_problem);
    }
}
