//! Eight whole scenarios worked by hand from model.md and parameters.md, every
//! outcome field checked: "given the date is … and … then the top-up is …".
//!
//! Notation: G = hours × 52/12 × hourly wage (cents); Hp = 8% × G (cents);
//! gross = G + Hp; Y = 12 × gross; tax = max(0, bracket − AHK − AK) in cents;
//! W = (Y − tax) / 12 (cents); V = vrijlating; B = max(0, N − (W − V));
//! P = max(0, min(rate × W, cap) − V) while B > 0; total = W + B + P, or W
//! with the korting once out of bijstand.
//!
//! Thresholds are solved on the linear piece of the tax that holds there, then
//! confirmed at the two hundredths around the solution (rounding of G, Hp, tax
//! and W can move the answer by one hundredth, never more). A week-hour at
//! wage w adds 52/12 × w to G, so Y per hour = 12 × 1.08 × 52/12 × w = 56.16 w.
//!
//! Linear pieces used (parameters.md §8):
//! 2024, 11,490 ≤ Y < 24,820: tax = 36.97% Y − 3362 − (968 + 31.433% (Y − 11490))
//!       = 5.537% Y − 718.3483, so Y − tax = 0.94463 Y + 718.3483.
//! 2025, 12,169 ≤ Y < 26,288: tax = 35.82% Y − 3068 − (980 + 30.03% (Y − 12169))
//!       = 5.79% Y − 393.6493, so Y − tax = 0.9421 Y + 393.6493.
//! 2025, 26,288 ≤ Y ≤ 28,406: tax = 35.82% Y − 3068 − (5220 + 2.258% (Y − 26288))
//!       = 33.562% Y − 7694.41696, so Y − tax = 0.66438 Y + 7694.41696.
//! 2026, 11,965 ≤ Y < 25,845: tax = 35.75% Y − 3115 − (996 + 31.009% (Y − 11965))
//!       = 4.741% Y − 400.77315, so Y − tax = 0.95259 Y + 400.77315.
//! Below about 11,000 a year no tax is due at all (the kortingen exceed the
//! bracket tax), so there W = gross.
//!
//! "W ≥ x" for a W rounded to cents means (Y − tax) / 12 ≥ x − 0.005.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rekenhulp_bijverdienen::format::{formula, Lang};
use rekenhulp_bijverdienen::rules::{
    calculate, AgeGroup, Claims, Date, Household, KortingBy, Outcome, Scenario, Scheme,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// Every field a scenario's outcome shows.
struct Expect {
    norm: Decimal,
    hourly_wage: Decimal,
    hourly_is_minimum: bool,
    gross_base: Decimal,
    holiday_pay: Decimal,
    gross: Decimal,
    tax: Decimal,
    net: Decimal,
    vrijlating: Decimal,
    top_up: Decimal,
    premie: Decimal,
    total: Decimal,
    in_bijstand: bool,
    premie_rule: Option<(Decimal, Decimal)>,
    payment: (Date, Decimal),
    outflow_hours: Decimal,
    outflow_gross: Decimal,
    premie_cap_hours: Option<Decimal>,
    better_off_hours: Decimal,
    best_inside: Decimal,
    extra_hour_gain: Decimal,
    keep_cents_per_euro: Option<Decimal>,
    unconfirmed: &'static [&'static str],
}

fn check(s: &Scenario, e: &Expect) -> Outcome {
    // These scenarios work out the bijstand; the allowances have their own
    // worked tests (in the rules crate), so they are left out here.
    let s = &Scenario {
        allowances: Claims::NONE,
        ..s.clone()
    };
    let o = calculate(s).unwrap();
    let m = &o.now;
    assert_eq!(o.norm, e.norm, "norm");
    assert_eq!(o.hourly_wage, e.hourly_wage, "hourly wage");
    assert_eq!(o.hourly_is_minimum, e.hourly_is_minimum, "minimum wage?");
    assert_eq!(m.hours, s.hours_per_week, "hours");
    assert_eq!(m.wage.gross_base, e.gross_base, "G");
    assert_eq!(m.wage.holiday_pay, e.holiday_pay, "Hp");
    assert_eq!(m.wage.gross, e.gross, "G + Hp");
    assert_eq!(m.wage.annual, e.gross * dec!(12), "Y");
    assert_eq!(m.wage.tax, e.tax, "yearly tax");
    assert_eq!(m.wage.net, e.net, "W");
    assert_eq!(m.vrijlating, e.vrijlating, "V");
    assert_eq!(m.top_up, e.top_up, "B");
    assert_eq!(m.premie, e.premie, "P");
    assert_eq!(m.total, e.total, "total");
    assert_eq!(m.in_bijstand, e.in_bijstand, "in bijstand");
    assert_eq!(
        o.premie_rate.zip(o.premie_cap),
        e.premie_rule,
        "premie rule"
    );
    assert_eq!(o.premie_payment, e.payment, "next premie payment");
    let outflow = o.outflow.expect("an outflow threshold");
    assert_eq!(outflow.hours, e.outflow_hours, "outflow hours");
    assert_eq!(outflow.gross, e.outflow_gross, "outflow gross");
    assert_eq!(o.premie_cap_hours, e.premie_cap_hours, "premie cap hours");
    assert_eq!(
        o.better_off_hours,
        Some(e.better_off_hours),
        "better-off hours"
    );
    assert_eq!(o.best_inside, Some(e.best_inside), "best total inside");
    assert_eq!(o.extra_hour_gain, e.extra_hour_gain, "extra hour");
    assert_eq!(o.keep_cents_per_euro, e.keep_cents_per_euro, "cents kept");
    let mut ids: Vec<&str> = o.unconfirmed.iter().map(|u| u.id).collect();
    ids.sort_unstable();
    let mut want = e.unconfirmed.to_vec();
    want.sort_unstable();
    assert_eq!(ids, want, "unconfirmed values used");

    // The thresholds hold exactly: in bijstand a hundredth below, out at it.
    let at = |h: Decimal| {
        calculate(&Scenario {
            hours_per_week: h,
            ..s.clone()
        })
        .unwrap()
        .now
    };
    let below = at(e.outflow_hours - dec!(0.01));
    assert!(below.top_up > Decimal::ZERO, "top-up just below outflow");
    assert_eq!(below.total, e.best_inside, "best inside = total just below");
    assert_eq!(
        at(e.outflow_hours).top_up,
        Decimal::ZERO,
        "top-up at outflow"
    );
    o
}

