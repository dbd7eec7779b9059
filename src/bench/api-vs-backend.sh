#!/usr/bin/env bash
# Load benchmark of the API against the raw search backend, same queries, same run, full catalog.
#
#   src/bench/api-vs-backend.sh [WORKDIR]        (default WORKDIR: /tmp/catalog-bench)
#
# 1. generates and ingests the full 133,323-item catalog into WORKDIR (skipped when present);
# 2. starts the platform (embedded Lucene) on that catalog, pinned to CPU 1;
# 3. runs indexer/run-tool.sh benchmark pinned to CPU 0: the raw Lucene backend on the same catalog,
#    then the same requests over HTTP to the API; prints p50/p99 per kind and the API/raw ratios.
# The platform is stopped at the end, also on failure. Figures go to docs/BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="${1:-/tmp/catalog-bench}"
port="${BENCH_PORT:-8091}"
mkdir -p "$work"

./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
  -pl catalog-ingest -am package
jar=catalog-ingest/target/catalog-ingest-0.1.0-SNAPSHOT.jar
if [ ! -f "$work/catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar "$jar" generate --size full --out "$work/feeds"
  "$JAVA_HOME/bin/java" -jar "$jar" ingest --feeds "$work/feeds" --out "$work" --no-progress
fi

rm -rf "$work/platform"
CATALOG_DATA_DIR="$work/platform" CATALOG_BOOTSTRAP_CATALOG_DIR="$work/catalog" PORT="$port" \
  JAVA_OPTS="-Xmx2g" taskset -c 1 ./run.sh > "$work/platform.log" 2>&1 &
platform=$!
trap 'kill "$platform" 2>/dev/null; pkill -f "quarkus.http.port=$port" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null

JAVA_OPTS="-Xmx2g" taskset -c 0 indexer/run-tool.sh benchmark --catalog "$work/catalog" \
  --api "http://127.0.0.1:$port" "${@:2}"
