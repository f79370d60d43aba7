//! Worked cases of the allowances, each computed by hand from the law text
//! (`../shared/rules/sources/`: zorgtoeslag, huurtoeslag, kindgebonden budget)
//! and the parameter files; the arithmetic is in the comments.
//!
//! Shared figures:
//! - drempelinkomen (kgb art. 1 d, zorgtoeslag art. 1 f): 108% × 12 × the
//!   minimum wage per month of January: 2025: 1.08 × 12 × 2,191.80 =
//!   28,405.728 → 28,405.73; 2026: 1.08 × 12 × 2,294.40 = 29,735.424 →
//!   29,735.42.
//! - a full year on bijstand, single, 2026: toetsingsinkomen 21,327.62 (the
//!   gross-up below).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::date::Date;
use crate::param::{Confidence, Usage};
use crate::toeslagen::{
    allowances, gross_bijstand_year, gross_bijstand_year_aow_single, huurtoeslag_only,
    kindgebonden_budget_only, toetsingsinkomen, zorgtoeslag_only, AllowanceInput, Household,
};
use crate::trace::StepKey;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const Y2024: Date = Date::ymd(2024, 7, 1);
const Y2025: Date = Date::ymd(2025, 7, 1);
const Y2026: Date = Date::ymd(2026, 7, 1);

fn single(age: u32) -> Household {
    Household {
        partner: false,
        persons: 1,
        applicant_age: age,
        partner_age: None,
        aow: false,
        children_ages: vec![],
        single_parent: false,
    }
}

fn couple(children: &[u32]) -> Household {
    Household {
        partner: true,
        persons: 2 + u32::try_from(children.len()).unwrap(),
        applicant_age: 40,
        partner_age: Some(40),
        aow: false,
        children_ages: children.to_vec(),
        single_parent: false,
    }
}

fn single_parent(children: &[u32]) -> Household {
    Household {
        partner: false,
        persons: 1 + u32::try_from(children.len()).unwrap(),
        applicant_age: 35,
        partner_age: None,
        aow: false,
        children_ages: children.to_vec(),
        single_parent: true,
    }
}

fn input(date: Date, h: &Household, income: Decimal, rent: Option<Decimal>) -> AllowanceInput<'_> {
    AllowanceInput {
        date,
        household: h,
        toetsingsinkomen_year: income,
        rent,
    }
}

fn zt(date: Date, h: &Household, income: Decimal) -> Decimal {
    zorgtoeslag_only(&input(date, h, income, None), &mut Usage::default())
        .unwrap()
        .0
}

fn ht(date: Date, h: &Household, income: Decimal, rent: Decimal) -> Decimal {
    huurtoeslag_only(&input(date, h, income, Some(rent)), &mut Usage::default())
        .unwrap()
        .0
}

fn kgb(date: Date, h: &Household, income: Decimal) -> Decimal {
    kindgebonden_budget_only(&input(date, h, income, None), &mut Usage::default())
        .unwrap()
        .0
}

// ---------------------------------------------------------------- gross-up

#[test]
fn a_full_year_on_bijstand_grosses_up_to_the_normenbrief_figure() {
    // Normenbrief 1 januari 2026, bijlage VII: single, full year: 21,327. It
    // uses the norm of 1-1-2026 with holiday allowance, 1,401.50 a month:
    // net 12 × 1,401.50 = 16,818.00. Bracket 1 is 35.75%, AHK 3,115 in full
    // (income below 29,736), no arbeidskorting: G − (0.3575 G − 3,115) =
    // 16,818 → G = 13,703 / 0.6425 = 21,327.626. In cents, with the bracket
    // tax rounded to cents: G = 21,327.62 gives 0.3575 × 21,327.62 =
    // 7,624.62415 → 7,624.62, tax 4,509.62, net 16,818.00; G = 21,327.61
    // gives 7,624.620575 → 7,624.62, net 16,817.99. So G = 21,327.62.
    let g = gross_bijstand_year(Date::ymd(2026, 1, 1), dec!(16818.00), false).unwrap();
    assert_eq!(g, dec!(21327.62));
    assert!((g - dec!(21327)).abs() <= dec!(5));
    // Married, per partner: 12 × 2,002.13 / 2 = 12,012.78 net;
    // (12,012.78 − 3,115) / 0.6425 = 13,848.685; G = 13,848.68: bracket
    // 4,950.9031 → 4,950.90, tax 1,835.90, net 12,012.78 (13,848.67 gives
    // 12,012.77). Normenbrief: 13,848.
    let g = gross_bijstand_year(Date::ymd(2026, 1, 1), dec!(12012.78), false).unwrap();
    assert_eq!(g, dec!(13848.68));
}

