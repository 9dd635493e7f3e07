# shellcheck shell=bash
# Install, launch and clean up code-server for the real-VS-Code tests. Sourced by run.sh.
# Recipe: /work/shared/reference/real-vscode-e2e.md (code-server 4.100.3 = VS Code 1.100.3 on Node 20).
#
# Everything lives OUTSIDE the repo, in $E2E_WORK. The code-server install is keyed by version and reused when its
# completion marker exists; every run gets its own throw-away folder ($E2E_RUN) that cleanup removes.

CS_VERSION=${AILAWLENS_CS_VERSION:-4.100.3}
E2E_WORK=${AILAWLENS_E2E_WORK:-/tmp/ailawlens-e2e}
CS_DIR="$E2E_WORK/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CHROMIUM=${AILAWLENS_CHROMIUM:-/usr/bin/chromium}
# code-server's @vscode/ripgrep@1.15.11 postinstall downloads rg from GitHub; we pre-seed its cache instead.
RG_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

# Process groups this shell started (setsid → pgid == pid); cleanup kills exactly these.
CS_PGIDS=()

log() { printf '[e2e %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[e2e] ERROR: %s\n' "$*" >&2; exit 1; }

# Debian packages: chromium (browser), libkrb5-dev (kerberos native build), ripgrep (rg for the cache pre-seed).
cs_install_apt() {
  # fonts-wqy-microhei: CJK glyphs, so the zh-CN screenshots show text rather than empty boxes.
  local pkgs=(chromium libkrb5-dev ripgrep fonts-wqy-microhei) missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -eq 0 ] && [ -z "${AILAWLENS_E2E_FORCE_APT:-}" ]; then
    log "apt: ${pkgs[*]} already installed"
    return 0
  fi
  command -v apt-get >/dev/null || die "apt-get not found; install ${missing[*]} by hand (Debian/Ubuntu packages)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "apt: installing ${pkgs[*]}"
  # Lock::Timeout: wait for another apt/dpkg (a parallel run, unattended upgrades) instead of failing at once.
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    "${pkgs[@]}" >/dev/null \
    || die "apt-get install ${pkgs[*]} failed"
}

cs_seed_ripgrep_cache() {
  local rg cache tmp
  rg=$(command -v rg) || die "ripgrep (rg) is not on PATH"
  cache="$(node -p 'require("os").tmpdir()')/$RG_CACHE_NAME"
  [ -s "$cache/$RG_TARBALL" ] && return 0
  tmp=$(mktemp -d "$E2E_WORK/rg.XXXXXX")
  cp "$rg" "$tmp/rg"
  mkdir -p "$cache"
  tar czf "$cache/$RG_TARBALL" -C "$tmp" rg
  rm -rf "$tmp"
}

# Installs code-server@$CS_VERSION into $CS_DIR unless a complete install is already there.
# A lock keeps two parallel runs from installing into the same folder at once.
cs_install() {
  mkdir -p "$E2E_WORK"
  (
    flock -w 900 9 || die "timed out waiting for the install lock $E2E_WORK/install.lock"
    if [ -f "$CS_DIR/.complete" ] && [ -x "$CS_BIN" ]; then
      log "code-server $CS_VERSION: reusing $CS_DIR"
      exit 0
    fi
    cs_seed_ripgrep_cache
    rm -rf "$CS_DIR"
    mkdir -p "$CS_DIR"
    log "code-server $CS_VERSION: installing into $CS_DIR (1-3 min)"
    local started=$SECONDS
    (
      cd "$CS_DIR" &&
        npm init -y >/dev/null &&
        # unsafe_perm: postinstall refuses root without it; yes: node-pty runs `npx node-gyp` and npmrc says yes=false.
        npm_config_cache="$E2E_WORK/npm-cache" npm_config_yes=true npm_config_unsafe_perm=true \
          timeout -k 10 900 npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION" >install.log 2>&1
    ) || { tail -40 "$CS_DIR/install.log" >&2; die "npm install code-server@$CS_VERSION failed (log: $CS_DIR/install.log)"; }
    "$CS_BIN" --version >/dev/null 2>&1 || die "code-server installed but does not start: $CS_BIN --version"
    touch "$CS_DIR/.complete"
    log "code-server $CS_VERSION: installed in $((SECONDS - started))s"
  ) 9>"$E2E_WORK/install.lock" || exit 1
}

# A free TCP port on 127.0.0.1 (parallel runs must not collide on a fixed port).
cs_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

# VS Code leaves /tmp/vscode-ipc-*.sock and friends behind; inside the run folder they go away with it. Unix socket
# paths are limited to ~107 bytes, so keep the system temp folder when the run folder path is long.
cs_tmpdir() {
  local dir="$E2E_RUN/tmp"
  if [ "${#dir}" -le 48 ]; then
    mkdir -p "$dir" && echo "$dir"
  else
    node -p 'require("os").tmpdir()'
  fi
}

# cs_start <name> <user-data-dir> <extensions-dir>  → sets CS_PORT; logs to $E2E_RUN/<name>.log
cs_start() {
  local name=$1 ud=$2 exts=$3 i
  CS_PORT=$(cs_free_port)
  mkdir -p "$ud/User" "$exts"
  cp "$E2E_DIR/settings.json" "$ud/User/settings.json"
  XDG_CONFIG_HOME="$E2E_RUN/xdg/config" XDG_DATA_HOME="$E2E_RUN/xdg/data" TMPDIR="$(cs_tmpdir)" \
    setsid "$CS_BIN" --bind-addr "127.0.0.1:$CS_PORT" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --user-data-dir "$ud" --extensions-dir "$exts" >"$E2E_RUN/$name.log" 2>&1 &
  CS_PGIDS+=("$!")
  for i in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$CS_PORT/healthz" && { log "code-server ($name) up on port $CS_PORT"; return 0; }
    kill -0 "$!" 2>/dev/null || break
    sleep 0.5
  done
  tail -30 "$E2E_RUN/$name.log" >&2
  die "code-server ($name) did not answer /healthz on port $CS_PORT"
}

# Stops one code-server by its process group (SIGTERM, then SIGKILL after a grace period).
cs_stop_group() {
  local pgid=$1 i
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 1 20); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.25
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

# Kills every process we started: the code-server groups, then any straggler whose command line names this run's
# private folder (e.g. a chromium that Playwright detached into its own session and could not close). By PID only.
cs_stop_all() {
  local pgid
  for pgid in "${CS_PGIDS[@]}"; do cs_stop_group "$pgid"; done
  CS_PGIDS=()
}

cs_cleanup() {
  local pid
  cs_stop_all
  if [ -n "${E2E_RUN:-}" ] && [ -d "$E2E_RUN" ]; then
    for pid in $(grep -lsF -- "$E2E_RUN" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do
      [ "$pid" != "$$" ] && kill -KILL "$pid" 2>/dev/null || true
    done
    [ -n "${AILAWLENS_E2E_KEEP:-}" ] || rm -rf "$E2E_RUN"
  fi
}
