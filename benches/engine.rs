//! Mean time of one full `calculate` (month, thresholds, curve and trace) over
//! a few typical scenarios. Run with `cargo bench`; target ≤ 20 µs on the host.
//! Prints the numbers, asserts nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use rekenhulp_bijverdienen::rules::{
    calculate, AgeGroup, Date, Household, KortingBy, Scenario, Scheme,
};
use rust_decimal_macros::dec;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn scenarios() -> Vec<(&'static str, Scenario)> {
    vec![
        (
            "single 21+, 16 h at minimum wage",
            Scenario {
                hours_per_week: dec!(16),
                ..Scenario::default()
            },
        ),
        (
            "single parent, r, 24 h at 16.50",
            Scenario {
                household: Household::SingleParent,
                youngest_child_age: Some(4),
                vrijlating_r: true,
                hours_per_week: dec!(24),
                hourly_wage: Some(dec!(16.50)),
                ..Scenario::default()
            },
        ),
        (
            "couple, 2 housemates, experiment, 32 h",
            Scenario {
                date: Date::ymd(2025, 3, 15),
                household: Household::Couple,
                housemates: 2,
                scheme: Scheme::Experiment,
                hours_per_week: dec!(32),
                ..Scenario::default()
            },
        ),
        (
            "AOW single, municipality korting, 8 h",
            Scenario {
                age: AgeGroup::Aow,
                korting_by: KortingBy::Municipality,
                hours_per_week: dec!(8),
                hourly_wage: Some(dec!(18)),
                ..Scenario::default()
            },
        ),
    ]
}

/// Mean time per call, after a warm-up, over at least `min` of wall time.
fn mean(s: &Scenario, min: Duration) -> Duration {
    for _ in 0..50 {
        black_box(calculate(black_box(s)).unwrap());
    }
    let mut runs = 0u32;
    let start = Instant::now();
    while start.elapsed() < min {
        for _ in 0..20 {
            black_box(calculate(black_box(s)).unwrap());
        }
        runs += 20;
    }
    start.elapsed() / runs
}

fn main() {
    // `cargo test --benches` passes `--bench`-less args; keep that run short.
    let quick = !std::env::args().any(|a| a == "--bench");
    let min = if quick {
        Duration::from_millis(20)
    } else {
        Duration::from_millis(1500)
    };
    let mut all = Duration::ZERO;
    let list = scenarios();
    for (name, s) in &list {
        let t = mean(s, min);
        all += t;
        println!("calculate: {:>9.2} µs  {name}", t.as_secs_f64() * 1e6);
    }
    let n = u32::try_from(list.len()).unwrap();
    println!(
        "calculate: {:>9.2} µs  mean over {} scenarios (target ≤ 20 µs)",
        (all / n).as_secs_f64() * 1e6,
        list.len()
    );
}