fn keys(o: &Outcome) -> Vec<&'static str> {
    o.trace.iter().map(|s| s.key.as_str()).collect()
}

fn rendered(o: &Outcome, key: &str) -> String {
    let step = o
        .trace
        .iter()
        .find(|s| s.key == key)
        .unwrap_or_else(|| panic!("no step {key}"));
    formula(step, Lang::Nl)
}

const PREMIE_CAP: &str = "premie.amsterdam_cap";

// 1. Single, 21 to AOW age, 16 h a week at the minimum wage, 2026-01-01.
//
// Norm art. 21 a: 1401.50. Minimum wage 14.71.
// G = 16 × 52/12 × 14.71 = 12238.72 / 12 = 1019.8933 → 1019.89;
// Hp = 8% × 1019.89 = 81.5912 → 81.59; gross 1101.48; Y = 13217.76.
// Bracket 35.75% × 13217.76 = 4725.3492; AHK 3115; AK 996 + 31.009% ×
// (13217.76 − 11965) = 996 + 388.4683484 = 1384.4683484;
// tax = 4725.3492 − 3115 − 1384.4683484 = 225.8808516 → 225.88;
// W = (13217.76 − 225.88) / 12 = 12991.88 / 12 = 1082.6566… → 1082.66.
// B = 1401.50 − 1082.66 = 318.84. P = min(30% × 1082.66 = 324.798 → 324.80,
// 219) = 219. Total 1082.66 + 318.84 + 219 = 1620.50.
// Payment June 2026: 6 × 219 = 1314.
//
// Outflow: W ≥ 1401.50 ⇔ 0.95259 Y + 400.77315 ≥ 12 × 1401.495 = 16817.94
// ⇔ Y ≥ 17234.24 ⇔ h ≥ 17234.24 / (56.16 × 14.71 = 826.1136) = 20.862.
// 20.86 h: G 1329.69, Hp 106.38, gross 1436.07, tax 416.24, W 1401.38, B 0.12.
// 20.87 h: G 1330.32, Hp 106.43, gross 1436.75, Y 17241.00, tax 0.04741 ×
// 17241 − 400.77315 = 416.62, W = 16824.38 / 12 = 1402.03 ≥ 1401.50 → 20.87 h,
// gross 1436.75.
// Premie cap: 30% × W ≥ 218.995 ⇔ W ≥ 729.99; there Y ≈ 8760 and no tax is
// due, so W = gross: G 675.92 → Hp 54.07 → 729.99 (G 675.91 gives 729.98).
// G = h × 63.7433…: 10.60 h → 675.68 (gross 729.73, 30% = 218.92); 10.61 h →
// 676.32, Hp 54.11, gross 730.43 → 219.13 ≥ 219 → 10.61 h.
// Better off: best inside (20.86 h) = 1401.38 + 0.12 + 219 = 1620.50. Need W ≥
// 1620.51 ⇔ 0.95259 Y + 400.77315 ≥ 19446.06 ⇔ Y ≥ 19993.16 ⇔ h ≥ 24.2015.
// 24.20 h: gross 1666.00, Y 19992.00, tax 547.05, W 1620.41 (not more);
// 24.21 h: G 1543.23, Hp 123.46, gross 1666.69, Y 20000.28, tax 547.44,
// W 1621.07 > 1620.50 → 24.21 h.
// Extra hour (17 h): G 1083.64, Hp 86.69, W 1148.24, B 253.26, P 219,
// total 1620.50 → gain 0.00, 0 cents of each extra euro.
#[test]
fn single_at_minimum_wage_2026() {
    let s = Scenario {
        date: Date::ymd(2026, 1, 1),
        hours_per_week: dec!(16),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1401.50),
            hourly_wage: dec!(14.71),
            hourly_is_minimum: true,
            gross_base: dec!(1019.89),
            holiday_pay: dec!(81.59),
            gross: dec!(1101.48),
            tax: dec!(225.88),
            net: dec!(1082.66),
            vrijlating: dec!(0),
            top_up: dec!(318.84),
            premie: dec!(219),
            total: dec!(1620.50),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2026, 6, 1), dec!(1314)),
            outflow_hours: dec!(20.87),
            outflow_gross: dec!(1436.75),
            premie_cap_hours: Some(dec!(10.61)),
            better_off_hours: dec!(24.21),
            best_inside: dec!(1620.50),
            extra_hour_gain: dec!(0),
            keep_cents_per_euro: Some(dec!(0)),
            unconfirmed: &[PREMIE_CAP],
        },
    );
    assert_eq!(
        keys(&o),
        [
            "trace.norm",
            "trace.hourly_wage_minimum",
            "trace.gross_wage",
            "trace.holiday_pay",
            "trace.annual",
            "trace.bracket_tax",
            "trace.kortingen",
            "trace.tax",
            "trace.net_wage",
            "trace.vrijlating_none",
            "trace.top_up",
            "trace.premie",
            "trace.total",
            "trace.outflow",
            "trace.premie_cap_point",
            "trace.better_off",
            "trace.extra_hour",
        ]
    );
    assert_eq!(
        rendered(&o, "trace.gross_wage"),
        "16 uur × 52 / 12 × € 14,71 = € 1.019,89"
    );
    assert_eq!(
        rendered(&o, "trace.holiday_pay"),
        "8% × € 1.019,89 = € 81,59; € 1.019,89 + € 81,59 = € 1.101,48"
    );
    assert_eq!(
        rendered(&o, "trace.annual"),
        "12 × € 1.101,48 = € 13.217,76"
    );
    assert_eq!(
        rendered(&o, "trace.bracket_tax"),
        "35,75% × € 13.217,76 = € 4.725,35"
    );
    // AK 1384.4683484 shown as 1384.47; 3115 + 1384.4683484 = 4499.47.
    assert_eq!(
        rendered(&o, "trace.kortingen"),
        "€ 3.115,00 + € 1.384,47 = € 4.499,47"
    );
    assert_eq!(
        rendered(&o, "trace.tax"),
        "max(0; € 4.725,35 − € 4.499,47) = € 225,88"
    );
    assert_eq!(
        rendered(&o, "trace.net_wage"),
        "(€ 13.217,76 − € 225,88) / 12 = € 1.082,66"
    );
    assert_eq!(
        rendered(&o, "trace.top_up"),
        "€ 1.401,50 − (€ 1.082,66 − € 0,00) = € 318,84"
    );
    assert_eq!(
        rendered(&o, "trace.premie"),
        "30% × € 1.082,66 = € 324,80; max € 219,00 → € 219,00; \
         € 219,00 − € 0,00 = € 219,00; 6 × € 219,00 = € 1.314,00"
    );
    assert_eq!(
        rendered(&o, "trace.total"),
        "€ 1.082,66 + € 318,84 + € 219,00 = € 1.620,50"
    );
    assert_eq!(rendered(&o, "trace.outflow"), "20,87 uur → € 1.436,75");
    assert_eq!(rendered(&o, "trace.better_off"), "24,21 uur → > € 1.620,50");
}

