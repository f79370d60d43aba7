//! The worked cases of `tests/cases/*.jsonl` (format: tests/cases/README.md):
//! reading the files, checking their form, and the partial match of `expect`
//! against an outcome. Shared by the two runners, which include this file by
//! path: `tests/cases.rs` (through the `rekenhulp` CLI) and
//! `crates/rules/tests/cases.rs` (through the rules crate's API).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// As the last element of an expected array: more elements may follow.
pub const MORE: &str = "...";

/// The keys of one case line.
const CASE_KEYS: [&str; 4] = ["name", "from", "input", "expect"];

/// One case: a line of a case file.
#[derive(Debug, Clone)]
pub struct Case {
    /// The file name, e.g. `norms.jsonl`.
    pub file: String,
    /// Line number in the file, from 1.
    pub line: usize,
    pub name: String,
    pub from: String,
    pub input: Value,
    pub expect: Value,
    /// The whole line as read (for the form checks).
    pub raw: Value,
}

impl Case {
    /// `norms.jsonl:12 "norm art. 21 a, single 21+, 2024-01-01"`.
    pub fn at(&self) -> String {
        format!("tests/cases/{}:{} {:?}", self.file, self.line, self.name)
    }
}

/// Every `*.jsonl` file in `dir`, sorted by name, each with its cases in
/// order. Blank lines are skipped; a line that is not JSON panics with its
/// place.
pub fn read_dir(dir: &Path) -> Vec<(String, Vec<Case>)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".jsonl"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(&file)).unwrap();
            let cases = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, l)| {
                    let raw: Value = serde_json::from_str(l).unwrap_or_else(|e| {
                        panic!("tests/cases/{file}:{}: not one JSON object: {e}", i + 1)
                    });
                    let text_of = |key: &str| {
                        raw.get(key)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string()
                    };
                    Case {
                        file: file.clone(),
                        line: i + 1,
                        name: text_of("name"),
                        from: text_of("from"),
                        input: raw.get("input").cloned().unwrap_or(Value::Null),
                        expect: raw.get("expect").cloned().unwrap_or(Value::Null),
                        raw,
                    }
                })
                .collect();
            (file, cases)
        })
        .collect()
}

