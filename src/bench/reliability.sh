#!/usr/bin/env bash
# The reliability suite of issue #9 (docs/RELIABILITY.md), long versions, in one command:
#
#   src/bench/reliability.sh            long versions: 10,000 hostile requests, the killed ingest with
#                                       more media and four kills, the killed reindex of the printed
#                                       catalog's size (133,323 products), the packaged quick start
#                                       killed with its PostgreSQL 100 times under orders (issue 14,
#                                       about 35 minutes)
#   src/bench/reliability.sh --short    the short versions, exactly as `./mvnw verify` runs them
#   src/bench/reliability.sh --with-load [WORKDIR]
#                                       the whole issue-9 suite: the long versions above, then the
#                                       load suite on the full catalog (src/bench/load-suite.sh:
#                                       Lucene, the 3-node Elasticsearch cluster with a node killed,
#                                       the PostgreSQL full-text peer); WORKDIR as in load-suite.sh
#
# Runs only the reliability tests of each module, against the real servers of the test harness, and
# prints the figures the tests wrote under <module>/target/reliability/.
set -euo pipefail
cd "$(dirname "$0")/../.."

long=(-Dcatalog.fuzz=true -Dcatalog.faults.long=true -Dcatalog.faults.reindex-products=133323
  -Dcatalog.durability.kills=100)
with_load=""
case "${1:-}" in
  --short) long=() ;;
  --with-load) with_load="${2:-/tmp/catalog-load}" ;;
  "") ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac

tests='KilledIngestTest,SupplierRowsIngestTest,AssetExtractorTest,ExtractingAssetStepTest'
tests+=',LuceneReindexWhileServingTest'
# Tests that start servers are failsafe's (*IT, run in integration-test), named apart.
its='ElasticsearchReindexWhileServingIT,KilledReindexIT'
its+=',HostileRequestsIT,MalformedInputProblemsIT,SearchBackendDownIT'
its+=',SearchBackendStopStartIT,DatabaseRestartIT'

# The durability tests start the packaged platform, so they are failsafe tests (*IT) too.
its+=',QuickStartDurabilityIT,ProductionDurabilityIT'

./mvnw -B -o -pl catalog-ingest,catalog-sample,indexer/backend-lucene,indexer/backend-elasticsearch,search-api -am verify \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$tests" \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="$its" "${long[@]}"

echo
echo "== Figures (machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
  "$(. /etc/os-release && echo "$PRETTY_NAME"); load average now: $(cut -d' ' -f1-3 /proc/loadavg)) =="
for f in catalog-ingest/target/reliability/*.txt catalog-sample/target/reliability/*.txt \
  indexer/*/target/reliability/*.txt \
  search-api/target/reliability/*.txt; do
  [ -f "$f" ] && printf '%s: %s' "$f" "$(cat "$f")" && echo
done

if [ -n "$with_load" ]; then
  echo
  echo "== Load suite (docs/LOAD.md) =="
  src/bench/load-suite.sh "$with_load"
fi
