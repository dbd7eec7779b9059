#!/usr/bin/env bash
# Runs a command of the tools module (catalog-tools) from the project root, with a JDK >= 21.
# Usage: src/tools/run-tool.sh relevance ../shared/data/icecat-chorus/judgments-dev.csv [--ranked]
#        src/tools/run-tool.sh korean-relevance --catalog DIR [--icecat ../shared/data/icecat-chorus/judgments-dev.csv] [--ranked]
#          (the judged Korean query set on an ingested catalog, vocabulary on and off, and a baseline)
#        src/tools/run-tool.sh benchmark [--size FULL|SAMPLE] [--requests N] [--concurrency 1,8]
#        src/tools/run-tool.sh load --api http://127.0.0.1:8080 --catalog DIR [--mix default|search|k=w,..]
#          (replays a request mix against a running platform; kr.catalog.search.load.LoadCommand)
#        src/tools/run-tool.sh load-suite --catalog DIR --app JAR --work DIR ...
#          (the whole load suite; use src/bench/load-suite.sh, which builds and pins first)
#        src/tools/run-tool.sh peers --catalog DIR --app JAR --work DIR ...
#          (the peer benchmark: Meilisearch, OpenSearch, Solr; use src/bench/peers.sh, docs/PEERS.md)
#        src/tools/run-tool.sh --with-test-elasticsearch relevance|korean-relevance|benchmark ...
#          (also measures Elasticsearch on a node started by the test harness; no other
#           Elasticsearch runs on these machines. Add --elasticsearch=host:port,... instead to
#           use a running cluster.)
# Set JAVA_OPTS for the JVM (default -Xmx2g). Compiles the module and its upstream modules first.
# Relative paths in the arguments are taken from the project root.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh

main=""
case "${1:-}" in
  --with-test-elasticsearch) main=kr.catalog.search.tools.WithTestElasticsearch; shift ;;
  relevance) main=kr.catalog.search.tools.RelevanceCommand; shift ;;
  korean-relevance) main=kr.catalog.search.tools.KoreanRelevanceCommand; shift ;;
  benchmark) main=kr.catalog.search.tools.BenchmarkCommand; shift ;;
  load) main=kr.catalog.search.load.LoadCommand; shift ;;
  load-suite) main=kr.catalog.search.load.LoadSuite; shift ;;
  peers) main=kr.catalog.search.load.PeerSuite; shift ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac

# One Maven session: the reactor resolves the project's own modules from their target/classes
# only when their compile ran in the same session (a separate dependency:build-classpath call
# fails offline with "Could not find artifact kr.catalog:catalog-model").
./mvnw -B -q -o -Dspotless.check.skip=true -Dforbiddenapis.skip=true -pl src/tools -am test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/tool-classpath.txt
# The project's own modules come from their target/classes (the reactor put them there, whatever
# the modules are), never from a local repository copy.
if tr ':' '\n' < src/tools/target/tool-classpath.txt | grep -q '/\.m2/.*/kr/catalog/'; then
  echo "run-tool.sh: a project module resolved from ~/.m2 instead of the reactor" >&2
  exit 1
fi
cp="src/tools/target/test-classes:src/tools/target/classes:$(cat src/tools/target/tool-classpath.txt)"

exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx2g} \
  --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dcatalog.test.servers.dir="$PWD/src/tools/target/test-servers" \
  -cp "$cp" "$main" "$@"
