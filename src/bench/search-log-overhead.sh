#!/usr/bin/env bash
# The search log's cost to searches (issue #19, point 4; docs/adr/0016-search-log-asynchronous-and-anonymous.md): the same
# searches against the platform with the log on and off, alternating (off on off on), so a drift
# of the machine shows as a difference between two runs of one setting.
#
#   src/bench/search-log-overhead.sh [CATALOG_DIR] [WORKDIR]
#
# CATALOG_DIR: an ingested catalog (default: the bundled sample, generated into WORKDIR/sample);
# for the full catalog first run src/bench/api-vs-backend.sh /tmp/full and pass /tmp/full/catalog.
# Each setting starts a fresh platform (embedded Lucene and PostgreSQL, -Xmx2g) pinned to CPU 1;
# `hey` (Debian package hey) pinned to CPU 0 sends GET /api/search for each of QUERIES in turn for
# DURATION seconds at concurrency 1 and 8, after a warm-up; p50/p99 are over every answer of a
# concurrency level (hey's CSV), non-200 answers counted apart.
# Environment: BENCH_PORT (8101), DURATION (seconds per query and level, 5), SETTINGS (off on off
# on), APP (search-api/target/quarkus-app; SKIP_BUILD=1 uses it as it is), SAMPLE_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="${2:-/tmp/search-log-bench}"
port="${BENCH_PORT:-8101}"
duration="${DURATION:-5}"
app="${APP:-search-api/target/quarkus-app}"
sample_jar="${SAMPLE_JAR:-catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar}"
# Catalog words, a maker and a word, a typo the correction fixes (보쒸), shop-floor words the
# vocabulary expands (기리, 노기스), a query nothing matches.
QUERIES=(${QUERIES:-드릴 보쉬_드릴 그라인더 보쒸 기리 노기스 뚝딱이없는말})
# Percent-encoded (the API refuses raw UTF-8 in a URL); _ stands for a space in QUERIES.
uri() { printf '%s' "${1//_/ }" | jq -sRr @uri; }
mkdir -p "$work"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
    -pl search-api,catalog-sample -am package
fi
catalog="${1:-$work/sample/catalog}"
if [ ! -f "$catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar "$sample_jar" ensure --data "$work/sample"
fi

platform=""
stop_platform() {
  if [ -n "$platform" ]; then
    kill "$platform" 2>/dev/null || true
    wait "$platform" 2>/dev/null || true
    platform=""
  fi
}
trap stop_platform EXIT

# p50 and p99 in ms of the 200 answers of hey CSV files; the count of others.
percentiles() {
  cat "$@" | awk -F, '$1 ~ /^[0-9.]+$/ { if ($7 == 200) print $1 * 1000; else bad++ }
    END { if (bad) print "non-200 " bad > "/dev/stderr" }' | sort -n | awk '
    { a[NR] = $1 } END { i99 = int(NR * 0.99 + 0.999); if (i99 < 1) i99 = 1
      printf "n %d  p50 %.2f ms  p99 %.2f ms\n", NR, a[int((NR + 1) / 2)], a[i99] }'
}

# $1: on or off, $2: the run's number
run() {
  local data="$work/data-$1-$2"
  rm -rf "$data"
  mkdir -p "$data"
  CATALOG_DATA_DIR="$data" CATALOG_BOOTSTRAP_CATALOG_DIR="$catalog" \
    taskset -c 1 "$JAVA_HOME/bin/java" -Dquarkus.profile=embedded -Dquarkus.http.port="$port" \
    -Dcatalog.search-log.enabled="$([ "$1" = on ] && echo true || echo false)" \
    --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g \
    -jar "$app/quarkus-run.jar" > "$data.log" 2>&1 &
  platform=$!
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
    sleep 1
  done
  for q in "${QUERIES[@]}"; do
    taskset -c 0 hey -z 3s -c 4 "http://127.0.0.1:$port/api/search?q=$(uri "$q")" > /dev/null
  done
  for c in 1 8; do
    local out="$work/log-$1-run$2-c$c"
    rm -f "$out".*.csv
    local i=0
    for q in "${QUERIES[@]}"; do
      i=$((i + 1))
      taskset -c 0 hey -z "${duration}s" -c "$c" -o csv \
        "http://127.0.0.1:$port/api/search?q=$(uri "$q")" > "$out.$i.csv"
    done
    echo "search log $1 (run $2), concurrency $c: $(percentiles "$out".*.csv)"
  done
  if [ "$1" = on ]; then
    curl -fsS "http://127.0.0.1:$port/q/metrics" | grep '^catalog_search_log' || true
  fi
  stop_platform
}

n=0
for setting in ${SETTINGS:-off on off on}; do
  n=$((n + 1))
  run "$setting" "$n"
done
