#!/usr/bin/env bash
# In the Maven daemon, what a changed Java schema costs: the bench project's classes are switched
# between the two versions (initial, 5% changed) and recompiled before each db:generate, so every
# run loads all N schema classes afresh in a warm daemon. Prints the plugin's own timing line for
# each run ("Schema loaded in ... ms on its own thread; generate took ... ms in all"), and the
# median of the runs after the first RUNS/2 (the daemon warming up).
#
#   MVND=path/to/mvnd.sh tools/bench-mvnd-reload.sh [runs=12]
#
# Needs the project tools/bench-maven.sh leaves in target/bench-maven (run it once first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-12}
mvnd=${MVND:-mvnd}
work=$root/target/bench-maven
[ -d "$work/sources/initial/java" ] && [ -f "$work/java/pom.xml" ] || { echo "run tools/bench-maven.sh first (it writes $work)" >&2; exit 2; }
cd "$work/java"
"$mvnd" --stop > /dev/null 2>&1 || true
loads=()
for i in $(seq 1 "$runs"); do
  version=$([ $((i % 2)) = 0 ] && echo initial || echo changed)
  rm -rf src/main/java && mkdir -p src/main && cp -r "$work/sources/$version/java" src/main/java
  "$mvnd" -B -q -o compile > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  rm -rf drizzle
  line=$("$mvnd" -B -o db:generate -Ddb.name=init -Dorg.slf4j.simpleLogger.log.dev.godwit=debug 2>&1 | grep 'Schema loaded in' | sed 's/.*Schema loaded in //')
  echo "run $i ($version): schema loaded in $line"
  [ "$i" -gt $((runs / 2)) ] && loads+=("$(echo "$line" | awk '{print $1}')")
done
"$mvnd" --stop > /dev/null 2>&1 || true
printf '%s\n' "${loads[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median schema load of the last %d runs: %d ms\n", NR, a[int((NR + 1) / 2)] }'
