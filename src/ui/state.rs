//! The page's state and its pure transitions: form text → `Scenario` (via
//! `input::set_field`) → `Outcome` (via `rules::calculate`). The last good
//! outcome stays when the input is wrong. No browser calls here.

use super::fragment;
use crate::format::Lang;
use crate::input::months::{plan_from_text, PlannerError, PlannerText};
use crate::input::{self, InputError};
use crate::rules::data::timing::{PAYSLIP_LAG_MONTHS, PROCESSING_MONTHS};
use crate::rules::data::FIRST_DATE;
use crate::rules::months::{self, MonthsError, MonthsOutcome, Plan, YearMonth};
use crate::rules::param::Usage;
use crate::rules::{self, Date, Outcome, RuleError, Scenario};
use rust_decimal::Decimal;
use std::rc::Rc;

/// One input: its scenario key (`input::set_field`) and its element id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub id: &'static str,
}

const fn field(key: &'static str, id: &'static str) -> Field {
    Field { key, id }
}

/// Every input on the page, in the order of the form.
pub const FIELDS: [Field; 15] = [
    field("hours_per_week", "hours"),
    field("hourly_wage", "wage"),
    field("household", "household"),
    field("housemates", "housemates"),
    field("age", "age"),
    field("date", "date"),
    field("korting_by", "korting-by"),
    field("scheme", "scheme"),
    field("vrijlating_n", "vrijlating-n"),
    field("vrijlating_r", "vrijlating-r"),
    field("premie_cap", "premie-cap"),
    field("age_years", "age-years"),
    field("partner_age", "partner-age"),
    field("children", "children"),
    field("youngest_child_age", "youngest-child-age"),
];

/// Every input of the month-by-month planner: its fragment key (the CLI's
/// key where there is one) and its element id.
pub const PLAN_FIELDS: [Field; 12] = [
    field("months_pattern", "months-pattern"),
    field("months_count", "months-count"),
    field("months_min", "months-hours-min"),
    field("months_max", "months-hours-max"),
    field("months_list", "months-list"),
    field("months_unit", "months-list-unit"),
    field("months_before", "months-before"),
    field("estimate", "months-estimate"),
    field("pay", "months-pay"),
    field("pay_lag_months", "months-pay-lag"),
    field("payslip_lag_months", "months-payslip-lag"),
    field("processing_months", "months-processing"),
];

/// The element id of a scenario or planner key.
pub fn id_of(key: &str) -> &'static str {
    FIELDS
        .iter()
        .chain(PLAN_FIELDS.iter())
        .find(|f| f.key == key)
        .map_or("hours", |f| f.id)
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
    /// The planner key of the field it is about, if one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            MonthsProblem::Input(e) => Some(e.field()),
            MonthsProblem::Rule(MonthsError::LagOutOfRange { field }) => Some(field),
            MonthsProblem::Rule(MonthsError::PayLagWithFourWeekly) => Some("pay_lag_months"),
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
    pub form: Vec<(&'static str, String)>,
    pub plan: Plan,
    pub outcome: MonthsOutcome,
}

/// The input a rule error is about (its message shows next to it).
pub fn rule_error_field(e: &RuleError) -> &'static str {
    match e {
        RuleError::DateTooEarly { .. } | RuleError::MissingParameter { .. } => "date",
        RuleError::HoursOutOfRange => "hours_per_week",
        RuleError::WageOutOfRange => "hourly_wage",
        RuleError::HousematesOutOfRange => "housemates",
        RuleError::AgeYearsMismatch => "age_years",
        RuleError::ChildAgeOutOfRange => "youngest_child_age",
        RuleError::PremieCapOutOfRange => "premie_cap",
    }
}

/// What is wrong with one field: a message key and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Input(InputError),
    Rule(RuleError),
}

