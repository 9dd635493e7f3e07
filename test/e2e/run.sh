#!/usr/bin/env bash
# `npm run test:e2e`: the real-VS-Code tests, on a fresh machine too.
#  1. installs Debian chromium/libkrb5-dev/ripgrep and code-server (reused from $AILAWLENS_E2E_WORK when present)
#  2. builds the extension, compiles the tests and packages the .vsix
#  3. runs the integration suite (test/integration/suite) in code-server's Node extension host, dev extension = repo
#  4. installs the .vsix into a second code-server and runs every Playwright UI check test/e2e/ui-*.js and *.vscode.js,
#     then the browser-only webview checks test/e2e/*-screenshot.ts
# Every process started here is killed by process group / PID on exit, failure or interrupt.
#
# Environment: AILAWLENS_E2E_WORK (default /tmp/ailawlens-e2e), AILAWLENS_E2E_KEEP=1 keeps the run folder and logs,
# AILAWLENS_E2E_ONLY=ext|ui runs one half, AILAWLENS_E2E_UI="ui-smoke.js …" picks UI checks,
# AILAWLENS_E2E_DEMO_FILE forces the demo file the UI checks open, AILAWLENS_E2E_SKIP_BUILD=1 reuses dist/, out/ and
# the .vsix from a previous build (quick local reruns).
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$E2E_DIR/../.." && pwd)
# shellcheck source=code-server.sh
source "$E2E_DIR/code-server.sh"
cd "$REPO"

E2E_START=$SECONDS
TIMINGS=()
RESULTS=()
FAILED=0
timed() { # timed <label> <command…>: runs a setup step, records its duration, aborts on failure
  local label=$1 t=$SECONDS
  shift
  log "── $label"
  "$@" || die "$label failed"
  TIMINGS+=("$(printf '%-36s %4ss' "$label" $((SECONDS - t)))")
}
suite() { # suite <label> <seconds> <command…>: runs a test suite under a hard timeout, records pass/fail
  local label=$1 limit=$2 t=$SECONDS rc=0
  shift 2
  log "── $label"
  # In the background so a TERM/INT to this script runs the cleanup trap at once instead of after the suite.
  timeout -k 10 "$limit" "$@" &
  SUITE_PID=$!
  wait "$SUITE_PID" || rc=$?
  SUITE_PID=
  [ "$rc" -eq 124 ] && echo "$label: TIMED OUT after ${limit}s"
  TIMINGS+=("$(printf '%-36s %4ss' "$label" $((SECONDS - t)))")
  # The suite appends "<passed> <failed>" to the tally file when it finishes (lib.js, run-ext-tests.js).
  local counts="no count reported" p f
  if [ -s "$AILAWLENS_E2E_TALLY" ]; then
    read -r p f <"$AILAWLENS_E2E_TALLY"
    counts="$p passed, $f failed"
    TOTAL_PASSED=$((TOTAL_PASSED + p))
    TOTAL_FAILED=$((TOTAL_FAILED + f))
    rm -f "$AILAWLENS_E2E_TALLY"
  fi
  if [ "$rc" -eq 0 ]; then RESULTS+=("ok      $label: $counts"); else RESULTS+=("FAILED  $label: $counts (exit $rc)"); FAILED=1; fi
}
TOTAL_PASSED=0
TOTAL_FAILED=0

SUITE_PID=
AILAWLENS_E2E_TALLY=
summary() {
  local rc=$?
  if [ -n "$SUITE_PID" ]; then # interrupted mid-suite: `timeout` passes the TERM on to the suite, which closes its browser
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    sleep 2
  fi
  cs_cleanup
  echo
  echo "==== e2e summary ===="
  local line
  for line in "${TIMINGS[@]}"; do echo "  $line"; done
  for line in "${RESULTS[@]}"; do echo "  $line"; done
  echo "  $TOTAL_PASSED passed, $TOTAL_FAILED failed in ${#RESULTS[@]} suite(s); total $((SECONDS - E2E_START))s"
  [ "$rc" -eq 130 ] && echo "  interrupted"
  [ "$rc" -eq 0 ] && [ "$FAILED" -eq 0 ] && echo "e2e: PASSED" || echo "e2e: FAILED"
}
trap summary EXIT
trap 'exit 130' INT TERM

export PATH="$REPO/node_modules/.bin:$PATH"
[ -x node_modules/.bin/playwright-core ] || [ -d node_modules/playwright-core ] || die "node_modules is missing: run npm ci first"

timed "apt packages" cs_install_apt
[ -x "$CHROMIUM" ] || die "chromium not found at $CHROMIUM"
timed "code-server $CS_VERSION" cs_install

