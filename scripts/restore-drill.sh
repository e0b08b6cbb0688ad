#!/usr/bin/env bash
# Backup and restore drill (issue 16, ADR 0044); not part of the test command. Needs root (throwaway clusters, as
# scripts/postgres.sh starts them, on their own ports from 56432 and their own folders: never the dev cluster).
#   scripts/restore-drill.sh [--sqlite] [--incidents N]
# PostgreSQL (default): a cluster with the demo data (and N synthetic incidents with --incidents, via generate-volume),
# the app on it, a writer posting reports to the API and recording each id acknowledged (201); pg_dump -Fc while it
# writes; pg_restore into a fresh cluster; verify-audit there; every id acknowledged before the dump began present;
# the app started on the restored database. --sqlite: the same with the backup verb and a copied file.
# Prints the backup and restore times and sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mode=postgres incidents=0
while (($#)); do
  case "$1" in
    --sqlite) mode=sqlite ;;
    --incidents) incidents=$2; shift ;;
    *) echo "Usage: $0 [--sqlite] [--incidents N]" >&2; exit 2 ;;
  esac
  shift
done
work=$(mktemp -d /tmp/cims-drill-XXXX)
chmod 755 "$work"
app_pid="" writer_pid="" clusters=()
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
cleanup() {
  [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  for data in "${clusters[@]}"; do CIMS_PGDATA=$data cims_pg_stop; done
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f s", b - a }'; }
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

# A fresh cluster via scripts/postgres.sh; prints nothing, sets $port.
new_cluster() {
  unset CIMS_TEST_POSTGRES CIMS_PGDATA CIMS_PGREPLICA
  CIMS_PGPORT=$1
  cims_pg_start >/dev/null
  clusters+=("$CIMS_PGDATA")
  port=$CIMS_PGPORT
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE cims OWNER cims"
}

dotnet build src/Cims.Web -c Release -v q -nologo >/dev/null
dll="$root/src/Cims.Web/bin/Release/net10.0/Cims.Web.dll"
export ASPNETCORE_ENVIRONMENT=Development Cims__LogToFile=false Api__RateLimit__PerMinute=1000000 Cims__DataFolder="$work/app"
cims() { (cd "$root/src/Cims.Web" && dotnet "$dll" "$@"); }

start_app() {
  cims --urls http://127.0.0.1:5399 >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf http://127.0.0.1:5399/health/ready >/dev/null && return 0; sleep 1; done
  echo "The app did not start: $work/app-$1.log" >&2; tail -20 "$work/app-$1.log" >&2; return 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

# Posts the OpenAPI document's example report again and again as the demo API client; one line per 201: the id.
start_writer() {
  python3 - "$work/acked" <<'PY' &
import json, sys, urllib.request, urllib.parse, uuid
base = "http://127.0.0.1:5399"
form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "agency-one-demo", "client_secret": "Cims-Demo-2026!"}).encode()
token = json.load(urllib.request.urlopen(base + "/connect/token", form))["access_token"]
doc = json.load(urllib.request.urlopen(base + "/openapi/v1.json"))
body = json.dumps(doc["paths"]["/api/v1/incidents"]["post"]["requestBody"]["content"]["application/json"]["example"]).encode()
with open(sys.argv[1], "a") as acked:
    while True:
        request = urllib.request.Request(base + "/api/v1/incidents", body, {"Authorization": "Bearer " + token,
            "Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())})
        with urllib.request.urlopen(request) as response:
            if response.status == 201:
                acked.write(str(json.load(response)["id"]) + "\n"); acked.flush()
PY
  writer_pid=$!
  touch "$work/acked"
  until [ "$(wc -l <"$work/acked")" -ge 20 ]; do kill -0 "$writer_pid" || { echo "The writer stopped." >&2; return 1; }; sleep 0.2; done
}
stop_writer() { sleep 2; kill "$writer_pid"; wait "$writer_pid" 2>/dev/null || true; writer_pid=""; }

# Every id acknowledged before the backup began, checked against the ids the restored database holds.
check_ids() {
  sort -u "$work/before" >"$work/before.sorted"; sort -u "$1" >"$work/restored.sorted"
  local missing; missing=$(comm -23 "$work/before.sorted" "$work/restored.sorted" | wc -l)
  echo "Acknowledged before the backup: $(wc -l <"$work/before.sorted"), missing from the restore: $missing; acknowledged in all: $(wc -l <"$work/acked")."
  [ "$missing" = 0 ]
}

if [ "$mode" = postgres ]; then
  new_cluster 56432; source_port=$port
  export Database__Provider=Postgres ConnectionStrings__Cims="Host=127.0.0.1;Port=$source_port;Database=cims;Username=cims;Password=cims"
  if [ "$incidents" -gt 0 ]; then cims generate-volume --incidents "$incidents" | tail -1; else cims migrate >/dev/null; fi
  start_app source; start_writer
  head -n "$(wc -l <"$work/acked")" "$work/acked" >"$work/before"
  t0=$(now); pg_dump -h 127.0.0.1 -p "$source_port" -U cims -Fc -f "$work/cims.dump" cims; t1=$(now)
  stop_writer; stop_app
  new_cluster 56442; target_port=$port
  t2=$(now); pg_restore -h 127.0.0.1 -p "$target_port" -U postgres -d cims --exit-on-error -j 2 "$work/cims.dump"; t3=$(now)
  export ConnectionStrings__Cims="Host=127.0.0.1;Port=$target_port;Database=cims;Username=cims;Password=cims"
  psql -h 127.0.0.1 -p "$target_port" -U cims -d cims -Atc 'SELECT "Id" FROM "Incidents"' >"$work/restored-ids"
  size=$(psql -h 127.0.0.1 -p "$target_port" -U cims -d cims -Atc "SELECT pg_size_pretty(pg_database_size('cims'))")
  count=$(wc -l <"$work/restored-ids")
  backup="pg_dump -Fc: $(secs "$t0" "$t1"), $(mb "$work/cims.dump")"; restore="pg_restore -j 2: $(secs "$t2" "$t3"), database $size"
else
  db="$work/app/cims.db"; mkdir -p "$work/app"
  export Database__Provider=Sqlite ConnectionStrings__Cims="Data Source=$db"
  if [ "$incidents" -gt 0 ]; then cims generate-volume --incidents "$incidents" | tail -1; else cims migrate >/dev/null; fi
  start_app source; start_writer
  head -n "$(wc -l <"$work/acked")" "$work/acked" >"$work/before"
  t0=$(now); cims backup "$work/backup.db"; t1=$(now)
  stop_writer; stop_app
  t2=$(now); cp "$work/backup.db" "$work/restored.db"; t3=$(now)
  export ConnectionStrings__Cims="Data Source=$work/restored.db"
  [ "$(sqlite3 "$work/restored.db" 'PRAGMA integrity_check')" = ok ] || { echo "integrity_check failed" >&2; exit 1; }
  sqlite3 "$work/restored.db" 'SELECT "Id" FROM "Incidents"' >"$work/restored-ids"
  count=$(wc -l <"$work/restored-ids")
  backup="backup verb (with integrity_check): $(secs "$t0" "$t1"), $(mb "$work/backup.db")"; restore="copy into place: $(secs "$t2" "$t3")"
fi
cims verify-audit
check_ids "$work/restored-ids"
start_app restored
curl -sf http://127.0.0.1:5399/health/ready >/dev/null && echo "The app runs on the restored database."
stop_app
echo "Drill passed ($mode, $count incidents): backup $backup; restore $restore."