#[test]
fn at_aow_age_the_kortingen_cover_the_tax_on_bijstand() {
    // Single at AOW age, 2026: net 12 × 1,564.69 = 18,776.28. Bracket 1 is
    // 17.85%: 0.1785 × 18,776.28 = 3,351.57, less than the kortingen
    // 1,556 + 2,067 + 540 = 4,163 (Normenbrief bijlage VI: 4,163). No tax,
    // so the gross is the net.
    let g = gross_bijstand_year_aow_single(Date::ymd(2026, 1, 1), dec!(18776.28)).unwrap();
    assert_eq!(g, dec!(18776.28));
    // Nothing net, nothing gross.
    assert_eq!(
        gross_bijstand_year(Y2026, Decimal::ZERO, false).unwrap(),
        Decimal::ZERO
    );
}

#[test]
fn the_toetsingsinkomen_adds_wages_and_gross_bijstand() {
    // 8 h a week at 14.99 with 8% holiday pay: 8 × 52 × 14.99 × 1.08 =
    // 6,734.51 a year, plus 15,000.00 gross bijstand.
    assert_eq!(
        toetsingsinkomen(dec!(6734.51), dec!(15000.00)),
        dec!(21734.51)
    );
}

// ------------------------------------------------------------- zorgtoeslag

#[test]
fn zorgtoeslag_2026_single_on_bijstand_is_the_maximum() {
    // Income 21,327.62 is below the drempelinkomen 29,735.42, so the
    // normpremie is 1.912% × 29,735.42 = 568.5412. Standaardpremie 2,119 −
    // 568.5412 = 1,550.4588 a year; / 12 = 129.2049 → 129.20 a month.
    assert_eq!(zt(Y2026, &single(30), dec!(21327.62)), dec!(129.20));
}

#[test]
fn zorgtoeslag_2026_single_above_the_drempelinkomen() {
    // 35,000: normpremie 568.5412 + 13.73% × (35,000 − 29,735.42 = 5,264.58)
    // = 568.5412 + 722.8268 = 1,291.3681; 2,119 − 1,291.3681 = 827.6319;
    // / 12 = 68.9693 → 68.97.
    assert_eq!(zt(Y2026, &single(30), dec!(35000)), dec!(68.97));
}

#[test]
fn zorgtoeslag_2026_single_nil_above_the_limit() {
    // 42,000: 568.5412 + 13.73% × 12,264.58 = 568.5412 + 1,683.9268 =
    // 2,252.4681 > 2,119: nil.
    assert_eq!(zt(Y2026, &single(30), dec!(42000)), dec!(0));
    // 41,000: 568.5412 + 13.73% × 11,264.58 = 2,115.1681; 2,119 − 2,115.1681
    // = 3.83 a year: less than the Awir minimum of 24 a year, so nil — and
    // the (unconfirmed) minimum is noted.
    let h = single(30);
    let mut usage = Usage::default();
    let (z, _) = zorgtoeslag_only(&input(Y2026, &h, dec!(41000), None), &mut usage).unwrap();
    assert_eq!(z, dec!(0));
    assert!(usage
        .unconfirmed
        .iter()
        .any(|u| u.id == "toeslagen.minimum_per_year"));
}

#[test]
fn zorgtoeslag_2026_with_a_partner() {
    // Joint 30,000: twice the standaardpremie, 4,238. Normpremie 4.289% ×
    // 29,735.42 = 1,275.3522 + 13.73% × (30,000 − 29,735.42 = 264.58) =
    // 36.3268 → 1,311.6790. 4,238 − 1,311.6790 = 2,926.3210; / 12 =
    // 243.8601 → 243.86.
    assert_eq!(zt(Y2026, &couple(&[]), dec!(30000)), dec!(243.86));
}

