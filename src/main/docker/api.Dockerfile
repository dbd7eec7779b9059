# The API image, built from this repository (docker-compose.yml: service "api").
# Stage 1 builds the Quarkus app with the prod profile (PostgreSQL) and catalog-sample's command
# line; stage 2 runs the app on a JRE. The sample tool lives beside the app (/app/sample), not on
# its class path: with CATALOG_LOAD_SAMPLE=true it writes the bundled sample catalog into
# /app/data/catalog before the API starts, once, as ./run.sh does for the quick start.
# The image serves health, metrics and OpenAPI on the management interface (port 9000) only, never
# on 8080 where nginx sends the public: a build-time switch in Quarkus, hence on the build line.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
      -Dquarkus.management.enabled=true -pl search-api,catalog-sample -am package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1001 --home-dir /app catalog && mkdir -p /app/data && chown catalog /app/data
WORKDIR /app
COPY --from=build --chown=catalog /src/search-api/target/quarkus-app/ /app/
COPY --from=build --chown=catalog /src/catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar /app/sample/catalog-sample.jar
COPY --from=build --chown=catalog /src/catalog-sample/target/lib/ /app/sample/lib/
USER catalog
EXPOSE 8080 9000
ENV JAVA_OPTS_APPEND="--add-modules jdk.incubator.vector"
ENTRYPOINT ["sh", "-c", "if [ \"$CATALOG_LOAD_SAMPLE\" = true ] && [ -z \"$CATALOG_BOOTSTRAP_CATALOG_DIR\" ] && [ ! -f \"${CATALOG_DATA_DIR:-/app/data}/catalog/manifest.json\" ]; then java -jar /app/sample/catalog-sample.jar ensure --data \"${CATALOG_DATA_DIR:-/app/data}\" || exit 1; fi; exec java $JAVA_OPTS_APPEND -Dquarkus.http.host=0.0.0.0 -Dquarkus.management.host=0.0.0.0 -jar /app/quarkus-run.jar"]
