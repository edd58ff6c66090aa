#!/usr/bin/env bash
# Figure 1's cold-start breakdown: the generated 2,000-class module compiled by a fresh javac
# process per compile, as Maven's in-process compile is cold: -proc:none, the no-op floor, the
# read-and-generate floor and the guidelines processor, in a rotating order, ROUNDS rounds
# (default 5). Prints every wall time and each variant's median and ratio to -proc:none.
#
#   benchmarks/run.sh --figures 1 --reps 1   # once: generates the module and installs the jars
#   benchmarks/cold-javac.sh [ROUNDS]
#
# With PROFILE=1 it also records one JFR profile of the guidelines compile
# (benchmarks/target/cold-javac/guidelines.jfr; read it with jfr print --stack-depth 1024).
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-5}"
project="$PWD/target/bench-data/pipeline-2000"
repo="$PWD/target/repo"
work="$PWD/target/cold-javac"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
if [ ! -f "$project/pom.xml" ] || [ ! -d "$repo/dev/genaiguidelines/guidelines-processor/$version" ]; then
  echo "No generated module or installed jars: run benchmarks/run.sh --figures 1 --reps 1 first." >&2
  exit 1
fi
jar() { find "$repo/$1" -name "$2-*.jar" ! -name "*-sources.jar" | sort | tail -1; }
annotations="$(jar dev/genaiguidelines/guidelines-annotations/"$version" guidelines-annotations)"
processor_path="$annotations:$(jar dev/genaiguidelines/guidelines-processor/"$version" guidelines-processor)"
processor_path="$processor_path:$(jar dev/genaiguidelines/guidelines-policy/"$version" guidelines-policy)"
processor_path="$processor_path:$(jar org/snakeyaml/snakeyaml-engine snakeyaml-engine)"
processor_path="$processor_path:$(jar com/palantir/javapoet/javapoet javapoet)"
floors="$PWD/target/classes:$annotations"
mkdir -p "$work"
find "$project/src/main/java" -name '*.java' | sort > "$work/sources.txt"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

compile() { # variant [extra javac options...]
  local variant="$1"; shift
  local options
  case "$variant" in
    proc-none) options=(-proc:none) ;;
    no-op) options=(-processorpath "$floors" -processor 'dev.genaiguidelines.bench.FloorProcessors$NoOp') ;;
    read-and-generate) options=(-processorpath "$floors" -processor 'dev.genaiguidelines.bench.FloorProcessors$ReadAndGenerate') ;;
    guidelines) options=(-processorpath "$processor_path" -Agenai.policy="$project/genai-policy.yaml") ;;
  esac
  rm -rf "$work/classes" "$work/generated"
  mkdir -p "$work/classes" "$work/generated"
  local start end
  start=$(date +%s%N)
  "$javac" "$@" -d "$work/classes" -s "$work/generated" -classpath "$annotations" -g \
    --release 17 -encoding UTF-8 "${options[@]}" "@$work/sources.txt" > "$work/$variant.log" 2>&1 \
    || { cat "$work/$variant.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

variants=(proc-none no-op read-and-generate guidelines)
declare -A samples
compile proc-none > /dev/null   # unmeasured: warms the file cache
for ((round = 0; round < rounds; round++)); do
  for ((turn = 0; turn < ${#variants[@]}; turn++)); do
    variant="${variants[$(( (round + turn) % ${#variants[@]} ))]}"
    samples[$variant]="${samples[$variant]:-} $(compile "$variant")"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
base=$(echo "${samples[proc-none]}" | median)
for variant in "${variants[@]}"; do
  m=$(echo "${samples[$variant]}" | median)
  printf '%-18s median %6.0f ms  %.3fx of -proc:none  samples [%s ]\n' "$variant" "$m" \
    "$(echo "$m / $base" | bc -l)" "${samples[$variant]}"
done
if [ "${PROFILE:-0}" = 1 ]; then
  compile guidelines "-J-XX:StartFlightRecording=filename=$work/guidelines.jfr,settings=profile" \
    "-J-XX:FlightRecorderOptions=stackdepth=1024" > /dev/null
  echo "profile: $work/guidelines.jfr"
fi
