//! The web app entry (wasm). On the host this binary does nothing.

fn main() {}
