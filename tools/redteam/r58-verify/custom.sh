#!/bin/bash
# usage: custom.sh NAME [schema-edit-script] (SQL on stdin)
source /tmp/h83-proj/env.sh; reset
M="nice /tmp/h83-wt/mvnw -B -o -q -Dmaven.repo.local=/tmp/h83-m2"
$M db:generate -Ddb.custom -Ddb.name=$1 >/dev/null 2>&1; f=$(ls drizzle/0002_*.sql); cat > $f
[ -n "$2" ] && (cd src/main/java/com/acme/schema && bash -c "$2") && $M compile db:generate > /tmp/h83-proj/gen-$1.log 2>&1
/tmp/h83-proj/try.sh $1