#[test]
fn zorgtoeslag_2025_single_and_with_a_partner() {
    // 2025 single, 20,000 (below 28,405.73): normpremie 1.896% × 28,405.73 =
    // 538.5726; 2,112 − 538.5726 = 1,573.4274; / 12 = 131.1189 → 131.12
    // (the published maximum: 131).
    assert_eq!(zt(Y2025, &single(30), dec!(20000)), dec!(131.12));
    // 2025 partner, 45,000: 4.273% × 28,405.73 = 1,213.7768; 13.7% ×
    // (45,000 − 28,405.73 = 16,594.27) = 2,273.4150; normpremie 3,487.1918;
    // 4,224 − 3,487.1918 = 736.8082; / 12 = 61.4007 → 61.40.
    assert_eq!(zt(Y2025, &couple(&[]), dec!(45000)), dec!(61.40));
    // 2025 partner, 52,000: 1,213.7768 + 13.7% × 23,594.27 = 4,446.19 >
    // 4,224: nil.
    assert_eq!(zt(Y2025, &couple(&[]), dec!(52000)), dec!(0));
}

#[test]
fn zorgtoeslag_ends_where_the_published_income_limits_say() {
    // Published limits (parameters.md §9, M): 2026 single 40,857, partner
    // 51,142; 2025 single 39,719, partner 50,206. With the Awir minimum (24 a
    // year) our amounts end between the two incomes below:
    // 2026 single 40,850: 2,119 − (568.5412 + 13.73% × 11,114.58) = 24.4269
    //   → 2.04 a month; 40,860: 23.0539 < 24 → nil.
    // 2026 partner 51,135: 4,238 − (1,275.3522 + 13.73% × 21,399.58) =
    //   24.4855 → 2.04; 51,145: 23.1125 → nil.
    // 2025 single 39,710: 2,112 − (538.5726 + 13.7% × 11,304.27) = 24.7424
    //   → 2.06; 39,720: 23.3724 → nil.
    // 2025 partner 50,195: 4,224 − (1,213.7768 + 13.7% × 21,789.27) =
    //   25.0932 → 2.09; 50,210: 23.0382 → nil.
    let s = single(30);
    let c = couple(&[]);
    assert_eq!(zt(Y2026, &s, dec!(40850)), dec!(2.04));
    assert_eq!(zt(Y2026, &s, dec!(40860)), dec!(0));
    assert_eq!(zt(Y2026, &c, dec!(51135)), dec!(2.04));
    assert_eq!(zt(Y2026, &c, dec!(51145)), dec!(0));
    assert_eq!(zt(Y2025, &s, dec!(39710)), dec!(2.06));
    assert_eq!(zt(Y2025, &s, dec!(39720)), dec!(0));
    assert_eq!(zt(Y2025, &c, dec!(50195)), dec!(2.09));
    assert_eq!(zt(Y2025, &c, dec!(50210)), dec!(0));
}

// ------------------------------------------------------------- huurtoeslag
// 2026 (art. 13, 16, 17, 20, 21 new): basishuur one person 252.49 − 1.82 + 12
// = 262.67; more persons 252.49 − 3.63 + 12 = 260.86. K = 498.20; A = 713.02
// (1–2 persons) / 764.14 (3+); maximale huurgrens 932.93 (21+). Shares 65% /
// 40% and the minimum-inkomensijkpunten 22,150 / 31,275 are unconfirmed (?).

#[test]
fn huurtoeslag_2026_one_person_rent_below_the_kwaliteitskortingsgrens() {
    // Rent 450, income 21,327.62 (below the ijkpunt 22,150): 450 − 262.67 =
    // 187.33, no phase-out.
    assert_eq!(
        ht(Y2026, &single(30), dec!(21327.62), dec!(450)),
        dec!(187.33)
    );
}

#[test]
fn huurtoeslag_2026_one_person_rent_between_the_limits_with_phase_out() {
    // Rent 650, income 25,000: (498.20 − 262.67) + 65% × (650 − 498.20) =
    // 235.53 + 98.67 = 334.20. Phase-out (25,000 − 22,150) × 27% / 12 =
    // 2,850 × 0.0225 = 64.125. 334.20 − 64.125 = 270.075 → 270.08.
    assert_eq!(ht(Y2026, &single(30), dec!(25000), dec!(650)), dec!(270.08));
}

