#!/usr/bin/env bash
# Fuzzes the URL-fragment reader and the calculation with libFuzzer
# (cargo fuzz on stable Rust via RUSTC_BOOTSTRAP). Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
mkdir -p corpus/fragment
printf 'date=2026-01-01&household=couple&housemates=2&hours_per_week=12%%2C5&hourly_wage=15.25&vrijlating_n=true' > corpus/fragment/seed
RUSTC_BOOTSTRAP=1 cargo fuzz run -O fragment corpus/fragment -- \
  -max_total_time="${1:-600}" -max_len=12000 -print_final_stats=1
