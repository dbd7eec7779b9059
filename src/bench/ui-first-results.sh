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

. src/bench/lib/full-catalog.sh
ensure_full_catalog "$work"
start_platform "$work" "$work/platform-ui" "$port"

taskset -c 0 ./mvnw -B -q -o -pl search-api -am test \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FirstResultsBenchmark \
  -Dcatalog.ui.benchmark.url="http://127.0.0.1:$port"
cat search-api/target/benchmarks/ui-first-results.txt
