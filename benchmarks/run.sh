#!/usr/bin/env bash
# Builds the annotations, processor and plugin of this checkout, copies them into the
# benchmark's own local repository (benchmarks/target/repo, never ~/.m2), builds the harness,
# and runs it.
#
#   benchmarks/run.sh                 every figure; prints the Markdown table (also written to
#                                     benchmarks/target/bench-results.md)
#   benchmarks/run.sh --figures 2,3   some figures; any BenchMain option may follow
#   benchmarks/run.sh --smoke         the smoke test only: every figure once on tiny sizes (the
#                                     root build, ./mvnw verify, runs it too)
set -euo pipefail
cd "$(dirname "$0")/.."

repo="$PWD/benchmarks/target/repo"
maven=(./mvnw -B -s benchmarks/settings.xml)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ "${1:-}" = "--smoke" ]; then
  echo "[bench] smoke test" >&2
  exec "${maven[@]}" -pl benchmarks -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
fi

echo "[bench] building the jars under test and the harness; installing them into $repo" >&2
"${maven[@]}" -q -pl benchmarks -am pre-integration-test -DskipTests -Dbench.skipInstall=false

cd benchmarks
exec "$java" -Xmx2g -cp "target/classes:$(cat target/harness-classpath.txt)" \
  dev.genaiguidelines.bench.BenchMain --root .. --repo "$repo" "$@"
