//! Net wage on a yearly wage, 2025 and 2026, worked by hand from
//! parameters.md §8 (P-TAX): bracket tax, algemene heffingskorting (AHK),
//! arbeidskorting (AK), tax = max(0, bracket − AHK − AK) rounded to the cent,
//! net = Y − tax. Exercises `wage::annual_tax`, which `wage_parts` calls.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::param::Usage;
use crate::wage::{annual_tax, tax_rules, wage_parts, TaxRules};
use crate::{Date, Scenario};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The regular (below AOW age) tax tables in force on 1 January of `year`.
fn rules(year: i32) -> TaxRules {
    let s = Scenario {
        date: Date::ymd(year, 1, 1),
        ..Scenario::default()
    };
    tax_rules(&s, &mut Usage::default()).unwrap()
}

struct Case {
    year: i32,
    annual: Decimal,
    bracket: Decimal,
    ahk: Decimal,
    ak: Decimal,
    tax: Decimal,
    net: Decimal,
}

const fn case(
    year: i32,
    annual: Decimal,
    bracket: Decimal,
    ahk: Decimal,
    ak: Decimal,
    tax: Decimal,
    net: Decimal,
) -> Case {
    Case {
        year,
        annual,
        bracket,
        ahk,
        ak,
        tax,
        net,
    }
}

