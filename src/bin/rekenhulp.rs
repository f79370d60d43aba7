//! `rekenhulp`: reads scenarios as JSON (a file argument or stdin; one per
//! line for many) and prints one outcome per line as JSON; a scenario with a
//! `months` list also gets the month-by-month view. A bad scenario
//! prints `{"error": "..."}`; the exit code is 1 if any line failed.

use rekenhulp_bijverdienen::cli_json::months::{add_months, plan_from_json};
use rekenhulp_bijverdienen::cli_json::{outcome_json, scenario_from_json};
use rekenhulp_bijverdienen::rules::{calculate, months, Date};
use serde_json::{json, Value};
use std::io::{Read, Write};

/// Today, or `REKENHULP_TODAY` (`YYYY-MM-DD`) to answer as on another day.
fn today() -> Date {
    if let Some(d) = std::env::var("REKENHULP_TODAY")
        .ok()
        .and_then(|t| Date::parse(&t))
    {
        return d;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

fn run_one(value: Result<Value, String>, today: Date) -> (Value, bool) {
    let result = value.and_then(|v| {
        let s = scenario_from_json(&v, today)?;
        let plan = plan_from_json(&v)?;
        let o = calculate(&s).map_err(|e| e.to_string())?;
        let mut out = outcome_json(&s, &o);
        if let Some(plan) = plan {
            let m = months::calculate(&s, &plan).map_err(|e| e.to_string())?;
            add_months(&mut out, &plan, &m);
        }
        Ok(out)
    });
    match result {
        Ok(out) => (out, true),
        Err(e) => (json!({ "error": e }), false),
    }
}

fn main() {
    let mut text = String::new();
    let read = match std::env::args().nth(1) {
        Some(path) if path != "-" => std::fs::read_to_string(&path).map(|t| text = t),
        _ => std::io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("rekenhulp: cannot read input: {e}");
        std::process::exit(2);
    }
    let today = today();
    // One JSON document (maybe pretty-printed), or one scenario per line.
    let inputs: Vec<Result<Value, String>> = match serde_json::from_str::<Value>(&text) {
        Ok(v) => vec![Ok(v)],
        Err(_) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| format!("not valid JSON: {e}")))
            .collect(),
    };
    let mut all_ok = true;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for input in inputs {
        let (value, ok) = run_one(input, today);
        all_ok &= ok;
        if writeln!(out, "{value}").is_err() {
            std::process::exit(2);
        }
    }
    if !all_ok {
        std::process::exit(1);
    }
}
