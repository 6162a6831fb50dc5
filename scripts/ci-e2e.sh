#!/usr/bin/env bash
# The editor end-to-end run for CI (`.ci/run` calls it when CALQUE_E2E=1):
#   Debian packages (build deps for code-server's native modules, ripgrep, chromium, neovim),
#   code-server 4.100.3 from the npm registry (scripts/e2e-setup.sh, cached), then
#   `npm run test:e2e` (VSIX installed into code-server, driven by playwright-core + chromium).
# Screenshots and, on failure, the code-server log land in test-output/ (CI artifacts).
# Takes ~3–5 min the first time (native builds), ~1–2 min with the cache.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo"; fi
need=()
for pair in "rg:ripgrep" "chromium:chromium" "nvim:neovim" "pkg-config:pkg-config" "make:build-essential" "python3:python3" "unzip:unzip"; do
  command -v "${pair%%:*}" >/dev/null || need+=("${pair##*:}")
done
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "ci-e2e: apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

start=$(date +%s)
bash scripts/e2e-setup.sh
echo "ci-e2e: code-server ready after $(( $(date +%s) - start )) s"
mkdir -p test-output
CALQUE_E2E=1 npm run test:e2e
echo "ci-e2e: done in $(( $(date +%s) - start )) s; screenshots in test-output/"
