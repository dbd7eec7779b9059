#!/usr/bin/env bash
# Start-up time and order latency of the quick start (docs/RELIABILITY.md, "Durability of
# confirmed orders"): the packaged platform on the embedded profile, on a fresh data directory.
#
#   src/bench/quick-start-durability.sh [APP_DIR] [WORKDIR]
#
# APP_DIR: a quarkus-app directory (default search-api/target/quarkus-app, built by ./run.sh or
# ./mvnw package); pass a copy of an older build (e.g. the H2 quick start) to compare.
# Prints: first start (sample catalog generated, database created) until /q/health/ready, a later
# start on the same data after a normal stop, then the latency of 400 orders from 4 clients
# (after 100 not counted), measured by src/bench/lib/OrderLatency.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
app="$(cd "${1:-search-api/target/quarkus-app}" && pwd)"
work="${2:-$(mktemp -d /tmp/catalog-qs-bench.XXXXXX)}"
port="${PORT:-18380}"
mkdir -p "$work"
chmod 755 "$work"

start() {
  local t0 t1
  t0=$(date +%s%N)
  (cd "$work" && exec "$JAVA_HOME/bin/java" -Dquarkus.profile=embedded -Dquarkus.http.port="$port" \
    --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -jar "$app/quarkus-run.jar" >>"$work/platform.log" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "platform died, see $work/platform.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  echo "$1: $(( (t1 - t0) / 1000000 )) ms until ready"
}

stop() { kill "$pid"; wait "$pid" || true; }

echo "== $app (work: $work; load average $(cut -d' ' -f1-3 /proc/loadavg))"
start "first start"
stop
start "later start"
"$JAVA_HOME/bin/java" src/bench/lib/OrderLatency.java "http://127.0.0.1:$port" 400 4 100
stop
