#!/usr/bin/env bash
# Clones the repository (HEAD of the checkout this script is in) into a fresh temporary folder
# with nothing beside it and runs the README's first two ```sh blocks there, exactly as written,
# one line at a time: the set-up + sample check, then the tests. `calque check` lines may exit 1
# ("findings") and must print the sample's findings; every other line must exit 0.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
readme="$repo/README.md"

# The first two ```sh blocks of the README, as two files of commands.
blocks="$(mktemp -d)"
awk -v dir="$blocks" '
  /^```sh[[:space:]]*$/ { n++; inblock = 1; next }
  /^```/ && inblock { inblock = 0; if (n == 2) exit; next }
  inblock && n <= 2 { print > (dir "/block" n) }
' "$readme"
for b in 1 2; do
  [ -s "$blocks/block$b" ] || { echo "fresh-clone: README.md has no ${b}. sh block" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work" "$blocks"' EXIT
git clone --quiet "$repo" "$work/calque"
cd "$work/calque"
echo "fresh-clone: $(git rev-parse --short HEAD) in $work/calque (nothing beside it: $(ls -A "$work" | tr '\n' ' '))"

for b in 1 2; do
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    echo "fresh-clone \$ $line"
    set +e
    out="$(bash -c "$line" 2>&1)"
    rc=$?
    set -e
    printf '%s\n' "$out" | tail -n 25
    case "$line" in
      *"calque check"*)
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then echo "fresh-clone: '$line' failed (exit $rc)" >&2; exit 1; fi
        printf '%s\n' "$out" | grep -Eq '[0-9]+ problems?' || { echo "fresh-clone: '$line' printed no findings" >&2; exit 1; }
        ;;
      *)
        if [ "$rc" -ne 0 ]; then echo "fresh-clone: '$line' failed (exit $rc)" >&2; exit 1; fi
        ;;
    esac
  done < "$blocks/block$b"
done
echo "fresh-clone: the README's commands pass in a clone with nothing beside it"
