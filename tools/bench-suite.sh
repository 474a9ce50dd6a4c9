#!/usr/bin/env bash
# The whole test suite as a new contributor runs it: a fresh clone of HEAD, then the README's test command,
# timed (wall and CPU of every process). The baseline, in the same run, is the same clone built one module
# after another (no -T 2; four engine test JVMs, its quickest), so the ratio reads the same on any machine. Runs alternate, fresh clone each time.
#
#   tools/bench-suite.sh [runs=1] [-- extra mvn args]
#
# About 7 minutes per build on this project's 2-core machine; measure on a quiet machine. Needs Chromium and
# chromedriver for the studio's browser test, as `bash .ci/run` installs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
shift || true
[ "${1:-}" = "--" ] && shift
extra=("$@")
work=$(mktemp -d /tmp/godwit-bench-suite.XXXXXX)
trap 'rm -rf "$work"' EXIT

one() { # key, label, mvn args...
  local key=$1 label=$2; shift 2
  rm -rf "$work/clone" && git clone -q "$root" "$work/clone"
  cd "$work/clone"
  /usr/bin/time -f '%e %U %S' -o "$work/time" ./mvnw -B -ntp "$@" "${extra[@]}" install > "$work/$key.log" 2>&1 \
    || { tail -50 "$work/$key.log"; echo "$label: build failed (log above)" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  local tests
  tests=$(grep -E '^\[INFO\] Tests run: [0-9]+, Failures' "$work/$key.log" | grep -v 'Time elapsed' | awk -F'[ ,]+' '{s += $4} END {print s}')
  printf '%-28s %7.0f s wall %7.0f s CPU  (%s unit tests)\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$tests"
  echo "$wall" >> "$work/$key.walls"
  cd "$root"
}

for i in $(seq 1 "$runs"); do
  one t2 "-T 2 (the README's)" -T 2
  one seq "one module after another" -Dengine.test.forks=4
done
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
t2=$(median "$work/t2.walls")
seq=$(median "$work/seq.walls")
awk -v n="$runs" -v a="$t2" -v b="$seq" 'BEGIN { printf "median of %d: -T 2 %.0f s, one after another %.0f s, ratio %.2f\n", n, a, b, a / b }'
