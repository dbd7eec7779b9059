#!/usr/bin/env bash
# Benchmark (not a test): generate the full-size feeds and ingest them, measuring wall time and
# peak RSS of each step with /usr/bin/time -v, then check the exactness rule on the full size
# (9 top categories, 1,118 makers, 133,323 products) and time an unchanged re-run.
#
# Usage: catalog-ingest/bench/full-ingest.sh [WORK_DIR]   (run from the repository root after
#        ./mvnw -B -pl catalog-ingest,catalog-sample -am package -DskipTests)
# The feeds come from catalog-sample's generator; the ingest is catalog-ingest's own jar.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$(ls "$here"/target/catalog-ingest-*.jar | grep -v -- '-sources' | head -1)"
sample_jar="$(ls "$here"/../catalog-sample/target/catalog-sample-*.jar | grep -v -- '-sources' | head -1)"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time" || { cat "$work/$name.out" "$work/$name.time" >&2; return 1; }
  local wall rss
  wall="$(grep 'Elapsed (wall clock)' "$work/$name.time" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$work/$name.time" | awk '{print $NF}')"
  printf '%-18s wall %-9s peak RSS %6d MiB\n' "$name" "$wall" "$((rss / 1024))"
}

mkdir -p "$work"
rm -rf "$work/feeds" "$work/out"
echo "work dir: $work ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
measure generate "$java_bin" -jar "$sample_jar" generate --size full --out "$work/feeds" --no-progress
measure ingest "$java_bin" -jar "$jar" ingest --feeds "$work/feeds" --out "$work/out" --no-progress
measure ingest-unchanged "$java_bin" -jar "$jar" ingest --feeds "$work/feeds" --out "$work/out" --no-progress

grep -q '^9 top categories, [0-9]* categories, 1118 makers, 133323 products' "$work/ingest.out" \
  || { echo "FULL-SIZE COUNTS WRONG:" >&2; cat "$work/ingest.out" >&2; exit 1; }
grep -q '^inputs unchanged' "$work/ingest-unchanged.out" \
  || { echo "RE-RUN WAS NOT A NO-OP:" >&2; cat "$work/ingest-unchanged.out" >&2; exit 1; }
echo "counts exact: 9 top categories, 1,118 makers, 133,323 products; unchanged re-run wrote nothing"
