#!/usr/bin/env bash
# The fleet benchmark (README: "Fleets"): N databases x P pending migrations on the fleet stand-in, budget-bound.
# Needs the engine's test classes built once (./mvnw -o -q -pl schema-model,migration-engine test-compile, or install).
#   tools/bench-fleet.sh [databases=1000] [pending=3] [latencyMs=20] [budget=300] [windowSeconds=10]
#   tools/bench-fleet.sh memory databases [pending=1] [latencyMs=5] [budget=600] [windowSeconds=1] [sampleMs=1000]
#   tools/bench-fleet.sh batch databases [pending=5] [latencyMs=20] [budget=300] [windowSeconds=10]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cp_file=target/bench-classpath.txt
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
cp="migration-engine/target/test-classes:migration-engine/target/classes:$(cat "$cp_file")"
if [ "${1:-}" = memory ] || [ "${1:-}" = batch ]; then
  # memory: live objects sampled during one run; batch: requests and wall time with and without -Ddb.fleet.batch, same run
  exec java -Xmx512m -cp "$cp" dev.godwit.engine.bench.FleetBenchmark "$@"
fi
exec java -Xmx512m -cp "$cp" dev.godwit.engine.bench.FleetBenchmark "${1:-1000}" "${2:-3}" "${3:-20}" "${4:-300}" "${5:-10}"
