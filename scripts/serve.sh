#!/usr/bin/env bash
# Installs what is missing, then serves Hafen at http://127.0.0.1:8080/ with live reload.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
need_tools serve
cd "$HAFEN_ROOT"
say "Hafen will be at http://127.0.0.1:${HAFEN_PORT:-8080}/ (Ctrl+C stops it)"
exec trunk serve --offline --public-url / --port "${HAFEN_PORT:-8080}" "$@"