// 2. Single parent, youngest child 4, vrijlating r granted, 20 h at 15.00,
// 2026-06-30 (values of 2026-01-01).
//
// Norm 1401.50 (art. 21 a). G = 20 × 52/12 × 15 = 1300.00; Hp 104.00; gross
// 1404.00; Y 16848. Bracket 35.75% × 16848 = 6023.16; AHK 3115; AK 996 +
// 31.009% × 4883 = 996 + 1514.16947 = 2510.16947; tax 397.99053 → 397.99;
// W = 16450.01 / 12 = 1370.834… → 1370.83.
// V (r) = min(12.5% × 1370.83 = 171.35375 → 171.35, 177.66) = 171.35.
// B = 1401.50 − (1370.83 − 171.35) = 1401.50 − 1199.48 = 202.02.
// P = max(0, min(30% × 1370.83 = 411.249 → 411.25, 219) − 171.35) = 47.65.
// Total 1370.83 + 202.02 + 47.65 = 1620.50. Payment June 2026: 6 × 47.65 =
// 285.90.
//
// Outflow: above W = 1421.28 the vrijlating is at its cap 177.66, so B = 0
// ⇔ W ≥ 1401.50 + 177.66 = 1579.16 ⇔ 0.95259 Y + 400.77315 ≥ 12 × 1579.155 =
// 18949.86 ⇔ Y ≥ 19472.27 ⇔ h ≥ 19472.27 / 842.4 = 23.1152.
// 23.11 h: G 1502.15, Hp 120.17, gross 1622.32, tax 522.20, W 1578.80,
// V 177.66, B 0.36. 23.12 h: G 1502.80, Hp 120.22, gross 1623.02, Y 19476.24,
// tax 522.60, W 1579.47 → B 0 → 23.12 h, gross 1623.02.
// Premie cap: W ≥ 729.99, no tax there, G ≥ 675.92, G = 65 h: 10.39 h → G
// 675.35, Hp 54.03, 729.38; 10.40 h → G 676.00, Hp 54.08, 730.08 → 10.40 h.
// Best inside (23.11 h): 1578.80 + 0.36 + (219 − 177.66 = 41.34) = 1620.50.
// Better off: W ≥ 1620.51 ⇔ Y ≥ 19993.16 (as in 1.) ⇔ h ≥ 23.7336.
// 23.73 h: G 1542.45, Hp 123.40, gross 1665.85, W 1620.27; 23.74 h: G 1543.10,
// Hp 123.45, gross 1666.55, Y 19998.60, tax 547.36, W 1620.94 → 23.74 h.
// Extra hour (21 h): W 1437.71, V 177.66, B 141.45, P 219 − 177.66 = 41.34,
// total 1620.50 → gain 0.
#[test]
fn single_parent_with_vrijlating_r() {
    let s = Scenario {
        date: Date::ymd(2026, 6, 30),
        household: Household::SingleParent,
        youngest_child_age: Some(4),
        vrijlating_r: true,
        hours_per_week: dec!(20),
        hourly_wage: Some(dec!(15.00)),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1401.50),
            hourly_wage: dec!(15.00),
            hourly_is_minimum: false,
            gross_base: dec!(1300.00),
            holiday_pay: dec!(104.00),
            gross: dec!(1404.00),
            tax: dec!(397.99),
            net: dec!(1370.83),
            vrijlating: dec!(171.35),
            top_up: dec!(202.02),
            premie: dec!(47.65),
            total: dec!(1620.50),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2026, 6, 1), dec!(285.90)),
            outflow_hours: dec!(23.12),
            outflow_gross: dec!(1623.02),
            premie_cap_hours: Some(dec!(10.40)),
            better_off_hours: dec!(23.74),
            best_inside: dec!(1620.50),
            extra_hour_gain: dec!(0),
            keep_cents_per_euro: Some(dec!(0)),
            unconfirmed: &[PREMIE_CAP],
        },
    );
    assert_eq!(o.trace[1].key, "trace.hourly_wage");
    assert_eq!(
        rendered(&o, "trace.vrijlating_r"),
        "12,5% × € 1.370,83 = € 171,35; max € 177,66 → € 171,35"
    );
    assert_eq!(
        rendered(&o, "trace.premie"),
        "30% × € 1.370,83 = € 411,25; max € 219,00 → € 219,00; \
         € 219,00 − € 171,35 = € 47,65; 6 × € 47,65 = € 285,90"
    );
    assert_eq!(
        rendered(&o, "trace.top_up"),
        "€ 1.401,50 − (€ 1.370,83 − € 171,35) = € 202,02"
    );
}

