#!/usr/bin/env bash
# Installs what is missing, then runs every test: native workspace tests, the exported compose,
# stack and Kubernetes files checked by docker-compose and kubernetes-validate, wasm-bindgen tests
# in headless Chromium, the release build with its size budget, and the end-to-end tests.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
need_tools test
cd "$HAFEN_ROOT"

say "native tests (cargo test --workspace)"
cargo test --workspace --locked

say "exports checked by the real tools (docker-compose config, kubernetes-validate)"
bash scripts/validate-exports.sh

say "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test -p hafen --target wasm32-unknown-unknown --locked

say "release build (trunk build --release --offline)"
trunk build --release --offline

say "release bundle size"
bash scripts/bundle-size.sh dist

say "end-to-end tests (playwright-core driving Debian's Chromium against dist/ on 127.0.0.1)"
node --test --test-reporter=tap e2e/*.test.mjs
