# Installs what Hafen's build and tests need, skipping whatever is already present at the right
# version. Sourced by scripts/serve.sh and scripts/test.sh:  need_tools serve|test
# Only crates.io, npm and Debian packages are used; nothing is downloaded from anywhere else.

HAFEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_SERIES="0.21"   # trunk 0.22 needs rustc 1.96

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

lock_version() { # version of crate $1 in Cargo.lock
  awk -v n="$1" '$1=="name" && $3=="\""n"\"" {getline; gsub(/"/,"",$3); print $3; exit}' "$HAFEN_ROOT/Cargo.lock"
}

need_rust() {
  command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  [ -f "$HAFEN_ROOT/Cargo.lock" ] || (cd "$HAFEN_ROOT" && cargo generate-lockfile)
}

need_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "^trunk ${TRUNK_SERIES}\."; then
    say "installing trunk ${TRUNK_SERIES}.x from crates.io (about 13 min the first time)"
    cargo install --locked trunk --version "~${TRUNK_SERIES}"
  fi
}

need_wasm_bindgen() {
  local want; want="$(lock_version wasm-bindgen)"
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen ${want}"; then
    say "installing wasm-bindgen-cli ${want} (the version in Cargo.lock; about 4 min)"
    cargo install wasm-bindgen-cli --version "${want}" --force
  fi
}

need_node_packages() {
  if ! command -v npm >/dev/null; then say "installing Node.js and npm (Debian)"; apt_install nodejs npm; fi
  local ok=1
  node -e "const p=require('$HAFEN_ROOT/package.json').devDependencies; for (const [n,v] of Object.entries(p)) { if (require('$HAFEN_ROOT/node_modules/'+n+'/package.json').version!==v) process.exit(1) }" 2>/dev/null || ok=0
  if [ "$ok" = 0 ]; then
    say "installing npm packages: binaryen (wasm-opt), playwright-core"
    (cd "$HAFEN_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export PATH="$HAFEN_ROOT/node_modules/.bin:$PATH"
}

need_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver (Debian)"
    apt_install chromium chromium-driver
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
}

# The validators of the exported files, from PyPI, each in a virtual environment of its own (they
# need different jsonschema versions): docker-compose 1.29.2 (`config -q`) for the compose and stack
# files, kubernetes-validate for the manifests. docker-compose 1.29.2 pins PyYAML 5, which does not
# build on Python 3.11: PyYAML 6 first, docker-compose without its dependencies, then the others.
VENVS="$HAFEN_ROOT/target/venvs"
need_validators() {
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then say "installing python3-venv (Debian)"; apt_install python3-venv python3-pip; fi
  if ! "$VENVS/compose/bin/docker-compose" version >/dev/null 2>&1; then
    say "installing docker-compose 1.29.2 (PyPI) into target/venvs/compose"
    rm -rf "$VENVS/compose" && python3 -m venv "$VENVS/compose"
    "$VENVS/compose/bin/pip" install -q --disable-pip-version-check PyYAML==6.0.2
    "$VENVS/compose/bin/pip" install -q --disable-pip-version-check --no-deps docker-compose==1.29.2
    "$VENVS/compose/bin/pip" install -q --disable-pip-version-check docopt 'jsonschema<4' 'python-dotenv<1' requests texttable 'websocket-client<1' distro docker dockerpty
  fi
  if ! "$VENVS/kubernetes/bin/kubernetes-validate" --version >/dev/null 2>&1; then
    say "installing kubernetes-validate (PyPI) into target/venvs/kubernetes"
    rm -rf "$VENVS/kubernetes" && python3 -m venv "$VENVS/kubernetes"
    "$VENVS/kubernetes/bin/pip" install -q --disable-pip-version-check kubernetes-validate
  fi
}

need_tools() {
  case "$1" in
    serve) need_rust; need_trunk; need_wasm_bindgen; need_node_packages ;;
    test) need_rust; need_trunk; need_wasm_bindgen; need_node_packages; need_chromium; need_validators ;;
  esac
  export PATH="$HOME/.cargo/bin:$PATH"
}
