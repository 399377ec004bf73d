#!/usr/bin/env bash
# A developer's first minute: `git clone`, then plain `trunk serve`, and nothing else. Clones this
# repository's HEAD into a temporary folder (no node_modules, no dist, nothing installed by the
# tests), runs `trunk serve` there with a PATH that has only the system and ~/.cargo/bin (trunk and
# wasm-bindgen-cli), and waits until it serves the pre-rendered page and the optimised wasm.
# The build shares this checkout's target/ so that only the crate itself is compiled again.
#   bash tests/fresh-clone.sh        (run by .ci/test; about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
clone=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait "${pid:-}" 2>/dev/null || true; rm -rf "$clone"; }
trap cleanup EXIT

git clone --quiet --no-hardlinks "$here" "$clone/site"
cd "$clone/site"
env -i HOME="$HOME" PATH="$HOME/.cargo/bin:/usr/local/bin:/usr/bin:/bin" CARGO_TARGET_DIR="$here/target" \
  trunk serve --port "$port" > "$clone/serve.log" 2>&1 &
pid=$!

t0=$SECONDS
until curl -sf "http://127.0.0.1:$port/" -o "$clone/index.html" && grep -q 'data-sr-view' "$clone/index.html"; do
  # trunk serve stays up after a failed build, waiting for a change: its log tells.
  if ! kill -0 "$pid" 2>/dev/null || grep -q 'error from build pipeline' "$clone/serve.log" || [ $((SECONDS - t0)) -gt 900 ]; then
    echo "fresh clone: trunk serve did not serve the page (log below)" >&2
    tail -40 "$clone/serve.log" >&2
    exit 1
  fi
  sleep 2
done
curl -sf "http://127.0.0.1:$port/session-report_bg.wasm" -o "$clone/w.wasm"
magic=$(head -c 4 "$clone/w.wasm" | od -An -tx1 | tr -d ' ')
[ "$magic" = 0061736d ] || { echo "fresh clone: the served wasm is not a wasm file" >&2; exit 1; }

# The editor page's own wasm, built by the same post-build hook (.ci/build-editor).
# Waited for like the page: trunk serve may apply a second build's files (its watcher sees what the
# first build's hooks installed), and a file can be missing for a moment while it does.
t1=$SECONDS
until curl -sf "http://127.0.0.1:$port/editor.html" | grep -q 'editor-start.js'; do
  [ $((SECONDS - t1)) -gt 300 ] && { echo "fresh clone: editor.html is not served (log below)" >&2; tail -20 "$clone/serve.log" >&2; exit 1; }
  sleep 2
done
curl -sf "http://127.0.0.1:$port/editor/editor_bg.wasm" -o "$clone/e.wasm"
[ "$(head -c 4 "$clone/e.wasm" | od -An -tx1 | tr -d ' ')" = 0061736d ] || { echo "fresh clone: the editor's wasm is not a wasm file" >&2; exit 1; }

kb=$(( $(stat -c %s "$clone/w.wasm") / 1024 ))
if grep -q '<script type="module" src="./embed.js">' "$clone/index.html"; then loader=embed.js; else loader=missing; fi
echo "fresh clone: plain 'trunk serve' served index.html (pre-rendered, loader $loader), a ${kb} KB wasm and the editor's $(( $(stat -c %s "$clone/e.wasm") / 1024 )) KB one after $((SECONDS - t0)) s"
[ "$loader" = embed.js ]
