#!/usr/bin/env bash
# Fuzzes the scenario parser and engine, then the share-link decoder, with cargo-fuzz (libFuzzer) for N seconds (default 600).
# cargo-fuzz needs nightly-only compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain pass them.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/scenario
cp -n scenarios/*.yaml fuzz/corpus/scenario/ 2>/dev/null || true
# Seeds that reach deep block nesting (a 40 KB file of 20,000 levels once overflowed the parser's
# stack); inputs up to 64 KB so the fuzzer can grow them.
[ -f fuzz/corpus/scenario/deep-sequence.yaml ] || { printf -- '- %.0s' $(seq 20000); echo x; } > fuzz/corpus/scenario/deep-sequence.yaml
[ -f fuzz/corpus/scenario/deep-keys.yaml ] || { printf -- '? %.0s' $(seq 20000); echo x; } > fuzz/corpus/scenario/deep-keys.yaml
cargo fuzz run scenario fuzz/corpus/scenario -- -max_total_time="${1:-600}" -max_len=65536 -timeout=10 -rss_limit_mb=2048
# Share links (the text after `#`), seeded with the links version 1 must keep opening.
mkdir -p fuzz/corpus/link
cp -n crates/hafen-core/tests/golden/links/*.txt fuzz/corpus/link/ 2>/dev/null || true
cargo fuzz run link fuzz/corpus/link -- -max_total_time="${1:-600}" -max_len=65536 -timeout=10 -rss_limit_mb=2048
