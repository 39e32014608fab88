#!/bin/sh
# Trunk post_build hook (Trunk.toml): the steps that rewrite the staged index.html, one after the
# other (Trunk starts a stage's hooks all at once).
set -eu
dir=$(dirname "$0")
sh "$dir/csp-loader.sh"
node "$dir/minify-js.mjs"
node "$dir/languages.mjs"
