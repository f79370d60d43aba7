#!/usr/bin/env bash
# Benchmark command (not part of the tests): builds the release page and
# prints one table: transfer sizes, input→result latency in headless Chromium,
# the engine's time inside wasm, and Lighthouse mobile scores; then the
# host engine benchmark. Targets are printed next to the numbers, not asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
if [ ! -x node_modules/.bin/lighthouse ]; then
  # Lighthouse 12 runs on Node 20 (13 needs Node 22); only the benchmark needs it.
  npm install --no-save --no-audit --no-fund lighthouse@12.8.2
fi
node scripts/bench.mjs
cargo bench --bench engine