/// What is wrong with the form of the cases: a line is an object with
/// exactly `name`, `from`, `input` and `expect`; name and from are non-empty
/// text; names are unique over all files; input is an object with a `date`
/// (so the CLI does not answer for today); expect is a non-empty object.
pub fn form_problems(files: &[(String, Vec<Case>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for (file, cases) in files {
        if cases.is_empty() {
            problems.push(format!("tests/cases/{file}: no cases"));
        }
        for c in cases {
            let at = c.at();
            match c.raw.as_object() {
                None => problems.push(format!("{at}: a case must be a JSON object")),
                Some(obj) => {
                    for key in obj.keys() {
                        if !CASE_KEYS.contains(&key.as_str()) {
                            problems.push(format!("{at}: unknown key {key:?}"));
                        }
                    }
                }
            }
            if c.name.trim().is_empty() {
                problems.push(format!("{at}: no \"name\""));
            } else if let Some(first) = seen.insert(&c.name, at.clone()) {
                problems.push(format!("{at}: the name is already used by {first}"));
            }
            if c.from.trim().is_empty() {
                problems.push(format!("{at}: no \"from\" (where the numbers come from)"));
            }
            match c.input.as_object() {
                None => problems.push(format!("{at}: \"input\" must be an object")),
                Some(input) if !input.contains_key("date") => {
                    problems.push(format!("{at}: \"input\" needs a \"date\""));
                }
                Some(_) => {}
            }
            if c.expect.as_object().is_none_or(|e| e.is_empty()) {
                problems.push(format!("{at}: \"expect\" must be a non-empty object"));
            }
        }
    }
    problems
}

/// One key whose value differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// Where: `months[2].bank`.
    pub key: String,
    pub expected: String,
    pub actual: String,
}

/// The partial match: every key listed in `expected` must be in `actual`
/// with an equal value. Objects match key by key (keys not listed are not
/// checked); arrays element by element, with the same length, unless the
/// expected array ends with `"..."` (then `actual` may have more elements).
/// Other values must be equal as JSON. A listed key missing from `actual`
/// is a mismatch, unless it is in `skip` (keys a runner cannot produce).
pub fn compare(expected: &Value, actual: &Value, skip: &[&str]) -> Vec<Mismatch> {
    let mut out = Vec::new();
    walk("", expected, actual, skip, &mut out);
    out
}

fn show(v: &Value) -> String {
    v.to_string()
}

fn walk(path: &str, e: &Value, a: &Value, skip: &[&str], out: &mut Vec<Mismatch>) {
    let at = |p: &str| {
        if p.is_empty() {
            "(outcome)".to_string()
        } else {
            p.to_string()
        }
    };
    match e {
        Value::Object(want) => {
            let Some(got) = a.as_object() else {
                out.push(Mismatch {
                    key: at(path),
                    expected: "an object".to_string(),
                    actual: show(a),
                });
                return;
            };
            for (k, ev) in want {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match got.get(k) {
                    Some(av) => walk(&p, ev, av, skip, out),
                    None if skip.contains(&k.as_str()) => {}
                    None => out.push(Mismatch {
                        key: p,
                        expected: show(ev),
                        actual: "(no such key)".to_string(),
                    }),
                }
            }
        }
        Value::Array(want) => {
            let Some(got) = a.as_array() else {
                out.push(Mismatch {
                    key: at(path),
                    expected: "a list".to_string(),
                    actual: show(a),
                });
                return;
            };
            let open = want.last().and_then(Value::as_str) == Some(MORE);
            let listed = if open { &want[..want.len() - 1] } else { want };
            let length_ok = if open {
                got.len() >= listed.len()
            } else {
                got.len() == listed.len()
            };
            if !length_ok {
                out.push(Mismatch {
                    key: format!("{} (length)", at(path)),
                    expected: format!(
                        "{}{} elements",
                        if open { "at least " } else { "" },
                        listed.len()
                    ),
                    actual: format!("{} elements", got.len()),
                });
            }
            for (i, (ev, av)) in listed.iter().zip(got).enumerate() {
                walk(&format!("{path}[{i}]"), ev, av, skip, out);
            }
        }
        _ => {
            if e != a {
                out.push(Mismatch {
                    key: at(path),
                    expected: show(e),
                    actual: show(a),
                });
            }
        }
    }
}

/// The failure lines of one case against its outcome: file, case name, key,
/// expected and actual.
pub fn check(case: &Case, actual: &Value, skip: &[&str]) -> Vec<String> {
    if let Some(error) = actual.get("error") {
        return vec![format!("{}: error {error}", case.at())];
    }
    compare(&case.expect, actual, skip)
        .into_iter()
        .map(|m| {
            format!(
                "{}: {}: expected {}, got {}",
                case.at(),
                m.key,
                m.expected,
                m.actual
            )
        })
        .collect()
}

/// Panics with every failure, one per line, if there are any.
pub fn finish(what: &str, cases: usize, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{what}: {} mismatches in {cases} cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn partial_match_of_objects_and_lists() {
        let actual = json!({
            "norm": "1401.50",
            "in_bijstand": true,
            "months": [{"month": "2026-03", "bank": "1.00"}, {"month": "2026-04", "bank": "2.00"}],
        });
        assert!(compare(&json!({"norm": "1401.50"}), &actual, &[]).is_empty());
        assert!(compare(
            &json!({"months": [{"bank": "1.00"}, {"month": "2026-04"}]}),
            &actual,
            &[]
        )
        .is_empty());
        assert!(compare(&json!({"months": [{"bank": "1.00"}, "..."]}), &actual, &[]).is_empty());
        // A closed list must have every element; a value must be equal.
        let m = compare(&json!({"months": [{"bank": "1.00"}]}), &actual, &[]);
        assert_eq!(m[0].key, "months (length)");
        let m = compare(&json!({"months": [{}, {"bank": "2.01"}]}), &actual, &[]);
        assert_eq!(
            m,
            [Mismatch {
                key: "months[1].bank".to_string(),
                expected: "\"2.01\"".to_string(),
                actual: "\"2.00\"".to_string(),
            }]
        );
        // 1401.5 is not "1401.50": amounts are compared as the CLI writes them.
        assert_eq!(compare(&json!({"norm": 1401.5}), &actual, &[]).len(), 1);
        // A missing key fails, unless the runner skips it.
        assert_eq!(compare(&json!({"formula": "x"}), &actual, &[]).len(), 1);
        assert!(compare(&json!({"formula": "x"}), &actual, &["formula"]).is_empty());
    }
}