#[test]
fn huurtoeslag_2026_rent_above_the_maximum_still_counts_up_to_it() {
    // Rent 1,000 > 932.93: no hard limit any more; the part above 932.93 is
    // not subsidised (art. 21 lid 1 d). 235.53 + 65% × (713.02 − 498.20 =
    // 214.82) + 40% × (932.93 − 713.02 = 219.91) = 235.53 + 139.633 + 87.964
    // = 463.127 → 463.13.
    assert_eq!(
        ht(Y2026, &single(30), dec!(21327.62), dec!(1000)),
        dec!(463.13)
    );
}

#[test]
fn huurtoeslag_2026_three_persons() {
    // Couple with a child, rent 800, joint income 35,000: (498.20 − 260.86) +
    // 65% × (764.14 − 498.20 = 265.94) + 40% × (800 − 764.14 = 35.86) =
    // 237.34 + 172.861 + 14.344 = 424.545. Phase-out (35,000 − 31,275) × 22% /
    // 12 = 3,725 × 0.22 / 12 = 68.2917. 424.545 − 68.2917 = 356.2533 → 356.25.
    assert_eq!(
        ht(Y2026, &couple(&[6]), dec!(35000), dec!(800)),
        dec!(356.25)
    );
}

#[test]
fn huurtoeslag_2026_under_21_counts_the_rent_up_to_the_lower_limit() {
    // Single aged 20, no child: maximale huurgrens 498.20 (art. 13 lid 1 b).
    // Rent 600 counts up to 498.20: 498.20 − 262.67 = 235.53.
    assert_eq!(ht(Y2026, &single(20), dec!(15000), dec!(600)), dec!(235.53));
    // Aged 21: the higher limit; 235.53 + 65% × (600 − 498.20) = 235.53 +
    // 66.17 = 301.70.
    assert_eq!(ht(Y2026, &single(21), dec!(15000), dec!(600)), dec!(301.70));
}

#[test]
fn huurtoeslag_2026_nil_at_a_high_income() {
    // Rent 700, income 45,000: 235.53 + 65% × 201.80 = 366.70; phase-out
    // (45,000 − 22,150) × 27% / 12 = 514.125 > 366.70: nil.
    assert_eq!(ht(Y2026, &single(30), dec!(45000), dec!(700)), dec!(0));
}

// 2025 (art. 13, 16–21 old): basishuur at or below the ijkpunt: one person
// 238.01 − 1.82 + 12 = 248.19; more persons 238.01 − 3.63 + 12 = 246.38.
// K = 477.20, A = 682.96 / 731.93, hard limit 900.07 (23+).

#[test]
fn huurtoeslag_2025_one_person_rent_below_the_kwaliteitskortingsgrens() {
    // Rent 450, income 20,000 (below the ijkpunt 21,550): 450 − 248.19 = 201.81.
    assert_eq!(ht(Y2025, &single(30), dec!(20000), dec!(450)), dec!(201.81));
}

#[test]
fn huurtoeslag_2025_rent_above_the_hard_limit_gives_nothing() {
    // Rent 950 > 900.07: art. 13 lid 1 (2025): no huurtoeslag. (The cliff in
    // the rent, gone from 2026.) The same rent in 2026 counts up to 932.93.
    let h = single(30);
    let mut usage = Usage::default();
    let (amount, step) =
        huurtoeslag_only(&input(Y2025, &h, dec!(20000), Some(dec!(950))), &mut usage).unwrap();
    assert_eq!(amount, dec!(0));
    assert_eq!(step.key, StepKey::HuurtoeslagRentTooHigh);
    assert_eq!(ht(Y2026, &h, dec!(20000), dec!(950)), dec!(463.13));
}

#[test]
fn huurtoeslag_2025_under_23_has_a_hard_limit_of_477_20() {
    // Single aged 22, no child, 2025: art. 13 lid 1 b (2025): no huurtoeslag
    // for a rekenhuur above 477.20. Rent 470 is below it: 470 − 248.19 =
    // 221.81 (income 20,000, below the ijkpunt). Rent 500: nil.
    assert_eq!(ht(Y2025, &single(22), dec!(20000), dec!(470)), dec!(221.81));
    assert_eq!(ht(Y2025, &single(22), dec!(20000), dec!(500)), dec!(0));
    // Aged 23: the limit is 900.07; rent 500: (477.20 − 248.19) + 65% ×
    // (500 − 477.20 = 22.80) = 229.01 + 14.82 = 243.83.
    assert_eq!(ht(Y2025, &single(23), dec!(20000), dec!(500)), dec!(243.83));
}

