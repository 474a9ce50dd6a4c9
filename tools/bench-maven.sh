#!/usr/bin/env bash
# Whole-process benchmark (README: "Speed"): real mvn runs on a project whose schema module has N
# tables, each compared with Maven's own start-up (mvn validate) measured in the same run.
# Needs ./mvnw install done once.   tools/bench-maven.sh [tables=500]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tables=${1:-500}
work=$root/target/bench-maven
rm -rf "$work" && mkdir -p "$work"
cd "$root"
cp_file=target/bench-classpath.txt
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file" >/dev/null
version=$(sed -n 's:.*<version>\(.*SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
java -cp "migration-engine/target/test-classes:migration-engine/target/classes:$(cat "$cp_file")" dev.godwit.engine.bench.BenchProject "$work" "$tables" "$version"
mvn=("$root/mvnw" -B -q -o -f "$work/pom.xml")
ms() { local s=$(date +%s%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
base=$(ms "${mvn[@]}" validate); base=$(ms "${mvn[@]}" validate)
pull=$(ms "${mvn[@]}" db:pull -Dlocal)
ms "${mvn[@]}" compile > /dev/null
compile=$(ms "${mvn[@]}" compile)
rm -rf "$work/drizzle"
generate=$(ms "${mvn[@]}" db:generate -Ddb.name=init)
verify_skip=$(ms "${mvn[@]}" verify -Ddb.skip)
verify=$(ms "${mvn[@]}" verify)
row() { awk -v w="$1" -v t="$2" -v b="$3" -v bw="$4" 'BEGIN { printf "| %s | %d ms | %s: %d ms | %+d ms |\n", w, t, bw, b, t - b }'; }
echo "| mvn run ($tables tables) | time | baseline (same run) | difference |"
echo "|---|---|---|---|"
row "mvn db:pull -Dlocal (introspect, write $tables classes, baseline migration)" "$pull" "$base" "mvn validate (Maven start-up)"
row "mvn db:generate, first migration (compile up to date)" "$generate" "$compile" "mvn compile (up to date)"
row "mvn verify with db:verify" "$verify" "$verify_skip" "mvn verify -Ddb.skip"
