#!/usr/bin/env bash
# Runs Godwit on the oracle's schema-evolution cases and judges the result with the oracle's own
# applier (both ways: statement by statement, and each migration in a transaction like drizzle-orm's
# migrate() and D1), then compares the final schema with drizzle-kit's.
#   tools/oracle/check-cases.sh [ORACLE_DIR] [case name or path ...]      (default ORACLE_DIR: ../shared/oracle)
# Needs: node + the oracle's npm ci, python3 with PyYAML, sqlite3, and ./mvnw install done once.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
oracle=${1:-$root/../shared/oracle}; shift || true
oracle=$(cd "$oracle" && pwd)
work=${GODWIT_ORACLE_WORK:-$root/target/oracle}
mkdir -p "$work"
cp_file=$work/classpath.txt
if [ ! -s "$cp_file" ]; then
  (cd "$root" && ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
fi
# GODWIT_CLASSES: Godwit's own class folders to run instead of the build's (fuzz.sh runs a copy, so a build meanwhile cannot change them)
cp="${GODWIT_CLASSES:-$root/migration-engine/target/test-classes:$root/migration-engine/target/classes:$root/schema-model/target/classes}:$(cat "$cp_file")"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=($(ls "$oracle"/cases/*/*.yaml "$root"/tools/oracle/cases/*.yaml | xargs -n1 basename | sed 's/\.yaml$//' | sort -u))
fail=0
for c in "${cases[@]}"; do
  if [ -f "$c" ]; then file=$(cd "$(dirname "$c")" && pwd)/$(basename "$c"); c=$(basename "$c" .yaml)  # a case given by its path
  else file=$(ls "$oracle"/cases/*/"$c".yaml "$root"/tools/oracle/cases/"$c".yaml 2>/dev/null | head -1 || true); fi
  out=$work/$c
  rm -rf "$out" && mkdir -p "$out"
  python3 "$root/tools/oracle/case_to_yaml.py" "$file" "$out/steps" >/dev/null
  java -cp "$cp" dev.godwit.engine.tools.GenerateSteps "$out/drizzle" "$out/migrations" "$out"/steps/step*.yaml > "$out/generate.log" 2>&1 || { echo "$c: GENERATE FAILED"; tail -5 "$out/generate.log"; fail=1; continue; }
  for mode in plain txn; do
    if node "$oracle/apply-case.mjs" "$file" "$out/migrations" "$out/$mode" --mode "$mode" > "$out/$mode.log" 2>&1; then
      r="ok"
    else
      r="PROBLEMS"; fail=1
    fi
    cmp=""
    if [ -f "$oracle/expected/$c/schema.json" ] && [ -f "$out/$mode/schema.json" ]; then
      if python3 "$oracle/compare.py" "$oracle/expected/$c/schema.json" "$out/$mode/schema.json" > "$out/$mode.compare" 2>&1; then cmp="same as drizzle-kit"; else cmp="differs from drizzle-kit ($(tail -1 "$out/$mode.compare"))"; fi
    fi
    echo "$c [$mode]: $r; $cmp"
    [ "$r" = ok ] || { grep -A20 '^PROBLEMS' "$out/$mode.log" || tail -5 "$out/$mode.log"; } | head -8 || true
  done
done
exit $fail
