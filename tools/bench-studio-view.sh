#!/usr/bin/env bash
# A view's paging (README: "Studio", Paging speed): a page of 50 rows of a view at the start and
# 90% deep through the studio's HTTP API, by the cursor Next hands out and by OFFSET alone.
# Needs the engine's test classes (./mvnw -pl schema-model,migration-engine -am test-compile).
#   tools/bench-studio-view.sh [rows=200000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cp_file=target/bench-classpath.txt
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
exec java -cp "migration-engine/target/test-classes:migration-engine/target/classes:schema-model/target/classes:$(cat "$cp_file")" \
  dev.godwit.engine.bench.StudioViewPaging "${1:-200000}"
