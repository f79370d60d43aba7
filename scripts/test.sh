#!/usr/bin/env bash
# Command 2 of the README: runs every test (format, lints, host tests,
# release build, browser tests with accessibility checks and screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host and wasm)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --bin app -- -D warnings
cargo clippy --target wasm32-unknown-unknown --bin app --features bench-hook -- -D warnings

step "the rules crate depends on nothing of the web"
if cargo tree -p rekenhulp-rules -e normal --prefix none | grep -Ei '^(yew|web-sys|js-sys|gloo|wasm-bindgen)'; then
  echo "crates/rules must not depend on the web crates above" >&2
  exit 1
fi

step "host tests (rules, inputs, formatting, CLI, markup)"
cargo test --workspace

step "release build of the page (trunk + wasm-opt 132)"
trunk build --release

step "browser tests (headless Chromium, axe-core; expected values from target/debug/rekenhulp)"
mkdir -p test-output/screenshots
node --test --test-concurrency=1 tests/browser/
echo
echo "All tests passed. Screenshots: test-output/screenshots/"
