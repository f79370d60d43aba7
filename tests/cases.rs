//! The worked cases of `tests/cases/*.jsonl` run through the `rekenhulp`
//! CLI: each case's `input` is one scenario line, and the outcome line must
//! match its `expect` (a partial match; tests/cases/README.md). The same
//! cases run through the rules crate in `crates/rules/tests/cases.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "cases/matcher.rs"]
mod matcher;

use std::path::PathBuf;

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

#[test]
fn every_case_through_the_cli() {
    let files = matcher::read_dir(&cases_dir());
    let mut failures = Vec::new();
    let mut count = 0;
    for (file, cases) in &files {
        // One run per file: one scenario per line, one outcome per line.
        let input: Vec<String> = cases.iter().map(|c| c.input.to_string()).collect();
        let out = common::run(&input.join("\n"));
        let outcomes = common::lines(&out);
        assert_eq!(
            outcomes.len(),
            cases.len(),
            "tests/cases/{file}: one outcome line per case; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for (case, outcome) in cases.iter().zip(&outcomes) {
            failures.extend(matcher::check(case, outcome, &[]));
        }
        count += cases.len();
    }
    matcher::finish("the CLI", count, &failures);
}

#[test]
fn every_case_has_a_name_and_a_source() {
    let files = matcher::read_dir(&cases_dir());
    let problems = matcher::form_problems(&files);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let count: usize = files.iter().map(|(_, c)| c.len()).sum();
    assert!(count >= 40, "only {count} cases");
}
