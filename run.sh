#!/usr/bin/env bash
# Runs the platform on its embedded defaults: Lucene index and the platform's own PostgreSQL under
# ./data (started on first use, durable: fsync and synchronous commit on, ADR 0005), the bundled
# sample catalog generated and ingested into ./data by catalog-sample on first start (the API
# itself only serves the catalog it finds), API and UI on http://localhost:8080. As root,
# PostgreSQL runs as the system user catalogdb (created on first start: PostgreSQL refuses root).
# Usage: ./run.sh            (build if needed, then start)
#        PORT=9090 ./run.sh  (another port)
#        CATALOG_BOOTSTRAP_CATALOG_DIR=/path/to/catalog ./run.sh   (serve a catalog written by
#                            catalog-ingest instead of the sample; any catalog.* key works this way)
#        JAVA_OPTS="-Xmx2g" ./run.sh                               (extra JVM options)
set -euo pipefail
cd "$(dirname "$0")"
. .mvn/select-jdk.sh

# The same build as production and ./mvnw verify (PostgreSQL in every profile); the embedded
# profile at run time makes it start its own PostgreSQL. Tests and formatting checks belong to
# ./mvnw verify.
./mvnw -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true \
  -Dforbiddenapis.skip=true -pl search-api,catalog-sample -am package

# First start: the sample feeds into ./data/feeds, the catalog into ./data/catalog and ./data/media,
# with catalog-sample's command line (the generator, POI and Tika stay off the API's class path).
# Skipped when a catalog is there already or another one is configured.
data="${CATALOG_DATA_DIR:-data}"
mkdir -p "$data"
if [ -z "${CATALOG_BOOTSTRAP_CATALOG_DIR:-}" ] && [ ! -f "$data/catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar \
    ensure --data "$data"
fi
exec "$JAVA_HOME/bin/java" \
  -Dquarkus.profile=embedded \
  -Dquarkus.http.port="${PORT:-8080}" \
  --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  ${JAVA_OPTS:-} \
  -jar search-api/target/quarkus-app/quarkus-run.jar