#[test]
fn huurtoeslag_2025_two_persons_above_the_aftoppingsgrens() {
    // Couple, rent 750, joint income 20,000 (below 30,375): (477.20 − 246.38)
    // + 65% × (682.96 − 477.20 = 205.76) + 40% × (750 − 682.96 = 67.04) =
    // 230.82 + 133.744 + 26.816 = 391.38.
    assert_eq!(
        ht(Y2025, &couple(&[]), dec!(20000), dec!(750)),
        dec!(391.38)
    );
}

#[test]
fn huurtoeslag_2025_normhuur_rises_with_the_income() {
    // One person, rent 600, income 28,000 > ijkpunt 21,550. Art. 19: the
    // normhuurquote runs linearly from 12 × 236.19 / 21,550 = 0.131521 to
    // 12 × (483.78 − 2.27 = 481.51) / 32,625 = 0.177107 at the
    // referentie-inkomensijkpunt; slope 0.045586 / 11,075 = 0.0000041161.
    // At 28,000: 0.131521 + 0.0000041161 × 6,450 = 0.158070; normhuur
    // 0.158070 × 28,000 / 12 = 368.830 → up to 368.84. Basishuur 380.84.
    // (477.20 − 380.84) + 65% × (600 − 477.20) = 96.36 + 79.82 = 176.18.
    assert_eq!(ht(Y2025, &single(30), dec!(28000), dec!(600)), dec!(176.18));
}

#[test]
fn huurtoeslag_2024_more_persons_get_nothing_above_the_aftoppingsgrens() {
    // 2024, couple with a child (3 persons), rent 720, income 20,000 (below
    // 26,975): no lowering of the normhuur below AOW age (art. 17 lid 3,
    // 2024), basishuur 226.67 + 12 = 238.67; K 454.47, A 697.07; art. 21 lid 1
    // c (2024): nothing above A for this household. (454.47 − 238.67) + 65% ×
    // (697.07 − 454.47 = 242.60) = 215.80 + 157.69 = 373.49.
    assert_eq!(
        ht(Y2024, &couple(&[3]), dec!(20000), dec!(720)),
        dec!(373.49)
    );
}

#[test]
fn the_household_has_at_least_the_people_it_names() {
    // A couple given as "1 person" is still a household of more persons:
    // 2026, rent 450, income 20,000: basishuur 260.86, 450 − 260.86 = 189.14
    // (not 450 − 262.67 = 187.33 of one person).
    let mut h = couple(&[]);
    h.persons = 1;
    assert_eq!(ht(Y2026, &h, dec!(20000), dec!(450)), dec!(189.14));
}

#[test]
fn no_rent_no_huurtoeslag() {
    let h = single(30);
    let (amount, step) =
        huurtoeslag_only(&input(Y2026, &h, dec!(20000), None), &mut Usage::default()).unwrap();
    assert_eq!(amount, dec!(0));
    assert_eq!(step.key, StepKey::HuurtoeslagNoRent);
}

// ------------------------------------------------------ kindgebonden budget
// 2026: 2,580 per child; +724 aged 12–15; +964 aged 16–17; ALO-kop 3,416;
// 7.60% above the drempelinkomen 29,735.42 (partners: + 9,405 = 39,140.42).

#[test]
fn kgb_2026_single_parent_with_children_of_4_and_9() {
    // Income 21,327.62 < 29,735.42: no phase-out. 2 × 2,580 + 3,416 = 8,576 a
    // year; / 12 = 714.667 → 714.67.
    assert_eq!(
        kgb(Y2026, &single_parent(&[4, 9]), dec!(21327.62)),
        dec!(714.67)
    );
}

#[test]
fn kgb_2026_couple_with_two_teenagers() {
    // Children 13 and 16, joint income 45,000: 2 × 2,580 + 724 + 964 = 6,848.
    // 7.60% × (45,000 − 39,140.42 = 5,859.58) = 445.3281. 6,848 − 445.3281 =
    // 6,402.6719; / 12 = 533.5560 → 533.56.
    assert_eq!(kgb(Y2026, &couple(&[13, 16]), dec!(45000)), dec!(533.56));
}

