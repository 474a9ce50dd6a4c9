#!/bin/bash
# usage: gen.sh NAME schema-edit-script [extra generate flags]
source /tmp/h83-proj/env.sh; reset
M="nice /tmp/h83-wt/mvnw -B -o -Dmaven.repo.local=/tmp/h83-m2"
(cd src/main/java/com/acme/schema && bash -c "$2")
mkdir -p ../out/$1
$M compile db:generate -Ddb.name=$1 $3 > ../out/$1/generate.log 2>&1; echo "generate: $(grep -c 'BUILD SUCCESS' ../out/$1/generate.log)"
grep -E '^\[(WARNING|ERROR)\]' ../out/$1/generate.log | grep -v 'Failed to execute\|Re-run\|full stack\|^\[ERROR\] *$\|For more info\|Help 1' | cut -c1-500 | head -12
f=$(ls drizzle/0002_*.sql 2>/dev/null) && cat $f
[ -n "$f" ] && /tmp/h83-proj/try.sh $1
