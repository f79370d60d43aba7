#!/usr/bin/env bash
# Benchmark command (not part of the tests): builds the release page and
# prints one table: transfer sizes; in headless Chromium, keystroke → updated
# page at 1× and 4× CPU, chart-drag frames per second and the time to the first
# result at 4× CPU (also on slow 4G); the engine's time inside wasm; Lighthouse
# mobile scores (median of 5 runs); then the host engine benchmark. Targets are
# printed next to the numbers, not asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
# The engine's time inside wasm needs `bench_calculate`, which the release
# page does not carry: a build of its own, beside it.
trunk build --release --features bench-hook --dist target/bench-dist
if [ ! -x node_modules/.bin/lighthouse ]; then
  # Lighthouse 12 runs on Node 20 (13 needs Node 22); only the benchmark needs it.
  npm install --no-save --no-audit --no-fund lighthouse@12.8.2
fi
node scripts/bench.mjs
cargo bench --bench engine
