//! The web app entry (wasm). On the host this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use rekenhulp_bijverdienen::ui::{browser, App};
    let Some(frame) = gloo::utils::document().get_element_by_id("prerender") else {
        yew::Renderer::<App>::new().render();
        return;
    };
    // The frame written into index.html at build time stays until it has
    // been painted and recorded (else a fast load replaced it unseen, and
    // the largest paint waited for the app: observed 0.35 s instead of
    // 0.15 s); it goes in the same task as the first render, so the
    // browser never paints the page without either. At most 30 frames.
    browser::after_first_paint(30, move || {
        frame.remove();
        yew::Renderer::<App>::new().render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

/// For `scripts/bench.sh`: the mean time in µs of one full calculation
/// (curve, thresholds, trace) inside wasm, over `n` runs of a few scenarios;
/// with `hours_only`, of what a change of hours computes (the month at the
/// new hours, the rest prepared once), as the page does. Only in a build
/// with the `bench-hook` feature (scripts/bench.sh makes one apart).
#[cfg(all(target_arch = "wasm32", feature = "bench-hook"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_calculate(n: u32, hours_only: bool) -> f64 {
    use rekenhulp_bijverdienen::rules::{prepare, Household, Scenario, Scheme};
    use rust_decimal::Decimal;
    let scenarios = [
        Scenario {
            hours_per_week: Decimal::from(12),
            ..Scenario::default()
        },
        Scenario {
            household: Household::Couple,
            housemates: 1,
            hours_per_week: Decimal::from(20),
            vrijlating_n: true,
            ..Scenario::default()
        },
        Scenario {
            household: Household::SingleParent,
            scheme: Scheme::Experiment,
            vrijlating_r: true,
            hours_per_week: Decimal::from(8),
            ..Scenario::default()
        },
    ];
    let prepared: Vec<_> = scenarios.iter().filter_map(|s| prepare(s).ok()).collect();
    let runs = n.max(1);
    let start = js_sys::Date::now();
    let mut checksum = Decimal::ZERO;
    for i in 0..runs {
        let k = i as usize % scenarios.len();
        let (Some(s), Some(p)) = (scenarios.get(k), prepared.get(k)) else {
            continue;
        };
        let hours = s.hours_per_week + Decimal::from(i % 7);
        let o = if hours_only {
            p.outcome(hours)
        } else {
            prepare(s).and_then(|p| p.outcome(hours))
        };
        if let Ok(o) = o {
            checksum += o.now.total;
        }
    }
    let elapsed_ms = js_sys::Date::now() - start;
    // Keeps the work from being optimised away.
    if checksum.is_sign_negative() {
        return -1.0;
    }
    elapsed_ms * 1000.0 / f64::from(runs)
}
