//! Bijstand norms per calendar month, incl. 5% holiday allowance (art. 19 lid 3).

use super::at;
use crate::param::{Confidence::*, Series};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Art. 22a lid 1: the kostendelersnorm is (40% + A × 30%) / A × B.
pub const KOSTENDELER_BASE: Decimal = dec!(0.40);
/// Art. 22a lid 1: the share per kostendeler.
pub const KOSTENDELER_PER_PERSON: Decimal = dec!(0.30);

const MUN: &str = "Participatiewet art. 21 (municipal norm pages, P-MUN)";
const NB26: &str = "Participatiewet art. 21; Normenbrief 1 januari 2026 (P-NB26)";
const LAW: &str = "Participatiewet art. 21 (text in force 2026-07-01)";

/// Art. 21 a: single or single parent, 21 to AOW age.
pub static SINGLE_21: Series<Decimal> = Series {
    id: "norm.single_21",
    values: &[
        at(2024, 1, 1, dec!(1283.83), MUN, Medium),
        at(2024, 7, 1, dec!(1308.45), MUN, Medium),
        at(2025, 1, 1, dec!(1345.45), MUN, Medium),
        at(2025, 7, 1, dec!(1369.06), NB26, High),
        at(2026, 1, 1, dec!(1401.50), NB26, High),
        at(2026, 7, 1, dec!(1419.46), LAW, High),
    ],
};

/// Art. 21 b: married or cohabiting, both 21 to AOW age. Also B in art. 22a.
pub static COUPLE_21: Series<Decimal> = Series {
    id: "norm.couple_21",
    values: &[
        at(2024, 1, 1, dec!(1834.04), MUN, Medium),
        at(2024, 7, 1, dec!(1869.21), MUN, Medium),
        at(2025, 1, 1, dec!(1922.07), MUN, Medium),
        at(2025, 7, 1, dec!(1955.80), NB26, High),
        at(2026, 1, 1, dec!(2002.13), NB26, High),
        at(2026, 7, 1, dec!(2027.79), LAW, High),
    ],
};

const AOW_MUN: &str = "Participatiewet art. 22 (municipal norm pages, P-MUN)";
const AOW_NB26: &str = "Participatiewet art. 22; Normenbrief 1 januari 2026 (P-NB26)";
const AOW_LAW: &str = "Participatiewet art. 22 (text in force 2026-07-01)";

/// Art. 22: single at AOW age.
pub static SINGLE_AOW: Series<Decimal> = Series {
    id: "norm.single_aow",
    values: &[
        at(2024, 1, 1, dec!(1425.76), AOW_MUN, Medium),
        at(2024, 7, 1, dec!(1456.85), AOW_MUN, Medium),
        at(2025, 1, 1, dec!(1501.07), AOW_MUN, Medium),
        at(2025, 7, 1, dec!(1530.21), AOW_NB26, High),
        at(2026, 1, 1, dec!(1564.69), AOW_NB26, High),
        at(2026, 7, 1, dec!(1587.34), AOW_LAW, High),
    ],
};

/// Art. 22: married, one or both at AOW age. Also B in art. 22a at AOW age.
pub static COUPLE_AOW: Series<Decimal> = Series {
    id: "norm.couple_aow",
    values: &[
        at(2024, 1, 1, dec!(1932.32), AOW_MUN, Medium),
        at(2024, 7, 1, dec!(1976.64), AOW_MUN, Medium),
        at(2025, 1, 1, dec!(2053.48), AOW_MUN, Medium),
        at(2025, 7, 1, dec!(2094.98), AOW_NB26, High),
        at(2026, 1, 1, dec!(2144.16), AOW_NB26, High),
        at(2026, 7, 1, dec!(2176.10), AOW_LAW, High),
    ],
};

const Y_MUN: &str = "Participatiewet art. 20 (municipal norm pages, P-MUN)";
const Y_NB26: &str = "Participatiewet art. 20; Normenbrief 1 januari 2026 (P-NB26)";
const Y_LAW: &str = "Participatiewet art. 20 (text in force 2026-07-01)";

