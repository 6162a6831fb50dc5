#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100; the newest release whose engines accept Node 20)
# from the npm registry into a cache directory outside the repository, following
# docs/editors.md (no downloads outside npm and Debian). Idempotent: a finished install
# leaves a marker file and is reused.
#
#   CALQUE_E2E_CACHE   cache root (default: $HOME/.cache/calque-e2e)
#
# Needs (Debian): libkrb5-dev pkg-config ripgrep chromium build-essential python3
# (scripts/ci-e2e.sh installs them).
set -euo pipefail

VERSION=4.100.3
CACHE="${CALQUE_E2E_CACHE:-$HOME/.cache/calque-e2e}"
CS="$CACHE/code-server-$VERSION"
MARK="$CS/.calque-installed"

if [[ -f "$MARK" ]]; then
  echo "e2e-setup: code-server $VERSION already installed in $CS"
  exit 0
fi

for bin in rg node npm; do
  command -v "$bin" >/dev/null || { echo "e2e-setup: '$bin' is missing (apt-get install -y ripgrep; Node 20)" >&2; exit 1; }
done

start=$(date +%s)
mkdir -p "$CS"
cd "$CS"
[[ -f package.json ]] || npm init -y >/dev/null
npm i "code-server@$VERSION" --ignore-scripts --no-audit --no-fund

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# node-pty's post-install step fails after pty.node is built: harmless.
npm rebuild --foreground-scripts kerberos @vscode/spdlog @vscode/deviceid native-watchdog node-pty || true
(cd node_modules/@parcel/watcher && npx --yes node-gyp rebuild)
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
cd "$CS"
npm rebuild argon2

test -f "$CS/node_modules/code-server/out/node/entry.js"
touch "$MARK"
echo "e2e-setup: code-server $VERSION installed in $CS in $(( $(date +%s) - start )) s"
