#!/usr/bin/env bash
# The studio's paging benchmark (README: "Studio"): a page of 50 rows of a big table at the start
# and 90% deep through the studio's HTTP API (keyset), next to LIMIT/OFFSET in the same run.
# Needs the engine's test classes (./mvnw -pl schema-model,migration-engine -am test-compile).
#   tools/bench-studio.sh [rows=1000000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cp_file=target/bench-classpath.txt
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
exec java -cp "migration-engine/target/test-classes:migration-engine/target/classes:schema-model/target/classes:$(cat "$cp_file")" \
  dev.godwit.engine.bench.StudioBenchmark "${1:-1000000}"
