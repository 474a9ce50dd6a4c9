#!/usr/bin/env bash
# The README's studio screenshots (docs/images), taken in headless Chromium on the demo schema
# (drizzle/ applied to a new SQLite file, a few rows; the demo's schema classes for the modes).
# Needs the engine's test classes (./mvnw -pl schema-model,migration-engine -am test-compile),
# chromium and chromedriver (-Dgodwit.chromium / -Dgodwit.chromedriver in JAVA_OPTS elsewhere).
#   tools/studio-screenshots.sh [out=docs/images]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cp_file=target/bench-classpath.txt
demo=target/studio-screenshots/demo-classes
mkdir -p target
[ -s "$cp_file" ] || ./mvnw -q -B -pl migration-engine dependency:build-classpath -Dmdep.outputFile="$root/$cp_file"
rm -rf "$demo" && mkdir -p "$demo"
javac -nowarn -d "$demo" -cp schema-model/target/classes $(find demo/src/main/java/dev/godwit/demo/schema -name '*.java')
exec java ${JAVA_OPTS:-} -cp "migration-engine/target/test-classes:migration-engine/target/classes:schema-model/target/classes:$(cat "$cp_file")" \
  dev.godwit.engine.studio.StudioScreenshots "$root" "$root/$demo" "${1:-docs/images}"
