#!/usr/bin/env bash
# Runs the speed benchmarks (test category Benchmark) on SQLite and PostgreSQL and prints their figures.
# scripts/test.sh leaves them out: CI never times anything. Needs what test.sh needs (it starts PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
cims_pg_start
trap 'cims_pg_stop' EXIT
dotnet build Cims.sln -v q -nologo >/dev/null
dotnet test tests/Cims.Web.Tests --no-build -nologo --filter "Category=Benchmark" --logger "console;verbosity=detailed" \
  | grep -E "^\s+\[(Sqlite|Postgres)\]|Passed!|Failed!|Failed |Error Message|Assert" || true