/// The employer applies the loonheffingskorting. Each row worked by hand;
/// the parts are exact, tax and net are compared within €1 a year.
const EMPLOYER_APPLIES_KORTING: [Case; 22] = [
    // ---- 2025: bracket 1 35.82% to 38,441, bracket 2 37.48%; AHK 3,068 − 6.337%
    // above 28,406; AK 8.053% to 12,169 | 980 + 30.030% to 26,288 | 5,220 + 2.258%
    // to 43,071 | 5,599 − 6.51%.
    //
    // Y = 3000: bracket 35.82% × 3000 = 1074.60; AHK 3068 (Y ≤ 28406);
    // AK 8.053% × 3000 = 241.59; 1074.60 − 3068 − 241.59 = −2234.99 → tax 0;
    // net 3000.
    case(
        2025,
        dec!(3000),
        dec!(1074.60),
        dec!(3068),
        dec!(241.59),
        dec!(0),
        dec!(3000),
    ),
    // Y = 9000: bracket 35.82% × 9000 = 3223.80; AHK 3068; AK 8.053% × 9000 =
    // 724.77; 3223.80 − 3068 − 724.77 = −568.97 → tax 0; net 9000.
    case(
        2025,
        dec!(9000),
        dec!(3223.80),
        dec!(3068),
        dec!(724.77),
        dec!(0),
        dec!(9000),
    ),
    // Y = 12100 (still the first AK piece in 2025): bracket 35.82% × 12100 =
    // 4334.22; AHK 3068; AK 8.053% × 12100 = 974.413;
    // 4334.22 − 3068 − 974.413 = 291.807 → tax 291.81; net 11808.19.
    case(
        2025,
        dec!(12100),
        dec!(4334.22),
        dec!(3068),
        dec!(974.413),
        dec!(291.81),
        dec!(11808.19),
    ),
    // Y = 18000: bracket 35.82% × 18000 = 6447.60; AHK 3068;
    // AK 980 + 30.03% × (18000 − 12169 = 5831) = 980 + 1751.0493 = 2731.0493;
    // 6447.60 − 3068 − 2731.0493 = 648.5507 → tax 648.55; net 17351.45.
    case(
        2025,
        dec!(18000),
        dec!(6447.60),
        dec!(3068),
        dec!(2731.0493),
        dec!(648.55),
        dec!(17351.45),
    ),
    // Y = 26000: bracket 35.82% × 26000 = 9313.20; AHK 3068;
    // AK 980 + 30.03% × 13831 = 980 + 4153.4493 = 5133.4493;
    // 9313.20 − 3068 − 5133.4493 = 1111.7507 → tax 1111.75; net 24888.25.
    case(
        2025,
        dec!(26000),
        dec!(9313.20),
        dec!(3068),
        dec!(5133.4493),
        dec!(1111.75),
        dec!(24888.25),
    ),
    // Y = 28000: bracket 35.82% × 28000 = 10029.60; AHK 3068 (28000 ≤ 28406);
    // AK 5220 + 2.258% × (28000 − 26288 = 1712) = 5220 + 38.65696 = 5258.65696;
    // 10029.60 − 3068 − 5258.65696 = 1702.94304 → tax 1702.94; net 26297.06.
    case(
        2025,
        dec!(28000),
        dec!(10029.60),
        dec!(3068),
        dec!(5258.65696),
        dec!(1702.94),
        dec!(26297.06),
    ),
    // Y = 31000: bracket 35.82% × 31000 = 11104.20;
    // AHK 3068 − 6.337% × (31000 − 28406 = 2594) = 3068 − 164.38178 = 2903.61822;
    // AK 5220 + 2.258% × 4712 = 5220 + 106.39696 = 5326.39696;
    // 11104.20 − 2903.61822 − 5326.39696 = 2874.18482 → tax 2874.18; net 28125.82.
    case(
        2025,
        dec!(31000),
        dec!(11104.20),
        dec!(2903.61822),
        dec!(5326.39696),
        dec!(2874.18),
        dec!(28125.82),
    ),
    // Y = 40000: bracket 35.82% × 38441 + 37.48% × (40000 − 38441 = 1559) =
    // 13769.5662 + 584.3132 = 14353.8794;
    // AHK 3068 − 6.337% × 11594 = 3068 − 734.71178 = 2333.28822;
    // AK 5220 + 2.258% × 13712 = 5220 + 309.61696 = 5529.61696;
    // 14353.8794 − 2333.28822 − 5529.61696 = 6490.97422 → tax 6490.97; net 33509.03.
    case(
        2025,
        dec!(40000),
        dec!(14353.8794),
        dec!(2333.28822),
        dec!(5529.61696),
        dec!(6490.97),
        dec!(33509.03),
    ),
    // Y = 44000: bracket 13769.5662 + 37.48% × 5559 = 13769.5662 + 2083.5132 =
    // 15853.0794; AHK 3068 − 6.337% × 15594 = 3068 − 988.19178 = 2079.80822;
    // AK 5599 − 6.51% × (44000 − 43071 = 929) = 5599 − 60.4779 = 5538.5221;
    // 15853.0794 − 2079.80822 − 5538.5221 = 8234.74908 → tax 8234.75; net 35765.25.
    case(
        2025,
        dec!(44000),
        dec!(15853.0794),
        dec!(2079.80822),
        dec!(5538.5221),
        dec!(8234.75),
        dec!(35765.25),
    ),
    // Y = 50000: bracket 13769.5662 + 37.48% × 11559 = 13769.5662 + 4332.3132 =
    // 18101.8794; AHK 3068 − 6.337% × 21594 = 3068 − 1368.41178 = 1699.58822;
    // AK 5599 − 6.51% × 6929 = 5599 − 451.0779 = 5147.9221;
    // 18101.8794 − 1699.58822 − 5147.9221 = 11254.36908 → tax 11254.37; net 38745.63.
    case(
        2025,
        dec!(50000),
        dec!(18101.8794),
        dec!(1699.58822),
        dec!(5147.9221),
        dec!(11254.37),
        dec!(38745.63),
    ),
    // Y = 60000: bracket 13769.5662 + 37.48% × 21559 = 13769.5662 + 8080.3132 =
    // 21849.8794; AHK 3068 − 6.337% × 31594 = 3068 − 2002.11178 = 1065.88822;
    // AK 5599 − 6.51% × 16929 = 5599 − 1102.0779 = 4496.9221;
    // 21849.8794 − 1065.88822 − 4496.9221 = 16287.06908 → tax 16287.07; net 43712.93.
    case(
        2025,
        dec!(60000),
        dec!(21849.8794),
        dec!(1065.88822),
        dec!(4496.9221),
        dec!(16287.07),
        dec!(43712.93),
    ),
    // ---- 2026: bracket 1 35.75% to 38,883, bracket 2 37.56%; AHK 3,115 − 6.398%
    // above 29,736; AK 8.324% to 11,965 | 996 + 31.009% to 25,845 | 5,300 + 1.950%
    // to 45,592 | 5,685 − 6.51%.
    //
    // Y = 3000: bracket 35.75% × 3000 = 1072.50; AHK 3115; AK 8.324% × 3000 =
    // 249.72; 1072.50 − 3115 − 249.72 = −2292.22 → tax 0; net 3000.
    case(
        2026,
        dec!(3000),
        dec!(1072.50),
        dec!(3115),
        dec!(249.72),
        dec!(0),
        dec!(3000),
    ),
    // Y = 9000: bracket 35.75% × 9000 = 3217.50; AHK 3115; AK 8.324% × 9000 =
    // 749.16; 3217.50 − 3115 − 749.16 = −646.66 → tax 0; net 9000.
    case(
        2026,
        dec!(9000),
        dec!(3217.50),
        dec!(3115),
        dec!(749.16),
        dec!(0),
        dec!(9000),
    ),
    // Y = 12100 (second AK piece in 2026): bracket 35.75% × 12100 = 4325.75;
    // AHK 3115; AK 996 + 31.009% × (12100 − 11965 = 135) = 996 + 41.86215 =
    // 1037.86215; 4325.75 − 3115 − 1037.86215 = 172.88785 → tax 172.89;
    // net 11927.11.
    case(
        2026,
        dec!(12100),
        dec!(4325.75),
        dec!(3115),
        dec!(1037.86215),
        dec!(172.89),
        dec!(11927.11),
    ),
    // Y = 18000: bracket 35.75% × 18000 = 6435; AHK 3115;
    // AK 996 + 31.009% × 6035 = 996 + 1871.39315 = 2867.39315;
    // 6435 − 3115 − 2867.39315 = 452.60685 → tax 452.61; net 17547.39.
    case(
        2026,
        dec!(18000),
        dec!(6435),
        dec!(3115),
        dec!(2867.39315),
        dec!(452.61),
        dec!(17547.39),
    ),
    // Y = 26000: bracket 35.75% × 26000 = 9295; AHK 3115;
    // AK 5300 + 1.95% × (26000 − 25845 = 155) = 5300 + 3.0225 = 5303.0225;
    // 9295 − 3115 − 5303.0225 = 876.9775 → tax 876.98; net 25123.02.
    case(
        2026,
        dec!(26000),
        dec!(9295),
        dec!(3115),
        dec!(5303.0225),
        dec!(876.98),
        dec!(25123.02),
    ),
    // Y = 28000: bracket 35.75% × 28000 = 10010; AHK 3115;
    // AK 5300 + 1.95% × 2155 = 5300 + 42.0225 = 5342.0225;
    // 10010 − 3115 − 5342.0225 = 1552.9775 → tax 1552.98; net 26447.02.
    case(
        2026,
        dec!(28000),
        dec!(10010),
        dec!(3115),
        dec!(5342.0225),
        dec!(1552.98),
        dec!(26447.02),
    ),
    // Y = 31000: bracket 35.75% × 31000 = 11082.50;
    // AHK 3115 − 6.398% × (31000 − 29736 = 1264) = 3115 − 80.87072 = 3034.12928;
    // AK 5300 + 1.95% × 5155 = 5300 + 100.5225 = 5400.5225;
    // 11082.50 − 3034.12928 − 5400.5225 = 2647.84822 → tax 2647.85; net 28352.15.
    case(
        2026,
        dec!(31000),
        dec!(11082.50),
        dec!(3034.12928),
        dec!(5400.5225),
        dec!(2647.85),
        dec!(28352.15),
    ),
    // Y = 40000: bracket 35.75% × 38883 + 37.56% × (40000 − 38883 = 1117) =
    // 13900.6725 + 419.5452 = 14320.2177;
    // AHK 3115 − 6.398% × 10264 = 3115 − 656.69072 = 2458.30928;
    // AK 5300 + 1.95% × 14155 = 5300 + 276.0225 = 5576.0225;
    // 14320.2177 − 2458.30928 − 5576.0225 = 6285.88592 → tax 6285.89; net 33714.11.
    case(
        2026,
        dec!(40000),
        dec!(14320.2177),
        dec!(2458.30928),
        dec!(5576.0225),
        dec!(6285.89),
        dec!(33714.11),
    ),
    // Y = 44000: bracket 13900.6725 + 37.56% × 5117 = 13900.6725 + 1921.9452 =
    // 15822.6177; AHK 3115 − 6.398% × 14264 = 3115 − 912.61072 = 2202.38928;
    // AK 5300 + 1.95% × 18155 = 5300 + 354.0225 = 5654.0225;
    // 15822.6177 − 2202.38928 − 5654.0225 = 7966.20592 → tax 7966.21; net 36033.79.
    case(
        2026,
        dec!(44000),
        dec!(15822.6177),
        dec!(2202.38928),
        dec!(5654.0225),
        dec!(7966.21),
        dec!(36033.79),
    ),
    // Y = 50000: bracket 13900.6725 + 37.56% × 11117 = 13900.6725 + 4175.5452 =
    // 18076.2177; AHK 3115 − 6.398% × 20264 = 3115 − 1296.49072 = 1818.50928;
    // AK 5685 − 6.51% × (50000 − 45592 = 4408) = 5685 − 286.9608 = 5398.0392;
    // 18076.2177 − 1818.50928 − 5398.0392 = 10859.66922 → tax 10859.67; net 39140.33.
    case(
        2026,
        dec!(50000),
        dec!(18076.2177),
        dec!(1818.50928),
        dec!(5398.0392),
        dec!(10859.67),
        dec!(39140.33),
    ),
    // Y = 60000: bracket 13900.6725 + 37.56% × 21117 = 13900.6725 + 7931.5452 =
    // 21832.2177; AHK 3115 − 6.398% × 30264 = 3115 − 1936.29072 = 1178.70928;
    // AK 5685 − 6.51% × 14408 = 5685 − 937.9608 = 4747.0392;
    // 21832.2177 − 1178.70928 − 4747.0392 = 15906.46922 → tax 15906.47; net 44093.53.
    case(
        2026,
        dec!(60000),
        dec!(21832.2177),
        dec!(1178.70928),
        dec!(4747.0392),
        dec!(15906.47),
        dec!(44093.53),
    ),
];