// 3. Couple, both 21+, one earner 24 h at the minimum wage, 2025-03-15
// (values of 2025-01-01: norm 1922.07, minimum wage 14.06).
//
// G = 24 × 52/12 × 14.06 = 17546.88 / 12 = 1462.24; Hp 8% = 116.9792 →
// 116.98; gross 1579.22; Y 18950.64. Bracket 35.82% × 18950.64 =
// 6788.119248; AHK 3068; AK 980 + 30.03% × 6781.64 = 980 + 2036.526492 =
// 3016.526492; tax 703.592756 → 703.59; W = 18247.05 / 12 = 1520.5875 →
// 1520.59. B = 1922.07 − 1520.59 = 401.48. P = min(456.177 → 456.18, 219) =
// 219. Total 1520.59 + 401.48 + 219 = 2141.07. Payment June 2025: 1314.
//
// Outflow: W ≥ 1922.07 ⇔ 0.9421 Y + 393.6493 ≥ 12 × 1922.065 = 23064.78 ⇔
// Y ≥ 24064.46 ⇔ h ≥ 24064.46 / (56.16 × 14.06 = 789.6096) = 30.4764.
// 30.47 h: G 1856.44, Hp 148.52, gross 2004.96, tax 999.40, W 1921.68, B 0.39.
// 30.48 h: G 1857.04, Hp 148.56, gross 2005.60, Y 24067.20, tax 999.84,
// W 1922.28 → 30.48 h, gross 2005.60.
// Premie cap: W ≥ 729.99, no tax, G ≥ 675.92, G = 60.9266… h: 11.09 h → G
// 675.68, gross 729.73; 11.10 h → G 676.29, Hp 54.10, gross 730.39 → 11.10 h.
// Best inside (30.47 h): 1921.68 + 0.39 + 219 = 2141.07. Better off needs W ≥
// 2141.08 ⇔ Y − tax ≥ 25692.90, beyond Y = 26288, so on the third AK piece:
// 0.66438 Y + 7694.41696 ≥ 25692.90 ⇔ Y ≥ 27090.65 ⇔ h ≥ 34.3089.
// 34.30 h: G 2089.78, Hp 167.18, gross 2256.96, Y 27083.52, tax 1395.35,
// W 2140.68. 34.31 h: G 2090.39, Hp 167.23, gross 2257.62, Y 27091.44,
// tax 35.82% × 27091.44 − 3068 − (5220 + 2.258% × 803.44) = 9704.153808 −
// 3068 − 5238.1416752 = 1398.0121328 → 1398.01, W = 25693.43 / 12 =
// 2141.119… → 2141.12 > 2141.07 → 34.31 h.
// Extra hour (25 h): W 1582.58, B 339.49, P 219, total 2141.07 → gain 0.
#[test]
fn couple_one_earner_mid_period_2025() {
    let s = Scenario {
        date: Date::ymd(2025, 3, 15),
        household: Household::Couple,
        hours_per_week: dec!(24),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1922.07),
            hourly_wage: dec!(14.06),
            hourly_is_minimum: true,
            gross_base: dec!(1462.24),
            holiday_pay: dec!(116.98),
            gross: dec!(1579.22),
            tax: dec!(703.59),
            net: dec!(1520.59),
            vrijlating: dec!(0),
            top_up: dec!(401.48),
            premie: dec!(219),
            total: dec!(2141.07),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2025, 6, 1), dec!(1314)),
            outflow_hours: dec!(30.48),
            outflow_gross: dec!(2005.60),
            premie_cap_hours: Some(dec!(11.10)),
            better_off_hours: dec!(34.31),
            best_inside: dec!(2141.07),
            extra_hour_gain: dec!(0),
            keep_cents_per_euro: Some(dec!(0)),
            unconfirmed: &[PREMIE_CAP],
        },
    );
    assert_eq!(
        rendered(&o, "trace.net_wage"),
        "(€ 18.950,64 − € 703,59) / 12 = € 1.520,59"
    );
}

