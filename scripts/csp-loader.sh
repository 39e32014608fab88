#!/bin/sh
# Trunk post_build hook (Trunk.toml): moves the module script Trunk writes inline into index.html
# (it imports the wasm-bindgen glue and starts the app) into a file of its own, named by its
# content. A host's Content-Security-Policy `script-src 'self'` then allows it without a hash or
# nonce that the host cannot know. Fails the build if anything inline is left.
set -eu
html="$TRUNK_STAGING_DIR/index.html"
js=$(perl -0777 -ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' "$html")
if [ -z "$js" ]; then
    echo "csp-loader: no inline module script in $html" >&2
    exit 1
fi
name="start-$(printf '%s' "$js" | sha256sum | cut -c1-16).js"
printf '%s\n' "$js" > "$TRUNK_STAGING_DIR/$name"
NAME="$name" perl -0777 -pi -e 's{<script type="?module"?>.*?</script>}{<script type=module src="./$ENV{NAME}"></script>}s' "$html"
# `trunk serve` adds its live-reload script inline (development only); nothing else may be.
if grep -q -E '<style|style=|<script type="?module"?>' "$html"; then
    echo "csp-loader: $html still has an inline script or style" >&2
    exit 1
fi
