#!/usr/bin/env bash
# Lighthouse 12.2 (npm, pinned) in Debian's headless Chromium on the search, product and e-book
# pages of a running platform (issue 16, point 5): performance and accessibility scores, largest
# contentful paint, cumulative layout shift, total blocking time; reports in OUT (JSON and HTML).
#
#   src/bench/lighthouse.sh [BASE_URL] [OUT]
#       BASE_URL  default http://127.0.0.1:8080 (./run.sh; for the full catalog start the platform
#                 with CATALOG_BOOTSTRAP_CATALOG_DIR, see src/bench/lib/full-catalog.sh)
#       OUT       default target/lighthouse
#   LH_PRESET=desktop src/bench/lighthouse.sh   (default: Lighthouse's mobile emulation,
#                 a 412 px wide phone on a throttled 4G link, its own default)
#   LH_RUNS=3 (default): each page is measured this many times and the median score is printed.
# Needs Node.js 20+, npm (the npm registry) and /usr/bin/chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
base="${1:-http://127.0.0.1:8080}"
out="$(realpath -m "${2:-target/lighthouse}")"
runs="${LH_RUNS:-3}"
preset="${LH_PRESET:-mobile}"
lighthouse="lighthouse@12.2.3"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"

# A product to open: the first hit of a typical query; the e-book at its first product page.
code="$(curl -fsS "$base/api/search?q=%EB%93%9C%EB%A6%B4&size=1" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).hits[0].code))')"
book_page="$(curl -fsS "$base/api/ebooks" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].id))')"
page_index="$(curl -fsS "$base/api/ebooks/$book_page/labels/A-1" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).index))')"
declare -A pages=(
  [search]="$base/?q=%EB%93%9C%EB%A6%B4"
  [product]="$base/product.html?code=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$code")"
  [ebook]="$base/ebook.html?book=$book_page&page=$page_index"
)
flags=(--only-categories=performance,accessibility --output=json --output=html --quiet
  "--chrome-flags=--headless=new --no-sandbox --disable-gpu")
[ "$preset" = desktop ] && flags+=(--preset=desktop)

printf '%-8s %5s %5s %8s %6s %7s  %s\n' page perf a11y "LCP ms" CLS "TBT ms" url
for name in search product ebook; do
  for run in $(seq 1 "$runs"); do
    npx --yes "$lighthouse" "${pages[$name]}" "${flags[@]}" \
      --output-path="$out/$name-$run" >/dev/null 2>"$out/$name-$run.log"
  done
  # The median run by performance score, as Lighthouse's own docs advise for noisy machines.
  node -e '
    const fs = require("fs");
    const [out, name, runs, url] = process.argv.slice(1);
    const rs = [];
    for (let i = 1; i <= Number(runs); i++) {
      const r = JSON.parse(fs.readFileSync(`${out}/${name}-${i}.report.json`, "utf8"));
      rs.push({
        perf: Math.round(r.categories.performance.score * 100),
        a11y: Math.round(r.categories.accessibility.score * 100),
        lcp: Math.round(r.audits["largest-contentful-paint"].numericValue),
        cls: r.audits["cumulative-layout-shift"].numericValue.toFixed(3),
        tbt: Math.round(r.audits["total-blocking-time"].numericValue),
      });
    }
    rs.sort((a, b) => a.perf - b.perf);
    const m = rs[Math.floor(rs.length / 2)];
    console.log(`${name.padEnd(8)} ${String(m.perf).padStart(5)} ${String(m.a11y).padStart(5)} ` +
      `${String(m.lcp).padStart(8)} ${m.cls.padStart(6)} ${String(m.tbt).padStart(7)}  ${url}`);
  ' "$out" "$name" "$runs" "${pages[$name]}"
done
