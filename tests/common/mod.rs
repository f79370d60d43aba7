//! Helpers shared by the tests that run the `rekenhulp` binary.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `rekenhulp` with `stdin` as its input.
pub fn run(stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rekenhulp"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Each output line as JSON.
pub fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// An amount as the CLI writes it: a string with exactly two decimals, no "-0.00".
pub fn is_amount(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        let digits = s.strip_prefix('-').unwrap_or(s);
        let Some((int, frac)) = digits.split_once('.') else {
            return false;
        };
        !int.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.len() == 2
            && frac.bytes().all(|b| b.is_ascii_digit())
            && s != "-0.00"
    })
}

/// Consecutive months from `start`, each with its gross wage (month planner tests).
pub fn gross_months(
    start: rekenhulp_bijverdienen::rules::months::YearMonth,
    wages: &[rust_decimal::Decimal],
) -> Vec<rekenhulp_bijverdienen::rules::months::MonthInput> {
    use rekenhulp_bijverdienen::rules::months::{MonthInput, Work};
    wages
        .iter()
        .enumerate()
        .map(|(i, &g)| MonthInput {
            month: start.add_months(i32::try_from(i).unwrap_or(i32::MAX)),
            work: Work::Gross(g),
            worst: None,
        })
        .collect()
}

/// The page for `fragment` (a link's `#…`), rendered on the host with Yew's
/// server renderer: its markup, for text, id and ARIA checks.
pub fn render(fragment: impl Into<String>) -> String {
    render_with(fragment.into(), false)
}

/// The first screen's frame that index.html carries (`examples/prerender.rs`).
pub fn render_shell() -> String {
    render_with(String::new(), true)
}

fn render_with(fragment: String, shell: bool) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    runtime.block_on(
        yew::ServerRenderer::<rekenhulp_bijverdienen::ui::App>::with_props(move || {
            rekenhulp_bijverdienen::ui::AppProps {
                fragment: Some(fragment.into()),
                shell,
            }
        })
        .hydratable(false)
        .render(),
    )
}
