#!/usr/bin/env bash
# Load benchmark of the API against the raw search backend, same queries, same run, full catalog.
#
#   src/bench/api-vs-backend.sh [WORKDIR]        (default WORKDIR: /tmp/catalog-bench)
#
# 1. generates and ingests the full 133,323-item catalog into WORKDIR (skipped when present);
# 2. starts the platform (embedded Lucene) on that catalog, pinned to CPU 1;
# 3. runs src/tools/run-tool.sh benchmark pinned to CPU 0: the raw Lucene backend on the same catalog,
#    then the same requests over HTTP to the API; prints p50/p99 per kind and the API/raw ratios.
# The platform is stopped at the end, also on failure. Figures go to docs/BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="${1:-/tmp/catalog-bench}"
port="${BENCH_PORT:-8091}"
mkdir -p "$work"

. src/bench/lib/full-catalog.sh
ensure_full_catalog "$work"
start_platform "$work" "$work/platform" "$port"

JAVA_OPTS="-Xmx2g" taskset -c 0 src/tools/run-tool.sh benchmark --catalog "$work/catalog" \
  --api "http://127.0.0.1:$port" "${@:2}"
