#!/usr/bin/env bash
# Builds the annotations, processor and plugin of this checkout into the benchmark's own local
# repository (benchmarks/target/repo, never ~/.m2), builds the harness, and runs it.
#
#   benchmarks/run.sh                 every figure; prints the Markdown table (also written to
#                                     benchmarks/target/bench-results.md)
#   benchmarks/run.sh --figures 2,3   some figures; any BenchMain option may follow
#   benchmarks/run.sh --smoke         the smoke test only: every figure once on tiny sizes
set -euo pipefail
cd "$(dirname "$0")/.."

repo="$PWD/benchmarks/target/repo"
maven=(./mvnw -B -s benchmarks/settings.xml "-Dmaven.repo.local=$repo")
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "[bench] installing the jars under test into $repo" >&2
"${maven[@]}" -q -pl .,guidelines-annotations,guidelines-processor,guidelines-maven-plugin \
  install -Dmaven.test.skip=true

if [ "${1:-}" = "--smoke" ]; then
  echo "[bench] smoke test" >&2
  exec "${maven[@]}" -f benchmarks/pom.xml verify
fi

echo "[bench] building the harness" >&2
"${maven[@]}" -q -f benchmarks/pom.xml package -DskipTests

cd benchmarks
exec "$java" -Xmx2g -cp "target/classes:$(cat target/harness-classpath.txt)" \
  dev.genaiguidelines.bench.BenchMain --root .. --repo "$repo" "$@"
