#!/usr/bin/env bash
# Whole-process benchmark (README: "Speed"): the commands as users time them, on one N-table schema
# (BenchSchemas: 12 columns, a unique and a plain index and a cascading foreign key per table; then
# 5% of the tables changed) written three ways: Java schema classes and a YAML descriptor for
# Godwit, a TypeScript schema for drizzle-kit. Every figure is the median of RUNS wall times, and
# each is compared with the baseline measured in the same run: `mvn db:help` (Maven started, the
# plugin loaded, nothing done) for Godwit, `node -e 0` for drizzle-kit.
#
#   tools/bench-maven.sh [tables=500] [runs=3] [jvm=plain]      (after ./mvnw install -DskipTests -Dinvoker.skip)
#
# jvm: plain        as it comes: Maven's JVM with Godwit's defaults, so db:generate runs in Godwit's daemon (started in
#                   the background by the first generate of the bench, which runs in Maven's JVM: the row "no daemon
#                   running" times that first run, the daemon stopped before each; the bench then waits for the daemon
#                   to say it warmed up, as a developer's next run comes seconds later, not at once); the daemon's
#                   folder is the bench's own (target/bench-maven/daemon), stopped at the end;
#      in-maven     every goal in Maven's JVM (-Ddb.daemon=false), as before the daemon;
#      jvm-config   in Maven's JVM, with the flags the README suggests for .mvn/jvm.config (here through MAVEN_OPTS,
#                   the same thing to the JVM): -XX:TieredStopAtLevel=1 -XX:+UseSerialGC;
#      mvnd         every command through the Maven daemon (MVND=path/to/mvnd.sh, default mvnd), warm: one untimed
#                   run of each command first; afterwards the daemon is checked for Godwit threads and schema class
#                   loaders left behind (jcmd).
#
# drizzle-kit is installed with npm into target/bench-node (not into the build) when node and npm are
# present; without them its rows are left out. The Java schema's classes are compiled before each
# timed db:generate (untimed), as after an IDE build or `mvn compile`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tables=${1:-500}
runs=${2:-3}
jvm=${3:-plain}
work=$root/target/bench-maven
rm -rf "$work" && mkdir -p "$work"
cd "$root"
cp_file=target/bench-classpath.txt
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
version=$(sed -n 's:.*<version>\(.*SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
java -cp "migration-engine/target/test-classes:migration-engine/target/classes:schema-model/target/classes:$(cat "$cp_file")" \
  dev.godwit.engine.bench.BenchSources "$work/sources" "$tables"

project() {   # project DIR SCHEMA
  # Its own .mvn stops Maven's search for one upwards: this repository's .mvn/jvm.config is not the bench project's.
  mkdir -p "$1/.mvn"
  cat > "$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench-schema</artifactId><version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <db.schema>$2</db.schema>
  </properties>
  <dependencies>
    <dependency><groupId>dev.godwit</groupId><artifactId>godwit-schema-model</artifactId><version>$version</version></dependency>
  </dependencies>
  <build>
    <pluginManagement><plugins>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
    </plugins></pluginManagement>
    <plugins><plugin><groupId>dev.godwit</groupId><artifactId>godwit-maven-plugin</artifactId><version>$version</version></plugin></plugins>
  </build>
</project>
EOF
}
project "$work/java" bench.schema
project "$work/yaml" schema.yaml

ms() {   # prints the wall time of a command in ms; fails the benchmark with its output if it fails
  local s
  s=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }
daemon_dir=$work/daemon
mvn=("$root/mvnw" -B -q -o -Ddb.daemon.dir="$daemon_dir")
case $jvm in
  plain) mvn+=(-Ddb.daemon=true) ;;   # as a developer's machine has it (the CI variable would turn it off)
  in-maven) mvn+=(-Ddb.daemon=false) ;;
  jvm-config) export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; mvn+=(-Ddb.daemon=false) ;;
  mvnd) mvn=("${MVND:-mvnd}" -B -q -o -Ddb.daemon=false) ;;
  *) echo "jvm must be plain, in-maven, jvm-config or mvnd, not $jvm" >&2; exit 2 ;;
