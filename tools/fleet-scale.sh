#!/usr/bin/env bash
# A fleet apply of thousands of databases, killed half-way and run again (README: "Fleets", "Resumable").
# Needs the engine's test classes built (./mvnw -o -q -pl schema-model,migration-engine test-compile).
#   tools/fleet-scale.sh databases pending latencyMs budget windowSeconds refuse killAfterSeconds(0: no kill) concurrency batch
#   (batch: true sends a database's row-free migrations in one request, as -Ddb.fleet.batch; false by default, as measured before it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-5000}; pending=${2:-1}; latency=${3:-5}; budget=${4:-1000}; window=${5:-10}; refuse=${6:-0}; kill_after=${7:-0}; conc=${8:-16}; batch=${9:-false}
cp_file=target/bench-classpath.txt
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
work=$(mktemp -d /tmp/godwit-fleet-scale.XXXX)
# a copy of the classes: a rebuild during the run (or between the kill and the rerun) must not change what runs
cp -r migration-engine/target/classes "$work/classes" && cp -r migration-engine/target/test-classes "$work/test-classes"
cp="$work/test-classes:$work/classes:$(cat "$cp_file")"
main=dev.godwit.engine.bench.FleetScaleRun
java -Xmx512m -cp "$cp" $main serve "$work" "$n" "$latency" "$budget" "$window" "$refuse" > "$work/serve.log" 2>&1 &
serve=$!
while [ ! -s "$work/endpoint" ]; do sleep 0.2; done
limit=$((budget * 1100 / 1200))
run() {  # one apply in its own JVM; its peak resident size sampled from ps
  java -Xmx512m -cp "$cp" $main apply "$work" "$pending" "$limit" "$window" "$conc" "" "$batch" > "$work/apply-$1.log" 2>&1 &
  local pid=$! rss=0 r
  local t0=$(date +%s.%N)
  while kill -0 $pid 2>/dev/null; do
    r=$(ps -o rss= -p $pid 2>/dev/null || echo 0); [ "${r:-0}" -gt "$rss" ] && rss=$r
    if [ "$2" -gt 0 ] && [ "$(echo "$(date +%s.%N) - $t0 > $2" | bc)" = 1 ]; then kill -9 $pid; echo "apply-$1: killed (kill -9) after $2 s"; break; fi
    sleep 0.5
  done
  wait $pid 2>/dev/null || true
  echo "apply-$1: wall $(echo "$(date +%s.%N) - $t0" | bc | cut -c1-6) s, peak RSS $((rss / 1024)) MB"
}
run 1 "$kill_after"
[ "$kill_after" -gt 0 ] && run 2 0
touch "$work/stop"; wait $serve || true
cat "$work/serve.log"
java -cp "$cp" $main check "$work" "$n" "$pending"
echo "work folder: $work (logs apply-*.log, report/)"
