#!/usr/bin/env bash
# Runs the engine benchmarks (README: "Speed"). Needs ./mvnw install done once, and the sqlite3 CLI
# for the baselines.   tools/bench.sh [tables=500] [migrations=200], or tools/bench.sh preflight, or tools/bench.sh verify [tables],
# or tools/bench.sh verify-scaling [tables=20] [migrations...=50 100 200 400] (db:verify over longer histories of one schema size)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cp_file=target/bench-classpath.txt
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
classpath="migration-engine/target/test-classes:migration-engine/target/classes:$(cat "$cp_file")"
if [ "${1:-}" = verify-scaling ]; then
  exec java -cp "$classpath" dev.godwit.engine.bench.VerifyScaling "${@:2}"
fi
exec java -cp "$classpath" dev.godwit.engine.bench.Benchmarks "${1:-500}" "${2:-200}"
