#!/usr/bin/env bash
# The load suite of issue 9, one command, on the full 133,323-item catalog:
#
#   src/bench/load-suite.sh [WORKDIR] [load-suite options]    (default WORKDIR: /tmp/catalog-load)
#
# 1. builds catalog-sample (the generator, with the ingest), the platform (search-api, embedded
#    profile, like ./run.sh) and the tools module (src/tools, compiled by run-tool.sh);
# 2. generates and ingests the full catalog with the printed catalog book into WORKDIR (skipped
#    when WORKDIR/catalog is there; --media-every 100000 keeps manuals and drawings to a handful,
#    the 389-page book is what the e-book requests need);
# 3. runs kr.catalog.search.load.LoadSuite (src/tools/run-tool.sh load-suite), pinned to CPU 0 while
#    the platform and every server it starts are pinned to CPU 1 (on a machine with 2 or more
#    CPUs; LOAD_PIN=0 turns pinning off):
#      - the platform on embedded Lucene: the full mix, then the search-only mix;
#      - PostgreSQL 18 full-text search (the harness's server) loaded with the same catalog: the
#        same search-only mix;
#      - a 3-node Elasticsearch cluster from the test harness, the platform on it with 1 replica:
#        the full mix, the search-only mix, and the full mix again (180 s) while the elected
#        master is killed with SIGKILL a sixth into the run and started again at a third;
#    and prints per-endpoint tables, the fault figures and the ratios ours/peer.
# Reports (tables, JSON per run, summary.txt) go to WORKDIR/results; logs to WORKDIR. Options after
# WORKDIR go to LoadSuite, e.g. --duration 60 --concurrency 8 --phases lucene,postgresql.
# Every server is stopped at the end, also on failure (the platform by the suite, the harness's
# servers when the suite's JVM exits).
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="$(realpath -m "${1:-/tmp/catalog-load}")"
shift || true
mkdir -p "$work"

./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true \
  -Dforbiddenapis.skip=true -pl catalog-sample,search-api -am package
# catalog-sample's command line: its own generate, and the ingest's ingest.
jar=catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar
if [ ! -f "$work/catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar "$jar" generate --size full --media --media-every 100000 \
    --no-progress --out "$work/feeds"
  "$JAVA_HOME/bin/java" -jar "$jar" ingest --feeds "$work/feeds" --out "$work" --no-progress
fi

client="" servers=""
if [ "${LOAD_PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then
  client="taskset -c 0"
  servers="1"
fi
echo "# machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}" $client src/tools/run-tool.sh load-suite \
  --catalog "$work/catalog" --app search-api/target/quarkus-app/quarkus-run.jar \
  --work "$work" --server-cpus "$servers" "$@"