# The .vsix gets the production build; the dev extension path (the repo) gets a normal build with source maps.
VERSION=$(node -p 'require("./package.json").version')
VSIX="$REPO/ai-law-lens-$VERSION.vsix"
if [ -n "${AILAWLENS_E2E_SKIP_BUILD:-}" ]; then
  log "AILAWLENS_E2E_SKIP_BUILD set: reusing dist/, out/ and $(basename "$VSIX")"
else
  rm -f "$VSIX"
  timed "package .vsix" npm run --silent package
  timed "build + compile tests" bash -c 'npm run --silent build && npm run --silent compile-tests'
fi
[ -f "$VSIX" ] || die "no $VSIX: npm run package failed or was skipped"
[ -f out/test/integration/suite/index.js ] || die "out/test/integration/suite/index.js missing: run npm run compile-tests"

E2E_RUN=$(mktemp -d "$E2E_WORK/run.XXXXXX")
export AILAWLENS_E2E_TMP="$E2E_RUN/tmp" AILAWLENS_E2E_TALLY="$E2E_RUN/tally"
mkdir -p "$AILAWLENS_E2E_TMP"

# A throw-away copy of the demo workspace (the extension may write state into it), fresh for each half.
WS="$E2E_RUN/workspace"
prepare_workspace() {
  rm -rf "$WS"
  if [ -d examples/demo-workspace ]; then
    cp -r examples/demo-workspace "$WS"
  else
    log "examples/demo-workspace is missing; using a one-file fallback workspace"
    mkdir -p "$WS"
    printf 'def signup(form):\n    id_card = form["id_card"]\n    return id_card\n' >"$WS/signup.py"
  fi
}
prepare_workspace
DEMO_FILE=$(node "$E2E_DIR/pick-demo-file.js" "$WS") || die "could not pick a demo file the engine flags"
log "demo file: $DEMO_FILE"

ONLY=${AILAWLENS_E2E_ONLY:-}
if [ "$ONLY" != ui ]; then
  cs_start ext "$E2E_RUN/user-data-ext" "$E2E_RUN/extensions-empty"
  suite "extension host suite" 540 \
    node "$E2E_DIR/run-ext-tests.js" "$CS_PORT" "$REPO" "$REPO/out/test/integration/suite/index.js" "$WS"
  cs_stop_all
fi

if [ "$ONLY" != ext ]; then
  prepare_workspace
  mkdir -p "$E2E_RUN/user-data-ui/User" "$E2E_RUN/extensions-ui"
  timed "install .vsix" env XDG_CONFIG_HOME="$E2E_RUN/xdg/config" XDG_DATA_HOME="$E2E_RUN/xdg/data" TMPDIR="$(cs_tmpdir)" \
    "$CS_BIN" --user-data-dir "$E2E_RUN/user-data-ui" --extensions-dir "$E2E_RUN/extensions-ui" --install-extension "$VSIX"
  cs_start ui "$E2E_RUN/user-data-ui" "$E2E_RUN/extensions-ui"
  export AILAWLENS_E2E_PORT=$CS_PORT AILAWLENS_E2E_FOLDER=$WS AILAWLENS_E2E_DEMO_FILE=$DEMO_FILE
  # Screenshots are overwritten by name; only stale failure shots would mislead.
  mkdir -p "$REPO/test-results" && rm -f "$REPO"/test-results/*-FAILED.png
  if [ -n "${AILAWLENS_E2E_UI:-}" ]; then
    read -r -a UI_CHECKS <<<"$AILAWLENS_E2E_UI"
  else
    # UI checks: ui-*.js and *.vscode.js (both use lib.js's runChecks).
    UI_CHECKS=()
    for f in "$E2E_DIR"/ui-*.js "$E2E_DIR"/*.vscode.js; do [ -e "$f" ] && UI_CHECKS+=("$(basename "$f")"); done
  fi
  [ "${#UI_CHECKS[@]}" -gt 0 ] || die "no test/e2e/ui-*.js UI checks found"
  for check in "${UI_CHECKS[@]}"; do
    suite "UI ${check%.js}" 480 node "$E2E_DIR/$check"
  done
  # Browser-only webview checks (*-screenshot.ts: the webview shell + bundle in chromium, no code-server needed).
  if [ -z "${AILAWLENS_E2E_UI:-}" ]; then
    for f in "$E2E_DIR"/*-screenshot.ts; do
      [ -e "$f" ] && suite "webview $(basename "${f%.ts}")" 300 npx tsx "$f"
    done
  fi
fi

[ "$FAILED" -eq 0 ]
