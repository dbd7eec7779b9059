#!/usr/bin/env bash
# Live signals (issue #15, docs/adr/0008-live-signals.md): the time from a stock change to search.
# Against a running platform with the demo accounts (./run.sh, any catalog, any backend): takes the
# first in-stock product, then N times sets its stock to zero or back (PUT /api/stock/{code} as the
# warehouse account) and polls /api/search?q=CODE&flag=in-stock every 10 ms until the product has
# left or rejoined the filter. The clock starts when the PUT is answered (the change committed).
# Prints every latency to $OUT and p50/p99/max to stdout; restores the stock at the end.
# Usage: src/bench/live-signals.sh [BASE_URL] [N]
#   e.g. CATALOG_BOOTSTRAP_CATALOG_DIR=/tmp/full/out/catalog CATALOG_DATA_DIR=/tmp/ls PORT=18095 ./run.sh
#        src/bench/live-signals.sh http://localhost:18095 100
set -euo pipefail
base="${1:-http://localhost:8080}"
n="${2:-100}"
out="${OUT:-target/live-signals-latencies.txt}"
mkdir -p "$(dirname "$out")"
: >"$out"

token=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"username":"warehouse","password":"warehouse-demo"}' "$base/api/auth/login" | jq -r .token)
code=$(curl -sf "$base/api/search?flag=in-stock&size=1" | jq -r '.hits[0].code')
enc=$(jq -rn --arg c "$code" '$c|@uri')
stock() { curl -sf -H "Authorization: Bearer $token" "$base/api/stock/$enc"; }
set_on_hand() {
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"onHand\":$1}" "$base/api/stock/$enc"
}
in_stock() {
  curl -sf "$base/api/search?q=$enc&flag=in-stock&size=100" |
    jq -e --arg c "$code" '[.hits[].code] | index($c) != null' >/dev/null
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

before=$(stock | jq .onHand)
echo "product $code, on hand $before, $n changes against $base"
for ((i = 0; i < n; i++)); do
  reserved=$(stock | jq .reserved)
  if ((i % 2 == 0)); then target=$reserved; want=1; else target=$((reserved + 3)); want=0; fi
  set_on_hand "$target"
  t0=$(now_ms)
  # want=1: wait until it is no longer in stock; want=0: until it is again.
  while true; do
    if in_stock; then found=0; else found=1; fi
    [ "$found" = "$want" ] && break
    if (($(now_ms) - t0 > 10000)); then echo "change $i not searchable after 10 s" >&2; exit 1; fi
    sleep 0.01
  done
  echo $(($(now_ms) - t0)) >>"$out"
done
reserved=$(stock | jq .reserved)
set_on_hand $((before > reserved ? before : reserved))
sort -n "$out" | awk '{a[NR]=$1} END {
  p50=a[int((NR+1)/2)]; i99=int(NR*0.99+0.999); if (i99<1) i99=1;
  printf "changes %d, p50 %d ms, p99 %d ms, max %d ms\n", NR, p50, a[i99], a[NR] }'