// 4. Kostendeler: single with two housemates of 27+, 12 h at 16.00, the
// municipality applies the korting, national rules only (no premie),
// 2025-09-10 (values of 2025-07-01).
//
// Norm art. 22a: A = 3, B = 1955.80: 1.3 / 3 × 1955.80 = 847.5133 → 847.51.
// G = 12 × 52/12 × 16 = 832.00; Hp 66.56; gross 898.56; Y 10782.72.
// No kortingen: tax = 35.82% × 10782.72 = 3862.370304 → 3862.37;
// W = 6920.35 / 12 = 576.6958 → 576.70. B = 847.51 − 576.70 = 270.81; P 0.
// Total 847.51. Payment November 2025: 0.
//
// Outflow: W ≥ 847.51 ⇔ 64.18% Y ≥ 12 × 847.505 = 10170.06 ⇔ Y ≥ 15846.15 ⇔
// h ≥ 15846.15 / 898.56 = 17.6350. 17.63 h: G 1222.35, Hp 97.79, gross
// 1320.14, tax 5674.49, W 847.27, B 0.24. 17.64 h: G 1223.04, Hp 97.84, gross
// 1320.88, Y 15850.56, tax 5677.67, W 847.74 → 17.64 h, gross 1320.88.
// Best inside (17.63 h) = 847.27 + 0.24 = 847.51. Out of bijstand the employer
// applies the korting: at 17.64 h tax = 35.82% × 15850.56 − 3068 − (980 +
// 30.03% × 3681.56) = 5677.670592 − 3068 − 2085.572468 = 524.098124 → 524.10,
// W = 15326.46 / 12 = 1277.205 → 1277.21 (half up) > 847.51 → better off at
// 17.64 h already. No premie, so no premie cap point.
// Extra hour (13 h): W 624.75, B 222.76, total 847.51 → gain 0.
#[test]
fn kostendeler_municipality_korting_national_rules() {
    let s = Scenario {
        date: Date::ymd(2025, 9, 10),
        housemates: 2,
        hours_per_week: dec!(12),
        hourly_wage: Some(dec!(16)),
        korting_by: KortingBy::Municipality,
        scheme: Scheme::National,
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(847.51),
            hourly_wage: dec!(16),
            hourly_is_minimum: false,
            gross_base: dec!(832.00),
            holiday_pay: dec!(66.56),
            gross: dec!(898.56),
            tax: dec!(3862.37),
            net: dec!(576.70),
            vrijlating: dec!(0),
            top_up: dec!(270.81),
            premie: dec!(0),
            total: dec!(847.51),
            in_bijstand: true,
            premie_rule: None,
            payment: (Date::ymd(2025, 11, 1), dec!(0)),
            outflow_hours: dec!(17.64),
            outflow_gross: dec!(1320.88),
            premie_cap_hours: None,
            better_off_hours: dec!(17.64),
            best_inside: dec!(847.51),
            extra_hour_gain: dec!(0),
            keep_cents_per_euro: Some(dec!(0)),
            unconfirmed: &[],
        },
    );
    // Out of bijstand at the threshold, with the korting back: 1277.21.
    let out = calculate(&Scenario {
        hours_per_week: dec!(17.64),
        ..s.clone()
    })
    .unwrap();
    assert_eq!(out.now.net_out, dec!(1277.21));
    assert_eq!(out.now.total, dec!(1277.21));
    assert_eq!(
        keys(&o),
        [
            "trace.norm_kostendeler",
            "trace.hourly_wage",
            "trace.gross_wage",
            "trace.holiday_pay",
            "trace.annual",
            "trace.bracket_tax",
            "trace.kortingen_municipality",
            "trace.tax",
            "trace.net_wage",
            "trace.vrijlating_none",
            "trace.top_up",
            "trace.premie_national",
            "trace.total",
            "trace.outflow",
            "trace.better_off",
            "trace.extra_hour",
        ]
    );
    assert_eq!(
        rendered(&o, "trace.norm_kostendeler"),
        "(40% + 3 × 30%) / 3 × € 1.955,80 = € 847,51"
    );
}

