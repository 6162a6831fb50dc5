#!/usr/bin/env bash
# The GitHub Action's check step (action.yml), runnable anywhere: reads the action's inputs from
# INPUT_* variables, writes the SARIF report, prints the annotations (--format github) and the
# text report, and writes exit-code=N and sarif=PATH to $GITHUB_OUTPUT. It always exits 0, so that
# the SARIF upload runs; the action's last step fails the job with the check's exit code.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${CALQUE_CLI:-$here/dist/cli.js}"
args=(check)
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
case "${INPUT_CHANGED:-}" in
  '') ;;
  auto) args+=(--changed) ;;
  *) args+=("--changed=$INPUT_CHANGED") ;;
esac
# Paths: whitespace-separated (globs are expanded by calque, not by the shell).
read -r -a paths <<< "${INPUT_PATHS:-.}"
sarif="${INPUT_SARIF:-calque.sarif}"
mkdir -p "$(dirname "$sarif")"
node "$cli" "${args[@]}" --format sarif "${paths[@]}" > "$sarif"
code=$?
if [ "$code" -le 1 ]; then
  node "$cli" "${args[@]}" --format github "${paths[@]}" || true
  node "$cli" "${args[@]}" --format text --no-color "${paths[@]}" || true
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
fi
echo "calque: exit code $code (0 clean, 1 findings at or above --fail-on, 2 error); SARIF in $sarif"
exit 0
