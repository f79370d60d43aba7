//! Rekenhulp bijverdienen: does working (more) pay on bijstand in Amsterdam?
//!
//! `rules` is the pure engine; `format` renders amounts; `input` parses what
//! people type and the URL fragment; `i18n` holds every text in Dutch and English;
//! `ui` is the Yew page (compiled on the host too, for markup tests).

#![forbid(unsafe_code)]

pub mod format;
pub mod i18n;
pub mod input;
/// The rules engine (crates/rules), under the name the page has always used.
pub use rekenhulp_rules as rules;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli_json;