#[test]
fn kgb_2026_nil_at_a_high_income() {
    // Couple, child of 5, 80,000: 7.60% × (80,000 − 39,140.42 = 40,859.58) =
    // 3,105.33 > 2,580: nil.
    assert_eq!(kgb(Y2026, &couple(&[5]), dec!(80000)), dec!(0));
}

#[test]
fn kgb_2026_single_parent_with_a_child_of_16() {
    // 2,580 + 964 + 3,416 = 6,960; income 35,000: 7.60% × 5,264.58 =
    // 400.1081; 6,960 − 400.1081 = 6,559.8919; / 12 = 546.6577 → 546.66.
    assert_eq!(kgb(Y2026, &single_parent(&[16]), dec!(35000)), dec!(546.66));
}

#[test]
fn kgb_2025_single_parent_with_a_child_of_12() {
    // 2025: 2,511 + 703 + 3,389 = 6,603; 7.10% × (30,000 − 28,405.73 =
    // 1,594.27) = 113.1932; 6,489.8068 / 12 = 540.8172 → 540.82.
    assert_eq!(kgb(Y2025, &single_parent(&[12]), dec!(30000)), dec!(540.82));
}

#[test]
fn kgb_not_for_a_child_of_18() {
    let (amount, step) = kindgebonden_budget_only(
        &input(Y2026, &single_parent(&[18]), dec!(20000), None),
        &mut Usage::default(),
    )
    .unwrap();
    assert_eq!(amount, dec!(0));
    assert_eq!(step.key, StepKey::KindgebondenBudgetNone);
}

// ----------------------------------------------------------------- together

#[test]
fn all_three_with_a_step_each_and_the_unconfirmed_values_noted() {
    // Single parent, children 4 and 9, 3 persons, rent 700, 2026, full year
    // on bijstand (21,327.62). Zorgtoeslag 129.20 (as above). Huurtoeslag:
    // more persons, basishuur 260.86, A = 764.14: (498.20 − 260.86) + 65% ×
    // (700 − 498.20 = 201.80) = 237.34 + 131.17 = 368.51; income below the
    // ijkpunt 31,275: 368.51. Kgb 714.67 (as above). Total 1,212.38.
    let h = single_parent(&[4, 9]);
    let mut usage = Usage::default();
    let a = allowances(
        &input(Y2026, &h, dec!(21327.62), Some(dec!(700))),
        &mut usage,
    )
    .unwrap();
    assert_eq!(a.zorgtoeslag, dec!(129.20));
    assert_eq!(a.huurtoeslag, dec!(368.51));
    assert_eq!(a.kindgebonden_budget, dec!(714.67));
    assert_eq!(a.total(), dec!(1212.38));
    let keys: Vec<StepKey> = a.steps.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        [
            StepKey::Zorgtoeslag,
            StepKey::Huurtoeslag,
            StepKey::KindgebondenBudget
        ]
    );
    for s in &a.steps {
        assert!(
            s.source.url.starts_with("https://wetten.overheid.nl/"),
            "{:?}",
            s.key
        );
        assert!(!s.source.nl.is_empty() && !s.source.en.is_empty());
    }
    // The huurtoeslag shares and ijkpunt are not confirmed: flagged.
    for id in ["huurtoeslag.share_middle", "huurtoeslag.ijkpunt_multi"] {
        assert!(usage.unconfirmed.iter().any(|u| u.id == id), "{id}");
    }
    // The 2026 zorgtoeslag and kgb values are sourced: not flagged.
    assert!(!usage
        .unconfirmed
        .iter()
        .any(|u| u.id.starts_with("zorgtoeslag.")));
    assert!(!usage.unconfirmed.iter().any(|u| u.id.starts_with("kgb.")));
}

#[test]
fn the_2024_estimates_are_flagged() {
    let h = single_parent(&[13]);
    let mut usage = Usage::default();
    allowances(&input(Y2024, &h, dec!(20000), Some(dec!(500))), &mut usage).unwrap();
    for id in [
        "zorgtoeslag.standaardpremie",
        "kgb.age_12_15",
        "toeslagen.drempelinkomen",
    ] {
        let u = usage.unconfirmed.iter().find(|u| u.id == id);
        assert!(u.is_some(), "{id}");
    }
    let d = crate::data::zorgtoeslag::STANDAARDPREMIE.at(Y2024).unwrap();
    assert_eq!(d.confidence, Confidence::Unconfirmed);
}