// 5. Experiment regime (50%, cap 200) as a what-if: single 21+, 20 h at the
// minimum wage, 2024-09-01 (values of 2024-07-01: norm 1308.45, wage 13.68).
//
// G = 20 × 52/12 × 13.68 = 14227.2 / 12 = 1185.60; Hp 8% = 94.848 → 94.85;
// gross 1280.45; Y 15365.40. Bracket 36.97% × 15365.40 = 5680.58838; AHK 3362;
// AK 968 + 31.433% × 3875.40 = 968 + 1218.154482 = 2186.154482; tax, each
// part rounded to the cent as the explanation shows it: 5680.59 − 3362 −
// 2186.15 = 132.44; W = 15232.96 / 12 = 1269.413… → 1269.41.
// B = 1308.45 − 1269.41 = 39.04. P = min(50% × 1269.41 = 634.705 → 634.71,
// 200) = 200. Total 1269.41 + 39.04 + 200 = 1508.45. Payment November 2024:
// 6 × 200 = 1200.
//
// Outflow: 0.94463 Y + 718.3483 ≥ 12 × 1308.445 = 15701.34 ⇔ Y ≥ 15861.23 ⇔
// h ≥ 15861.23 / (56.16 × 13.68 = 768.2688) = 20.6454. 20.64 h: G 1223.54, Hp
// 97.88, gross 1321.42, tax 159.66, W 1308.12, B 0.33. 20.65 h: G 1224.13,
// Hp 97.93, gross 1322.06, Y 15864.72, tax 160.08, W 1308.72 → 20.65 h.
// Premie cap: 50% × W ≥ 199.995 ⇔ W ≥ 399.99; no tax there; G 370.36 → Hp
// 29.63 → 399.99; G = 59.28 h: 6.24 h → 369.9072 → 369.91, gross 399.50;
// 6.25 h → 370.50, Hp 29.64, gross 400.14 → 6.25 h.
// Best inside (20.64 h) = 1308.12 + 0.33 + 200 = 1508.45. Better off: W ≥
// 1508.46 ⇔ 0.94463 Y + 718.3483 ≥ 18101.46 ⇔ Y ≥ 18402.03 ⇔ h ≥ 23.9526.
// 23.95 h: gross 1533.34, W 1508.30; 23.96 h: G 1420.35, Hp 113.63, gross
// 1533.98, Y 18407.76, tax 300.89, W 1508.91 → 23.96 h.
// Extra hour: 21 h is past the threshold: G 1244.88, Hp 99.59, gross 1344.47,
// Y 16133.64, tax 5964.606708 − 3362 − (968 + 31.433% × 4643.64 =
// 2427.6353612) = 174.9713468 → 174.97, W = 15958.67 / 12 = 1329.889 →
// 1329.89 = total. Gain 1329.89 − 1508.45 = −178.56; per extra euro gross
// (1344.47 − 1280.45 = 64.02): −178.56 × 100 / 64.02 = −278.9128 → −278.91.
#[test]
fn experiment_regime_50_percent_cap_200() {
    let s = Scenario {
        date: Date::ymd(2024, 9, 1),
        scheme: Scheme::Experiment,
        hours_per_week: dec!(20),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1308.45),
            hourly_wage: dec!(13.68),
            hourly_is_minimum: true,
            gross_base: dec!(1185.60),
            holiday_pay: dec!(94.85),
            gross: dec!(1280.45),
            tax: dec!(132.44),
            net: dec!(1269.41),
            vrijlating: dec!(0),
            top_up: dec!(39.04),
            premie: dec!(200),
            total: dec!(1508.45),
            in_bijstand: true,
            premie_rule: Some((dec!(0.50), dec!(200))),
            payment: (Date::ymd(2024, 11, 1), dec!(1200)),
            outflow_hours: dec!(20.65),
            outflow_gross: dec!(1322.06),
            premie_cap_hours: Some(dec!(6.25)),
            better_off_hours: dec!(23.96),
            best_inside: dec!(1508.45),
            extra_hour_gain: dec!(-178.56),
            keep_cents_per_euro: Some(dec!(-278.91)),
            unconfirmed: &[],
        },
    );
    assert_eq!(
        rendered(&o, "trace.premie"),
        "50% × € 1.269,41 = € 634,71; max € 200,00 → € 200,00; \
         € 200,00 − € 0,00 = € 200,00; 6 × € 200,00 = € 1.200,00"
    );
    assert_eq!(rendered(&o, "trace.extra_hour"), "+1 → € −178,56");
}

