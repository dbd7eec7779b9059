#!/usr/bin/env bash
# Time to the first search results in a real headless Chromium, on the full catalog (issue #8):
#
#   src/bench/ui-first-results.sh [WORKDIR]      (default WORKDIR: /tmp/catalog-bench)
#
# 1. generates and ingests the full 133,323-item catalog into WORKDIR (skipped when present);
# 2. starts the platform (embedded Lucene, like ./run.sh) on it, pinned to CPU 1;
# 3. runs search-api's FirstResultsBenchmark pinned to CPU 0: Chromium opens the search page for
#    20 typical queries, 5 rounds, and reads the page's own "first-results" performance mark;
#    prints cold and warm p50/p90/p99/max (also in search-api/target/benchmarks/).
# Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="$(realpath -m "${1:-/tmp/catalog-bench}")"
port="${BENCH_PORT:-8092}"
mkdir -p "$work"

./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
  -pl catalog-ingest -am package
jar=catalog-ingest/target/catalog-ingest-0.1.0-SNAPSHOT.jar
if [ ! -f "$work/catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar "$jar" generate --size full --out "$work/feeds"
  "$JAVA_HOME/bin/java" -jar "$jar" ingest --feeds "$work/feeds" --out "$work" --no-progress
fi

rm -rf "$work/platform-ui"
CATALOG_DATA_DIR="$work/platform-ui" CATALOG_BOOTSTRAP_CATALOG_DIR="$work/catalog" PORT="$port" \
  JAVA_OPTS="-Xmx2g" taskset -c 1 ./run.sh > "$work/platform-ui.log" 2>&1 &
platform=$!
trap 'kill "$platform" 2>/dev/null; pkill -f "quarkus.http.port=$port" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null

taskset -c 0 ./mvnw -B -q -o -pl search-api -am test \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FirstResultsBenchmark \
  -Dcatalog.ui.benchmark.url="http://127.0.0.1:$port"
cat search-api/target/benchmarks/ui-first-results.txt
