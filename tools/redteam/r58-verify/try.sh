#!/bin/bash
# usage: try.sh NAME  (in app/, with the migration(s) already written)
cd /tmp/h83-proj/app
M="nice /tmp/h83-wt/mvnw -B -o -Dmaven.repo.local=/tmp/h83-m2"
N=$1; mkdir -p ../out/$N
$M verify > ../out/$N/verify.log 2>&1; echo "verify: $(grep -c 'BUILD SUCCESS' ../out/$N/verify.log)"
grep -E '^\[(WARNING|ERROR)\]' ../out/$N/verify.log | grep -v 'Failed to execute\|Re-run\|full stack\|^\[ERROR\] *$\|For more info\|Help 1\|-> \[Help' | cut -c1-600 | head -20
cp ../seeded-v1.sqlite /tmp/h83-x.sqlite
$M db:apply -Dlocal -Ddb.local.path=/tmp/h83-x.sqlite > ../out/$N/apply.log 2>&1; echo "apply: $(grep -c 'BUILD SUCCESS' ../out/$N/apply.log)"
grep -E 'Pre-flight|^\[(WARNING|ERROR)\]' ../out/$N/apply.log | grep -v 'Failed to execute\|Re-run\|full stack\|^\[ERROR\] *$\|For more info\|Help 1' | cut -c1-600 | head -20
