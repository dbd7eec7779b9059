# The API image, built from this repository (docker-compose.yml: service "api").
# Stage 1 builds the Quarkus app with the prod profile (PostgreSQL); stage 2 runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
      -pl search-api -am package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1001 --home-dir /app catalog && mkdir -p /app/data && chown catalog /app/data
WORKDIR /app
COPY --from=build --chown=catalog /src/search-api/target/quarkus-app/ /app/
USER catalog
EXPOSE 8080
ENV JAVA_OPTS_APPEND="--add-modules jdk.incubator.vector"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -Dquarkus.http.host=0.0.0.0 -jar /app/quarkus-run.jar"]