esac
stop_daemon() {   # stops the bench's Godwit daemon, if one runs, and waits until it is gone
  local f pid
  for f in "$daemon_dir"/*.properties; do
    [ -f "$f" ] || continue
    pid=$(sed -n 's/^pid=//p' "$f")
    [ -n "$pid" ] && kill "$pid" 2> /dev/null && while kill -0 "$pid" 2> /dev/null; do sleep 0.05; done
  done
  rm -f "$daemon_dir"/*.log   # the next one's "warmed up" is then its own
  return 0
}
trap stop_daemon EXIT
await_warm_daemon() {   # waits (up to 60 s) for the daemon the last run started to log that it warmed up
  local i
  for i in $(seq 600); do
    grep -qs 'warmed up in' "$daemon_dir"/*.log && return 0
    sleep 0.1
  done
  echo "the daemon did not warm up within 60 s" >&2
}

use_java() {   # use_java VERSION: the sources of that version, compiled (untimed)
  rm -rf "$work/java/src" && mkdir -p "$work/java/src/main" && cp -r "$work/sources/$1/java" "$work/java/src/main/java"
  "${mvn[@]}" -f "$work/java/pom.xml" compile > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
}

declare -A t
add() { t[$1]="${t[$1]:-} $2"; }
node_ok=false
if command -v node > /dev/null && command -v npm > /dev/null; then
  nodedir=$root/target/bench-node
  if [ ! -x "$nodedir/node_modules/.bin/drizzle-kit" ]; then
    mkdir -p "$nodedir"
    (cd "$nodedir" && echo '{"private": true}' > package.json && npm install --silent --no-audit --no-fund drizzle-kit@0.31.11 drizzle-orm@0.45.4 > /dev/null 2>&1) || true
  fi
  if [ -x "$nodedir/node_modules/.bin/drizzle-kit" ]; then
    node_ok=true
    kit=$work/drizzle-kit
    mkdir -p "$kit" && ln -s "$nodedir/node_modules" "$kit/node_modules"
    printf 'import { defineConfig } from "drizzle-kit";\nexport default defineConfig({ dialect: "sqlite", schema: "./schema.ts", out: "./drizzle" });\n' > "$kit/drizzle.config.ts"
  fi
fi

first=1
[ "$jvm" = mvnd ] && first=0   # run 0 warms the daemon (plugin realm loaded, code compiled); it is not counted
for run in $(seq $first "$runs"); do
  echo "run $run of $runs" >&2
  if [ "$run" = 0 ]; then add() { :; }; else add() { t[$1]="${t[$1]:-} $2"; }; fi
  add help "$(ms "${mvn[@]}" -f "$work/java/pom.xml" db:help)"
  add validate "$(ms "${mvn[@]}" -f "$work/java/pom.xml" validate)"
  for kind in java yaml; do
    dir=$work/$kind
    rm -rf "$dir/drizzle"
    if [ $kind = java ]; then use_java initial; else cp "$work/sources/initial/schema.yaml" "$dir/schema.yaml"; fi
    if [ "$jvm" = plain ]; then   # the first generate after the daemon stopped (idle, a new Godwit, a reboot) starts it
      stop_daemon
      add "$kind.cold" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:generate -Ddb.name=init)"
      rm -rf "$dir/drizzle" "$dir/target/godwit"
      await_warm_daemon
    fi
    add "$kind.initial" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:generate -Ddb.name=init)"
    add "$kind.noopfull" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:generate -Ddb.name=none -Ddb.recheck)"
    add "$kind.verifyfull" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:verify -Ddb.recheck)"
    add "$kind.noop" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:generate -Ddb.name=none)"
    add "$kind.verify" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:verify)"
    # what a recompile of unchanged sources does (mvn verify after an edit of other code): the same bytes, new times
    for f in "$dir/target/classes" "$dir/schema.yaml"; do [ -e "$f" ] && find "$f" -type f -exec touch {} +; done
    add "$kind.verifyalike" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:verify)"
    if [ $kind = java ]; then use_java changed; else cp "$work/sources/changed/schema.yaml" "$dir/schema.yaml"; fi
    add "$kind.changed" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:generate -Ddb.name=changed)"
    add "$kind.verifychanged" "$(ms "${mvn[@]}" -f "$dir/pom.xml" db:verify -Ddb.recheck)"
    [ "$(ls "$dir"/drizzle/*.sql | wc -l)" = 2 ] || { echo "expected 2 migrations in $dir/drizzle"; exit 1; }
  done
  if $node_ok; then
    add node "$(ms node -e 0)"
    rm -rf "$kit/drizzle"
    cp "$work/sources/initial/schema.ts" "$kit/schema.ts"
    add kit.initial "$(cd "$kit" && ms node_modules/.bin/drizzle-kit generate --name=init)"
    add kit.noop "$(cd "$kit" && ms node_modules/.bin/drizzle-kit generate --name=none)"
    add kit.verify "$(cd "$kit" && ms node_modules/.bin/drizzle-kit check)"
    t[kit.noopfull]=${t[kit.noop]:-}; t[kit.verifyfull]=${t[kit.verify]:-}; t[kit.verifyalike]=${t[kit.verify]:-}; t[kit.cold]=${t[kit.initial]:-}
    cp "$work/sources/changed/schema.ts" "$kit/schema.ts"
    add kit.changed "$(cd "$kit" && ms node_modules/.bin/drizzle-kit generate --name=changed)"
    add kit.verifychanged "$(cd "$kit" && ms node_modules/.bin/drizzle-kit check)"
    [ "$(ls "$kit"/drizzle/*.sql | wc -l)" = 2 ] || { echo "expected 2 drizzle-kit migrations"; exit 1; }
  fi
done

m() { median ${t[$1]}; }
help=$(m help); node=0
$node_ok && node=$(m node)
echo
echo "$tables tables, JVM: $jvm, median of $runs runs; each Godwit time minus \`mvn db:help\` ($help ms; \`mvn validate\`: $(m validate) ms),"
echo "each drizzle-kit time minus \`node -e 0\` ($( $node_ok && echo "$node ms" || echo "not run"))."
echo
echo "| command | drizzle-kit 0.31.11 | Godwit, Java classes | ratio | Godwit, YAML | ratio |"
echo "|---|---|---|---|---|---|"
row() {   # row LABEL KEY
  local j=$(( $(m "java.$2") - help )) y=$(( $(m "yaml.$2") - help ))
  if $node_ok && [ -n "${t[kit.$2]:-}" ]; then
    local k=$(( $(m "kit.$2") - node ))
    awk -v l="$1" -v k="$k" -v j="$j" -v y="$y" 'BEGIN { printf "| %s | %d ms | %d ms | %.2f× | %d ms | %.2f× |\n", l, k, j, j / k, y, y / k }'
  else
    awk -v l="$1" -v j="$j" -v y="$y" 'BEGIN { printf "| %s | – | %d ms | | %d ms | |\n", l, j, y }'
  fi
}
row "generate, initial ($tables tables)" initial
[ "$jvm" = plain ] && row "generate, initial, no daemon running: in Maven's JVM, then one started (kit: as always)" cold
row "generate, 5% of the tables changed" changed
row "generate, no changes, checked in full (\`-Ddb.recheck\`)" noopfull
row "generate, no changes, nothing touched since the last check" noop
row "db:verify (drizzle-kit: check), no changes, in full (\`-Ddb.recheck\`)" verifyfull
row "db:verify (drizzle-kit: check), nothing touched since the last check" verify
row "db:verify (drizzle-kit: check), the schema's files rewritten since with the same content (a recompile)" verifyalike
row "db:verify (drizzle-kit: check) in full, after the 5% migration too (its rebuilds replayed on rows)" verifychanged
echo
echo "each run, in ms (the medians above are of these; a single slow run shows here):"
for key in help validate node java.initial yaml.initial kit.initial java.cold yaml.cold java.changed yaml.changed kit.changed java.noopfull yaml.noopfull \
    java.verifyfull yaml.verifyfull kit.verify java.noop yaml.noop java.verify yaml.verify java.verifyalike yaml.verifyalike java.verifychanged yaml.verifychanged kit.verifychanged; do
  [ -n "${t[$key]:-}" ] && echo "  $key:${t[$key]}"
done

if [ "$jvm" = mvnd ]; then
  # What the daemon holds after all those builds: no Godwit thread, and no schema class loader once collected.
  echo
  for pid in $("${mvn[0]}" --status 2>/dev/null | awk '$2 ~ /^[0-9]+$/ { print $2 }'); do
    jcmd "$pid" GC.run > /dev/null
    loaders=$(jcmd "$pid" VM.classloader_stats | grep -c SchemaClassLoader || true)
    threads=$(jcmd "$pid" Thread.print | grep -c '^"godwit' || true)
    echo "daemon $pid after the runs: $loaders schema class loaders alive after GC, $threads Godwit threads"
  done
  exit 0
fi

# The same goals in a JVM that stays up (the Maven daemon's case): the engine's time per run, and leaks.
cpath="migration-engine/target/test-classes:migration-engine/target/classes:schema-model/target/classes:$(cat "$cp_file")"
echo
for kind in java yaml; do
  echo "one JVM, 20 runs of generate + verify (full) on the $kind schema:"
  java -cp "$cpath" dev.godwit.engine.bench.WarmRuns "$work/$kind" "$([ $kind = java ] && echo bench.schema || echo schema.yaml)" 20 | sed 's/^/  /'
done
