#!/usr/bin/env bash
# Exports every preset, every scenario file and every compose file of the import corpus (imported
# first) as a docker-compose.yml, a Swarm stack file and Kubernetes manifests with `hafen-sim
# export`, and has the real tools check them: `docker-compose config -q` (1.29.2) and
# `kubernetes-validate --strict` against the scenario's Kubernetes version. Fails on the first
# file a tool refuses, naming it. Run by scripts/test.sh (after need_validators).
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$HAFEN_ROOT"
cargo build --quiet --locked --bin hafen-sim
sim="$HAFEN_ROOT/target/debug/hafen-sim"
out="$HAFEN_ROOT/target/exports"
rm -rf "$out" && mkdir -p "$out"
inputs=(scenarios/*.yaml)
for compose in crates/hafen-core/tests/compose/*.yml; do
  name="$(basename "$compose" .yml)"
  "$sim" import "$compose" > "$out/$name.scenario.yaml" 2>/dev/null
  inputs+=("$out/$name.scenario.yaml")
done
checked=0
declare -A manifests=()  # Kubernetes version → the manifests for it, checked in one run each
for input in "${inputs[@]}"; do
  name="$(basename "$input" .yaml)"; name="${name%.scenario}"
  version="$(awk -F'"' '/^  kubernetes_version:/ {print $2; exit}' "$input")"
  for to in compose stack kubernetes; do
    file="$out/$name.$to.yml"
    "$sim" export --to "$to" "$input" > "$file"
    case "$to" in
      kubernetes) manifests["${version:-1.32}"]+=" $file" ;;
      *)
        (cd "$out" && "$VENVS/compose/bin/docker-compose" -f "$file" config -q) \
          || { echo "docker-compose config refused $file" >&2; exit 1; } ;;
    esac
    checked=$((checked + 1))
  done
done
for version in "${!manifests[@]}"; do
  # shellcheck disable=SC2086 # one path per word
  "$VENVS/kubernetes/bin/kubernetes-validate" --quiet --strict -k "$version.0" ${manifests[$version]} \
    || { echo "kubernetes-validate refused one of:${manifests[$version]}" >&2; exit 1; }
done
echo "exports: $checked files from ${#inputs[@]} documents accepted by docker-compose 1.29.2 and kubernetes-validate"