fn assert_within_one_euro(what: &str, year: i32, annual: Decimal, got: Decimal, want: Decimal) {
    assert!(
        (got - want).abs() <= Decimal::ONE,
        "{year}, Y = {annual}: {what} {got}, worked by hand {want}"
    );
}

#[test]
fn net_wage_when_the_employer_applies_the_korting() {
    for c in &EMPLOYER_APPLIES_KORTING {
        let t = annual_tax(&rules(c.year), c.annual, true);
        let at = format!("{}, Y = {}", c.year, c.annual);
        assert_eq!(t.bracket, c.bracket, "{at}: bracket tax");
        assert_eq!(t.ahk, c.ahk, "{at}: AHK");
        assert_eq!(t.ak, c.ak, "{at}: AK");
        assert_eq!(t.ouderenkorting, Decimal::ZERO, "{at}: no ouderenkorting");
        assert_within_one_euro("tax", c.year, c.annual, t.tax, c.tax);
        assert_within_one_euro("net", c.year, c.annual, c.annual - t.tax, c.net);
        // The yearly tax is kept in whole cents (model.md: rounded before / 12).
        assert_eq!(t.tax, t.tax.round_dp(2), "{at}: tax in cents");
    }
}

#[test]
fn at_least_ten_incomes_per_year_between_3000_and_60000() {
    for year in [2025, 2026] {
        let incomes: Vec<Decimal> = EMPLOYER_APPLIES_KORTING
            .iter()
            .filter(|c| c.year == year)
            .map(|c| c.annual)
            .collect();
        assert!(incomes.len() >= 10, "{year}: {} incomes", incomes.len());
        assert!(incomes
            .iter()
            .all(|y| (dec!(3000)..=dec!(60000)).contains(y)));
    }
}

