# Shared by the benchmark scripts in src/bench (sourced, after `cd` to the project root and
# `. .mvn/select-jdk.sh`): the full catalog and the platform serving it.

# Generates and ingests the full 133,323-item catalog into $1 unless $1/catalog is already there.
ensure_full_catalog() {
  local work="$1"
  ./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
    -pl catalog-sample -am package
  # catalog-sample's command line: its own generate, and the ingest's ingest.
  local jar=catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar
  if [ ! -f "$work/catalog/manifest.json" ]; then
    "$JAVA_HOME/bin/java" -jar "$jar" generate --size full --out "$work/feeds"
    "$JAVA_HOME/bin/java" -jar "$jar" ingest --feeds "$work/feeds" --out "$work" --no-progress
  fi
}

# Starts the platform (embedded Lucene, ./run.sh) on the catalog $1/catalog with a fresh data
# directory $2 and port $3, pinned to CPU 1, logging to $2.log; waits until it is ready and stops
# it when the calling script exits. Sets $platform to its pid.
start_platform() {
  local work="$1" data="$2" port="$3"
  rm -rf "$data"
  CATALOG_DATA_DIR="$data" CATALOG_BOOTSTRAP_CATALOG_DIR="$work/catalog" PORT="$port" \
    JAVA_OPTS="-Xmx2g" taskset -c 1 ./run.sh > "$data.log" 2>&1 &
  platform=$!
  # shellcheck disable=SC2064 # the port is fixed now, on purpose
  trap "kill $platform 2>/dev/null; pkill -f 'quarkus.http.port=$port' 2>/dev/null || true" EXIT
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null
}
