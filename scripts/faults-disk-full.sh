#!/usr/bin/env bash
# scripts/faults.sh --sqlite-disk-full (ADR 0051): one CIMS node on SQLite (the embedded default, demo data) whose data
# folder is a 64 MB tmpfs, with 20 users of the load harness on it for 100 s. From 25 s to 55 s the disk is full (a file
# fills it): a write must answer 503 with the "storage is full" page, a read must still answer 200. Once the file is gone
# a write must be accepted again with no restart. Afterwards: every acknowledged write stored once, the audit chain
# verifies and PRAGMA integrity_check says ok. Needs root (mount).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ "$(id -u)" = 0 ] || { echo "scripts/faults.sh --sqlite-disk-full needs root (it mounts a tmpfs)." >&2; exit 1; }
work=$(mktemp -d /tmp/cims-diskfull-XXXX)
data=$work/data port=5397 app_pid="" load_pid=""
mkdir -p "$data"; mount -t tmpfs -o size=64m tmpfs "$data"
cleanup() {
  [ -z "$load_pid" ] || kill "$load_pid" 2>/dev/null || true
  [ -z "$app_pid" ] || { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
  umount "$data" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Cims.Web -v q -nologo >/dev/null
dotnet build tools/Cims.Load -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Development Database__Provider=Sqlite ConnectionStrings__Cims="Data Source=$data/cims.db" \
  Cims__DataFolder="$data" Cims__LogToFile=false Cims__RequireTwoFactor=false
cims() { (cd "$root/src/Cims.Web" && dotnet "$root/src/Cims.Web/bin/Debug/net10.0/Cims.Web.dll" "$@"); }
cims --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -20 "$work/app.log" >&2; exit 1; }

# One visitor starting the public privacy form: GET its first page for the antiforgery token, POST Proceed (a write).
# Prints the status of the POST and keeps the page in $work/probe.html.
probe_write() {
  local jar=$work/jar token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/PrivacyReport" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -o "$work/probe.html" -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/PrivacyReport/Proceed"
}
status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1"; }

dotnet tools/Cims.Load/bin/Debug/net10.0/Cims.Load.dll --url "http://127.0.0.1:$port" --users 20 --seconds 100 --think-ms 1000 \
  --ramp-seconds 5 --check "Data Source=$data/cims.db" >"$work/load.out" 2>&1 &
load_pid=$!
failed=0
sleep 25
dd if=/dev/zero of="$data/filler" bs=1M status=none 2>/dev/null || true
echo "Disk full: $(df -h --output=avail "$data" | tail -1 | tr -d ' ') left."
full_write=$(probe_write)
grep -q "storage its database is on is full" "$work/probe.html" && full_page=yes || full_page=no
full_read=$(status /Info/PrivacyStatement)
echo "While full: a write answered $full_write (storage-full page: $full_page), a read answered $full_read."
[ "$full_write" = 503 ] && [ "$full_page" = yes ] && [ "$full_read" = 200 ] || failed=1
sleep 30
rm -f "$data/filler"
freed=$(date +%s.%N)
until [ "$(probe_write)" = 302 ]; do
  if awk -v a="$freed" -v b="$(date +%s.%N)" 'BEGIN { exit !(b - a > 10) }'; then echo "Writes still refused 10 s after space returned." >&2; failed=1; break; fi
  sleep 0.5
done
echo "Space back: writes accepted again after $(awk -v a="$freed" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s, no restart."
wait "$load_pid" || true; load_pid=""
cat "$work/load.out"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
cims verify-audit || failed=1
integrity=$(sqlite3 "$data/cims.db" 'PRAGMA integrity_check')
echo "PRAGMA integrity_check: $integrity"
[ "$integrity" = ok ] || failed=1
grep -Eq "check: [0-9]+ of [1-9][0-9]* acknowledged writes found, 0 missing, 0 stored twice" "$work/load.out" || failed=1
if [ "$failed" = 0 ]; then echo "Disk-full run passed."; else echo "Disk-full run FAILED." >&2; exit 1; fi