/// The municipality applies the korting: the employer withholds the bracket
/// tax only (parameters.md §8: "flat 35.75% in 2026 for the first bracket").
#[test]
fn net_wage_when_the_municipality_applies_the_korting() {
    let cases = [
        // 2026, Y = 12000: 35.75% × 12000 = 4290 → net 7710.
        (2026, dec!(12000), dec!(4290), dec!(7710)),
        // 2026, Y = 45000: 35.75% × 38883 + 37.56% × (45000 − 38883 = 6117) =
        // 13900.6725 + 2297.5452 = 16198.2177 → 16198.22; net 28801.78.
        (2026, dec!(45000), dec!(16198.22), dec!(28801.78)),
        // 2025, Y = 3000: 35.82% × 3000 = 1074.60 (no max(0, …) to save it:
        // no kortingen at all) → net 1925.40.
        (2025, dec!(3000), dec!(1074.60), dec!(1925.40)),
        // 2025, Y = 20000: 35.82% × 20000 = 7164 → net 12836.
        (2025, dec!(20000), dec!(7164), dec!(12836)),
        // 2024, Y = 15000: 36.97% × 15000 = 5545.50 → net 9454.50.
        (2024, dec!(15000), dec!(5545.50), dec!(9454.50)),
    ];
    for (year, annual, tax, net) in cases {
        let t = annual_tax(&rules(year), annual, false);
        assert_eq!(
            (t.ahk, t.ak, t.ouderenkorting),
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO),
            "{year}, Y = {annual}: no kortingen"
        );
        assert_within_one_euro("tax", year, annual, t.tax, tax);
        assert_within_one_euro("net", year, annual, annual - t.tax, net);
    }
}

