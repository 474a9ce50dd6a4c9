#!/usr/bin/env bash
# The Java corpus classes on the cases tools/oracle/fuzz.sh wrote (target/oracle-fuzz/cases): each case generated and applied
# both ways in memory with its rows (GoldenCasesTest, writing its result to target/oracle-fuzz/golden rather than comparing),
# then db:verify's replay, db:pull's round trip, the pre-flight and db:push step by step against that result.
# Run after ./mvnw install -DskipTests -Dinvoker.skip (it runs the compiled tests, compiling nothing).
#   tools/oracle/fuzz-java.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
props=(-Dgodwit.cases.dir=../target/oracle-fuzz/cases -Dgodwit.golden.dir=../target/oracle-fuzz/golden -Dsurefire.failIfNoSpecifiedTests=false)
./mvnw -B -o -q -pl schema-model,migration-engine surefire:test "${props[@]}" -Dgodwit.golden.update=true -Dtest=GoldenCasesTest#oracleCase
./mvnw -B -o -q -pl schema-model,migration-engine surefire:test "${props[@]}" \
  -Dtest='VerifiedCasesTest,PulledCasesTest,PreflightCasesTest,PushedCasesTest'
echo "all $(ls target/oracle-fuzz/cases | wc -l) cases passed the Java corpus classes"