/// A decimal as a person would type it: `12,5` in Dutch, `12.5` in English,
/// without thousands separators (so it reads back the same).
pub fn decimal_text(d: Decimal, lang: Lang) -> String {
    let text = d.normalize().to_string();
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The date the page opens with: today (after our last figures the outcome
/// says which amounts it uses); a clock before our first figures gives those.
pub fn default_date(today: Date) -> Date {
    today.max(FIRST_DATE)
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A field's text changed (typing, choosing, ticking).
    Set(&'static str, String),
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The default date (today, clamped).
    pub today: Date,
    /// The text of every field, by scenario key, in `FIELDS` order.
    pub form: Vec<(&'static str, String)>,
    /// Problems by scenario key.
    pub problems: Vec<(&'static str, FieldProblem)>,
    /// The last scenario that calculated, and its outcome.
    pub good: Option<(Scenario, Rc<Outcome>)>,
    /// The minimum hourly wage for the current scenario (the wage hint).
    pub minimum_wage: Option<Decimal>,
    pub view: View,
    /// The text of every planner field, by key, in `PLAN_FIELDS` order.
    pub plan_form: Vec<(&'static str, String)>,
    pub months_problem: Option<MonthsProblem>,
    /// The last plan that calculated (for the last good scenario).
    pub months: Option<Shared<MonthsResult>>,
}

impl State {
    /// The page on load: defaults, then whatever the fragment holds.
    pub fn new(today: Date, fragment: &str) -> State {
        let today = default_date(today);
        let mut state = State {
            lang: Lang::Nl,
            today,
            form: default_form(today, Lang::Nl),
            problems: Vec::new(),
            good: None,
            minimum_wage: None,
            view: View::Main,
            plan_form: default_plan_form(),
            months_problem: None,
            months: None,
        };
        state.load_fragment(fragment);
        state
    }

    /// The text of a scenario or planner field.
    pub fn text(&self, key: &str) -> &str {
        self.form
            .iter()
            .chain(self.plan_form.iter())
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    fn set_text(&mut self, key: &'static str, text: String) {
        if let Some(slot) = self
            .form
            .iter_mut()
            .chain(self.plan_form.iter_mut())
            .find(|(k, _)| *k == key)
        {
            slot.1 = text;
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

    pub fn problem(&self, key: &str) -> Option<&FieldProblem> {
        self.problems
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| p)
    }

    pub fn outcome(&self) -> Option<&Rc<Outcome>> {
        self.good.as_ref().map(|(_, o)| o)
    }

    /// True when the shown outcome is not for the current input.
    pub fn is_stale(&self) -> bool {
        !self.problems.is_empty()
    }

    /// The hours for the slider: the typed hours if they read, else the last good ones.
    pub fn slider_hours(&self) -> Decimal {
        let typed = input::parse_decimal(self.text("hours_per_week")).ok();
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
        let mut pairs = match &self.good {
            Some((s, _)) if *s != default => input::fields(s),
            _ => Vec::new(),
        };
        if let Some(m) = &self.months {
            let defaults = default_plan_form();
            for (key, text) in &m.form {
                if defaults.iter().any(|(k, d)| k == key && d != text) {
                    pairs.push((key, text.trim().to_string()));
                }
            }
        }
        if self.view == View::Months {
            pairs.push(("view", "months".to_string()));
        }
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
            let text = self.text(f.key).to_string();
            if let Err(e) = input::set_field(&mut s, f.key, &text) {
                self.problems.push((f.key, FieldProblem::Input(e.error)));
            }
        }
        self.minimum_wage = rules::wage::minimum_hourly(&s, &mut Usage::default()).ok();
        if !self.problems.is_empty() {
            return;
        }
        match rules::calculate(&s) {
            Ok(outcome) => self.good = Some((s, Rc::new(outcome))),
            Err(e) => {
                let key = rule_error_field(&e);
                self.problems.push((key, FieldProblem::Rule(e)));
            }
        }
        self.recalculate_months();
    }

    /// The planner's text and the last good scenario → the months, via
    /// `input::months::plan_from_text` and `rules::months::calculate`.
    fn plan_months(&self) -> Option<Result<MonthsResult, MonthsProblem>> {
        let (s, _) = self.good.as_ref()?;
        let t = |k| self.text(k);
        let text = PlannerText {
            pattern: t("months_pattern"),
            count: t("months_count"),
            hours_min: t("months_min"),
            hours_max: t("months_max"),
            list: t("months_list"),
            list_unit: t("months_unit"),
            before: t("months_before"),
            estimate: t("estimate"),
            pay: t("pay"),
            pay_lag_months: t("pay_lag_months"),
            payslip_lag_months: t("payslip_lag_months"),
            processing_months: t("processing_months"),
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
        // A link without a language keeps the one on screen.
        self.lang = match pairs.iter().find(|(k, _)| k == "lang") {
            Some((_, v)) if v == "en" => Lang::En,
            Some(_) => Lang::Nl,
            None => self.lang,
        };
        self.form = default_form(self.today, self.lang);
        self.plan_form = default_plan_form();
        self.months = None;
        self.view = match pairs.iter().find(|(k, _)| k == "view") {
            Some((_, v)) if v == "months" => View::Months,
            Some(_) => View::Main,
            None => self.view,
        };
        for (key, value) in &pairs {
            if let Some(f) = PLAN_FIELDS.iter().find(|f| f.key == key) {
                self.set_text(f.key, value.trim().to_string());
                continue;
            }
            let Some(f) = FIELDS.iter().find(|f| f.key == key) else {
                continue;
            };
            let mut probe = Scenario::default();
            if input::set_field(&mut probe, f.key, value).is_err() {
                continue;
            }
            let text = match f.key {
                "hours_per_week" | "hourly_wage" | "premie_cap" => input::parse_decimal(value)
                    .map_or_else(|_| value.clone(), |d| decimal_text(d, self.lang)),
                _ => value.trim().to_string(),
            };
            self.set_text(f.key, text);
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
            self.set_text(key, default);
            self.recalculate();
        }
        // A planner the rules refuse goes back to its defaults.
        if self.months_problem.is_some() {
            self.plan_form = default_plan_form();
            self.recalculate_months();
        }
    }

    /// The one transition function (Yew's reducer calls it).
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Set(key, text) => {
                self.set_text(key, text);
                self.recalculate();
            }
            Action::SetHours(hours) => {
                self.set_text("hours_per_week", decimal_text(hours, self.lang));
                self.recalculate();
            }
            Action::SetView(view) => self.view = view,
            Action::ToggleLang => {
                self.lang = match self.lang {
                    Lang::Nl => Lang::En,
                    Lang::En => Lang::Nl,
                };
            }
            Action::LoadFragment(text) => {
                if text.trim_start_matches('#') != self.fragment() {
                    self.load_fragment(&text);
                }
            }
            Action::Reset => {
                let (lang, view) = (self.lang, self.view);
                *self = State::new(self.today, "");
                self.lang = lang;
                self.view = view;
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
fn default_form(date: Date, lang: Lang) -> Vec<(&'static str, String)> {
    let s = Scenario {
        date,
        ..Scenario::default()
    };
    let given = input::fields(&s);
    FIELDS
        .iter()
        .map(|f| {
            let text = given
                .iter()
                .find(|(k, _)| *k == f.key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let text = match f.key {
                "hours_per_week" => {
                    input::parse_decimal(&text).map_or(text, |d| decimal_text(d, lang))
                }
                _ => text,
            };
            (f.key, text)
        })
        .collect()
}

/// The planner's text before anything is typed.
pub fn default_plan_form() -> Vec<(&'static str, String)> {
    PLAN_FIELDS
        .iter()
        .map(|f| {
            let text = match f.key {
                "months_pattern" => "steady".to_string(),
                "months_count" => "6".to_string(),
                "months_unit" => "month".to_string(),
                "estimate" => "last_month".to_string(),
                "pay" => "monthly".to_string(),
                "pay_lag_months" => "0".to_string(),
                "payslip_lag_months" => PAYSLIP_LAG_MONTHS.to_string(),
                "processing_months" => PROCESSING_MONTHS.to_string(),
                _ => String::new(),
            };
            (f.key, text)
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
        assert_eq!(s.text("date"), "2026-03-15");
        assert!(s.minimum_wage.is_some());
    }

    #[test]
    fn bad_input_keeps_the_last_result() {
        let mut s = State::new(today(), "");
        s.apply(Action::Set("hours_per_week", "16".into()));
        let before = s.outcome().map(|o| o.now.total);
        for bad in ["abc", "-5", "1,23456"] {
            s.apply(Action::Set("hourly_wage", bad.into()));
            assert!(matches!(
                s.problem("hourly_wage"),
                Some(FieldProblem::Input(_))
            ));
            assert_eq!(s.outcome().map(|o| o.now.total), before);
        }
        s.apply(Action::Set("hourly_wage", "5000".into()));
        assert_eq!(
            s.problem("hourly_wage"),
            Some(&FieldProblem::Rule(RuleError::WageOutOfRange))
        );
        assert_eq!(s.outcome().map(|o| o.now.total), before);
        s.apply(Action::Set("hourly_wage", "".into()));
        assert!(!s.is_stale());
    }

    #[test]
    fn the_fragment_reproduces_the_scenario() {
        let mut s = State::new(today(), "");
        s.apply(Action::Set("household", "couple".into()));
        s.apply(Action::Set("hours_per_week", "12,5".into()));
        s.apply(Action::Set("hourly_wage", "€ 15,25".into()));
        s.apply(Action::Set("vrijlating_n", "true".into()));
        s.apply(Action::ToggleLang);
        let frag = s.fragment();
        assert!(frag.contains("hours_per_week=12.5"), "{frag}");
        let back = State::new(today(), &format!("#{frag}"));
        assert_eq!(back.lang, Lang::En);
        assert_eq!(back.text("hours_per_week"), "12.5");
        assert_eq!(back.text("hourly_wage"), "15.25");
        assert_eq!(
            back.good.as_ref().map(|(sc, _)| sc),
            s.good.as_ref().map(|(sc, _)| sc)
        );
    }

    #[test]
    fn a_new_link_keeps_the_language_unless_it_names_one() {
        let mut s = State::new(today(), "#lang=en");
        s.apply(Action::LoadFragment("#hours_per_week=30".into()));
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.text("hours_per_week"), "30");
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
        assert_eq!(s.text("hours_per_week"), "0");
        assert_eq!(s.text("household"), "single");
        assert_eq!(s.text("date"), "2026-03-15");
        assert_eq!(s.text("hourly_wage"), "");
        assert!(s.outcome().is_some());
    }

    #[test]
    fn defaults_give_a_clean_address_and_reset_returns_to_them() {
        let mut s = State::new(today(), "");
        assert_eq!(s.fragment(), "");
        s.apply(Action::Set("hourly_wage", "16,50".into()));
        s.apply(Action::ToggleLang);
        assert!(s.fragment().contains("hourly_wage=16.5"));
        s.apply(Action::Reset);
        assert_eq!(s.text("hourly_wage"), "");
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.fragment(), "lang=en");
        assert!(s.outcome().is_some());
    }

    #[test]
    fn slider_and_chart_set_hours_in_the_language() {
        let mut s = State::new(today(), "");
        s.apply(Action::SetHours(dec!(12.25)));
        assert_eq!(s.text("hours_per_week"), "12,25");
        assert_eq!(s.slider_hours(), dec!(12.25));
        s.apply(Action::Set("hours_per_week", "60".into()));
        assert_eq!(s.slider_hours(), dec!(40));
    }

    #[test]
    fn a_date_after_our_figures_stays_the_real_date_and_is_calculated() {
        let s = State::new(Date::ymd(2031, 5, 1), "");
        assert_eq!(s.text("date"), "2031-05-01");
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
        assert_eq!(s.text("date"), FIRST_DATE.to_string());
    }

    #[test]
    fn the_month_planner_follows_the_main_form_and_goes_in_the_link() {
        let mut s = State::new(today(), "#date=2026-03-01&hours_per_week=12");
        let first = s.months.as_ref().map(|m| m.outcome.rows.len());
        assert_eq!(first, Some(6));
        s.apply(Action::SetView(View::Months));
        s.apply(Action::Set("months_pattern", "list".into()));
        s.apply(Action::Set("months_list", "40\n0\n80".into()));
        s.apply(Action::Set("estimate", "average_3".into()));
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
        assert_eq!(back.text("months_list"), "40\n0\n80");
        assert_eq!(
            back.months.as_ref().map(|m| &m.outcome),
            s.months.as_ref().map(|m| &m.outcome)
        );
        // The main form's wage changes the months too.
        let before = s.months.as_ref().map(|m| m.outcome.totals.earned);
        s.apply(Action::Set("hourly_wage", "20".into()));
        assert_ne!(s.months.as_ref().map(|m| m.outcome.totals.earned), before);
    }

    #[test]
    fn a_planner_problem_keeps_the_last_months() {
        let mut s = State::new(today(), "#view=months");
        s.apply(Action::Set("months_pattern", "list".into()));
        assert_eq!(
            s.months_problem,
            Some(MonthsProblem::Input(PlannerError::ListEmpty))
        );
        s.apply(Action::Set("months_list", "10 abc".into()));
        assert_eq!(
            s.months_problem.as_ref().and_then(MonthsProblem::field),
            Some("months_list")
        );
        assert!(s.months_stale());
        assert_eq!(s.months.as_ref().map(|m| m.outcome.rows.len()), Some(6));
        s.apply(Action::Set("months_list", "10 20".into()));
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
        assert_eq!(s.text("months_pattern"), "steady");
        assert_eq!(s.text("processing_months"), "1");
        assert_eq!(s.view, View::Months);
        assert!(s.months.is_some());
        let mut s = State::new(today(), "#view=months&months_pattern=list&months_list=5");
        s.apply(Action::Reset);
        assert_eq!(s.text("months_pattern"), "steady");
        assert_eq!(s.view, View::Months);
        assert_eq!(s.fragment(), "view=months");
    }
}
