#!/usr/bin/env bash
# Random schema-evolution cases (tools/oracle/fuzz_cases.py) run through Godwit and judged by the oracle's applier,
# statement by statement and in migrate()'s transactions. Prints the cases with problems; their files stay in
# target/oracle-fuzz/cases for reading (a case worth keeping goes to tools/oracle/cases with a name that says why).
#   tools/oracle/fuzz.sh SEED COUNT [ORACLE_DIR [extended|dense|names]]
# "extended" adds generated columns, expression indexes and views (fz<SEED>x_<n>); the oracle must carry
# tools/oracle/oracle-views-generated.patch for those. "dense" is extended on larger schemas heavy on foreign keys (fz<SEED>d_<n>);
# "names" is dense with names reused in another ASCII case (fz<SEED>n_<n>).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seed=${1:?seed}; count=${2:?count}; oracle=${3:-$root/../shared/oracle}; extended=${4:-}
x=$([ "$extended" = extended ] && echo x || true)
[ "$extended" = dense ] && x=d
[ "$extended" = names ] && x=n
cases=$root/target/oracle-fuzz/cases
mkdir -p "$cases"
python3 "$root/tools/oracle/fuzz_cases.py" "$seed" "$count" "$cases" $extended
# a copy of the build's classes, so a build during the run (minutes) cannot change or remove them under it
classes=$root/target/oracle-fuzz/classes-$seed$x
rm -rf "$classes" && mkdir -p "$classes"
cp -r "$root/migration-engine/target/test-classes" "$classes/engine-test"
cp -r "$root/migration-engine/target/classes" "$classes/engine"
cp -r "$root/schema-model/target/classes" "$classes/model"
export GODWIT_CLASSES=$classes/engine-test:$classes/engine:$classes/model
GODWIT_ORACLE_WORK=$root/target/oracle-fuzz/work "$root/tools/oracle/check-cases.sh" "$oracle" \
  $(for k in $(seq 0 $((count - 1))); do echo "$cases/fz${seed}${x}_$k.yaml"; done) | tee "$root/target/oracle-fuzz/fz$seed$x.log"
bad=$(grep -c 'PROBLEMS\|GENERATE FAILED' "$root/target/oracle-fuzz/fz$seed$x.log")
echo "seed $seed: $count cases, $bad runs with problems"
rm -rf "$classes"
[ "$bad" = 0 ]