// 6. Vrijlating n granted, single aged 30, 12 h at 20.00, 2026-11-15 (values
// of 2026-07-01: norm 1419.46, n cap 289).
//
// G = 12 × 52/12 × 20 = 1040.00; Hp 83.20; gross 1123.20; Y 13478.40.
// Bracket 35.75% × 13478.40 = 4818.528; AHK 3115; AK 996 + 31.009% × 1513.40
// = 996 + 469.290206 = 1465.290206; tax 238.237794 → 238.24;
// W = 13240.16 / 12 = 1103.3466… → 1103.35.
// V (n) = min(25% × 1103.35 = 275.8375 → 275.84, 289) = 275.84.
// B = 1419.46 − (1103.35 − 275.84 = 827.51) = 591.95.
// P = max(0, min(331.005 → 331.01, 219) − 275.84) = max(0, −56.84) = 0: the
// vrijlating is deducted from the premie. Total 1103.35 + 591.95 = 1695.30.
// Payment November 2026: 0.
//
// Outflow: V is at its cap 289 from W = 1156, so B = 0 ⇔ W ≥ 1419.46 + 289 =
// 1708.46 ⇔ 0.95259 Y + 400.77315 ≥ 12 × 1708.455 = 20501.46 ⇔ Y ≥ 21101.09
// ⇔ h ≥ 21101.09 / 1123.2 = 18.7866. 18.78 h: G 1627.60, Hp 130.21, gross
// 1757.81, tax 599.28, W 1707.87, B 0.59. 18.79 h: G 1628.47, Hp 130.28,
// gross 1758.75, Y 21105.00, tax 599.81, W 1708.77 → 18.79 h, gross 1758.75.
// Premie cap (30% × W reaches 219, W ≥ 729.99, no tax): G = 86.666… h:
// 7.79 h → G 675.13, Hp 54.01, 729.14; 7.80 h → G 676.00, Hp 54.08, 730.08 →
// 7.80 h.
// Best inside (18.78 h) = 1707.87 + 0.59 + 0 = 1708.46; at 18.79 h W =
// 1708.77 > 1708.46 → better off at 18.79 h.
// Extra hour (13 h): G 1126.67, Hp 90.13, gross 1216.80, Y 14601.60, tax
// 5220.072 − 3115 − (996 + 31.009% × 2636.60 = 1813.583294) = 291.488706 →
// 291.49, W = 14310.11 / 12 = 1192.509… → 1192.51, V = min(298.13, 289) =
// 289, B = 1419.46 − 903.51 = 515.95, P 0, total 1708.46. Gain 13.16;
// 13.16 × 100 / (1216.80 − 1123.20 = 93.60) = 14.0598 → 14.06 cents.
#[test]
fn vrijlating_n_granted() {
    let s = Scenario {
        date: Date::ymd(2026, 11, 15),
        age_years: Some(30),
        vrijlating_n: true,
        hours_per_week: dec!(12),
        hourly_wage: Some(dec!(20)),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1419.46),
            hourly_wage: dec!(20),
            hourly_is_minimum: false,
            gross_base: dec!(1040.00),
            holiday_pay: dec!(83.20),
            gross: dec!(1123.20),
            tax: dec!(238.24),
            net: dec!(1103.35),
            vrijlating: dec!(275.84),
            top_up: dec!(591.95),
            premie: dec!(0),
            total: dec!(1695.30),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2026, 11, 1), dec!(0)),
            outflow_hours: dec!(18.79),
            outflow_gross: dec!(1758.75),
            premie_cap_hours: Some(dec!(7.80)),
            better_off_hours: dec!(18.79),
            best_inside: dec!(1708.46),
            extra_hour_gain: dec!(13.16),
            keep_cents_per_euro: Some(dec!(14.06)),
            unconfirmed: &[PREMIE_CAP],
        },
    );
    assert_eq!(
        rendered(&o, "trace.vrijlating_n"),
        "25% × € 1.103,35 = € 275,84; max € 289,00 → € 275,84"
    );
    assert_eq!(
        rendered(&o, "trace.premie"),
        "30% × € 1.103,35 = € 331,01; max € 219,00 → € 219,00; \
         € 219,00 − € 275,84 = € 0,00; 6 × € 0,00 = € 0,00"
    );
}

// 7. AOW age, single, 8 h at 18.00, 2026-12-01 (values of 2026-07-01: norm
// art. 22 a 1587.34; tax 2026 at AOW age, parameters.md §11a, confirmed since
// December 2026: first bracket 17.85% (Normenbrief bijlage VI), AHK 1,556,
// ouderenkorting 2,067 (less 15% above 46,002), alleenstaande ouderenkorting
// 540, arbeidskorting at AOW age 4.156% up to 11,965).
//
// G = 8 × 52/12 × 18 = 624.00; Hp 49.92; gross 673.92; Y 8087.04.
// Bracket 17.85% × 8087.04 = 1443.53664; AHK 1556; AK 4.156% × 8087.04 =
// 336.0974…; ouderenkorting 2067 + 540 = 2607; kortingen 4499.10; tax =
// max(0, 1443.54 − 4499.10) = 0; W = 673.92. B = 1587.34 − 673.92 = 913.42.
// P = min(30% × 673.92 = 202.176 → 202.18, 219) = 202.18. Total 673.92 +
// 913.42 + 202.18 = 1789.52. December → next payment June 2027: 6 × 202.18 =
// 1213.08.
//
// At AOW age the kortingen exceed the bracket tax far beyond these wages
// (17.85% Y − 1556 − AK − 2607 < 0 up to well over Y = 25,845), so W =
// gross throughout. Outflow: gross ≥ 1587.34 ⇔ G ≥ 1469.76 (Hp 117.58); G =
// 78 h: 18.84 h → G 1469.52, Hp 117.56, 1587.08; 18.85 h → G 1470.30, Hp
// 117.62, 1587.92 → 18.85 h, gross 1587.92.
// Premie cap: gross ≥ 729.99: 8.66 h → G 675.48, Hp 54.04, 729.52; 8.67 h →
// G 676.26, Hp 54.10, 730.36 → 8.67 h.
// Best inside (18.84 h) = 1587.08 + 0.26 + 219 = 1806.34. Better off: gross ≥
// 1806.35 ⇔ G ≥ 1672.55: 21.44 h → G 1672.32, Hp 133.79, 1806.11; 21.45 h →
// G 1673.10, Hp 133.85, 1806.95 → 21.45 h.
// Extra hour (9 h): G 702.00, Hp 56.16, W 758.16, B 829.18, P 219, total
// 1806.34; gain 16.82; 16.82 × 100 / 84.24 = 19.967 → 19.97 cents.
#[test]
fn aow_age_single_tax_confirmed_2026() {
    let s = Scenario {
        date: Date::ymd(2026, 12, 1),
        age: AgeGroup::Aow,
        hours_per_week: dec!(8),
        hourly_wage: Some(dec!(18)),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(1587.34),
            hourly_wage: dec!(18),
            hourly_is_minimum: false,
            gross_base: dec!(624.00),
            holiday_pay: dec!(49.92),
            gross: dec!(673.92),
            tax: dec!(0),
            net: dec!(673.92),
            vrijlating: dec!(0),
            top_up: dec!(913.42),
            premie: dec!(202.18),
            total: dec!(1789.52),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2027, 6, 1), dec!(1213.08)),
            outflow_hours: dec!(18.85),
            outflow_gross: dec!(1587.92),
            premie_cap_hours: Some(dec!(8.67)),
            better_off_hours: dec!(21.45),
            best_inside: dec!(1806.34),
            extra_hour_gain: dec!(16.82),
            keep_cents_per_euro: Some(dec!(19.97)),
            unconfirmed: &[PREMIE_CAP],
        },
    );
    // The 2026 AOW-age tax is confirmed now (M): no longer flagged.
    assert!(o.unconfirmed.iter().all(|u| u.id != "tax.aow"));
    assert_eq!(o.now.wage.ahk, dec!(1556));
    assert_eq!(o.now.wage.ouderenkorting, dec!(2607));
    assert_eq!(
        rendered(&o, "trace.bracket_tax"),
        "17,85% × € 8.087,04 = € 1.443,54"
    );
    assert_eq!(
        rendered(&o, "trace.kortingen_aow"),
        "€ 1.556,00 + € 336,10 + € 2.607,00 = € 4.499,10"
    );
    assert_eq!(
        rendered(&o, "trace.tax"),
        "max(0; € 1.443,54 − € 4.499,10) = € 0,00"
    );
}

