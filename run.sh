#!/usr/bin/env bash
# Runs the platform on its embedded defaults: Lucene index and the platform's own PostgreSQL under
# ./data (started on first use, durable: fsync and synchronous commit on, ADR 0005), the bundled
# sample catalog ingested on first start, API and UI on http://localhost:8080. As root, PostgreSQL
# runs as the system user catalogdb (created on first start: PostgreSQL refuses root).
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
  -Dforbiddenapis.skip=true -pl search-api -am package

mkdir -p data
exec "$JAVA_HOME/bin/java" \
  -Dquarkus.profile=embedded \
  -Dquarkus.http.port="${PORT:-8080}" \
  --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  ${JAVA_OPTS:-} \
  -jar search-api/target/quarkus-app/quarkus-run.jar
