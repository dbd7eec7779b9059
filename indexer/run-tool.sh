#!/usr/bin/env bash
# Runs a command of the indexer module from the project root, with a JDK >= 21.
# Usage: indexer/run-tool.sh relevance ../shared/data/icecat-chorus/judgments-dev.csv [--ranked]
#        indexer/run-tool.sh benchmark [--size FULL|SAMPLE] [--requests N] [--concurrency 1,8]
#        indexer/run-tool.sh --with-test-elasticsearch relevance|benchmark ...
#          (also measures Elasticsearch on a node started by the test harness; no other
#           Elasticsearch runs on these machines. Add --elasticsearch=host:port,... instead to
#           use a running cluster.)
# Set JAVA_OPTS for the JVM (default -Xmx2g). Compiles the module and its upstream modules first.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh

main=""
case "${1:-}" in
  --with-test-elasticsearch) main=kr.catalog.search.tools.WithTestElasticsearch; shift ;;
  relevance) main=kr.catalog.search.tools.RelevanceCommand; shift ;;
  benchmark) main=kr.catalog.search.tools.BenchmarkCommand; shift ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac

# One reactor run, so the sibling modules resolve from the reactor even on a fresh machine whose
# local repository holds none of them (nothing is ever installed there).
./mvnw -B -q -o -Dspotless.check.skip=true -Dforbiddenapis.skip=true -pl indexer -am \
  test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/tool-classpath.txt
# The project's own modules come from their target/classes, never from a local repository copy.
deps=$(tr ':' '\n' < indexer/target/tool-classpath.txt | grep -v '/kr/catalog/' | paste -sd: -)
cp="indexer/target/test-classes:indexer/target/classes:catalog-ingest/target/classes:src/test-harness/target/classes:$deps"

exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx2g} \
  --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dcatalog.test.servers.dir="$PWD/indexer/target/test-servers" \
  -cp "$cp" "$main" "$@"
