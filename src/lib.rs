//! Rekenhulp bijverdienen: does working (more) pay on bijstand in Amsterdam?
//!
//! `rules` is the pure engine; `format` renders amounts; `input` parses what
//! people type and the URL fragment; `ui` is the Yew page (wasm only).

#![forbid(unsafe_code)]

pub mod format;
pub mod input;
pub mod rules;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli_json;