// 8. Aged 19, single, 6 h at the youth minimum wage, vrijlating n asked for,
// 2025-02-01 (values of 2025-01-01: youth norm 332.17; wage 60% × 14.06 =
// 8.436 → 8.44). No vrijlating under 27 (art. 31 lid 5); the premie for
// people under 27 is not confirmed (parameters.md §3) and must be flagged.
//
// G = 6 × 52/12 × 8.44 = 2633.28 / 12 = 219.44; Hp 8% = 17.5552 → 17.56;
// gross 237.00; Y 2844. Bracket 35.82% × 2844 = 1018.7208 < AHK 3068 → tax 0;
// W = 237.00. V = 0. B = 332.17 − 237.00 = 95.17. P = min(30% × 237 = 71.10,
// 219) = 71.10. Total 237.00 + 95.17 + 71.10 = 403.27. Payment June 2025:
// 6 × 71.10 = 426.60.
//
// No tax at these wages, W = gross. Outflow: gross ≥ 332.17 ⇔ G ≥ 307.57
// (Hp 24.61; G 307.56 gives 332.16); G = 36.5733… h: 8.40 h → G 307.216 →
// 307.22, Hp 24.58, 331.80; 8.41 h → G 307.5817 → 307.58, Hp 24.61, 332.19 →
// 8.41 h, gross 332.19. Premie cap needs W ≥ 729.99: never inside bijstand.
// Best inside (8.40 h) = 331.80 + 0.37 + (30% × 331.80 = 99.54) = 431.71.
// Better off: gross ≥ 431.72 ⇔ G ≥ 399.74: 10.92 h → G 399.38, Hp 31.95,
// 431.33; 10.93 h → G 399.7465 → 399.75, Hp 31.98, 431.73 → 10.93 h.
// Extra hour (7 h): G 256.01, Hp 20.48, W 276.49, B 55.68, P 82.947 → 82.95,
// total 415.12; gain 11.85; 11.85 × 100 / 39.49 = 30.0076 → 30.01 cents.
#[test]
fn aged_19_youth_wage_no_vrijlating_premie_flagged() {
    // The premie as a what-if: art. 31 lid 5 leaves it out under 27.
    let s = Scenario {
        date: Date::ymd(2025, 2, 1),
        age: AgeGroup::Youth,
        age_years: Some(19),
        vrijlating_n: true,
        premie_under_27: true,
        hours_per_week: dec!(6),
        ..Scenario::default()
    };
    let o = check(
        &s,
        &Expect {
            norm: dec!(332.17),
            hourly_wage: dec!(8.44),
            hourly_is_minimum: true,
            gross_base: dec!(219.44),
            holiday_pay: dec!(17.56),
            gross: dec!(237.00),
            tax: dec!(0),
            net: dec!(237.00),
            vrijlating: dec!(0),
            top_up: dec!(95.17),
            premie: dec!(71.10),
            total: dec!(403.27),
            in_bijstand: true,
            premie_rule: Some((dec!(0.30), dec!(219))),
            payment: (Date::ymd(2025, 6, 1), dec!(426.60)),
            outflow_hours: dec!(8.41),
            outflow_gross: dec!(332.19),
            premie_cap_hours: None,
            better_off_hours: dec!(10.93),
            best_inside: dec!(431.71),
            extra_hour_gain: dec!(11.85),
            keep_cents_per_euro: Some(dec!(30.01)),
            unconfirmed: &["premie.under_27", PREMIE_CAP],
        },
    );
    assert!(keys(&o).contains(&"trace.vrijlating_under_27"));
    assert!(!keys(&o).contains(&"trace.premie_cap_point"));
    assert_eq!(
        rendered(&o, "trace.gross_wage"),
        "6 uur × 52 / 12 × € 8,44 = € 219,44"
    );
}