/// Art. 20: youth norm, 18–20, single (also single parent). Also the youth
/// partner's part in art. 22a lid 3 b (no children).
pub static YOUTH_SINGLE: Series<Decimal> = Series {
    id: "norm.youth_single",
    values: &[
        at(2024, 1, 1, dec!(316.94), Y_MUN, Medium),
        at(2024, 7, 1, dec!(323.03), Y_MUN, Medium),
        at(2025, 1, 1, dec!(332.17), Y_MUN, Medium),
        at(2025, 7, 1, dec!(337.98), Y_NB26, High),
        at(2026, 1, 1, dec!(345.99), Y_NB26, High),
        at(2026, 7, 1, dec!(350.42), Y_LAW, High),
    ],
};

/// Art. 20: married, both 18–20, no children.
pub static YOUTH_COUPLE: Series<Decimal> = Series {
    id: "norm.youth_couple",
    values: &[
        at(2024, 1, 1, dec!(633.88), Y_MUN, Medium),
        at(2024, 7, 1, dec!(646.06), Y_MUN, Medium),
        at(2025, 1, 1, dec!(664.34), Y_MUN, Medium),
        at(2025, 7, 1, dec!(675.96), Y_NB26, High),
        at(2026, 1, 1, dec!(691.98), Y_NB26, High),
        at(2026, 7, 1, dec!(700.84), Y_LAW, High),
    ],
};

/// Art. 20: married, both 18–20, with children.
pub static YOUTH_COUPLE_CHILDREN: Series<Decimal> = Series {
    id: "norm.youth_couple_children",
    values: &[
        at(2024, 1, 1, dec!(1000.69), Y_MUN, Medium),
        at(2024, 7, 1, dec!(1019.90), Y_MUN, Medium),
        at(2025, 1, 1, dec!(1048.75), Y_MUN, Medium),
        at(2025, 7, 1, dec!(1067.12), Y_NB26, High),
        at(2026, 1, 1, dec!(1092.41), Y_NB26, High),
        at(2026, 7, 1, dec!(1106.40), Y_LAW, High),
    ],
};

/// Art. 20: married, one 18–20 and one 21+, no children, no housemates.
pub static MIXED_COUPLE: Series<Decimal> = Series {
    id: "norm.mixed_couple",
    values: &[
        at(2024, 1, 1, dec!(1233.96), Y_MUN, Medium),
        at(2024, 7, 1, dec!(1257.64), Y_MUN, Medium),
        at(2025, 1, 1, dec!(1293.21), Y_MUN, Medium),
        at(2025, 7, 1, dec!(1315.88), Y_NB26, High),
        at(2026, 1, 1, dec!(1347.06), Y_NB26, High),
        at(2026, 7, 1, dec!(1364.32), Y_LAW, High),
    ],
};

/// Art. 20: married, one 18–20 and one 21+, with children, no housemates.
pub static MIXED_COUPLE_CHILDREN: Series<Decimal> = Series {
    id: "norm.mixed_couple_children",
    values: &[
        at(2024, 1, 1, dec!(1600.77), Y_MUN, Medium),
        at(2024, 7, 1, dec!(1631.48), Y_MUN, Medium),
        at(2025, 1, 1, dec!(1677.62), Y_MUN, Medium),
        at(2025, 7, 1, dec!(1707.04), Y_NB26, High),
        at(2026, 1, 1, dec!(1747.49), Y_NB26, High),
        at(2026, 7, 1, dec!(1769.88), Y_LAW, High),
    ],
};

/// Art. 22a lid 3 a: the youth partner's part with children when housemates
/// count. Only two dates are published in our sources.
pub static MIXED_KOSTENDELER_CHILDREN_PART: Series<Decimal> = Series {
    id: "norm.mixed_kostendeler_children_part",
    values: &[
        at(
            2025,
            7,
            1,
            dec!(729.14),
            "Participatiewet art. 22a lid 3 a; P-NB26",
            High,
        ),
        at(
            2026,
            1,
            1,
            dec!(746.42),
            "Participatiewet art. 22a lid 3 a; P-NB26",
            High,
        ),
    ],
};
