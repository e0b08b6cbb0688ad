#!/usr/bin/env bash
# Issue 13's performance targets at a million incidents on PostgreSQL: prints each dashboard page's p95 and its ratio to
# its own SQL through Npgsql alone, the department list's requests per second against bare Kestrel + Npgsql, and the
# incidents CSV's first byte and memory (tests/Cims.Web.Tests/Benchmarks/Scale, category Benchmark; never timed in CI).
# Uses the database CIMS_BENCH_SCALE_DB names; without it, the database bench_1m on the server scripts/postgres.sh gives,
# generated once (generate-volume --incidents 1000000, about three minutes) and kept for the next run.
# CIMS_BENCH_SCALE_RUNS sets how many requests each p95 takes (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
if [ -z "${CIMS_BENCH_SCALE_DB:-}" ]; then
  cims_pg_start
  server="$CIMS_TEST_POSTGRES"
  export CIMS_BENCH_SCALE_DB="$server;Database=bench_1m;Maximum Pool Size=50"
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$server")
  if ! PGPASSWORD=cims psql -h 127.0.0.1 -p "$port" -U cims -d bench_1m -Atc 'SELECT 1 FROM "Incidents" LIMIT 1' 2>/dev/null | grep -q 1; then
    PGPASSWORD=cims psql -h 127.0.0.1 -p "$port" -U cims -d postgres -qc "CREATE DATABASE bench_1m" 2>/dev/null || true
    ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres ConnectionStrings__Cims="$server;Database=bench_1m" \
      dotnet run --project src/Cims.Web -c Release -- generate-volume --incidents 1000000
  fi
fi
dotnet build Cims.sln -v q -nologo >/dev/null
dotnet test tests/Cims.Web.Tests --no-build -nologo --filter "FullyQualifiedName~ScaleBenchmarks" --logger "console;verbosity=detailed" \
  | grep -E "^\s+\[Postgres\]|Passed!|Failed!|Failed |Error Message|Assert" || true