/// `wage_parts` takes its tax from `annual_tax` on Y = 12 × (G + Hp).
#[test]
fn monthly_net_wage_is_the_yearly_net_over_twelve() {
    // 2026, 16 h × 52 / 12 × 14.71 = 12238.72 / 12 = 1019.8933 → G 1019.89;
    // Hp 8% × 1019.89 = 81.5912 → 81.59; G + Hp = 1101.48; Y = 13217.76.
    // Bracket 35.75% × 13217.76 = 4725.3492; AHK 3115;
    // AK 996 + 31.009% × (13217.76 − 11965 = 1252.76) = 996 + 388.4683484 =
    // 1384.4683484; tax 4725.3492 − 3115 − 1384.4683484 = 225.8808516 → 225.88;
    // W = (13217.76 − 225.88) / 12 = 12991.88 / 12 = 1082.6566… → 1082.66.
    let p = wage_parts(&rules(2026), dec!(14.71), dec!(16), true);
    assert_eq!(p.gross_base, dec!(1019.89));
    assert_eq!(p.holiday_pay, dec!(81.59));
    assert_eq!(p.gross, dec!(1101.48));
    assert_eq!(p.annual, dec!(13217.76));
    assert_eq!(p.ak, dec!(1384.4683484));
    assert_eq!(p.tax, dec!(225.88));
    assert_eq!(p.net, dec!(1082.66));
    // Same hours, the municipality applies the korting: tax 4725.35,
    // W = (13217.76 − 4725.35) / 12 = 8492.41 / 12 = 707.7008… → 707.70.
    let p = wage_parts(&rules(2026), dec!(14.71), dec!(16), false);
    assert_eq!(p.tax, dec!(4725.35));
    assert_eq!(p.net, dec!(707.70));
}

/// The AOW-age tables of `year` (parameters.md §11a); `single` adds the
/// alleenstaande ouderenkorting.
fn aow_rules(year: i32, single: bool) -> TaxRules {
    let s = Scenario {
        date: Date::ymd(year, 1, 1),
        age: crate::AgeGroup::Aow,
        household: if single {
            crate::Household::Single
        } else {
            crate::Household::Couple
        },
        ..Scenario::default()
    };
    tax_rules(&s, &mut Usage::default()).unwrap()
}

/// 2026 at AOW age, Y = 40,000 (arbeidskorting at AOW age, third piece):
/// bracket 17.85% × 38,883 + 37.56% × 1,117 = 6,940.6155 + 419.5452 = 7,360.1607;
/// AHK 1,556 − 3.195% × (40,000 − 29,736) = 1,228.0652;
/// AK 2,646 + 0.974% × (40,000 − 25,845) = 2,783.8697;
/// ouderenkorting 2,067 (below 46,002) + alleenstaande 540 = 2,607;
/// each part rounded to the cent: tax = 7,360.16 − 1,228.07 − 2,783.87 − 2,607
/// = 741.22.
#[test]
fn aow_age_2026_uses_the_published_arbeidskorting() {
    let t = annual_tax(&aow_rules(2026, true), dec!(40000), true);
    assert_eq!(t.bracket, dec!(7360.1607));
    assert_eq!(t.ahk, dec!(1228.0652));
    assert_eq!(t.ak, dec!(2783.8697));
    assert_eq!(t.ouderenkorting, dec!(2607));
    assert_eq!(t.tax, dec!(741.22));
}

/// 2025 at AOW age, Y = 44,000 (fourth, falling piece of the arbeidskorting):
/// bracket 17.92% × 38,441 + 37.48% × 5,559 = 6,888.6272 + 2,083.5132 = 8,972.1404;
/// AHK 1,536 − 3.170% × (44,000 − 28,406) = 1,041.6702;
/// AK 2,802 − 3.257% × (44,000 − 43,071) = 2,802 − 30.25753 = 2,771.74247;
/// single: ouderenkorting 2,035 (below 45,308) + 531 = 2,566 →
/// tax (each part to the cent) 8,972.14 − 1,041.67 − 2,771.74 − 2,566 = 2,592.73;
/// a couple has no alleenstaande ouderenkorting: 8,972.14 − 1,041.67 − 2,771.74
/// − 2,035 = 3,123.73.
#[test]
fn aow_age_2025_single_and_couple() {
    let single = annual_tax(&aow_rules(2025, true), dec!(44000), true);
    assert_eq!(single.ak, dec!(2771.74247));
    assert_eq!(single.tax, dec!(2592.73));
    let couple = annual_tax(&aow_rules(2025, false), dec!(44000), true);
    assert_eq!(couple.ouderenkorting, dec!(2035));
    assert_eq!(couple.tax, dec!(3123.73));
}
