//! Fuzzes what a link or a person can feed the page: any text as a URL
//! fragment (`key=value&…`), read into a scenario and calculated. It must
//! never panic; errors are fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rekenhulp_bijverdienen::input::{fields, parse_decimal, set_field};
use rekenhulp_bijverdienen::rules::{calculate, Scenario};
use rekenhulp_bijverdienen::ui::fragment;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = parse_decimal(text);
    let mut s = Scenario::default();
    for (k, v) in fragment::parse(text) {
        let _ = set_field(&mut s, &k, &v);
    }
    if let Ok(outcome) = calculate(&s) {
        // The encoding of a scenario reads back to the same scenario.
        let mut back = Scenario::default();
        for (k, v) in fields(&s) {
            assert!(set_field(&mut back, k, &v).is_ok());
        }
        assert_eq!(back, s);
        assert!(outcome.now.top_up >= rust_decimal::Decimal::ZERO);
    }
});
